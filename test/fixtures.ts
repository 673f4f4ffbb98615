import { nameKey } from '../src/extract/normalize';
import type { DealStatus, EntityType, Extraction, RelationType } from '../src/extract/types';
import type { PreparedArticle } from '../src/ingest/article';

/** A fact as a test states it: subject, relation type, object, and optionally the deal status. */
export type HandFact = [subject: string, type: RelationType, object: string, status?: DealStatus];

export const idOf = (name: string) => nameKey(name);
/** The key a fact is stored under, and the global ids the API gives facts, entities and articles. */
export const factKey = ([s, t, o]: HandFact) => `${t}:${idOf(s)}:${idOf(o)}`;
export const factId = (f: HandFact) => `Relation:${factKey(f)}`;
export const entityId = (name: string) => `Entity:${idOf(name)}`;
export const articleId = (key: string) => `Article:${key}`;

/**
 * An article whose extraction is written by hand (one sentence per fact), so API tests depend on the
 * store and the API only, not on what the extractor makes of a text.
 */
export function handArticle(
  id: string,
  publishedAt: string | null,
  facts: HandFact[],
  types: Record<string, EntityType> = {},
): PreparedArticle {
  let text = '';
  const relations: Extraction['relations'] = [];
  facts.forEach(([s, type, o, status], i) => {
    const sentence = `${s} ${type.toLowerCase().replace('_', ' ')} ${o}${status ? ` (${status})` : ''}.`;
    const start = text.length;
    text += sentence + ' ';
    relations.push({
      type,
      subject: s,
      object: o,
      subjectId: idOf(s),
      objectId: idOf(o),
      evidence: sentence,
      confidence: 0.9,
      ...(status ? { status } : {}),
      provenance: [{ sentence, sentenceIndex: i, start, end: start + sentence.length }],
    });
  });
  const names = [...new Set(facts.flatMap(([s, , o]) => [s, o]))];
  return {
    id,
    title: `Test article ${id}`,
    language: 'en',
    publishedAt,
    source: 'test',
    url: null,
    text: text.trim(),
    contentHash: id,
    extraction: {
      entities: names.map((n) => ({ id: idOf(n), name: n, type: types[n] ?? 'Organization', aliases: [] })),
      relations,
      chipPrograms: [],
    },
  };
}
