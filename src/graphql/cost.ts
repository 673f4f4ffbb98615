import { GraphQLError, getVariableValues, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors';

/**
 * Paginated fields cost their page size times what each item asks for; every other field costs 1
 * plus its children. So `search(first: 100) { entity { relations(first: 200) { ... } } }` is priced
 * as the 20,000 relations it could return, not as one field.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

/** Refuses operations whose estimated cost is over `max` with QUERY_TOO_COMPLEX, before any resolver (or Neo4j) runs. */
export function costLimit<T extends object>(max: number): ApolloServerPlugin<T> {
  // Apollo hands the same parsed document for the same query text, so a cost is computed once per
  // document, operation and variables (the cache goes with the document).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let byVars = costs.get(document);
          if (!byVars) costs.set(document, (byVars = new Map()));
          let cost = byVars.get(key);
          if (cost === undefined) {
            // Variables that do not fit their types are left to execution, which reports them as
            // BAD_USER_INPUT (the estimator would throw on them); only valid ones get a cost.
            if (getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}).errors) return;
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
            if (byVars.size < 1000) byVars.set(key, cost);
          }
          if (cost > max) {
            throw new GraphQLError(`The query's estimated cost is ${cost}; the limit is ${max}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
