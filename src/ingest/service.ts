import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { decodeBytes } from '../extract/clean';
import type { ArticleWriter } from '../repo/writer';
import type { Metrics } from '../ops/metrics';
import { ApiError, articleDeleted, ErrorCode } from '../errors';
import type { IngestResultRecord } from '../repo/types';
import { prepareWith, type ArticleInput } from './article';
import { ruleExtractor, type Extractor } from '../extract';

/** Extraction plus the one-transaction write, shared by the mutation, the CLI and start-up seeding. */
export class IngestService {
  constructor(
    private readonly writer: ArticleWriter,
    private readonly extractor: Extractor = ruleExtractor,
    private readonly metrics?: Metrics,
  ) {}

  async ingest(input: ArticleInput): Promise<IngestResultRecord> {
    try {
      const prepared = await prepareWith(input, this.extractor);
      if ((await this.writer.write(prepared)).skipped.length) throw articleDeleted(prepared.id);
      const { extraction: x, text: _t, contentHash: _h, ...article } = prepared;
      this.metrics?.articles.inc();
      this.metrics?.facts.inc(x.relations.length);
      return { article, entities: x.entities.length, relations: x.relations.length, chipPrograms: x.chipPrograms.length };
    } catch (err) {
      this.metrics?.ingestFailures.inc({ code: err instanceof ApiError ? err.code : ErrorCode.INTERNAL_SERVER_ERROR });
      throw err;
    }
  }
}

const indexSchema = z.array(
  z.object({
    file: z.string(),
    title: z.string().optional(),
    language: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
    publishedAt: z.string().optional(),
    source: z.string().optional(),
    url: z.string().nullish(),
  }),
);

/** The articles of a seeds folder with the metadata of its index.json (files it does not list get none). */
export function readSeedArticles(dir: string): ArticleInput[] {
  const indexFile = join(dir, 'index.json');
  const meta = existsSync(indexFile) ? indexSchema.parse(JSON.parse(readFileSync(indexFile, 'utf8'))) : [];
  const byFile = new Map(meta.map((m) => [m.file, m]));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const m = byFile.get(file);
      return {
        id: basename(file, '.txt'),
        text: decodeBytes(readFileSync(join(dir, file))),
        title: m?.title,
        language: m?.language,
        publishedAt: m?.publishedAt?.slice(0, 10),
        source: m?.source,
        url: m?.url ?? undefined,
      };
    });
}
