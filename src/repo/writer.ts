import type { Driver } from 'neo4j-driver';
import { ConcurrentChange, writeTransaction } from './session';
import { recordChanges, summarizeAddedEvidence, summarizeFacts, TOMBSTONE } from './facts';
import { SET_EVIDENCE_RANK, SET_MENTION_RANK } from './ranks';
import { applyRules, loadRules, RULES_VERSION, type CurationRules } from './curation';
import type { PreparedArticle } from './types';
import type { Lexicon } from '../extract/lexicon';
import { nameKey, toSimplified } from '../extract/normalize';

// Forget what these articles said before: their evidence and mentions (the facts themselves may have other sources).
const DETACH_ARTICLES = `
UNWIND $articles AS art
MERGE (a:Article {id: art.id})
SET a += art
WITH a
OPTIONAL MATCH (a)<-[ev:EVIDENCE]-(n)
WITH a, collect(DISTINCT CASE WHEN n:Fact THEN n.id END) AS facts, collect(DISTINCT CASE WHEN n:ChipProgram THEN n.id END) AS programs,
     collect(DISTINCT CASE WHEN n:RejectedFact THEN n.id END) AS rejected, collect(ev) AS evs
FOREACH (e IN evs | DELETE e)
WITH a, facts, programs, rejected
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH a, facts, programs, rejected, collect(DISTINCT e.id) AS mentioned, collect(m) AS ms
FOREACH (x IN ms | DELETE x)
RETURN a.id AS articleId, facts, programs, rejected, mentioned`;

// An entity's spelling lists grow with every article that names it. The write lock is taken (SET)
// before the lists are read, so concurrent writers add to them one after another instead of each
// writing back what it read and losing the other's spellings.
const WRITE_ENTITIES = `
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.createdAt = datetime()
SET e._lock = true
WITH e, row
WITH e, row, reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END) AS aliases,
     reduce(acc = coalesce(e.keys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS keys
SET e.aliases = aliases, e.keys = keys,
    e.searchText = reduce(s = e.name, x IN aliases + keys | s + ' | ' + x)
REMOVE e._lock
WITH e, row
UNWIND row.keys AS key
MERGE (k:Alias {key: key})
MERGE (k)-[:OF]->(e)`;

// The batch's articles mention nothing at this point (DETACH_ARTICLES removed their mentions, under
// their locks), so each mention is created, once per entity; each article is looked up once.
const WRITE_MENTIONS = `
UNWIND $mentions AS m
MATCH (a:Article {id: m.articleId})
UNWIND m.entityIds AS entityId
MATCH (e:Entity {id: entityId})
CREATE (a)-[r:MENTIONS]->(e)
${SET_MENTION_RANK('r', 'e', 'a')}`;

// Facts a curator rejected are written as RejectedFact: kept with their evidence, hidden from reads.
const WRITE_FACTS = (label: 'Fact' | 'RejectedFact') => `
UNWIND $facts AS f
MATCH (s:Entity {id: f.subjectId}), (o:Entity {id: f.objectId})
MERGE (x:${label} {id: f.id})
  ON CREATE SET x.type = f.type, x.createdAt = datetime()
SET x._lock = true
WITH x, f, s, o
SET x.confidence = CASE WHEN x.confidence IS NULL OR x.confidence < f.confidence THEN f.confidence ELSE x.confidence END,
    x.status = coalesce(f.status, x.status), x.role = coalesce(f.role, x.role)
REMOVE x._lock
MERGE (x)-[:SUBJECT]->(s)
MERGE (x)-[:OBJECT]->(o)`;

const WRITE_PROGRAMS = `
UNWIND $programs AS p
MATCH (owner:Entity {id: p.ownerId})
MERGE (cp:ChipProgram {id: p.ownerId})
MERGE (cp)-[:OWNED_BY]->(owner)
WITH cp, p
CALL (cp, p) {
  UNWIND p.chipIds AS cid MATCH (c:Entity {id: cid}) MERGE (cp)-[:HAS_CHIP]->(c)
}
CALL (cp, p) {
  UNWIND p.partnerIds AS pid MATCH (q:Entity {id: pid}) MERGE (cp)-[:PARTNER]->(q)
}`;

// Evidence of facts (label Fact, or RejectedFact) and programs (label ChipProgram): one relationship
// per sentence. Rows come grouped by article (each article looked up once).
const WRITE_EVIDENCE = (label: 'Fact' | 'RejectedFact' | 'ChipProgram') => `
UNWIND $evidence AS art
MATCH (a:Article {id: art.articleId})
UNWIND art.rows AS ev
MATCH (x:${label} {id: ev.ownerId})
CREATE (x)-[r:EVIDENCE]->(a)
SET r = ev.props
${SET_EVIDENCE_RANK('r', 'x', 'a')}`;

