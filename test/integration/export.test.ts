import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readSeedArticles } from '../../src/ingest/service';
import { startTestApp, type TestApp } from '../helpers';

/** Export to files other tools read, and import back: a backup that needs no neo4j-admin. */
const ROOT = join(__dirname, '../..');
const run = promisify(execFile);
let app: TestApp;
let out: string;

/** Runs one of the project's CLIs against the test Neo4j. */
const cli = (script: string, args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, SEED_ON_START: 'false' },
  });

/** The exit code and error output of a CLI run that must fail. */
const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 0, stderr: '' }),
    (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
  );

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  for (const a of readSeedArticles(join(ROOT, 'seeds/articles'))) await app.deps.ingest.ingest(a);
  out = mkdtempSync(join(tmpdir(), 'chipgraph-export-'));
});
afterAll(async () => {
  await app.stop();
  rmSync(out, { recursive: true, force: true });
});

const graph = async () => ({
  nodes: await app.count('MATCH (n) WHERE NOT n:Migration RETURN count(n)'),
  relationships: await app.count('MATCH ()-[r]->() RETURN count(r)'),
  stats: (
    await app.gql<{ stats: unknown }>(
      '{ stats { articles entities relations chipPrograms relationsByType { type count } entitiesByType { type count } lastChange } }',
    )
  ).data?.stats,
});

describe('when the graph is exported and imported into an empty store', () => {
  it('then jsonl holds every node and relationship, and importing it gives identical counts and answers', async () => {
    const before = await graph();
    await cli('export', ['--format', 'jsonl', '--out', join(out, 'jsonl')]);
    const lines = readFileSync(join(out, 'jsonl/graph.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string });
    expect(lines.filter((l) => l.kind === 'node').length).toBe(before.nodes + (await app.count('MATCH (n:Migration) RETURN count(n)')));
    expect(lines.filter((l) => l.kind === 'relationship').length).toBe(before.relationships);
    const entity = (
      await app.gql<{ entity: unknown }>(
        '{ entity(name: "微軟") { id name aliases mentionCount relations(first: 5) { totalCount edges { node { id type evidence { totalCount } } } } } }',
      )
    ).data;

    await app.clear();
    await cli('import', [join(out, 'jsonl/graph.jsonl')]);
    expect(await graph()).toEqual(before);
    expect(
      (
        await app.gql<{ entity: unknown }>(
          '{ entity(name: "微軟") { id name aliases mentionCount relations(first: 5) { totalCount edges { node { id type evidence { totalCount } } } } } }',
        )
      ).data,
    ).toEqual(entity);
  });

  it('then importing into a store that has data is refused with a message and a non-zero exit', async () => {
    const failed = await failure(cli('import', [join(out, 'jsonl/graph.jsonl')]));
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/already holds/);
  });

  it('then a dump written before the ranking keys imports with them, and lists answer as before', async () => {
    const ask = async () =>
      (
        await app.gql<{ entity: unknown; deals: unknown }>(
          `{ entity(name: "微軟") { articles(first: 5) { edges { node { id } } } relations(first: 20) { totalCount edges { node { id evidence(first: 3) { totalCount edges { node { quote } } } } } } }
             deals(party: "OpenAI", first: 20) { edges { node { id } } } }`,
        )
      ).data;
    const before = await ask();
    // The same dump without the keys on its edges and facts, as a dump of an earlier version has it.
    const old = join(out, 'before-ranks.jsonl');
    writeFileSync(
      old,
      readFileSync(join(out, 'jsonl/graph.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => {
          const r = JSON.parse(l) as { properties: Record<string, unknown> };
          delete r.properties.rank;
          delete r.properties.deal;
          return JSON.stringify(r);
        })
        .join('\n'),
    );
    await app.clear();
    await cli('import', [old]);
    expect(await app.count('MATCH ()-[r:SUBJECT|OBJECT|EVIDENCE|MENTIONS]->() WHERE r.rank IS NULL RETURN count(r)')).toBe(0);
    const after = await ask();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).toMatch(/"totalCount":[1-9]/);
  });

  it('then GraphML has one node element per node and one edge per relationship, with declared keys', async () => {
    const before = await graph();
    await cli('export', ['--format', 'graphml', '--out', join(out, 'graphml')]);
    const xml = readFileSync(join(out, 'graphml/graph.graphml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml\.graphdrawing\.org\/xmlns">/);
    expect(xml.match(/<node id="(?!Migration:)/g)?.length).toBe(before.nodes);
    expect(xml.match(/<edge /g)?.length).toBe(before.relationships);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
    expect(xml.trimEnd().endsWith('</graph>\n</graphml>')).toBe(true);
  });

  it('then CSV has neo4j-admin import headers: a node file per label and a relationship file per type', async () => {
    await cli('export', ['--format', 'csv', '--out', join(out, 'csv')]);
    const files = readdirSync(join(out, 'csv')).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'nodes-Entity.csv',
        'nodes-Article.csv',
        'nodes-Fact.csv',
        'relationships-EVIDENCE.csv',
        'relationships-SUBJECT.csv',
      ]),
    );
    const entities = readFileSync(join(out, 'csv/nodes-Entity.csv'), 'utf8').split('\n');
    expect(entities[0]).toMatch(/^:ID,.*\bname:string\b.*\baliases:string\[\].*,:LABEL$/);
    expect(entities.filter((l) => l.startsWith('Entity:')).length).toBe(await app.count('MATCH (e:Entity) RETURN count(e)'));
    expect(readFileSync(join(out, 'csv/relationships-EVIDENCE.csv'), 'utf8').split('\n')[0]).toMatch(
      /^:START_ID,:END_ID,.*\bquote:string\b.*,:TYPE$/,
    );
  });

  it('then a bad format is a usage message and exit 2', async () => {
    const failed = await failure(cli('export', ['--format', 'xls', '--out', join(out, 'x')]));
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/usage: npm run export/);
  });
});
