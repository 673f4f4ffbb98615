/**
 * A synthetic news graph for the benchmark: `articles` articles about a population of entities
 * whose popularity follows a power law (Zipf, s = 1.1), with dated facts between the entities each
 * article mentions, evidence sentences, and chip programs. Deterministic for a given size.
 */
import { nameKey } from '../src/extract/normalize';
import type { DealStatus, EntityType, Extraction, ProgramStatus, RelationType } from '../src/extract/types';
import type { PreparedArticle } from '../src/ingest/article';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
export function zipf(n: number, s: number, random: () => number): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'zen',
  'qui',
  'sol',
  'nex',
  'dra',
  'phi',
  'cor',
  'tal',
  'vi',
  'mon',
  'ar',
  'el',
  'os',
  'tri',
];
const ORG_SUFFIX = ['Semiconductor', 'Systems', 'AI', 'Labs', 'Micro', 'Cloud', 'Technologies', 'Capital', 'Devices', 'Compute'];
const TYPES: [EntityType, number][] = [
  ['Organization', 0.6],
  ['Chip', 0.2],
  ['Product', 0.1],
  ['Person', 0.05],
  ['Place', 0.05],
];
const RELATIONS: [RelationType, number][] = [
  ['PARTNERS_WITH', 0.25],
  ['SUPPLIES', 0.15],
  ['DEVELOPS', 0.15],
  ['INVESTS_IN', 0.1],
  ['USES', 0.1],
  ['COMPETES_WITH', 0.1],
  ['ACQUIRES', 0.05],
  ['MANUFACTURES', 0.05],
  ['WORKS_FOR', 0.03],
  ['SUBSIDIARY_OF', 0.02],
];
const DEALS: DealStatus[] = ['considering', 'announced', 'completed'];
const PROGRAMS: ProgramStatus[] = ['exploring', 'developing', 'announced', 'deployed', 'setback'];
const FILLER =
  'Analysts said demand for accelerators in data centres keeps outpacing supply, and that the companies involved ' +
  'did not disclose financial terms. The report cited people familiar with the matter. ';

function pick<T>(weighted: [T, number][], random: () => number): T {
  let x = random();
  for (const [v, w] of weighted) if ((x -= w) <= 0) return v;
  return weighted[weighted.length - 1]![0];
}

export interface SyntheticEntity {
  id: string;
  name: string;
  type: EntityType;
}

export function syntheticEntities(count: number, seed = 7): SyntheticEntity[] {
  const random = rng(seed);
  const out: SyntheticEntity[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const type = pick(TYPES, random);
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    const base = word[0]!.toUpperCase() + word.slice(1);
    const name =
      type === 'Organization'
        ? `${base} ${ORG_SUFFIX[Math.floor(random() * ORG_SUFFIX.length)]}`
        : type === 'Chip'
          ? `${base.toUpperCase().slice(0, 4)}-${100 + Math.floor(random() * 900)}`
          : type === 'Person'
            ? `${base} ${SYLLABLES[Math.floor(random() * 20)]!.toUpperCase()}.`
            : base;
    const id = nameKey(name);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, name, type });
  }
  return out;
}

/** Articles in batches of `batch`, oldest first; entities are ranked by popularity (index 0 = most mentioned). */
export function* syntheticArticles(articles: number, entities: SyntheticEntity[], batch = 200, seed = 11): Generator<PreparedArticle[]> {
  const random = rng(seed);
  const popular = zipf(entities.length, 1.1, random);
  const start = Date.UTC(2018, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  let out: PreparedArticle[] = [];
  for (let i = 0; i < articles; i++) {
    const date = new Date(start + (span * i) / articles).toISOString().slice(0, 10);
    const mentioned = [...new Set(Array.from({ length: 3 + Math.floor(random() * 6) }, () => entities[popular()]!))];
    const relations: Extraction['relations'] = [];
    const chipPrograms: Extraction['chipPrograms'] = [];
    let text = `${mentioned[0]!.name} news, ${date}. `;
    const facts = mentioned.length < 2 ? 0 : 2 + Math.floor(random() * 4);
    for (let f = 0; f < facts; f++) {
      const s = mentioned[Math.floor(random() * mentioned.length)]!;
      const o = mentioned[Math.floor(random() * mentioned.length)]!;
      if (s.id === o.id) continue;
      const type = pick(RELATIONS, random);
      const status = type === 'ACQUIRES' || type === 'INVESTS_IN' ? DEALS[Math.floor(random() * 3)] : undefined;
      const sentence = `${s.name} ${type.toLowerCase().replace('_', ' ')} ${o.name}${status ? ` (${status})` : ''}.`;
      const startAt = text.length;
      text += sentence + ' ';
      const provenance = [{ sentence, sentenceIndex: f + 1, start: startAt, end: startAt + sentence.length }];
      relations.push({
        type,
        subject: s.name,
        object: o.name,
        subjectId: s.id,
        objectId: o.id,
        evidence: sentence,
        confidence: 0.5 + random() / 2,
        ...(status ? { status } : {}),
        provenance,
      });
      if (type === 'DEVELOPS' && s.type === 'Organization' && o.type === 'Chip') {
        chipPrograms.push({
          owner: s.name,
          ownerId: s.id,
          chips: [o.name],
          partners: [],
          status: PROGRAMS[Math.floor(random() * 5)]!,
          evidence: sentence,
          provenance,
        });
      }
    }
    text += FILLER.repeat(3);
    out.push({
      id: `syn-${i}`,
      title: `${mentioned[0]!.name} and ${mentioned.length - 1} others`,
      language: 'en',
      publishedAt: date,
      source: 'synthetic',
      url: null,
      text,
      contentHash: `syn-${i}`,
      extraction: { entities: mentioned.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [] })), relations, chipPrograms },
    });
    if (out.length === batch) {
      yield out;
      out = [];
    }
  }
  if (out.length) yield out;
}
