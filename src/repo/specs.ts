import { ARTICLE, BY_NAME, CURATION, IN_WINDOW, PROGRAM, PROGRAM_STATUS, RELATION, SIDE, EVIDENCE } from './projections';
import { mentionAfter, seekOwned } from './ranks';
import type { PageSpec } from './paging';
import { ARTICLE_FIELDS, FULL_PROGRAM, FULL_RELATION, type ProgramShape, type RelationShape } from './shapes';
import type { RelationFilter } from './reader';
import type { ArticleRecord, ChipProgramRecord, RelationRecord, TimelineEntryRecord } from './types';
import type { CurationRecord } from './curator';

// The page specification of every list the API pages through: what rows, in what key order, read
// how. Tests EXPLAIN them against Neo4j to keep their index plans (test/integration/paging.test.ts).

/**
 * The facts of entity `owner` (an id expression over the variables `scope`) on `sides`, read through their ranking key `prop`
 * (ranks.ts) from the cursor on: per side, an index seek that stops after `limit` facts passing
 * `where`; `f` is the fact and `rk` its key. A fact on both sides (about the entity itself) once.
 */
const ownedFacts = (
  sides: readonly ('SUBJECT' | 'OBJECT')[],
  prop: 'rank' | 'deal',
  scope: string,
  owner: string,
  anchor: string,
  after: string,
  limit: string,
  where: string,
) =>
  `CALL (${scope}) { ${sides
    .map(
      (side) =>
        `${seekOwned({ pattern: `(${anchor})<-[f_by:${side}]-(f:Fact)`, rel: 'f_by', type: side, prop, owner, after, limit, where, carry: 'f, f_by', key: 'rk' })}
         RETURN f, rk`,
    )
    .join(' UNION ')} }`;

/**
 * The `limit` best facts (as a relation list ranks them) of the entity whose id is `owner` that pass
 * `where`, as `f` in rank order, each once: two index seeks that stop after `limit` each.
 */
export const bestFacts = (scope: string, owner: string, limit: string, where: string) =>
  `${ownedFacts(['SUBJECT', 'OBJECT'], 'rank', scope, owner, `:Entity {id: ${owner}}`, 'null', limit, where)}
   WITH DISTINCT f, rk ORDER BY rk LIMIT ${limit}`;

const SIDES: Record<RelationFilter['direction'], readonly ('SUBJECT' | 'OBJECT')[]> = {
  OUTGOING: ['SUBJECT'],
  INCOMING: ['OBJECT'],
  BOTH: ['SUBJECT', 'OBJECT'],
};

/** An entity's best relations: most evidence, then confidence, then id (its ranking key). */
export function relationsSpec(f: RelationFilter, shape: RelationShape = FULL_RELATION): PageSpec<RelationRecord> {
  const types = '($types IS NULL OR f.type IN $types)';
  return {
    match: `MATCH (:Entity {id: id})<-[${SIDE[f.direction]}]-(f:Fact) WHERE ${types} WITH DISTINCT f`,
    walk: (after, limit) => ownedFacts(SIDES[f.direction], 'rank', 'id', 'id', ':Entity {id: id}', after, limit, types),
    carry: 'f, rk',
    key: ['rk'],
    dirs: ['ASC'],
    node: RELATION('f', shape),
  };
}

export function timelineSpec(shape: RelationShape = FULL_RELATION): PageSpec<TimelineEntryRecord> {
  const relation = RELATION('f', shape);
  const evidence = EVIDENCE('ev', 'a');
  return {
    match: `MATCH (:Entity {id: id})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE $types IS NULL OR f.type IN $types
            WITH DISTINCT f
            MATCH (f)-[ev:EVIDENCE]->(a:Article)
            WHERE ($since IS NULL OR a.publishedAt >= $since) AND ($until IS NULL OR a.publishedAt <= $until)`,
    carry: 'f, ev, a',
    key: ["coalesce(a.publishedAt, '9999-99-99')", 'f.id', 'a.id', 'ev.start'],
    dirs: ['ASC', 'ASC', 'ASC', 'ASC'],
    node: {
      cypher: `[a.publishedAt, ${relation.cypher}, ${evidence.cypher}]`,
      decode: (wire) => {
        const [date, r, e] = wire as [string | null, unknown, unknown];
        return { date, relation: relation.decode(r), evidence: evidence.decode(e) };
      },
    },
  };
}

