/** Plain records the repositories return: no neo4j-driver types leave src/repo. */
import type { EntityType, RelationType, ProgramStatus, DealStatus, Extraction } from '../extract/types';

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Present when the read's shape asked for it. */
  mentionCount?: number;
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

/** A page of evidence fetched with its fact or program, and the page it is (the resolver checks it is the one asked for). */
export interface EvidencePageRecord {
  first: number;
  after: SortKey | null;
  rows: KeyedRow<EvidenceRecord>[];
  total: number;
}

/** subject, object and evidence are present when the read's shape asked for them. */
export interface RelationRecord {
  id: string;
  type: RelationType;
  subject: EntityRecord;
  object: EntityRecord;
  status: DealStatus | null;
  role: string | null;
  confidence: number;
  evidence?: EvidencePageRecord;
}

/** Parts other than id and owner are present when the read's shape asked for them. */
export interface ChipProgramRecord {
  id: string;
  owner: EntityRecord;
  chips: EntityRecord[];
  partners: EntityRecord[];
  status: ProgramStatus;
  since: number | null;
  evidence?: EvidencePageRecord;
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

export interface TypeCountRecord {
  type: string;
  count: number;
}

export interface StatsRecord {
  articles: number;
  entities: number;
  relations: number;
  chipPrograms: number;
  relationsByType: TypeCountRecord[];
  entitiesByType: TypeCountRecord[];
  articlesByLanguage: TypeCountRecord[];
  lastChange: number;
}

/** The sort key of a row: the values a keyset cursor encodes. */
export type SortKey = (string | number)[];

/** One row of a keyset-paginated query: the key it sorts by and the record. */
export interface KeyedRow<T> {
  key: SortKey;
  node: T;
}

export interface TimelineEntryRecord {
  date: string | null;
  relation: RelationRecord;
  evidence: EvidenceRecord;
}

export interface ChangeRecord {
  seq: number;
  kind: 'UPSERTED' | 'REMOVED';
  factId: string;
  relation: RelationRecord | null;
}

export interface NeighbourhoodRecord {
  center: EntityRecord;
  entities: { entity: EntityRecord; distance: number }[];
  relations: RelationRecord[];
}

export interface PathRecord {
  length: number;
  entities: EntityRecord[];
  relations: RelationRecord[];
}

/** A Relay connection as resolvers return it; `totalCount` runs its count query only when selected. */
export interface ConnectionRecord<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** Date window filter (inclusive YYYY-MM-DD bounds). */
export interface DateWindow {
  since: string | null;
  until: string | null;
}

export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

export type RelationConnectionRecord = ConnectionRecord<RelationRecord>;
export type ArticleConnectionRecord = ConnectionRecord<ArticleRecord>;
export type ChipProgramConnectionRecord = ConnectionRecord<ChipProgramRecord>;
export type EvidenceConnectionRecord = ConnectionRecord<EvidenceRecord>;
export type TimelineConnectionRecord = ConnectionRecord<TimelineEntryRecord>;
export type ChangeConnectionRecord = Omit<ConnectionRecord<ChangeRecord>, 'totalCount'>;

/** What the writer stores for one article: its record, its cleaned text and what was extracted from it. */
export interface PreparedArticle extends Omit<ArticleRecord, 'text'> {
  text: string;
  contentHash: string;
  extraction: Extraction;
}

/** One stored curation, as the audit log lists it. */
export interface CurationRecord {
  id: string;
  seq: number;
  kind: 'MERGE' | 'ADD_ALIAS' | 'REMOVE_ALIAS' | 'SET_TYPE' | 'REJECT_FACT' | 'RESTORE_FACT' | 'DELETE_ARTICLE';
  /** ISO date-time of the curation. */
  at: string;
  by: string;
  reason: string | null;
  active: boolean;
  entity: string | null;
  entityName: string | null;
  into: string | null;
  alias: string | null;
  type: string | null;
  fact: string | null;
  article: string | null;
  /** A deleted article's title. */
  title: string | null;
}

export type CurationConnectionRecord = ConnectionRecord<CurationRecord>;
