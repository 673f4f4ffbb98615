import { extractText } from '../../../src/extract';
import type { RelationType } from '../../../src/extract/types';

/** The relations of one type in a text, as [subject, object] (and the role or status when asked). */
export function rel(text: string, type: RelationType): [string, string][] {
  return extractText(text)
    .relations.filter((r) => r.type === type)
    .map((r) => [r.subject, r.object]);
}

/** Relations a rule read from a sentence, without what the lexicon adds about two names of the story (confidence 0.5). */
export function ruleRel(text: string, type: RelationType): [string, string][] {
  return extractText(text)
    .relations.filter((r) => r.type === type && r.confidence > 0.5)
    .map((r) => [r.subject, r.object]);
}

export function relWith(text: string, type: RelationType, field: 'role' | 'status'): [string, string, string | undefined][] {
  return extractText(text)
    .relations.filter((r) => r.type === type)
    .map((r) => [r.subject, r.object, r.type === type ? r[field] : undefined]);
}

/** The entities of a text as name -> type. */
export function entities(text: string): Record<string, string> {
  return Object.fromEntries(extractText(text).entities.map((e) => [e.name, e.type]));
}

/** Relations a rule read, of one type, as "subject>object". */
export function rulePairs(text: string, type: RelationType): string[] {
  return ruleRel(text, type).map(([s, o]) => `${s}>${o}`);
}

/** Relations of a symmetric type a rule read, each as "a>b" with its two names in alphabetical order, sorted. */
export function unorderedPairs(text: string, type: RelationType): string[] {
  return rulePairs(text, type)
    .map((p) => p.split('>').sort().join('>'))
    .sort();
}

/** The owners of the chip programs of a text, sorted. */
export function programOwners(text: string): string[] {
  return extractText(text)
    .chipPrograms.map((p) => p.owner)
    .sort();
}

/** Every relation of one type in a text, back-off ones included, as "subject>object", sorted. */
export function allPairs(text: string, type: RelationType): string[] {
  return extractText(text)
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.subject}>${r.object}`)
    .sort();
}
