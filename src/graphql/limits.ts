import {
  Kind,
  Lexer,
  OperationTypeNode,
  Source,
  TokenKind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  getVariableValues,
  parse,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApiError, ErrorCode } from '../errors';

/**
 * Bounds on what one operation may ask, all computed in time linear in the document: a fragment's
 * depth and cost are computed once and reused wherever it is spread, so a document whose fragments
 * spread each other twice (2^n fields once expanded) is measured in n steps and refused.
 */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxTokens: number;
  maxAliases: number;
  maxFragmentSpreads: number;
}

const tooLarge = (what: string, n: number, max: number) =>
  new ApiError(
    ErrorCode.QUERY_TOO_LARGE,
    `The query has more than ${max} ${what}${n > max ? ` (${n})` : ''}; send a smaller document.`,
    400,
  );

/**
 * The size checks made on the query text before Apollo parses and validates it: lexical tokens
 * (counted up to the bound, so an over-long text costs no more than the bound), aliases, fragment
 * spreads, and the same field repeated in one selection (graphql-js compares repeated fields
 * pairwise when it validates, so 500 copies cost a quarter of a second). All linear in the text.
 * Returns the error to answer with, or null (syntax errors are left to the parser).
 */
export function checkDocument(
  query: string,
  limits: Pick<QueryLimits, 'maxTokens' | 'maxAliases' | 'maxFragmentSpreads'>,
): ApiError | null {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++n > limits.maxTokens) return tooLarge('tokens', n, limits.maxTokens);
  } catch {
    return null;
  }
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  let aliases = 0;
  let spreads = 0;
  const found: { repeated: string | null } = { repeated: null };
  visit(document, {
    Field(node) {
      if (node.alias) aliases++;
    },
    FragmentSpread() {
      spreads++;
    },
    SelectionSet(set) {
      const seen = new Map<string, number>();
      const count = (s: SelectionSetNode) => {
        for (const sel of s.selections) {
          if (sel.kind === Kind.INLINE_FRAGMENT) count(sel.selectionSet);
          else if (sel.kind === Kind.FIELD) {
            const name = (sel.alias ?? sel.name).value;
            const k = (seen.get(name) ?? 0) + 1;
            seen.set(name, k);
            if (k > MAX_REPEATS) found.repeated ??= name;
          }
        }
      };
      count(set);
    },
  });
  if (aliases > limits.maxAliases) return tooLarge('aliases', aliases, limits.maxAliases);
  if (spreads > limits.maxFragmentSpreads) return tooLarge('fragment spreads', spreads, limits.maxFragmentSpreads);
  if (found.repeated)
    return new ApiError(
      ErrorCode.QUERY_TOO_LARGE,
      `The field "${found.repeated}" is asked more than ${MAX_REPEATS} times in one selection.`,
      400,
    );
  return null;
}

/** How often one field may be repeated in one selection (a query needs it once; fragments may repeat it a few times). */
const MAX_REPEATS = 20;

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return fragments;
}

/**
 * A measure of selection sets where a fragment's measure is computed once. `field` combines a
 * field with the measure of its own selection; `spread` reads a fragment's (memoized, 0 on a cycle,
 * which validation reports on its own).
 */
function memoizedMeasure(
  fragments: Map<string, FragmentDefinitionNode>,
  combine: (a: number, b: number) => number,
  field: (
    node: FieldNode,
    parent: GraphQLNamedType | undefined,
    measure: (set: SelectionSetNode, type: GraphQLNamedType | undefined) => number,
  ) => number,
  typeOf: (name: string | undefined, parent: GraphQLNamedType | undefined) => GraphQLNamedType | undefined,
) {
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  const measure = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) total = combine(total, field(sel, parent, measure));
      else if (sel.kind === Kind.INLINE_FRAGMENT)
        total = combine(total, measure(sel.selectionSet, typeOf(sel.typeCondition?.name.value, parent)));
      else {
        const name = sel.name.value;
        let m = memo.get(name);
        if (m === undefined) {
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          visiting.add(name);
          m = measure(fragment.selectionSet, typeOf(fragment.typeCondition.name.value, undefined));
          visiting.delete(name);
          memo.set(name, m);
        }
        total = combine(total, m);
      }
    }
    return total;
  };
  return measure;
}

/** How many levels of fields the operation nests (introspection fields are bounded by the schema and not counted). */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const measure = memoizedMeasure(
    fragmentsOf(document),
    Math.max,
    (node, _parent, m) => (node.name.value.startsWith('__') ? 0 : 1 + (node.selectionSet ? m(node.selectionSet, undefined) : 0)),
    () => undefined,
  );
  return measure(operation.selectionSet, undefined);
}

