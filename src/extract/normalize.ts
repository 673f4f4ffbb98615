import * as OpenCC from 'opencc-js';

// Traditional (Taiwan and Hong Kong usage) to Simplified, used only for matching: evidence keeps the original.
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });

// OpenCC changes nothing outside the CJK blocks (checked for U+0020–U+2FFF and the full-width forms),
// so text without a CJK character (English articles) skips the converter, the costliest step.
const HAS_CJK = /[\u3000-\ufeff]/; // also every astral character, written as a surrogate pair (U+D800–U+DFFF)

/** Simplified-Chinese view of a text for matching; keeps every other character as it is. */
export function toSimplified(text: string): string {
  return HAS_CJK.test(text) ? hkToCn(twToCn(text)) : text;
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
