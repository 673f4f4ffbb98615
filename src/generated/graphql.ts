import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityRecord, RelationRecord, ChipProgramRecord, ArticleRecord, EvidenceRecord, SearchHitRecord, IngestResultRecord, RelationConnectionRecord, ArticleConnectionRecord, ChipProgramConnectionRecord, TimelineConnectionRecord, EvidenceConnectionRecord, ChangeConnectionRecord, TimelineEntryRecord, ChangeRecord, NeighbourhoodRecord, PathRecord, StatsRecord, CurationRecord, CurationConnectionRecord } from '../repo/types';
import type { Context } from '../graphql/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, written YYYY-MM-DD (checked: 2025-02-30 is refused with BAD_USER_INPUT). */
  Date: { input: string; output: string; }
  /** A date and time in UTC, written as ISO 8601 (for example 2025-03-20T08:15:00.000Z). */
  DateTime: { input: string; output: string; }
};

/** A news article that was ingested. */
export type Article = Node & {
  __typename?: 'Article';
  /** Globally unique, stable id (`Article:` and the seed file name or the id given at ingestion). */
  id: Scalars['ID']['output'];
  /** zh-Hans, zh-Hant or en. */
  language: Scalars['String']['output'];
  /** Publication date, where known. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Publisher. */
  source?: Maybe<Scalars['String']['output']>;
  /** The cleaned text the offsets of evidence refer to. */
  text: Scalars['String']['output'];
  /** Headline. */
  title: Scalars['String']['output'];
  /** Where it was published. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page, in order. */
  edges: Array<ArticleEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many articles match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An article and its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Article;
};

/** An article to ingest. */
export type ArticleInput = {
  /** Stable id; re-ingesting the same id replaces that article's facts. Defaults to a hash of the text. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** zh-Hans, zh-Hant or en; detected when absent. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Publication date. */
  publishedAt?: InputMaybe<Scalars['Date']['input']>;
  /** Publisher. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Plain text (or HTML) of the article; at most 2 MB. */
  text: Scalars['String']['input'];
  /** Headline; defaults to the first line. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** One entry of the change feed. */
export type Change = {
  __typename?: 'Change';
  /** The fact's global id (the same id `Relation.id` has). */
  factId: Scalars['ID']['output'];
  /** Added or changed, or removed. */
  kind: ChangeKind;
  /** The fact as it is now; null when removed. */
  relation?: Maybe<Relation>;
  /** Position in the feed (increasing in commit order). */
  seq: Scalars['Int']['output'];
};

/** A page of the change feed. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page, in order. */
  edges: Array<ChangeEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
};

/** A change and its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Change;
};

/** What happened to a fact. */
export type ChangeKind =
  /** The fact lost its last evidence and is gone; `relation` is null. */
  | 'REMOVED'
  /** The fact is new or its evidence changed; `relation` is its current state. */
  | 'UPSERTED';

/** An organization's own AI-silicon effort. */
export type ChipProgram = Node & {
  __typename?: 'ChipProgram';
  /** Chips the program has produced (possibly none yet). */
  chips: Array<Entity>;
  /** Sentences about the program, newest article first; `first` is at most 100. */
  evidence: EvidenceConnection;
  /** Globally unique, stable id (`ChipProgram:` and its owner's key). */
  id: Scalars['ID']['output'];
  /** The organization building its own chips. */
  owner: Entity;
  /** Design partners and foundries. */
  partners: Array<Entity>;
  /** Year the effort started, where an article says so. */
  since?: Maybe<Scalars['Int']['output']>;
  /** The state as of the latest article that says so. */
  status: ChipProgramStatus;
};


