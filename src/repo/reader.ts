import { int, type Driver } from 'neo4j-driver';
import { translate } from './session';
import { badInput } from '../errors';
import { nameKey, toSimplified } from '../extract/normalize';
import type { EntityType, RelationType, ProgramStatus, DealStatus } from '../extract/types';
import {
  ARTICLE_FIELDS,
  FULL_ENTITY,
  FULL_PROGRAM,
  FULL_RELATION,
  type EntityShape,
  type EvidenceShape,
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
  SortKey,
  StatsRecord,
  TimelineEntryRecord,
} from './types';

// Cypher fragments that project nodes to the plain records of ./types, with only the parts a shape
// asks for. Variables introduced inside subqueries are prefixed with the projected variable so they
// never capture an outer variable.
const ENTITY = (v: string, shape: EntityShape = FULL_ENTITY) => {
  const parts = shape.fields.filter((f) => f !== 'aliases').map((f) => `.${f}`);
  if (shape.fields.includes('aliases')) parts.push(`aliases: coalesce(${v}.aliases, [])`);
  if (shape.mentionCount) parts.push(`mentionCount: COUNT { (${v})<-[:MENTIONS]-() }`);
  return `${v} {${parts.join(', ')}}`;
};
const ARTICLE = (v: string, fields: readonly string[] = ARTICLE_FIELDS) =>
  `${v} {.id${fields
    .filter((f) => f !== 'id')
    .map((f) => `, .${f}`)
    .join('')}}`;
const EVIDENCE = (rel: string, art: string, fields?: readonly string[]) =>
  `{article: ${ARTICLE(art, fields)}, quote: ${rel}.quote, start: ${rel}.start, end: ${rel}.end}`;
/**
 * A page of the evidence of fact or program `x` (bound by `anchor`), newest article first; its
 * parameters and key variables are prefixed with `p` (see pageCypher).
 */
const evidenceSpec = (x: string, fields: readonly string[], anchor = x): PageSpec => ({
  match: `MATCH (${anchor})-[${x}_e:EVIDENCE]->(${x}_a:Article)`,
  carry: `${x}_e, ${x}_a`,
  key: [`coalesce(${x}_a.sortDate, '')`, `${x}_a.id`, `${x}_e.start`],
  dirs: ['DESC', 'ASC', 'ASC'],
  node: EVIDENCE(`${x}_e`, `${x}_a`, fields),
});
// The evidence page projected with a relation ($rev_after, $rev_limit) or a program ($pev_after, $pev_limit).
const evidencePage = (x: string, shape: EvidenceShape, p: 'rev_' | 'pev_', total: string) =>
  `evidence: {total: ${total}, rows: COLLECT { ${pageCypher(evidenceSpec(x, shape.fields), p)} }}`;
/** The parameters of the evidence pages a relation or program shape projects (see evidencePage). */
const evidenceParams = (shape: { evidence: EvidenceShape | null } | undefined, p: 'rev_' | 'pev_') =>
  shape?.evidence ? { [`${p}after`]: shape.evidence.after, [`${p}limit`]: int(shape.evidence.first + 1) } : {};
const relationParams = (shape: RelationShape | undefined) => evidenceParams(shape, 'rev_');
const programParamsOf = (shape: ProgramShape | undefined) => evidenceParams(shape, 'pev_');
const RELATION = (f: string, shape: RelationShape = FULL_RELATION) => {
  const parts = [`${f} {.id, .type, .status, .role, .confidence`];
  if (shape.subject)
    parts.push(`subject: COLLECT { MATCH (${f})-[:SUBJECT]->(${f}_s:Entity) RETURN ${ENTITY(`${f}_s`, shape.subject)} }[0]`);
  if (shape.object) parts.push(`object: COLLECT { MATCH (${f})-[:OBJECT]->(${f}_o:Entity) RETURN ${ENTITY(`${f}_o`, shape.object)} }[0]`);
  if (shape.evidence) parts.push(evidencePage(f, shape.evidence, 'rev_', `coalesce(${f}.evidenceCount, 0)`));
  return `${parts.join(', ')}}`;
};
// A program's status is the one its latest article gives.
const PROGRAM_STATUS = (cp: string) =>
  `coalesce(COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->(${cp}_x:Article) RETURN ${cp}_e.status
                      ORDER BY ${cp}_x.publishedAt DESC, ${cp}_x.id DESC, ${cp}_e.start }[0], 'developing')`;
