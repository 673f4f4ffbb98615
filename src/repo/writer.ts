import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { PreparedArticle } from '../ingest/article';
import type { Lexicon } from '../extract/lexicon';
import { nameKey, toSimplified } from '../extract/normalize';

// Forget what this article said before: its evidence and mentions (the facts themselves may have other sources).
const DETACH_ARTICLE = `
MERGE (a:Article {id: $article.id})
SET a += $article
WITH a
OPTIONAL MATCH (a)<-[ev:EVIDENCE]-(n)
WITH a, collect(DISTINCT n.id) AS touched, collect(ev) AS evs
FOREACH (e IN evs | DELETE e)
WITH a, touched
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH touched, collect(DISTINCT e.id) AS mentioned, collect(m) AS ms
FOREACH (x IN ms | DELETE x)
RETURN touched, mentioned`;

const WRITE_ENTITIES = `
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.type = row.type, e.createdAt = datetime()
WITH a, e, row, reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END) AS aliases,
     reduce(acc = coalesce(e.keys, []), x IN row.keys | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS keys
SET e.aliases = aliases, e.keys = keys,
    e.searchText = reduce(s = e.name, x IN aliases + keys | s + ' | ' + x)
MERGE (a)-[:MENTIONS]->(e)
WITH e, row
UNWIND row.keys AS key
MERGE (k:Alias {key: key})
MERGE (k)-[:OF]->(e)`;

const WRITE_FACTS = `
MATCH (a:Article {id: $articleId})
UNWIND $facts AS f
MATCH (s:Entity {id: f.subjectId}), (o:Entity {id: f.objectId})
MERGE (x:Fact {id: f.id})
  ON CREATE SET x.type = f.type, x.createdAt = datetime()
SET x.confidence = CASE WHEN x.confidence IS NULL OR x.confidence < f.confidence THEN f.confidence ELSE x.confidence END,
    x.status = coalesce(f.status, x.status), x.role = coalesce(f.role, x.role)
MERGE (x)-[:SUBJECT]->(s)
MERGE (x)-[:OBJECT]->(o)
WITH a, x, f
UNWIND f.evidence AS ev
CREATE (x)-[:EVIDENCE {quote: ev.sentence, start: ev.start, end: ev.end, status: f.status, role: f.role, confidence: f.confidence}]->(a)`;

const WRITE_PROGRAMS = `
MATCH (a:Article {id: $articleId})
UNWIND $programs AS p
MATCH (owner:Entity {id: p.ownerId})
MERGE (cp:ChipProgram {id: p.ownerId})
MERGE (cp)-[:OWNED_BY]->(owner)
WITH a, cp, p
CALL (cp, p) {
  UNWIND p.chipIds AS cid MATCH (c:Entity {id: cid}) MERGE (cp)-[:HAS_CHIP]->(c)
}
CALL (cp, p) {
  UNWIND p.partnerIds AS pid MATCH (q:Entity {id: pid}) MERGE (cp)-[:PARTNER]->(q)
}
WITH a, cp, p
UNWIND p.evidence AS ev
CREATE (cp)-[:EVIDENCE {quote: ev.sentence, start: ev.start, end: ev.end, status: p.status, since: p.since}]->(a)`;

// Facts, programs and entities that this article alone supported are gone with its old version.
const PRUNE = `
CALL (){ UNWIND $touched AS id MATCH (f:Fact {id: id}) WHERE NOT (f)-[:EVIDENCE]->() DETACH DELETE f }
CALL (){ UNWIND $touched AS id MATCH (p:ChipProgram {id: id}) WHERE NOT (p)-[:EVIDENCE]->() DETACH DELETE p }
CALL (){ UNWIND $mentioned AS id MATCH (e:Entity {id: id}) WHERE NOT ()-[:MENTIONS]->(e)
         OPTIONAL MATCH (k:Alias)-[:OF]->(e) DETACH DELETE e WITH DISTINCT k WHERE k IS NOT NULL AND NOT (k)-[:OF]->() DELETE k }`;

const evidenceParam = (e: { sentence: string; start: number; end: number }) => ({ sentence: e.sentence, start: e.start, end: e.end });

/** Writes one article and everything extracted from it in one transaction; re-running it changes no counts. */
export class ArticleWriter {
  constructor(private readonly driver: Driver, private readonly lexicon: Lexicon, private readonly database?: string) {}

  async write(article: PreparedArticle): Promise<void> {
    const { extraction: x } = article;
    const idByName = new Map(x.entities.map((e) => [e.name, e.id]));
    const entities = x.entities.map((e) => {
      const known = this.lexicon.entries.get(e.id);
      const aliases = [...new Set([...(known ? [known.name, ...known.aliases] : []), ...e.aliases].filter((a) => a !== e.name))];
      const keys = [...new Set([e.name, ...aliases].map(nameKey).concat([e.name, ...aliases].map((s) => toSimplified(s))))].filter(Boolean);
      return { id: e.id, name: known?.name ?? e.name, type: e.type, aliases, keys };
    });
    const facts = x.relations.map((r) => ({
      id: `${r.type}:${r.subjectId}:${r.objectId}`,
      type: r.type,
      subjectId: r.subjectId,
      objectId: r.objectId,
      confidence: r.confidence,
      status: r.status ?? null,
      role: r.role ?? null,
      evidence: r.provenance.map(evidenceParam),
    }));
    const programs = x.chipPrograms.map((p) => ({
      ownerId: p.ownerId,
      chipIds: p.chips.map((c) => idByName.get(c)).filter(Boolean),
      partnerIds: p.partners.map((c) => idByName.get(c)).filter(Boolean),
      status: p.status,
      since: p.since ?? null,
      evidence: p.provenance.map(evidenceParam),
    }));
    const props = {
      id: article.id, title: article.title, language: article.language, publishedAt: article.publishedAt,
      source: article.source, url: article.url, text: article.text, contentHash: article.contentHash,
    };
    const session = this.driver.session({ database: this.database });
    try {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        const detached = await tx.run(DETACH_ARTICLE, { article: props });
        const touched = detached.records[0]!.get('touched') as string[];
        const mentioned = detached.records[0]!.get('mentioned') as string[];
        const p = { articleId: article.id };
        await tx.run(WRITE_ENTITIES, { ...p, entities });
        await tx.run(WRITE_FACTS, { ...p, facts });
        await tx.run(WRITE_PROGRAMS, { ...p, programs });
        await tx.run(PRUNE, { touched, mentioned });
      });
    } finally {
      await session.close();
    }
  }
}
