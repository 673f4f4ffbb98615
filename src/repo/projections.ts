import { int } from 'neo4j-driver';
import { nameKey, toSimplified } from '../extract/normalize';
import { pageCypher, pageRow, type PageSpec } from './paging';
import { seekOwned } from './ranks';
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
  ChipProgramRecord,
  Direction,
  EntityRecord,
  EvidencePageRecord,
  EvidenceRecord,
  RelationRecord,
} from './types';

// Cypher fragments that project nodes to the plain records of ./types, with only the parts a shape
// asks for. Variables introduced inside subqueries are prefixed with the projected variable so they
// never capture an outer variable.

/**
 * A projection: the Cypher expression a read returns for a record, and how the record is read back
 * from what the driver hands over.
 *
 * Records travel as lists of values, not maps: neo4j-driver decodes every key of a map it receives
 * and defines each property with Object.defineProperty, which was most of the client's CPU on pages
 * of small records; a list carries only the values, and Neo4j writes fewer bytes.
 */
export interface Projection<T> {
  cypher: string;
  decode: (wire: unknown) => T;
}

/** A record whose `keys[i]` is the i-th value of the list it travelled as. */
function fromList<T>(keys: readonly string[], wire: unknown): T {
  const values = wire as unknown[];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[i];
  return out as T;
}

export const ENTITY = (v: string, shape: EntityShape = FULL_ENTITY): Projection<EntityRecord> => {
  const keys = [...shape.fields];
  const values = keys.map((f) => (f === 'aliases' ? `coalesce(${v}.aliases, [])` : `${v}.${f}`));
  if (shape.mentionCount) {
    keys.push('mentionCount');
    values.push(`COUNT { (${v})<-[:MENTIONS]-() }`);
  }
  return { cypher: `[${values.join(', ')}]`, decode: (wire) => fromList(keys, wire) };
};
export const ARTICLE = (v: string, fields: readonly string[] = ARTICLE_FIELDS): Projection<ArticleRecord> => {
  const keys = ['id', ...fields.filter((f) => f !== 'id')];
  return { cypher: `[${keys.map((f) => `${v}.${f}`).join(', ')}]`, decode: (wire) => fromList(keys, wire) };
};
export const EVIDENCE = (rel: string, art: string, fields?: readonly string[]): Projection<EvidenceRecord> => {
  const article = ARTICLE(art, fields);
  return {
    cypher: `[${article.cypher}, ${rel}.quote, ${rel}.start, ${rel}.end]`,
    decode: (wire) => {
      const [a, quote, start, end] = wire as [unknown, string, number, number];
      return { article: article.decode(a), quote, start, end };
    },
  };
};
/**
 * A page of the evidence of fact or program `x` (bound by `anchor`; `owner` is its id), newest
 * article first, read through the evidence's ranking key (ranks.ts); its parameters and key
 * variables are prefixed with `p` (see pageCypher).
 */
export const evidenceSpec = (x: string, fields: readonly string[], anchor = x, owner = `${x}.id`): PageSpec<EvidenceRecord> => ({
  match: `MATCH (${anchor})-[${x}_e:EVIDENCE]->(${x}_a:Article)`,
  walk: (after, limit) =>
    seekOwned({
      pattern: `(${anchor})-[${x}_e:EVIDENCE]->(${x}_a:Article)`,
      rel: `${x}_e`,
      type: 'EVIDENCE',
      prop: 'rank',
      owner,
      after,
      limit,
      carry: `${x}_e, ${x}_a`,
      key: `${x}_rk`,
    }),
  carry: `${x}_e, ${x}_a, ${x}_rk`,
  key: [`${x}_rk`],
  dirs: ['ASC'],
  node: EVIDENCE(`${x}_e`, `${x}_a`, fields),
});
// The evidence page projected with a relation ($rev_after, $rev_limit) or a program ($pev_after, $pev_limit).
const evidencePage = (x: string, shape: EvidenceShape, p: 'rev_' | 'pev_', total: string): Projection<EvidencePageRecord> => {
  const spec = evidenceSpec(x, shape.fields);
  const row = pageRow(spec.node);
  return {
    cypher: `[${total}, COLLECT { ${pageCypher(spec, p)} }]`,
    decode: (wire) => {
      const [count, rows] = wire as [number, unknown[]];
      return { total: count, rows: rows.map(row) } as EvidencePageRecord;
    },
  };
};
/** The parameters of the evidence pages a relation or program shape projects (see evidencePage). */
/**
 * A first page takes no extra row: whether another follows is known from the total projected beside
 * it (the evidence resolver); a later page takes one more row than it shows, like every page.
 */
export const evidenceParams = (shape: { evidence: EvidenceShape | null } | undefined, p: 'rev_' | 'pev_') =>
  shape?.evidence
    ? { [`${p}after`]: shape.evidence.after, [`${p}limit`]: int(shape.evidence.first + (shape.evidence.after == null ? 0 : 1)) }
    : {};
export const relationParams = (shape: RelationShape | undefined) => evidenceParams(shape, 'rev_');
export const programParamsOf = (shape: ProgramShape | undefined) => evidenceParams(shape, 'pev_');
/** `decode` of what may be null (a missing subject, owner...). */
const orNull =
  <T>(p: Projection<T>) =>
  (wire: unknown): T | null =>
    wire == null ? null : p.decode(wire);
