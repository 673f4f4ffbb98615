import { unauthenticated } from '../../errors';
import type { MutationResolvers } from '../../generated/graphql';
import { ingestUrl } from './ingest-url';

export const Mutation: MutationResolvers = {
  ingestArticle: async (_, { input }, { canWrite, ingest }) => {
    if (!canWrite) throw unauthenticated();
    return ingest.ingest({
      id: input.id ?? undefined,
      text: input.text,
      title: input.title ?? undefined,
      language: (input.language ?? undefined) as 'zh-Hans' | 'zh-Hant' | 'en' | undefined,
      publishedAt: input.publishedAt ?? undefined,
      source: input.source ?? undefined,
      url: input.url ?? undefined,
    });
  },
  ingestUrl,
};
