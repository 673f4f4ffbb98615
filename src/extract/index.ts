import { cleanArticle } from './clean';
import { EN_TITLES, ZH_TITLES } from './discover/names';
import { isReporter, type SentenceContext } from './context';
import { loadLexicon, type Lexicon } from './lexicon';
import { buildMatcher, findMentions, type ArticleName } from './matcher';
import { discover, type Discovered } from './discover';
import type { Mention } from './matcher';
import { nameKey, toSimplified } from './normalize';
import { programSignals, type ProgramSignal } from './programs';
import { anaphora, advance, type CorefState } from './coref';
import { launcherIn, raiserIn, RULES, type Found } from './rules';
import { splitSentences, type Sentence } from './sentences';
import { SYMMETRIC, type ChipProgram, type Entity, type EntityType, type Evidence, type Extraction, type ProgramStatus, type Relation } from './types';

export type { Extraction } from './types';
export { cleanArticle } from './clean';

let defaultLexicon: Lexicon | undefined;
const lexicon = () => (defaultLexicon ??= loadLexicon());

export interface ExtractOptions {
  lexicon?: Lexicon;
}

/** The rule-based extractor: cleaned article text in, entities, relations and chip programs out. */
export function extractText(text: string, opts: ExtractOptions = {}): Extraction & { sentences: Sentence[] } {
  const lex = opts.lexicon ?? lexicon();
  // The Simplified view of each sentence is made once: every later step matches on it.
  const sentences = splitSentences(text).map((s) => ({ ...s, simp: toSimplified(s.text) }));
  const discovered = discover(sentences, lex);
  const matcher = buildMatcher(lex, articleNames(discovered, lex));

  // Chips discovered as models of a known family (MTIA 300, 昇腾960) are made by the family's maker.
  const familyMaker = new Map(discovered.filter((d) => d.makerId).map((d) => [d.lexiconId ?? nameKey(d.name), d.makerId!]));
  // …and a chip the article says an organization develops is made by it, for the sentences after.
  const articleMaker = new Map<string, string>();
  const knownMakerOf = (id: string) => lex.entries.get(id)?.makerId ?? familyMaker.get(id);
  const makerOf = (id: string) => knownMakerOf(id) ?? articleMaker.get(id);

  const entities = new Map<string, Entity>();
  const names = new Map<string, string>(discovered.map((d) => [d.lexiconId ?? nameKey(d.name), d.name]));
  const relations = new Map<string, Relation>();
  const signals: (ProgramSignal & { evidence: Evidence })[] = [];
  const nouns = new Map(discovered.map((d) => [d.lexiconId ?? nameKey(d.name), d.nouns]));
  const nounsOf = (id: string) => nouns.get(id) ?? [];
  const coref: CorefState = { described: new Map(), counts: new Map() };
  let topicChip: Mention | undefined;
  let launcher: { org: Mention; until: number } | undefined;
  let raiser: Mention | undefined;

  for (const sentence of sentences) {
    const named = findMentions(sentence.text, sentence.simp, matcher);
    // References to an organization (该公司, the startup, its) join the names, in text order.
    const mentions = [...named, ...anaphora(sentence.simp, named, coref)].sort((a, b) => a.start - b.start);
    for (const m of named) {
      const lexEntry = lex.entries.get(m.id);
      if (lexEntry?.generic) continue; // GPU, 芯片: recognised for the rules, not an entity of the story
      const e = entities.get(m.id) ?? { id: m.id, name: lexEntry?.name ?? names.get(m.id) ?? m.surface, type: m.type as EntityType, aliases: [] };
      if (m.surface !== e.name && !e.aliases.includes(m.surface)) e.aliases.push(m.surface);
      entities.set(m.id, e);
    }
    const { simp } = sentence;
    const ctx: SentenceContext = {
      sentence, simp, mentions, topic: coref.topic, topicChip, lex, makerOf, knownMakerOf, nounsOf,
      launcher: launcher && launcher.until >= sentence.index ? launcher.org : undefined,
      raiser,
    };
    const evidence: Evidence = { sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end };
    const emit = (f: Found) => {
      if (f.s.id === f.o.id) return;
      if (f.type === 'DEVELOPS' && !articleMaker.has(f.o.id)) articleMaker.set(f.o.id, f.s.id);
      const [a, b] = SYMMETRIC.has(f.type) && f.s.id > f.o.id ? [f.o, f.s] : [f.s, f.o];
      const key = `${f.type}|${a.id}|${b.id}`;
      const prev = relations.get(key);
      if (prev) {
        if (!prev.provenance.some((p) => p.sentenceIndex === sentence.index)) prev.provenance.push(evidence);
        prev.confidence = Math.max(prev.confidence, f.confidence);
        if (f.status === 'completed') prev.status = 'completed';
        prev.role ??= f.role;
        return;
      }
      relations.set(key, {
        type: f.type, subject: a.id, object: b.id, subjectId: a.id, objectId: b.id,
        evidence: sentence.text, confidence: f.confidence, status: f.status, role: f.role, provenance: [evidence],
      });
    };
    for (const rule of RULES) rule(ctx, emit);
    for (const sig of programSignals(ctx)) signals.push({ ...sig, evidence });

    advance(coref, mentions, (m) => !isReporter(m, simp) && salient(m, simp), nounsOf, (id) => !!lex.entries.get(id)?.foundry || nounsOf(id).includes('foundry'));
    const launched = launcherIn(ctx);
    if (launched) launcher = { org: launched, until: sentence.index + 2 };
    raiser = raiserIn(ctx) ?? raiser;
    // The chip a sentence is about is the first it names (真武810…可与H20相媲美: 真武810).
    const chips = named.filter((m) => m.type === 'Chip' && !lex.entries.get(m.id)?.generic);
    if (chips.length) topicChip = coref.chip = chips[0];
  }

  const nameOf = (id: string) => entities.get(id)?.name ?? lex.entries.get(id)?.name ?? id;
  const rels = [...relations.values()].map((r) => ({ ...r, subject: nameOf(r.subjectId), object: nameOf(r.objectId) }));
  return { entities: [...entities.values()], relations: rels, chipPrograms: buildPrograms(signals, rels, lex, nameOf, entities), sentences };
}

