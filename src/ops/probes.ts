import type { ServerResponse } from 'node:http';
import type { Route } from '../graphql/server';
import type { Metrics } from './metrics';

/** Whether the service should get traffic, and why not. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

const send = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));

/**
 * GET /health: liveness (the process answers; it never touches Neo4j, so a slow database does not
 * get the process restarted). GET /ready: readiness (Neo4j answers, migrations ran, seeds loaded,
 * not shutting down), 200 or 503 with the checks. GET /metrics: Prometheus text.
 */
export function probeRoutes(readiness: () => Promise<Readiness>, metrics: Metrics): Record<string, Route> {
  return {
    '/health': (_req, res) => void send(res, 200, { status: 'ok' }),
    '/ready': async (_req, res) => {
      const r = await readiness();
      send(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', checks: r.checks });
    },
    '/metrics': async (_req, res) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
    },
  };
}
