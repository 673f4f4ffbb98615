import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** jieba with its default dictionary, loaded once (about 0.3 s) on first use. */
let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** One word of a segmented text with its part-of-speech tag and offset. */
export interface Word {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
}

/** A word whose tag is looked up when asked for: most words' tags are never read. */
class CutWord implements Word {
  constructor(
    readonly word: string,
    readonly start: number,
  ) {}

  get tag(): string {
    return tagOf(this.word);
  }
}

/**
 * Words of a Simplified text with jieba's dictionary tags (nr person, ns place, nt organization, nz other
 * proper noun). Without the HMM a name jieba does not know falls apart into single characters, which is
 * what the organization finder looks for; with it, unknown names come out whole (tag x) for the person finder.
 *
 * The words are jieba's `cut` and each tag is the one jieba's `tag` gives (test/unit/segment.test.ts checks
 * both agree): a dictionary word's tag from the dictionary, another word's from its ASCII letters and digits.
 * `tag` builds an object per word across the native boundary, three times the work of the cut itself.
 */
export function words(simp: string, hmm = false): Word[] {
  const batch = hmm ? undefined : batched?.get(simp);
  if (batch) {
    batched!.delete(simp); // (handed out once: no caller shares another's words)
    return batch;
  }
  let at = 0;
  return segmenter()
    .cut(simp, hmm)
    .map((word) => {
      const w = new CutWord(word, at);
      at += word.length;
      return w;
    });
}

// Words (without the HMM) of the texts segmentAll is segmenting, by text.
let batched: Map<string, Word[]> | undefined;

/**
 * Runs `body` with the texts given cut by jieba (without the HMM) in one call, for words() to hand out: the
 * texts joined by line breaks, whose cut is the texts' cuts with a line break between (jieba cuts the blocks
 * between such characters one by one; that the words line up with the texts is checked, else each text is cut
 * when asked for). One call for the sentences of an article instead of one a sentence: jieba's tables stay in
 * the processor's caches.
 */
export function segmentAll<T>(texts: string[], body: () => T): T {
  const outer = batched;
  batched = batch(texts);
  try {
    return body();
  } finally {
    batched = outer;
  }
}

function batch(texts: string[]): Map<string, Word[]> | undefined {
  const parts = [...new Set(texts)].filter((t) => t.length > 0 && !t.includes('\n'));
  if (!parts.length) return undefined;
  const cut = segmenter().cut(parts.join('\n'), false);
  const out = new Map<string, Word[]>();
  let k = 0;
  for (const [n, part] of parts.entries()) {
    const ws: Word[] = [];
    let at = 0;
    while (at < part.length && k < cut.length) {
      const word = cut[k++]!;
      ws.push(new CutWord(word, at));
      at += word.length;
    }
    if (at !== part.length || (n < parts.length - 1 && cut[k++] !== '\n')) return undefined;
    out.set(part, ws);
  }
  return k === cut.length ? out : undefined;
}

// Tags of the words seen so far: words recur from article to article, the dictionary is searched once for each.
const tags = new Map<string, string>();

/** jieba's tag of a word as `tag` gives it. */
export function tagOf(word: string): string {
  let tag = tags.get(word);
  if (tag === undefined) {
    if (tags.size > 100_000) tags.clear(); // only has to stay bounded
    tags.set(word, (tag = dictionaryTag(word) ?? guessTag(word)));
  }
  return tag;
}

/** jieba's tag of a word not in its dictionary: x, or m for digits, eng for other ASCII letters and digits. */
function guessTag(word: string): string {
  let eng = 0;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      eng++;
      if (digit) digits++;
    }
  }
  return eng === 0 ? 'x' : eng === digits ? 'm' : 'eng';
}

// The dictionary's lines are `word frequency tag`, sorted by the word's UTF-8 bytes: a binary search finds a word.
const bytes = Buffer.from(dict.buffer, dict.byteOffset, dict.byteLength);
let lineStarts: Int32Array | undefined;

function dictionaryLines(): Int32Array {
  if (!lineStarts) {
    const starts: number[] = [];
    for (let at = 0; at < bytes.length;) {
      starts.push(at);
      const nl = bytes.indexOf(0x0a, at);
      at = nl < 0 ? bytes.length : nl + 1;
    }
    lineStarts = Int32Array.from(starts);
  }
  return lineStarts;
}

