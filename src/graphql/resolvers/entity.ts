import type { ArticleResolvers, EntityResolvers } from '../../generated/graphql';
import { connection, dateWindow, pageArgs } from '../pagination';
import { Selection } from '../selection';
import type { ArticleRecord, Direction, EntityRecord, KeyedRow, RelationRecord } from '../../repo/types';
import type { PageArgs } from '../../repo/reader';
import type { RelationType } from '../../extract/types';
import { refused } from './evidence';

type RelationsArgs = { types?: RelationType[] | null; direction?: Direction | null; first?: number | null; after?: string | null };
type ArticlesArgs = { first?: number | null; after?: string | null };

/** What Entity.relations asks the reader for; Query.entity builds the same request to prefetch it. */
export function relationsRequest(args: RelationsArgs, selection: Selection) {
  return {
    page: pageArgs('relations', args, 50, 200),
    filter: { types: args.types ?? null, direction: args.direction ?? 'BOTH' },
    shape: selection.memo('relations', (s) => s.at('edges', 'node').relation()),
  };
}

/** What Entity.articles asks the reader for (the article properties selected, id always); Query.entity builds the same request to prefetch it. */
export const articlesRequest = (args: ArticlesArgs, selection: Selection) => ({
  page: pageArgs('entityArticles', args, 20, 100),
  fields: selection.memo('articles', (s) => s.at('edges', 'node').articleFields()),
});

type RelationsRequest = ReturnType<typeof relationsRequest>;
type ArticlesRequest = ReturnType<typeof articlesRequest>;
/**
 * The same part of two requests: the same object (a shape or field list, memoized per field; null),
 * or equal as JSON.
 */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const samePage = (a: PageArgs, b: PageArgs) => a.first === b.first && same(a.after, b.after);
const sameRelations = (a: RelationsRequest, b: RelationsRequest) =>
  samePage(a.page, b.page) && a.filter.direction === b.filter.direction && same(a.filter.types, b.filter.types) && same(a.shape, b.shape);
const sameArticles = (a: ArticlesRequest, b: ArticlesRequest) => samePage(a.page, b.page) && same(a.fields, b.fields);

/** The first pages Query.entity read with an entity, with the requests they answer. */
const PREFETCHED = Symbol('prefetched');
interface Prefetched {
  relations?: { request: RelationsRequest; rows: KeyedRow<RelationRecord>[] };
  articles?: { request: ArticlesRequest; rows: KeyedRow<ArticleRecord>[] };
}
const prefetchedOf = (e: EntityRecord) => (e as { [PREFETCHED]?: Prefetched })[PREFETCHED];

/**
 * Gives an entity record the pages read along with it (Query.entity), which its `relations` and
 * `articles` resolvers then answer from, synchronously, when they are asked the same request: no
 * loader is made and no promise is settled for them.
 */
export function withPrefetched(e: EntityRecord, relations: Prefetched['relations'], articles: Prefetched['articles']): EntityRecord {
  (e as { [PREFETCHED]?: Prefetched })[PREFETCHED] = { relations, articles };
  return e;
}

export const Entity: EntityResolvers = {
  // Projected with the entity when the query asked for it; batched here otherwise.
  mentionCount: (e, _, { loaders }) => e.mentionCount ?? loaders.mentionCount(e.id),
  relations: (e, args, { loaders }, info) => {
    let request: RelationsRequest;
    try {
      request = relationsRequest(args, Selection.of(info));
    } catch (err) {
      return refused(err);
    }
    const { page, filter, shape } = request;
    const count = () => loaders.relationCount(e.id, filter);
    const pre = prefetchedOf(e)?.relations;
    if (pre && sameRelations(pre.request, request)) return connection('relations', pre.rows, page, count);
    return loaders.relations(e.id, filter, page, shape).then((rows) => connection('relations', rows, page, count));
  },
  timeline: async (e, args, { loaders }, info) => {
    const page = pageArgs('timeline', args, 50, 200);
    const filter = { ...dateWindow(args.since, args.until), types: args.types ?? null };
    const shape = Selection.shape(info, 'relation', (s) => s.at('edges', 'node', 'relation').relation());
    return connection('timeline', await loaders.timeline(e.id, filter, page, shape), page, () => loaders.timelineCount(e.id, filter));
  },
  chipProgram: (e, _, { loaders }, info) =>
    loaders.chipProgram(
      e.id,
      Selection.shape(info, 'program', (s) => s.program()),
    ),
  articles: (e, args, { loaders }, info) => {
    let request: ArticlesRequest;
    try {
      request = articlesRequest(args, Selection.of(info));
    } catch (err) {
      return refused(err);
    }
    const { page, fields } = request;
    const count = () => loaders.articleCount(e.id);
    const pre = prefetchedOf(e)?.articles;
    if (pre && sameArticles(pre.request, request)) return connection('entityArticles', pre.rows, page, count);
    return loaders.articles(e.id, page, fields).then((rows) => connection('entityArticles', rows, page, count));
  },
};

export const Article: ArticleResolvers = {
  // Lists carry article summaries; the full text is fetched (batched) only when a client asks for it.
  text: async (a, _, { loaders }) => a.text ?? (await loaders.articleText(a.id)) ?? '',
};
