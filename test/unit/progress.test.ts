import { Progress } from '../../src/cli/progress';

/** A stream that records what was written, and a clock the test moves. */
function setup(isTTY: boolean) {
  const out = { text: '', isTTY, columns: 100, write: (s: string) => (out.text += s) };
  let now = 0;
  const progress = new Progress(out, 'articles', () => now);
  return { out, progress, advance: (ms: number) => (now += ms) };
}

describe('progress of a batch', () => {
  it('when the output is not a terminal, then each item is one plain line with done/total, rate, ETA and failures', () => {
    const { out, progress, advance } = setup(false);
    progress.start(4);
    advance(1000);
    progress.tick(true, 'added a');
    advance(1000);
    progress.tick(false, 'failed b: FETCH_FAILED');
    expect(out.text).toBe(
      '4 articles to process\n[1/4] added a (1.0/s, ETA 3s, 0 failed)\n[2/4] failed b: FETCH_FAILED (1.0/s, ETA 2s, 1 failed)\n',
    );
    expect(out.text).not.toContain('\x1b');
  });

  it('when the output is a terminal, then one bar line is redrawn in place and failures are printed above it', () => {
    const { out, progress, advance } = setup(true);
    progress.start(10);
    advance(2000);
    progress.tick(false, 'failed x: HTTP 404');
    expect(out.text).toContain('\x1b[2K\rfailed x: HTTP 404\n');
    const last = out.text.split('\r').pop()!;
    expect(last).toMatch(/^█{3}░{27} 1\/10 articles 10% · 0\.5\/s · ETA 18s · 1 failed$/);
    progress.end();
    expect(out.text.endsWith('\x1b[2K\r')).toBe(true);
  });

  it('when items end faster than ten a second, then the bar is not redrawn for each', () => {
    const { out, progress, advance } = setup(true);
    progress.start(100);
    const draws = () => out.text.split('\r').length;
    const before = draws();
    for (let i = 0; i < 50; i++) {
      advance(1);
      progress.tick(true, 'ok');
    }
    expect(draws() - before).toBeLessThanOrEqual(1);
  });
});
