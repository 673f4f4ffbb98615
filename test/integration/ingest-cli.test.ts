import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { urlId } from '../../src/ingest/web/sources';
import { startTestApp, type TestApp } from '../helpers';
import { startWebSite, type WebSite } from '../web-site';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

let app: TestApp;
let site: WebSite;

beforeAll(async () => {
  site = await startWebSite();
  app = await startTestApp();
  await app.clear();
});
afterAll(async () => {
  await app.stop();
  await site.close();
});

/** `npm run ingest -- ...args` as a child process on the test Neo4j (NEO4J_URI from globalSetup), its output collected. */
function ingest(args: string[]) {
  const child = spawn(TSX, ['src/cli/ingest.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, FETCH_ALLOW_PRIVATE: 'true', FETCH_TIMEOUT_MS: '800', FETCH_RETRIES: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  return { child, out, exit };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

describe('when the ingest CLI is run on a feed', () => {
  it('then it prints progress lines (not a terminal) and a summary naming what was added and failed, and exits 1 because items failed', async () => {
    const { out, exit } = ingest([`${site.origin}/feed.rss`]);
    expect(await exit).toBe(1);
    // Progress, one plain line per item with done/total, rate, ETA and failures.
    expect(out.stderr).toMatch(/^4 articles to process$/m);
    expect(out.stderr).toMatch(/^\[\d\/4\] failed .*missing\.html: FETCH_FAILED .*HTTP 404.* \(\d+\.\d\/s, ETA \S+, [12] failed\)$/m);
    expect(out.stderr).toMatch(/^\[4\/4\] .*\(\d+\.\d\/s, ETA 0s, 2 failed\)$/m);
    // The summary.
    expect(out.stdout).toMatch(/^2 added, 0 changed, 0 skipped, 2 failed \(4 items in \d+\.\d s\)$/m);
    expect(out.stdout).toContain(`  ${site.origin}/news/tsmc-nvidia.html: "台积电为英伟达代工新一代AI芯片" (`);
    expect(out.stdout).toMatch(
      /^failed:\n {2}.*missing\.html: FETCH_FAILED GET .*HTTP 404.*\n {2}.*slow\.html: FETCH_FAILED .*within 800 ms/m,
    );
    expect(await app.count('MATCH (a:Article) RETURN count(a)')).toBe(2);
  });

  it('then run again it skips what it stored and says so', async () => {
    const { out, exit } = ingest([`${site.origin}/feed.rss`]);
    expect(await exit).toBe(1);
    expect(out.stdout).toMatch(/^0 added, 0 changed, 2 skipped, 2 failed/m);
    expect(out.stdout).toContain(`  ${site.origin}/news/microsoft-amd.html: seen before: an article has this URL`);
  });

  it('then bad arguments print the usage and exit 2', async () => {
    const { out, exit } = ingest(['--interval', 'soon', 'x.txt']);
    expect(await exit).toBe(2);
    expect(out.stderr).toMatch(/--interval must be a number of seconds/);
    expect(out.stderr).toMatch(/usage: npm run ingest/);
  });
});

describe('when the ingest CLI watches a feed', () => {
  let child: ChildProcess | undefined;
  beforeAll(() => app.clear());
  afterEach(() => child?.kill('SIGKILL'));

  it('then an item added to the feed later is ingested in a later round, and SIGTERM stops it with exit 0', async () => {
    site.watchItems.push('samsung-hbm.html');
    const run = ingest(['--watch', '--interval', '1', `${site.origin}/watch.rss`]);
    child = run.child;
    // (A round's header, its items and its summary may reach stdout in separate chunks: wait for the summary itself.)
    const summaries = () => run.out.stdout.match(/^\d+ added, .*$/gm) ?? [];
    await until(() => summaries().length >= 1, 60_000, "the first round's summary");
    expect(run.out.stdout).toMatch(/^round 1, /m);
    expect(summaries()[0]).toMatch(/^1 added, 0 changed, 0 skipped, 0 failed/);

    site.watchItems.push('microsoft-amd.html');
    await until(() => run.out.stdout.includes(`  ${site.origin}/news/microsoft-amd.html: "Microsoft and AMD`), 30_000, 'the new item');
    await until(() => summaries().some((x) => /^1 added, 0 changed, 1 skipped, 0 failed/.test(x)), 30_000, "the new item's round summary");
    const stored = await app.gql<{ article: { title: string } }>(`query ($id: ID!) { article(id: $id) { title } }`, {
      id: urlId(`${site.origin}/news/microsoft-amd.html`),
    });
    expect(stored.data!.article.title).toBe('Microsoft and AMD deepen their partnership on data-centre accelerators');

    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
    child = undefined;
  });
});
