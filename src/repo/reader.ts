import { int, type Driver } from 'neo4j-driver';
import { openSession, runQuery, translate } from './session';
import { badInput } from '../errors';
import { nameKey, toSimplified } from '../extract/normalize';
import type { EntityType, RelationType, ProgramStatus, DealStatus } from '../extract/types';
import { matchOf, pageCypher, pageRow, type PageArgs, type PageSpec } from './paging';
import { BY_NAME, ENTITY, FACT_FILTER, PROGRAM, RELATION, aliasKeys, evidenceSpec, programParamsOf, relationParams } from './projections';
import { articlesSpec, auditSpec, bestFacts, dealsSpec, programsSpec, relationsSpec, timelineSpec, type DealsQuery } from './specs';
import {
  ARTICLE_FIELDS,
  FULL_ENTITY,
  FULL_PROGRAM,
  FULL_RELATION,
  type EntityShape,
  type ProgramShape,
  type RelationShape,
} from './shapes';
import type {
  ArticleRecord,
  ChangeRecord,
  ChipProgramRecord,
  DateWindow,
  Direction,
  EntityRecord,
  EvidenceRecord,
  KeyedRow,
  NeighbourhoodRecord,
  PathRecord,
  RelationRecord,
  SearchHitRecord,
  StatsRecord,
  TimelineEntryRecord,
} from './types';

import type { CurationRecord } from './curator';
export type { PageArgs } from './paging';

/** What a follower of the change feed wants: some relation types, or the facts of one entity (by id). */
export interface ChangeFilter {
  types: RelationType[] | null;
  entityId: string | null;
}
const NO_CHANGE_FILTER: ChangeFilter = { types: null, entityId: null };

export interface RelationFilter {
  types: RelationType[] | null;
  direction: Direction;
}

export interface TimelineFilter extends DateWindow {
  types: RelationType[] | null;
}

export interface ProgramFilter {
  /** Any spelling of the owner; resolved inside the programs query. */
  owner: string | null;
  status: ProgramStatus | null;
}

export interface DealFilter extends DateWindow {
  /** Any spelling of a party; resolved inside the deals query. */
  party: string | null;
  types: RelationType[];
  status: DealStatus | null;
}

const keysOf = (name: string | null) => (name == null ? null : aliasKeys(name));
const programParams = (f: ProgramFilter) => ({ status: f.status, ownerKeys: keysOf(f.owner) });
/** Which filters a deals query is built with (see dealsSpec), and its parameters: those of these filters only. */
function dealsQuery(f: DealFilter): { given: DealsQuery; params: Record<string, unknown> } {
  const given = { party: f.party != null, window: f.since != null || f.until != null, status: f.status != null };
  const params: Record<string, unknown> = { types: f.types };
  if (f.party != null) params.partyKeys = aliasKeys(f.party);
  if (given.window) Object.assign(params, { since: f.since, until: f.until });
  if (given.status) params.status = f.status;
  return { given, params };
}

const INDENTATION = /\n[ \t]+/g;