const PROGRAM = (cp: string, shape: ProgramShape = FULL_PROGRAM) => {
  const parts = [
    `id: ${cp}.id, owner: COLLECT { MATCH (${cp})-[:OWNED_BY]->(${cp}_o:Entity) RETURN ${ENTITY(`${cp}_o`, shape.owner)} }[0]`,
  ];
  if (shape.status) parts.push(`status: ${PROGRAM_STATUS(cp)}`);
  if (shape.since)
    parts.push(
      `since: COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->() WHERE ${cp}_e.since IS NOT NULL RETURN ${cp}_e.since ORDER BY ${cp}_e.since }[0]`,
    );
  if (shape.evidence) parts.push(evidencePage(cp, shape.evidence, 'pev_', `COUNT { (${cp})-[:EVIDENCE]->() }`));
  if (shape.chips)
    parts.push(`chips: COLLECT { MATCH (${cp})-[:HAS_CHIP]->(${cp}_c) RETURN ${ENTITY(`${cp}_c`, shape.chips)} ORDER BY ${cp}_c.name }`);
  if (shape.partners)
    parts.push(
      `partners: COLLECT { MATCH (${cp})-[:PARTNER]->(${cp}_q) RETURN ${ENTITY(`${cp}_q`, shape.partners)} ORDER BY ${cp}_q.name }`,
    );
  return `{${parts.join(', ')}}`;
};
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
  /**
   * A second plan for the same rows, for when there are many: `match(after)` reads them in key
   * order from an index, so the page stops after `limit` rows instead of sorting them all. `bind`
   * binds what `when(limit)` needs; `when` is evaluated once, and `match` sees it as `ordered`.
   */
  ordered?: { bind: string; when: (limit: string) => string; match: (after: string) => string };
  /** A WHERE for the last MATCH of `match` that lets an index start at the cursor (`after` is its parameter, or null). */
  seek?: (after: string) => string;
}

const matchOf = (spec: PageSpec, after: string) => (spec.seek ? `${spec.match} WHERE ${spec.seek(after)}` : spec.match);

/** The sort key (<p>k0, <p>k1, ...) comes after `$after` in the order `dirs` gives (lexicographic, per-position direction). */
function keysetCondition(dirs: Dir[], after: string, p: string): string {
  const terms = dirs.map((d, i) =>
    [...dirs.slice(0, i).map((_, j) => `${p}k${j} = ${after}[${j}]`), `${p}k${i} ${d === 'ASC' ? '>' : '<'} ${after}[${i}]`].join(' AND '),
  );
  return `(${after} IS NULL OR ${terms.map((t) => `(${t})`).join(' OR ')})`;
}

/**
 * The page query; its cursor and limit parameters are `$<p>after` and `$<p>limit`, and its key
 * variables `<p>k0`..., so several pages can share one query or nest inside each other.
 */