/** The dictionary's tag of a word, if the dictionary has it. */
function dictionaryTag(word: string): string | undefined {
  const key = Buffer.from(word, 'utf8');
  const lines = dictionaryLines();
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = lines[mid]!;
    const order = compareWord(key, start);
    if (order === 0) {
      // word, frequency, tag
      const second = bytes.indexOf(0x20, start + key.length + 1);
      const nl = bytes.indexOf(0x0a, second);
      return bytes.toString('utf8', second + 1, nl < 0 ? bytes.length : nl);
    }
    if (order < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return undefined;
}

/** The order of `key` against the word that starts the dictionary line at `start` (bytewise, a prefix first). */
function compareWord(key: Uint8Array, start: number): number {
  for (let k = 0; ; k++) {
    const b = start + k < bytes.length ? bytes[start + k]! : 0x20;
    const lineEnded = b === 0x20;
    if (k === key.length) return lineEnded ? 0 : -1;
    if (lineEnded) return 1;
    if (key[k] !== b) return key[k]! - b;
  }
}

// Organization heads: what Chinese company and lab names end with (whole words). 公司 only ends a name with a proper stem.
const ORG_HEAD = new Set(
  '科技 半导体 微电子 电子 集成电路 智能 集团 控股 资本 投资 研究院 研究所 大学 学院 实验室 技术 信息 通信 芯 光电 公司 有限公司 股份有限公司 证交所 交易所 证券交易所 联交所 基金 创投'.split(
    ' ',
  ),
);
const SCHOOL_END = /(?:大学|学院)$/;
const COUNTRY = /^(?:中国|美国|日本|韩国|台湾|欧洲|英国|德国|法国|印度|各国|海外|国内|全球|国外|亚洲|全国|本地|当地)/;
// Business words between a proper stem and its head: 春山浦江 投资管理 公司.
const DESCRIPTOR = new Set(
  '投资 管理 资产 基金 科技 控股 股份 有限 责任 半导体 电子 网络 信息 技术 智能 计算 数据 国际 证券 资本 创业 国有资本 国有 实业 发展 产业 股权 理工 工业 趋势 研究'.split(
    ' ',
  ),
);
// Proper-noun tags (ns places count only beside an unknown character: 美国科技 is no company, 上海证交所 is).
const PROPER = new Set(['nr', 'nrt', 'nrfg', 'nz', 'nt']);
// One-character words that are function words, never part of a name.
const FUNCTION_CHARS = '的了在和与及是为将对把被从向于也都而且就还又或其该此这那等个年月日称说据由以让给向至及并但所则有距着最更很较受';
const CJK_ONLY = /^[\u3400-\u9fff]+$/;

/**
 * Whether chineseOrgNames can find anything in a text: it needs a word that is an organization head (科技, 公司,
 * 芯) or one jieba's dictionary tags nt of four characters or more, and every word of a cut is a piece of the
 * text. A sentence that holds none of those words (a third of Chinese news sentences) need not be segmented.
 */
export function mayHoldOrgNames(simp: string): boolean {
  const w = orgWords();
  for (let i = 0; i < simp.length; i++) {
    const c = simp.charCodeAt(i);
    if (w.single.has(c)) return true;
    if (i + 1 >= simp.length) break;
    const key = (c << 16) | simp.charCodeAt(i + 1);
    const h = Math.imul(key, 0x9e3779b1) >>> (32 - ORG_PAIR_BITS);
    if ((w.pairs[h >>> 5]! & (1 << (h & 31))) === 0) continue;
    if (w.byPair.get(key)?.some((x) => simp.startsWith(x, i))) return true;
  }
  return false;
}

const ORG_PAIR_BITS = 16;
let orgWordsFound: { single: Set<number>; byPair: Map<number, string[]>; pairs: Int32Array } | undefined;

/** The heads and the dictionary's nt words of four characters or more, by their first two characters (芯 by itself). */
function orgWords(): NonNullable<typeof orgWordsFound> {
  if (!orgWordsFound) {
    const found = { single: new Set<number>(), byPair: new Map<number, string[]>(), pairs: new Int32Array(1 << (ORG_PAIR_BITS - 5)) };
    const add = (word: string) => {
      if (word.length === 1) {
        found.single.add(word.charCodeAt(0));
        return;
      }
      const key = (word.charCodeAt(0) << 16) | word.charCodeAt(1);
      const h = Math.imul(key, 0x9e3779b1) >>> (32 - ORG_PAIR_BITS);
      found.pairs[h >>> 5]! |= 1 << (h & 31);
      const list = found.byPair.get(key);
      if (list) list.push(word);
      else found.byPair.set(key, [word]);
    };
    for (const head of ORG_HEAD) add(head);
    // Lines `word frequency nt`.
    for (let at = bytes.indexOf(' nt\n'); at >= 0; at = bytes.indexOf(' nt\n', at + 1)) {
      const start = bytes.lastIndexOf(0x0a, at) + 1;
      const word = bytes.toString('utf8', start, bytes.indexOf(0x20, start));
      if (word.length >= 4 && CJK_ONLY.test(word)) add(word);
    }
    if (bytes.toString('utf8', bytes.length - 3) === ' nt') {
      const start = bytes.lastIndexOf(0x0a) + 1;
      const word = bytes.toString('utf8', start, bytes.indexOf(0x20, start));
      if (word.length >= 4 && CJK_ONLY.test(word)) add(word);
    }
    orgWordsFound = found;
  }
  return orgWordsFound;
}

export interface ChineseOrgName {
  name: string;
  /** Offset of the name in the text given. */
  start: number;
}

/**
 * Chinese organization names a lexicon lacks, in Simplified text: a name-like stem followed by an
 * organization head (壁仞科技, 沐曦集成电路, 摩尔线程智能科技, 春山浦江投资管理公司, 上海证交所). The stem
 * is what jieba's dictionary does not know (it falls apart into single characters without the HMM) or
 * knows as a proper noun; common words (美国科技, 人工智能, 芯片公司) do not qualify. jieba's own
 * organization names (nt: 香港联交所) are taken as they are.
 */
export function chineseOrgNames(simp: string, ws: Word[] = words(simp)): ChineseOrgName[] {
  const out: ChineseOrgName[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const school = SCHOOL_END.test(w.word);
    if (
      w.word.length >= 4 &&
      (w.tag === 'nt' || (w.tag === 'nz' && school)) &&
      CJK_ONLY.test(w.word) &&
      !/(?:市场|地区|方面|政府|国内|海外)$/.test(w.word) &&
      // (双方将联合开发数据中心: the dictionary's 联合开发 (nt) is the verb there.)
      !/^(?:联合|共同)(?:开发|研发|发布|打造|生产|推出|经营|建设|研制)$/.test(w.word)
    ) {
      if (school && COUNTRY.test(w.word)) continue;
      // 南洋 理工大学: a kind of school (nt) after a city's name is that city's school.
      const city = ws[i - 1];
      if (school && city && (city.tag === 'ns' || PROPER.has(city.tag)) && CJK_ONLY.test(city.word) && !COUNTRY.test(city.word)) {
        out.push({ name: city.word + w.word, start: city.start });
        continue;
      }
      out.push({ name: w.word, start: w.start });
      continue;
    }
    if (i === 0 || !ORG_HEAD.has(w.word)) continue;
    // (启信宝信息显示: "the records of X show", not a company named X信息.)
    if (w.word === '信息' && /^(?:显示|表明|指出)/.test(simp.slice(w.start + 2))) continue;
    let j = i - 1;
    while (j > 0 && DESCRIPTOR.has(ws[j]!.word) && i - j <= 3) j--;
    let stem = '';
    let unknownChars = 0;
    let proper = 0;
    let places = 0;
    while (j >= 0 && stem.length < 6) {
      const x = ws[j]!;
      if (!CJK_ONLY.test(x.word)) break;
      if (x.word.length === 1 && !FUNCTION_CHARS.includes(x.word)) unknownChars++;
      else if (PROPER.has(x.tag) && x.word.length >= 2) proper++;
      else if (x.tag === 'ns' && x.word.length >= 2) places++;
      else break;
      stem = x.word + stem;
      j--;
    }
    // A place may start a name when what follows says what kind of company it is: 上海证交所, 上海国有资本投资有限公司.
    // (泰国科技公司: a place and one field before 公司 is a kind of company, not a name.)
    // So may a city before a school's head: 旧金山大学, 东京工业大学 (not a country's: 美国大学 are many).
    const exchange =
      (/交易所|证交所|联交所/.test(w.word) || (/公司/.test(w.word) && i - j > 3) || (SCHOOL_END.test(w.word) && !COUNTRY.test(stem))) &&
      places > 0;
    if (stem.length < 2 || (unknownChars < 2 && proper === 0 && !exchange && !(places && unknownChars))) continue;
    // 2奈米技术, 3纳米工艺: a unit after a number is no name.
    if (/[0-9０-９.]$/.test(simp.slice(0, ws[j + 1]!.start))) continue;
    // Further heads belong to the name: 智能科技, 科技集团.
    let end = i;
    while (end + 1 < ws.length && ORG_HEAD.has(ws[end + 1]!.word) && end - i < 2) end++;
    // 无问芯穹: a single character after the head 芯 that is no function word ends the name.
    const tail = ws[end + 1];
    const tailChar =
      w.word === '芯' &&
      end === i &&
      tail &&
      tail.word.length === 1 &&
      CJK_ONLY.test(tail.word) &&
      !FUNCTION_CHARS.includes(tail.word) &&
      !'获拟再仍均亦皆说称表'.includes(tail.word);
    const start = ws[j + 1]!.start;
    const last = tailChar ? tail : ws[end]!;
    out.push({ name: simp.slice(start, last.start + last.word.length), start });
    i = end;
  }
  return out;
}