/** An organization's own AI-silicon effort. */
export type ChipProgramEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of chip programs. */
export type ChipProgramConnection = {
  __typename?: 'ChipProgramConnection';
  /** The chip programs of this page, in order. */
  edges: Array<ChipProgramEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many programs match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A chip program and its cursor. */
export type ChipProgramEdge = {
  __typename?: 'ChipProgramEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ChipProgram;
};

/** The state of a chip program. */
export type ChipProgramStatus =
  /** A chip has been announced or unveiled. */
  | 'announced'
  /** Its chips run in production. */
  | 'deployed'
  /** Designing or testing chips that are not yet public. */
  | 'developing'
  /** Considering building its own chips. */
  | 'exploring'
  /** The effort stalled, failed or was scaled back. */
  | 'setback';

/** One correction by a curator, as the audit log keeps it. */
export type Curation = {
  __typename?: 'Curation';
  /** False once undone: a rejection after `restoreFact`, an alias curation after the opposite one, a type after a later type. */
  active: Scalars['Boolean']['output'];
  /** ADD_ALIAS, REMOVE_ALIAS: the spelling. */
  alias?: Maybe<Scalars['String']['output']>;
  /** DELETE_ARTICLE: the article's global id and title. */
  articleId?: Maybe<Scalars['ID']['output']>;
  articleTitle?: Maybe<Scalars['String']['output']>;
  /** When it was made. */
  at: Scalars['DateTime']['output'];
  /** Who made it: the request's `X-Actor` header, or `api-key`. */
  by: Scalars['String']['output'];
  /** The entity curated as it is now (for MERGE, the survivor); null when it is gone. */
  entity?: Maybe<Entity>;
  /** The global id of the entity curated (for MERGE, the one merged away). */
  entityId?: Maybe<Scalars['ID']['output']>;
  /** That entity's name when it was curated. */
  entityName?: Maybe<Scalars['String']['output']>;
  /** SET_TYPE: the type set. */
  entityType?: Maybe<EntityType>;
  /** REJECT_FACT, RESTORE_FACT: the fact's global id (a Relation id). */
  factId?: Maybe<Scalars['ID']['output']>;
  /** The curation's own id. */
  id: Scalars['ID']['output'];
  /** MERGE: the surviving entity's global id. */
  intoId?: Maybe<Scalars['ID']['output']>;
  kind: CurationKind;
  /** Why, as the curator said. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A page of the audit log. */
export type CurationConnection = {
  __typename?: 'CurationConnection';
  /** The curations of this page, newest first. */
  edges: Array<CurationEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many curations match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A curation and its cursor. */
export type CurationEdge = {
  __typename?: 'CurationEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Curation;
};

/** What a curation did. */
export type CurationKind =
  | 'ADD_ALIAS'
  | 'DELETE_ARTICLE'
  | 'MERGE'
  | 'REJECT_FACT'
  | 'REMOVE_ALIAS'
  | 'RESTORE_FACT'
  | 'SET_TYPE';

/** The state of an acquisition or investment. */
export type DealStatus =
  /** Agreed or announced, not yet closed. */
  | 'announced'
  /** Closed. */
  | 'completed'
  /** Talks, evaluation or a rumoured deal. */
  | 'considering';

/** The relation types that are deals. */
export type DealType =
  /** Acquisitions. */
  | 'ACQUIRES'
  /** Investments. */
  | 'INVESTS_IN'
  /** Partnerships. */
  | 'PARTNERS_WITH';

/** Which side of a relation the entity is on. */
export type Direction =
  /** Either side. */
  | 'BOTH'
  /** The entity is the object (for example the target). */
  | 'INCOMING'
  /** The entity is the subject (for example the acquirer). */
  | 'OUTGOING';

/** A real-world thing: one node whatever the script or spelling of its name. */
export type Entity = Node & {
  __typename?: 'Entity';
  /** Every other spelling seen in the articles or known to the lexicon (Chinese in either script, short forms). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it, newest first; `first` is at most 100. */
  articles: ArticleConnection;
  /** Its own chip program, if it has one. */
  chipProgram?: Maybe<ChipProgram>;
  /** Globally unique, stable id (`Entity:` and the normalized canonical name, e.g. `Entity:microsoft`). */
  id: Scalars['ID']['output'];
  /** How many articles mention it. */
  mentionCount: Scalars['Int']['output'];
  /** Canonical name (English where one exists). */
  name: Scalars['String']['output'];
  /**
   * Its relations, best attested first (most evidence, then confidence). Filter by `types` and
   * `direction`; `first` is at most 200.
   */
  relations: RelationConnection;
  /**
   * What was reported about it, oldest first: one entry per fact and article that states it.
   * `types` and `since`/`until` (YYYY-MM-DD, inclusive) filter; `first` is at most 200.
   */
  timeline: TimelineConnection;
  /** What kind of thing it is. */
  type: EntityType;
};


/** A real-world thing: one node whatever the script or spelling of its name. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A real-world thing: one node whatever the script or spelling of its name. */
export type EntityRelationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


/** A real-world thing: one node whatever the script or spelling of its name. */
export type EntityTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** The kinds of entity in the graph. */
export type EntityType =
  /** AI chips, accelerators and chip families. */
  | 'Chip'
  /** Conferences and named events. */
  | 'Event'
  /** Companies, labs, analysts, media, business units. */
  | 'Organization'
  /** People. */
  | 'Person'
  /** Cities, regions, countries and sites. */
  | 'Place'
  /** Models, software, cloud services and platforms. */
  | 'Product';

/** One sentence of one article that states a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article. */
  article: Article;
  /** Offset just past the sentence's last character. */
  end: Scalars['Int']['output'];
  /** The sentence, as written (original script). */
  quote: Scalars['String']['output'];
  /** Offset of the sentence's first character in the article's cleaned text. */
  start: Scalars['Int']['output'];
};

/** A page of evidence. */
export type EvidenceConnection = {
  __typename?: 'EvidenceConnection';
  /** The evidence of this page, in order. */
  edges: Array<EvidenceEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many sentences there are, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A piece of evidence and its cursor. */
export type EvidenceEdge = {
  __typename?: 'EvidenceEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Evidence;
};

/** What one ingestion stored. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** The stored article. */
  article: Article;
  /** Chip programs found in it. */
  chipPrograms: Scalars['Int']['output'];
  /** Entities found in it. */
  entities: Scalars['Int']['output'];
  /** Relations found in it. */
  relations: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a spelling to an entity: it is found by it (entity(name:), search) from now on. */
  addAlias: Curation;
  /**
   * Deletes an article: its evidence goes, and the facts, chip programs and entities that only it
   * supported are withdrawn. Ingesting the article again is refused with `ARTICLE_DELETED`.
   */
  deleteArticle: Curation;
  /**
   * Extracts and stores one article (one transaction: all of its facts or none). Needs an API key
   * (`Authorization: Bearer <key>`); ingesting the same article again replaces its facts and changes no counts.
   */
  ingestArticle: IngestResult;
  /**
   * Fetches a web page or an RSS/Atom feed and stores what it says. A page's article is taken out of
   * its navigation, ads and scripts (Readability), with its title, date and publisher; a feed's items
   * become one article each, their pages fetched when the feed carries only summaries. A page whose URL
   * or text is stored already is skipped. Needs an API key. Only http(s) URLs on public addresses are
   * fetched (private and loopback ones only with FETCH_ALLOW_PRIVATE), robots.txt is respected:
   * otherwise `URL_NOT_ALLOWED`. A URL that cannot be fetched (error status, timeout) is
   * `FETCH_FAILED`; a page with no article in it is `INVALID_ARTICLE`. A feed item that fails is
   * listed in `failed` and the others are stored, each in its own transaction.
   */
  ingestUrl: UrlIngestResult;
  /**
   * Merges entities that are one real-world entity: the facts (with their evidence), mentions,
   * spellings and chip programs of `from` move to `into`, and a fact between two of them is dropped.
   * The ids of `from` keep answering `node` and `entity(id:)` with `into`; articles ingested later
   * that name a merged entity add to `into`.
   */
  mergeEntities: Curation;
  /**
   * Hides a wrong fact (by its Relation id) from every read and the change feed, and keeps it hidden
   * when any article stating it is ingested again. Reversible with `restoreFact`.
   */
  rejectFact: Curation;
  /** Removes a spelling from an entity's aliases and search, and keeps it out when articles are ingested again. The name cannot be removed. */
  removeAlias: Curation;
  /** Shows a rejected fact again, with all the evidence gathered for it meanwhile. */
  restoreFact: Curation;
  /** Sets an entity's type; later ingestion does not change it back. */
  setEntityType: Curation;
};


export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  entity: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationIngestArticleArgs = {
  input: ArticleInput;
};


export type MutationIngestUrlArgs = {
  url: Scalars['String']['input'];
};


export type MutationMergeEntitiesArgs = {
  from: Array<Scalars['ID']['input']>;
  into: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectFactArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemoveAliasArgs = {
  alias: Scalars['String']['input'];
  entity: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRestoreFactArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetEntityTypeArgs = {
  entity: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  type: EntityType;
};

/** An entity near the center. */
export type Neighbour = {
  __typename?: 'Neighbour';
  /** Facts between it and the center (1 or 2). */
  distance: Scalars['Int']['output'];
  /** The entity. */
  entity: Entity;
};

/** The surroundings of an entity. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The entity asked about. */
  center: Entity;
  /** Entities linked to it, with their distance in facts (1 or 2). */
  entities: Array<Neighbour>;
  /** The facts linking them. */
  relations: Array<Relation>;
};

/**
 * Anything with a globally unique id (the Relay convention): an Entity, Relation, Article or
 * ChipProgram. Ids read `Type:key` (for example `Entity:microsoft`); treat them as opaque and fetch
 * any of them again with `node(id:)`.
 */
export type Node = {
  /** Globally unique, stable id. */
  id: Scalars['ID']['output'];
};

/** Relay page information: pass `endCursor` as `after` to get the next page. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede this page (true when `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A chain of facts between two entities. */
export type Path = {
  __typename?: 'Path';
  /** The entities along the chain, from the first to the last. */
  entities: Array<Entity>;
  /** Number of facts in the chain. */
  length: Scalars['Int']['output'];
  /** The facts, in chain order. */
  relations: Array<Relation>;
};

export type Query = {
  __typename?: 'Query';
  /** One article by id (its global id, or the id it was ingested with); null when there is none. */
  article?: Maybe<Article>;
  /** Ingested articles, newest first; `first` is at most 100. */
  articles: ArticleConnection;
  /**
   * The curations made through the curation mutations, newest first; `kind` keeps one kind. Each says
   * who (the `X-Actor` header of the request), when, why and what, and whether it still applies.
   */
  auditLog: CurationConnection;
  /**
   * The change feed: every fact added, changed (new or withdrawn evidence) or removed, in commit order.
   * Pass the `endCursor` you last saw as `after` to get only what is new; a fact changed several times
   * appears once, at its latest change. `types` keeps those relation types; `entity` (id or any
   * spelling) keeps the facts it takes part in. To be pushed changes as they happen, subscribe to
   * `factChanges` instead.
   */
  changes: ChangeConnection;
  /**
   * Chip programs (organizations' own AI-silicon efforts), optionally for one owner (any spelling) or
   * status, in owner order (by the owner's id, its normalized name).
   */
  chipPrograms: ChipProgramConnection;
  /**
   * Deals (acquisitions, investments, partnerships), most recently reported first. `party` (any
   * spelling) keeps those it takes part in; `status` applies to acquisitions and investments;
   * `since`/`until` (YYYY-MM-DD, inclusive) keep deals reported by an article published in that window.
   */
  deals: RelationConnection;
  /**
   * One entity, by its id (global, or its key such as `microsoft`) or by any of its names in any script
   * or spelling (微软, 微軟 and Microsoft are one entity). Give exactly one of `id` and `name`; null when
   * nothing matches.
   */
  entity?: Maybe<Entity>;
  /**
   * The entities and relations around one entity (given by id or any name), up to `depth` 2 hops.
   * `types` keeps only those relation types; `since`/`until` (YYYY-MM-DD, inclusive) keep only facts
   * stated by an article published in that window. At most `first` relations per hop (200 at most).
   * Null when the entity is unknown.
   */
  neighbourhood?: Maybe<Neighbourhood>;
  /**
   * Any Entity, Relation, Article or ChipProgram by its global id (the Relay convention); null when
   * there is none. The id of an entity merged into another answers with the surviving entity.
   */
  node?: Maybe<Node>;
  /** Several nodes at once (at most 100), in the order of `ids`, null where there is none. */
  nodes: Array<Maybe<Node>>;
  /**
   * The shortest chain of facts linking two entities (each given by id or any name), at most
   * `maxLength` facts long (1 to 6); `types` restricts the relation types used. Null when unconnected.
   */
  path?: Maybe<Path>;
  /**
   * Full-text search over entity names and aliases in all three scripts, best match first (a ranked
   * top list, not a paginated one). `types` restricts the entity types; `first` is at most 100.
   */
  search: Array<SearchHit>;
  /** Totals for dashboards. */
  stats: Stats;
};


export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CurationKind>;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};


export type QueryChipProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  owner?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ChipProgramStatus>;
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  party?: InputMaybe<Scalars['String']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<DealStatus>;
  types?: InputMaybe<Array<DealType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryNeighbourhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  entity: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPathArgs = {
  from: Scalars['String']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
  types?: InputMaybe<Array<RelationType>>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};

/** A fact: subject, relation type, object, and the sentences that state it. */
export type Relation = Node & {
  __typename?: 'Relation';
  /**
   * Extractor confidence in [0, 1]: 0.6–0.85 for a relation a rule read from a sentence's grammar,
   * 0.45 for a back-off relation read from its words alone (who took part in a funding round, rivals).
   */
  confidence: Scalars['Float']['output'];
  /**
   * Where the fact was stated: article and sentence, newest article first (a sentence repeated in one
   * article counts once). `first` is at most 100; `totalCount` is every sentence that states it.
   */
  evidence: EvidenceConnection;
  /** Globally unique, stable id of the fact (`Relation:TYPE:subject:object`). */
  id: Scalars['ID']['output'];
  /** The object (target, investee, chip, customer, employer, parent...). */
  object: Entity;
  /** For WORKS_FOR: the role as written in the article. */
  role?: Maybe<Scalars['String']['output']>;
  /** For ACQUIRES and INVESTS_IN: the deal's state as of the latest article. */
  status?: Maybe<DealStatus>;
  /** The subject (acquirer, investor, developer, supplier, employee, unit...). */
  subject: Entity;
  /** The relation type. */
  type: RelationType;
};


/** A fact: subject, relation type, object, and the sentences that state it. */
export type RelationEvidenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of relations. */
export type RelationConnection = {
  __typename?: 'RelationConnection';
  /** The relations of this page, in order. */
  edges: Array<RelationEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many relations match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A relation and its cursor. */
export type RelationEdge = {
  __typename?: 'RelationEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Relation;
};

/** The kinds of relation between entities (see the README for their direction). */
export type RelationType =
  /** Acquirer to target; `status` says considering, announced or completed. */
  | 'ACQUIRES'
  /** Rivals, or a chip meant to match another (symmetric). */
  | 'COMPETES_WITH'
  /** An organization designs or builds a chip or product. */
  | 'DEVELOPS'
  /** Investor to investee. */
  | 'INVESTS_IN'
  /** A foundry fabricates a chip for its designer. */
  | 'MANUFACTURES'
  /** Cooperation, alliance, joint development, outsourced design or a commercial deal (symmetric). */
  | 'PARTNERS_WITH'
  /** A business unit or owned company to its parent. */
  | 'SUBSIDIARY_OF'
  /** Supplier to customer (chips, compute or cloud capacity). */
  | 'SUPPLIES'
  /** A customer runs on a chip or product. */
  | 'USES'
  /** A person works or worked for an organization; `role` says as what. */
  | 'WORKS_FOR';

/** A search result with its relevance score. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matching entity. */
  entity: Entity;
  /** Relevance (higher is better); exact name matches come first. */
  score: Scalars['Float']['output'];
};

/** Totals for dashboards. */
export type Stats = {
  __typename?: 'Stats';
  /** Articles ingested. */
  articles: Scalars['Int']['output'];
  /** Articles per language. */
  articlesByLanguage: Array<TypeCount>;
  /** Chip programs. */
  chipPrograms: Scalars['Int']['output'];
  /** Entities. */
  entities: Scalars['Int']['output'];
  /** Entities per entity type. */
  entitiesByType: Array<TypeCount>;
  /** Sequence number of the latest change (see `changes`). */
  lastChange: Scalars['Int']['output'];
  /** Distinct facts (relations). */
  relations: Scalars['Int']['output'];
  /** Facts per relation type. */
  relationsByType: Array<TypeCount>;
};

/**
 * Live updates over WebSocket, at the same URL as queries, with the graphql-ws protocol
 * (graphql-transport-ws) that Apollo Client, urql and GraphiQL speak.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Every fact added, changed or removed, in commit order, pushed as it is committed (by the API, by
   * `npm run ingest`, or by another API process on the same Neo4j). With `after` (an `endCursor` of
   * `changes`, or the `cursor` of an event received earlier) the changes since that point are sent
   * first, so a client that reconnects with the last cursor it saw loses nothing and gets nothing
   * twice; without it, only changes from now on. `types` keeps those relation types; `entity` (id or
   * any spelling) keeps the facts it takes part in.
   */
  factChanges: ChangeEdge;
};


/**
 * Live updates over WebSocket, at the same URL as queries, with the graphql-ws protocol
 * (graphql-transport-ws) that Apollo Client, urql and GraphiQL speak.
 */
export type SubscriptionFactChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RelationType>>;
};