/**
 * The estimated cost: a paginated field (one with a `first` argument, given or defaulted) costs
 * 1 plus its page size times what each item asks for, and a field given a list of ids costs 1 plus
 * their number times what each asks for; any other field costs 1 plus its children.
 * So `search(first: 100) { entity { relations(first: 200) { ... } } }` is priced as the 20,000
 * relations it could return. A fragment spread twice counts twice.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const typeOf = (name: string | undefined, parent: GraphQLNamedType | undefined) => (name ? (schema.getType(name) ?? undefined) : parent);
  const measure = memoizedMeasure(
    fragmentsOf(document),
    (a, b) => a + b,
    (node, parent, m) => {
      const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
      const children = node.selectionSet ? m(node.selectionSet, def ? getNamedType(def.type) : undefined) : 0;
      const first = def && pageSizeOf(node, def.args, variables);
      return first === undefined ? 1 + children : 1 + first * Math.max(children, 1);
    },
    typeOf,
  );
  return measure(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Fields that return one item per element of a list argument (`nodes(ids:)`, Federation's `_entities(representations:)`). */
const LIST_ARGS = ['ids', 'representations'];

/**
 * How many items a field may return: its `first` argument's value (given, from a variable, or the
 * schema default), or the length of its list of ids; undefined when it has neither.
 */
function pageSizeOf(node: FieldNode, args: readonly GraphQLArgument[], variables: Record<string, unknown>): number | undefined {
  const def = args.find((a) => a.name === 'first');
  if (!def) {
    const list = node.arguments?.find((a) => LIST_ARGS.includes(a.name.value))?.value;
    if (list?.kind === Kind.LIST) return list.values.length;
    if (list?.kind === Kind.VARIABLE) {
      const value = variables[list.name.value];
      return Array.isArray(value) ? value.length : 1;
    }
    return undefined;
  }
  const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
  let value: unknown = def.defaultValue;
  if (given?.kind === Kind.INT) value = Number(given.value);
  else if (given?.kind === Kind.VARIABLE) value = variables[given.name.value] ?? def.defaultValue;
  else if (given?.kind === Kind.NULL) value = def.defaultValue;
  // A negative size is refused by the field; it must not lower the cost of the rest.
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 0) : 1;
}

/**
 * Validation rule: the depth of every operation. Runs once per query text (Apollo caches validated
 * documents), before any resolver or Neo4j.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(op) {
      const depth = operationDepth(context.getDocument(), op);
      if (depth > maxDepth) {
        context.reportError(new ApiError(ErrorCode.QUERY_TOO_DEEP, `The query is ${depth} levels deep; the limit is ${maxDepth}.`, 400));
      }
    },
  });
}

/**
 * The cost check of an operation with its variables: QUERY_TOO_COMPLEX when the estimated cost is
 * over `max`, else null. Apollo hands back the same parsed document for the same query text, so a
 * cost is computed once per document, operation and variables (the cache goes with the document).
 * Variables that do not fit their types are left to execution, which reports them as
 * BAD_USER_INPUT; only valid ones get a cost.
 */
export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
) => ApiError | null;

export function costCheck(max: number): CostCheck {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return (schema, document, operation, variables) => {
    const key = JSON.stringify([operation.name?.value ?? null, variables ?? {}]);
    let byVars = costs.get(document);
    if (!byVars) costs.set(document, (byVars = new Map<string, number>()));
    let cost = byVars.get(key);
    if (cost === undefined) {
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
      if (coerced.errors) return null;
      cost = operationCost(schema, document, operation, coerced.coerced);
      if (byVars.size < 1000) byVars.set(key, cost);
    }
    if (cost <= max) return null;
    return new ApiError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query's estimated cost is ${Number.isFinite(cost) ? cost : 'unbounded'}; the limit is ${max}. Ask for smaller pages or fewer nested lists.`,
      400,
    );
  };
}

/**
 * Refuses operations whose estimated cost is over `max` with QUERY_TOO_COMPLEX (see costCheck),
 * before any resolver (or Neo4j) runs. Also refuses an operation name the document does not define
 * (execution would otherwise have nothing to run).
 */
export function costLimit<T extends object>(max: number, check: CostCheck = costCheck(max)): ApolloServerPlugin<T> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request, document, schema, operation }) {
          if (!operation) {
            throw new ApiError(
              ErrorCode.OPERATION_RESOLUTION_FAILURE,
              request.operationName != null
                ? `The document has no operation named "${request.operationName}".`
                : 'The document has several operations; name the one to run with "operationName".',
              400,
            );
          }
          if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
            throw new ApiError(ErrorCode.BAD_REQUEST, 'Subscriptions are served over WebSocket (graphql-ws) at this same URL.', 400);
          }
          const tooCostly = check(schema, document, operation, request.variables);
          if (tooCostly) throw tooCostly;
          return Promise.resolve();
        },
      });
    },
  };
}
