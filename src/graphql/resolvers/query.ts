import { badInput } from '../../errors';
import type { QueryResolvers } from '../../generated/graphql';

/** Page sizes are bounded so no query asks Neo4j for an unbounded result. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"first" must be between 1 and ${max}.`);
  return n;
}

export const Query: QueryResolvers = {
  entity: async (_, { id, name }, { reader }) => {
    if ((id == null) === (name == null)) throw badInput('Give exactly one of "id" and "name".');
    return id != null ? reader.entityById(id) : reader.entityByName(name!);
  },
  search: async (_, { query, types, first }, { reader }) => {
    if (query.trim().length === 0) throw badInput('"query" must not be empty.');
    return reader.search(query, types ?? null, pageSize(first, 10, 100));
  },
  chipPrograms: async (_, { owner, status, first }, { reader }) => {
    const size = pageSize(first, 50, 200);
    if (owner == null) return reader.chipPrograms({ status, first: size });
    const entity = await reader.entityByName(owner);
    return entity ? reader.chipPrograms({ ownerId: entity.id, status, first: size }) : [];
  },
  articles: async (_, { first }, { reader }) => reader.articles(pageSize(first, 20, 100)),
  article: async (_, { id }, { reader }) => reader.article(id),
  stats: async (_, __, { reader }) => reader.stats(),
};