/** A page of timeline entries. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The timeline entries of this page, in order. */
  edges: Array<TimelineEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** How many entries match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A timeline entry and its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TimelineEntry;
};

/** One fact as one article reported it. */
export type TimelineEntry = {
  __typename?: 'TimelineEntry';
  /** The article's publication date; null when unknown (such entries come last). */
  date?: Maybe<Scalars['Date']['output']>;
  /** The sentence of that article that states it. */
  evidence: Evidence;
  /** The fact. */
  relation: Relation;
};

/** A count per type. */
export type TypeCount = {
  __typename?: 'TypeCount';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: Scalars['String']['output'];
};

/** What ingesting a URL did. */
export type UrlIngestResult = {
  __typename?: 'UrlIngestResult';
  /** Articles stored for the first time. */
  added: Array<IngestResult>;
  /** Articles stored again because their text changed. */
  changed: Array<IngestResult>;
  /** Items that could not be fetched or read (the others were stored). */
  failed: Array<UrlItemOutcome>;
  /** What the URL was. */
  kind: UrlKind;
  /** Items left alone: their URL or their text is stored already. */
  skipped: Array<UrlItemOutcome>;
};

/** An item of a URL that was skipped or failed. */
export type UrlItemOutcome = {
  __typename?: 'UrlItemOutcome';
  /** For a failure, its error code (FETCH_FAILED, URL_NOT_ALLOWED, INVALID_ARTICLE...). */
  code?: Maybe<Scalars['String']['output']>;
  /** Why, in words. */
  reason: Scalars['String']['output'];
  /** The item's URL (or what names it when it has none). */
  url: Scalars['String']['output'];
};

