/**
 * `npx tsx bench/writers.ts [--articles 4000] [--batch 50]`: what the change feed's sequence lock
 * costs parallel writers. The same synthetic articles (three facts each, between entities of their
 * own, so writers never wait on each other's entities) are written by 1, 2 and 4 concurrent writers,
 * each into a fresh store; every fact-changing transaction takes the one Sequence node's lock from
 * its change-feed step until it commits.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../src/db/driver';
import { startEmbeddedNeo4j } from '../src/db/embedded';
import { loadLexicon } from '../src/extract/lexicon';
import { migrate } from '../src/repo/migrations';
import { ArticleWriter } from '../src/repo/writer';
import { ROOT } from '../src/paths';
import type { PreparedArticle } from '../src/repo/types';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARTICLES = arg('articles', 4000);
const BATCH = arg('batch', 50);

function article(i: number): PreparedArticle {
  const names = [`Maker ${i}`, `Cloud ${i}`, `Chip ${i}`, `Fund ${i}`];
  const ids = names.map((n) => n.toLowerCase().replace(/\s+/g, ''));
  const facts: [number, string, number][] = [
    [0, 'SUPPLIES', 1],
    [0, 'DEVELOPS', 2],
    [3, 'INVESTS_IN', 0],
  ];
  let text = '';
  const relations = facts.map(([s, type, o], k) => {
    const sentence = `${names[s]} ${type.toLowerCase()} ${names[o]}.`;
    const start = text.length;
    text += `${sentence} `;
    return {
      type: type as 'SUPPLIES',
      subject: names[s]!,
      object: names[o]!,
      subjectId: ids[s]!,
      objectId: ids[o]!,
      evidence: sentence,
      confidence: 0.9,
      provenance: [{ sentence, sentenceIndex: k, start, end: start + sentence.length }],
    };
  });
  return {
    id: `w-${i}`,
    title: `Writer test ${i}`,
    language: 'en',
    publishedAt: '2025-05-01',
    source: 'bench',
    url: null,
    text: text.trim(),
    contentHash: `w-${i}`,
    extraction: {
      entities: names.map((name, k) => ({ id: ids[k]!, name, type: 'Organization', aliases: [] })),
      relations,
      chipPrograms: [],
    },
  };
}

async function run(writers: number): Promise<number> {
  const dataDir = join(ROOT, '.data', `bench-writers-${writers}`);
  rmSync(dataDir, { recursive: true, force: true });
  const neo = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '2g', log: () => {} });
  const driver = await connect({ uri: neo.uri, user: 'neo4j', password: '' });
  try {
    await migrate(driver);
    const writer = new ArticleWriter(driver, loadLexicon());
    const batches: PreparedArticle[][] = [];
    for (let i = 0; i < ARTICLES; i += BATCH) batches.push(Array.from({ length: Math.min(BATCH, ARTICLES - i) }, (_, k) => article(i + k)));
    // Warm-up on other articles, then the measured run.
    await writer.writeBatch(Array.from({ length: BATCH }, (_, k) => article(1e7 + k)));
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < batches.length) await writer.writeBatch(batches[next++]!);
      }),
    );
    return ARTICLES / ((performance.now() - started) / 1000);
  } finally {
    await driver.close();
    await neo.stop();
  }
}

async function main() {
  const rates: Record<number, number> = {};
  for (const writers of [1, 2, 4]) rates[writers] = await run(writers);
  console.log(`| writers | articles/s | vs one writer |\n|---:|---:|---:|`);
  for (const [w, r] of Object.entries(rates)) console.log(`| ${w} | ${r.toFixed(0)} | ${(r / rates[1]!).toFixed(2)}x |`);
}

void main();