function pageCypher(spec: PageSpec, p = ''): string {
  const ks = spec.key.map((_, i) => `${p}k${i}`);
  const order = ks.map((k, i) => `${k} ${spec.dirs[i]}`).join(', ');
  const page = (match: string) => `${match}
    WITH ${spec.carry}, ${spec.key.map((k, i) => `${k} AS ${ks[i]}`).join(', ')}
    WHERE ${keysetCondition(spec.dirs, `$${p}after`, p)}
    WITH ${spec.carry}, ${ks.join(', ')} ORDER BY ${order} LIMIT $${p}limit
    RETURN {key: [${ks.join(', ')}], node: ${spec.node}} AS row`;
  const alt = spec.ordered;
  if (!alt) return page(matchOf(spec, `$${p}after`));
  // Both plans are compiled; the `ordered` flag lets only one of them read anything.
  return `${alt.bind} WITH *, ${alt.when(`$${p}limit`)} AS ordered
    CALL (*) { WITH * WHERE NOT ordered ${page(spec.match)}
               UNION ALL ${page(alt.match(`$${p}after`))} }
    RETURN row ORDER BY ${spec.dirs.map((d, i) => `row.key[${i}] ${d}`).join(', ')}`;
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

/** The alias keys any spelling of a name is stored under. */
const aliasKeys = (name: string) => [...new Set([nameKey(name), toSimplified(name)])];
const keysOf = (name: string | null) => (name == null ? null : aliasKeys(name));
const programParams = (f: ProgramFilter) => ({ status: f.status, ownerKeys: keysOf(f.owner) });
const dealParams = (f: DealFilter) => ({ ...f, partyKeys: keysOf(f.party) });

/** Binds `v` to the one entity a spelling names (alias keys in `keys`): the most mentioned when a key is shared. */
const BY_NAME = (v: string, keys: string) => `MATCH (${v}_k:Alias)-[:OF]->(${v}:Entity) WHERE ${v}_k.key IN ${keys}
  WITH DISTINCT ${v} ORDER BY COUNT { (${v})<-[:MENTIONS]-() } DESC, ${v}.id LIMIT 1`;

/**
 * The newest articles of an entity mentioned in many: walk the date index from the newest (or from
 * the cursor) and keep the articles that mention it, rather than sort every article it is in. With
 * d mentions out of n articles, a page of l costs about l·n/d index steps against d sorted rows;
 * the walk wins when d² > 3·l·n (it assumes mentions spread over time). Otherwise the seek bound is
 * null and the walk reads nothing.
 */
const MENTIONING_BY_DATE: PageSpec['ordered'] = {
  bind: 'MATCH (m:Entity {id: id})',
  when: (limit) => `COUNT { (m)<-[:MENTIONS]-() } ^ 2 > 3 * ${limit} * COUNT { (:Article) }`,
  match: (after) => `MATCH (a:Article) USING INDEX a:Article(sortDate)
    WHERE a.sortDate <= CASE WHEN ordered THEN coalesce(${after}[0], '\uffff') END AND (a)-[:MENTIONS]->(m)`,
};

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
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const res = await session.run(cypher, params);
      return res.records.map((r) => r.get(key) as T);
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
      this.observe?.('read', (performance.now() - started) / 1000);
    }
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
      `UNWIND $ids AS id CALL (id) { ${matchOf(spec, 'null')} RETURN count(*) AS n } RETURN {id: id, n: n} AS row`,
      { ...params, ids },
    );
    const byId = new Map(found.map((f) => [f.id, f.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  private async count(spec: PageSpec, params: Record<string, unknown>): Promise<number> {
    const [n] = await this.rows<number>(`${matchOf(spec, 'null')} RETURN count(*) AS row`, params);
    return n ?? 0;
  }

  async entityById(id: string, shape: EntityShape = FULL_ENTITY): Promise<EntityRecord | null> {
    return (await this.entityWith({ id }, shape, {}))?.entity ?? null;
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
    pre: { relations?: { filter: RelationFilter; page: PageArgs; shape: RelationShape }; articles?: { page: PageArgs } },
  ): Promise<{ entity: EntityRecord; relations?: KeyedRow<RelationRecord>[]; articles?: KeyedRow<ArticleRecord>[] } | null> {
    const byId = 'id' in ref;
    const params: Record<string, unknown> = byId ? { id: ref.id } : { keys: aliasKeys(ref.name) };
    const find = byId ? 'MATCH (e:Entity {id: $id})' : BY_NAME('e', '$keys');
    const parts = [`entity: ${ENTITY('e', shape)}`];
    if (pre.relations) {
      parts.push(`relations: COLLECT { ${pageCypher(this.relationsSpec(pre.relations.filter, pre.relations.shape), 'r_')} }`);
      Object.assign(params, {
        types: pre.relations.filter.types,
        r_after: pre.relations.page.after,
        r_limit: int(pre.relations.page.first + 1),
        ...relationParams(pre.relations.shape),
      });
    }
    if (pre.articles) {
      parts.push(`articles: COLLECT { ${pageCypher(this.articlesSpec(true), 'a_')} }`);
      Object.assign(params, { a_after: pre.articles.page.after, a_limit: int(pre.articles.page.first + 1) });
    }
    const [row] = await this.rows<{ entity: EntityRecord; relations?: KeyedRow<RelationRecord>[]; articles?: KeyedRow<ArticleRecord>[] }>(
      `${find} WITH e, e.id AS id RETURN {${parts.join(', ')}} AS row`,
      params,
    );
    return row ?? null;
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
    return this.rows<SearchHitRecord>(
      `CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
       WHERE $types IS NULL OR node.type IN $types
       WITH node, score + CASE WHEN $key IN node.keys THEN 100.0 ELSE 0.0 END AS score
       ORDER BY score DESC, node.id LIMIT $first
       RETURN {entity: ${ENTITY('node', shape)}, score: score} AS row`,
      { lucene, types, key: nameKey(query), first: int(first) },
    );
  }

  // ---- Per-entity pages (batched over many entities by the resolvers' DataLoaders) ----

  private relationsSpec(f: RelationFilter, shape: RelationShape = FULL_RELATION): PageSpec {
    return {
      match: `MATCH (:Entity {id: id})<-[${SIDE[f.direction]}]-(f:Fact) WHERE $types IS NULL OR f.type IN $types WITH DISTINCT f`,
      carry: 'f',
      key: ['f.evidenceCount', 'f.confidence', 'f.id'],
      dirs: ['DESC', 'DESC', 'ASC'],
      node: RELATION('f', shape),
    };
  }

  relationsOf(ids: readonly string[], f: RelationFilter, page: PageArgs, shape: RelationShape = FULL_RELATION) {
    return this.pageMany<RelationRecord>(ids, this.relationsSpec(f, shape), { types: f.types, ...relationParams(shape) }, page);
  }

  countRelationsOf(ids: readonly string[], f: RelationFilter) {
    return this.countMany(ids, this.relationsSpec(f), { types: f.types });
  }

  private timelineSpec(shape: RelationShape = FULL_RELATION): PageSpec {
    return {
      match: `MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE $types IS NULL OR f.type IN $types
              WITH DISTINCT f
              MATCH (f)-[ev:EVIDENCE]->(a:Article)
              WHERE ($since IS NULL OR a.publishedAt >= $since) AND ($until IS NULL OR a.publishedAt <= $until)`,
      carry: 'f, ev, a',
      key: ["coalesce(a.publishedAt, '9999-99-99')", 'f.id', 'a.id', 'ev.start'],
      dirs: ['ASC', 'ASC', 'ASC', 'ASC'],
      node: `{date: a.publishedAt, relation: ${RELATION('f', shape)}, evidence: ${EVIDENCE('ev', 'a')}}`,
    };
  }

  timelineOf(ids: readonly string[], f: TimelineFilter, page: PageArgs, shape: RelationShape = FULL_RELATION) {
    return this.pageMany<TimelineEntryRecord>(ids, this.timelineSpec(shape), { ...f, ...relationParams(shape) }, page);
  }

  countTimelineOf(ids: readonly string[], f: TimelineFilter) {
    return this.countMany(ids, this.timelineSpec(), { ...f });
  }

  private articlesSpec(mentioning: boolean): PageSpec {
    return {
      // sortDate is publishedAt, or '' when unknown, so undated articles come last and the index orders the rest.
      match: mentioning ? 'MATCH (m:Entity {id: id})<-[:MENTIONS]-(a:Article)' : 'MATCH (a:Article) WHERE a.sortDate IS NOT NULL',
      carry: 'a',
      key: ['a.sortDate', 'a.id'],
      dirs: ['DESC', 'ASC'],
      node: ARTICLE('a'),
      ordered: mentioning ? MENTIONING_BY_DATE : undefined,
    };
  }

  articlesMentioning(ids: readonly string[], page: PageArgs) {
    return this.pageMany<ArticleRecord>(ids, this.articlesSpec(true), {}, page);
  }

  countArticlesMentioning(ids: readonly string[]) {
    return this.countMany(ids, this.articlesSpec(true), {});
  }

  async mentionCounts(ids: readonly string[]): Promise<number[]> {
    const found = await this.rows<{ id: string; n: number }>(
      'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN {id: id, n: COUNT { (e)<-[:MENTIONS]-() }} AS row',
      { ids },
    );
    const byId = new Map(found.map((f) => [f.id, f.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }

  async chipProgramsOf(ownerIds: readonly string[], shape: ProgramShape = FULL_PROGRAM): Promise<(ChipProgramRecord | null)[]> {
    const found = await this.rows<ChipProgramRecord>(
      `UNWIND $ids AS id MATCH (cp:ChipProgram {id: id}) RETURN ${PROGRAM('cp', shape)} AS row`,
      { ids: ownerIds, ...programParamsOf(shape) },
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

  /** A page of the evidence of many facts or programs (when it was not projected with them). */
  evidenceOf(ids: readonly string[], label: 'Fact' | 'ChipProgram', page: PageArgs, fields: readonly string[]) {
    return this.pageMany<EvidenceRecord>(ids, evidenceSpec('x', fields, `x:${label} {id: id}`), {}, page);
  }

  countEvidenceOf(ids: readonly string[], label: 'Fact' | 'ChipProgram') {
    return this.countMany(ids, evidenceSpec('x', [], `x:${label} {id: id}`), {});
  }

  // ---- Top-level pages ----

  articles(page: PageArgs) {
    return this.page<ArticleRecord>(this.articlesSpec(false), {}, page);
  }

  countArticles() {
    return this.count(this.articlesSpec(false), {});
  }

  async article(id: string): Promise<ArticleRecord | null> {
    const [row] = await this.rows<ArticleRecord>(
      `MATCH (a:Article {id: $id}) RETURN a {.id, .title, .language, .publishedAt, .source, .url, .text} AS row`,
      { id },
    );
    return row ?? null;
  }

  private programsSpec(ownerGiven: boolean, byStatus: boolean, shape: ProgramShape = FULL_PROGRAM): PageSpec {
    return {
      // A program's id is its owner's id.
      match: `${ownerGiven ? `${BY_NAME('owner', '$ownerKeys')} MATCH (cp:ChipProgram {id: owner.id})` : 'MATCH (cp:ChipProgram)'}
              ${byStatus ? `WITH cp WHERE ${PROGRAM_STATUS('cp')} = $status` : ''}`,
      carry: 'cp',
      // Without a filter, the id index gives programs in order from the cursor on.
      seek: ownerGiven || byStatus ? undefined : (after) => `cp.id > coalesce(${after}[0], '')`,
      // A program's id is its owner's id (the normalized name), so this is owner order.
      key: ['cp.id'],
      dirs: ['ASC'],
      node: PROGRAM('cp', shape),
    };
  }

  chipPrograms(filter: ProgramFilter, page: PageArgs, shape: ProgramShape = FULL_PROGRAM) {
    return this.page<ChipProgramRecord>(
      this.programsSpec(filter.owner != null, filter.status != null, shape),
      { ...programParams(filter), ...programParamsOf(shape) },
      page,
    );
  }

  countChipPrograms(filter: ProgramFilter) {
    return this.count(this.programsSpec(filter.owner != null, filter.status != null), programParams(filter));
  }

  private dealsSpec(partyGiven: boolean, shape: RelationShape = FULL_RELATION): PageSpec {
    const party = `${BY_NAME('party', '$partyKeys')} MATCH (party)<-[:SUBJECT|OBJECT]-(f:Fact)`;
    return {
      match: `${partyGiven ? party : 'MATCH (f:Fact)'}
              WHERE ${FACT_FILTER('f')} AND ($status IS NULL OR f.status = $status)
              WITH DISTINCT f`,
      carry: 'f',
      key: ["coalesce(f.lastSeen, '')", 'f.id'],
      dirs: ['DESC', 'ASC'],
      node: RELATION('f', shape),
    };
  }

  deals(f: DealFilter, page: PageArgs, shape: RelationShape = FULL_RELATION) {
    return this.page<RelationRecord>(this.dealsSpec(f.party != null, shape), { ...dealParams(f), ...relationParams(shape) }, page);
  }

  countDeals(f: DealFilter) {
    return this.count(this.dealsSpec(f.party != null), dealParams(f));
  }

  /** Facts changed after `afterSeq`, in commit order, with tombstones for removed ones. */
  changes(afterSeq: number, first: number, shape: RelationShape = FULL_RELATION): Promise<KeyedRow<ChangeRecord>[]> {
    return this.rows<KeyedRow<ChangeRecord>>(
      `CALL () {
         MATCH (f:Fact) WHERE f.seq > $afterSeq RETURN f.seq AS seq, f.id AS factId
         UNION ALL
         MATCH (t:RemovedFact) WHERE t.seq > $afterSeq RETURN t.seq AS seq, t.id AS factId
       }
       WITH seq, factId ORDER BY seq LIMIT $limit
       OPTIONAL MATCH (f:Fact {id: factId})
       RETURN {key: [seq], node: {seq: seq, factId: factId, kind: CASE WHEN f IS NULL THEN 'REMOVED' ELSE 'UPSERTED' END,
               relation: CASE WHEN f IS NULL THEN null ELSE ${RELATION('f', shape)} END}} AS row`,
      { afterSeq: int(afterSeq), limit: int(first + 1), ...relationParams(shape) },
    );
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
    const [row] = await this.rows<NeighbourhoodRecord>(
      `MATCH (c:Entity {id: $id})
       CALL (c) {
         MATCH (c)<-[:SUBJECT|OBJECT]-(f:Fact) WHERE ${FACT_FILTER('f')}
         WITH DISTINCT f ORDER BY f.evidenceCount DESC, f.confidence DESC, f.id LIMIT $first
         RETURN collect(f) AS hop1
       }
       CALL (c, hop1) {
         UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS f1
         MATCH (f1)-[:SUBJECT|OBJECT]->(n1:Entity) WHERE n1 <> c
         MATCH (n1)<-[:SUBJECT|OBJECT]-(f:Fact) WHERE NOT f IN hop1 AND ${FACT_FILTER('f')}
         WITH DISTINCT f ORDER BY f.evidenceCount DESC, f.confidence DESC, f.id LIMIT $first
         RETURN collect(f) AS hop2
       }
       WITH c, hop1, hop2, COLLECT { UNWIND hop1 AS f MATCH (f)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c RETURN DISTINCT n } AS near
       WITH c, hop1, hop2, near,
            COLLECT { UNWIND hop2 AS f MATCH (f)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c AND NOT n IN near RETURN DISTINCT n } AS far
       RETURN {center: ${ENTITY('c', shape.center)},
               entities: COLLECT { UNWIND near AS n RETURN {entity: ${ENTITY('n', shape.entity)}, distance: 1} AS x ORDER BY n.name }
                       + COLLECT { UNWIND far AS n RETURN {entity: ${ENTITY('n', shape.entity)}, distance: 2} AS x ORDER BY n.name },
               relations: COLLECT { UNWIND hop1 + hop2 AS r RETURN ${RELATION('r', shape.relation)} }} AS row`,
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
    return row ?? null;
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
    const [row] = await this.rows<PathRecord>(
      `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
       MATCH p = SHORTEST 1 (a) (()<-[:SUBJECT|OBJECT]-(f:Fact WHERE $types IS NULL OR f.type IN $types)-[:SUBJECT|OBJECT]->()){1,${maxLength}} (b)
       RETURN {length: size(f),
               entities: COLLECT { UNWIND nodes(p) AS n WITH n WHERE n:Entity RETURN ${ENTITY('n', shape.entity)} },
               relations: COLLECT { UNWIND f AS r RETURN ${RELATION('r', shape.relation)} }} AS row`,
      { fromId, toId, types, ...relationParams(shape.relation) },
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