// Facts, programs and entities that only these articles' old versions supported are gone.
// A removed fact leaves a tombstone with what followers filter the change feed on (type and ends).
export const PRUNE = `
CALL (){ UNWIND $facts AS id MATCH (f:Fact {id: id}) WHERE NOT (f)-[:EVIDENCE]->() ${TOMBSTONE('f')} DETACH DELETE f }
CALL (){ UNWIND $rejected AS id MATCH (f:RejectedFact {id: id}) WHERE NOT (f)-[:EVIDENCE]->() DETACH DELETE f }
CALL (){ UNWIND $programs AS id MATCH (p:ChipProgram {id: id}) WHERE NOT (p)-[:EVIDENCE]->() DETACH DELETE p }
CALL (){ UNWIND $mentioned AS id MATCH (e:Entity {id: id}) WHERE NOT ()-[:MENTIONS]->(e)
         OPTIONAL MATCH (k:Alias)-[:OF]->(e) DETACH DELETE e WITH DISTINCT k WHERE k IS NOT NULL AND NOT (k)-[:OF]->() DELETE k }`;

const evidenceProps = (e: { sentence: string; start: number; end: number }) => ({ quote: e.sentence, start: e.start, end: e.end });
const strip = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null));

type EvidenceRow = { ownerId: string; articleId: string; props: Record<string, unknown> };

/** Evidence rows (in order) grouped by article, as WRITE_EVIDENCE takes them. */
function byArticle(rows: EvidenceRow[]): { articleId: string; rows: EvidenceRow[] }[] {
  const groups = new Map<string, EvidenceRow[]>();
  for (const row of rows) {
    const list = groups.get(row.articleId);
    if (list) list.push(row);
    else groups.set(row.articleId, [row]);
  }
  return [...groups].map(([articleId, list]) => ({ articleId, rows: list }));
}

