import { hasChinese } from '../lang';
import type { Lexicon } from '../lexicon';
import type { ArticleName } from '../matcher';
import { nameKey, toSimplified } from '../normalize';
import { mayHoldOrgNames, segmentAll, words } from '../segment';
import { chineseNames, shortFormsOfFullNames } from './chinese';
import { chipNames, talksAboutChips } from './chips';
import { acronymGlosses, englishNames, listedWithOrganizations, listedWithPeople, subjectsOfBusinessVerbs } from './english';
import { isCommonWord, isGivenName, isPlace } from './names';
import { eventNames } from './events';
import { glosses } from './gloss';
import { Registry, type Discovered, type DiscoverySentence } from './registry';

export type { Discovered, DiscoverySentence } from './registry';

/**
 * Pass 1 over an article: the entities the lexicon lacks and new spellings of those it has, from the
 * text's own cues. Glosses come first (they pair spellings), then chips, then people and organizations.
 */
export function discover(sentences: DiscoverySentence[], lex: Lexicon): Discovered[] {
  // The Chinese sentences are segmented together, once (chineseNames segments each that may hold a name).
  const chinese = sentences.filter((s) => hasChinese(s.simp) && mayHoldOrgNames(s.simp)).map((s) => s.simp);
  return segmentAll(chinese, () => discoverIn(sentences, lex));
}

function discoverIn(sentences: DiscoverySentence[], lex: Lexicon): Discovered[] {
  const reg = new Registry(lex);
  // Model numbers are chips where chips are talked about: near a sentence that names chips, or anywhere in an
  // article about chips (two such sentences or more).
  const chipTalk = sentences.map((s) => talksAboutChips(s.simp));
  const chipArticle = chipTalk.filter(Boolean).length >= 2;
  sentences.forEach((s) => glosses(s, reg));
  sentences.forEach((s, i) => chipNames(s, chipArticle || chipTalk[i - 1] || chipTalk[i]! || chipTalk[i + 1] || false, reg));
  for (const s of sentences) {
    eventNames(s, reg);
    englishNames(s, reg);
    chineseNames(s, reg);
  }
  shortFormsOfFullNames(sentences, reg);
  for (const s of sentences) acronymGlosses(s, reg);
  subjectsOfBusinessVerbs(sentences, reg);
  for (const s of sentences) listedWithOrganizations(s, reg);
  for (const s of sentences) listedWithPeople(s, reg);
  return reg.all().filter((d) => !describesKnownName(d, sentences, reg));
}

/**
 * A Chinese description the press writes before a known company's Latin name, 阿布扎比科技集团G42, is no company of its own:
 * a name found that the text only ever writes right before a known organization's Latin name.
 */
function describesKnownName(d: Discovered, sentences: DiscoverySentence[], reg: Registry): boolean {
  if (d.lexiconId || d.type !== 'Organization' || !hasChinese(d.name)) return false;
  let seen = 0;
  for (const { simp } of sentences)
    for (const spelling of d.spellings) {
      const key = toSimplified(spelling);
      for (let at = simp.indexOf(key); at >= 0; at = simp.indexOf(key, at + 1)) {
        const next = (/^[A-Za-z][\w&.-]*(?:\s[A-Z][\w&.-]*)*/.exec(simp.slice(at + key.length))?.[0] ?? '').replace(/\.+$/, '');
        const words = next.split(/\s+/);
        // (A run of its first words that the lexicon knows as an organization: G42, Mistral AI.)
        const known = words.some((_, k) => {
          const id = reg.known(words.slice(0, words.length - k).join(' '));
          return !!id && reg.lex.entries.get(id)?.type === 'Organization';
        });
        if (!known) return false;
        seen++;
      }
    }
  return seen > 0;
}

