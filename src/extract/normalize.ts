import * as OpenCC from 'opencc-js';

// Traditional (Taiwan and Hong Kong usage) to Simplified, used only for matching: evidence keeps the original.
// OpenCC.Converter({ from: 'tw', to: 'cn' }) and ({ from: 'hk', to: 'cn' }), built from the same dictionaries
// and run the same way, with passes that step over what no dictionary word starts with (see FastTrie).
let simplify: ((text: string) => string) | undefined;

// OpenCC changes nothing outside the CJK blocks (checked for U+0020–U+2FFF and the full-width forms),
// so text without a CJK character (English articles) skips the converter, the costliest step.
const HAS_CJK = /[\u3000-\ufeff]/; // also every astral character, written as a surrogate pair (U+D800–U+DFFF)

// The dots Taiwan and Hong Kong reports put inside transliterated names (麥克．西西里亞, 黃‧仁勳) are, for matching,
// the middle dot the Mainland writes (麦克·西西里亚).
const NAME_DOT = /(?<=[\u3400-\u9fff])[．‧・•](?=[\u3400-\u9fff])/g;

/** Simplified-Chinese view of a text for matching; keeps every other character as it is. */
export function toSimplified(text: string): string {
  if (!HAS_CJK.test(text)) return text;
  return sameOffsets(text, (simplify ??= simplifier())(text)).replace(NAME_DOT, '·');
}

/**
 * Every rule reads offsets in the Simplified view and cuts the original text at them, so the view must keep the
 * text's length at every character. A few Traditional characters have a Simplified form outside the BMP (鋐 → 𬭎,
 * 暐 → 𬀩: two UTF-16 units for one), and compatibility ideographs outside it have one inside; those stay as they were.
 */
const SURROGATE = /[\ud800-\udfff]/;
function sameOffsets(text: string, simplified: string): string {
  // (Outside the BMP on neither side, every character is one unit on both.)
  if (!SURROGATE.test(simplified) && !SURROGATE.test(text)) return simplified;
  const from = [...text];
  const to = [...simplified];
  if (from.length !== to.length) return text;
  let out = '';
  for (let i = 0; i < from.length; i++) out += to[i]!.length === from[i]!.length ? to[i] : from[i];
  return out;
}

const keys = new Map<string, string>();

