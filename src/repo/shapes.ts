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

/** A page of evidence projected with its fact or program: the article properties each item needs, and which page. */
export interface EvidenceShape {
  fields: readonly string[];
  first: number;
  after: (string | number)[] | null;
}

export interface RelationShape {
  subject: EntityShape | null;
  object: EntityShape | null;
  /** Null when evidence is not asked for (or is loaded on its own, see Relation.evidence). */
  evidence: EvidenceShape | null;
}

export interface ProgramShape {
  owner: EntityShape;
  chips: EntityShape | null;
  partners: EntityShape | null;
  status: boolean;
  since: boolean;
  evidence: EvidenceShape | null;
}

/** Everything: for callers outside the API (CLI, tests). */
export const FULL_ENTITY: EntityShape = { fields: ENTITY_FIELDS, mentionCount: true };
/** Enough to resolve an entity and name it. */
export const ENTITY_REF: EntityShape = { fields: ['id', 'name'], mentionCount: false };
/** The first page of evidence with every article property. */
export const FIRST_EVIDENCE: EvidenceShape = { fields: ARTICLE_FIELDS, first: 10, after: null };
export const FULL_RELATION: RelationShape = { subject: FULL_ENTITY, object: FULL_ENTITY, evidence: FIRST_EVIDENCE };
export const FULL_PROGRAM: ProgramShape = {
  owner: FULL_ENTITY,
  chips: FULL_ENTITY,
  partners: FULL_ENTITY,
  status: true,
  since: true,
  evidence: FIRST_EVIDENCE,
};
