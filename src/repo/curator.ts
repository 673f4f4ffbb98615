import { randomUUID } from 'node:crypto';
import type { Driver, Transaction } from 'neo4j-driver';
import { writeTransaction } from './session';
import { recordChanges, summarizeFacts, TOMBSTONE } from './facts';
import { keysOf, loadRules, rejectedAfterMerges, survivor, type CurationKind } from './curation';
import { PRUNE } from './writer';
import { CURATION } from './projections';
import { SET_EVIDENCE_RANK, SET_MENTION_RANK } from './ranks';
import { badInput, notFound } from '../errors';
import type { EntityType } from '../extract/types';
import type { CurationRecord } from './types';
export type { CurationRecord } from './types';

/** Who asked and why, for the audit log. */
export interface Actor {
  by: string;
  reason: string | null;
}

// The curation sequence numbers the audit log, and its value is the rules' version: ingestion
// checks it did not move while it wrote (see writer.ts), so it never writes with stale rules.
const RECORD = `
MERGE (s:Sequence {name: 'curations'})
SET s.value = coalesce(s.value, 0) + 1
CREATE (c:Curation {id: $id, seq: s.value, kind: $kind, at: datetime(), by: $by, reason: $reason, active: true})
SET c += $params
RETURN ${CURATION('c')} AS row`;

/** Entity write locks, taken in id order (as ingestion takes them) before anything is read. */
const LOCK_ENTITIES = `
MATCH (e:Entity) WHERE e.id IN $ids
WITH e ORDER BY e.id
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases`;

const FACTS_OF = `
MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT]-(f:Fact)
RETURN DISTINCT f.id AS id`;

// ---- merge ----

const FACTS_TO_REKEY = `
MATCH (:Entity {id: $from})<-[:SUBJECT|OBJECT]-(x)
WHERE x:Fact OR x:RejectedFact
WITH DISTINCT x
MATCH (x)-[:SUBJECT]->(s:Entity), (x)-[:OBJECT]->(o:Entity)
RETURN x.id AS id, x:RejectedFact AS rejected, x.type AS type, s.id AS s, o.id AS o`;

/** A Fact that is now rejected (a merge made it the same statement as a rejected one) leaves the feed. */
const HIDE = `
UNWIND $ids AS id
MATCH (f:Fact {id: id})
${TOMBSTONE('f')}
REMOVE f:Fact SET f:RejectedFact`;

/** Moves facts of the merged entity onto their new ids (evidence, confidence, status), or drops a fact between the two. */
const REKEY = (from: 'Fact' | 'RejectedFact', to: 'Fact' | 'RejectedFact') => `
UNWIND $rows AS r
MATCH (x:${from} {id: r.old})
${from === 'Fact' ? TOMBSTONE('x') : ''}
WITH x, r
CALL (x, r) {
  WITH x, r WHERE NOT r.drop
  MATCH (s:Entity {id: r.s}), (o:Entity {id: r.o})
  MERGE (y:${to} {id: r.new}) ON CREATE SET y.type = x.type, y.createdAt = x.createdAt
  SET y.confidence = CASE WHEN y.confidence IS NULL OR y.confidence < x.confidence THEN x.confidence ELSE y.confidence END,
      y.status = coalesce(y.status, x.status), y.role = coalesce(y.role, x.role)
  MERGE (y)-[:SUBJECT]->(s)
  MERGE (y)-[:OBJECT]->(o)
  WITH x, y
  MATCH (x)-[e:EVIDENCE]->(a:Article)
  WHERE NOT EXISTS { MATCH (y)-[e2:EVIDENCE]->(a) WHERE e2.quote = e.quote }
  CREATE (y)-[e3:EVIDENCE]->(a) SET e3 = properties(e) ${SET_EVIDENCE_RANK('e3', 'y', 'a')}
}
DETACH DELETE x`;

