import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ErrorCode } from '../errors';

/** Refuses operations nested deeper than `max` selection levels before any resolver (or Neo4j) runs. */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      if (!('selectionSet' in node) || !node.selectionSet) return depth;
      let deepest = depth;
      for (const sel of node.selectionSet.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue; // introspection is bounded by the schema
          deepest = Math.max(deepest, depthOf(sel, depth + 1, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depthOf(sel, depth, seen));
        else if (!seen.has(sel.name.value) && fragments.has(sel.name.value)) {
          deepest = Math.max(deepest, depthOf(fragments.get(sel.name.value)!, depth, new Set(seen).add(sel.name.value)));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(op) {
        const depth = depthOf(op, 0, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is ${depth} levels deep; the limit is ${max}.`, { nodes: [op], extensions: { code: ErrorCode.QUERY_TOO_DEEP } }),
          );
        }
      },
    };
  };
}
