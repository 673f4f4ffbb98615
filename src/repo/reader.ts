import { int, type Driver } from 'neo4j-driver';
import { nameKey, toSimplified } from '../extract/normalize';
import type { EntityType, RelationType, ProgramStatus } from '../extract/types';
import type { ArticleRecord, ChipProgramRecord, Direction, EntityRecord, RelationRecord, SearchHitRecord, StatsRecord } from './types';

// Cypher fragments that project nodes to the plain records of ./types.
const ENTITY = (v: string) => `${v} {.id, .name, .type, aliases: coalesce(${v}.aliases, []), mentionCount: COUNT { (:Article)-[:MENTIONS]->(${v}) }}`;
const ARTICLE = (v: string) => `${v} {.id, .title, .language, .publishedAt, .source, .url}`;
const EVIDENCE = (rel: string, art: string) => `{article: ${ARTICLE(art)}, quote: ${rel}.quote, start: ${rel}.start, end: ${rel}.end}`;

/** Read side of the graph: every method is one parameterized Cypher query returning plain records. */
export class GraphReader {
  constructor(private readonly driver: Driver, private readonly database?: string) {}

  private async rows<T>(cypher: string, params: Record<string, unknown>, key = 'row'): Promise<T[]> {
    const res = await this.driver.executeQuery(cypher, params, { database: this.database, routing: 'READ' });
    return res.records.map((r) => r.get(key) as T);
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
       RETURN {entity: ${ENTITY('node')}, score: score} AS row ORDER BY score DESC, node.id LIMIT $first`,
      { lucene, types, key: nameKey(query), first: int(first) },
    );
  }

  async relations(entityId: string, types: RelationType[] | null, direction: Direction, first: number): Promise<RelationRecord[]> {
    const pattern =
      direction === 'OUTGOING' ? '(f:Fact)-[:SUBJECT]->(e)' : direction === 'INCOMING' ? '(f:Fact)-[:OBJECT]->(e)' : '(f:Fact)-[:SUBJECT|OBJECT]->(e)';
    return this.rows<RelationRecord>(
      `MATCH (e:Entity {id: $id}) MATCH ${pattern}
       WHERE $types IS NULL OR f.type IN $types
       WITH DISTINCT f
       MATCH (f)-[:SUBJECT]->(s:Entity), (f)-[:OBJECT]->(o:Entity)
       CALL (f) {
         MATCH (f)-[ev:EVIDENCE]->(a:Article)
         WITH ev, a ORDER BY a.publishedAt, a.id, ev.start
         RETURN collect(${EVIDENCE('ev', 'a')}) AS evidence
       }
       RETURN {id: f.id, type: f.type, status: f.status, role: f.role, confidence: f.confidence,
               subject: ${ENTITY('s')}, object: ${ENTITY('o')}, evidence: evidence} AS row
       ORDER BY size(evidence) DESC, row.confidence DESC, row.id LIMIT $first`,
      { id: entityId, types, first: int(first) },
    );
  }

  async chipPrograms(filter: { ownerId?: string; status?: ProgramStatus | null; first: number }): Promise<ChipProgramRecord[]> {
    return this.rows<ChipProgramRecord>(
      `MATCH (cp:ChipProgram)-[:OWNED_BY]->(owner:Entity)
       WHERE $ownerId IS NULL OR owner.id = $ownerId
       CALL (cp) {
         MATCH (cp)-[ev:EVIDENCE]->(a:Article)
         WITH ev, a ORDER BY a.publishedAt DESC, a.id DESC, ev.start
         RETURN collect(${EVIDENCE('ev', 'a')}) AS evidence, collect(ev.status)[0] AS status, min(ev.since) AS since
       }
       WITH cp, owner, evidence, coalesce(status, 'developing') AS status, since
       WHERE $status IS NULL OR status = $status
       RETURN {id: cp.id, owner: ${ENTITY('owner')}, status: status, since: since, evidence: evidence,
               chips: COLLECT { MATCH (cp)-[:HAS_CHIP]->(c) RETURN ${ENTITY('c')} ORDER BY c.name },
               partners: COLLECT { MATCH (cp)-[:PARTNER]->(q) RETURN ${ENTITY('q')} ORDER BY q.name }} AS row
       ORDER BY row.owner.name LIMIT $first`,
      { ownerId: filter.ownerId ?? null, status: filter.status ?? null, first: int(filter.first) },
    );
  }

  async articles(first: number, mentioning?: string): Promise<ArticleRecord[]> {
    return this.rows<ArticleRecord>(
      `MATCH (a:Article) WHERE $entityId IS NULL OR EXISTS { (a)-[:MENTIONS]->(:Entity {id: $entityId}) }
       RETURN ${ARTICLE('a')} AS row ORDER BY a.publishedAt DESC, a.id LIMIT $first`,
      { first: int(first), entityId: mentioning ?? null },
    );
  }

  async article(id: string, withText = true): Promise<ArticleRecord | null> {
    const [row] = await this.rows<ArticleRecord>(
      `MATCH (a:Article {id: $id}) RETURN a {.id, .title, .language, .publishedAt, .source, .url${withText ? ', .text' : ''}} AS row`,
      { id },
    );
    return row ?? null;
  }

  async stats(): Promise<StatsRecord> {
    const [row] = await this.rows<StatsRecord>(
      `RETURN {articles: COUNT { (:Article) }, entities: COUNT { (:Entity) }, relations: COUNT { (:Fact) },
               chipPrograms: COUNT { (:ChipProgram) },
               relationsByType: COLLECT { MATCH (f:Fact) WITH f.type AS type, count(*) AS count RETURN {type: type, count: count} ORDER BY type }} AS row`,
      {},
    );
    return row!;
  }
}