/** Plain rows for one batch of articles: unique entities, facts and programs, plus per-article mentions and evidence. */
function batchRows(articles: PreparedArticle[], lexicon: Lexicon, rules: CurationRules) {
  const entities = new Map<string, { id: string; name: string; type: string; aliases: Set<string>; keys: Set<string> }>();
  const mentions = new Map<string, Set<string>>();
  const facts = new Map<
    string,
    { id: string; type: string; subjectId: string; objectId: string; confidence: number; status: string | null; role: string | null }
  >();
  const factEvidence: EvidenceRow[] = [];
  const programs = new Map<string, { ownerId: string; chipIds: Set<string>; partnerIds: Set<string> }>();
  const programEvidence: EvidenceRow[] = [];
  const factsByArticle = new Map<string, Set<string>>();
  // The same sentence stated again in one article (a repeated paragraph, a scraped page twice) is one piece of evidence.
  const quoted = new Set<string>();
  const firstQuote = (ownerId: string, articleId: string, quote: string) => {
    const key = `${ownerId}\u0000${articleId}\u0000${quote}`;
    return !quoted.has(key) && !!quoted.add(key);
  };

  for (const article of articles) {
    const { extraction: x, id: articleId } = article;
    const idByName = new Map(x.entities.map((e) => [e.name, e.id]));
    for (const e of x.entities) {
      const known = lexicon.entries.get(e.id);
      const name = known?.name ?? e.name;
      const row = entities.get(e.id) ?? { id: e.id, name, type: e.type, aliases: new Set<string>(), keys: new Set<string>() };
      for (const a of [...(known ? [known.name, ...known.aliases] : []), ...e.aliases, e.name]) {
        // Every spelling, the batch's name too: the stored entity may already have another name (the query keeps it out of its own aliases).
        // A spelling a curator removed stays removed, whatever the lexicon or the article says.
        if (rules.removed.get(e.id)?.has(a)) continue;
        row.aliases.add(a);
        for (const k of [nameKey(a), toSimplified(a)]) if (k) row.keys.add(k);
      }
      entities.set(e.id, row);
      mentions.set(articleId, (mentions.get(articleId) ?? new Set()).add(e.id));
    }
    const own = new Set<string>();
    factsByArticle.set(articleId, own);
    for (const r of x.relations) {
      const id = `${r.type}:${r.subjectId}:${r.objectId}`;
      own.add(id);
      const prev = facts.get(id);
      facts.set(id, {
        id,
        type: r.type,
        subjectId: r.subjectId,
        objectId: r.objectId,
        confidence: Math.max(prev?.confidence ?? 0, r.confidence),
        status: r.status ?? prev?.status ?? null,
        role: r.role ?? prev?.role ?? null,
      });
      for (const p of r.provenance) {
        if (firstQuote(id, articleId, p.sentence))
          factEvidence.push({
            ownerId: id,
            articleId,
            props: strip({ ...evidenceProps(p), status: r.status, role: r.role, confidence: r.confidence }),
          });
      }
    }
    for (const p of x.chipPrograms) {
      const row = programs.get(p.ownerId) ?? { ownerId: p.ownerId, chipIds: new Set<string>(), partnerIds: new Set<string>() };
      for (const c of p.chips) if (idByName.has(c)) row.chipIds.add(idByName.get(c)!);
      for (const c of p.partners) if (idByName.has(c)) row.partnerIds.add(idByName.get(c)!);
      programs.set(p.ownerId, row);
      for (const e of p.provenance) {
        if (firstQuote(`program:${p.ownerId}`, articleId, e.sentence))
          programEvidence.push({ ownerId: p.ownerId, articleId, props: strip({ ...evidenceProps(e), status: p.status, since: p.since }) });
      }
    }
  }
  return {
    // Locks are taken in id order, so two batches naming the same entities cannot deadlock on them.
    entities: [...entities.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((e) => ({ ...e, aliases: [...e.aliases], keys: [...e.keys] })),
    mentions: [...mentions].map(([articleId, ids]) => ({ articleId, entityIds: [...ids] })),
    facts: [...facts.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    factEvidence,
    programs: [...programs.values()].map((p) => ({ ownerId: p.ownerId, chipIds: [...p.chipIds], partnerIds: [...p.partnerIds] })),
    programEvidence,
    factsByArticle,
  };
}

/**
 * Writes articles and everything extracted from them. One call is one transaction (all of it or
 * nothing); statements take whole batches through UNWIND. Re-writing an article changes no counts.
 */
export class ArticleWriter {
  constructor(
    private readonly driver: Driver,
    private readonly lexicon: Lexicon,
    private readonly database?: string,
    /** Told how long each write transaction took (metrics). */
    private readonly observe?: (kind: 'write', seconds: number) => void,
    /** The most articles concurrent `write` calls share one transaction with. */
    private readonly batchSize = 50,
  ) {}

  /** Called after a commit that added to the change feed (live subscriptions wake up on it). */
  onChanges?: () => void;

  private queue: { article: PreparedArticle; resolve: (r: { skipped: string[] }) => void; reject: (err: unknown) => void }[] = [];
  private flushing = false;

  /**
   * Writes one article. Articles written concurrently (the CLI's parallel items, simultaneous
   * mutations) share transactions of up to `batchSize` (one UNWIND per statement for all of them);
   * if a shared transaction fails, each article is written alone, so one article's failure is only
   * its own.
   */
  write(article: PreparedArticle): Promise<{ skipped: string[] }> {
    return new Promise((resolve, reject) => {
      this.queue.push({ article, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    // Let the callers that are ready in this turn of the event loop join the first transaction.
    await new Promise((ok) => setImmediate(ok));
    while (this.queue.length) {
      const batch = this.queue.splice(0, this.batchSize);
      try {
        const { skipped } = await this.writeBatch(batch.map((b) => b.article));
        for (const b of batch) b.resolve({ skipped: skipped.filter((id) => id === b.article.id) });
      } catch (err) {
        if (batch.length === 1) batch[0]!.reject(err);
        else await Promise.all(batch.map((b) => this.writeBatch([b.article]).then(b.resolve, b.reject)));
      }
    }
    this.flushing = false;
  }

  /**
   * Writes a batch in one transaction, as the active curations say (see curation.ts). Returns the
   * ids of articles left out because a curator deleted them.
   */
  async writeBatch(batch: PreparedArticle[]): Promise<{ skipped: string[] }> {
    // The same article twice in one batch: its last version wins.
    const unique = [...new Map(batch.map((a) => [a.id, a])).values()];
    if (!unique.length) return { skipped: [] };
    const started = performance.now();
    const { fed, skipped } = await writeTransaction(this.driver, this.database, async (tx) => {
      const rules = await loadRules(tx);
      const { articles, skipped } = applyRules(unique, rules);
      if (!articles.length) return { fed: false, skipped };
      const rows = batchRows(articles, this.lexicon, rules);
      const props = articles.map((a) => ({
        id: a.id,
        title: a.title,
        language: a.language,
        publishedAt: a.publishedAt,
        source: a.source,
        url: a.url,
        text: a.text,
        contentHash: a.contentHash,
        // The articles list sorts on this (undated articles last); it is indexed.
        sortDate: a.publishedAt ?? '',
      }));
      const hidden = (id: string) => rules.rejected.has(id);
      // Statements are sent without waiting for the one before (the driver pipelines them; Neo4j
      // runs them in order) wherever none needs an earlier one's result: a round trip is a wait for
      // Neo4j and for this thread, which is busy with other articles meanwhile. A statement whose
      // rows are all empty is not sent (PRUNE's plan of deletes costs even with nothing to do).
      const unwind = (cypher: string, params: Record<string, unknown[]>) =>
        Object.values(params).some((list) => list.length) ? tx.run(cypher, params) : null;
      const [detachedResult] = await Promise.all([
        tx.run(DETACH_ARTICLES, { articles: props }),
        unwind(WRITE_ENTITIES, { entities: rows.entities }),
        unwind(WRITE_MENTIONS, { mentions: rows.mentions }),
        unwind(WRITE_FACTS('Fact'), { facts: rows.facts.filter((f) => !hidden(f.id)) }),
        unwind(WRITE_FACTS('RejectedFact'), { facts: rows.facts.filter((f) => hidden(f.id)) }),
        unwind(WRITE_EVIDENCE('Fact'), { evidence: byArticle(rows.factEvidence.filter((e) => !hidden(e.ownerId))) }),
        unwind(WRITE_EVIDENCE('RejectedFact'), { evidence: byArticle(rows.factEvidence.filter((e) => hidden(e.ownerId))) }),
        unwind(WRITE_PROGRAMS, { programs: rows.programs }),
        unwind(WRITE_EVIDENCE('ChipProgram'), { evidence: byArticle(rows.programEvidence) }),
      ]);
      const detached = detachedResult.records.map((r) => ({
        articleId: r.get('articleId') as string,
        facts: r.get('facts') as string[],
        programs: r.get('programs') as string[],
        rejected: r.get('rejected') as string[],
        mentioned: r.get('mentioned') as string[],
      }));
      const oldFacts = new Set(detached.flatMap((d) => d.facts));
      // A fact changed when an article started or stopped stating it (hidden facts are not on the feed).
      const changed = new Set<string>();
      for (const d of detached) {
        const now = new Set([...(rows.factsByArticle.get(d.articleId) ?? [])].filter((id) => !hidden(id)));
        const before = new Set(d.facts);
        for (const id of now) if (!before.has(id)) changed.add(id);
        for (const id of before) if (!now.has(id)) changed.add(id);
      }
      // Facts that lost evidence here (these articles' old versions stated them) are summarized from
      // all their evidence; the others only gained some, and their stored summary is widened.
      const lost = new Set([...oldFacts, ...detached.flatMap((d) => d.rejected)]);
      const dated = new Map(articles.map((a) => [a.id, a.publishedAt]));
      const dates = new Map<string, Set<string>>();
      for (const e of rows.factEvidence) {
        const date = dated.get(e.articleId);
        if (date != null) dates.set(e.ownerId, (dates.get(e.ownerId) ?? new Set()).add(date));
      }
      let version: Promise<number> | undefined;
      const [, fed] = await Promise.all([
        unwind(PRUNE, {
          facts: [...oldFacts],
          rejected: [...new Set(detached.flatMap((d) => d.rejected))],
          programs: [...new Set(detached.flatMap((d) => d.programs))],
          mentioned: [...new Set(detached.flatMap((d) => d.mentioned))],
        }),
        recordChanges(tx, changed, () => [
          summarizeFacts(tx, [...oldFacts, ...rows.facts.filter((f) => lost.has(f.id)).map((f) => f.id)]),
          summarizeAddedEvidence(
            tx,
            rows.facts.filter((f) => !lost.has(f.id)).map((f) => ({ id: f.id, hidden: hidden(f.id), dates: [...(dates.get(f.id) ?? [])] })),
          ),
          (version = tx.run(RULES_VERSION).then((r) => Number(r.records[0]?.get('version') ?? 0))),
        ]),
      ]);
      // A curation committed while this batch was written (it waited on, or passed, our locks): write again with it.
      if ((await version) !== rules.version) throw new ConcurrentChange('curations changed');
      return { fed, skipped };
    });
    this.observe?.('write', (performance.now() - started) / 1000);
    if (fed) this.onChanges?.();
    return { skipped };
  }
}
