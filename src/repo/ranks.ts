// Stored ranking keys: the lists whose cost would otherwise grow with a hub (an entity's best
// relations, a party's deals, a fact's or program's evidence, an entity's newest articles) are read from a relationship index in
// order, starting at the cursor and stopping after one page, instead of sorting everything the hub
// has. Each key is a string whose ascending order is the list's order; on a relationship it starts
// with the owner's id and SEP, so one range seek reads one owner's rows. Writes keep the keys
// current (facts.ts when a fact's evidence changes, writer.ts and curator.ts when evidence or a
// mention is made; an article's date changes only when it is written again, with its mentions).

import type { RelationType } from '../extract/types';

/** Deals: what `deals` lists, and the facts that carry a deal key. */
export const DEAL_TYPES: readonly RelationType[] = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'];

/** Between an owner's id and the rest of a key (no id contains it), and the character after it (a bound above any key of the owner). */
const SEP = "'\\u0001'";
const PAST_SEP = "'\\u0002'";

const pad10 = (n: string) => `right('0000000000' + toString(toInteger(${n})), 10)`;

/**
 * An ISO date (or '') as a string that sorts ascending where the dates sort descending: each digit
 * d becomes 9 - d, and '~' (above the digits and '-') ends it, so a date sorts before one it is a
 * prefix of, and '' (unknown) comes last.
 */
const descDate = (d: string) =>
  `reduce(s = '', ch IN split(coalesce(${d}, ''), '') | s + CASE WHEN ch >= '0' AND ch <= '9' THEN toString(9 - toInteger(ch)) ELSE ch END) + '~'`;

/** An entity's relations: most evidence first, then highest confidence (to 1e-9), then fact id. */
export const RELATION_RANK = (f: string) =>
  `${pad10(`9999999999 - coalesce(${f}.evidenceCount, 0)`)} + ${pad10(`toInteger(round((1.0 - coalesce(${f}.confidence, 0.0)) * 1000000000))`)} + ${f}.id`;

/** Deals: the most recently reported first (lastSeen), then fact id; null for facts that are not deals. */
export const DEAL_RANK = (f: string) =>
  `CASE WHEN ${f}.type IN [${DEAL_TYPES.map((t) => `'${t}'`).join(', ')}] THEN ${descDate(`${f}.lastSeen`)} + ${f}.id END`;

/** Evidence: the newest article first (sortDate), then article id, then position in the text. */
export const EVIDENCE_RANK = (ev: string, a: string) => `${descDate(`${a}.sortDate`)} + ${a}.id + ${SEP} + ${pad10(`${ev}.start`)}`;

/** Mentions: an entity's articles, the newest first (sortDate), then article id, as article lists order them. */
const MENTION_RANK = (sortDate: string, id: string) => `${descDate(sortDate)} + ${id}`;

/**
 * An article list's cursor (`after`: [sortDate, id], or null) as a mention key without its owner,
 * in the one-element list seekOwned's `after` takes: the keys after it are the articles after it.
 */
export const mentionAfter = (after: string) => `[CASE WHEN ${after} IS NOT NULL THEN ${MENTION_RANK(`${after}[0]`, `${after}[1]`)} END]`;

/** `key` stored under owner `owner` (an id expression). */
export const owned = (owner: string, key: string) => `${owner} + ${SEP} + ${key}`;

/** The keys of owner `owner` on `rel`.`prop` after the cursor `after` (which holds a key without its owner prefix, or null). */
const ownedAfter = (rel: string, prop: string, owner: string, after: string) =>
  `${rel}.${prop} > ${owner} + ${SEP} + coalesce(${after}[0], '') AND ${rel}.${prop} < ${owner} + ${PAST_SEP}`;

/**
 * An index walk: `pattern` (binding relationship `rel` of type `type`) read through the key `prop`
 * that `owner` (an id expression) owns, from the cursor `after`, keeping what passes `where` and
 * stopping after `limit` rows in key order. Goes on with `carry` (which includes `rel`) and `key`,
 * the key without its owner prefix (what cursors hold). The seek is forced: on a small store the
 * planner would otherwise choose to scan the index.
 */
export const seekOwned = (o: {
  pattern: string;
  rel: string;
  type: string;
  prop: string;
  owner: string;
  after: string;
  limit: string;
  where?: string;
  carry: string;
  key: string;
}) => `MATCH ${o.pattern} USING INDEX SEEK ${o.rel}:${o.type}(${o.prop})
  WHERE ${ownedAfter(o.rel, o.prop, o.owner, o.after)}${o.where ? ` AND ${o.where}` : ''}
  WITH ${o.carry} ORDER BY ${o.rel}.${o.prop} LIMIT ${o.limit}
  WITH ${o.carry}, substring(${o.rel}.${o.prop}, size(${o.owner}) + 1) AS ${o.key}`;

/**
 * Keeps the ranking keys of fact `f` current: on its SUBJECT and OBJECT relationships (owned by the
 * entity at the other end) and, for deals, on the fact itself (the deals of the whole graph).
 * Run whenever the fact's evidence count, confidence or last date may have changed.
 */
export const SET_FACT_RANKS = (f: string) => `SET ${f}.deal = ${DEAL_RANK(f)}
WITH ${f}
CALL (${f}) {
  MATCH (${f})-[${f}_r:SUBJECT|OBJECT]->(${f}_e:Entity)
  SET ${f}_r.rank = ${owned(`${f}_e.id`, RELATION_RANK(f))}, ${f}_r.deal = ${owned(`${f}_e.id`, `${f}.deal`)}
}`;

/** Sets the ranking key of evidence relationship `ev` from owner `x` to article `a`. */
export const SET_EVIDENCE_RANK = (ev: string, x: string, a: string) => `SET ${ev}.rank = ${owned(`${x}.id`, EVIDENCE_RANK(ev, a))}`;

/** Sets the ranking key of mention `m` of entity `e` by article `a`. */
export const SET_MENTION_RANK = (m: string, e: string, a: string) =>
  `SET ${m}.rank = ${owned(`${e}.id`, MENTION_RANK(`${a}.sortDate`, `${a}.id`))}`;

/** The indexes the ranking keys are read through. */
export const RANK_INDEXES: readonly string[] = [
  'CREATE INDEX subject_rank IF NOT EXISTS FOR ()-[r:SUBJECT]-() ON (r.rank)',
  'CREATE INDEX object_rank IF NOT EXISTS FOR ()-[r:OBJECT]-() ON (r.rank)',
  'CREATE INDEX subject_deal IF NOT EXISTS FOR ()-[r:SUBJECT]-() ON (r.deal)',
  'CREATE INDEX object_deal IF NOT EXISTS FOR ()-[r:OBJECT]-() ON (r.deal)',
  'CREATE INDEX fact_deal IF NOT EXISTS FOR (f:Fact) ON (f.deal)',
  'CREATE INDEX evidence_rank IF NOT EXISTS FOR ()-[r:EVIDENCE]-() ON (r.rank)',
  'CREATE INDEX mentions_rank IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.rank)',
];
