/**
 * `npm run bench`: extraction speed on the seeds replicated to 1,000 articles, then the five
 * questions of bench/queries.ts over HTTP, concurrency 16, against chipgraph, a @neo4j/graphql peer
 * and the raw driver, on synthetic graphs of each size. Every figure comes from this one run.
 *
 *   npm run bench -- [--sizes 1000,10000,100000] [--seconds 9] [--rounds 6] [--warmup 12] [--concurrency 16] [--skip-extraction] [--queries entity,deals] [--check-only] [--peer-jit] [--control]
 *
 * Before any measurement, every target's answer to every drawn input of every question is compared
 * in full (bench/queries.ts normalizes them to one shape); a difference is printed and makes the run
 * exit non-zero. --check-only stops after that comparison. --peer-jit runs the peer with chipgraph's
 * graphql-jit gateway instead of graphql-js. --control adds a second copy of the raw target, measured
 * like the others: its ratio to the raw target is the run's own spread (identical servers differ only
 * by noise).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { extname, join } from 'node:path';
import { ROOT } from '../src/paths';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import { connect } from '../src/db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded';
import { migrate } from '../src/repo/migrations';
import { loadLexicon } from '../src/extract/lexicon';
import { cleanInput, prepareArticle } from '../src/ingest/article';
import { ExtractionPool } from '../src/extract/pool';
import { IngestService, readSeedArticles } from '../src/ingest/service';
import { ArticleWriter } from '../src/repo/writer';
import { QUERIES, type BenchQuery } from './queries';
import { rng, syntheticArticles, syntheticEntities, zipf } from './synthetic';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const SIZES = arg('sizes', '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0); // --sizes 0: the extraction figures only
const SECONDS = Number(arg('seconds', '9'));
const ROUNDS = Number(arg('rounds', '6'));
const ONLY = arg('queries', QUERIES.map((q) => q.name).join(',')).split(',');
const CONCURRENCY = Number(arg('concurrency', '16'));
/** Most seconds of warm-up per target and question (see warm()). */
const WARMUP = Number(arg('warmup', '12'));
const CHECK_ONLY = process.argv.includes('--check-only');
/** The peer executes with chipgraph's graphql-jit gateway instead of graphql-js (not how the library is used; to isolate the engine). */
const PEER_JIT = process.argv.includes('--peer-jit');
if (process.argv.includes('--help')) {
  console.log(
    readFileSync(__filename, 'utf8')
      .split('*/')[0]!
      .replace(/^\/\*\*?\n?/, '')
      .replace(/^ \* ?/gm, ''),
  );
  process.exit(0);
}
/** The A/A control (--control): a second raw target, started, checked and measured like the others. */
const CONTROL = process.argv.includes('--control');
type Target = 'chipgraph' | 'peer' | 'raw' | 'control';
const TARGETS: readonly Target[] = CONTROL ? ['chipgraph', 'peer', 'raw', 'control'] : ['chipgraph', 'peer', 'raw'];
/** What a target serves: the control is the raw target again. */
const modeOf = (t: Target) => (t === 'control' ? 'raw' : t);
/** Answers that differed between targets, over the whole run (any makes the run exit non-zero). */
let differences = 0;

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** CPU seconds (user + system) a process has used so far. */
const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
const rssPeakMb = (pid: number) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

async function database(name: string): Promise<{ neo: EmbeddedNeo4j; driver: Driver; writer: ArticleWriter; close(): Promise<void> }> {
  const dataDir = join(ROOT, '.data', name);
  rmSync(dataDir, { recursive: true, force: true });
  const neo = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '4g', log: () => {} });
  const driver = await connect({ uri: neo.uri, user: 'neo4j', password: '' });
  await migrate(driver);
  return {
    neo,
    driver,
    writer: new ArticleWriter(driver, loadLexicon()),
    close: async () => {
      await driver.close();
      await neo.stop();
    },
  };
}