/** What discovery found, as spellings to match; a person found by full name is also found by surname. */
export function articleNames(discovered: Discovered[], lex: Lexicon): ArticleName[] {
  return discovered.map((d) => {
    const id = d.lexiconId ?? nameKey(d.name);
    const type = d.lexiconId ? lex.entries.get(d.lexiconId)!.type : d.type;
    const spellings = [d.name, ...d.spellings];
    if (type === 'Person') {
      // Later sentences use the surname alone: 卡帕西, Karpathy (also for people the lexicon knows by full name).
      for (const s of d.spellings) {
        // (Fabrizio Del Maffeo is Del Maffeo: a particle goes with the surname.)
        const particle = /^[A-Z][\w-]+ ((?:Del|De|Della|Da|Di|Van|Von|Le|La|Du|Dos|Das|Al|El|Bin|Ben) [A-Z][a-z]+)$/.exec(s)?.[1];
        const last = s.includes('·')
          ? s.split('·').pop()!
          : particle
            ? particle
            : /^[A-Z][\w-]+(?: [A-Z][\w.-]*)? [A-Z][a-z]+$/.test(s)
              ? s.split(' ').pop()!
              : '';
        if (last.length >= 2 && !lex.byKey.has(nameKey(last))) spellings.push(last);
      }
    }
    if (type === 'Organization' && !d.lexiconId) for (const s of d.spellings) spellings.push(...shortForms(s, lex));
    return { id, type, spellings };
  });
}

interface ShortName {
  long: string;
  id: string;
  short: string;
  /** A spelling wherever it appears, not only after the full name. */
  alone: boolean;
  /** A word of the language too: a name only where the text uses it as one. */
  common?: boolean;
  type?: 'Chip';
  /** One Latin word, looked up among the text's words. */
  latin?: boolean;
}
/**
 * The lexicon's short names, found in an article by one pass over its text, whatever the lexicon's size: those of
 * one Latin word by the text's words, the others by the first two characters of the spelling that must appear
 * (the full name, or the short one where it stands alone).
 */
interface ShortNames {
  all: ShortName[];
  /** Indexes in `all`: of a Latin short name by that word, of the others by the first two UTF-16 code units of the spelling looked for. */
  byWord: Map<string, number[]>;
  byPair: Map<number, number[]>;
}
const knownLong = new WeakMap<Lexicon, ShortNames>();
const pairAt = (s: string, i: number) => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
const CHIP_LAST_WORD = /^(?:[A-Z]+|[A-Z][a-z]+) ([A-Z][a-z]{2,})$/;

function shortNamesOf(lex: Lexicon): ShortNames {
  let known = knownLong.get(lex);
  if (known) return known;
  const all: ShortName[] = [];
  for (const e of lex.entries.values()) {
    // (DRIVE Thor … Thor: a chip named in full, then by its last word.)
    if (e.type === 'Chip')
      for (const long of [e.name, ...e.aliases]) {
        const last = CHIP_LAST_WORD.exec(long)?.[1];
        // (Thor is a word too: written with its capital after the full name, in a story about the chip, it is the chip.)
        if (last && !lex.byKey.has(nameKey(last)) && !isPlace(last) && !isGivenName(last))
          all.push({ long, id: e.id, short: last, alone: false, type: 'Chip', latin: true });
      }
    if (e.type === 'Organization')
      for (const long of [e.name, ...e.aliases]) {
        const en = EN_CORPORATE.exec(long)?.[1];
        if (en && !lex.byKey.has(nameKey(en)) && !isGivenName(en) && !isPlace(en))
          all.push({ long, id: e.id, short: en, alone: false, common: isCommonWord(en), latin: !/\s/.test(en) });
        if (!hasChinese(long)) continue;
        const simple = toSimplified(long);
        for (const short of shortForms(long, lex)) if (hasChinese(short)) all.push({ long: simple, id: e.id, short, alone: false });
        const market = TW_MARKET_NAME.exec(simple);
        if (market && !lex.byKey.has(nameKey(market[1]!))) all.push({ long: simple, id: e.id, short: market[1]!, alone: true });
      }
  }
  const byWord = new Map<string, number[]>();
  const byPair = new Map<number, number[]>();
  const file = <K>(index: Map<K, number[]>, key: K, i: number) => {
    const list = index.get(key);
    if (list) list.push(i);
    else index.set(key, [i]);
  };
  all.forEach((n, i) => (n.latin ? file(byWord, n.short, i) : file(byPair, pairAt(n.alone ? n.short : n.long, 0), i)));
  knownLong.set(lex, (known = { all, byWord, byPair }));
  return known;
}

