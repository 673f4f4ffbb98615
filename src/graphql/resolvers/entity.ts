import type { ArticleResolvers, EntityResolvers } from '../../generated/graphql';
import { connection, dateWindow, pageArgs } from '../pagination';

export const Entity: EntityResolvers = {
  relations: async (e, args, { loaders }) => {
    const page = pageArgs('relations', args, 50, 200);
    const filter = { types: args.types ?? null, direction: args.direction ?? 'BOTH' };
    return connection('relations', await loaders.relations(e.id, filter, page), page, () => loaders.relationCount(e.id, filter));
  },
  timeline: async (e, args, { loaders }) => {
    const page = pageArgs('timeline', args, 50, 200);
    const filter = { ...dateWindow(args.since, args.until), types: args.types ?? null };
    return connection('timeline', await loaders.timeline(e.id, filter, page), page, () => loaders.timelineCount(e.id, filter));
  },
  chipProgram: (e, _, { loaders }) => loaders.chipProgram(e.id),
  articles: async (e, args, { loaders }) => {
    const page = pageArgs('entityArticles', args, 20, 100);
    return connection('entityArticles', await loaders.articles(e.id, page), page, () => loaders.articleCount(e.id));
  },
};

export const Article: ArticleResolvers = {
  // Lists carry article summaries; the full text is fetched (batched) only when a client asks for it.
  text: async (a, _, { loaders }) => a.text ?? (await loaders.articleText(a.id)) ?? '',
};
