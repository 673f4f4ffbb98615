import { int, type Driver } from 'neo4j-driver';
import { nameKey, toSimplified } from '../extract/normalize';
import type { EntityType, RelationType, ProgramStatus, DealStatus } from '../extract/types';
import type {
  ArticleRecord, ChangeRecord, ChipProgramRecord, DateWindow, Direction, EntityRecord, KeyedRow, NeighbourhoodRecord,
  PathRecord, RelationRecord, SearchHitRecord, SortKey, StatsRecord, TimelineEntryRecord,
} from './types';

// Cypher fragments that project nodes to the plain records of ./types. Variables introduced inside
// subqueries are prefixed with the projected variable so they never capture an outer variable.
const ENTITY = (v: string) =>
  `${v} {.id, .name, .type, aliases: coalesce(${v}.aliases, []), mentionCount: COUNT { (${v})<-[:MENTIONS]-() }}`;
const ARTICLE = (v: string) => `${v} {.id, .title, .language, .publishedAt, .source, .url}`;
const EVIDENCE = (rel: string, art: string) => `{article: ${ARTICLE(art)}, quote: ${rel}.quote, start: ${rel}.start, end: ${rel}.end}`;
const RELATION = (f: string) => `${f} {.id, .type, .status, .role, .confidence,
  subject: COLLECT { MATCH (${f})-[:SUBJECT]->(${f}_s:Entity) RETURN ${ENTITY(`${f}_s`)} }[0],
  object: COLLECT { MATCH (${f})-[:OBJECT]->(${f}_o:Entity) RETURN ${ENTITY(`${f}_o`)} }[0],
  evidence: COLLECT { MATCH (${f})-[${f}_ev:EVIDENCE]->(${f}_a:Article)
                      RETURN ${EVIDENCE(`${f}_ev`, `${f}_a`)} ORDER BY ${f}_a.publishedAt, ${f}_a.id, ${f}_ev.start }}`;
// A program's status is the one its latest article gives.
const PROGRAM_STATUS = (cp: string) =>
  `coalesce(COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->(${cp}_x:Article) RETURN ${cp}_e.status
                      ORDER BY ${cp}_x.publishedAt DESC, ${cp}_x.id DESC, ${cp}_e.start }[0], 'developing')`;
const PROGRAM = (cp: string, owner: string) => `{id: ${cp}.id, owner: ${ENTITY(owner)}, status: ${PROGRAM_STATUS(cp)},
  since: COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->() WHERE ${cp}_e.since IS NOT NULL RETURN ${cp}_e.since ORDER BY ${cp}_e.since }[0],
  evidence: COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->(${cp}_a:Article)
                      RETURN ${EVIDENCE(`${cp}_e`, `${cp}_a`)} ORDER BY ${cp}_a.publishedAt DESC, ${cp}_a.id DESC, ${cp}_e.start },
  chips: COLLECT { MATCH (${cp})-[:HAS_CHIP]->(${cp}_c) RETURN ${ENTITY(`${cp}_c`)} ORDER BY ${cp}_c.name },
  partners: COLLECT { MATCH (${cp})-[:PARTNER]->(${cp}_q) RETURN ${ENTITY(`${cp}_q`)} ORDER BY ${cp}_q.name }}`;
// Relation type and date-window filter on a fact: some article stating it was published in the window.
const FACT_FILTER = (f: string) => `($types IS NULL OR ${f}.type IN $types)
  AND (($since IS NULL AND $until IS NULL) OR EXISTS { MATCH (${f})-[:EVIDENCE]->(${f}_w:Article)
       WHERE ($since IS NULL OR ${f}_w.publishedAt >= $since) AND ($until IS NULL OR ${f}_w.publishedAt <= $until) })`;
const SIDE: Record<Direction, string> = { OUTGOING: ':SUBJECT', INCOMING: ':OBJECT', BOTH: ':SUBJECT|OBJECT' };

type Dir = 'ASC' | 'DESC';

/** A keyset-paginated query: rows from `match`, sorted by `key` (non-null expressions) in `dirs`. */
interface PageSpec {
  match: string;
  carry: string;
  key: string[];
  dirs: Dir[];
  node: string;
}

