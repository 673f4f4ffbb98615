/**
 * What a read projects, beyond the always-present scalar properties: each optional part costs
 * Cypher subqueries, so the API asks only for what the client selected (see graphql/selection.ts).
 */
/** Entity properties a read may project. */
export const ENTITY_FIELDS = ['id', 'name', 'type', 'aliases'] as const;

export interface EntityShape {
  /** Stored properties asked for (id when a field needs it to load more). */
  fields: readonly string[];
  mentionCount: boolean;
}

/** Article properties a read may project (id always). */
export const ARTICLE_FIELDS = ['id', 'title', 'language', 'publishedAt', 'source', 'url'] as const;

export interface RelationShape {
  subject: EntityShape | null;
  object: EntityShape | null;
  /** The article properties each evidence item needs; null when evidence is not asked for. */
  evidence: readonly string[] | null;
}

export interface ProgramShape {
  owner: EntityShape;
  chips: EntityShape | null;
  partners: EntityShape | null;
  status: boolean;
  since: boolean;
  evidence: boolean;
}

/** Everything: for callers outside the API (CLI, tests). */
export const FULL_ENTITY: EntityShape = { fields: ENTITY_FIELDS, mentionCount: true };
/** Enough to resolve an entity and name it. */
export const ENTITY_REF: EntityShape = { fields: ['id', 'name'], mentionCount: false };
export const FULL_RELATION: RelationShape = { subject: FULL_ENTITY, object: FULL_ENTITY, evidence: ARTICLE_FIELDS };
export const FULL_PROGRAM: ProgramShape = { owner: FULL_ENTITY, chips: FULL_ENTITY, partners: FULL_ENTITY, status: true, since: true, evidence: true };
