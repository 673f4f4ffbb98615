import { startTestApp, type TestApp } from '../helpers';
import { handArticle } from '../fixtures';
import { ArticleWriter } from '../../src/repo/writer';
import { loadLexicon } from '../../src/extract/lexicon';
import { ExtractionPool } from '../../src/extract/pool';
import { IngestService, readSeedArticles } from '../../src/ingest/service';
import { join } from 'node:path';

/** Concurrent writes share transactions, and one article's failure stays its own. */
let app: TestApp;
let transactions = 0;
let writer: ArticleWriter;

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  writer = new ArticleWriter(app.db.driver, loadLexicon(), app.db.database, () => transactions++);
});
afterAll(() => app.stop());

describe('when many articles are written at once', () => {
  it('then they share a few transactions and every one is stored', async () => {
    const articles = Array.from({ length: 120 }, (_, i) => handArticle(`b${i}`, '2025-04-01', [[`Maker ${i}`, 'SUPPLIES', 'Cloud Co']]));
    transactions = 0;
    await Promise.all(articles.map((a) => writer.write(a)));
    expect(await app.count("MATCH (a:Article) WHERE a.id STARTS WITH 'b' RETURN count(a)")).toBe(120);
    expect(await app.count("MATCH (:Entity {id: 'cloudco'})<-[:OBJECT]-(f:Fact) RETURN count(f)")).toBe(120);
    // 50 per transaction: 3 transactions, not 120.
    expect(transactions).toBeLessThanOrEqual(4);
  });

  it('then an article whose write fails is reported alone and leaves nothing behind, and the others are stored', async () => {
    const good = Array.from({ length: 5 }, (_, i) => handArticle(`g${i}`, '2025-04-02', [[`Vendor ${i}`, 'PARTNERS_WITH', 'Hub Co']]));
    // A URL too long for Neo4j's index: the whole transaction that holds this article fails.
    const bad = {
      ...handArticle('bad', '2025-04-02', [['Broken Co', 'PARTNERS_WITH', 'Hub Co']]),
      url: `https://example.com/${'a'.repeat(40_000)}`,
    };
    const results = await Promise.allSettled([...good.slice(0, 2), bad, ...good.slice(2)].map((a) => writer.write(a)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(await app.count("MATCH (a:Article) WHERE a.id STARTS WITH 'g' RETURN count(a)")).toBe(5);
    expect(await app.count("MATCH (a:Article {id: 'bad'}) RETURN count(a)")).toBe(0);
    expect(await app.count("MATCH (e:Entity {id: 'brokenco'}) RETURN count(e)")).toBe(0);
  });
});

describe('when a batch is ingested on the extraction pool and a worker dies mid-batch', () => {
  it('then the articles it was extracting fail with the reason and leave nothing, and the rest of the batch is stored whole', async () => {
    const seeds = readSeedArticles(join(__dirname, '../../seeds/articles'));
    const batch = Array.from({ length: 24 }, (_, i) => ({ ...seeds[i % seeds.length]!, id: `pooled-${i}` }));
    const pool = new ExtractionPool(2);
    await pool.start();
    try {
      const ingest = new IngestService(writer, pool);
      const pending = batch.map((a) => ingest.ingest(a));
      await (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots[0]!.worker.terminate();
      const results = await Promise.allSettled(pending);
      const failed = batch.filter((_, i) => results[i]!.status === 'rejected').map((a) => a.id);
      const stored = batch.filter((_, i) => results[i]!.status === 'fulfilled').map((a) => a.id);
      expect(failed.length).toBeGreaterThan(0);
      expect(stored.length).toBeGreaterThan(0);
      for (const r of results.filter((x) => x.status === 'rejected')) expect(String(r.reason)).toMatch(/extraction worker exited/);
      const present = async (ids: string[]) =>
        app.count(`MATCH (a:Article) WHERE a.id IN [${ids.map((id) => `'${id}'`).join(', ')}] RETURN count(a)`);
      expect(await present(failed)).toBe(0);
      expect(await present(stored)).toBe(stored.length);
      // Each stored article is whole: its mentions and evidence are there like any article's.
      expect(
        await app.count(
          `MATCH (a:Article) WHERE a.id IN [${stored.map((id) => `'${id}'`).join(', ')}] AND NOT (a)-[:MENTIONS]->() RETURN count(a)`,
        ),
      ).toBe(0);
      // Sent again, the failed ones go through on the replaced worker.
      await Promise.all(batch.filter((a) => failed.includes(a.id)).map((a) => ingest.ingest(a)));
      expect(await present(batch.map((a) => a.id))).toBe(batch.length);
    } finally {
      await pool.close();
    }
  });
});

describe('when an article is written', () => {
  it('then its bookmark is shared with every later session of the process (read-your-writes on a cluster)', async () => {
    const bookmarks = app.db.driver.executeQueryBookmarkManager;
    const before = [...(await bookmarks.getBookmarks())];
    await writer.write(handArticle('bm-1', '2025-04-03', [['Bookmark Co', 'PARTNERS_WITH', 'Hub Co']]));
    const after = [...(await bookmarks.getBookmarks())];
    expect(after).not.toEqual(before);
    expect(after.length).toBeGreaterThan(0);
  });
});

describe('when a fact gains evidence over many writes, dated, undated and out of order, and an article is rewritten', () => {
  it('then its stored summary (first and last date, evidence count) is the one its evidence gives', async () => {
    const fact: [string, 'SUPPLIES', string] = ['Summary Maker', 'SUPPLIES', 'Summary Cloud'];
    const summary = async () => {
      const { records } = await app.db.driver.executeQuery(
        `MATCH (f:Fact {id: 'SUPPLIES:summarymaker:summarycloud'})
         CALL (f) { MATCH (f)-[:EVIDENCE]->(a:Article) RETURN min(a.publishedAt) AS first, max(a.publishedAt) AS last, count(*) AS n }
         RETURN [f.firstSeen, f.lastSeen, toString(f.evidenceCount)] AS stored, [first, last, toString(n)] AS fromEvidence`,
        {},
        { database: app.db.database },
      );
      return { stored: records[0]!.get('stored') as unknown[], fromEvidence: records[0]!.get('fromEvidence') as unknown[] };
    };
    const expectSummary = async (first: string | null, last: string | null, n: number) => {
      const { stored, fromEvidence } = await summary();
      expect(stored).toEqual([first, last, String(n)]);
      expect(fromEvidence).toEqual(stored);
    };
    await writer.write(handArticle('sum-1', null, [fact]));
    await expectSummary(null, null, 1);
    await writer.write(handArticle('sum-2', '2025-03-01', [fact]));
    await expectSummary('2025-03-01', '2025-03-01', 2);
    await Promise.all([
      writer.write(handArticle('sum-3', '2025-06-01', [fact])),
      writer.write(handArticle('sum-4', '2024-12-31', [fact])),
      writer.write(handArticle('sum-5', null, [fact])),
    ]);
    await expectSummary('2024-12-31', '2025-06-01', 5);
    await writer.writeBatch([handArticle('sum-6', '2025-01-15', [fact]), handArticle('sum-7', '2025-07-04', [fact])]);
    await expectSummary('2024-12-31', '2025-07-04', 7);
    // Rewritten with another date, and without the fact: the summary is taken from the remaining evidence.
    await writer.write(handArticle('sum-7', '2025-02-01', [fact]));
    await expectSummary('2024-12-31', '2025-06-01', 7);
    await writer.write(handArticle('sum-4', '2025-02-02', [['Other Maker', 'SUPPLIES', 'Summary Cloud']]));
    await expectSummary('2025-01-15', '2025-06-01', 6);
  });
});
