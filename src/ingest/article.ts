import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InvalidArticleError } from '../errors';
import { cleanArticle, MAX_ARTICLE_BYTES } from '../extract/clean';
import { extractText } from '../extract';
import { toSimplified } from '../extract/normalize';
import type { Extractor } from '../extract';
import type { PreparedArticle } from '../repo/types';

export const articleInputSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[\w.\-:]+$/, 'letters, digits and . - _ : only')
    .optional(),
  text: z.string(),
  title: z.string().trim().max(500).optional(),
  language: z.enum(['zh-Hans', 'zh-Hant', 'en']).optional(),
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, 'YYYY-MM-DD')
    .optional(),
  source: z.string().max(500).optional(),
  url: z.string().url().optional(),
});
export type ArticleInput = z.input<typeof articleInputSchema>;

export type { PreparedArticle } from '../repo/types';

/** zh-Hant when converting to Simplified changes a noticeable share of the Han characters. */
export function detectLanguage(text: string): 'zh-Hans' | 'zh-Hant' | 'en' {
  const han = text.match(/[\u3400-\u9fff]/g) ?? [];
  const latin = text.match(/[A-Za-z]/g) ?? [];
  if (han.length < latin.length / 2) return 'en';
  const simp = toSimplified(han.join(''));
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (simp[i] !== han[i]) changed++;
  return changed / Math.max(1, han.length) > 0.03 ? 'zh-Hant' : 'zh-Hans';
}

/** Validates and cleans one article; throws InvalidArticleError with a reason a person can act on. */
export function cleanInput(input: ArticleInput): Omit<PreparedArticle, 'extraction'> {
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidArticleError(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
  }
  const a = parsed.data;
  if (Buffer.byteLength(a.text, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new InvalidArticleError(`The article is larger than ${MAX_ARTICLE_BYTES} bytes.`);
  }
  if (a.text.trim().length === 0) throw new InvalidArticleError('The article is empty.');
  const text = cleanArticle(a.text);
  const contentHash = createHash('sha256').update(text).digest('hex');
  return {
    id: a.id ?? `sha256-${contentHash.slice(0, 16)}`,
    title: a.title ?? text.split('\n')[0]!.slice(0, 200),
    language: a.language ?? detectLanguage(text),
    publishedAt: a.publishedAt ?? null,
    source: a.source ?? null,
    url: a.url ?? null,
    text,
    contentHash,
  };
}

/** Validates, cleans and extracts one article with the rule extractor (synchronous). */
export function prepareArticle(input: ArticleInput): PreparedArticle {
  const article = cleanInput(input);
  const { sentences: _s, ...extraction } = extractText(article.text);
  return { ...article, extraction };
}

/** The same with any extractor (the LLM one is asynchronous). */
export async function prepareWith(input: ArticleInput, extractor: Extractor): Promise<PreparedArticle> {
  const article = cleanInput(input);
  return { ...article, extraction: await extractor.extract(article.text) };
}