export const RELATION = (f: string, shape: RelationShape = FULL_RELATION): Projection<RelationRecord> => {
  const subject = shape.subject && ENTITY(`${f}_s`, shape.subject);
  const object = shape.object && ENTITY(`${f}_o`, shape.object);
  const evidence = shape.evidence && evidencePage(f, shape.evidence, 'rev_', `coalesce(${f}.evidenceCount, 0)`);
  const values = [
    `${f}.id, ${f}.type, ${f}.status, ${f}.role, ${f}.confidence`,
    subject ? `COLLECT { MATCH (${f})-[:SUBJECT]->(${f}_s:Entity) RETURN ${subject.cypher} }[0]` : 'null',
    object ? `COLLECT { MATCH (${f})-[:OBJECT]->(${f}_o:Entity) RETURN ${object.cypher} }[0]` : 'null',
    evidence ? evidence.cypher : 'null',
  ];
  const subjectOf = subject && orNull(subject);
  const objectOf = object && orNull(object);
  return {
    cypher: `[${values.join(', ')}]`,
    decode: (wire) => {
      const w = wire as unknown[];
      const r: Record<string, unknown> = { id: w[0], type: w[1], status: w[2], role: w[3], confidence: w[4] };
      if (subjectOf) r.subject = subjectOf(w[5]);
      if (objectOf) r.object = objectOf(w[6]);
      if (evidence) r.evidence = evidence.decode(w[7]);
      return r as unknown as RelationRecord;
    },
  };
};
// A program's status is the one its latest article gives.
export const PROGRAM_STATUS = (cp: string) =>
  `coalesce(COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->(${cp}_x:Article) RETURN ${cp}_e.status
                      ORDER BY ${cp}_x.publishedAt DESC, ${cp}_x.id DESC, ${cp}_e.start }[0], 'developing')`;
export const PROGRAM = (cp: string, shape: ProgramShape = FULL_PROGRAM): Projection<ChipProgramRecord> => {
  const owner = ENTITY(`${cp}_o`, shape.owner);
  const evidence = shape.evidence && evidencePage(cp, shape.evidence, 'pev_', `COUNT { (${cp})-[:EVIDENCE]->() }`);
  const chips = shape.chips && ENTITY(`${cp}_c`, shape.chips);
  const partners = shape.partners && ENTITY(`${cp}_q`, shape.partners);
  const values = [
    `${cp}.id, COLLECT { MATCH (${cp})-[:OWNED_BY]->(${cp}_o:Entity) RETURN ${owner.cypher} }[0]`,
    shape.status ? PROGRAM_STATUS(cp) : 'null',
    shape.since
      ? `COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->() WHERE ${cp}_e.since IS NOT NULL RETURN ${cp}_e.since ORDER BY ${cp}_e.since }[0]`
      : 'null',
    evidence ? evidence.cypher : 'null',
    chips ? `COLLECT { MATCH (${cp})-[:HAS_CHIP]->(${cp}_c) RETURN ${chips.cypher} ORDER BY ${cp}_c.name }` : 'null',
    partners ? `COLLECT { MATCH (${cp})-[:PARTNER]->(${cp}_q) RETURN ${partners.cypher} ORDER BY ${cp}_q.name }` : 'null',
  ];
  const ownerOf = orNull(owner);
  return {
    cypher: `[${values.join(', ')}]`,
    decode: (wire) => {
      const w = wire as unknown[];
      const p: Record<string, unknown> = { id: w[0], owner: ownerOf(w[1]) };
      if (shape.status) p.status = w[2];
      if (shape.since) p.since = w[3];
      if (evidence) p.evidence = evidence.decode(w[4]);
      if (chips) p.chips = (w[5] as unknown[]).map(chips.decode);
      if (partners) p.partners = (w[6] as unknown[]).map(partners.decode);
      return p as unknown as ChipProgramRecord;
    },
  };
};
/** Some article stating fact `f` was published in the window from $since to $until (either may be null). */
export const IN_WINDOW = (f: string) => `EXISTS { MATCH (${f})-[:EVIDENCE]->(${f}_w:Article)
       WHERE ($since IS NULL OR ${f}_w.publishedAt >= $since) AND ($until IS NULL OR ${f}_w.publishedAt <= $until) }`;
// Relation type and date-window filter on a fact, each passed when its parameters are null.
export const FACT_FILTER = (f: string) => `($types IS NULL OR ${f}.type IN $types)
  AND (($since IS NULL AND $until IS NULL) OR ${IN_WINDOW(f)})`;
export const SIDE: Record<Direction, string> = { OUTGOING: ':SUBJECT', INCOMING: ':OBJECT', BOTH: ':SUBJECT|OBJECT' };

/** The alias keys any spelling of a name is stored under. */
export const aliasKeys = (name: string) => [...new Set([nameKey(name), toSimplified(name)])];
/**
 * Binds `v` to the one entity a spelling names (alias keys in `keys`): the most mentioned when a key
 * is shared. The key index is sought by hint: on a small store, freshly written, the planner may
 * otherwise scan every alias.
 */
export const BY_NAME = (
  v: string,
  keys: string,
) => `MATCH (${v}_k:Alias)-[:OF]->(${v}:Entity) USING INDEX SEEK ${v}_k:Alias(key) WHERE ${v}_k.key IN ${keys}
  WITH DISTINCT ${v} ORDER BY COUNT { (${v})<-[:MENTIONS]-() } DESC, ${v}.id LIMIT 1`;

/** A curation as the audit log returns it (its date-time as an ISO string). */
export const CURATION = (c: string) =>
  `${c} {.id, .seq, .kind, .by, .reason, .active, .entity, .entityName, .into, .alias, .type, .fact, .article, .title, at: toString(${c}.at)}`;
