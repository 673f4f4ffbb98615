import type { Lexicon } from '../lexicon';
import { chineseNames } from './chinese';
import { chipNames, talksAboutChips } from './chips';
import { englishNames, subjectsOfBusinessVerbs } from './english';
import { glosses } from './gloss';
import { Registry, type Discovered, type DiscoverySentence } from './registry';

export type { Discovered, DiscoverySentence } from './registry';

/**
 * Pass 1 over an article: the entities the lexicon lacks and new spellings of those it has, from the
 * text's own cues. Glosses come first (they pair spellings), then chips, then people and organizations.
 */
export function discover(sentences: DiscoverySentence[], lex: Lexicon): Discovered[] {
  const reg = new Registry(lex);
  const chipTalk = sentences.map((s) => talksAboutChips(s.simp));
  sentences.forEach((s) => glosses(s, reg));
  sentences.forEach((s, i) => chipNames(s, chipTalk[i - 1] || chipTalk[i]! || chipTalk[i + 1] || false, reg));
  for (const s of sentences) {
    englishNames(s, reg);
    chineseNames(s, reg);
  }
  subjectsOfBusinessVerbs(sentences, reg);
  return reg.all();
}
