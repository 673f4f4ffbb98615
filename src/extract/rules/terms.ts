import type { SentenceContext } from '../context';
import type { Mention } from '../matcher';
import type { DealStatus, RelationType } from '../types';
import { allMatches } from '../regex';

/** A relation found in one sentence, before it is named and deduplicated. */
export interface Found {
  type: RelationType;
  s: Mention;
  o: Mention;
  confidence: number;
  status?: DealStatus;
  role?: string;
}

/** What a rule hands each relation it finds to. */
export type Emit = (f: Found) => void;

/** A rule reads one sentence and emits what it states. */
export type Rule = (ctx: SentenceContext, emit: Emit) => void;

/**
 * Cue words of one meaning, per script. Matching runs on the Simplified view of a sentence, so `zh`
 * holds Simplified terms (Traditional text is covered by the conversion); `en` terms match whole words,
 * case-insensitively, and may use small regex pieces for inflections (acquir(?:e|es|ed|ing)).
 */
export interface Terms {
  en: readonly string[];
  zh: readonly string[];
}

/** One global regex for a term list: Chinese terms as they are, English terms on word boundaries. */
export function cue(t: Terms): RegExp {
  const parts: string[] = [];
  if (t.zh.length) parts.push(`(?:${t.zh.join('|')})`);
  if (t.en.length) parts.push(`\\b(?:${t.en.join('|')})\\b`);
  return new RegExp(parts.join('|') || '(?!)', 'gi');
}

/** Every match of a global cue in a text (the regex's lastIndex is left as it was, so the regex can be shared). */
export const matches = (re: RegExp, text: string) => allMatches(re, text);

// Negation just before a verb: 未/没有/否认 …, "not", "denied", "no longer".
const NEGATION: Terms = {
  zh: [
    '没有',
    '并未',
    '未曾',
    '未(?!来|知|必)',
    '不会',
    '不再',
    '不是',
    '无法',
    '难以',
    '不能',
    '禁止',
    '停止',
    '暂停',
    '无权',
    '否认',
    '并非',
    '尚未',
    '无意',
    '拒绝',
    '而非',
    '而不是',
  ],
  en: [
    'not',
    'no longer',
    'never',
    'no plans?',
    'no intention',
    'cannot',
    "can't",
    'unable to',
    '(?:barred|banned|prohibited)\\s+from',
    'denied',
    'denies',
    'deny',
    "didn't",
    "doesn't",
    "won't",
    "isn't",
    "wasn't",
    'declined to',
    'ruled out',
    'rejected',
    // "designing its own chips rather than buying from Nvidia": the alternative set aside.
    'rather than',
    'instead of',
  ],
};
const NEGATED = new RegExp(`(?:${NEGATION.zh.join('|')})|\\b(?:${NEGATION.en.join('|')})\\b`, 'i');

/** Whether the words just before `pos` in its clause negate what follows (one window for all rules). */
export function negatedAt(ctx: SentenceContext, pos: number, clauseStart: number, window = 24): boolean {
  return NEGATED.test(ctx.simp.slice(Math.max(clauseStart, pos - window), pos));
}

/** "Korvex counts A and B among its partners": the names between "counts" and "among its <kind>", in group 1. */
export const countedAmong = (kinds: readonly string[]) =>
  new RegExp(`\\bcounts?\\s+([^.;]{2,100}?)\\s+among\\s+(?:its|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:${kinds.join('|')})\\b`, 'g');

/** An amount of money in Chinese (64亿美元, 1920亿日元, 约6亿元): what a grant or a price is counted in. */
export const MONEY_ZH = '\\d[\\d.,]*\\s*(?:万亿|千亿|百亿|亿|千万|百万|万)?\\s*(?:美元|日元|日圆|欧元|韩元|人民币|元|卢比|英镑|新台币)';
