import { badInput } from '../../errors';
import type { QueryResolvers } from '../../generated/graphql';
import type { RelationType } from '../../extract/types';
import { connection, dateWindow, decodeCursor, encodeCursor, pageArgs, pageSize } from '../pagination';

const DEAL_TYPES: RelationType[] = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'];
const none = async () => 0;

export const Query: QueryResolvers = {
  entity: async (_, { id, name }, { reader }) => {
    if ((id == null) === (name == null)) throw badInput('Give exactly one of "id" and "name".');
    return id != null ? reader.entityById(id) : reader.entityByName(name!);
  },
  search: async (_, { query, types, first }, { reader }) => {
    if (query.trim().length === 0) throw badInput('"query" must not be empty.');
    return reader.search(query, types ?? null, pageSize(first, 10, 100));
  },
  neighbourhood: async (_, { entity, depth, types, since, until, first }, { reader }) => {
    const d = depth ?? 1;
    if (d !== 1 && d !== 2) throw badInput('"depth" must be 1 or 2.');
    const window = dateWindow(since, until);
    const size = pageSize(first, 50, 200);
    const center = await reader.entityByIdOrName(entity);
    return center && reader.neighbourhood(center.id, { ...window, types: types ?? null, depth: d, first: size });
  },
  path: async (_, { from, to, types, maxLength }, { reader }) => {
    const max = maxLength ?? 4;
    if (!Number.isInteger(max) || max < 1 || max > 6) throw badInput('"maxLength" must be between 1 and 6.');
    const [a, b] = await Promise.all([reader.entityByIdOrName(from), reader.entityByIdOrName(to)]);
    return a && b ? reader.path(a.id, b.id, types ?? null, max) : null;
  },
  chipPrograms: async (_, args, { reader }) => {
    const page = pageArgs('chipPrograms', args, 50, 200);
    let ownerId: string | null = null;
    if (args.owner != null) {
      const owner = await reader.entityByName(args.owner);
      if (!owner) return connection('chipPrograms', [], page, none);
      ownerId = owner.id;
    }
    const filter = { ownerId, status: args.status ?? null };
    return connection('chipPrograms', await reader.chipPrograms(filter, page), page, () => reader.countChipPrograms(filter));
  },
  deals: async (_, args, { reader }) => {
    const page = pageArgs('deals', args, 20, 100);
    const window = dateWindow(args.since, args.until);
    let partyId: string | null = null;
    if (args.party != null) {
      const party = await reader.entityByName(args.party);
      if (!party) return connection('deals', [], page, none);
      partyId = party.id;
    }
    const filter = { ...window, partyId, types: args.types?.length ? args.types : DEAL_TYPES, status: args.status ?? null };
    return connection('deals', await reader.deals(filter, page), page, () => reader.countDeals(filter));
  },
  changes: async (_, { after, first }, { reader }) => {
    const size = pageSize(first, 100, 500);
    const afterSeq = after == null ? 0 : decodeCursor('changes', after)[0];
    if (typeof afterSeq !== 'number') throw badInput('"after" is not a cursor of this list (changes).');
    const rows = await reader.changes(afterSeq, size);
    const edges = rows.slice(0, size).map((r) => ({ cursor: encodeCursor('changes', r.key), node: r.node }));
    // An empty page keeps the caller's position, so polling with the returned endCursor never rewinds.
    const end = edges.at(-1)?.cursor ?? after ?? encodeCursor('changes', [0]);
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: afterSeq > 0, startCursor: edges[0]?.cursor ?? null, endCursor: end },
    };
  },
  articles: async (_, args, { reader }) => {
    const page = pageArgs('articles', args, 20, 100);
    return connection('articles', await reader.articles(page), page, () => reader.countArticles());
  },
  article: async (_, { id }, { reader }) => reader.article(id),
  stats: async (_, __, { reader }) => reader.stats(),
};
