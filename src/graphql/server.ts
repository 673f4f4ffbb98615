import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { requestContext, type Context, type Services } from './context';
import { checkDocument, costCheck, costLimit, depthLimit, type QueryLimits } from './limits';
import { jitGateway } from './jit';
import type { PreparedOperations } from './prepared';
import { attachWebSocket } from './websocket';
import { resolvers } from './resolvers';
import { references } from './resolvers/federation';
import { MAX_NODES } from './resolvers/node';
import { badInput, clientError, ErrorCode } from '../errors';
import { silentLogger, type Logger } from '../log';
import type { Metrics } from '../ops/metrics';
import { ROOT } from '../paths';

export const SCHEMA_DIR = join(ROOT, 'schema');

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
  limits: QueryLimits;
  logger?: Logger;
  metrics?: Metrics;
  /** Prepared queries (prepared.ts): the server shares their compiled operations and cost check, and marks what they may keep. */
  prepared?: PreparedOperations;
}

// Codes that mean the service failed, not the client.
const SERVER_CODES = new Set<unknown>([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.DATABASE_UNAVAILABLE]);

/** Counts every GraphQL request by operation name and outcome, and times it. */
function metricsPlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      const started = performance.now();
      return Promise.resolve({
        willSendResponse({ operationName, request, response }) {
          const operation = metrics.operationLabel(operationName ?? request.operationName);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outcome = !errors?.length
            ? 'ok'
            : errors.some((e) => SERVER_CODES.has(e.extensions?.code))
              ? 'server_error'
              : 'client_error';
          metrics.requests.inc({ operation, outcome });
          metrics.requestSeconds.observe({ operation }, (performance.now() - started) / 1000);
          return Promise.resolve();
        },
      });
    },
  };
}

/**
 * The id of the request being answered (it goes into logs, the x-request-id header and internal
 * errors) is kept on the request's context under this key by serve(); Apollo's shallow copies of the
 * context keep it.
 *
 * Why not AsyncLocalStorage: on Node 20 a store, once used, installs promise hooks that run on
 * every promise of the process (the driver's included), about 0.1 to 0.3 ms of CPU per request.
 */
const REQUEST_ID_KEY = Symbol('requestId');
/** The request each error arose in: Apollo's formatError is given the error, not the request. */
const errorRequests = new WeakMap<object, string>();
const requestIdOf = (error: unknown): string | undefined =>
  error !== null && typeof error === 'object' ? errorRequests.get(error) : undefined;

