import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Operation names are chosen by clients; beyond this many distinct ones, new names count as "other". */
const MAX_OPERATION_NAMES = 100;

/**
 * The service's Prometheus metrics (prom-client), in a registry of its own: GraphQL requests by
 * operation and outcome with their latency, Cypher time, ingestion counters, Neo4j restarts, and
 * the process defaults (CPU, memory, event-loop lag, GC).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();

  readonly requests = new Counter({
    name: 'chipgraph_graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, client_error, server_error).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly requestSeconds = new Histogram({
    name: 'chipgraph_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly preparedRequests = new Counter({
    name: 'chipgraph_graphql_prepared_requests_total',
    help: "GraphQL requests answered as prepared queries, without Apollo's per-request pipeline (also counted in chipgraph_graphql_requests_total).",
    registers: [this.registry],
  });
  readonly cypherSeconds = new Histogram({
    name: 'chipgraph_cypher_duration_seconds',
    help: 'Time of Cypher reads (one query) and writes (one transaction).',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });
  readonly articles = new Counter({
    name: 'chipgraph_ingested_articles_total',
    help: 'Articles stored by ingestion.',
    registers: [this.registry],
  });
  readonly facts = new Counter({
    name: 'chipgraph_ingested_facts_total',
    help: 'Fact statements (relations) extracted from stored articles.',
    registers: [this.registry],
  });
  readonly ingestFailures = new Counter({
    name: 'chipgraph_ingest_failures_total',
    help: 'Articles that could not be stored, by error code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly neo4jRestarts = new Counter({
    name: 'chipgraph_neo4j_restarts_total',
    help: 'Times the embedded Neo4j was restarted after it ended unexpectedly.',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'chipgraph_' });
  }

  /** The label for a client's operation name: bounded in length and in how many distinct values there are. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^\w{1,64}$/.test(name)) return 'other';
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(name);
    return name;
  }
}
