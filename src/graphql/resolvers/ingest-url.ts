import { unauthenticated } from '../../errors';
import type { MutationResolvers, UrlKind } from '../../generated/graphql';
import type { Outcome, OutcomeStatus } from '../../ingest/web/batch';

const KIND: Record<'page' | 'feed' | 'text', UrlKind> = { page: 'PAGE', feed: 'FEED', text: 'TEXT' };

/** Mutation.ingestUrl: the fetching, skipping and storing are WebIngest's; this sorts its outcomes. */
export const ingestUrl: NonNullable<MutationResolvers['ingestUrl']> = async (_, { url }, { canWrite, web }) => {
  if (!canWrite) throw unauthenticated();
  const { kind, outcomes } = await web.ingestUrl(url);
  const of = (status: OutcomeStatus) => outcomes.filter((o) => o.status === status);
  const stored = (o: Outcome) => (o.result ? [o.result] : []);
  const listed = (o: Outcome) => ({ url: o.label, reason: o.reason ?? '', code: o.code ?? null });
  return {
    kind: KIND[kind],
    added: of('added').flatMap(stored),
    changed: of('changed').flatMap(stored),
    skipped: of('skipped').map(listed),
    failed: of('failed').map(listed),
  };
};
