import type { ArticleResolvers, EntityResolvers } from '../../generated/graphql';
import { connection, dateWindow, pageArgs } from '../pagination';
import { Selection } from '../selection';
import type { Direction } from '../../repo/types';
import type { RelationType } from '../../extract/types';

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

export const articlesRequest = (args: ArticlesArgs) => ({ page: pageArgs('entityArticles', args, 20, 100) });

export const Entity: EntityResolvers = {
  // Projected with the entity when the query asked for it; batched here otherwise.
  mentionCount: (e, _, { loaders }) => e.mentionCount ?? loaders.mentionCount(e.id),
  relations: async (e, args, { loaders }, info) => {
    const { page, filter, shape } = relationsRequest(args, Selection.of(info));
    return connection('relations', await loaders.relations(e.id, filter, page, shape), page, () => loaders.relationCount(e.id, filter));
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
  articles: async (e, args, { loaders }) => {
    const { page } = articlesRequest(args);
    return connection('entityArticles', await loaders.articles(e.id, page), page, () => loaders.articleCount(e.id));
  },
};

export const Article: ArticleResolvers = {
  // Lists carry article summaries; the full text is fetched (batched) only when a client asks for it.
  text: async (a, _, { loaders }) => a.text ?? (await loaders.articleText(a.id)) ?? '',
};