/** What a URL turned out to be. */
export type UrlKind =
  /** An RSS or Atom feed: one article per item. */
  | 'FEED'
  /** A web page: one article. */
  | 'PAGE'
  /** A plain-text document: one article. */
  | 'TEXT';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleRecord )
    | ( ChipProgramRecord )
    | ( EntityRecord )
    | ( RelationRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionRecord>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleInput: ArticleInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<ChangeRecord>;
  ChangeConnection: ResolverTypeWrapper<ChangeConnectionRecord>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeKind: ChangeKind;
  ChipProgram: ResolverTypeWrapper<ChipProgramRecord>;
  ChipProgramConnection: ResolverTypeWrapper<ChipProgramConnectionRecord>;
  ChipProgramEdge: ResolverTypeWrapper<Omit<ChipProgramEdge, 'node'> & { node: ResolversTypes['ChipProgram'] }>;
  ChipProgramStatus: ChipProgramStatus;
  Curation: ResolverTypeWrapper<CurationRecord>;
  CurationConnection: ResolverTypeWrapper<CurationConnectionRecord>;
  CurationEdge: ResolverTypeWrapper<Omit<CurationEdge, 'node'> & { node: ResolversTypes['Curation'] }>;
  CurationKind: CurationKind;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DealStatus: DealStatus;
  DealType: DealType;
  Direction: Direction;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceConnection: ResolverTypeWrapper<EvidenceConnectionRecord>;
  EvidenceEdge: ResolverTypeWrapper<Omit<EvidenceEdge, 'node'> & { node: ResolversTypes['Evidence'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestResult: ResolverTypeWrapper<IngestResultRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbour: ResolverTypeWrapper<Omit<Neighbour, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  Neighbourhood: ResolverTypeWrapper<NeighbourhoodRecord>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<PathRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationConnection: ResolverTypeWrapper<RelationConnectionRecord>;
  RelationEdge: ResolverTypeWrapper<Omit<RelationEdge, 'node'> & { node: ResolversTypes['Relation'] }>;
  RelationType: RelationType;
  SearchHit: ResolverTypeWrapper<SearchHitRecord>;
  Stats: ResolverTypeWrapper<StatsRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TimelineConnection: ResolverTypeWrapper<TimelineConnectionRecord>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineEntry'] }>;
  TimelineEntry: ResolverTypeWrapper<TimelineEntryRecord>;
  TypeCount: ResolverTypeWrapper<TypeCount>;
  UrlIngestResult: ResolverTypeWrapper<Omit<UrlIngestResult, 'added' | 'changed'> & { added: Array<ResolversTypes['IngestResult']>, changed: Array<ResolversTypes['IngestResult']> }>;
  UrlItemOutcome: ResolverTypeWrapper<UrlItemOutcome>;
  UrlKind: UrlKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRecord;
  ArticleConnection: ArticleConnectionRecord;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleInput: ArticleInput;
  Boolean: Scalars['Boolean']['output'];
  Change: ChangeRecord;
  ChangeConnection: ChangeConnectionRecord;
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChipProgram: ChipProgramRecord;
  ChipProgramConnection: ChipProgramConnectionRecord;
  ChipProgramEdge: Omit<ChipProgramEdge, 'node'> & { node: ResolversParentTypes['ChipProgram'] };
  Curation: CurationRecord;
  CurationConnection: CurationConnectionRecord;
  CurationEdge: Omit<CurationEdge, 'node'> & { node: ResolversParentTypes['Curation'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Entity: EntityRecord;
  Evidence: EvidenceRecord;
  EvidenceConnection: EvidenceConnectionRecord;
  EvidenceEdge: Omit<EvidenceEdge, 'node'> & { node: ResolversParentTypes['Evidence'] };
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestResult: IngestResultRecord;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Neighbour: Omit<Neighbour, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  Neighbourhood: NeighbourhoodRecord;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Path: PathRecord;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  RelationConnection: RelationConnectionRecord;
  RelationEdge: Omit<RelationEdge, 'node'> & { node: ResolversParentTypes['Relation'] };
  SearchHit: SearchHitRecord;
  Stats: StatsRecord;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TimelineConnection: TimelineConnectionRecord;
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineEntry'] };
  TimelineEntry: TimelineEntryRecord;
  TypeCount: TypeCount;
  UrlIngestResult: Omit<UrlIngestResult, 'added' | 'changed'> & { added: Array<ResolversParentTypes['IngestResult']>, changed: Array<ResolversParentTypes['IngestResult']> };
  UrlItemOutcome: UrlItemOutcome;
};

export type ArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  factId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChipProgramResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChipProgram'] = ResolversParentTypes['ChipProgram']> = {
  chips?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<ChipProgramEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChipProgramStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChipProgramConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChipProgramConnection'] = ResolversParentTypes['ChipProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChipProgramEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChipProgramEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChipProgramEdge'] = ResolversParentTypes['ChipProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChipProgram'], ParentType, ContextType>;
};

export type CurationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  alias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  articleId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  articleTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['EntityType']>, ParentType, ContextType>;
  factId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intoId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CurationKind'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CurationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurationConnection'] = ResolversParentTypes['CurationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CurationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CurationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurationEdge'] = ResolversParentTypes['CurationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Curation'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<EntityArticlesArgs, 'first'>>;
  chipProgram?: Resolver<Maybe<ResolversTypes['ChipProgram']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<EntityRelationsArgs, 'direction' | 'first'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<EntityTimelineArgs, 'first'>>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceConnection'] = ResolversParentTypes['EvidenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvidenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EvidenceEdge'] = ResolversParentTypes['EvidenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  chipPrograms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'entity'>>;
  deleteArticle?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  ingestUrl?: Resolver<ResolversTypes['UrlIngestResult'], ParentType, ContextType, RequireFields<MutationIngestUrlArgs, 'url'>>;
  mergeEntities?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'from' | 'into'>>;
  rejectFact?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationRejectFactArgs, 'id'>>;
  removeAlias?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationRemoveAliasArgs, 'alias' | 'entity'>>;
  restoreFact?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationRestoreFactArgs, 'id'>>;
  setEntityType?: Resolver<ResolversTypes['Curation'], ParentType, ContextType, RequireFields<MutationSetEntityTypeArgs, 'entity' | 'type'>>;
};

export type NeighbourResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbour'] = ResolversParentTypes['Neighbour']> = {
  distance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  center?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Neighbour']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'ChipProgram' | 'Entity' | 'Relation', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  auditLog?: Resolver<ResolversTypes['CurationConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  chipPrograms?: Resolver<ResolversTypes['ChipProgramConnection'], ParentType, ContextType, RequireFields<QueryChipProgramsArgs, 'first'>>;
  deals?: Resolver<ResolversTypes['RelationConnection'], ParentType, ContextType, RequireFields<QueryDealsArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntityArgs>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'entity' | 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxLength' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
};

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['EvidenceConnection'], ParentType, ContextType, RequireFields<RelationEvidenceArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['DealStatus']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RelationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationConnection'] = ResolversParentTypes['RelationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RelationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RelationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationEdge'] = ResolversParentTypes['RelationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  articles?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articlesByLanguage?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  chipPrograms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entitiesByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
  lastChange?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationsByType?: Resolver<Array<ResolversTypes['TypeCount']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  factChanges?: SubscriptionResolver<ResolversTypes['ChangeEdge'], "factChanges", ParentType, ContextType, Partial<SubscriptionFactChangesArgs>>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineEntry'], ParentType, ContextType>;
};

