import type { GraphQLResolveInfo } from 'graphql';
import type { ChipProgramResolvers, RelationResolvers } from '../../generated/graphql';
import type { Context } from '../context';
import type { EvidencePageRecord } from '../../repo/types';
import { connection, evidencePageArgs } from '../pagination';
import { Selection } from '../selection';

type Args = { first?: number | null; after?: string | null };

/**
 * A fact's or program's evidence page: projected with it when the selection allowed (see
 * Selection.relation), else loaded, batched over every fact or program of the request.
 */
async function evidence(
  owner: { id: string; evidence?: EvidencePageRecord },
  label: 'Fact' | 'ChipProgram',
  args: Args,
  { loaders }: Context,
  info: GraphQLResolveInfo,
) {
  const page = evidencePageArgs(args);
  const got = owner.evidence;
  // A projected first page was read without the extra row (projections.ts, evidenceParams): its total tells whether more follow.
  if (got)
    return connection(
      'evidence',
      got.rows,
      page,
      () => Promise.resolve(got.total),
      page.after === null ? got.total > page.first : undefined,
    );
  const fields = Selection.shape(info, 'evidence', (s) => s.at('edges', 'node', 'article').articleFields());
  return connection('evidence', await loaders.evidence(owner.id, label, page, fields), page, () => loaders.evidenceCount(owner.id, label));
}

export const Relation: RelationResolvers = {
  evidence: (r, args, ctx, info) => evidence(r, 'Fact', args, ctx, info),
};

export const ChipProgram: ChipProgramResolvers = {
  evidence: (p, args, ctx, info) => evidence(p, 'ChipProgram', args, ctx, info),
};
