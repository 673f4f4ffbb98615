import type { Lexicon } from '../lexicon';
import type { ArticleName } from '../matcher';
import { nameKey } from '../normalize';
import { chineseNames } from './chinese';
import { chipNames, talksAboutChips } from './chips';
import { englishNames, listedWithOrganizations, subjectsOfBusinessVerbs } from './english';
import { glosses } from './gloss';
import { Registry, type Discovered, type DiscoverySentence } from './registry';

export type { Discovered, DiscoverySentence } from './registry';

/**
 * Pass 1 over an article: the entities the lexicon lacks and new spellings of those it has, from the
 * text's own cues. Glosses come first (they pair spellings), then chips, then people and organizations.
 */
export function discover(sentences: DiscoverySentence[], lex: Lexicon): Discovered[] {
  const reg = new Registry(lex);
  // Model numbers are chips where chips are talked about: near a sentence that names chips, or anywhere in an
  // article about chips (two such sentences or more).
  const chipTalk = sentences.map((s) => talksAboutChips(s.simp));
  const chipArticle = chipTalk.filter(Boolean).length >= 2;
  sentences.forEach((s) => glosses(s, reg));
  sentences.forEach((s, i) => chipNames(s, chipArticle || chipTalk[i - 1] || chipTalk[i]! || chipTalk[i + 1] || false, reg));
  for (const s of sentences) {
    englishNames(s, reg);
    chineseNames(s, reg);
  }
  subjectsOfBusinessVerbs(sentences, reg);
  for (const s of sentences) listedWithOrganizations(s, reg);
  return reg.all();
}

/** What discovery found, as spellings to match; a person found by full name is also found by surname. */
export function articleNames(discovered: Discovered[], lex: Lexicon): ArticleName[] {
  return discovered.map((d) => {
    const id = d.lexiconId ?? nameKey(d.name);
    const type = d.lexiconId ? lex.entries.get(d.lexiconId)!.type : d.type;
    const spellings = [d.name, ...d.spellings];
    if (type === 'Person' && !d.lexiconId) {
      // Later sentences use the surname alone: 卡帕西, Karpathy.
      for (const s of d.spellings) {
        const last = s.includes('·')
          ? s.split('·').pop()!
          : /^[A-Z][\w-]+(?: [A-Z][\w.-]*)? [A-Z][a-z]+$/.test(s)
            ? s.split(' ').pop()!
            : '';
        if (last.length >= 2 && !lex.byKey.has(nameKey(last))) spellings.push(last);
      }
    }
    return { id, type, spellings };
  });
}
