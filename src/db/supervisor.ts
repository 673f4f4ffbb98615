import { freePort, startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded';

export type Neo4jState = 'up' | 'restarting' | 'stopped' | 'failed';

export interface SupervisorOptions extends EmbeddedOptions {
  /** Give up (and call onFatal) after this many failed restarts in a row, or this many restarts within ten minutes. */
  maxRestarts: number;
  /** Called after each restart that brought Neo4j back. */
  onRestart?: () => void;
  /** Called once when Neo4j cannot be brought back; the process should exit non-zero. */
  onFatal: (err: Error) => void;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const WINDOW_MS = 10 * 60_000;

/**
 * The embedded Neo4j, kept running: when its JVM ends without being asked to (the kernel's OOM
 * killer, a crash), it is started again on the same port and store, after 0.5 s, then with a
 * doubling delay (up to 30 s) while starts fail. Every step is logged. The driver keeps its address,
 * so the API recovers by itself; while Neo4j is down, queries fail with DATABASE_UNAVAILABLE.
 */
export class EmbeddedSupervisor {
  state: Neo4jState = 'up';
  private recent: number[] = [];
  private starting: Promise<unknown> | null = null;

  private constructor(
    private current: EmbeddedNeo4j,
    private readonly port: number,
    private readonly opts: SupervisorOptions,
  ) {
    this.watch(current);
  }

  static async start(opts: SupervisorOptions): Promise<EmbeddedSupervisor> {
    const port = opts.port || (await freePort());
    return new EmbeddedSupervisor(await startEmbeddedNeo4j({ ...opts, port }), port, opts);
  }

  get uri(): string {
    return this.current.uri;
  }

  get pid(): number {
    return this.current.pid;
  }

  private log(line: string) {
    this.opts.log?.(line);
  }

  private watch(instance: EmbeddedNeo4j) {
    void instance.exited.then(({ code, signal }) => {
      if (this.state === 'stopped' || instance !== this.current) return;
      this.state = 'restarting';
      this.log(`Embedded Neo4j (pid ${instance.pid}) ended unexpectedly (${signal ?? `exit code ${code}`}); restarting it`);
      this.starting = this.restart();
    });
  }

  private async restart(): Promise<void> {
    const now = Date.now();
    this.recent = [...this.recent.filter((t) => now - t < WINDOW_MS), now];
    if (this.recent.length > this.opts.maxRestarts) {
      return this.fail(`Embedded Neo4j ended ${this.recent.length} times within ten minutes; giving up`);
    }
    for (let attempt = 1; attempt <= this.opts.maxRestarts; attempt++) {
      const delay = Math.min(500 * 2 ** (attempt - 1), 30_000);
      this.log(`Restarting the embedded Neo4j in ${delay} ms (attempt ${attempt} of ${this.opts.maxRestarts})`);
      await sleep(delay);
      if (this.state === 'stopped') return;
      try {
        const next = await startEmbeddedNeo4j({ ...this.opts, port: this.port });
        // stop() may have been called while it started.
        if ((this.state as Neo4jState) === 'stopped') return void (await next.stop());
        this.current = next;
        this.state = 'up';
        this.log(`Embedded Neo4j is back (pid ${next.pid})`);
        this.opts.onRestart?.();
        this.watch(next);
        return;
      } catch (err) {
        this.log(`Restart attempt ${attempt} failed: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    this.fail(`Embedded Neo4j could not be restarted after ${this.opts.maxRestarts} attempts`);
  }

  private fail(reason: string) {
    this.state = 'failed';
    this.log(reason);
    this.opts.onFatal(new Error(reason));
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    await this.starting;
    await this.current.stop();
  }
}
