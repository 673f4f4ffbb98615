import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from './context';
import { depthLimit } from './depthLimit';
import { costLimit } from './cost';
import { createLoaders } from './loaders';
import { jitGateway } from './jit';
import { resolvers } from './resolvers';
import { formatError } from '../errors';

export const SCHEMA_DIR = resolve(__dirname, '../../schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

export interface ServerOptions {
  introspection: boolean;
  sandbox: boolean;
  maxDepth: number;
  maxCost: number;
}

/** Builds the Apollo server without listening (tests and index.ts both use it). */
export function createApollo(opts: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    gateway: jitGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers })),
    introspection: opts.introspection,
    validationRules: [depthLimit(opts.maxDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      costLimit<Context>(opts.maxCost),
      // No field sets cache hints; the default cache-control plugin would only add per-field overhead.
      ApolloServerPluginCacheControlDisabled(),
      opts.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/** Constant-time comparison of the bearer token with the configured key. */
export function hasApiKey(req: IncomingMessage, apiKey: string | undefined): boolean {
  if (!apiKey) return false;
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface Listening {
  url: string;
  stop(): Promise<void>;
}

/** Request bodies above this are refused with 413 (an article is at most 2 MB; JSON escaping can grow it). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The query string of a request path, with its `?` (what Apollo reads GET parameters from). */
const searchOf = (url = '/') => {
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i);
};

const sendJson = (res: ServerResponse, status: number, message: string, code: string) =>
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        ok(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

/**
 * Serves the API over node:http, handing each request straight to Apollo's HTTP handler (what
 * startStandaloneServer does, without its middleware stack): JSON bodies are parsed here, CORS is
 * open (writes are authorized by the bearer key, not by cookies), every path answers as /graphql.
 */
export function listen(
  apollo: ApolloServer<Context>,
  deps: Omit<Context, 'canWrite' | 'loaders'>,
  opts: { host: string; port: number; apiKey?: string },
): Promise<Listening> {
  return serve(apollo, async (req) => ({ ...deps, loaders: createLoaders(deps.reader), canWrite: hasApiKey(req, opts.apiKey) }), opts);
}

/** Any Apollo server on node:http (the benchmark serves its peer the same way). */
export async function serve<T extends object>(
  apollo: ApolloServer<T>,
  context: (req: IncomingMessage) => Promise<T>,
  opts: { host: string; port: number },
): Promise<Listening> {
  await apollo.start();
  const server = createServer(async (req, res) => {
    try {
      res.setHeader('access-control-allow-origin', '*');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type, authorization',
          'access-control-max-age': '86400',
        }).end();
        return;
      }
      const raw = await readBody(req);
      if (raw === null) {
        sendJson(res, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`, 'BAD_REQUEST');
        return;
      }
      let body: unknown = raw;
      if (/^application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '') && raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          sendJson(res, 400, 'The request body is not valid JSON.', 'BAD_REQUEST');
          return;
        }
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: searchOf(req.url), body },
        context: () => context(req),
      });
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      console.error(err);
      if (!res.headersSent) sendJson(res, 500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
      else res.end();
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, ok);
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host === '127.0.0.1' || opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  return {
    url: `http://${host}:${port}/graphql`,
    stop: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
