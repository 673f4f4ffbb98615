import { isLatin } from './lang';
import type { Lexicon } from './lexicon';
import { nameKey, toSimplified } from './normalize';
import type { EntityType } from './types';
import { allMatches } from './regex';

/** One occurrence of an entity in a sentence; offsets are relative to the sentence. */
export interface Mention {
  id: string;
  type: EntityType;
  start: number;
  end: number;
  /** As written in the article (original script). */
  surface: string;
  /** A reference (the company, 该公司, its) resolved to the entity, not its name. */
  anaphor?: boolean;
}

/** An organization known only by its id here (the story's topic, a chip's maker): a mention with no place in the sentence. */
export const orgRef = (id: string): Mention => ({ id, type: 'Organization', start: 0, end: 0, surface: '' });

interface Surface {
  text: string;
  id: string;
  type: EntityType;
  /** A Latin name starts/ends on a word boundary: "Arm" is not found in "Army". */
  latinStart: boolean;
  latinEnd: boolean;
  /** It ends in a capital or a digit (TPUs, H100s), or is a chip or product named by capitalised words (Tensor Processing Units), so a plural s may follow. */
  pluralizable: boolean;
  /** It starts with 年, 月 or 日 (日经), which after a digit belong to a date. */
  dateStart: boolean;
}

/** Whether a UTF-16 code unit is a Latin letter or a digit (isLatin for one character, as a number). */
const latin = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Surfaces bucketed by their first two characters, then (those of three or more) by their third, longest first
 * in each bucket. A scan looks up one bucket per position, so its cost does not grow with the size of the lexicon
 * (a single regex of every alternative did, and had to be compiled again for each article). The pairs that start
 * a surface are also hashed to bits: most positions of a sentence start none, and are passed without a lookup.
 */
// A name of capitalised words ending in a noun that is not already plural: Tensor Processing Unit.
const COUNTABLE_WORDS = /^[A-Z][\w-]*(?:\s[A-Z][\w-]*)*\s[A-Z][a-z]*[a-rt-z]$/;

class SurfaceIndex {
  // Keyed by the two UTF-16 code units (pair(), no substring is made for a lookup).
  private readonly buckets = new Map<number, { longer: Map<number, Surface[]>; two?: Surface }>();
  private readonly pairs = new Int32Array(1 << (PAIR_BITS - 5));
  readonly known = new Set<string>();

  add(text: string, id: string, type: EntityType): void {
    const simp = toSimplified(text);
    if (simp.length < 2 || this.known.has(simp)) return;
    this.known.add(simp);
    const last = simp.charCodeAt(simp.length - 1);
    const s: Surface = {
      text: simp,
      id,
      type,
      latinStart: isLatin(simp[0]),
      latinEnd: isLatin(simp[simp.length - 1]),
      // (Also a chip or product named by words, "Tensor Processing Units".)
      pluralizable:
        (last >= 0x41 && last <= 0x5a) ||
        (last >= 0x30 && last <= 0x39) ||
        ((type === 'Chip' || type === 'Product') && COUNTABLE_WORDS.test(simp)),
      dateStart: /^[年月日]/.test(simp),
    };
    const key = pair(simp, 0);
    const h = pairHash(key);
    this.pairs[h >>> 5]! |= 1 << (h & 31);
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = { longer: new Map() }));
    if (simp.length === 2) {
      bucket.two = s;
      return;
    }
    const third = simp.charCodeAt(2);
    const longer = bucket.longer.get(third);
    if (!longer) bucket.longer.set(third, [s]);
    else {
      longer.push(s);
      longer.sort((a, b) => b.text.length - a.text.length);
    }
  }

  /** The longest surface that starts at `i` and respects word boundaries. */
  at(simp: string, i: number): Surface | undefined {
    // (At the last character there is no pair: a surface has two characters or more.)
    if (i + 1 >= simp.length) return undefined;
    const key = pair(simp, i);
    const h = pairHash(key);
    if ((this.pairs[h >>> 5]! & (1 << (h & 31))) === 0) return undefined;
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    // (At the end of the text the third character is NaN, which keys nothing.)
    for (const s of bucket.longer.get(simp.charCodeAt(i + 2)) ?? NONE) if (simp.startsWith(s.text, i) && fits(s, simp, i)) return s;
    return bucket.two && fits(bucket.two, simp, i) ? bucket.two : undefined;
  }
}

const NONE: readonly Surface[] = [];
// A letter, then a day, month or year in Chinese: the digits start a date, not the name's model number.
const DATE_AFTER_NAME = /^[A-Za-z]\d{1,4}(?:年|月|日|号|號)/;

/** Whether a surface found at `i` respects word boundaries there. */
function fits(s: Surface, simp: string, i: number): boolean {
  if (s.latinStart && i > 0 && latin(simp.charCodeAt(i - 1))) return false;
  const next = i + s.text.length;
  // "TPUs", "H100s": a plural s after an acronym or model number still ends the name.
  const plural = simp[next] === 's' && s.pluralizable && !(next + 1 < simp.length && latin(simp.charCodeAt(next + 1)));
  // (Anthropic10月宣布: a date written right after a name in Chinese ends the name.)
  if (s.latinEnd && next < simp.length && latin(simp.charCodeAt(next)) && !plural && !DATE_AFTER_NAME.test(simp.slice(next - 1, next + 6)))
    return false;
  // 25日经由: a date's 日/月/年 does not start a name (日经).
  if (s.dateStart && i > 0 && /\d/.test(simp[i - 1]!)) return false;
  const word = WORDS.get(s.text);
  return !word || !(word.before.test(simp.slice(Math.max(0, i - 6), i)) || word.after.test(simp.slice(next, next + 4)));
}