/** Notes, for formatError, the request id of every error of a request before Apollo formats them. */
function requestIdPlugin<T extends object>(): ApolloServerPlugin<T> {
  const listener = {
    didEncounterErrors({ contextValue, errors }: { contextValue: T; errors: readonly object[] }) {
      const id = (contextValue as { [REQUEST_ID_KEY]?: string })[REQUEST_ID_KEY];
      if (id) for (const e of errors) errorRequests.set(e, id);
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

/**
 * What a client sees of an error (see errors.ts). Unexpected errors are logged with their stack and
 * the request id, and the client gets only the code and that id.
 */
function formatErrorWith(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { formatted: out, unexpected } = clientError(formatted, error);
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const requestId = requestIdOf(error) ?? requestIdOf(original);
    if (unexpected) {
      logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
      return { ...out, extensions: { ...out.extensions, requestId } };
    }
    if (out.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE) logger.warn({ err: original, requestId }, 'database unavailable');
    return out;
  };
}

let schema: GraphQLSchema | undefined;
type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers'];
/**
 * The SDL with its resolvers, built once (HTTP and WebSocket serve the same one) as an Apollo
 * Federation 2 subgraph: `_service` and `_entities` are added, and the node types are entities
 * keyed by their global id.
 */
export function executableSchema(): GraphQLSchema {
  const withReferences = Object.fromEntries(
    Object.entries(resolvers).map(([type, r]) => [type, type in references ? { ...r, ...references[type as keyof typeof references] } : r]),
  );
  if (schema) return schema;
  schema = buildSubgraphSchema({ typeDefs: parse(loadTypeDefs()), resolvers: withReferences as SubgraphResolvers });
  // A router asks for at most as many entities at once as `nodes` allows.
  const entities = schema.getQueryType()!.getFields()._entities!;
  const resolve = entities.resolve!;
  entities.resolve = (source, args: { representations: unknown[] }, context, info) => {
    if (args.representations.length > MAX_NODES) throw badInput(`At most ${MAX_NODES} representations at once.`);
    for (const r of args.representations) {
      const { __typename: type, id } = (r ?? {}) as { __typename?: unknown; id?: unknown };
      if (typeof r !== 'object' || typeof type !== 'string' || !(type in references) || typeof id !== 'string') {
        throw badInput(`A representation is {"__typename": one of ${Object.keys(references).join(', ')}, "id": a global id}.`);
      }
    }
    return resolve(source, args, context, info);
  };
  return schema;
}

/** Builds the Apollo server without listening (tests and index.ts both use it). */
export function createApollo(opts: ServerOptions): ApolloServer<Context> {
  const logger = opts.logger ?? silentLogger;
  const prepared = opts.prepared;
  return new ApolloServer<Context>({
    gateway: jitGateway(executableSchema(), prepared?.jit),
    introspection: opts.introspection,
    // Without introspection, errors do not suggest field names ("Did you mean ...") either.
    hideSchemaDetailsFromClientErrors: !opts.introspection,
    // The HTTP layer checks the size before Apollo parses (QUERY_TOO_LARGE); this is the parser's own backstop.
    parseOptions: { maxTokens: opts.limits.maxTokens + 1 },
    validationRules: [depthLimit(opts.limits.maxDepth)],
    formatError: formatErrorWith(logger),
    includeStacktraceInErrorResponses: false,
    logger,
    // Shutdown is the application's (src/index.ts): Apollo's own handler would re-send the signal
    // and end the process before in-flight requests are answered.
    stopOnTerminationSignals: false,
    plugins: [
      requestIdPlugin<Context>(),
      ...(opts.metrics ? [metricsPlugin(opts.metrics)] : []),
      costLimit<Context>(opts.limits.maxCost, prepared?.cost ?? costCheck(opts.limits.maxCost)),
      ...(prepared ? [prepared.plugin<Context>()] : []),
      // No field sets cache hints; the default cache-control plugin would only add per-field overhead.
      ApolloServerPluginCacheControlDisabled(),
      opts.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/** Constant-time comparison of the bearer token with the configured key. */
export function hasApiKey(req: IncomingMessage, apiKey: string | undefined): boolean {
  return bearerMatches(req.headers.authorization, apiKey);
}

/**
 * Who the audit log names for a curation: the `X-Actor` header the client sends (a person's or a
 * tool's name, at most 100 characters), else "api-key". The API key is the authority; this is a label.
 */
export function actorOf(value: unknown): string {
  const v =
    typeof value === 'string'
      ? value
          .normalize('NFC')
          .replace(/\p{Cc}/gu, '')
          .trim()
          .slice(0, 100)
      : '';
  return v || 'api-key';
}

/** Whether an `Authorization` value (`Bearer <key>`) carries the key (also read from WebSocket connection params). */
export function bearerMatches(authorization: unknown, apiKey: string | undefined): boolean {
  if (!apiKey || typeof authorization !== 'string') return false;
  const m = /^Bearer\s+(.+)$/i.exec(authorization);
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface Listening {
  url: string;
  /** How many requests are being answered now. */
  inFlight(): number;
  /**
   * Stops accepting connections, lets the requests in flight finish (for up to `graceMs`, then
   * drops their connections) and stops Apollo.
   */
  stop(graceMs?: number): Promise<void>;
}

/** A handler for a fixed path outside GraphQL (probes, metrics). */
export type Route = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface ServeOptions {
  host: string;
  port: number;
  /** Size bounds checked on the query text before Apollo parses it (QUERY_TOO_LARGE). */
  limits?: Pick<QueryLimits, 'maxTokens' | 'maxAliases' | 'maxFragmentSpreads'>;
  logger?: Logger;
  /** GET handlers by path (anything else is GraphQL). */
  routes?: Record<string, Route>;
  /** Counts the requests refused before they reach Apollo. */
  metrics?: Metrics;
  /** Queries answered again without Apollo's per-request pipeline (prepared.ts); the Apollo server must carry their plugin. */
  prepared?: PreparedOperations;
  /** Attaches a WebSocket endpoint to the HTTP server (subscriptions); disposed first on stop. */
  upgrade?: (server: HttpServer) => { dispose(): Promise<void> };
}

/** Request bodies above this are refused with 413 (an article is at most 2 MB; JSON escaping can grow it). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The query string of a request path, with its `?` (what Apollo reads GET parameters from). */
const searchOf = (url = '/') => {
  const i = url.indexOf('?');
  return i < 0 ? '' : url.slice(i);
};

const sendJson = (res: ServerResponse, status: number, message: string, code: string) =>
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = ErrorCode.BAD_REQUEST,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () =>
      over ? fail(new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`)) : ok(Buffer.concat(chunks)),
    );
    req.on('error', fail);
  });
}

/** The body as text in the charset its content type declares (UTF-8 when none); bytes that are not valid in it are refused, never replaced. */
export function decodeBody(bytes: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new HttpError(415, `The request body's charset "${charset}" is not supported; send UTF-8.`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new HttpError(400, `The request body is not valid ${charset}; declare its charset in Content-Type or send UTF-8.`);
  }
}

/** The GraphQL document of a request (POST body or GET parameter), for the size check before Apollo parses it. */
function queryOf(body: unknown, search: string): string | null {
  if (body !== null && typeof body === 'object' && typeof (body as { query?: unknown }).query === 'string')
    return (body as { query: string }).query;
  return search ? new URLSearchParams(search).get('query') : null;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * Serves the API over node:http, handing each request straight to Apollo's HTTP handler (what
 * startStandaloneServer does, without its middleware stack): bodies are decoded by their declared
 * charset and JSON-parsed here, CORS is open (writes are authorized by the bearer key, not by
 * cookies), `opts.routes` answer their paths and every other path answers as /graphql.
 */
export function listen(
  apollo: ApolloServer<Context>,
  deps: Services,
  opts: ServeOptions & { apiKey?: string; wsMutations?: boolean; limits?: QueryLimits },
): Promise<Listening> {
  const limits = opts.limits;
  const upgrade =
    limits &&
    ((server: HttpServer) =>
      attachWebSocket(server, { deps, limits, apiKey: opts.apiKey, mutations: opts.wsMutations ?? false, logger: opts.logger }));
  return serve(apollo, (req) => Promise.resolve(requestContext(deps, hasApiKey(req, opts.apiKey), actorOf(req.headers['x-actor']))), {
    ...opts,
    upgrade: upgrade || undefined,
  });
}

/** Any Apollo server on node:http (the benchmark serves its peer the same way). */
export async function serve<T extends object>(
  apollo: ApolloServer<T>,
  context: (req: IncomingMessage) => Promise<T>,
  opts: ServeOptions,
): Promise<Listening> {
  await apollo.start();
  const logger = opts.logger ?? silentLogger;
  const active = new Set<ServerResponse>();
  let started = 0;
  let closing = false;
  // Verdicts of the size check by query text: clients send the same texts again and again.
  const checked = new Map<string, ReturnType<typeof checkDocument>>();
  const sizeCheck = (query: string | null) => {
    if (!query || !opts.limits) return null;
    let verdict = checked.get(query);
    if (verdict === undefined) {
      verdict = checkDocument(query, opts.limits);
      if (query.length > 20_000) return verdict;
      if (checked.size >= 1000) checked.delete(checked.keys().next().value!);
      checked.set(query, verdict);
    }
    return verdict;
  };

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    try {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-expose-headers', 'x-request-id');
      if (req.method === 'OPTIONS') {
        res
          .writeHead(204, {
            'access-control-allow-methods': 'GET, POST, OPTIONS',
            'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type, authorization',
            'access-control-max-age': '86400',
          })
          .end();
        return;
      }
      const search = searchOf(req.url);
      const route = opts.routes?.[(req.url ?? '/').slice(0, (req.url ?? '/').length - search.length)];
      if (route && (req.method === 'GET' || req.method === 'HEAD')) {
        await route(req, res);
        return;
      }
      const raw = decodeBody(await readBody(req), req.headers['content-type']);
      let body: unknown = raw;
      if (/^application\/(graphql-response\+)?json/i.test(req.headers['content-type'] ?? '') && raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON.');
        }
      }
      const tooLarge = sizeCheck(queryOf(body, search));
      if (tooLarge) throw new HttpError(400, tooLarge.message, tooLarge.code);
      const prepared = opts.prepared?.requestOf(req, body);
      if (prepared) {
        const answer = await opts.prepared!.answer(prepared, await context(req));
        if (answer) {
          for (const [k, v] of answer.headers) res.setHeader(k, v);
          res.statusCode = 200;
          res.end(answer.body);
          return;
        }
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let used: T | undefined;
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
        context: () =>
          context(req).then(
            (c) => {
              (c as { [REQUEST_ID_KEY]?: string })[REQUEST_ID_KEY] = requestId;
              return (used = prepared ? opts.prepared!.track(c) : c);
            },
            (err: unknown) => {
              // Apollo answers a failed context with this error as the original of its own.
              if (err !== null && typeof err === 'object') errorRequests.set(err, requestId);
              throw err;
            },
          ),
      });
      if (prepared) opts.prepared!.learn(prepared, used, result);
      for (const [k, v] of result.headers) res.setHeader(k, v);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      if (err instanceof HttpError) {
        opts.metrics?.requests.inc({ operation: 'anonymous', outcome: 'client_error' });
        if (!res.headersSent) sendJson(res, err.status, err.message, err.code);
        else res.end();
        return;
      }
      logger.error({ err, requestId }, 'unexpected error');
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({
            errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId } }],
          }),
        );
      } else res.end();
    }
  }

  const server = createServer((req, res) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    // Once stopping, every answer closes its connection, so keep-alive clients go away.
    if (closing) res.setHeader('connection', 'close');
    started++;
    active.add(res);
    res.once('close', () => active.delete(res));
    // The request line is only timed when it is logged (the level is read per request: it may change).
    if (logger.isLevelEnabled('info')) {
      const t0 = performance.now();
      res.once('finish', () => {
        logger.info(
          { requestId, method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - t0) },
          'request',
        );
      });
    }
    void handle(req, res, requestId);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, ok);
  });
  const socket = opts.upgrade?.(server);
  const { port } = server.address() as AddressInfo;
  const host = opts.host === '127.0.0.1' || opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  return {
    url: `http://${host}:${port}/graphql`,
    inFlight: () => active.size,
    stop: async (graceMs = 10_000) => {
      closing = true;
      // Live subscriptions end first (their clients are told the server is going away and reconnect elsewhere).
      await socket?.dispose();
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
      // Requests already sent may wait, unread, in the accept queue or in socket buffers while the
      // event loop was busy; server.close() would drop their connections as idle. Let the loop turn
      // until no new request starts, so they are read and answered like the others.
      for (let seen = -1, quiet = 0; quiet < 3;) {
        await new Promise((ok) => setImmediate(ok));
        if (started === seen) quiet++;
        else [seen, quiet] = [started, 0];
      }
      await new Promise<void>((ok) => {
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        // Stops listening, closes idle keep-alive connections, and calls back once the requests in flight are answered.
        server.close(() => {
          clearTimeout(force);
          ok();
        });
      });
      await apollo.stop();
    },
  };
}
