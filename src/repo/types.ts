/** Plain records the repositories return: no neo4j-driver types leave src/repo. */
import type { EntityType, RelationType, ProgramStatus, DealStatus } from '../extract/types';

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
}

export interface ArticleRecord {
  id: string;
  title: string;
  language: string;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** Loaded only when asked for (see the Article resolver). */
  text?: string;
}

export interface EvidenceRecord {
  article: ArticleRecord;
  quote: string;
  start: number;
  end: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  subject: EntityRecord;
  object: EntityRecord;
  status: DealStatus | null;
  role: string | null;
  confidence: number;
  evidence: EvidenceRecord[];
}

export interface ChipProgramRecord {
  id: string;
  owner: EntityRecord;
  chips: EntityRecord[];
  partners: EntityRecord[];
  status: ProgramStatus;
  since: number | null;
  evidence: EvidenceRecord[];
}

export interface SearchHitRecord {
  entity: EntityRecord;
  score: number;
}

export interface IngestResultRecord {
  article: ArticleRecord;
  entities: number;
  relations: number;
  chipPrograms: number;
}

export interface StatsRecord {
  articles: number;
  entities: number;
  relations: number;
  chipPrograms: number;
  relationsByType: { type: string; count: number }[];
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';