/** The merged entity's program, chips, partners, spellings and mentions go to the survivor; the merged node goes. */
const MOVE_ENTITY = `
MATCH (f:Entity {id: $from}), (t:Entity {id: $into})
CALL (f, t) {
  MATCH (p:ChipProgram {id: f.id})
  MERGE (q:ChipProgram {id: t.id})
  MERGE (q)-[:OWNED_BY]->(t)
  WITH p, q
  CALL (p, q) { MATCH (p)-[:HAS_CHIP]->(c) MERGE (q)-[:HAS_CHIP]->(c) }
  CALL (p, q) { MATCH (p)-[:PARTNER]->(c) WHERE c.id <> q.id MERGE (q)-[:PARTNER]->(c) }
  CALL (p, q) {
    MATCH (p)-[e:EVIDENCE]->(a:Article)
    WHERE NOT EXISTS { MATCH (q)-[e2:EVIDENCE]->(a) WHERE e2.quote = e.quote }
    CREATE (q)-[e3:EVIDENCE]->(a) SET e3 = properties(e) ${SET_EVIDENCE_RANK('e3', 'q', 'a')}
  }
  DETACH DELETE p
}
CALL (f, t) { MATCH (p:ChipProgram)-[r:HAS_CHIP]->(f) MERGE (p)-[:HAS_CHIP]->(t) DELETE r }
CALL (f, t) { MATCH (p:ChipProgram)-[r:PARTNER]->(f) WHERE p.id <> t.id MERGE (p)-[:PARTNER]->(t) DELETE r }
CALL (f, t) { MATCH (a:Article)-[r:MENTIONS]->(f) MERGE (a)-[m:MENTIONS]->(t) ${SET_MENTION_RANK('m', 't', 'a')} DELETE r }
CALL (f, t) { MATCH (k:Alias)-[r:OF]->(f) MERGE (k)-[:OF]->(t) DELETE r }
WITH f, t, reduce(acc = coalesce(t.aliases, []), x IN [f.name] + coalesce(f.aliases, []) | CASE WHEN x IN acc OR x = t.name THEN acc ELSE acc + x END) AS aliases,
     reduce(acc = coalesce(t.keys, []), x IN coalesce(f.keys, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS keys
SET t.aliases = aliases, t.keys = keys, t.searchText = reduce(s = t.name, x IN aliases + keys | s + ' | ' + x)
DETACH DELETE f`;

// ---- aliases ----

const SET_SPELLINGS = `
MATCH (e:Entity {id: $id})
SET e.aliases = $aliases, e.keys = $keys, e.searchText = reduce(s = e.name, x IN $aliases + $keys | s + ' | ' + x)
WITH e
CALL (e) { UNWIND $keys AS key MERGE (k:Alias {key: key}) MERGE (k)-[:OF]->(e) }
CALL (e) { MATCH (k:Alias)-[r:OF]->(e) WHERE NOT k.key IN $keys DELETE r WITH k WHERE NOT (k)-[:OF]->() DELETE k }`;

// ---- articles ----

