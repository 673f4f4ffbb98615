import { notFound, unauthenticated } from '../../errors';
import type {
  CurationResolvers,
  MutationAddAliasArgs,
  MutationDeleteArticleArgs,
  MutationMergeEntitiesArgs,
  MutationRejectFactArgs,
  MutationRemoveAliasArgs,
  MutationResolvers,
  MutationRestoreFactArgs,
  MutationSetEntityTypeArgs,
  QueryResolvers,
} from '../../generated/graphql';
import type { EntityType } from '../../extract/types';
import { ENTITY_REF } from '../../repo/shapes';
import type { Actor, Curator } from '../../repo/curator';
import type { Context } from '../context';
import { connection, pageArgs } from '../pagination';
import { entityRef, globalId, keyFor } from '../ids';
import { Selection } from '../selection';

/** An entity argument (global id, key or any spelling) as the id of a stored entity, or NOT_FOUND. */
async function entityKey({ reader }: Context, ref: string): Promise<string> {
  const found = await reader.entityByIdOrName(entityRef(ref), ENTITY_REF);
  if (!found) throw notFound(`The entity "${ref}"`);
  return found.id;
}

/** Runs a curation for a caller with the API key, naming them and their reason in the audit log. */
function curate<A extends { reason?: string | null }>(
  work: (curator: Curator, args: A, actor: Actor, ctx: Context) => ReturnType<Curator['addAlias']>,
) {
  return (_: unknown, args: A, ctx: Context) => {
    if (!ctx.canWrite) throw unauthenticated();
    const reason = args.reason?.trim().slice(0, 1000) || null;
    return work(ctx.curator, args, { by: ctx.actor, reason }, ctx);
  };
}

export const curationMutations: Pick<
  MutationResolvers,
  'mergeEntities' | 'addAlias' | 'removeAlias' | 'setEntityType' | 'rejectFact' | 'restoreFact' | 'deleteArticle'
> = {
  mergeEntities: curate<MutationMergeEntitiesArgs>(async (curator, { into, from }, actor, ctx) => {
    const [survivor, ...merged] = await Promise.all([into, ...from].map((ref) => entityKey(ctx, ref)));
    return curator.mergeEntities(survivor!, merged, actor);
  }),
  addAlias: curate<MutationAddAliasArgs>(async (curator, { entity, alias }, actor, ctx) =>
    curator.addAlias(await entityKey(ctx, entity), alias, actor),
  ),
  removeAlias: curate<MutationRemoveAliasArgs>(async (curator, { entity, alias }, actor, ctx) =>
    curator.removeAlias(await entityKey(ctx, entity), alias, actor),
  ),
  setEntityType: curate<MutationSetEntityTypeArgs>(async (curator, { entity, type }, actor, ctx) =>
    curator.setEntityType(await entityKey(ctx, entity), type, actor),
  ),
  rejectFact: curate<MutationRejectFactArgs>((curator, { id }, actor) => curator.rejectFact(keyFor('Relation', id), actor)),
  restoreFact: curate<MutationRestoreFactArgs>((curator, { id }, actor) => curator.restoreFact(keyFor('Relation', id), actor)),
  deleteArticle: curate<MutationDeleteArticleArgs>((curator, { id }, actor) => curator.deleteArticle(keyFor('Article', id), actor)),
};

export const auditLog: QueryResolvers['auditLog'] = async (_, args, { reader }) => {
  const page = pageArgs('auditLog', args, 50, 200);
  const kind = args.kind ?? null;
  return connection('auditLog', await reader.auditLog(kind, page), page, () => reader.countAuditLog(kind));
};

const orNull = (type: 'Entity' | 'Relation' | 'Article', key: string | null) => (key == null ? null : globalId(type, key));

export const Curation: CurationResolvers = {
  entityId: (c) => orNull('Entity', c.entity),
  intoId: (c) => orNull('Entity', c.into),
  entityType: (c) => c.type as EntityType | null,
  factId: (c) => orNull('Relation', c.fact),
  articleId: (c) => orNull('Article', c.article),
  articleTitle: (c) => c.title,
  entity: async (c, _, { reader }, info) => {
    const key = c.into ?? c.entity;
    return key == null ? null : reader.entityById(key, Selection.of(info).entity());
  },
};