/** Articles newest first (all of them, or those mentioning entity `id`), projecting `fields` (id always). */
export function articlesSpec(mentioning: boolean, fields: readonly string[] = ARTICLE_FIELDS): PageSpec<ArticleRecord> {
  return {
    // sortDate is publishedAt, or '' when unknown, so undated articles come last and the index orders the rest.
    match: mentioning ? 'MATCH (m:Entity {id: id})<-[:MENTIONS]-(a:Article)' : 'MATCH (a:Article) WHERE a.sortDate IS NOT NULL',
    carry: 'a',
    key: ['a.sortDate', 'a.id'],
    dirs: ['DESC', 'ASC'],
    node: ARTICLE('a', fields),
    // An entity's articles come from its mentions' ranking key (ranks.ts), a page at a time, however many it has.
    walk: mentioning
      ? (after, limit) =>
          seekOwned({
            pattern: '(:Entity {id: id})<-[m:MENTIONS]-(a:Article)',
            rel: 'm',
            type: 'MENTIONS',
            prop: 'rank',
            owner: 'id',
            after: mentionAfter(after),
            limit,
            carry: 'a, m',
            key: 'm_rk',
          })
      : undefined,
  };
}

export function programsSpec(ownerGiven: boolean, byStatus: boolean, shape: ProgramShape = FULL_PROGRAM): PageSpec<ChipProgramRecord> {
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

/** Which filters of a deals query are given (see DealFilter). */
export interface DealsQuery {
  party: boolean;
  window: boolean;
  status: boolean;
}

/**
 * Deals, the most recently reported first (their ranking key): of one party, or of the whole graph;
 * of the types in $types, with the date window and the status when they are given. A filter not
 * given is left out of the query rather than passed as null and tested on every row: the query most
 * asked (a party's deals, no other filter) is a third shorter, and the driver sends a query to Neo4j
 * in writes of 1,400 bytes.
 */
export function dealsSpec(q: DealsQuery, shape: RelationShape = FULL_RELATION): PageSpec<RelationRecord> {
  const filter = ['f.type IN $types', ...(q.window ? [IN_WINDOW('f')] : []), ...(q.status ? ['f.status = $status'] : [])].join(' AND ');
  const party = BY_NAME('party', '$partyKeys');
  return {
    match: `${q.party ? `${party} MATCH (party)<-[:SUBJECT|OBJECT]-(f:Fact)` : 'MATCH (f:Fact)'}
            WHERE ${filter}
            WITH DISTINCT f`,
    walk: q.party
      ? (after, limit) => `${party} ${ownedFacts(['SUBJECT', 'OBJECT'], 'deal', 'party', 'party.id', 'party', after, limit, filter)}`
      : (after, limit) => `MATCH (f:Fact) USING INDEX SEEK f:Fact(deal) WHERE f.deal > coalesce(${after}[0], '') AND ${filter}
           WITH f ORDER BY f.deal LIMIT ${limit} WITH f, f.deal AS rk`,
    carry: 'f, rk',
    key: ['rk'],
    dirs: ['ASC'],
    node: RELATION('f', shape),
  };
}

/** Curations, newest first (the curations' sequence is their commit order). */
export function auditSpec(): PageSpec<CurationRecord> {
  return {
    match: 'MATCH (c:Curation) WHERE $kind IS NULL OR c.kind = $kind',
    carry: 'c',
    key: ['c.seq'],
    dirs: ['DESC'],
    // A curation travels as a map (the audit log is read rarely; see Projection).
    node: { cypher: CURATION('c'), decode: (wire) => wire as CurationRecord },
  };
}
