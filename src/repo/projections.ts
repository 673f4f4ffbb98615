import { int } from 'neo4j-driver';
import { nameKey, toSimplified } from '../extract/normalize';
import { pageCypher, type PageSpec } from './paging';
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
import type { Direction } from './types';

// Cypher fragments that project nodes to the plain records of ./types, with only the parts a shape
// asks for. Variables introduced inside subqueries are prefixed with the projected variable so they
// never capture an outer variable.
export const ENTITY = (v: string, shape: EntityShape = FULL_ENTITY) => {
  const parts = shape.fields.filter((f) => f !== 'aliases').map((f) => `.${f}`);
  if (shape.fields.includes('aliases')) parts.push(`aliases: coalesce(${v}.aliases, [])`);
  if (shape.mentionCount) parts.push(`mentionCount: COUNT { (${v})<-[:MENTIONS]-() }`);
  return `${v} {${parts.join(', ')}}`;
};
export const ARTICLE = (v: string, fields: readonly string[] = ARTICLE_FIELDS) =>
  `${v} {.id${fields
    .filter((f) => f !== 'id')
    .map((f) => `, .${f}`)
    .join('')}}`;
export const EVIDENCE = (rel: string, art: string, fields?: readonly string[]) =>
  `{article: ${ARTICLE(art, fields)}, quote: ${rel}.quote, start: ${rel}.start, end: ${rel}.end}`;
/**
 * A page of the evidence of fact or program `x` (bound by `anchor`; `owner` is its id), newest
 * article first, read through the evidence's ranking key (ranks.ts); its parameters and key
 * variables are prefixed with `p` (see pageCypher).
 */
export const evidenceSpec = (x: string, fields: readonly string[], anchor = x, owner = `${x}.id`): PageSpec => ({
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
export const evidencePage = (x: string, shape: EvidenceShape, p: 'rev_' | 'pev_', total: string) =>
  `evidence: {total: ${total}, rows: COLLECT { ${pageCypher(evidenceSpec(x, shape.fields), p)} }}`;
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
export const RELATION = (f: string, shape: RelationShape = FULL_RELATION) => {
  const parts = [`${f} {.id, .type, .status, .role, .confidence`];
  if (shape.subject)
    parts.push(`subject: COLLECT { MATCH (${f})-[:SUBJECT]->(${f}_s:Entity) RETURN ${ENTITY(`${f}_s`, shape.subject)} }[0]`);
  if (shape.object) parts.push(`object: COLLECT { MATCH (${f})-[:OBJECT]->(${f}_o:Entity) RETURN ${ENTITY(`${f}_o`, shape.object)} }[0]`);
  if (shape.evidence) parts.push(evidencePage(f, shape.evidence, 'rev_', `coalesce(${f}.evidenceCount, 0)`));
  return `${parts.join(', ')}}`;
};
// A program's status is the one its latest article gives.
export const PROGRAM_STATUS = (cp: string) =>
  `coalesce(COLLECT { MATCH (${cp})-[${cp}_e:EVIDENCE]->(${cp}_x:Article) RETURN ${cp}_e.status
                      ORDER BY ${cp}_x.publishedAt DESC, ${cp}_x.id DESC, ${cp}_e.start }[0], 'developing')`;
export const PROGRAM = (cp: string, shape: ProgramShape = FULL_PROGRAM) => {
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
export const FACT_FILTER = (f: string) => `($types IS NULL OR ${f}.type IN $types)
  AND (($since IS NULL AND $until IS NULL) OR EXISTS { MATCH (${f})-[:EVIDENCE]->(${f}_w:Article)
       WHERE ($since IS NULL OR ${f}_w.publishedAt >= $since) AND ($until IS NULL OR ${f}_w.publishedAt <= $until) })`;
export const SIDE: Record<Direction, string> = { OUTGOING: ':SUBJECT', INCOMING: ':OBJECT', BOTH: ':SUBJECT|OBJECT' };

/** The alias keys any spelling of a name is stored under. */
export const aliasKeys = (name: string) => [...new Set([nameKey(name), toSimplified(name)])];
/** Binds `v` to the one entity a spelling names (alias keys in `keys`): the most mentioned when a key is shared. */
export const BY_NAME = (v: string, keys: string) => `MATCH (${v}_k:Alias)-[:OF]->(${v}:Entity) WHERE ${v}_k.key IN ${keys}
  WITH DISTINCT ${v} ORDER BY COUNT { (${v})<-[:MENTIONS]-() } DESC, ${v}.id LIMIT 1`;

/** A curation as the audit log returns it (its date-time as an ISO string). */
export const CURATION = (c: string) =>
  `${c} {.id, .seq, .kind, .by, .reason, .active, .entity, .entityName, .into, .alias, .type, .fact, .article, .title, at: toString(${c}.at)}`;