/**
 * The key two spellings of one name share: NFKC (full-width to ASCII), Simplified script, lower case,
 * without spaces or the punctuation that names vary in (· - . _ ' ® ™). Mirrors the scorer's notion of sameness.
 */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 100_000) keys.clear(); // names recur across articles; the cache only has to stay bounded
    keys.set(name, (key = computeKey(name)));
  }
  return key;
}
function computeKey(name: string): string {
  return toSimplified(name.normalize('NFKC'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '') // Renée = Renee
    .replace(/[\s·・•\-_.,'’"“”()（）®™&]/gu, '');
}

/** A stable id for an entity from its canonical name. */
export function slugId(name: string): string {
  const k = nameKey(name);
  return k.length > 0 ? k : name;
}

interface ConverterConfig {
  normalizationChain?: OpenCC.DictGroup[];
  segmentation?: OpenCC.DictLike | OpenCC.DictGroup;
  conversionChain: OpenCC.DictGroup[];
}

/** One of OpenCC's preset converters (tw2s, hk2s): its passes, and the whole run over a text. */
interface Converter {
  normalization: FastTrie[];
  segmentation?: FastTrie;
  chain: FastTrie[];
  run(text: string): string;
}

/**
 * One of OpenCC's preset converters as OpenCC.Converter builds it: the normalization passes, then the text cut
 * into the segmentation dictionary's words and the rest, then each piece through the conversion passes in turn.
 * test/unit/normalize.test.ts checks it against OpenCC.Converter.
 */
function converter(name: 'tw2s' | 'hk2s'): Converter {
  const config = OpenCC.Locale.configs[name] as unknown as ConverterConfig;
  const trie = (group: OpenCC.DictGroup) => {
    const t = new OpenCC.Trie();
    t.loadDictGroup(group);
    return new FastTrie(t);
  };
  const normalization = (config.normalizationChain ?? []).map(trie);
  let segmentation: FastTrie | undefined;
  if (config.segmentation) {
    const t = new OpenCC.Trie();
    const seg = config.segmentation;
    if (Array.isArray(seg) && seg.every((x) => typeof x === 'string')) t.loadDictGroup(seg);
    else t.loadDict(seg as OpenCC.DictLike);
    segmentation = new FastTrie(t);
  }
  const chain = config.conversionChain.map(trie);
  const run = (text: string) => {
    for (const t of normalization) text = t.convert(text);
    const pieces = segmentation ? segmentation.segment(text) : [text];
    let out = '';
    for (let piece of pieces) {
      for (const t of chain) piece = t.convert(piece);
      out += piece;
    }
    return out;
  };
  return { normalization, segmentation, chain, run };
}

/**
 * tw2s, then hk2s. The two normalize, segment and finish with the same dictionaries and differ in their first
 * conversion pass only. When tw2s changes nothing in a text, piece by piece (the text is Simplified already, as
 * most are), hk2s reads the same pieces, and its last pass leaves alone a piece its first pass leaves alone (as
 * tw2s's did): only hk2s's first pass need run, and its last on a piece the first changes.
 */
function simplifier(): (text: string) => string {
  const tw = converter('tw2s');
  const hk = converter('hk2s');
  const [tc, hc] = (['tw2s', 'hk2s'] as const).map((n) => OpenCC.Locale.configs[n] as unknown as ConverterConfig);
  const shared =
    sameDictionaries(tc!.normalizationChain, hc!.normalizationChain) &&
    sameDictionaries(tc!.segmentation, hc!.segmentation) &&
    tw.chain.length === 2 &&
    hk.chain.length === 2 &&
    sameDictionaries(tc!.conversionChain[1], hc!.conversionChain[1]);
  if (!shared || !tw.segmentation) return (text) => hk.run(tw.run(text));
  const { normalization, segmentation } = tw;
  const [twFirst, last] = tw.chain as [FastTrie, FastTrie];
  const hkFirst = hk.chain[0]!;
  return (text) => {
    let normalized = text;
    for (const t of normalization) normalized = t.convert(normalized);
    const pieces = segmentation.segment(normalized);
    let out = '';
    let unchanged = normalized === text;
    for (const piece of pieces) {
      const first = twFirst.convert(piece);
      const converted = last.convert(first);
      if (first !== piece || converted !== piece) unchanged = false;
      out += converted;
    }
    if (!unchanged) return hk.run(out);
    let simplified = '';
    for (const piece of pieces) {
      const first = hkFirst.convert(piece);
      simplified += first === piece ? piece : last.convert(first);
    }
    return simplified;
  };
}

/** Whether two dictionary lists are the same dictionaries (the presets share them as the same strings). */
function sameDictionaries(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => sameDictionaries(x, b[i]));
}

/**
 * A pass of OpenCC over a text, its longest-match walk exactly (OpenCC's Trie does the matching), except that a
 * position where no dictionary word can start is stepped over at once: a character no word starts with, or one
 * that is no word alone and whose next character continues no word it starts (in a pass most positions are such).
 */
class FastTrie {
  /** For each character of the Basic Multilingual Plane: 1 if words start with it, 3 if it is also a word alone. */
  private readonly starts = new Uint8Array(0x10000);
  /** The first two characters of every longer word, hashed to bits (a set bit may be another pair's). */
  private readonly pairs = new Int32Array(1 << (PAIR_BITS - 5));

  constructor(private readonly trie: OpenCC.Trie) {
    type Node = Map<number, Node> & { trie_val?: string };
    for (const [c, node] of (trie as unknown as { map: Node }).map) {
      if (c >= 0x10000) continue;
      this.starts[c] = node.trie_val !== undefined ? 3 : 1;
      for (const d of node.keys()) {
        const h = pairHash(c, d);
        this.pairs[h >>> 5]! |= 1 << (h & 31);
      }
    }
  }

  /** What Trie.convert gives: each longest dictionary word replaced. */
  convert(text: string): string {
    return this.walk(text, true);
  }

  /** What Trie.segment gives: the dictionary words and the runs between them. */
  segment(text: string): string[] {
    const pieces: string[] = [];
    this.walk(text, false, pieces);
    return pieces;
  }

  /** Whether a word may start at `i`, a position of a character of the BMP (no surrogate, no description character). */
  private mayStart(text: string, i: number, c: number): boolean {
    const s = this.starts[c]!;
    if (s !== 1) return s !== 0;
    if (i + 1 >= text.length) return false;
    const h = pairHash(c, text.charCodeAt(i + 1));
    return (this.pairs[h >>> 5]! & (1 << (h & 31))) !== 0;
  }

  private walk(text: string, replace: boolean, pieces: string[] = []): string {
    const len = text.length;
    let run = -1; // start of the unmatched run
    let replaced = false;
    for (let i = 0; i < len;) {
      const c = text.charCodeAt(i);
      // No word starts here (a character of the BMP, no surrogate, no ideographic description character): one step on.
      if ((c < 0xd800 || c > 0xdfff) && (c < 0x2ff0 || c > 0x2fff) && !this.mayStart(text, i, c)) {
        if (run < 0) run = i;
        i++;
        continue;
      }
      const m = this.trie.matchPrefix(text, i);
      if (m) {
        if (run >= 0) pieces.push(text.slice(run, i));
        run = -1;
        pieces.push(replace ? m.value : text.slice(i, m.end));
        replaced = true;
        i = m.end;
      } else {
        if (run < 0) run = i;
        i += step(text, i);
      }
    }
    // (Nothing replaced: the text as it is.)
    if (replace && !replaced) return text;
    if (run >= 0) pieces.push(text.slice(run, len));
    return replace ? pieces.join('') : '';
  }
}

const PAIR_BITS = 17;
const pairHash = (a: number, b: number) => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

// OpenCC's step over an unmatched character: a code point, or a whole ideographic description sequence (⿰氵青).
const width = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);
const idsArity = (cp: number) =>
  cp >= 0x2ff0 && cp <= 0x2ff1 ? 2 : cp >= 0x2ff2 && cp <= 0x2ff3 ? 3 : cp >= 0x2ff4 && cp <= 0x2fff ? 2 : 0;
function idsEnd(s: string, at: number): number {
  const arity = idsArity(s.codePointAt(at)!);
  if (arity === 0) return 0;
  let i = at + width(s, at);
  for (let k = 0; k < arity; k++) {
    if (i >= s.length) return 0;
    i = idsEnd(s, i) || i + width(s, i);
  }
  return i;
}
function step(s: string, at: number): number {
  const end = idsEnd(s, at);
  return end > at ? end - at : width(s, at);
}
