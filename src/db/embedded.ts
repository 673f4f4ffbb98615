import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ROOT } from '../paths';

/** The project's Java launcher for Neo4j 5.26 (tools/neo4j-embedded). */
const TOOL_DIR = join(ROOT, 'tools/neo4j-embedded');
const CLASSES = join(TOOL_DIR, 'target/classes');
const LIB = join(TOOL_DIR, 'target/lib');

// Neo4j 5 reaches into these JDK internals (off-heap buffers, file channels) and fails on Java 17 without them.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-Xms256m',
];

const ALTERNATIVES =
  'Either install a JDK 17+ and Maven, or point chipgraph at a running Neo4j 5 with NEO4J_URI ' +
  '(for example `docker compose up neo4j` and NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=chipgraph-dev).';

export interface EmbeddedNeo4j {
  uri: string;
  /** The JVM's process id (the benchmark reads its CPU time and memory). */
  pid: number;
  /** Resolves when the JVM ends, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  heap?: string;
  log?: (line: string) => void;
}

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** Compiles the launcher and copies Neo4j's jars once; later starts reuse target/. */
export function buildLauncher(log: (line: string) => void = () => {}): void {
  const built = existsSync(CLASSES) && existsSync(LIB) && readdirSync(LIB).some((f) => f.startsWith('neo4j-kernel'));
  const pomChanged = built && statSync(join(TOOL_DIR, 'pom.xml')).mtimeMs > statSync(LIB).mtimeMs;
  if (built && !pomChanged) return;
  if (!has('java', ['-version'])) throw new Error(`The embedded Neo4j needs Java 17+ ("java" was not found). ${ALTERNATIVES}`);
  if (!has('mvn', ['-v'])) throw new Error(`The embedded Neo4j is built with Maven ("mvn" was not found). ${ALTERNATIVES}`);
  log('Building the embedded Neo4j launcher (first run downloads Neo4j 5.26 from Maven Central)...');
  const r = spawnSync('mvn', ['-q', '-B', 'package', 'dependency:copy-dependencies', '-DskipTests'], {
    cwd: TOOL_DIR,
    // Maven's output goes to stderr: stdout carries the JSON log lines of `npm start`.
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  if (r.status !== 0) throw new Error(`Building tools/neo4j-embedded with Maven failed (exit ${r.status}). ${ALTERNATIVES}`);
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A launcher left running by an earlier process that died without stopping it (a kill -9 of the
 * API while its JVM was slow to notice) holds the store's lock. Its pid is kept in the data folder;
 * if that process is still our launcher, it is asked to stop, then killed.
 */
async function stopStaleLauncher(pidFile: string, log: (line: string) => void): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // gone, or no /proc: nothing to stop
  }
  if (!pid || !alive(pid) || !cmdline.includes('chipgraph.EmbeddedNeo4j')) return;
  log(`A Neo4j launcher from an earlier run (pid ${pid}) still holds the store; stopping it`);
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; alive(pid) && waited < 30_000; waited += 250) await sleep(250);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

/** Starts Neo4j in a child JVM and resolves once its default database accepts transactions. */
export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  buildLauncher(log);
  const port = opts.port || (await freePort());
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, 'launcher.pid');
  await stopStaleLauncher(pidFile, log);
  // A store lock can outlive its process for a moment (the kernel releases it as the process ends).
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(opts, port, dataDir, pidFile, log);
    } catch (err) {
      if (!(err instanceof StoreLockedError) || attempt >= 5) throw err;
      log(`The Neo4j store is locked; trying again in ${attempt * 2} s`);
      await sleep(attempt * 2000);
    }
  }
}

class StoreLockedError extends Error {}

async function launch(
  opts: EmbeddedOptions,
  port: number,
  dataDir: string,
  pidFile: string,
  log: (line: string) => void,
): Promise<EmbeddedNeo4j> {
  const child: ChildProcess = spawn(
    'java',
    [...JVM_FLAGS, `-Xmx${opts.heap ?? '2g'}`, '-cp', `${CLASSES}:${LIB}/*`, 'chipgraph.EmbeddedNeo4j', dataDir, String(port)],
    // stdin stays a pipe: the launcher shuts Neo4j down when it closes, so it never outlives us.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  writeFileSync(pidFile, String(child.pid));
  // The last 8 kB of its error output, for the message when it fails.
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8192)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );

  const uri = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Neo4j did not start within 180 s.\n${stderr.slice(-2000)}`));
    }, 180_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^READY (bolt:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      const message = `Neo4j exited during start-up (${signal ?? `code ${code}`}).\n${stderr.slice(-2000)}`;
      fail(/StoreLock|is locked|Lock file has been locked/i.test(stderr) ? new StoreLockedError(message) : new Error(message));
    });
  });
  log(`Embedded Neo4j 5.26 listening at ${uri} (data in ${dataDir}, pid ${child.pid})`);

  return {
    uri,
    pid: child.pid!,
    exited,
    stop: () =>
      new Promise<void>((ok) => {
        // Exited already (killed by a signal, signalCode is set and exitCode stays null).
        if (child.exitCode !== null || child.signalCode !== null) return ok();
        const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
        child.once('exit', () => {
          clearTimeout(kill);
          ok();
        });
        child.stdin!.end();
      }),
  };
}
