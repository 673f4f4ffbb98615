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
 * A compiled operation is kept with the parsed document Apollo hands back for the same query text,
 * so it is compiled once per query and operation name, and dropped with the document.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();
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
          let byName = compiled.get(document);
          if (!byName) compiled.set(document, (byName = new Map<string, CompiledQuery>()));
          let query = byName.get(operationName ?? '');
          if (!query) {
            const result = compileQuery(schema, document, operationName ?? undefined);
            // Not compilable (say an unknown operation name): the errors are the answer.
            if (!isCompiledQuery(result)) return result;
            byName.set(operationName ?? '', (query = result));
          }
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