/** `key` comes after `$after` in the order `dirs` gives (lexicographic, per-position direction). */
function keysetCondition(dirs: Dir[]): string {
  const terms = dirs.map((d, i) =>
    [...dirs.slice(0, i).map((_, j) => `key[${j}] = $after[${j}]`), `key[${i}] ${d === 'ASC' ? '>' : '<'} $after[${i}]`].join(' AND '),
  );
  return `($after IS NULL OR ${terms.map((t) => `(${t})`).join(' OR ')})`;
}

function pageCypher(spec: PageSpec): string {
  return `${spec.match}
    WITH ${spec.carry}, [${spec.key.join(', ')}] AS key
    WHERE ${keysetCondition(spec.dirs)}
    WITH ${spec.carry}, key ORDER BY ${spec.dirs.map((d, i) => `key[${i}] ${d}`).join(', ')} LIMIT $limit
    RETURN {key: key, node: ${spec.node}} AS row`;
}

/** One page request: `first` rows after the row whose key is `after`. One more row is fetched to tell if a next page exists. */
export interface PageArgs {
  first: number;
  after: SortKey | null;
}

export interface RelationFilter {
  types: RelationType[] | null;
  direction: Direction;
}

export interface TimelineFilter extends DateWindow {
  types: RelationType[] | null;
}

export interface DealFilter extends DateWindow {
  partyId: string | null;
  types: RelationType[];
  status: DealStatus | null;
}

/** Read side of the graph: every method is one parameterized Cypher query returning plain records. */
export class GraphReader {
  /** Cypher queries sent so far (tests use it to show that a request costs a bounded number of queries). */
  queries = 0;

  constructor(private readonly driver: Driver, private readonly database?: string) {}

  private async rows<T>(cypher: string, params: Record<string, unknown>, key = 'row'): Promise<T[]> {
    this.queries++;
    const res = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    return res.records.map((r) => r.get(key) as T);
  }

  private page<T>(spec: PageSpec, params: Record<string, unknown>, page: PageArgs): Promise<KeyedRow<T>[]> {
    return this.rows<KeyedRow<T>>(pageCypher(spec), { ...params, after: page.after, limit: int(page.first + 1) });
  }