/** Read side of the graph: every method is one parameterized Cypher query returning plain records. */
export class GraphReader {
  /** Cypher queries sent so far (tests use it to show that a request costs a bounded number of queries). */
  queries = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
    /** Told how long each query took (metrics). */
    private readonly observe?: (kind: 'read', seconds: number) => void,
  ) {}

  private async rows<T>(cypher: string, params: Record<string, unknown>, key = 'row'): Promise<T[]> {
    this.queries++;
    const started = performance.now();
    // An auto-commit read: one round trip (RUN and PULL pipelined), where a managed transaction
    // would add BEGIN and COMMIT exchanges to every query.
    const session = openSession(this.driver, this.database, 'READ');
    try {
      // Sent without the indentation of the templates: the driver writes a query to Neo4j 1,400
      // bytes at a time (a socket write and a wake-up of Neo4j each), and indentation is a twentieth
      // of a page query. (No query holds a string literal that spans lines.)
      const res = await runQuery(session, cypher.replace(INDENTATION, '\n'), params);
      return res.records.map((r) => r.get(key) as T);
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
      this.observe?.('read', (performance.now() - started) / 1000);
    }
  }

  private async page<T>(spec: PageSpec<T>, params: Record<string, unknown>, page: PageArgs): Promise<KeyedRow<T>[]> {
    const rows = await this.rows(pageCypher(spec), { ...params, after: page.after, limit: int(page.first + 1) });
    return rows.map(pageRow(spec.node));
  }

  /** The same page for many entities in one query (DataLoader batches); `spec.match` sees the entity id as `id`. */
  /**
   * One value per id, in the order of `ids` (`missing` where the query finds none), in one query:
   * `body` sees each id as `id` and binds `value` (DataLoader batches come through here).
   */
  private async byIds<T>(
    ids: readonly string[],
    body: string,
    params: Record<string, unknown>,
    missing: T,
    decode: (wire: unknown) => T = (wire) => wire as T,
  ): Promise<T[]> {
    const found = await this.rows<[string, unknown]>(`UNWIND $ids AS id ${body} RETURN [id, value] AS row`, { ...params, ids });
    const byId = new Map(found.map(([id, value]) => [id, value]));
    return ids.map((id) => {
      const value = byId.get(id);
      return value == null ? missing : decode(value);
    });
  }

  private pageMany<T>(
    ids: readonly string[],
    spec: PageSpec<T>,
    params: Record<string, unknown>,
    page: PageArgs,
  ): Promise<KeyedRow<T>[][]> {
    const body = `CALL (id) { ${pageCypher(spec)} } WITH id, collect(row) AS value`;
    const row = pageRow(spec.node);
    return this.byIds<KeyedRow<T>[]>(ids, body, { ...params, after: page.after, limit: int(page.first + 1) }, [], (rows) =>
      (rows as unknown[]).map(row),
    );
  }

  private countMany(ids: readonly string[], spec: PageSpec, params: Record<string, unknown>): Promise<number[]> {
    return this.byIds(ids, `CALL (id) { ${matchOf(spec, 'null')} RETURN count(*) AS value }`, params, 0);
  }

  private async count(spec: PageSpec, params: Record<string, unknown>): Promise<number> {
    const [n] = await this.rows<number>(`${matchOf(spec, 'null')} RETURN count(*) AS row`, params);
    return n ?? 0;
  }

  /** Entities by id, in the order of `ids` (null where there is none); the shape must include the id. */
  async entitiesByIds(ids: readonly string[], shape: EntityShape = FULL_ENTITY): Promise<(EntityRecord | null)[]> {
    const entity = ENTITY('e', shape);
    const query = (keys: readonly string[]) =>
      this.byIds<EntityRecord | null>(keys, `MATCH (e:Entity {id: id}) WITH id, ${entity.cypher} AS value`, {}, null, entity.decode);
    const found = await query(ids);
    // An id merged into another entity answers with the survivor.
    const survivors = await this.survivors(ids.filter((_, i) => !found[i]));
    if (!survivors.size) return found;
    const moved = await query([...new Set(survivors.values())]);
    const byKey = new Map([...new Set(survivors.values())].map((k, i) => [k, moved[i] ?? null]));
    return found.map((e, i) => e ?? byKey.get(survivors.get(ids[i]!) ?? '') ?? null);
  }

  /** Where merged entity ids lead now (the surviving entity's id), for those of `ids` that were merged. */
  async survivors(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    let current = new Map(ids.map((id) => [id, id]));
    for (let hop = 0; hop < 16 && current.size; hop++) {
      const rows = await this.rows<{ id: string; into: string }>(
        "UNWIND $ids AS id MATCH (c:Curation {kind: 'MERGE', entity: id}) WHERE c.active RETURN {id: id, into: c.into} AS row",
        { ids: [...new Set(current.values())] },
      );
      const into = new Map(rows.map((r) => [r.id, r.into]));
      const next = new Map<string, string>();
      for (const [origin, at] of current) {
        const to = into.get(at);
        if (to !== undefined) {
          out.set(origin, to);
          next.set(origin, to);
        }
      }
      current = next;
    }
    return out;
  }

  /** The audit log: curations, newest first (optionally one kind). */
  auditLog(kind: string | null, page: PageArgs) {
    return this.page<CurationRecord>(auditSpec(), { kind }, page);
  }

  countAuditLog(kind: string | null) {
    return this.count(auditSpec(), { kind });
  }

  /** Facts by id, in the order of `ids` (null where there is none). */
  relationsByIds(ids: readonly string[], shape: RelationShape = FULL_RELATION): Promise<(RelationRecord | null)[]> {
    const relation = RELATION('f', shape);
    return this.byIds<RelationRecord | null>(
      ids,
      `MATCH (f:Fact {id: id}) WITH id, ${relation.cypher} AS value`,
      relationParams(shape),
      null,
      relation.decode,
    );
  }

  async entityById(id: string, shape: EntityShape = FULL_ENTITY): Promise<EntityRecord | null> {
    const found = (await this.entityWith({ id }, shape, {}))?.entity ?? null;
    const merged = found ? undefined : (await this.survivors([id])).get(id);
    return merged ? this.entityById(merged, shape) : found;
  }

  /** Any spelling: exact alias key (the most mentioned entity wins when a key is shared). */
  async entityByName(name: string, shape: EntityShape = FULL_ENTITY): Promise<EntityRecord | null> {
    return (await this.entityWith({ name }, shape, {}))?.entity ?? null;
  }

  /**
   * One entity (by id or any name) with the first page of its relations and/or articles, in one
   * query: the root `entity` field prefetches what its selection asks for, saving a round trip each.
   */
  async entityWith(
    ref: { id: string } | { name: string },
    shape: EntityShape,
    pre: {
      relations?: { filter: RelationFilter; page: PageArgs; shape: RelationShape };
      articles?: { page: PageArgs; fields?: readonly string[] };
    },
  ): Promise<{ entity: EntityRecord; relations?: KeyedRow<RelationRecord>[]; articles?: KeyedRow<ArticleRecord>[] } | null> {
    const byId = 'id' in ref;
    const params: Record<string, unknown> = byId ? { id: ref.id } : { keys: aliasKeys(ref.name) };
    const find = byId ? 'MATCH (e:Entity {id: $id})' : BY_NAME('e', '$keys');
    const entity = ENTITY('e', shape);
    const relations = pre.relations && relationsSpec(pre.relations.filter, pre.relations.shape);
    const articles = pre.articles && articlesSpec(true, pre.articles.fields);
    const parts = [entity.cypher, relations ? `COLLECT { ${pageCypher(relations, 'r_')} }` : 'null'];
    if (pre.relations) {
      Object.assign(params, {
        types: pre.relations.filter.types,
        r_after: pre.relations.page.after,
        r_limit: int(pre.relations.page.first + 1),
        ...relationParams(pre.relations.shape),
      });
    }
    parts.push(articles ? `COLLECT { ${pageCypher(articles, 'a_')} }` : 'null');
    if (pre.articles) Object.assign(params, { a_after: pre.articles.page.after, a_limit: int(pre.articles.page.first + 1) });
    const [row] = await this.rows<[unknown, unknown[] | null, unknown[] | null]>(
      `${find} WITH e, e.id AS id RETURN [${parts.join(', ')}] AS row`,
      params,
    );
    if (!row) return null;
    const found: { entity: EntityRecord; relations?: KeyedRow<RelationRecord>[]; articles?: KeyedRow<ArticleRecord>[] } = {
      entity: entity.decode(row[0]),
    };
    if (relations) found.relations = row[1]!.map(pageRow(relations.node));
    if (articles) found.articles = row[2]!.map(pageRow(articles.node));
    return found;
  }

  /** An id, else any name. */
  async entityByIdOrName(ref: string, shape: EntityShape = FULL_ENTITY): Promise<EntityRecord | null> {
    return (await this.entityById(ref, shape)) ?? this.entityByName(ref, shape);
  }

  async search(query: string, types: EntityType[] | null, first: number, shape: EntityShape = FULL_ENTITY): Promise<SearchHitRecord[]> {
    const terms = [...new Set([query, toSimplified(query), nameKey(query)])]
      .map((t) => t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ').trim())
      .filter(Boolean);
    if (!terms.length) return [];
    const lucene = terms.map((t) => `"${t}"`).join(' OR ');
    const entity = ENTITY('node', shape);
    const hits = await this.rows<[unknown, number]>(
      `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
       WHERE $types IS NULL OR node.type IN $types
       WITH node, score + CASE WHEN $key IN node.keys THEN 100.0 ELSE 0.0 END AS score
       ORDER BY score DESC, node.id LIMIT $first
       RETURN [${entity.cypher}, score] AS row`,
      { lucene, types, key: nameKey(query), first: int(first) },
    );
    return hits.map(([e, score]) => ({ entity: entity.decode(e), score }));
  }

  // ---- Per-entity pages (batched over many entities by the resolvers' DataLoaders) ----

  relationsOf(ids: readonly string[], f: RelationFilter, page: PageArgs, shape: RelationShape = FULL_RELATION) {
    return this.pageMany<RelationRecord>(ids, relationsSpec(f, shape), { types: f.types, ...relationParams(shape) }, page);
  }

  countRelationsOf(ids: readonly string[], f: RelationFilter) {
    return this.countMany(ids, relationsSpec(f), { types: f.types });
  }

  timelineOf(ids: readonly string[], f: TimelineFilter, page: PageArgs, shape: RelationShape = FULL_RELATION) {
    return this.pageMany<TimelineEntryRecord>(ids, timelineSpec(shape), { ...f, ...relationParams(shape) }, page);
  }

  countTimelineOf(ids: readonly string[], f: TimelineFilter) {
    return this.countMany(ids, timelineSpec(), { ...f });
  }

  articlesMentioning(ids: readonly string[], page: PageArgs, fields: readonly string[] = ARTICLE_FIELDS) {
    return this.pageMany<ArticleRecord>(ids, articlesSpec(true, fields), {}, page);
  }

  countArticlesMentioning(ids: readonly string[]) {
    return this.countMany(ids, articlesSpec(true), {});
  }

  mentionCounts(ids: readonly string[]): Promise<number[]> {
    return this.byIds(ids, 'MATCH (e:Entity {id: id}) WITH id, COUNT { (e)<-[:MENTIONS]-() } AS value', {}, 0);
  }

  chipProgramsOf(ownerIds: readonly string[], shape: ProgramShape = FULL_PROGRAM): Promise<(ChipProgramRecord | null)[]> {
    const program = PROGRAM('cp', shape);
    const body = `MATCH (cp:ChipProgram {id: id}) WITH id, ${program.cypher} AS value`;
    return this.byIds<ChipProgramRecord | null>(ownerIds, body, programParamsOf(shape), null, program.decode);
  }

  articleTexts(ids: readonly string[]): Promise<(string | null)[]> {
    return this.byIds<string | null>(ids, 'MATCH (a:Article {id: id}) WITH id, a.text AS value', {}, null);
  }

  /** A page of the evidence of many facts or programs (when it was not projected with them). */
  evidenceOf(ids: readonly string[], label: 'Fact' | 'ChipProgram', page: PageArgs, fields: readonly string[]) {
    return this.pageMany<EvidenceRecord>(ids, evidenceSpec('x', fields, `x:${label} {id: id}`, 'id'), {}, page);
  }

  countEvidenceOf(ids: readonly string[], label: 'Fact' | 'ChipProgram') {
    return this.countMany(ids, evidenceSpec('x', [], `x:${label} {id: id}`), {});
  }

  // ---- Top-level pages ----

  /** The newest articles, projecting `fields` (id always). */
  articles(page: PageArgs, fields: readonly string[] = ARTICLE_FIELDS) {
    return this.page<ArticleRecord>(articlesSpec(false, fields), {}, page);
  }

  countArticles() {
    return this.count(articlesSpec(false), {});
  }

  async article(id: string): Promise<ArticleRecord | null> {
    const [row] = await this.rows<ArticleRecord>(
      `MATCH (a:Article {id: $id}) RETURN a {.id, .title, .language, .publishedAt, .source, .url, .text} AS row`,
      { id },
    );
    return row ?? null;
  }

  chipPrograms(filter: ProgramFilter, page: PageArgs, shape: ProgramShape = FULL_PROGRAM) {
    return this.page<ChipProgramRecord>(
      programsSpec(filter.owner != null, filter.status != null, shape),
      { ...programParams(filter), ...programParamsOf(shape) },
      page,
    );
  }

  countChipPrograms(filter: ProgramFilter) {
    return this.count(programsSpec(filter.owner != null, filter.status != null), programParams(filter));
  }

  deals(f: DealFilter, page: PageArgs, shape: RelationShape = FULL_RELATION) {
    const { given, params } = dealsQuery(f);
    return this.page<RelationRecord>(dealsSpec(given, shape), { ...params, ...relationParams(shape) }, page);
  }

  countDeals(f: DealFilter) {
    const { given, params } = dealsQuery(f);
    return this.count(dealsSpec(given), params);
  }

  /**
   * Facts changed after `afterSeq`, in commit order, with tombstones for removed ones; `filter`
   * keeps some relation types, or the facts an entity (by id) takes part in.
   */
  async changes(
    afterSeq: number,
    first: number,
    shape: RelationShape = FULL_RELATION,
    filter: ChangeFilter = NO_CHANGE_FILTER,
  ): Promise<KeyedRow<ChangeRecord>[]> {
    const relation = RELATION('f', shape);
    const rows = await this.rows<KeyedRow<ChangeRecord>>(
      `CALL () {
         MATCH (f:Fact) WHERE f.seq > $afterSeq AND ($types IS NULL OR f.type IN $types)
           AND ($entity IS NULL OR EXISTS { (f)-[:SUBJECT|OBJECT]->(:Entity {id: $entity}) })
         RETURN f.seq AS seq, f.id AS factId
         UNION ALL
         MATCH (t:RemovedFact) WHERE t.seq > $afterSeq AND ($types IS NULL OR t.type IN $types)
           AND ($entity IS NULL OR $entity IN [t.subjectId, t.objectId])
         RETURN t.seq AS seq, t.id AS factId
       }
       WITH seq, factId ORDER BY seq LIMIT $limit
       OPTIONAL MATCH (f:Fact {id: factId})
       RETURN {key: [seq], node: {seq: seq, factId: factId, kind: CASE WHEN f IS NULL THEN 'REMOVED' ELSE 'UPSERTED' END,
               relation: CASE WHEN f IS NULL THEN null ELSE ${relation.cypher} END}} AS row`,
      { afterSeq: int(afterSeq), limit: int(first + 1), types: filter.types, entity: filter.entityId, ...relationParams(shape) },
    );
    for (const row of rows) if (row.node.relation != null) row.node.relation = relation.decode(row.node.relation);
    return rows;
  }

  /** The sequence number of the latest change (0 before any). */
  async lastChange(): Promise<number> {
    const [n] = await this.rows<number>(
      "RETURN coalesce(COLLECT { MATCH (s:Sequence {name: 'changes'}) RETURN s.value }[0], 0) AS row",
      {},
    );
    return n ?? 0;
  }

  async neighbourhood(
    id: string,
    opts: TimelineFilter & { depth: number; first: number },
    shape: { center: EntityShape; entity: EntityShape; relation: RelationShape } = {
      center: FULL_ENTITY,
      entity: FULL_ENTITY,
      relation: FULL_RELATION,
    },
  ): Promise<NeighbourhoodRecord | null> {
    const center = ENTITY('c', shape.center);
    const entity = ENTITY('n', shape.entity);
    const relation = RELATION('r', shape.relation);
    const [row] = await this.rows<NeighbourhoodRecord>(
      `MATCH (c:Entity {id: $id})
       CALL (c) {
         WITH c.id AS cid
         ${bestFacts('cid', 'cid', '$first', FACT_FILTER('f'))}
         RETURN collect(f) AS hop1
       }
       CALL (c, hop1) {
         UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS f1
         MATCH (f1)-[:SUBJECT|OBJECT]->(n1:Entity) WHERE n1 <> c
         WITH DISTINCT n1.id AS nid, hop1
         ${bestFacts('nid, hop1', 'nid', '$first', `NOT f IN hop1 AND ${FACT_FILTER('f')}`)}
         RETURN collect(f) AS hop2
       }
       WITH c, hop1, hop2, COLLECT { UNWIND hop1 AS f MATCH (f)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c RETURN DISTINCT n } AS near
       WITH c, hop1, hop2, near,
            COLLECT { UNWIND hop2 AS f MATCH (f)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c AND NOT n IN near RETURN DISTINCT n } AS far
       RETURN {center: ${center.cypher},
               entities: COLLECT { UNWIND near AS n RETURN {entity: ${entity.cypher}, distance: 1} AS x ORDER BY n.name }
                       + COLLECT { UNWIND far AS n RETURN {entity: ${entity.cypher}, distance: 2} AS x ORDER BY n.name },
               relations: COLLECT { UNWIND hop1 + hop2 AS r RETURN ${relation.cypher} }} AS row`,
      {
        id,
        types: opts.types,
        since: opts.since,
        until: opts.until,
        depth: int(opts.depth),
        first: int(opts.first),
        ...relationParams(shape.relation),
      },
    );
    if (!row) return null;
    return {
      center: center.decode(row.center),
      entities: row.entities.map((x) => ({ entity: entity.decode(x.entity), distance: x.distance })),
      relations: row.relations.map(relation.decode),
    };
  }

  /** Shortest chain of facts between two entities; `maxLength` is a validated integer (Cypher cannot take quantifier bounds as parameters). */
  async path(
    fromId: string,
    toId: string,
    types: RelationType[] | null,
    maxLength: number,
    shape: { entity: EntityShape; relation: RelationShape } = { entity: FULL_ENTITY, relation: FULL_RELATION },
  ): Promise<PathRecord | null> {
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > 6) throw badInput('"maxLength" must be between 1 and 6.');
    if (fromId === toId) {
      const e = await this.entityById(fromId, shape.entity);
      return e && { length: 0, entities: [e], relations: [] };
    }
    const entity = ENTITY('n', shape.entity);
    const relation = RELATION('r', shape.relation);
    const [row] = await this.rows<PathRecord>(
      `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
       MATCH p = SHORTEST 1 (a) (()<-[:SUBJECT|OBJECT]-(f:Fact WHERE $types IS NULL OR f.type IN $types)-[:SUBJECT|OBJECT]->()){1,${maxLength}} (b)
       RETURN {length: size(f),
               entities: COLLECT { UNWIND nodes(p) AS n WITH n WHERE n:Entity RETURN ${entity.cypher} },
               relations: COLLECT { UNWIND f AS r RETURN ${relation.cypher} }} AS row`,
      { fromId, toId, types, ...relationParams(shape.relation) },
    );
    return row ? { length: row.length, entities: row.entities.map(entity.decode), relations: row.relations.map(relation.decode) } : null;
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
