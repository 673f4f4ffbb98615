/** Where progress goes: a terminal gets a bar redrawn in place, anything else plain lines. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const clock = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
};

/**
 * Progress of a batch of `total` things (articles now, exports later): done and total, rate, ETA
 * and failures. On a terminal, one bar line redrawn at most ten times a second, with failures
 * printed above it; otherwise one plain log line per item, so CI logs and pipes stay readable.
 */
export class Progress {
  private total = 0;
  private done = 0;
  private failed = 0;
  private started = 0;
  private drawn = 0;

  constructor(
    private readonly out: ProgressStream,
    private readonly noun = 'articles',
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(total: number): void {
    this.total = total;
    this.started = this.now();
    if (this.out.isTTY) this.draw(true);
    else this.out.write(`${total} ${this.noun} to process\n`);
  }

  /** One item ended (or `n` of them, for jobs counted in batches); `message` says what became of it. */
  tick(ok: boolean, message: string, n = 1): void {
    this.done += n;
    if (!ok) this.failed += n;
    if (!this.out.isTTY) {
      this.out.write(`[${this.done}/${this.total}] ${message} (${this.stats()})\n`);
      return;
    }
    if (!ok) this.out.write(`\x1b[2K\r${message}\n`);
    this.draw(!ok || this.done === this.total);
  }

  /** Clears the bar (the summary follows). */
  end(): void {
    if (this.out.isTTY) this.out.write('\x1b[2K\r');
  }

  /** "3.1/s, ETA 9s, 2 failed" */
  stats(): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    return `${rate.toFixed(1)}/s, ETA ${this.done >= this.total ? '0s' : clock(eta)}, ${this.failed} failed`;
  }

  private draw(force: boolean): void {
    const t = this.now();
    if (!force && t - this.drawn < 100) return;
    this.drawn = t;
    const width = Math.max(10, Math.min(30, (this.out.columns ?? 80) - 60));
    const share = this.total ? this.done / this.total : 1;
    const filled = Math.round(share * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    this.out.write(
      `\x1b[2K\r${bar} ${this.done}/${this.total} ${this.noun} ${Math.round(share * 100)}% · ${this.stats().replace(/, /g, ' · ')}`,
    );
  }
}
