import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle, ruleExtractor } from '../../src/extract';
import { ExtractionPool } from '../../src/extract/pool';

/** Extraction on worker threads: the same answers as on the main thread, and a dead worker replaced. */
const SEEDS = join(__dirname, '../../seeds/articles');
const texts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => cleanArticle(readFileSync(join(SEEDS, f), 'utf8')));
let pool: ExtractionPool;

beforeAll(async () => {
  pool = new ExtractionPool(2);
  await pool.start();
});
afterAll(() => pool.close());

describe('an extraction pool', () => {
  it('when every seed article is extracted at once on two workers, then each answer equals the main thread’s', async () => {
    const [pooled, single] = await Promise.all([
      Promise.all(texts.map((t) => pool.extract(t))),
      Promise.all(texts.map((t) => ruleExtractor.extract(t))),
    ]);
    expect(pooled).toEqual(single);
    expect(pooled.some((x) => x.relations.length > 0)).toBe(true);
  });

  it('when a worker dies with jobs in flight, then those jobs fail with the reason and the pool goes on with a new worker', async () => {
    const slots = (pool as unknown as { slots: { worker: { terminate(): Promise<number> } }[] }).slots;
    const inFlight = texts.slice(0, 4).map((t) => pool.extract(t));
    await slots[0]!.worker.terminate();
    const settled = await Promise.allSettled(inFlight);
    const failed = settled.filter((s) => s.status === 'rejected');
    expect(failed.length).toBeGreaterThan(0);
    expect(String((failed[0] as PromiseRejectedResult).reason)).toMatch(/extraction worker exited/);
    const again = await Promise.all(texts.slice(0, 4).map((t) => pool.extract(t)));
    expect(again).toEqual(await Promise.all(texts.slice(0, 4).map((t) => ruleExtractor.extract(t))));
  });

  it('when this thread has not yet spent its start-up time extracting, then no worker is started and answers are the same', async () => {
    const lazy = new ExtractionPool(1, undefined, 60_000);
    expect(await lazy.extract(texts[0]!)).toEqual(await ruleExtractor.extract(texts[0]!));
    expect((lazy as unknown as { slots: unknown[] }).slots).toHaveLength(0);
    await lazy.close();
  });

  it('when it is closed, then it refuses work', async () => {
    const closed = new ExtractionPool(1);
    await closed.close();
    await expect(closed.extract('OpenAI works with Broadcom.')).rejects.toThrow(/closed/);
  });
});
