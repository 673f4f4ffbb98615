import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config';
import { openDatabase, services, type Database } from '../../src/app';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded';
import { DatabaseUnavailableError } from '../../src/errors';
import { prepareArticle, type PreparedArticle } from '../../src/ingest/article';
import { readSeedArticles } from '../../src/ingest/service';

/**
 * Faults on a real embedded Neo4j of the test's own (not the shared one): the database killed in the
 * middle of a batch ingestion, and the API process told to stop while it is answering.
 */
const ROOT = join(__dirname, '../..');
const SEEDS = join(ROOT, 'seeds/articles');

/** The seed articles, ten times under different ids: 110 articles with their extractions. */
function articles(): PreparedArticle[] {
  const seeds = readSeedArticles(SEEDS);
  return Array.from({ length: 10 }, (_, copy) => seeds.map((a) => prepareArticle({ ...a, id: `${a.id}-copy${copy}` }))).flat();
}

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

async function open(neo4j: EmbeddedNeo4j): Promise<Database> {
  return openDatabase(loadConfig({ NEO4J_URI: neo4j.uri, SEED_ON_START: 'false' }), () => {});
}

async function counts(db: Database) {
  const q = async (cypher: string) => Number((await db.driver.executeQuery(cypher)).records[0]!.get(0));
  return {
    articles: await q('MATCH (a:Article) RETURN count(a)'),
    entities: await q('MATCH (e:Entity) RETURN count(e)'),
    facts: await q('MATCH (f:Fact) RETURN count(f)'),
    programs: await q('MATCH (p:ChipProgram) RETURN count(p)'),
    relationships: await q('MATCH ()-[r]->() RETURN count(r)'),
  };
}

describe('when the embedded Neo4j is killed during a batch ingestion', () => {
  const dataDir = join(ROOT, '.data/neo4j-fault-test');
  let neo4j: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('then writes fail fast, no article is half-written after a restart, and re-running gives the counts of a clean ingest', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const all = articles();
    const batches = chunks(all, 5);
    neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '512m' });
    db = await open(neo4j);
    const { writer } = services(db);

    // Three batches land; the database is killed (as the OOM killer would) while the fourth is written.
    for (const batch of batches.slice(0, 3)) await writer.writeBatch(batch);
    const pending = writer.writeBatch(batches[3]!).then(
      () => null,
      (err: unknown) => err,
    );
    process.kill(neo4j.pid, 'SIGKILL');
    await pending;
    // With the server gone, a write fails at once with the API's error, not after the driver's 30 s of retries.
    const started = Date.now();
    await expect(writer.writeBatch(batches[4]!)).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(15_000);
    await db.close().catch(() => {});
    await neo4j.stop();

    // Restart on the same store: every article present is complete; batches are all or nothing.
    neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '512m' });
    db = await open(neo4j);
    const stored = await db.driver.executeQuery(
      'MATCH (a:Article) RETURN a.id AS id, COLLECT { MATCH (a)-[:MENTIONS]->(e) RETURN e.id } AS mentioned ORDER BY id',
    );
    const byId = new Map(all.map((a) => [a.id, a]));
    expect([15, 20]).toContain(stored.records.length);
    for (const r of stored.records) {
      const expected = new Set(byId.get(r.get('id') as string)!.extraction.entities.map((e) => e.id));
      expect(new Set(r.get('mentioned') as string[])).toEqual(expected);
    }

    const rerun = services(db).writer;
    for (const batch of batches) await rerun.writeBatch(batch);
    const afterRerun = await counts(db);
    await db.driver.executeQuery('MATCH (n) DETACH DELETE n');
    for (const batch of batches) await rerun.writeBatch(batch);
    expect(afterRerun).toEqual(await counts(db));
    expect(afterRerun.articles).toBe(all.length);
  }, 240_000);
});

describe('when the API process gets SIGTERM while it answers requests', () => {
  const dataDir = join(ROOT, '.data/neo4j-sigterm-test');
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('then the requests in flight are answered, it exits 0 and leaves no Java process', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: '0',
      PORT: '0',
      SEED_ON_START: 'false',
      API_KEY: 'sigterm-test-key-0123456789',
      SHUTDOWN_GRACE_MS: '60000',
      NODE_ENV: 'test',
    };
    // The process `npm start` runs (TypeScript loaded in-process by tsx; the tsx CLI wrapper would
    // SIGKILL a child whose event loop is too busy to acknowledge the signal within 60 ms).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<{ code: number | null; signal: string | null }>((ok) =>
      child.once('exit', (code, signal) => ok({ code, signal })),
    );
    let javaPid = 0;
    const url = await new Promise<string>((ok, fail) => {
      child.once('exit', () => fail(new Error('the API exited during start-up')));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const pid = /pid (\d+)\)/.exec(line);
        if (pid) javaPid = Number(pid[1]);
        const ready = /"url":"([^"]+)"/.exec(line);
        if (ready) ok(ready[1]!);
      });
    });
    expect(javaPid).toBeGreaterThan(0);

    // Sixteen ingestions of about 30 kB each keep the server busy for a while.
    const seed = readSeedArticles(SEEDS)[0]!;
    const text = Array.from({ length: 10 }, () => seed.text).join('\n');
    const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
    const requests = Array.from({ length: 16 }, (_, i) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${env.API_KEY}` },
        body: JSON.stringify({ query: INGEST, variables: { input: { id: `busy-${i}`, text } } }),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { data?: { ingestArticle: { article: { id: string } } } },
      })),
    );
    await new Promise((ok) => setTimeout(ok, 150));
    child.kill('SIGTERM');
    const answers = await Promise.all(requests);
    expect(answers.map((a) => [a.status, a.body.data?.ingestArticle.article.id])).toEqual(
      Array.from({ length: 16 }, (_, i) => [200, `Article:busy-${i}`]),
    );
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(() => process.kill(javaPid, 0)).toThrow();
  }, 180_000);
});
