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

describe('when a graph written before mentions had ranking keys is migrated', () => {
  it("then every mention gets the key the writer gives it, and an entity's articles page as before", async () => {
    await app.clear();
    const writer = new ArticleWriter(app.db.driver, loadLexicon(), app.db.database);
    for (const [id, date] of [
      ['m-1', '2025-03-02'],
      ['m-2', undefined],
      ['m-3', '2025-11-20'],
    ] as const) {
      await writer.write(prepareArticle({ id, publishedAt: date, text: '微软与OpenAI合作开发芯片。' }));
    }
    const ranks = 'MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id + e.id AS k, m.rank AS rank ORDER BY k';
    const written = (await app.db.driver.executeQuery(ranks)).records.map((r) => r.toObject());
    expect(written.length).toBeGreaterThan(3);
    expect(written.every((r) => typeof r.rank === 'string')).toBe(true);
    const newest = '{ entity(name: "微軟") { articles(first: 5) { edges { node { id } } } } }';
    const before = await app.gql(newest);
    await app.db.driver.executeQuery(
      "MATCH ()-[m:MENTIONS]->() REMOVE m.rank WITH count(*) AS n MATCH (x:Migration {name: 'mention-ranks'}) DELETE x",
    );
    await migrate(app.db.driver, app.db.database);
    expect((await app.db.driver.executeQuery(ranks)).records.map((r) => r.toObject())).toEqual(written);
    expect(await app.gql(newest)).toEqual(before);
    expect(JSON.stringify(before)).toContain('"Article:m-3"}},{"node":{"id":"Article:m-1"}},{"node":{"id":"Article:m-2"');
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