async function extractionBench() {
  const seeds = readSeedArticles(join(ROOT, 'seeds/articles'));
  const inputs = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length]!, id: `rep-${i}` }));
  // Warm: the first articles load the lexicon, the segmenter's dictionary and the converters, and
  // V8 compiles the rules' large functions (over a second of CPU); throughput is what comes after.
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (const a of inputs.slice(0, 300)) prepareArticle(a);
  const coldMs = performance.now() - w0;
  const coldCpu = process.cpuUsage(c0);
  const t0 = performance.now();
  for (const a of inputs) prepareArticle(a);
  const extractOnly = (inputs.length / (performance.now() - t0)) * 1000;
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;

  const db = await database('bench-extract');
  const t1 = performance.now();
  for (const a of inputs) await db.writer.write(prepareArticle(a));
  const perArticle = (inputs.length / (performance.now() - t1)) * 1000;
  const t2 = performance.now();
  for (let i = 0; i < inputs.length; i += 50) await db.writer.writeBatch(inputs.slice(i, i + 50).map(prepareArticle));
  const batched = (inputs.length / (performance.now() - t2)) * 1000;
  // The CLI's path: extraction on worker threads (cores - 1), concurrent writes sharing transactions.
  const workers = Math.max(1, availableParallelism() - 1);
  const pool = new ExtractionPool(workers);
  await pool.start();
  const texts = inputs.map((a) => cleanInput(a).text);
  const t3 = performance.now();
  await Promise.all(texts.map((t) => pool.extract(t)));
  const pooled = (inputs.length / (performance.now() - t3)) * 1000;
  const ingest = new IngestService(db.writer, pool);
  const t4 = performance.now();
  await Promise.all(inputs.map((a) => ingest.ingest({ ...a, id: `pool-${a.id}` })));
  const pooledIngest = (inputs.length / (performance.now() - t4)) * 1000;
  await pool.close();
  await db.close();
  console.log('\n## Extraction (seeds replicated to 1,000 articles)\n');
  console.log('| step | articles/s |');
  console.log('|---|---:|');
  console.log(
    `| extraction alone, first 300 articles (start-up and compilation; CPU of all threads ${fmt((coldCpu.user + coldCpu.system) / 1000)} ms) | ${fmt((300 / coldMs) * 1000)} |`,
  );
  console.log(`| extraction alone, warm, one thread | ${fmt(extractOnly)} |`);
  console.log(`| extraction + write, one transaction per article | ${fmt(perArticle)} |`);
  console.log(`| extraction + write, 50 articles per transaction (UNWIND) | ${fmt(batched)} |`);
  console.log(`| extraction alone on ${workers} worker thread(s) | ${fmt(pooled)} |`);
  console.log(`| ingestion as the CLI does it: workers + concurrent writes sharing transactions | ${fmt(pooledIngest)} |`);
  console.log(`\nbatched / per-article write: ${fmt(batched / perArticle, 2)}x; extractor heap after 1,000 articles: ${fmt(heapMb)} MB`);
}

