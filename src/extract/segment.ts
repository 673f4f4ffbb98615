import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/** jieba with its default dictionary, loaded once (about 0.3 s) on first use. */
let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

// Organization heads: what Chinese company and lab names end with.
const ORG_HEAD = /^(科技|半导体|微电子|电子|集成电路|智能|集团|控股|资本|研究院|实验室|技术|信息|通信|芯|光电)$/;
// Tags of proper nouns in jieba's dictionary: person, place-free proper nouns, organizations.
const PROPER = new Set(['nr', 'nrt', 'nrfg', 'nz', 'nt']);
// One-character words that are function words, never part of a name.
const FUNCTION_CHARS = '的了在和与及是为将对把被从向于也都而且就还又或其该此这那等个年月日称说据由以让给向至及并但';
const CJK_ONLY = /^[\u3400-\u9fff]+$/;

export interface ChineseOrgName {
  name: string;
  /** Offset of the name in the text given. */
  start: number;
}

/**
 * Chinese organization names a lexicon lacks, in Simplified text: a name-like stem followed by an
 * organization head (壁仞科技, 沐曦集成电路, 摩尔线程智能科技). The stem is what jieba's dictionary does
 * not know (it falls apart into single characters without the HMM) or knows as a proper noun;
 * common words (美国科技, 人工智能) do not qualify.
 */
export function chineseOrgNames(simp: string): ChineseOrgName[] {
  // One tagging pass (without the HMM, so unknown names fall apart into single characters).
  const tagged = segmenter().tag(simp, false);
  const words = tagged.map((t) => t.word);
  const tags = new Map<number, string>();
  const offsets: number[] = [];
  let at = 0;
  for (const t of tagged) {
    offsets.push(at);
    tags.set(at, t.tag);
    at += t.word.length;
  }
  const out: ChineseOrgName[] = [];
  for (let i = 1; i < words.length; i++) {
    if (!ORG_HEAD.test(words[i]!)) continue;
    // Walk back over the stem.
    let j = i - 1;
    let stem = '';
    let unknownChars = 0;
    let proper = 0;
    while (j >= 0 && stem.length < 6) {
      const w = words[j]!;
      if (!CJK_ONLY.test(w)) break;
      const tag = tags.get(offsets[j]!) ?? '';
      if (w.length === 1 && !FUNCTION_CHARS.includes(w)) unknownChars++;
      else if (PROPER.has(tag) && w.length >= 2) proper++;
      else break;
      stem = w + stem;
      j--;
    }
    if (stem.length < 2 || (unknownChars < 2 && proper === 0)) continue;
    // Further heads belong to the name: 智能科技, 科技集团.
    let end = i;
    while (end + 1 < words.length && ORG_HEAD.test(words[end + 1]!) && end - i < 2) end++;
    const name = stem + words.slice(i, end + 1).join('');
    out.push({ name, start: offsets[j + 1]! });
    i = end;
  }
  return out;
}
