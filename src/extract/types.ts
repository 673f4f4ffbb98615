/** The extraction output contract (../shared/EVAL.md), plus the provenance the graph keeps. */
export const ENTITY_TYPES = ['Organization', 'Person', 'Chip', 'Product', 'Place', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'PARTNERS_WITH',
  'COMPETES_WITH',
  'ACQUIRES',
  'INVESTS_IN',
  'DEVELOPS',
  'MANUFACTURES',
  'SUPPLIES',
  'USES',
  'WORKS_FOR',
  'SUBSIDIARY_OF',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const SYMMETRIC: ReadonlySet<RelationType> = new Set(['PARTNERS_WITH', 'COMPETES_WITH']);

export const PROGRAM_STATUSES = ['exploring', 'developing', 'announced', 'deployed', 'setback'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const DEAL_STATUSES = ['considering', 'announced', 'completed'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export interface Entity {
  /** Stable key shared by every spelling (see nameKey). */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface Evidence {
  /** The sentence as it stands in the cleaned article (original script). */
  sentence: string;
  sentenceIndex: number;
  /** Character offsets of the sentence in the cleaned article text. */
  start: number;
  end: number;
}

export interface Relation {
  type: RelationType;
  subject: string;
  object: string;
  subjectId: string;
  objectId: string;
  evidence: string;
  confidence: number;
  /** ACQUIRES/INVESTS_IN: considering, announced or completed. */
  status?: DealStatus;
  /** WORKS_FOR: the role as written (CEO, 分析师, former AI director). */
  role?: string;
  /** Every sentence of the article that states it. */
  provenance: Evidence[];
}

export interface ChipProgram {
  owner: string;
  ownerId: string;
  chips: string[];
  partners: string[];
  status: ProgramStatus;
  since?: number;
  evidence: string;
  provenance: Evidence[];
}

export interface Extraction {
  entities: Entity[];
  relations: Relation[];
  chipPrograms: ChipProgram[];
}
