import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, HTTPGraphQLResponse } from '@apollo/server';
import { OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { isCompiledQuery } from 'graphql-jit';
import type { Metrics } from '../ops/metrics';
import type { JitCache } from './jit';
import type { CostCheck } from './limits';

/** What Apollo's pipeline settled for a query it answered without errors. */
interface Settled {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
}

interface Entry extends Settled {
  /** The headers Apollo answered with (the content type it negotiated from the request's Accept). */
  headers: [string, string][];
}

/**
 * Where the plugin leaves what Apollo settled: an object on the request's context, so the shallow
 * copy of the context that Apollo's pipeline works on shares it.
 */
const SETTLED = Symbol('prepared.settled');
type Box = { settled?: Settled };
/** Request bodies made only of these keys can be prepared (`extensions`, say persisted queries, go to Apollo). */
const BODY_KEYS = new Set(['query', 'variables', 'operationName']);
/** Longer query texts are not kept (the size check keeps no verdict for them either). */
const MAX_QUERY_CHARS = 20_000;

export interface PreparedRequest {
  key: string;
  variables: Record<string, unknown>;
}

/**
 * Prepared queries: a query that Apollo answered once with no error is answered again, for the same
 * text, operation name, Content-Type and Accept, without Apollo's per-request pipeline.
 *
 * Why: on a small question (the 20 newest articles) Apollo's HTTP handling, request pipeline and
 * plugin hooks cost about 0.2 ms of CPU per request, as much as the Bolt exchange with Neo4j, and
 * most of what separated chipgraph from the same Cypher sent straight through the driver.
 *
 * What Apollo settled the first time (parsing, validation with the depth limit, the operation, the
 * negotiated content type) depends only on what the key holds, so it is kept. What varies between
 * requests is still done for each one: the variables are coerced by the compiled operation, the
 * cost is checked with them, the resolvers run with this request's own context (its API key, its
 * loaders), and the request is counted in the metrics. Any error, from the variables, the cost or a
 * resolver, sends the request to Apollo, which answers it as it always does: errors, their codes and
 * statuses come only from Apollo. Only queries are prepared, so a query run twice that way reads
 * twice and changes nothing. Mutations, GET requests, bodies with `extensions` and subscriptions
 * always go through Apollo.
 */
export class PreparedOperations {
  private readonly entries = new Map<string, Entry>();
  /** Requests answered as prepared queries so far. */
  hits = 0;

  constructor(
    /** Shared with the Apollo gateway (jitGateway) and the cost limit (costLimit) of the same server. */
    readonly jit: JitCache,
    readonly cost: CostCheck,
    private readonly metrics?: Metrics,
    private readonly max = 500,
  ) {}

  /** How many queries are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** The Apollo plugin that leaves in the context's box (see `track`) what a query answered without errors settled. */
  plugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart() {
        return Promise.resolve({
          willSendResponse({ contextValue, document, operation, operationName, response }) {
            if (!document || operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
            if (response.body.kind !== 'single' || (response.http.status ?? 200) !== 200) return Promise.resolve();
            const { errors, extensions } = response.body.singleResult;
            if (errors?.length || extensions) return Promise.resolve();
            const box = (contextValue as { [SETTLED]?: Box })[SETTLED];
            if (box) box.settled = { document, operation, operationName: operationName ?? null };
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** The request's key and variables when it is a POST whose JSON body could be prepared; else null. */
  requestOf(req: IncomingMessage, body: unknown): PreparedRequest | null {
    if (req.method !== 'POST' || body === null || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, variables, operationName } = body as Record<string, unknown>;
    if (typeof query !== 'string' || query.length > MAX_QUERY_CHARS) return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    for (const k in body) if (!BODY_KEYS.has(k)) return null;
    // An empty operation name is not a missing one (Apollo refuses the empty name), so the name is
    // kept as JSON: null and "" differ.
    const key = [req.headers['content-type'] ?? '', req.headers.accept ?? '', JSON.stringify(operationName ?? null), query].join('\u0000');
    return { key, variables: (variables as Record<string, unknown> | null) ?? {} };
  }

  /** Gives a request's context the box the plugin fills; `learn` reads it once Apollo has answered. */
  track<T extends object>(context: T): T {
    (context as { [SETTLED]?: Box })[SETTLED] = {};
    return context;
  }

  /** Keeps a query Apollo answered with status 200 and no error (the plugin filled the box of its context). */
  learn(request: PreparedRequest, context: object | undefined, response: HTTPGraphQLResponse): void {
    const settled = (context as { [SETTLED]?: Box } | undefined)?.[SETTLED]?.settled;
    if (!settled || (response.status ?? 200) !== 200 || response.body.kind !== 'complete') return;
    if (this.entries.has(request.key)) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(request.key, { ...settled, headers: [...response.headers] });
  }

  /**
   * The answer to a prepared query with this request's variables and context: the headers and body
   * Apollo would send, or null when the query is not prepared or anything went wrong (Apollo answers).
   */
  async answer(request: PreparedRequest, context: object): Promise<{ headers: [string, string][]; body: string } | null> {
    const entry = this.entries.get(request.key);
    if (!entry) return null;
    const started = performance.now();
    const compiled = this.jit.get(entry.document, entry.operationName);
    if (!isCompiledQuery(compiled)) return null;
    if (this.cost(this.jit.schema, entry.document, entry.operation, request.variables)) return null;
    const result = await compiled.query(undefined, context, request.variables);
    if (result.errors?.length || result.data == null || result.extensions) return null;
    this.hits++;
    if (this.metrics) {
      this.metrics.preparedRequests.inc();
      const operation = this.metrics.operationLabel(entry.operationName);
      this.metrics.requests.inc({ operation, outcome: 'ok' });
      this.metrics.requestSeconds.observe({ operation }, (performance.now() - started) / 1000);
    }
    // Apollo's serialization of a result with data only (runHttpQuery's prettyJSONStringify).
    return { headers: entry.headers, body: `${JSON.stringify({ data: result.data })}\n` };
  }
}
