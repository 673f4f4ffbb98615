import { requiredLiteralSets } from './literals';

/**
 * Every match of a global regex in a text: what `text.matchAll(re)` yields, in the same order, as an array.
 *
 * `matchAll` copies the regex on every call (so that iterating leaves the original's lastIndex alone), and the
 * copy costs time in proportion to the pattern's length; the extractor's patterns are long and run on every
 * sentence. This runs the regex itself and puts its lastIndex back: nothing else runs in between, so the
 * matches and the regex's state afterwards are those of `matchAll`.
 *
 * Most patterns find nothing in most sentences (a rule's cue words are absent): a text that lacks every string
 * some match would need (see literals.ts) is not searched at all.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  if (!mayMatch(re, text)) return [];
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // An empty match moves on by one character (a code point with the u or v flag), as matchAll does.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** `re.exec(text)` for a regex without the g or y flag; a text that lacks what a match needs is not searched. */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (re.global || re.sticky) throw new TypeError('firstMatch needs a regex without g or y');
  return mayMatch(re, text) ? re.exec(text) : null;
}

/** `re.test(text)` for a regex without the g or y flag, likewise. */
export function matchesIn(re: RegExp, text: string): boolean {
  if (re.global || re.sticky) throw new TypeError('matchesIn needs a regex without g or y');
  return mayMatch(re, text) && re.test(text);
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

/**
 * Whether the text meets each requirement of `re` (literals.ts): holds every character pair of one of its strings.
 * False means no match. (True may still find none: pairs are kept hashed, and having a string's pairs is not
 * having the string.)
 */
function mayMatch(re: RegExp, text: string): boolean {
  const probes = probesOf(re);
  if (!probes) return true;
  if (text !== indexed) indexText(text);
  for (const set of probes) if (!meets(set)) return false;
  return true;
}

/** Whether the indexed text holds the pairs of one of a requirement's strings (each string's slots after their count). */
function meets(set: Int32Array): boolean {
  for (let k = 0; k < set.length;) {
    const end = k + 1 + set[k]!;
    let i = k + 1;
    while (i < end && seen[set[i]!] === stamp) i++;
    if (i === end) return true;
    k = end;
  }
  return false;
}

// The characters and character pairs of the last text searched (ASCII letters in lower case), as slots of a
// table marked with the text's stamp: the rules search one sentence with dozens of patterns in a row.
const SLOT_BITS = 13;
const seen = new Int32Array(1 << SLOT_BITS);
let stamp = 0;
let indexed: string | undefined;

const slot = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - SLOT_BITS);
const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
/** A character's slot; a pair's is that of both code units (a pair's key is never a single character's). */
const charSlot = (c: number) => slot(c);
const pairSlot = (a: number, b: number) => slot((a + 1) * 0x10000 + b);

function indexText(text: string): void {
  if (++stamp === 0x7fffffff) {
    seen.fill(0);
    stamp = 1;
  }
  indexed = text;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = lower(text.charCodeAt(i));
    seen[charSlot(c)] = stamp;
    if (prev >= 0) seen[pairSlot(prev, c)] = stamp;
    prev = c;
  }
}

/** For each requirement, for each of its strings, the number of its pairs and their slots (one character: its own). */
type Probes = Int32Array[];
// By regex; for a regex not seen before, by source and the flags that change how it reads (i, u, v): a regex
// literal inside a function is a new object at each call, with the same source string.
const probesByRegex = new WeakMap<RegExp, Probes | null>();
const probeCache = new Map<string, (Probes | null | undefined)[]>();

function probesOf(re: RegExp): Probes | null {
  let probes = probesByRegex.get(re);
  if (probes === undefined) probesByRegex.set(re, (probes = probesBySource(re)));
  return probes;
}

function probesBySource(re: RegExp): Probes | null {
  const mode = (re.ignoreCase ? 1 : 0) | (re.unicode ? 2 : 0) | ((re as { unicodeSets?: boolean }).unicodeSets ? 4 : 0);
  let modes = probeCache.get(re.source);
  if (!modes) {
    if (probeCache.size > 10_000) probeCache.clear(); // (patterns made from data would otherwise pile up)
    probeCache.set(re.source, (modes = []));
  }
  const cached = modes[mode];
  if (cached !== undefined) return cached;
  const probes =
    requiredLiteralSets(re.source, re.flags)?.map((literals) => {
      const slots: number[] = [];
      for (const s of literals) {
        if (s.length === 1) slots.push(1, charSlot(s.charCodeAt(0)));
        else {
          slots.push(s.length - 1);
          for (let k = 0; k + 1 < s.length; k++) slots.push(pairSlot(s.charCodeAt(k), s.charCodeAt(k + 1)));
        }
      }
      return Int32Array.from(slots);
    }) ?? null;
  modes[mode] = probes;
  return probes;
}

/** `s` as a literal inside a regular expression. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
