/**
 * What a read projects, beyond the always-present scalar properties: each optional part costs
 * Cypher subqueries, so the API asks only for what the client selected (see graphql/selection.ts).
 */
export interface EntityShape {
  mentionCount: boolean;
}

export interface RelationShape {
  subject: EntityShape | null;
  object: EntityShape | null;
  evidence: boolean;
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
export const FULL_ENTITY: EntityShape = { mentionCount: true };
export const FULL_RELATION: RelationShape = { subject: FULL_ENTITY, object: FULL_ENTITY, evidence: true };
export const FULL_PROGRAM: ProgramShape = { owner: FULL_ENTITY, chips: FULL_ENTITY, partners: FULL_ENTITY, status: true, since: true, evidence: true };