// A name that is not what the sentence is about: after a preposition (a former Intel engineer, 向英伟达),
// a possessor (Amazon's cloud unit), or an employer before a title and a person (Acme partner Jane Doe).
const NOT_SUBJECT_BEFORE = /(?:\b(?:of|at|from|by|with|for|than|like|former|to|on|in)\s+|(?:在|向|对|从|与|和|跟|据|为|比|前)\s*)$/i;
const NOT_SUBJECT_AFTER = new RegExp(`^(?:['’]s\\b|\\s*(?:${[...EN_TITLES, ...ZH_TITLES].join('|')})\\s*[A-Z\\u4e00-\\u9fff])`);
const salient = (m: Mention, simp: string) =>
  !NOT_SUBJECT_BEFORE.test(simp.slice(Math.max(0, m.start - 10), m.start)) && !NOT_SUBJECT_AFTER.test(simp.slice(m.end, m.end + 40));

/** What discovery found, as spellings to match; a person found by full name is also found by surname. */
function articleNames(discovered: Discovered[], lex: Lexicon): ArticleName[] {
  return discovered.map((d) => {
    const id = d.lexiconId ?? nameKey(d.name);
    const type = d.lexiconId ? lex.entries.get(d.lexiconId)!.type : d.type;
    const spellings = [d.name, ...d.spellings];
    if (type === 'Person' && !d.lexiconId) {
      // Later sentences use the surname alone: 卡帕西, Karpathy.
      for (const s of d.spellings) {
        const last = s.includes('·') ? s.split('·').pop()! : /^[A-Z][\w-]+(?: [A-Z][\w.-]*)? [A-Z][a-z]+$/.test(s) ? s.split(' ').pop()! : '';
        if (last.length >= 2 && !lex.byKey.has(nameKey(last))) spellings.push(last);
      }
    }
    return { id, type, spellings };
  });
}

