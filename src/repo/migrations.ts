import type { Driver } from 'neo4j-driver';
import { RANK_INDEXES, SET_EVIDENCE_RANK, SET_FACT_RANKS, SET_MENTION_RANK } from './ranks';

/**
 * Idempotent schema set-up, run at every start: keys are unique, lookups by key are indexed, and
 * names and aliases are searchable in every script through one full-text index.
 */
export const MIGRATIONS: readonly string[] = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE',
  'CREATE CONSTRAINT program_id IF NOT EXISTS FOR (p:ChipProgram) REQUIRE p.id IS UNIQUE',
  'CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (k:Alias) REQUIRE k.key IS UNIQUE',
  'CREATE CONSTRAINT removed_fact_id IF NOT EXISTS FOR (t:RemovedFact) REQUIRE t.id IS UNIQUE',
  // Curation (repo/curator.ts): rejected facts keep their id; curations are listed newest first.
  'CREATE CONSTRAINT rejected_fact_id IF NOT EXISTS FOR (f:RejectedFact) REQUIRE f.id IS UNIQUE',
  'CREATE CONSTRAINT curation_id IF NOT EXISTS FOR (c:Curation) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX curation_seq IF NOT EXISTS FOR (c:Curation) ON (c.seq)',
  'CREATE CONSTRAINT sequence_name IF NOT EXISTS FOR (s:Sequence) REQUIRE s.name IS UNIQUE',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX fact_type IF NOT EXISTS FOR (f:Fact) ON (f.type)',
  'CREATE INDEX fact_seq IF NOT EXISTS FOR (f:Fact) ON (f.seq)',
  'CREATE INDEX removed_fact_seq IF NOT EXISTS FOR (t:RemovedFact) ON (t.seq)',
  'CREATE INDEX fact_last_seen IF NOT EXISTS FOR (f:Fact) ON (f.lastSeen)',
  'CREATE INDEX article_sort_date IF NOT EXISTS FOR (a:Article) ON (a.sortDate)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  // Ingestion of web pages and feeds skips what it has seen, by URL or by text (repo/seen.ts).
  'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
  'CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash)',
  // Ranking keys (ranks.ts): an entity's best relations, a party's deals, evidence newest first.
  ...RANK_INDEXES,
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } }",
];

/**
 * Derived properties that graphs written by earlier versions lack. Each runs once per database
 * (a `(:Migration {name})` node records it), so starts do not scan the graph again.
 */
export const DATA_MIGRATIONS: readonly { name: string; cypher: string }[] = [
  { name: 'article-sort-date', cypher: "MATCH (a:Article) WHERE a.sortDate IS NULL SET a.sortDate = coalesce(a.publishedAt, '')" },
  {
    name: 'fact-evidence-count',
    cypher: 'MATCH (f:Fact) WHERE f.evidenceCount IS NULL SET f.evidenceCount = COUNT { (f)-[:EVIDENCE]->() }',
  },
  { name: 'fact-ranks', cypher: `MATCH (f) WHERE f:Fact OR f:RejectedFact ${SET_FACT_RANKS('f')}` },
  { name: 'evidence-ranks', cypher: `MATCH (x)-[ev:EVIDENCE]->(a:Article) ${SET_EVIDENCE_RANK('ev', 'x', 'a')}` },
  { name: 'mention-ranks', cypher: `MATCH (a:Article)-[m:MENTIONS]->(e:Entity) ${SET_MENTION_RANK('m', 'e', 'a')}` },
];

export async function migrate(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of MIGRATIONS) await session.run(statement);
    // Indexes build asynchronously; queries must not race them.
    await session.run('CALL db.awaitIndexes(300)');
    for (const m of DATA_MIGRATIONS) {
      const done = await session.run('MATCH (m:Migration {name: $name}) RETURN count(m) AS n', { name: m.name });
      if (Number(done.records[0]!.get('n')) > 0) continue;
      await session.executeWrite(async (tx) => {
        await tx.run(m.cypher);
        await tx.run('MERGE (:Migration {name: $name})', { name: m.name });
      });
    }
  } finally {
    await session.close();
  }
}