/**
 * Short names that are also common words, and the neighbours that make them the word: 浪潮 is Inspur, but AI浪潮 and
 * 借…的浪潮 are a wave.
 */
const WORDS = new Map<string, { before: RegExp; after: RegExp }>([
  // (理想的状态, 大众市场: the words; 理想汽车 and 大众汽车 named in an article make 理想 and 大众 the companies there.)
  [
    '理想',
    {
      before: /(?:不|很|更|最|较|太|非常|比较|十分|相当|个|一种|最为)$/,
      after: /^(?:的?(?:状态|情况|结果|选择|目标|条件|价格|水平)|化|中的|主义|值)/,
    },
  ],
  ['大众', { before: /(?:社会|普罗|广大|面向|一般|普通)$/, after: /^(?:市场|化|消费|媒体|传播|点评|文化|认知|版|型|用户)/ }],
  [
    '浪潮',
    {
      before: /(?:的|AI|人工智能|科技|数字化?|智能化?|算力|加速器|新一轮|这一?波|一波)$/,
      after: /^(?:中|下|之中|之下|来袭|袭来|涌现|席卷|兴起|推动|带动)/,
    },
  ],
]);

/** The two UTF-16 code units at `i` as one number (a small integer: the map hashes it without a heap number). */
const pair = (s: string, i: number) => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
const PAIR_BITS = 16;
const pairHash = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_BITS);

/** The matcher for one article: the lexicon's spellings (built once per lexicon) plus what discovery found in it. */
export interface Matcher {
  lexicon: SurfaceIndex;
  article: SurfaceIndex;
  /** Simplified spelling -> entity, over both indexes. */
  lookup(simp: string): { id: string; type: EntityType } | undefined;
}

const lexiconIndexes = new WeakMap<Lexicon, SurfaceIndex>();

function lexiconIndex(lex: Lexicon): SurfaceIndex {
  let index = lexiconIndexes.get(lex);
  if (!index) {
    index = new SurfaceIndex();
    for (const s of lex.surfaces) index.add(s.text, s.id, lex.entries.get(s.id)!.type);
    lexiconIndexes.set(lex, index);
  }
  return index;
}

export interface ArticleName {
  id: string;
  type: EntityType;
  spellings: string[];
}

export function buildMatcher(lex: Lexicon, names: ArticleName[]): Matcher {
  const lexicon = lexiconIndex(lex);
  const article = new SurfaceIndex();
  const byKey = new Map<string, { id: string; type: EntityType }>();
  for (const n of names) {
    for (const s of n.spellings) {
      const simp = toSimplified(s);
      if (!byKey.has(nameKey(s))) byKey.set(nameKey(s), { id: n.id, type: n.type });
      if (!lexicon.known.has(simp)) article.add(simp, n.id, n.type);
    }
  }
  const lookup = (simp: string) => {
    const id = lex.byKey.get(nameKey(simp));
    return id ? { id, type: lex.entries.get(id)!.type } : byKey.get(nameKey(simp));
  };
  return { lexicon, article, lookup };
}

// "MTIA 300, 400 and 500" / "昇腾960与970": the bare numbers after a model stand for models of its family.
const FAMILY_MODEL = /^([A-Za-z]{2,10}|[\u3400-\u9fff]{2,4})\s?\d{2,4}[A-Z]{0,3}$/;
const MORE_NUMBERS = /^((?:\s*(?:,|、|和|及|与|and|or|\/)\s*\d{2,4}[A-Z]{0,3}(?![\d%]))+)/;

const MODEL_NUMBER = /\d{2,4}[A-Z]{0,3}/g;
/** Every entity mention in a sentence (given as its Simplified view), leftmost-longest, no overlaps. */
export function findMentions(text: string, simp: string, matcher: Matcher): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < simp.length;) {
    const found = matcher.article.at(simp, i);
    const known = matcher.lexicon.at(simp, i);
    const best = found && (!known || found.text.length > known.text.length) ? found : known;
    if (!best) {
      i++;
      continue;
    }
    const end = i + best.text.length;
    out.push({ id: best.id, type: best.type, start: i, end, surface: text.slice(i, end) });
    const family = best.type === 'Chip' ? FAMILY_MODEL.exec(best.text) : null;
    const list = family ? MORE_NUMBERS.exec(simp.slice(end)) : null;
    if (family && list) {
      for (const n of allMatches(MODEL_NUMBER, list[1]!)) {
        const member = matcher.lookup(`${family[1]} ${n[0]}`) ?? matcher.lookup(`${family[1]}${n[0]}`);
        if (member) out.push({ id: member.id, type: member.type, start: end + n.index, end: end + n.index + n[0].length, surface: n[0] });
      }
      i = end + list[0].length;
      continue;
    }
    i = end;
  }
  return out;
}
