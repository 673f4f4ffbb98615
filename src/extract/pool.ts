import { Worker } from 'node:worker_threads';
import { extname, join } from 'node:path';
import { extractText, type Extractor } from './index';
import { loadLexicon, type Lexicon } from './lexicon';
import type { Extraction } from './types';

interface Job {
  resolve(extraction: Extraction): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  ready: boolean;
}

type Reply =
  | { ready: true }
  | { ready?: undefined; id: number; extraction: Extraction; error?: undefined }
  | { ready?: undefined; id: number; error: { name: string; message: string } };

/**
 * The rule extractor on worker threads, so a batch of articles uses every core and a long article
 * does not hold the event loop. Workers start only once this process has spent `startAfterMs` of
 * its own time extracting (or on `start()`), so a run of a few articles never pays their start-up
 * (a second or two each: tsx, the lexicon, the segmenter); until one is ready, articles are extracted
 * on this thread. A job goes to the least busy ready worker. A worker that dies fails its jobs in
 * flight and is replaced (unless it died before it was ever ready: then this thread goes on alone).
 * Idle workers do not keep the process alive.
 */
export class ExtractionPool implements Extractor {
  readonly name = 'rules';
  readonly lexicon: Lexicon;
  private readonly slots: Slot[] = [];
  private readonly readyWaiters: (() => void)[] = [];
  private nextId = 0;
  private spentMs = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly lexiconDir?: string,
    private readonly startAfterMs = 1000,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`an extraction pool needs 1 or more workers, not ${size}`);
    this.lexicon = loadLexicon(lexiconDir);
  }

  /** Starts the workers now; resolves when every one is ready (or has failed to start). */
  start(): Promise<void> {
    if (!this.slots.length) for (let i = 0; i < this.size; i++) this.slots.push(this.spawn());
    return new Promise<void>((ok) => {
      const check = () => (this.slots.every((s) => s.ready) || this.slots.length < this.size ? ok() : this.readyWaiters.push(check));
      check();
    });
  }

  private spawn(): Slot {
    // Compiled, the worker is a .js file beside this one; from the sources (tsx, Jest) a .ts file
    // loaded through tsx's require hook (a development dependency, as the sources are).
    const file = join(__dirname, `extract-worker${extname(__filename)}`);
    const workerData = { lexiconDir: this.lexiconDir };
    const worker = file.endsWith('.ts')
      ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(file)});`, { eval: true, workerData })
      : new Worker(file, { workerData });
    const slot: Slot = { worker, jobs: new Map(), ready: false };
    worker.unref();
    const failAll = (err: Error) => {
      for (const job of slot.jobs.values()) job.reject(err);
      slot.jobs.clear();
      worker.unref();
    };
    worker.on('message', (reply: Reply) => {
      if (reply.ready) {
        slot.ready = true;
        this.readyWaiters.splice(0).forEach((w) => w());
        return;
      }
      const job = slot.jobs.get(reply.id);
      slot.jobs.delete(reply.id);
      if (!slot.jobs.size) worker.unref();
      if (!job) return;
      if (reply.error) job.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
      else job.resolve(reply.extraction);
    });
    worker.on('error', (err) => failAll(err));
    worker.on('exit', (code) => {
      failAll(new Error(`an extraction worker exited (code ${code})`));
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      if (!this.closed && slot.ready) this.slots[i] = this.spawn();
      else this.slots.splice(i, 1);
      this.readyWaiters.splice(0).forEach((w) => w());
    });
    return slot;
  }

  extract(text: string): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    const ready = this.slots.filter((s) => s.ready);
    if (!ready.length) {
      if (!this.slots.length && this.spentMs >= this.startAfterMs) void this.start();
      const started = performance.now();
      try {
        const { sentences: _s, ...extraction } = extractText(text, { lexicon: this.lexicon });
        return Promise.resolve(extraction);
      } catch (err) {
        return Promise.reject(err instanceof Error ? err : new Error(String(err)));
      } finally {
        this.spentMs += performance.now() - started;
      }
    }
    const slot = ready.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      if (!slot.jobs.size) slot.worker.ref();
      slot.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text });
    });
  }

  /** Stops the workers (jobs in flight fail). */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