const CHIP_COMPANY = /Semiconductor|Silicon|Microelectronics|Chips?\b|半导体|微电子|集成电路|芯/;

function buildPrograms(
  signals: (ProgramSignal & { evidence: Evidence })[],
  relations: Relation[],
  lex: Lexicon,
  nameOf: (id: string) => string,
  entities: Map<string, Entity>,
): ChipProgram[] {
  const programs = new Map<string, ChipProgram & { statuses: ProgramStatus[] }>();
  // A chip unit's program is its parent's (玄戒技术 for Xiaomi, Kunlunxin for Baidu), unless the parent sells chips itself.
  const parentOf = new Map(relations.filter((r) => r.type === 'SUBSIDIARY_OF' && !lex.entries.get(r.objectId)?.chipVendor).map((r) => [r.subjectId, r.objectId]));
  const get = (unitId: string, evidence?: Evidence) => {
    const ownerId = parentOf.get(unitId) ?? unitId;
    let p = programs.get(ownerId);
    if (!p) {
      p = { owner: nameOf(ownerId), ownerId, chips: [], partners: [], status: 'developing', evidence: evidence?.sentence ?? '', provenance: [], statuses: [] };
      programs.set(ownerId, p);
    }
    if (evidence && !p.provenance.some((e) => e.sentenceIndex === evidence.sentenceIndex)) p.provenance.push(evidence);
    return p;
  };
  for (const s of signals) {
    if (!entities.has(s.ownerId)) continue;
    const p = get(s.ownerId, s.evidence);
    if (s.status) p.statuses.push(s.status);
    if (s.since && !p.since) p.since = s.since;
  }
  // An organization that is not a chip vendor and develops a chip has a chip program. A company the article
  // presents as a chip maker (Korvex Semiconductor, 燧原科技 a chip startup) sells its chips: no program.
  for (const r of relations) {
    if (r.type !== 'DEVELOPS' || entities.get(r.objectId)?.type !== 'Chip') continue;
    if (lex.entries.get(r.subjectId)?.chipVendor || entities.get(r.subjectId)?.type !== 'Organization') continue;
    if (!lex.entries.has(r.subjectId) && CHIP_COMPANY.test(r.subject)) continue;
    const p = get(r.subjectId, r.provenance[0]);
    if (!p.chips.includes(r.object)) p.chips.push(r.object);
  }
  for (const p of programs.values()) {
    for (const r of relations) {
      if (r.type === 'PARTNERS_WITH' && (r.subjectId === p.ownerId || r.objectId === p.ownerId)) {
        const other = r.subjectId === p.ownerId ? r.object : r.subject;
        if (lex.entries.get(r.subjectId === p.ownerId ? r.objectId : r.subjectId)?.chipVendor && !p.partners.includes(other)) p.partners.push(other);
      }
      if (r.type === 'MANUFACTURES' && p.chips.includes(r.object) && !p.partners.includes(r.subject)) p.partners.push(r.subject);
    }
    // The first stated status leads; a setback anywhere in the story outranks it.
    p.status = p.statuses.includes('setback') ? 'setback' : p.statuses[0] ?? (p.chips.length ? 'developing' : 'exploring');
  }
  return [...programs.values()].map(({ statuses: _s, ...p }) => p);
}

/** Anything that turns a cleaned article text into entities, relations and chip programs. */
export interface Extractor {
  readonly name: string;
  extract(text: string): Promise<Extraction>;
}

/** The offline, deterministic rule extractor (the default). */
export const ruleExtractor: Extractor = {
  name: 'rules',
  extract: async (text) => {
    const { sentences: _s, ...extraction } = extractText(text);
    return extraction;
  },
};

/** Raw article text (as scraped) to an extraction; throws InvalidArticleError for unusable input. */
export function extract(raw: string, opts: ExtractOptions = {}) {
  return extractText(cleanArticle(raw), opts);
}
