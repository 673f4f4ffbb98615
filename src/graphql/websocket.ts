import type { Server as HttpServer } from 'node:http';
import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { ApiError, clientError, ErrorCode } from '../errors';
import { silentLogger, type Logger } from '../log';
import { requestContext, type Services } from './context';
import { checkDocument, depthLimit, operationCost, type QueryLimits } from './limits';
import { actorOf, bearerMatches, executableSchema } from './server';

export interface WebSocketOptions {
  deps: Services;
  limits: QueryLimits;
  apiKey?: string;
  /** Whether mutations are accepted over WebSocket (with the key in the connection params). */
  mutations: boolean;
  logger?: Logger;
}

/** The client's view of an error, as over HTTP (see errors.ts); unexpected ones are logged. */
function formatted(errors: readonly GraphQLError[], logger: Logger) {
  return errors.map((e) => {
    const { formatted: out, unexpected } = clientError(e.toJSON(), e);
    if (unexpected) logger.error({ err: e.originalError ?? e }, 'unexpected error in a WebSocket operation');
    // The HTTP status an ApiError carries means nothing on a socket.
    const { http: _http, ...extensions } = out.extensions ?? {};
    return { ...out, extensions };
  });
}

/**
 * GraphQL over WebSocket (graphql-ws, the graphql-transport-ws protocol) on the API's own port and
 * path, for subscriptions (and queries; mutations when enabled). Every operation gets the limits
 * HTTP requests get: size, depth and cost, checked before anything runs.
 */
export function attachWebSocket(server: HttpServer, opts: WebSocketOptions): { dispose(): Promise<void> } {
  const logger = opts.logger ?? silentLogger;
  const schema = executableSchema();
  const canWrite = new WeakMap<object, boolean>();
  const wss = new WebSocketServer({ server });
  const disposable = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: (ctx) => {
        const auth = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        canWrite.set(ctx, bearerMatches(auth, opts.apiKey));
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const tooLarge = checkDocument(payload.query, opts.limits);
        if (tooLarge) return [tooLarge];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: opts.limits.maxTokens + 1 });
        } catch (err) {
          return [err as GraphQLError];
        }
        const invalid = validate(schema, document, [...specifiedRules, depthLimit(opts.limits.maxDepth)]);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new ApiError(ErrorCode.OPERATION_RESOLUTION_FAILURE, 'The document has no operation of that name.', 400)];
        if (operation.operation === OperationTypeNode.MUTATION && !opts.mutations) {
          return [new ApiError(ErrorCode.BAD_REQUEST, 'Mutations are not accepted over WebSocket here; send them over HTTP.', 400)];
        }
        const variables = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
        if (variables.errors) return variables.errors.map((e) => new ApiError(ErrorCode.BAD_USER_INPUT, e.message, 400));
        const cost = operationCost(schema, document, operation, variables.coerced);
        if (cost > opts.limits.maxCost) {
          return [
            new ApiError(
              ErrorCode.QUERY_TOO_COMPLEX,
              `The operation's estimated cost is ${cost}; the limit is ${opts.limits.maxCost}.`,
              400,
            ),
          ];
        }
        const contextValue = requestContext(opts.deps, canWrite.get(ctx) ?? false, actorOf(ctx.connectionParams?.['x-actor']));
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      onError: (_ctx, _id, _payload, errors) => formatted(errors, logger),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatted(result.errors, logger) } : undefined),
    },
    wss,
  );
  return {
    dispose: async () => {
      await disposable.dispose();
      await new Promise<void>((ok) => wss.close(() => ok()));
    },
  };
}
