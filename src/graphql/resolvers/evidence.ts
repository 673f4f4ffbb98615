import type { GraphQLResolveInfo } from 'graphql';
import type { ChipProgramResolvers, RelationResolvers } from '../../generated/graphql';
import type { Context } from '../context';
import type { PageArgs } from '../../repo/reader';
import type { ConnectionRecord, EvidencePageRecord, EvidenceRecord } from '../../repo/types';
import { connection, evidencePageArgs } from '../pagination';
import { Selection } from '../selection';

type Args = { first?: number | null; after?: string | null };

/**
 * A fact's or program's evidence page: projected with it when the selection allowed (see
 * Selection.relation), else loaded, batched over every fact or program of the request.
 *
 * A projected page is answered synchronously: a promise per fact or program costs its resolution
 * in graphql-jit (ten per answer of the benchmark's `entity` question). Bad arguments still reject,
 * as they did from an async resolver (graphql-jit reports a thrown error and a rejected one
 * differently).
 */
function evidence(
  owner: { id: string; evidence?: EvidencePageRecord },
  label: 'Fact' | 'ChipProgram',
  args: Args,
  ctx: Context,
  info: GraphQLResolveInfo,
): ConnectionRecord<EvidenceRecord> | Promise<ConnectionRecord<EvidenceRecord>> {
  let page: PageArgs;
  try {
    page = evidencePageArgs(args);
  } catch (err) {
    return refused(err);
  }
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
  return loaded(owner.id, label, page, ctx, info);
}

/** A rejected promise for a thrown error (how an async resolver reports it). */
// eslint-disable-next-line @typescript-eslint/require-await -- async only to reject with any thrown value
export async function refused(err: unknown): Promise<never> {
  throw err;
}

async function loaded(id: string, label: 'Fact' | 'ChipProgram', page: PageArgs, { loaders }: Context, info: GraphQLResolveInfo) {
  const fields = Selection.shape(info, 'evidence', (s) => s.at('edges', 'node', 'article').articleFields());
  return connection('evidence', await loaders.evidence(id, label, page, fields), page, () => loaders.evidenceCount(id, label));
}

export const Relation: RelationResolvers = {
  evidence: (r, args, ctx, info) => evidence(r, 'Fact', args, ctx, info),
};

export const ChipProgram: ChipProgramResolvers = {
  evidence: (p, args, ctx, info) => evidence(p, 'ChipProgram', args, ctx, info),
};