/**
 * Short names of known companies an article names in full: 耐能智慧（Kneron）… then 耐能面临…, Fireworks AI … then
 * Fireworks said…. The lexicon keeps the full name; the short one is a spelling only in an article that wrote the
 * full one first. Taiwan's market names that keep the first character of the corporate word (晶心科 for 晶心科技,
 * 京元电 for 京元电子) are no word of their own and are spellings wherever they appear.
 */
export function knownShortNames(simp: string, lex: Lexicon): ArticleName[] {
  const { all, byWord, byPair } = shortNamesOf(lex);
  // The candidates: a Latin short name that is a word of the text, or a spelling whose first two characters it has.
  const candidates: number[] = [];
  for (const word of new Set(simp.match(/[A-Za-z][\w-]*/g))) candidates.push(...(byWord.get(word) ?? []));
  const found = new Uint8Array(all.length);
  for (let i = 0; i + 1 < simp.length; i++) {
    // (Those spellings start with a Chinese character: shortForms' stems and the market names do.)
    if (simp.charCodeAt(i) < 0x3400) continue;
    const list = byPair.get(pairAt(simp, i));
    if (list)
      for (const k of list)
        if (!found[k]) {
          found[k] = 1;
          candidates.push(k);
        }
  }
  candidates.sort((a, b) => a - b);
  const out: ArticleName[] = [];
  const taken = new Set<string>();
  for (const k of candidates) {
    const { long, id, short, alone, common, type } = all[k]!;
    const at = simp.indexOf(long);
    if (alone ? !simp.includes(short) : at < 0 || !simp.includes(short, at + long.length)) continue;
    // (Together AI … Together said: a word that is also a name only where the text uses it as one.)
    if (
      common &&
      !new RegExp(`\\b${short}(?:['’]s\\b|\\s+(?:said|says|has|had|is|was|will|would|also|raised|announced|plans|added)\\b)`).test(simp)
    )
      continue;
    // (One short name for one entity: the first chip of the lexicon the article names in full keeps "Thor".)
    if (taken.has(short)) continue;
    taken.add(short);
    out.push({ id, type: type ?? 'Organization', spellings: [short] });
  }
  return out;
}
const TW_MARKET_NAME = /^([\u3400-\u9fff]{2,3}(?:科(?=技)|电(?=子)))[技子]$/;

// A company's name without its corporate word, as later sentences write it: Vantora Labs -> Vantora, 澜算科技 -> 澜算.
const EN_CORPORATE =
  /^([A-Z][A-Za-z-]{2,}) (?:Labs?|Semiconductors?|Technologies|Technology|Systems|Computing|Silicon|Microsystems|Networks|Robotics|Photonics|Compute|Inc|Corp|AI)\.?$/;
const ZH_CORPORATE = /^([\u3400-\u9fff]{2,4}?)(?:科技|半导体|微电子|集成电路|智能科技|智能|智慧|技术|电子|智算|集团|汽车|股份)$/;

function shortForms(name: string, lex: Lexicon): string[] {
  const en = EN_CORPORATE.exec(name)?.[1];
  if (en && !lex.byKey.has(nameKey(en)) && !isCommonWord(en) && !isGivenName(en) && !isPlace(en)) return [en];
  const zh = ZH_CORPORATE.exec(name)?.[1];
  // (A carmaker's brand may be a place name too: 吉利汽车, 长安汽车 are written 吉利, 长安.)
  const carmaker = /汽车$/.test(name) && zh && !lex.byKey.has(nameKey(zh)) && words(zh).every((w) => w.tag === 'ns');
  if (carmaker) return [zh];
  // Only a stem that is no word of its own (澜算, 燧原 fall apart into characters; 天数 and 国产 are words).
  if (zh && !lex.byKey.has(nameKey(zh)) && words(zh).every((w) => w.word.length === 1 || /^(?:n[rzt]|j$)/.test(w.tag))) return [zh];
  return [];
}
