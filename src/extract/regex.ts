/**
 * Every match of a global regex in a text: what `text.matchAll(re)` yields, in the same order, as an array.
 *
 * `matchAll` copies the regex on every call (so that iterating leaves the original's lastIndex alone), and the
 * copy costs time in proportion to the pattern's length; the extractor's patterns are long and run on every
 * sentence. This runs the regex itself and puts its lastIndex back: nothing else runs in between, so the
 * matches and the regex's state afterwards are those of `matchAll`.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
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

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
