import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config';
import { startApp, type App } from '../../src/app';

/** What operators rely on: probes, metrics, request ids, and an embedded Neo4j that comes back. */
const ROOT = join(__dirname, '../..');

describe('when the service runs', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    app = await startApp(loadConfig({ ...process.env, PORT: '0', SEED_ON_START: 'false', NODE_ENV: 'test' }));
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(() => app.stop());

  it('then /health answers 200 and /ready says ready with its checks', async () => {
    const health = await fetch(`${base}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${base}/ready`);
    expect([ready.status, await ready.json()]).toEqual([
      200,
      { status: 'ready', checks: { neo4j: true, migrations: true, seeds: true, accepting: true } },
    ]);
  });

  it('then /metrics is Prometheus text that counts a request by operation name and outcome', async () => {
    const metric = async (name: string) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      return parsePrometheus(text).get(name) ?? 0;
    };
    const key = 'chipgraph_graphql_requests_total{operation="OpsProbe",outcome="ok"}';
    const before = await metric(key);
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query OpsProbe { stats { articles } }' }),
    });
    expect(res.status).toBe(200);
    expect(await metric(key)).toBe(before + 1);
    expect(await metric('chipgraph_graphql_request_duration_seconds_count{operation="OpsProbe"}')).toBe(before + 1);
    expect(await metric('chipgraph_cypher_duration_seconds_count{kind="read"}')).toBeGreaterThan(0);
    expect(await metric('chipgraph_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('then every answer carries a request id, and a given one is kept', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-abc.1' },
      body: '{"query":"{ stats { articles } }"}',
    });
    expect(res.headers.get('x-request-id')).toBe('trace-abc.1');
    const other = await fetch(`${base}/health`);
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

/**
 * Prometheus text format: `# HELP` and `# TYPE` lines, then `name{label="value",...} number`.
 * Throws on any other line, so a malformed exposition fails the test.
 */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || /^# (HELP|TYPE) [a-zA-Z_:][\w:]* .+$/.test(line)) continue;
    const m = /^([a-zA-Z_:][\w:]*(?:\{(?:[a-zA-Z_]\w*="(?:[^"\\]|\\.)*",?)*\})?) (-?[\d.e+-]+|(?:NaN|[+-]Inf))$/i.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    samples.set(m[1]!, Number(m[2]));
  }
  return samples;
}

describe('when the embedded Neo4j is killed under the running API', () => {
  const dataDir = join(ROOT, '.data/neo4j-supervisor-test');
  let child: ChildProcess | undefined;
  let blocker: Server | undefined;
  afterAll(() => {
    child?.kill('SIGKILL');
    blocker?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('then it is restarted and the API is ready again; when it cannot be restarted the API exits 1 with the reason', async () => {
    rmSync(dataDir, { recursive: true, force: true });
    const env = {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_EMBEDDED_PORT: '0',
      PORT: '0',
      SEED_ON_START: 'false',
      NEO4J_MAX_RESTARTS: '2',
      NODE_ENV: 'test',
    };
    child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((ok) => child!.once('exit', (code) => ok(code)));
    const logs: { msg: string; url?: string }[] = [];
    const waitFor = (re: RegExp) =>
      new Promise<RegExpExecArray>((ok, fail) => {
        const started = Date.now();
        const timer = setInterval(() => {
          const line = logs.find((l) => re.test(l.msg));
          if (line) ok(re.exec(line.msg)!);
          else if (Date.now() - started > 120_000) fail(new Error(`no log line matching ${re}`));
          else return;
          clearInterval(timer);
        }, 50);
      });
    createInterface({ input: child.stdout! }).on('line', (line) => logs.push(JSON.parse(line) as { msg: string }));

    const first = await waitFor(/listening at bolt:\/\/127\.0\.0\.1:(\d+) .*pid (\d+)\)/);
    const [boltPort, javaPid] = [Number(first[1]), Number(first[2])];
    await waitFor(/GraphQL API ready/);
    const url = logs.find((l) => l.url)!.url!;
    const base = url.replace(/\/graphql$/, '');
    const ready = async () => (await fetch(`${base}/ready`)).status;
    expect(await ready()).toBe(200);

    // Killed as the kernel's OOM killer would: not ready at once, then back by itself.
    process.kill(javaPid, 'SIGKILL');
    const killedAt = Date.now();
    let sawNotReady = false;
    for (;;) {
      const status = await ready();
      if (status === 503) sawNotReady = true;
      if (status === 200 && sawNotReady) break;
      // A bound on waiting, not a performance assertion: a loaded machine restarts Neo4j slower.
      if (Date.now() - killedAt > 180_000) throw new Error('not ready again within 180 s');
      await new Promise((ok) => setTimeout(ok, 200));
    }
    const stats = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ stats { articles } }"}',
    });
    const recoveredMs = Date.now() - killedAt;
    expect(stats.status).toBe(200);
    console.log(`embedded Neo4j killed: ready again and answering after ${recoveredMs} ms`);
    expect(logs.map((l) => l.msg).join('\n')).toMatch(/ended unexpectedly[\s\S]*Restarting the embedded Neo4j[\s\S]*is back/);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^chipgraph_neo4j_restarts_total 1$/m);

    // Killed again with its port taken: every restart fails, and the API exits 1 saying why.
    const second = Number(
      [...logs]
        .reverse()
        .find((l) => /is back \(pid (\d+)\)/.test(l.msg))!
        .msg.match(/pid (\d+)/)![1],
    );
    process.kill(second, 'SIGKILL');
    // The port is free once the process is gone; take it before the restart binds it (0.5 s after
    // the exit, then the JVM's own start of seconds), trying for as long as a loaded machine needs.
    for (let tries = 0; ; tries++) {
      blocker = createServer();
      const bound = await new Promise<boolean>((ok) => {
        blocker!.once('error', () => ok(false));
        blocker!.listen(boltPort, '127.0.0.1', () => ok(true));
      });
      if (bound) break;
      if (tries > 2000) throw new Error(`port ${boltPort} stayed in use`);
      await new Promise((ok) => setTimeout(ok, 10));
    }
    expect(await exited).toBe(1);
    expect(logs.map((l) => l.msg).join('\n')).toMatch(/could not be restarted after 2 attempts/);
  }, 240_000);
});
