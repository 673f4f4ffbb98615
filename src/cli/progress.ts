/**
 * Progress of a long CLI job on stderr: one line rewritten in place on a terminal, a plain line
 * every 5 s otherwise (logs and CI), and a final count with the rate.
 */
export class Progress {
  private count = 0;
  private readonly started = Date.now();
  private last = 0;
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly verb: string,
    private readonly unit: string,
  ) {}

  private line(): string {
    const seconds = (Date.now() - this.started) / 1000;
    return `${this.verb} ${this.count.toLocaleString('en')} ${this.unit} (${Math.round(this.count / Math.max(seconds, 0.001)).toLocaleString('en')}/s)`;
  }

  tick(n = 1): void {
    this.count += n;
    const now = Date.now();
    if (now - this.last < (this.tty ? 200 : 5000)) return;
    this.last = now;
    process.stderr.write(this.tty ? `\r${this.line()}` : `${this.line()}\n`);
  }

  done(): void {
    process.stderr.write(`${this.tty ? '\r' : ''}${this.line()}\n`);
  }
}
