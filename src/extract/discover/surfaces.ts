import type { Lexicon } from '../lexicon';

/**
 * The lexicon's spellings (Simplified) as sets, for the tests discovery makes of every candidate name: does a
 * known spelling start it, end it or stand inside it. A name is short and the lexicon long: looking up the
 * name's prefixes, suffixes or substrings costs a few lookups where a scan of the lexicon cost thousands of tests.
 */
export interface SurfaceSets {
  /** Spellings without Latin letters or digits (昆仑芯, 英伟达). */
  chinese: Set<string>;
  /** …of two characters or more, of entities that are no places (a place may start a name: 上海证交所). */
  chineseNoPlace: Set<string>;
  /** …of two characters or more. */
  chinese2: Set<string>;
  /** Every spelling of two characters or more. */
  all2: Set<string>;
}

const sets = new WeakMap<Lexicon, SurfaceSets>();

export function surfaceSets(lex: Lexicon): SurfaceSets {
  let s = sets.get(lex);
  if (!s) {
    s = { chinese: new Set(), chineseNoPlace: new Set(), chinese2: new Set(), all2: new Set() };
    for (const x of lex.surfaces) {
      const long = x.text.length >= 2;
      if (long) s.all2.add(x.text);
      if (x.latin) continue;
      s.chinese.add(x.text);
      if (long) s.chinese2.add(x.text);
      if (long && lex.entries.get(x.id)?.type !== 'Place') s.chineseNoPlace.add(x.text);
    }
    sets.set(lex, s);
  }
  return s;
}

/** Whether a spelling of the set starts `text`. */
export function startsWithAny(text: string, set: Set<string>): boolean {
  for (let k = 1; k <= text.length; k++) if (set.has(text.slice(0, k))) return true;
  return false;
}

/** Whether a spelling of the set ends `text`. */
export function endsWithAny(text: string, set: Set<string>): boolean {
  for (let k = 0; k < text.length; k++) if (set.has(text.slice(k))) return true;
  return false;
}

// The length of a set's longest spelling (at the size it had): no longer piece of a text need be looked up.
const longest = new WeakMap<Set<string>, { size: number; max: number }>();

/** Whether a spelling of the set (of two characters or more) stands anywhere in `text`. */
export function includesAny(text: string, set: Set<string>): boolean {
  let known = longest.get(set);
  if (known?.size !== set.size) {
    known = { size: set.size, max: 0 };
    for (const s of set) known.max = Math.max(known.max, s.length);
    longest.set(set, known);
  }
  const { max } = known;
  for (let i = 0; i < text.length; i++) {
    const end = Math.min(text.length, i + max);
    for (let j = i + 2; j <= end; j++) if (set.has(text.slice(i, j))) return true;
  }
  return false;
}