export type TimelineEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEntry'] = ResolversParentTypes['TimelineEntry']> = {
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
};

export type TypeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TypeCount'] = ResolversParentTypes['TypeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UrlIngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UrlIngestResult'] = ResolversParentTypes['UrlIngestResult']> = {
  added?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType>;
  changed?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType>;
  failed?: Resolver<Array<ResolversTypes['UrlItemOutcome']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UrlKind'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['UrlItemOutcome']>, ParentType, ContextType>;
};

export type UrlItemOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UrlItemOutcome'] = ResolversParentTypes['UrlItemOutcome']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChipProgram?: ChipProgramResolvers<ContextType>;
  ChipProgramConnection?: ChipProgramConnectionResolvers<ContextType>;
  ChipProgramEdge?: ChipProgramEdgeResolvers<ContextType>;
  Curation?: CurationResolvers<ContextType>;
  CurationConnection?: CurationConnectionResolvers<ContextType>;
  CurationEdge?: CurationEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  EvidenceConnection?: EvidenceConnectionResolvers<ContextType>;
  EvidenceEdge?: EvidenceEdgeResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbour?: NeighbourResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  RelationConnection?: RelationConnectionResolvers<ContextType>;
  RelationEdge?: RelationEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineEntry?: TimelineEntryResolvers<ContextType>;
  TypeCount?: TypeCountResolvers<ContextType>;
  UrlIngestResult?: UrlIngestResultResolvers<ContextType>;
  UrlItemOutcome?: UrlItemOutcomeResolvers<ContextType>;
};

