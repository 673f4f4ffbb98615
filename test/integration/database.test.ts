import { connect } from '../../src/db/driver';
import { freePort } from '../../src/db/embedded';
import { migrate } from '../../src/repo/migrations';
import { DatabaseUnavailableError } from '../../src/errors';
import { prepareArticle } from '../../src/ingest/article';
import { ArticleWriter } from '../../src/repo/writer';
import { loadLexicon } from '../../src/extract/lexicon';
import { startTestApp, type TestApp } from '../helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('when the schema is migrated', () => {
  it('then key constraints and the full-text index exist and are online, and migrating again is harmless', async () => {
    await migrate(app.db.driver, app.db.database);
    const constraints = await app.db.driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0]!.get('names')).toEqual(
      expect.arrayContaining(['entity_id', 'article_id', 'fact_id', 'program_id', 'alias_key']),
    );
    const idx = await app.db.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'entity_names' RETURN state");
    expect(idx.records[0]!.get('state')).toBe('ONLINE');
  });
});

describe('when Neo4j is not reachable', () => {
  it('then connecting fails with a message naming the URI and what to do', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const err = await connect({ uri, user: 'neo4j', password: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect((err as Error).message).toContain(uri);
    expect((err as Error).message).toMatch(/NEO4J_URI/);
  });
});

describe('when a write fails half-way through an article', () => {
  it('then nothing of that article is left in the graph', async () => {
    await app.clear();
    const prepared = prepareArticle({ id: 'half-written', text: '微软与OpenAI合作开发芯片。' });
    expect(prepared.extraction.relations.length).toBeGreaterThan(0);
    // An entity with a null key makes its MERGE fail after the article node was written in the same transaction.
    const broken = {
      ...prepared,
      extraction: {
        ...prepared.extraction,
        entities: [...prepared.extraction.entities, { id: null as never, name: 'x', type: 'Organization' as const, aliases: [] }],
      },
    };
    const writer = new ArticleWriter(app.db.driver, loadLexicon(), app.db.database);
    await expect(writer.write(broken)).rejects.toThrow();
    expect(await app.count('MATCH (n) RETURN count(n)')).toBe(0);
  });
});
