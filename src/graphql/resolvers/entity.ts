import type { ArticleResolvers, EntityResolvers } from '../../generated/graphql';
import { pageSize } from './query';

export const Entity: EntityResolvers = {
  relations: (e, { types, direction, first }, { reader }) =>
    reader.relations(e.id, types ?? null, direction ?? 'BOTH', pageSize(first, 50, 200)),
  chipProgram: async (e, _, { reader }) => (await reader.chipPrograms({ ownerId: e.id, first: 1 }))[0] ?? null,
  articles: (e, { first }, { reader }) => reader.articles(pageSize(first, 20, 100), e.id),
};

export const Article: ArticleResolvers = {
  // Evidence carries article summaries; the full text is fetched only when a client asks for it.
  text: async (a, _, { reader }) => a.text ?? (await reader.article(a.id))?.text ?? '',
};