const WITHDRAW_ARTICLE = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)<-[ev:EVIDENCE]-(n)
WITH a, collect(DISTINCT CASE WHEN n:Fact THEN n.id END) AS facts, collect(DISTINCT CASE WHEN n:ChipProgram THEN n.id END) AS programs,
     collect(DISTINCT CASE WHEN n:RejectedFact THEN n.id END) AS rejected
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, facts, programs, rejected, collect(DISTINCT e.id) AS mentioned, a.title AS title
DETACH DELETE a
RETURN facts, programs, rejected, mentioned, title`;

/**
 * Curators' corrections. Each is one transaction that changes the graph, stores a `(:Curation)`
 * node (who, when, why, what) and puts the facts it touched on the change feed. Ingestion replays
 * the active curations (curation.ts), so re-ingesting articles keeps every correction.
 */
export class Curator {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
    /** Called after a commit that added to the change feed (live subscriptions wake up on it). */
    private readonly onChanges?: () => void,
  ) {}

  private async run(work: (tx: Transaction) => Promise<{ curation: CurationRecord; changed: string[] }>): Promise<CurationRecord> {
    let fed = false;
    const curation = await writeTransaction(this.driver, this.database, async (tx) => {
      const { curation, changed } = await work(tx);
      fed = await recordChanges(tx, changed);
      await summarizeFacts(tx, changed);
      return curation;
    });
    if (fed) this.onChanges?.();
    return curation;
  }

  private async record(tx: Transaction, kind: CurationKind, actor: Actor, params: Record<string, string>): Promise<CurationRecord> {
    const res = await tx.run(RECORD, { id: randomUUID(), kind, by: actor.by, reason: actor.reason, params });
    return plainCuration(res.records[0]!.get('row') as Record<string, unknown>);
  }

  private async lock(tx: Transaction, ids: string[]) {
    const found = (await tx.run(LOCK_ENTITIES, { ids })).records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      type: r.get('type') as string,
      aliases: r.get('aliases') as string[],
    }));
    const missing = ids.find((id) => !found.some((e) => e.id === id));
    if (missing) throw notFound(`The entity "${missing}"`);
    return new Map(found.map((e) => [e.id, e]));
  }

  private async factsOf(tx: Transaction, id: string): Promise<string[]> {
    return (await tx.run(FACTS_OF, { id })).records.map((r) => r.get('id') as string);
  }

  /**
   * Merges entities into one: facts, evidence, mentions, spellings and chip programs move to `into`;
   * a fact between two of them is dropped. The merged ids keep answering `node` with the survivor.
   */
  mergeEntities(into: string, from: string[], actor: Actor): Promise<CurationRecord> {
    const merged = [...new Set(from)].filter((id) => id !== into);
    if (!merged.length) return Promise.reject(badInput('"from" must name at least one entity other than "into".'));
    if (merged.length > 100) return Promise.reject(badInput('At most 100 entities are merged at once.'));
    return this.run(async (tx) => {
      const entities = await this.lock(tx, [into, ...merged].sort());
      const rules = await loadRules(tx);
      let curation: CurationRecord | null = null;
      const changed: string[] = [];
      for (const id of merged) {
        curation = await this.record(tx, 'MERGE', actor, { entity: id, entityName: entities.get(id)!.name, into });
        rules.redirects.set(id, into);
        const rejected = rejectedAfterMerges(rules);
        const rows = (await tx.run(FACTS_TO_REKEY, { from: id })).records.map((r) => {
          const [s, o] = [survivor(rules, r.get('s') as string), survivor(rules, r.get('o') as string)];
          const next = `${r.get('type') as string}:${s}:${o}`;
          return {
            old: r.get('id') as string,
            wasRejected: r.get('rejected') as boolean,
            new: next,
            s,
            o,
            drop: s === o,
            hidden: rejected.has(next),
          };
        });
        // A fact that becomes the same statement as a rejected one is hidden with it.
        const hide = rows.filter((r) => r.hidden && !r.drop).map((r) => r.new);
        await tx.run(HIDE, { ids: hide });
        for (const from of ['Fact', 'RejectedFact'] as const)
          for (const to of ['Fact', 'RejectedFact'] as const) {
            const batch = rows.filter((r) => r.wasRejected === (from === 'RejectedFact') && r.hidden === (to === 'RejectedFact'));
            if (batch.length) await tx.run(REKEY(from, to), { rows: batch });
          }
        await tx.run(MOVE_ENTITY, { from: id, into });
        for (const r of rows) {
          if (!r.wasRejected) changed.push(r.old);
          if (!r.drop) changed.push(r.new);
        }
        changed.push(...hide);
      }
      changed.push(...(await this.factsOf(tx, into)));
      return { curation: curation!, changed };
    });
  }

  addAlias(entity: string, alias: string, actor: Actor): Promise<CurationRecord> {
    return this.spelling('ADD_ALIAS', entity, alias, actor);
  }

  removeAlias(entity: string, alias: string, actor: Actor): Promise<CurationRecord> {
    return this.spelling('REMOVE_ALIAS', entity, alias, actor);
  }

  private spelling(kind: 'ADD_ALIAS' | 'REMOVE_ALIAS', entity: string, raw: string, actor: Actor): Promise<CurationRecord> {
    const alias = raw.normalize('NFC').trim();
    if (!alias || alias.length > 200) return Promise.reject(badInput('"alias" must be 1 to 200 characters.'));
    return this.run(async (tx) => {
      const e = (await this.lock(tx, [entity])).get(entity)!;
      const has = e.aliases.includes(alias);
      if (alias === e.name)
        throw badInput(`"${alias}" is the entity's name${kind === 'REMOVE_ALIAS' ? ' and cannot be removed' : ' already'}.`);
      if (kind === 'ADD_ALIAS' && has) throw badInput(`"${alias}" is an alias of "${e.name}" already.`);
      if (kind === 'REMOVE_ALIAS' && !has) throw badInput(`"${alias}" is not an alias of "${e.name}".`);
      const aliases = kind === 'ADD_ALIAS' ? [...e.aliases, alias] : e.aliases.filter((a) => a !== alias);
      const keys = [...new Set([e.name, ...aliases].flatMap(keysOf))];
      await tx.run(SET_SPELLINGS, { id: entity, aliases, keys });
      // The opposite curation of the same spelling stops applying.
      const opposite = kind === 'ADD_ALIAS' ? 'REMOVE_ALIAS' : 'ADD_ALIAS';
      await tx.run('MATCH (c:Curation {kind: $opposite, entity: $entity, alias: $alias}) SET c.active = false', {
        opposite,
        entity,
        alias,
      });
      const curation = await this.record(tx, kind, actor, { entity, entityName: e.name, alias });
      return { curation, changed: await this.factsOf(tx, entity) };
    });
  }

  setEntityType(entity: string, type: EntityType, actor: Actor): Promise<CurationRecord> {
    return this.run(async (tx) => {
      const e = (await this.lock(tx, [entity])).get(entity)!;
      await tx.run('MATCH (e:Entity {id: $entity}) SET e.type = $type', { entity, type });
      await tx.run('MATCH (c:Curation {kind: "SET_TYPE", entity: $entity}) SET c.active = false', { entity });
      const curation = await this.record(tx, 'SET_TYPE', actor, { entity, entityName: e.name, type });
      return { curation, changed: await this.factsOf(tx, entity) };
    });
  }

  /** Hides a fact from every read and from future ingestion of the same statement (until restoreFact). */
  rejectFact(fact: string, actor: Actor): Promise<CurationRecord> {
    return this.run(async (tx) => {
      const res = await tx.run(
        `MATCH (f:Fact {id: $fact}) SET f._lock = true REMOVE f._lock ${TOMBSTONE('f')} REMOVE f:Fact SET f:RejectedFact RETURN f.id AS id`,
        {
          fact,
        },
      );
      if (!res.records.length) {
        const already = await tx.run('MATCH (f:RejectedFact {id: $fact}) RETURN f.id', { fact });
        throw already.records.length ? badInput(`The fact "${fact}" is rejected already.`) : notFound(`The fact "${fact}"`);
      }
      const curation = await this.record(tx, 'REJECT_FACT', actor, { fact });
      return { curation, changed: [fact] };
    });
  }

  /** Shows a rejected fact again; its statements count again when ingested. */
  restoreFact(fact: string, actor: Actor): Promise<CurationRecord> {
    return this.run(async (tx) => {
      const res = await tx.run('MATCH (f:RejectedFact {id: $fact}) REMOVE f:RejectedFact SET f:Fact RETURN f.id AS id', { fact });
      if (!res.records.length) {
        const live = await tx.run('MATCH (f:Fact {id: $fact}) RETURN f.id', { fact });
        throw live.records.length ? badInput(`The fact "${fact}" is not rejected.`) : notFound(`The rejected fact "${fact}"`);
      }
      // Every rejection that names this statement (directly or through merges) stops applying.
      const rules = await loadRules(tx);
      const ids = [...rules.rejectedBy.entries()].filter(([id]) => rejectedAfterMerges(rules, [id]).has(fact)).map(([, c]) => c);
      await tx.run('MATCH (c:Curation) WHERE c.id IN $ids SET c.active = false', { ids });
      const curation = await this.record(tx, 'RESTORE_FACT', actor, { fact });
      return { curation, changed: [fact] };
    });
  }

  /** Removes an article and withdraws what only it supported; ingesting it again is refused. */
  deleteArticle(article: string, actor: Actor): Promise<CurationRecord> {
    return this.run(async (tx) => {
      const res = await tx.run(WITHDRAW_ARTICLE, { id: article });
      const row = res.records[0];
      if (!row) throw notFound(`The article "${article}"`);
      const facts = row.get('facts') as string[];
      const [rejected, programs, mentioned] = (['rejected', 'programs', 'mentioned'] as const).map((k) => row.get(k) as string[]);
      await tx.run(PRUNE, { facts, rejected, programs, mentioned });
      const title = row.get('title') as string | null;
      const curation = await this.record(tx, 'DELETE_ARTICLE', actor, { article, ...(title ? { title } : {}) });
      return { curation, changed: facts };
    });
  }
}

export function plainCuration(row: Record<string, unknown>): CurationRecord {
  return {
    id: row.id as string,
    seq: Number(row.seq),
    kind: row.kind as CurationKind,
    at: row.at as string,
    by: row.by as string,
    reason: (row.reason as string | null) ?? null,
    active: row.active as boolean,
    entity: (row.entity as string | null) ?? null,
    entityName: (row.entityName as string | null) ?? null,
    into: (row.into as string | null) ?? null,
    alias: (row.alias as string | null) ?? null,
    type: (row.type as string | null) ?? null,
    fact: (row.fact as string | null) ?? null,
    article: (row.article as string | null) ?? null,
    title: (row.title as string | null) ?? null,
  };
}
