import type { Transaction } from 'neo4j-driver';
import { SET_FACT_RANKS } from './ranks';

// What every write that changes facts shares: the change feed's sequence, tombstones for removed
// facts, and the derived summary of a fact's evidence.

/** Takes `n` sequence numbers; the Sequence node stays locked to commit, so sequence order is commit order. */
const NEXT_SEQUENCE = `
MERGE (s:Sequence {name: 'changes'})
SET s.value = coalesce(s.value, 0) + $n
RETURN s.value AS last`;

// A fact that exists now gets the number; one that is gone gets (or keeps) a tombstone with it.
const RECORD_CHANGES = `
UNWIND $changes AS c
OPTIONAL MATCH (f:Fact {id: c.id})
OPTIONAL MATCH (t:RemovedFact {id: c.id})
FOREACH (_ IN CASE WHEN f IS NULL THEN [1] ELSE [] END | MERGE (gone:RemovedFact {id: c.id}) SET gone.seq = c.seq)
FOREACH (_ IN CASE WHEN f IS NULL THEN [] ELSE [1] END | SET f.seq = c.seq DELETE t)`;

/**
 * A tombstone for fact `f` before it is deleted or hidden, with what followers filter the feed on
 * (type and ends). A Cypher fragment: `f` must be bound.
 */
export const TOMBSTONE = (f: string) => `MERGE (${f}_t:RemovedFact {id: ${f}.id})
  SET ${f}_t.type = ${f}.type, ${f}_t.subjectId = COLLECT { MATCH (${f})-[:SUBJECT]->(${f}_s) RETURN ${f}_s.id }[0],
      ${f}_t.objectId = COLLECT { MATCH (${f})-[:OBJECT]->(${f}_o) RETURN ${f}_o.id }[0]`;

/**
 * Puts the facts (by id) on the change feed in one block of sequence numbers; returns whether any.
 * `then` sends the statements that come next in the transaction right after the last of these,
 * without waiting for it (they are pipelined), and they are awaited with it.
 */
export async function recordChanges(
  tx: Transaction,
  changed: Iterable<string>,
  then: () => PromiseLike<unknown>[] = () => [],
): Promise<boolean> {
  const ids = [...new Set(changed)].sort();
  if (!ids.length) {
    await Promise.all(then());
    return false;
  }
  const last = Number((await tx.run(NEXT_SEQUENCE, { n: ids.length })).records[0]!.get('last'));
  await Promise.all([tx.run(RECORD_CHANGES, { changes: ids.map((id, i) => ({ id, seq: last - ids.length + 1 + i })) }), ...then()]);
  return true;
}

// When a fact was first and last reported (dates of the articles that state it), and by how many
// sentences, and the ranking keys that follow from them (ranks.ts); hidden (rejected) facts too, so
// a restored one is right at once.
const FACT_SUMMARY = `
UNWIND $ids AS id
CALL (id) { MATCH (f:Fact {id: id}) RETURN f UNION MATCH (f:RejectedFact {id: id}) RETURN f }
CALL (f) { MATCH (f)-[:EVIDENCE]->(a:Article) RETURN min(a.publishedAt) AS first, max(a.publishedAt) AS last, count(*) AS n }
SET f.firstSeen = first, f.lastSeen = last, f.evidenceCount = n
${SET_FACT_RANKS('f')}`;

export async function summarizeFacts(tx: Transaction, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length) await tx.run(FACT_SUMMARY, { ids: list });
}

// The same summary for facts whose evidence this transaction only added to: the stored summary
// (written under the fact's lock, taken first) widened by the dates of the new evidence, and the
// count read from the fact's degree, instead of reading every piece of evidence again (a fact
// stated by thousands of articles). Dates compare as FACT_SUMMARY's min() and max() compare them.
const FACT_SUMMARY_ADDED = `
UNWIND $rows AS row
CALL (row) { MATCH (f:Fact {id: row.id}) WHERE NOT row.hidden RETURN f UNION MATCH (f:RejectedFact {id: row.id}) WHERE row.hidden RETURN f }
SET f._lock = true
WITH f, row
WITH f, reduce(m = f.firstSeen, d IN row.dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END) AS first,
     reduce(m = f.lastSeen, d IN row.dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END) AS last
SET f.firstSeen = first, f.lastSeen = last, f.evidenceCount = COUNT { (f)-[:EVIDENCE]->() }
REMOVE f._lock
${SET_FACT_RANKS('f')}`;

/**
 * Brings the summary of facts up to date after evidence was only added to them in this transaction
 * (none removed): `dates` are the publication dates (non-null) of the articles of the new evidence,
 * `hidden` whether the fact is written as a RejectedFact. Facts that lost evidence need summarizeFacts.
 */
export async function summarizeAddedEvidence(tx: Transaction, rows: { id: string; hidden: boolean; dates: string[] }[]): Promise<void> {
  if (rows.length) await tx.run(FACT_SUMMARY_ADDED, { rows });
}