function startTarget(target: Target, uri: string): Promise<{ url: string; child: ChildProcess }> {
  // The targets run as `npm start` runs chipgraph: node on the compiled JavaScript (this file is
  // compiled with them by `npm run bench`); under tsx, if this file runs there.
  const server = join(__dirname, `server${extname(__filename)}`);
  const child = spawn(process.execPath, [...(extname(__filename) === '.ts' ? ['--import', 'tsx'] : []), server, modeOf(target)], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_URI: uri, NODE_ENV: 'production', BENCH_PEER_JIT: PEER_JIT ? '1' : '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((ok, fail) => {
    child.on('exit', (code) => fail(new Error(`${target} server exited with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('READY ')) ok({ url: line.slice(6), child });
    });
  });
}

// The load generator shares the machine with the servers, so it must cost little: node:http with
// keep-alive takes about 0.5 ms of CPU per request here, where fetch took 1.7 to 2.3 ms, as much as
// the server under test, which squeezed every ratio towards 1.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

function request(target: Target, url: string, q: BenchQuery, vars: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const body = JSON.stringify(
    modeOf(target) === 'raw' ? { q: q.name, v: vars } : { query: target === 'peer' ? q.peer : q.chipgraph, variables: vars },
  );
  const u = new URL(url);
  const send = (retry: boolean): Promise<{ status: number; body: string }> =>
    new Promise((ok, fail) => {
      const req = httpRequest(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => ok({ status: res.statusCode ?? 0, body: text }));
          res.on('error', fail);
        },
      );
      // A kept-alive socket the server closed as idle just as this request went out: sent again
      // once on a new socket (the retry Node's documentation advises for req.reusedSocket).
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (retry && req.reusedSocket && err.code === 'ECONNRESET') void send(false).then(ok, fail);
        else fail(err);
      });
      req.end(body);
    });
  return send(true);
}

async function answer(target: Target, url: string, q: BenchQuery, vars: Record<string, unknown>) {
  const { status, body } = await request(target, url, q, vars);
  const res = JSON.parse(body) as { data?: unknown; errors?: { message: string }[] };
  if (res.errors?.length) throw new Error(`${target} ${q.name}: ${res.errors[0]!.message}`);
  if (status !== 200) throw new Error(`${target} ${q.name}: HTTP ${status}`);
  return res.data;
}

/**
 * The indexes the peer's generated Cypher can use: entity lookup by id, the articles question's
 * range seek on publishedAt (read in order for ORDER BY publishedAt DESC) and the programs
 * question's prefix seek on ChipProgram.id. chipgraph's migrations (run before) create them all
 * today; any that is missing is created here, before the targets start.
 */
const PEER_INDEXES = [
  ['Entity', 'id'],
  ['Article', 'publishedAt'],
  ['ChipProgram', 'id'],
] as const;

async function ensurePeerIndexes(driver: Driver): Promise<void> {
  const { records } = await driver.executeQuery(
    "SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties WHERE type = 'RANGE' AND entityType = 'NODE' RETURN labelsOrTypes, properties",
  );
  const have = new Set(records.map((r) => `${(r.get('labelsOrTypes') as string[]).join()}.${(r.get('properties') as string[]).join()}`));
  for (const [label, prop] of PEER_INDEXES) {
    if (have.has(`${label}.${prop}`)) continue;
    console.log(`creating index ${label}(${prop}) for the peer`);
    await driver.executeQuery(`CREATE INDEX bench_${label}_${prop} IF NOT EXISTS FOR (n:${label}) ON (n.${prop})`);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)');
}

/** Where two normalized answers first differ (object key order aside): a path and both values; null when they are equal. */
function difference(a: unknown, b: unknown, path = '$'): { path: string; a: unknown; b: unknown } | null {
  if (Object.is(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return a.length === b.length ? null : { path: `${path}.length`, a: a.length, b: b.length };
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
      if (!(k in ra) || !(k in rb)) return { path: `${path}.${k}`, a: k in ra ? ra[k] : '<absent>', b: k in rb ? rb[k] : '<absent>' };
      const d = difference(ra[k], rb[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return { path, a, b };
}

/** How many scalar values an answer holds (what a passing comparison actually compared). */
const leaves = (x: unknown): number =>
  Array.isArray(x) ? x.reduce((n: number, y) => n + leaves(y), 0) : x && typeof x === 'object' ? leaves(Object.values(x)) : 1;

const clip = (x: unknown, n = 300) => {
  const t = JSON.stringify(x) ?? 'undefined';
  return t.length > n ? `${t.slice(0, n)}...` : t;
};

/**
 * Asks every target every distinct input of question `q` and compares the normalized answers in
 * full with chipgraph's; returns a summary line and the differences found (also printed).
 */
async function checkAnswers(
  q: BenchQuery,
  varSets: Record<string, unknown>[],
  servers: Record<Target, { url: string }>,
): Promise<{ line: string; failures: number }> {
  const inputs = [...new Map(varSets.map((v) => [JSON.stringify(v), v])).values()];
  let failures = 0;
  let compared = 0;
  let shown = 0;
  for (const vars of inputs) {
    const answers = await Promise.all(
      TARGETS.map(async (t) => {
        try {
          return { ok: true as const, value: q.normalize[modeOf(t)](await answer(t, servers[t].url, q, vars)) };
        } catch (err) {
          return { ok: false as const, value: (err as Error).message };
        }
      }),
    );
    const base = answers[0]!;
    compared += base.ok ? leaves(base.value) : 0;
    for (let i = 1; i < TARGETS.length; i++) {
      const other = answers[i]!;
      const d = !base.ok || !other.ok ? { path: '(error)', a: base.value, b: other.value } : difference(base.value, other.value);
      if (!d) continue;
      failures++;
      if (shown++ < 5) {
        console.error(
          `ANSWERS DIFFER: ${q.name} ${JSON.stringify(vars)}, chipgraph vs ${TARGETS[i]} at ${d.path}:\n` +
            `  chipgraph: ${clip(d.a)}\n  ${TARGETS[i]}: ${clip(d.b)}\n` +
            `  whole answers:\n  chipgraph: ${clip(base.value, 1500)}\n  ${TARGETS[i]}: ${clip(other.value, 1500)}`,
        );
      }
    }
  }
  const line = failures
    ? `${q.name}: ${failures} DIFFERENCES over ${inputs.length} distinct inputs`
    : `${q.name}: same answers from all ${TARGETS.length} targets for all ${inputs.length} distinct inputs (${fmt(compared)} values each)`;
  return { line, failures };
}

interface Sample {
  latencies: number[];
  seconds: number;
  errors: number;
  cpu: number[];
  /** CPU seconds of this process (the load generator). */
  clientCpu: number;
}

/**
 * `CONCURRENCY` workers send requests back to back for `seconds`; returns the latencies, and the CPU
 * seconds the processes `pids` used meanwhile.
 */
async function load(
  target: Target,
  url: string,
  q: BenchQuery,
  varSets: Record<string, unknown>[],
  seconds: number,
  pids: number[],
): Promise<Sample> {
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const before = pids.map(cpuSeconds);
  const clientBefore = process.cpuUsage();
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const vars = varSets[next++ % varSets.length]!;
        const t = performance.now();
        const res = await request(target, url, q, vars);
        // Parsing every answer would cost the load generator more than some servers spend; an
        // error is a non-200 status or an errors key (answers were checked in full beforehand).
        if (res.status !== 200 || res.body.includes('"errors":')) errors++;
        latencies.push(performance.now() - t);
      }
    }),
  );
  const client = process.cpuUsage(clientBefore);
  return {
    latencies,
    seconds: (performance.now() - start) / 1000,
    errors,
    cpu: pids.map((p, i) => cpuSeconds(p) - before[i]!),
    clientCpu: (client.user + client.system) / 1e6,
  };
}

/**
 * Warms every target on one question, in rounds of 1 s per target that alternate the targets, until no
 * target's rate gains more than 5% on its previous round (at least 3 rounds, at most WARMUP); returns
 * the rounds run.
 *
 * Why: the JVM under Neo4j keeps compiling a new query, and V8 the servers' code, for tens of seconds.
 * On the first question after the graph is written, Neo4j's CPU per request fell by half over the first
 * 40 s. Warmed for a fixed 3 s one target after the other, the first target started measuring on a
 * colder system than the last: two copies of the raw target differed by up to 10% (2,735 and 3,007
 * req/s on articles at 10k, all else equal), and a question's ratios moved with its place in the order.
 */
async function warm(q: BenchQuery, varSets: Record<string, unknown>[], servers: Record<Target, { url: string }>): Promise<number> {
  let last: Record<string, number> = {};
  for (let round = 1; ; round++) {
    const rates: Record<string, number> = {};
    for (const t of TARGETS) {
      const s = await load(t, servers[t].url, q, varSets, 1, []);
      rates[t] = s.latencies.length / s.seconds;
    }
    const settled = round >= 3 && TARGETS.every((t) => rates[t]! <= last[t]! * 1.05);
    if (settled || round >= WARMUP) return round;
    last = rates;
  }
}

/** Samples of one target pooled: throughput, latency percentiles and CPU per request. */
function pooled(samples: Sample[]) {
  const latencies = samples.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const seconds = samples.reduce((n, s) => n + s.seconds, 0);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const perRequest = (i: number) => (samples.reduce((n, s) => n + s.cpu[i]!, 0) * 1000) / Math.max(1, latencies.length);
  return {
    rps: latencies.length / seconds,
    p50: pct(50),
    p99: pct(99),
    errors: samples.reduce((n, s) => n + s.errors, 0),
    serverCpu: perRequest(0),
    dbCpu: perRequest(1),
    clientCpu: (samples.reduce((n, s) => n + s.clientCpu, 0) * 1000) / Math.max(1, latencies.length),
  };
}

async function apiBench(size: number) {
  const entities = syntheticEntities(Math.max(300, Math.round(size / 5)));
  const db = await database(`bench-${size}`);
  const t0 = performance.now();
  let facts = 0;
  for (const batch of syntheticArticles(size, entities)) {
    facts += batch.reduce((n, a) => n + a.extraction.relations.length, 0);
    await db.writer.writeBatch(batch);
  }
  const writeSeconds = (performance.now() - t0) / 1000;
  console.log(`\n## ${fmt(size)} synthetic articles\n`);
  console.log(
    `${fmt(entities.length)} entities (Zipf s=1.1), ${fmt(facts)} fact statements; written in ${fmt(writeSeconds, 1)} s (${fmt(size / writeSeconds)} articles/s, 200 per transaction)\n`,
  );

  await ensurePeerIndexes(db.driver);

  const servers = {} as Record<Target, { url: string; child: ChildProcess }>;
  try {
    for (const t of TARGETS) servers[t] = await startTarget(t, db.neo.uri);
    // Let the write settle, and warm every target's code paths and Neo4j's query caches.
    await new Promise((r) => setTimeout(r, 3000));
    for (const q of QUERIES.filter((x) => ONLY.includes(x.name)))
      for (const t of TARGETS) await load(t, servers[t].url, q, [q.vars(entities[0]!)], 1, []);
    const draw = zipf(entities.length, 1.1, rng(99));
    const drawn = Array.from({ length: 200 }, () => entities[draw()]!);
    const rows: string[] = [];
    const cpuRows: string[] = [];
    const warmups: string[] = [];
    // Every drawn input of every question, compared in full before anything is measured.
    const agreement: string[] = [];
    for (const q of QUERIES.filter((x) => ONLY.includes(x.name))) {
      const { line, failures } = await checkAnswers(
        q,
        drawn.map((e) => q.vars(e)),
        servers,
      );
      agreement.push(line);
      differences += failures;
    }
    console.log(`Answer check (${fmt(size)} articles):\n${agreement.map((l) => `- ${l}`).join('\n')}\n`);
    if (CHECK_ONLY) return;
    for (const q of QUERIES.filter((x) => ONLY.includes(x.name))) {
      const varSets = drawn.map((e) => q.vars(e));
      // The measuring time is split into rounds that alternate the targets (in an order that
      // rotates), so drift on this shared machine does not favour whichever target runs first.
      const samples = Object.fromEntries(TARGETS.map((t) => [t, [] as Sample[]])) as Record<Target, Sample[]>;
      warmups.push(`${q.name} ${await warm(q, varSets, servers)}`);
      for (let round = 0; round < ROUNDS; round++) {
        const shift = round + QUERIES.indexOf(q);
        for (const t of TARGETS.map((_, i) => TARGETS[(i + shift) % TARGETS.length]!)) {
          samples[t].push(await load(t, servers[t].url, q, varSets, SECONDS / ROUNDS, [servers[t].child.pid!, db.neo.pid]));
        }
      }
      const r = Object.fromEntries(TARGETS.map((t) => [t, pooled(samples[t])])) as Record<Target, ReturnType<typeof pooled>>;
      cpuRows.push(
        `| ${q.name} | ${TARGETS.map((t) => `${fmt(r[t].serverCpu, 2)} | ${fmt(r[t].dbCpu, 2)} | ${fmt(r[t].clientCpu, 2)}`).join(' | ')} |`,
      );
      rows.push(
        `| ${q.name} | ${TARGETS.map((t) => `${fmt(r[t].rps)} | ${fmt(r[t].p50, 1)} / ${fmt(r[t].p99, 1)}`).join(' | ')} | ` +
          `**${fmt(r.chipgraph.rps / r.peer.rps, 2)}x** | **${fmt(r.chipgraph.rps / r.raw.rps, 2)}x** |` +
          (CONTROL ? ` ${fmt(r.control.rps / r.raw.rps, 2)}x |` : '') +
          (TARGETS.some((t) => r[t].errors) ? ` errors: ${TARGETS.map((t) => `${t} ${r[t].errors}`).join(', ')}` : ''),
      );
    }
    console.log(
      `Concurrency ${CONCURRENCY}; per cell ${SECONDS} s in ${ROUNDS} rounds that alternate the targets, after a warm-up of rounds of 1 s per target ` +
        `until no target gains more than 5% on its previous round (${warmups.join(', ')} s per target); latency in ms.\n`,
    );
    console.log(
      '| query | chipgraph req/s | p50 / p99 | @neo4j/graphql req/s | p50 / p99 | raw driver req/s | p50 / p99 | ' +
        (CONTROL ? 'raw copy req/s | p50 / p99 | ' : '') +
        `chipgraph / peer | chipgraph / raw |${CONTROL ? ' raw copy / raw (spread) |' : ''}`,
    );
    console.log(`|---|${'---:|'.repeat(TARGETS.length * 2 + 2 + (CONTROL ? 1 : 0))}`);
    for (const r of rows) console.log(r);
    console.log('\nCPU per request in ms (server process | Neo4j | load generator):\n');
    console.log(`| query | ${TARGETS.map((t) => `${t} server | ${t} Neo4j | ${t} client`).join(' | ')} |`);
    console.log(`|---|${TARGETS.map(() => '---:|---:|---:').join('|')}|`);
    for (const r of cpuRows) console.log(r);
    console.log(`\nPeak RSS: ${TARGETS.map((t) => `${t} ${fmt(rssPeakMb(servers[t].child.pid!))} MB`).join(', ')}`);
  } finally {
    for (const t of TARGETS) servers[t]?.child.kill();
    await db.close();
  }
}

async function main() {
  console.log(
    `# chipgraph benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}${PEER_JIT ? ', the peer executed with graphql-jit (--peer-jit)' : ''}`,
  );
  if (!process.argv.includes('--skip-extraction')) await extractionBench();
  for (const size of SIZES) await apiBench(size);
  if (differences) {
    console.error(`\n${differences} answers differ between the targets (see ANSWERS DIFFER above): the figures compare different work.`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
