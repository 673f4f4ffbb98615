import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { GraphQLError, getVariableValues, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];

/**
 * graphql-jit reports errors with its own GraphQLError look-alike, whose `extensions` is undefined
 * when the thrown error had none (graphql-js gives an empty object, and Apollo relies on that). The
 * errors are rebuilt as graphql-js errors with the same message, locations, path, original error
 * and extensions.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const rebuilt = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions ?? undefined,
    });
    (rebuilt as { locations?: GraphQLError['locations'] }).locations = e.locations;
    return rebuilt;
  });
  return { ...result, errors };
}

/**
 * Operations compiled by graphql-jit, kept with the parsed document Apollo hands back for the same
 * query text: compiled once per query and operation name, and dropped with the document. The
 * gateway below and the prepared operations (prepared.ts) share one.
 */
export class JitCache {
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

  constructor(readonly schema: GraphQLSchema) {}

  /** The compiled operation, or the errors that keep it from compiling (say an unknown operation name). */
  get(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | ExecutionResult {
    let byName = this.compiled.get(document);
    if (!byName) this.compiled.set(document, (byName = new Map<string, CompiledQuery>()));
    let query = byName.get(operationName ?? '');
    if (!query) {
      const result = compileQuery(this.schema, document, operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      byName.set(operationName ?? '', (query = result));
    }
    return query;
  }
}

/**
 * Runs operations with graphql-jit, plugged in through Apollo Server's gateway interface, the one
 * place Apollo lets execution be replaced. Apollo still does everything else: parsing and its
 * document cache, validation (the depth limit, introspection off in production), plugins (the cost
 * limit), error formatting and HTTP.
 *
 * Why: graphql-js resolves every field through the same generic path (argument coercion, a resolve
 * info object, completion checks), which is most of the server's CPU on answers made of many small
 * objects (50 chip programs with their owners, chips and partners is about 450 fields). graphql-jit
 * compiles an operation once into a function specialized for that selection and the schema; it runs
 * the same resolvers with the same arguments, context and info.
 *
 * Compiled operations are kept in `cache` (see JitCache).
 */
export function jitGateway(schema: GraphQLSchema, cache = new JitCache(schema)): Gateway {
  const listeners = new Set<(s: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    load() {
      const sdl = printSchema(schema);
      for (const l of listeners) l({ apiSchema: schema, coreSupergraphSdl: sdl });
      return Promise.resolve({
        executor: async ({ document, operation, operationName, request, context }) => {
          const query = cache.get(document, operationName);
          // Not compilable (say an unknown operation name): the errors are the answer.
          if (!isCompiledQuery(query)) return query;
          const variables = request.variables ?? {};
          const result = await query.query(undefined, context, variables);
          // No data at all means the variables did not fit their types. graphql-js is asked for
          // those errors (only on this path), since Apollo recognises its errors as BAD_USER_INPUT
          // with status 400, as it does without graphql-jit.
          if (result.data === undefined && result.errors?.length) {
            return {
              errors: getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors ?? withGraphQLErrors(result).errors,
            };
          }
          return withGraphQLErrors(result);
        },
      });
    },
    stop() {
      listeners.clear();
      return Promise.resolve();
    },
  };
}
