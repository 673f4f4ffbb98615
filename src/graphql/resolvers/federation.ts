import type { Context } from '../context';
import { keyFor } from '../ids';

/**
 * How a supergraph's router fetches chipgraph's nodes by their key (Apollo Federation's
 * `_entities`): a representation carries the node's global id, answered like `node(id:)`. Fields
 * under the node are resolved as usual (with their loaders).
 */
type Reference = { id: string };

export const references = {
  Entity: {
    __resolveReference: async ({ id }: Reference, { reader }: Context) => (await reader.entitiesByIds([keyFor('Entity', id)]))[0] ?? null,
  },
  Relation: {
    __resolveReference: async ({ id }: Reference, { reader }: Context) =>
      (await reader.relationsByIds([keyFor('Relation', id)]))[0] ?? null,
  },
  Article: {
    __resolveReference: ({ id }: Reference, { reader }: Context) => reader.article(keyFor('Article', id)),
  },
  ChipProgram: {
    __resolveReference: async ({ id }: Reference, { reader }: Context) =>
      (await reader.chipProgramsOf([keyFor('ChipProgram', id)]))[0] ?? null,
  },
};
