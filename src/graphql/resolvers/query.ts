import { Kind } from 'graphql';
import { badInput } from '../../errors';
import type { QueryResolvers } from '../../generated/graphql';
import { connection, dateWindow, decodeCursor, encodeCursor, pageArgs, pageSize } from '../pagination';
import { Selection } from '../selection';
import { entityIdOf } from '../changes';
import { ENTITY_REF } from '../../repo/shapes';
import { DEAL_TYPES } from '../../repo/ranks';
import { articlesRequest, relationsRequest, withPrefetched } from './entity';
import { entityRef, keyFor } from '../ids';
import { MAX_NODES, nodesByIds } from './node';

/** A prefetch request, or none when its arguments are invalid (the field's own resolver reports them). */
const attempt = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

export const Query: QueryResolvers = {
  entity: async (_, { id, name }, { reader, loaders }, info) => {
    if ((id == null) === (name == null)) throw badInput('Give exactly one of "id" and "name".');
    const sel = Selection.of(info);
    // The first page of `relations` and `articles` comes in the same query as the entity; the
    // field resolvers then find it on the record. Arguments they would refuse are left to them.
    const { relations, articles } = sel.memo('prefetch', (s) => {
      const rel = s.only('relations', 'Entity');
      const art = s.only('articles', 'Entity');
      return {
        relations: rel ? attempt(() => relationsRequest(rel.args, rel.selection)) : undefined,
        articles: art ? attempt(() => articlesRequest(art.args, art.selection)) : undefined,
      };
    });
    const key = id == null ? null : keyFor('Entity', id);
    const shape = sel.memo('entity', (s) => s.entity());
    // (An operation whose only root selection is this field cannot ask it twice: it reads directly.)
    const roots = info.operation.selectionSet.selections;
    const shared = roots.length > 1 || roots[0]?.kind !== Kind.FIELD;
    const read = (ref: { id: string } | { name: string }) => {
      const direct = () => reader.entityWith(ref, shape, { relations, articles });
      return shared ? loaders.once(['entity', ref, shape, relations, articles], direct) : direct();
    };
    let found = await read(key != null ? { id: key } : { name: name! });
    // An id merged into another entity answers with the survivor.
    const survivor = !found && key != null ? (await reader.survivors([key])).get(key) : undefined;
    if (survivor) found = await read({ id: survivor });
    if (!found) return null;
    return withPrefetched(
      found.entity,
      relations && found.relations && { request: relations, rows: found.relations },
      articles && found.articles && { request: articles, rows: found.articles },
    );
  },
  search: async (_, { query, types, first }, { reader }, info) => {
    if (query.trim().length === 0) throw badInput('"query" must not be empty.');
    return reader.search(
      query,
      types ?? null,
      pageSize(first, 10, 100),
      Selection.shape(info, 'entity', (s) => s.at('entity').entity()),
    );
  },
  neighbourhood: async (_, { entity, depth, types, since, until, first }, { reader }, info) => {
    const d = depth ?? 1;
    if (d !== 1 && d !== 2) throw badInput('"depth" must be 1 or 2.');
    const window = dateWindow(since, until);
    const size = pageSize(first, 50, 200);
    const center = await reader.entityByIdOrName(entityRef(entity), ENTITY_REF);
    const sel = Selection.of(info);
    const shape = {
      center: sel.at('center').entity(),
      entity: sel.at('entities', 'entity').entity(),
      relation: sel.at('relations').relation(),
    };
    return center && reader.neighbourhood(center.id, { ...window, types: types ?? null, depth: d, first: size }, shape);
  },
  path: async (_, { from, to, types, maxLength }, { reader }, info) => {
    const max = maxLength ?? 4;
    if (!Number.isInteger(max) || max < 1 || max > 6) throw badInput('"maxLength" must be between 1 and 6.');
    const [a, b] = await Promise.all([
      reader.entityByIdOrName(entityRef(from), ENTITY_REF),
      reader.entityByIdOrName(entityRef(to), ENTITY_REF),
    ]);
    const sel = Selection.of(info);
    return a && b
      ? reader.path(a.id, b.id, types ?? null, max, { entity: sel.at('entities').entity(), relation: sel.at('relations').relation() })
      : null;
  },
  chipPrograms: async (_, args, { reader }, info) => {
    const page = pageArgs('chipPrograms', args, 50, 200);
    const filter = { owner: args.owner == null ? null : entityRef(args.owner), status: args.status ?? null };
    const shape = Selection.shape(info, 'program', (s) => s.at('edges', 'node').program());
    return connection('chipPrograms', await reader.chipPrograms(filter, page, shape), page, () => reader.countChipPrograms(filter));
  },
  deals: async (_, args, { reader }, info) => {
    const page = pageArgs('deals', args, 20, 100);
    const window = dateWindow(args.since, args.until);
    const filter = {
      ...window,
      party: args.party == null ? null : entityRef(args.party),
      types: args.types?.length ? args.types : [...DEAL_TYPES],
      status: args.status ?? null,
    };
    const shape = Selection.shape(info, 'relation', (s) => s.at('edges', 'node').relation());
    return connection('deals', await reader.deals(filter, page, shape), page, () => reader.countDeals(filter));
  },
  changes: async (_, { after, first, types, entity }, { reader }, info) => {
    const size = pageSize(first, 100, 500);
    const afterSeq = after == null ? 0 : decodeCursor('changes', after)[0];
    if (typeof afterSeq !== 'number') throw badInput('"after" is not a cursor of this list (changes).');
    const entityId = entity == null ? null : await entityIdOf(reader, entity);
    const shape = Selection.shape(info, 'relation', (s) => s.at('edges', 'node', 'relation').relation());
    const rows = await reader.changes(afterSeq, size, shape, { types: types ?? null, entityId });
    const edges = rows.slice(0, size).map((r) => ({ cursor: encodeCursor('changes', r.key), node: r.node }));
    // An empty page keeps the caller's position, so polling with the returned endCursor never rewinds.
    const end = edges.at(-1)?.cursor ?? after ?? encodeCursor('changes', [0]);
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, hasPreviousPage: afterSeq > 0, startCursor: edges[0]?.cursor ?? null, endCursor: end },
    };
  },
  articles: async (_, args, { reader }, info) => {
    const page = pageArgs('articles', args, 20, 100);
    const fields = Selection.shape(info, 'articles', (s) => s.at('edges', 'node').articleFields());
    return connection('articles', await reader.articles(page, fields), page, () => reader.countArticles());
  },
  article: async (_, { id }, { reader }) => reader.article(keyFor('Article', id)),
  node: async (_, { id }, ctx, info) => (await nodesByIds([id], ctx, info))[0] ?? null,
  nodes: (_, { ids }, ctx, info) => {
    if (ids.length > MAX_NODES) throw badInput(`"ids" holds at most ${MAX_NODES} ids.`);
    return nodesByIds(ids, ctx, info);
  },
  stats: async (_, __, { reader }) => reader.stats(),
};