  /** The same page for many entities in one query (DataLoader batches); `spec.match` sees the entity id as `id`. */
  private async pageMany<T>(ids: readonly string[], spec: PageSpec, params: Record<string, unknown>, page: PageArgs) {
    const found = await this.rows<{ id: string; rows: KeyedRow<T>[] }>(
      `UNWIND $ids AS id CALL (id) { ${pageCypher(spec)} } WITH id, collect(row) AS rows RETURN {id: id, rows: rows} AS row`,
      { ...params, ids, after: page.after, limit: int(page.first + 1) },
    );
    const byId = new Map(found.map((f) => [f.id, f.rows]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  private async countMany(ids: readonly string[], spec: PageSpec, params: Record<string, unknown>): Promise<number[]> {
    const found = await this.rows<{ id: string; n: number }>(
      `UNWIND $ids AS id CALL (id) { ${spec.match} RETURN count(*) AS n } RETURN {id: id, n: n} AS row`,
      { ...params, ids },
    );
    const byId = new Map(found.map((f) => [f.id, f.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  private async count(spec: PageSpec, params: Record<string, unknown>): Promise<number> {
    const [n] = await this.rows<number>(`${spec.match} RETURN count(*) AS row`, params);
    return n ?? 0;
  }

  async entityById(id: string): Promise<EntityRecord | null> {
    const [row] = await this.rows<EntityRecord>(`MATCH (e:Entity {id: $id}) RETURN ${ENTITY('e')} AS row`, { id });
    return row ?? null;
  }

  /** Any spelling: exact alias key first (most mentioned entity wins when a key is shared). */
  async entityByName(name: string): Promise<EntityRecord | null> {
    const keys = [...new Set([nameKey(name), toSimplified(name)])];
    const [row] = await this.rows<EntityRecord>(
      `MATCH (k:Alias)-[:OF]->(e:Entity) WHERE k.key IN $keys
       WITH DISTINCT e RETURN ${ENTITY('e')} AS row ORDER BY row.mentionCount DESC, row.id LIMIT 1`,
      { keys },
    );
    return row ?? null;
  }

  /** An id, else any name. */
  async entityByIdOrName(ref: string): Promise<EntityRecord | null> {
    return (await this.entityById(ref)) ?? this.entityByName(ref);
  }

  async search(query: string, types: EntityType[] | null, first: number): Promise<SearchHitRecord[]> {
    const terms = [...new Set([query, toSimplified(query), nameKey(query)])]
      .map((t) => t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ').trim())
      .filter(Boolean);
    if (!terms.length) return [];
    const lucene = terms.map((t) => `"${t}"`).join(' OR ');
    return this.rows<SearchHitRecord>(
      `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
       WHERE $types IS NULL OR node.type IN $types
       WITH node, score + CASE WHEN $key IN node.keys THEN 100.0 ELSE 0.0 END AS score
       ORDER BY score DESC, node.id LIMIT $first
       RETURN {entity: ${ENTITY('node')}, score: score} AS row`,
      { lucene, types, key: nameKey(query), first: int(first) },
    );
  }

  // ---- Per-entity pages (batched over many entities by the resolvers' DataLoaders) ----

  private relationsSpec(f: RelationFilter): PageSpec {
    return {
      match: `MATCH (:Entity {id: id})<-[${SIDE[f.direction]}]-(f:Fact) WHERE $types IS NULL OR f.type IN $types WITH DISTINCT f`,
      carry: 'f',
      key: ['COUNT { (f)-[:EVIDENCE]->() }', 'f.confidence', 'f.id'],
      dirs: ['DESC', 'DESC', 'ASC'],
      node: RELATION('f'),
    };
  }

  relationsOf(ids: readonly string[], f: RelationFilter, page: PageArgs) {
    return this.pageMany<RelationRecord>(ids, this.relationsSpec(f), { types: f.types }, page);
  }

  countRelationsOf(ids: readonly string[], f: RelationFilter) {
    return this.countMany(ids, this.relationsSpec(f), { types: f.types });
  }

  private timelineSpec(): PageSpec {
    return {
      match: `MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE $types IS NULL OR f.type IN $types
              WITH DISTINCT f
              MATCH (f)-[ev:EVIDENCE]->(a:Article)
              WHERE ($since IS NULL OR a.publishedAt >= $since) AND ($until IS NULL OR a.publishedAt <= $until)`,
      carry: 'f, ev, a',
      key: ["coalesce(a.publishedAt, '9999-99-99')", 'f.id', 'a.id', 'ev.start'],
      dirs: ['ASC', 'ASC', 'ASC', 'ASC'],
      node: `{date: a.publishedAt, relation: ${RELATION('f')}, evidence: ${EVIDENCE('ev', 'a')}}`,
    };
  }

  timelineOf(ids: readonly string[], f: TimelineFilter, page: PageArgs) {
    return this.pageMany<TimelineEntryRecord>(ids, this.timelineSpec(), { ...f }, page);
  }

  countTimelineOf(ids: readonly string[], f: TimelineFilter) {
    return this.countMany(ids, this.timelineSpec(), { ...f });
  }

  private articlesSpec(mentioning: boolean): PageSpec {
    return {
      match: mentioning ? 'MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)' : 'MATCH (a:Article)',
      carry: 'a',
      key: ["coalesce(a.publishedAt, '')", 'a.id'],
      dirs: ['DESC', 'ASC'],
      node: ARTICLE('a'),
    };
  }

  articlesMentioning(ids: readonly string[], page: PageArgs) {
    return this.pageMany<ArticleRecord>(ids, this.articlesSpec(true), {}, page);
  }

  countArticlesMentioning(ids: readonly string[]) {
    return this.countMany(ids, this.articlesSpec(true), {});
  }

  async chipProgramsOf(ownerIds: readonly string[]): Promise<(ChipProgramRecord | null)[]> {
    const found = await this.rows<ChipProgramRecord>(
      `UNWIND $ids AS id MATCH (cp:ChipProgram {id: id})-[:OWNED_BY]->(owner:Entity) RETURN ${PROGRAM('cp', 'owner')} AS row`,
      { ids: ownerIds },
    );
    const byId = new Map(found.map((p) => [p.id, p]));
    return ownerIds.map((id) => byId.get(id) ?? null);
  }

  async articleTexts(ids: readonly string[]): Promise<(string | null)[]> {
    const found = await this.rows<{ id: string; text: string }>(
      'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a {.id, .text} AS row',
      { ids },
    );
    const byId = new Map(found.map((a) => [a.id, a.text]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  // ---- Top-level pages ----

  articles(page: PageArgs) {
    return this.page<ArticleRecord>(this.articlesSpec(false), {}, page);
  }

  countArticles() {
    return this.count(this.articlesSpec(false), {});
  }

  async article(id: string): Promise<ArticleRecord | null> {
    const [row] = await this.rows<ArticleRecord>(`MATCH (a:Article {id: $id}) RETURN a {.id, .title, .language, .publishedAt, .source, .url, .text} AS row`, { id });
    return row ?? null;
  }

  private programsSpec(): PageSpec {
    return {
      match: `MATCH (cp:ChipProgram)-[:OWNED_BY]->(owner:Entity) WHERE $ownerId IS NULL OR owner.id = $ownerId
              WITH cp, owner, ${PROGRAM_STATUS('cp')} AS status WHERE $status IS NULL OR status = $status`,
      carry: 'cp, owner',
      key: ['owner.name', 'cp.id'],
      dirs: ['ASC', 'ASC'],
      node: PROGRAM('cp', 'owner'),
    };
  }

  chipPrograms(filter: { ownerId: string | null; status: ProgramStatus | null }, page: PageArgs) {
    return this.page<ChipProgramRecord>(this.programsSpec(), filter, page);
  }

  countChipPrograms(filter: { ownerId: string | null; status: ProgramStatus | null }) {
    return this.count(this.programsSpec(), filter);
  }

  private dealsSpec(partyGiven: boolean): PageSpec {
    return {
      match: `${partyGiven ? 'MATCH (:Entity {id: $partyId})<-[:SUBJECT|OBJECT]-(f:Fact)' : 'MATCH (f:Fact)'}
              WHERE ${FACT_FILTER('f')} AND ($status IS NULL OR f.status = $status)
              WITH DISTINCT f`,
      carry: 'f',
      key: ["coalesce(f.lastSeen, '')", 'f.id'],
      dirs: ['DESC', 'ASC'],
      node: RELATION('f'),
    };
  }

  deals(f: DealFilter, page: PageArgs) {
    return this.page<RelationRecord>(this.dealsSpec(f.partyId != null), { ...f }, page);
  }

  countDeals(f: DealFilter) {
    return this.count(this.dealsSpec(f.partyId != null), { ...f });
  }

  /** Facts changed after `afterSeq`, in commit order, with tombstones for removed ones. */
  changes(afterSeq: number, first: number): Promise<KeyedRow<ChangeRecord>[]> {
    return this.rows<KeyedRow<ChangeRecord>>(
      `CALL () {
         MATCH (f:Fact) WHERE f.seq > $afterSeq RETURN f.seq AS seq, f.id AS factId
         UNION ALL
         MATCH (t:RemovedFact) WHERE t.seq > $afterSeq RETURN t.seq AS seq, t.id AS factId
       }
       WITH seq, factId ORDER BY seq LIMIT $limit
       OPTIONAL MATCH (f:Fact {id: factId})
       RETURN {key: [seq], node: {seq: seq, factId: factId, kind: CASE WHEN f IS NULL THEN 'REMOVED' ELSE 'UPSERTED' END,
               relation: CASE WHEN f IS NULL THEN null ELSE ${RELATION('f')} END}} AS row`,
      { afterSeq: int(afterSeq), limit: int(first + 1) },
    );
  }

  async neighbourhood(id: string, opts: TimelineFilter & { depth: number; first: number }): Promise<NeighbourhoodRecord | null> {
    const [row] = await this.rows<NeighbourhoodRecord>(
      `MATCH (c:Entity {id: $id})
       CALL (c) {
         MATCH (c)<-[:SUBJECT|OBJECT]-(f:Fact) WHERE ${FACT_FILTER('f')}
         WITH DISTINCT f ORDER BY COUNT { (f)-[:EVIDENCE]->() } DESC, f.confidence DESC, f.id LIMIT $first
         RETURN collect(f) AS hop1
       }
       CALL (c, hop1) {
         UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS f1
         MATCH (f1)-[:SUBJECT|OBJECT]->(n1:Entity) WHERE n1 <> c
         MATCH (n1)<-[:SUBJECT|OBJECT]-(f:Fact) WHERE NOT f IN hop1 AND ${FACT_FILTER('f')}
         WITH DISTINCT f ORDER BY COUNT { (f)-[:EVIDENCE]->() } DESC, f.confidence DESC, f.id LIMIT $first
         RETURN collect(f) AS hop2
       }
       WITH c, hop1, hop2, COLLECT { UNWIND hop1 AS f MATCH (f)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c RETURN DISTINCT n } AS near
       WITH c, hop1, hop2, near,
            COLLECT { UNWIND hop2 AS f MATCH (f)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c AND NOT n IN near RETURN DISTINCT n } AS far
       RETURN {center: ${ENTITY('c')},
               entities: COLLECT { UNWIND near AS n RETURN {entity: ${ENTITY('n')}, distance: 1} AS x ORDER BY n.name }
                       + COLLECT { UNWIND far AS n RETURN {entity: ${ENTITY('n')}, distance: 2} AS x ORDER BY n.name },
               relations: COLLECT { UNWIND hop1 + hop2 AS r RETURN ${RELATION('r')} }} AS row`,
      { id, types: opts.types, since: opts.since, until: opts.until, depth: int(opts.depth), first: int(opts.first) },
    );
    return row ?? null;
  }

  /** Shortest chain of facts between two entities; `maxLength` is a validated integer (Cypher cannot take quantifier bounds as parameters). */
  async path(fromId: string, toId: string, types: RelationType[] | null, maxLength: number): Promise<PathRecord | null> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw new RangeError('maxLength must be 1..6');
    if (fromId === toId) {
      const e = await this.entityById(fromId);
      return e && { length: 0, entities: [e], relations: [] };
    }
    const [row] = await this.rows<PathRecord>(
      `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
       MATCH p = SHORTEST 1 (a) (()<-[:SUBJECT|OBJECT]-(f:Fact WHERE $types IS NULL OR f.type IN $types)-[:SUBJECT|OBJECT]->()){1,${maxLength}} (b)
       RETURN {length: size(f),
               entities: COLLECT { UNWIND nodes(p) AS n WITH n WHERE n:Entity RETURN ${ENTITY('n')} },
               relations: COLLECT { UNWIND f AS r RETURN ${RELATION('r')} }} AS row`,
      { fromId, toId, types },
    );
    return row ?? null;
  }

  async stats(): Promise<StatsRecord> {
    const byType = (match: string, prop: string) =>
      `COLLECT { MATCH ${match} WITH ${prop} AS type, count(*) AS count RETURN {type: type, count: count} AS t ORDER BY t.type }`;
    const [row] = await this.rows<StatsRecord>(
      `RETURN {articles: COUNT { (:Article) }, entities: COUNT { (:Entity) }, relations: COUNT { (:Fact) },
               chipPrograms: COUNT { (:ChipProgram) },
               relationsByType: ${byType('(f:Fact)', 'f.type')},
               entitiesByType: ${byType('(e:Entity)', 'e.type')},
               articlesByLanguage: ${byType('(a:Article)', 'a.language')},
               lastChange: coalesce(COLLECT { MATCH (s:Sequence {name: 'changes'}) RETURN s.value }[0], 0)} AS row`,
      {},
    );
    return row!;
  }
}
