import { cleanArticle } from './clean';
import { hasChinese } from './lang';
import {
  clauseAt,
  coordinated,
  GOODS_AFTER_NAME,
  isReporter,
  isSource,
  orgList,
  PUBLIC_BODY,
  sameBusiness,
  newInPost,
  type SentenceContext,
} from './context';
import { anaphora, advance, salient, speakerCompany, type CorefState } from './coref';
import { articleNames, discover, knownShortNames } from './discover';
import { loadLexicon, type Lexicon } from './lexicon';
import { buildMatcher, findMentions, orgRef, type Mention } from './matcher';
import { nameKey, toSimplified } from './normalize';
import { buildPrograms, programSignals, type ProgramSignal } from './programs';
import { RIVALRY_ANY } from './rules/backoff';
import { backoff, competingIn, launcherIn, raiserIn, RULES, type Found } from './rules';
import { splitSentences, type Sentence } from './sentences';
import { allMatches } from './regex';
import { SYMMETRIC, type Entity, type Evidence, type Extraction, type Relation } from './types';

export type { Extraction } from './types';
export { cleanArticle } from './clean';

const EXECUTIVE =
  /首席|执行长|董事长|总裁|总经理|创始人|创办人|负责人|\b(?:CEO|CTO|COO|CFO|chief|president|chair\w*|founder|co-founder|head|general manager)\b/i;
const BETWEEN_PARTIES = new Set(['PARTNERS_WITH', 'COMPETES_WITH', 'SUPPLIES']);
const FORMER = /^(?:former|ex-|then-|前|原)/i;
// What a government or a regulator does not do (it may invest, partner, own units and employ).
const PUBLIC_BODY_ACTS = new Set(['ACQUIRES', 'DEVELOPS', 'MANUFACTURES', 'SUPPLIES']);
// A body that regulates trade, markets or the internet, not one that runs computers (an energy department's laboratories).
const REGULATOR =
  /\bBIS\b|Commerce|Industry and Security|Trade|Market|Competition|Cyberspace|Securities|Treasury|State Department|商务部|商務部|市场监|市場監|网信|網信|证监|證監|工业和信息化|工業和信息化|财政部|財政部/i;

let defaultLexicon: Lexicon | undefined;
const lexicon = () => (defaultLexicon ??= loadLexicon());

export interface ExtractOptions {
  lexicon?: Lexicon;
}

/** A relation only the lexicon gives, both its ends named somewhere in the story: weaker than any rule's. */
const KNOWN_TO_LEXICON = 0.5;
// A sentence that speaks of investing or holding: what a known investor's being named with a company must come with.
// (Not investors spoken to: "Musk told investors in May that …".)
// (Not the shareholders' meeting where a chief speaks: 股东大会上, "the annual shareholder meeting".)
const INVESTING =
  /投资|融资|股东(?!大?会)|持股|入股|领投|跟投|基石|\b(?:(?<!\b(?:told|tells?|telling|warned|assured|reassured|briefed|updated|reminded)\s+)invest\w*|backers?|backed|stakes?|shareholders?(?!['’]?\s+(?:meeting|gathering|letter|vote)s?\b)|rounds?|funding|raised|raises)\b/i;
// What lies between two names listed side by side: commas and conjunctions, other names (#), a description of the next.
const LISTED_WITH =
  /^(?:[\s、,，#&]|与|和|及|以及|\band\b|(?<=[、,，与和及]\s*)[#\u4e00-\u9fff]{0,8}(?:机构|公司|集团|基金|巨头|厂商|业者|企业))+$/u;
// …that speaks of working together: what a known partner's being named with the story's company must come with;
// A chip named as what another is a version of, or a rival to: "a version of the H100", "an alternative to Nvidia's H20".
// ("the latest version of the H100" is the H100 itself; H20特供版芯片 names the H20, H100的特供版 and H100降规版 another chip.)
const VERSION_OF_BEFORE =
  /\b(?:a|an|the)\s+(?!(?:latest|newest|current|same|standard|full)\s+(?:version|variant)\b)(?:[\w-]+\s+){0,2}?(?:version|variant|successor|derivative|alternative|rival|equivalent|answer|counterpart|replacement)\s+(?:of|to)\s+(?:(?:the|[A-Z][\w-]*['’]s?)\s+)?$/;
const VERSION_OF_AFTER = /^\s*(?:的特供版|的?(?:阉割版|简化版|降规版|缩水版|替代品|替代方案|竞品|对手))/;
// What stands after a name that others are an alternative to: 辉达之外的选择, 英伟达以外的供应商.
const OTHER_THAN_AFTER = /^\s*(?:之外|以外)的[^，,。；]{0,8}?(?:选择|替代|方案|供应商|来源|选项|产品|芯片|GPU)/;
// A chip another is measured against: 相较上一代X, 比X, "compared with the previous-generation X", "than X".
const COMPARED_BEFORE =
  /(?:相较于?|相比于?|比起|较之?|对比|优于|超越|超过)\s*(?:上一代|前一代|前代|上代|自家的?|其)?\s*$|\b(?:compared\s+(?:with|to)|versus|vs\.?|than|over|outperform\w*|beats?|beating)\s+(?:the\s+|its\s+|[A-Z][\w-]*['’]s\s+)?(?:previous|prior|earlier|older|last)?(?:-generation|\s+generation)?\s*$/i;
// A partnership of some time before a deal: 合作多年后, "after years of working with".
const PARTNERS_BEFORE =
  /合作(?:了)?(?:多年|数年|多时|已久|\d+年)|\b(?:years|decades)\s+of\s+(?:working\s+(?:together|with)|partnership|collaboration|cooperation)|\blong-?(?:time|standing)\s+partners?\b/gi;
const PARTNERING =
  /合作|联手|携手|伙伴|结盟|联盟|\b(?:partner\w*|collaborat\w*|team\w*\s+up|alliance|jointly|(?<!\b(?:string|strings|strung|stringing|stitch\w*|tie|ties|tied|tying|link\w*|piec\w+|cobbl\w+|glu\w+)\s+)together|work\w*\s+with)\b/i;
// …that says no or only weighs it: no sentence for what the lexicon knows;
const NEGATED_OR_WEIGHED = /并未|没有|不会|不再|否认|是否|考虑|\b(?:not|no|never|denied|denies|deny|whether|considering|weighing)\b/i;
// …that speaks of selling, buying or supplying: what a known supplier's or customer's must come with.
const SUPPLYING =
  /供应|供货|采购|订单|客户|出货|拿下|代工|订购|下单|\b(?:suppl\w*|customers?|orders?|buy\w*|bought|purchas\w*|ship\w*|deliver\w*|provid\w*|vendors?|sourc\w*)\b/i;

// …that speaks of buying or merging: what a known purchase must come with.
const ACQUIRING =
  /收购|并购|买下|购入|吞并|合并|并入|收入囊中|\b(?:acqui\w+|bought|buy\w*|purchas\w+|takeover|took\s+over|tak\w+\s+over|merg\w+|deal)\b/i;

// (A deal weighed or turned down is still one, "considered, announced or completed"; one a party denies is not.)
// ("to secure talent without buying a company outright": a purchase ruled out.)
const DENIED = /否认|并未|不会|澄清|\b(?:not|never|without|denied|denies|deny|pushed\s+back|dismiss\w*|rul\w+\s+out)\b/i;

/** The organization counted most; among those tied, the first counted (the headline's). */
function mostCounted(counts: ReadonlyMap<string, number>): Mention | undefined {
  let best: [string, number] | undefined;
  for (const [id, n] of counts) if (!best || n > best[1]) best = [id, n];
  return best ? orgRef(best[0]) : undefined;
}

/** Notes a sentence in which an entity is named or referred to, once per sentence, in order. */
function noteSentence(inSentences: Map<string, Evidence[]>, id: string, evidence: Evidence): void {
  const seen = inSentences.get(id);
  if (!seen) inSentences.set(id, [evidence]);
  else if (seen[seen.length - 1] !== evidence) seen.push(evidence);
}

/** The organization an article names most (no news outlet): the company the story is about. */
function mostNamed(namedBySentence: Mention[][], simps: string[], lex: Lexicon): Mention | undefined {
  const counts = new Map<string, number>();
  namedBySentence.forEach((named, i) => {
    for (const m of named)
      if (m.type === 'Organization' && !lex.entries.get(m.id)?.media)
        // (A maker named for its goods, "Nvidia GPUs", 英伟达GPU, counts half: it is what the story's company buys; so
        // does a name the sentence is not about, "backed by Nvidia", a possessor.)
        counts.set(
          m.id,
          (counts.get(m.id) ?? 0) + (GOODS_AFTER_NAME.test(simps[i]!.slice(m.end, m.end + 14)) || !salient(m, simps[i]!) ? 0.5 : 1),
        );
  });
  return mostCounted(counts);
}

// A chip or product named with the kind of part it is: "Oryon CPU", "Hexagon NPU", "E-Series GPU".
const KIND_OF_PART = /\s+(?:NPU|GPU|CPU|DSP|SoC|chips?|processors?|accelerators?|cores?)$/i;

/**
 * A chip or product named with its kind after it (Oryon CPU) is the family the bare name (Oryon) calls too: that name
 * joins its spellings, unless another entity of the story has it or it is too short to tell anything apart.
 */
export function withFamilyNames(list: Entity[]): Entity[] {
  const taken = new Set(list.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  for (const e of list) {
    if (e.type !== 'Chip' && e.type !== 'Product') continue;
    for (const n of [e.name, ...e.aliases]) {
      const bare = n.replace(KIND_OF_PART, '');
      if (bare === n || bare.length < 3 || !/[A-Za-z]/.test(bare) || taken.has(nameKey(bare))) continue;
      e.aliases.push(bare);
      taken.add(nameKey(bare));
    }
  }
  return list;
}

/** The rule-based extractor: cleaned article text in, entities, relations and chip programs out. */
export function extractText(text: string, opts: ExtractOptions = {}): Extraction & { sentences: Sentence[] } {
  const lex = opts.lexicon ?? lexicon();
  // The Simplified view of each sentence is made once: every later step matches on it.
  const sentences = splitSentences(text).map((s) => ({ ...s, simp: toSimplified(s.text) }));
  const discovered = discover(sentences, lex);
  // (A short name of a known company the article names in full is that company, whatever discovery made of it.)
  const matcher = buildMatcher(lex, [...knownShortNames(sentences.map((s) => s.simp).join('\n'), lex), ...articleNames(discovered, lex)]);

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
  const coref: CorefState = { described: new Map(), counts: new Map(), employers: new Map() };
  let topicChip: Mention | undefined;
  let launcher: { org: Mention; until: number } | undefined;
  let raiser: Mention | undefined;
  // Back-off relations, kept at the end for the pairs no rule related.
  const fallback: { f: Found; emit: (f: Found) => void; at: number }[] = [];
  let competing: { org: Mention; at: number } | undefined;
  // The sentences each entity is named in, in order, for what the lexicon knows of two entities of the story.
  const namedIn = new Map<string, Evidence[]>();
  const referredIn = new Map<string, Evidence[]>();
  const referredBySentence = new Map<number, Mention[]>();

  // Every sentence's names, read first: the company the story is about is the one it names most.
  const namedBySentence = sentences.map((s) => findMentions(s.text, s.simp, matcher));
  // (The European Commission, 美国商务部: a government or a regulator is no company the story is about.)
  const publicBody = (m: Mention) => PUBLIC_BODY.test(lex.entries.get(m.id)?.name ?? m.surface) || PUBLIC_BODY.test(m.surface);
  const regulator = (m: Mention) => [lex.entries.get(m.id)?.name, m.surface].some((n) => n && REGULATOR.test(n));
  coref.subject = mostNamed(
    namedBySentence,
    sentences.map((x) => x.simp),
    lex,
  );
  for (const sentence of sentences) {
    const named = namedBySentence[sentence.index]!;
    // A person the lexicon knows works where it says until the story says otherwise ("Amin's company" is Humain).
    for (const m of named) {
      const known = m.type === 'Person' ? lex.entries.get(m.id)?.employerIds?.[0] : undefined;
      if (known && !coref.employers!.has(m.id)) coref.employers!.set(m.id, known);
    }
    // References to an organization (该公司, the startup, its) join the names, in text order.
    const mentions = [
      ...named,
      ...anaphora(
        sentence.simp,
        named.filter((m) => !publicBody(m)),
        coref,
        makerOf,
        lex.epithets,
      ),
    ].sort((a, b) => a.start - b.start);
    for (const m of named) {
      const lexEntry = lex.entries.get(m.id);
      if (lexEntry?.generic) continue; // GPU, 芯片: recognised for the rules, not an entity of the story
      const e = entities.get(m.id) ?? { id: m.id, name: lexEntry?.name ?? names.get(m.id) ?? m.surface, type: m.type, aliases: [] };
      if (m.surface !== e.name && !e.aliases.includes(m.surface)) e.aliases.push(m.surface);
      entities.set(m.id, e);
    }
    // (微软Azure, 亚马逊AWS, 华为昇腾: the maker's name written onto its product's or unit's is a spelling of that too.)
    named.forEach((m, i) => {
      const maker = named[i - 1];
      const e = entities.get(m.id);
      if (!maker || !e || maker.type !== 'Organization' || maker.end !== m.start || !hasChinese(m.surface + maker.surface)) return;
      if (makerOf(m.id) !== maker.id && lex.entries.get(m.id)?.parentId !== maker.id) return;
      const joined = maker.surface + m.surface;
      if (joined !== e.name && !e.aliases.includes(joined)) e.aliases.push(joined);
    });
    const { simp } = sentence;
    const ctx: SentenceContext = {
      sentence,
      simp,
      mentions,
      topic: coref.topic,
      topicChip,
      lex,
      makerOf,
      knownMakerOf,
      nounsOf,
      launcher: launcher && launcher.until >= sentence.index ? launcher.org : undefined,
      raiser,
      speaker: speakerCompany(simp, named, coref),
      main: mostCounted(coref.counts),
      story: coref.subject,
      competing: competing && competing.at === sentence.index - 1 ? competing.org : undefined,
    };
    const evidence: Evidence = { sentence: sentence.text, sentenceIndex: sentence.index, start: sentence.start, end: sentence.end };
    for (const m of named) noteSentence(namedIn, m.id, evidence);
    // (And those it refers to by a description or a pronoun: "its purchase of Mellanox".)
    const referred = mentions.filter((m) => m.anaphor && m.type === 'Organization');
    referredBySentence.set(sentence.index, referred);
    for (const m of referred) noteSentence(referredIn, m.id, evidence);
    // (A news outlet the lexicon knows, 路透社指出…, is one wherever it is named.)
    const sources = new Set(mentions.filter((m) => !m.anaphor && (isSource(m, simp) || lex.entries.get(m.id)?.media)).map((m) => m.id));
    const emit = (f: Found) => {
      if (f.s.id === f.o.id) return;
      // (A publication or an analyst's firm tells of the news; it employs its analysts and belongs to its owner, nothing more.)
      // ("JPMorgan analyst Harlan Sur said the company holds orders": "the company" is not JPMorgan either.)
      if (f.type !== 'WORKS_FOR' && f.type !== 'SUBSIDIARY_OF' && (sources.has(f.s.id) || sources.has(f.o.id))) return;
      // (A government rivals no company; a maker does not fabricate its own chip for itself as a foundry would.)
      if (f.type === 'COMPETES_WITH' && [f.s, f.o].some((m) => nounsOf(m.id).includes('government') || publicBody(m))) return;
      // (…nor buys, makes or sells companies and chips: "the Commission's decision to examine its purchase of Run:ai".)
      if (PUBLIC_BODY_ACTS.has(f.type) && (publicBody(f.s) || (f.type === 'ACQUIRES' && publicBody(f.o)))) return;
      // (…and a regulator uses none: "the Bureau of Industry and Security said that using Ascend chips could breach".)
      // (…nor buys from one: "using Huawei's Ascend chips could breach U.S. rules, the BIS warned".)
      if (f.type === 'USES' && publicBody(f.s) && regulator(f.s)) return;
      if (f.type === 'SUPPLIES' && publicBody(f.o) && regulator(f.o)) return;
      // (A group's own foundry unit does fabricate the group's chips: Samsung Foundry makes the Exynos.)
      if (
        f.type === 'MANUFACTURES' &&
        [knownMakerOf(f.o.id), articleMaker.get(f.o.id)].some(
          (d) => d === f.s.id || (sameBusiness(lex, d, f.s.id) && !(lex.entries.get(f.s.id)?.foundry && lex.entries.get(f.s.id)?.parentId)),
        )
      )
        return;
      // (A title with no company, "Chief executive Matt Murphy said", is read as the company the story speaks of; not for
      // someone the lexicon knows to work elsewhere.)
      // (Unless the sentence tells of them new in the post: "Its new chief executive, Charlie Kawwas, said".)
      if (f.type === 'WORKS_FOR' && f.o.anaphor && !newInPost(simp, f.s.start, f.s.end)) {
        const employers = lex.entries.get(f.s.id)?.employerIds ?? [];
        if (employers.length && !employers.some((e) => sameBusiness(lex, e, f.o.id))) return;
      }
      // (谷歌、亚马逊等云巨头部署自研的TPU和Inferentia: two of one list, each named with a chip of its own, are no supplier and
      // customer of each other.)
      // (Only chips after the list with no other company between: in "Google and Nvidia said Google will run Gemini on
      // Blackwell GPUs as well as its TPU v7" the chips are one user's.)
      const list = f.type === 'SUPPLIES' && f.s.type === 'Organization' ? orgList(ctx, f.s) : [];
      if (list.some((x) => x.id === f.o.id)) {
        const end = Math.max(...list.map((x) => x.end));
        const ownChip = (id: string) => mentions.find((c) => c.type === 'Chip' && c.start >= end && knownMakerOf(c.id) === id);
        const [a, b] = [ownChip(f.s.id), ownChip(f.o.id)];
        const between = (at: number) =>
          mentions.some(
            (x) =>
              x.type === 'Organization' &&
              x.start >= end &&
              x.end <= at &&
              !/^(?:its|their)$/i.test(x.surface) &&
              !/^\s*(?:['’]s?|的)/.test(simp.slice(x.end, x.end + 3)),
          );
        if (a && b && !between(Math.min(a.start, b.start))) return;
      }
      // (软银与Graphcore共同宣布，软银已完成对Graphcore的收购: the parties of a takeover the sentence tells are no partners.)
      // (A partnership of some time that the two named in its clause had: 合作多年.)
      const partnersBefore = (a: string, b: string) =>
        allMatches(PARTNERS_BEFORE, simp).some((m) => {
          const [cs, ce] = clauseAt(simp, m.index);
          const inClause = mentions.filter((x) => x.start >= cs && x.end <= ce).map((x) => x.id);
          return inClause.includes(a) && inClause.includes(b);
        });
      // (But a partnership the sentence tells before the takeover stays: AMD与ZT Systems合作多年后，AMD宣布收购ZT Systems.)
      if (
        f.type === 'PARTNERS_WITH' &&
        [`ACQUIRES|${f.s.id}|${f.o.id}`, `ACQUIRES|${f.o.id}|${f.s.id}`].some((k) =>
          relations.get(k)?.provenance.some((e) => e.sentenceIndex === sentence.index),
        ) &&
        !partnersBefore(f.s.id, f.o.id)
      )
        return;
      // (甲骨文希望提供辉达之外的选择: a company named as what others are an alternative to is no party of the trade.)
      if (
        (f.type === 'SUPPLIES' || f.type === 'USES' || f.type === 'PARTNERS_WITH') &&
        [f.s, f.o].some((m) => OTHER_THAN_AFTER.test(simp.slice(m.end, m.end + 20)))
      )
        return;
      // ("Nvidia H800 chips, a version of the H100", H800是H100的特供版: the chip another is measured by or derived from is
      // not the one used.)
      if (
        f.type === 'USES' &&
        f.o.type === 'Chip' &&
        (VERSION_OF_BEFORE.test(simp.slice(Math.max(0, f.o.start - 48), f.o.start)) ||
          VERSION_OF_AFTER.test(simp.slice(f.o.end, f.o.end + 8)))
      )
        return;
      // (谷歌、亚马逊部署自研的TPU和Inferentia芯片, "Google and Amazon run their TPUs and Trainium": each its own chip, read
      // respectively, when one of the list is named with a chip of its own beside another's.)
      if (f.type === 'USES' && f.o.type === 'Chip') {
        const maker = knownMakerOf(f.o.id);
        const list = orgList(ctx, f.s);
        if (
          maker &&
          maker !== f.s.id &&
          list.some((x) => x.id === maker) &&
          mentions.some((c) => c.type === 'Chip' && c.id !== f.o.id && knownMakerOf(c.id) === f.s.id)
        )
          return;
      }
      // A unit and its parent (AWS and Amazon) are one business: no partners, rivals or supplier and customer.
      // (Sister units trade: T-Head supplies Alibaba Cloud.)
      if (BETWEEN_PARTIES.has(f.type) && (lex.entries.get(f.s.id)?.parentId === f.o.id || lex.entries.get(f.o.id)?.parentId === f.s.id))
        return;
      // An end known only by a description (the Claude maker) is still an entity of the story.
      for (const m of [f.s, f.o]) {
        const known = lex.entries.get(m.id);
        if (!entities.has(m.id) && known) entities.set(m.id, { id: m.id, name: known.name, type: known.type, aliases: [] });
      }
      if (f.type === 'DEVELOPS' && !articleMaker.has(f.o.id)) articleMaker.set(f.o.id, f.s.id);
      // An executive's company, for 公司 / "the company" in the sentences the executive speaks in.
      if (f.type === 'WORKS_FOR' && f.o.type === 'Organization' && EXECUTIVE.test(f.role ?? '') && !FORMER.test(f.role ?? ''))
        coref.employers!.set(f.s.id, f.o.id);
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
        type: f.type,
        subject: a.id,
        object: b.id,
        subjectId: a.id,
        objectId: b.id,
        evidence: sentence.text,
        confidence: f.confidence,
        status: f.status,
        role: f.role,
        provenance: [evidence],
      });
    };
    for (const rule of RULES) rule(ctx, emit);
    backoff(ctx, (f) => fallback.push({ f, emit, at: sentence.index }));
    for (const sig of programSignals(ctx)) signals.push({ ...sig, evidence });

    advance(
      coref,
      mentions,
      // (A government, 美国政府, is no company, and an offering's adviser no subject of the story: 该公司 and 自家 never
      // refer to them.)
      (m) =>
        !isReporter(m, simp) &&
        !sources.has(m.id) &&
        salient(m, simp) &&
        !nounsOf(m.id).some((n) => n === 'government' || n === 'adviser') &&
        !publicBody(m) &&
        // ("A, B and C are evaluating it, the company said": one of a list of companies is no "the company".)
        orgList(ctx, m).length < 2,
      nounsOf,
      (id) => !!lex.entries.get(id)?.foundry || nounsOf(id).includes('foundry'),
      (id) => !!lex.entries.get(id)?.chipVendor,
      publicBody,
      (id) => !!lex.entries.get(id)?.chipVendor && !lex.entries.get(id)?.challenger,
    );
    // (A sentence that opens with the company it is about, and is not about money put in it, hands "the company" on.)
    const t = coref.topic;
    coref.opened =
      !!t &&
      mentions.includes(t) &&
      !t.anaphor &&
      /^[\s"“「]*(?:For\s+|As\s+for\s+|对于?)?$/.test(simp.slice(0, t.start)) &&
      !INVESTING.test(simp);
    const launched = launcherIn(ctx);
    if (launched) launcher = { org: launched, until: sentence.index + 2 };
    raiser = raiserIn(ctx) ?? raiser;
    const faces = competingIn(ctx);
    if (faces) competing = { org: faces, at: sentence.index };
    // The chip a sentence is about is the first it names (真武810…可与H20相媲美: 真武810).
    // …unless it gives one of them a name (Maia AI chip, code-named Braga: Braga).
    // (…not one it is measured against: 相较上一代Jetson AGX Orin, "compared with the previous-generation Orin".)
    const chips = named.filter(
      (m) => m.type === 'Chip' && !lex.entries.get(m.id)?.generic && !COMPARED_BEFORE.test(simp.slice(Math.max(0, m.start - 32), m.start)),
    );
    const called = chips.find((m) =>
      /(?:called|named|dubbed|known as|代号为?|名为)\s*(?:the\s+)?[“"「『]?$/i.test(simp.slice(Math.max(0, m.start - 16), m.start)),
    );
    if (chips.length) topicChip = coref.chip = called ?? chips[0];
  }

  // (A pair a rule related keeps only the rule's relations: one read of the grammar beats a guess from its words.)
  const related = new Map<string, Set<string>>();
  for (const r of relations.values())
    for (const k of [`${r.subjectId}|${r.objectId}`, `${r.objectId}|${r.subjectId}`])
      related.set(k, (related.get(k) ?? new Set()).add(r.type));
  // (A partner may be an investor too: a partnership a rule found leaves a funding round's back-off reading open.)
  const open = (f: Found) => {
    const types = related.get(`${f.s.id}|${f.o.id}`);
    return !types || (f.type === 'INVESTS_IN' && [...types].every((t) => t === 'PARTNERS_WITH'));
  };
  // (英伟达还投资了OpenAI、Anthropic和Mistral: the ones a rule read as funded in the sentence put no money in its round.)
  const funded = new Set(
    [...relations.values()]
      .filter((r) => r.type === 'INVESTS_IN' && r.confidence > KNOWN_TO_LEXICON)
      .flatMap((r) => r.provenance.map((ev) => `${r.objectId}|${ev.sentenceIndex}`)),
  );
  for (const { f, emit, at } of fallback) if (open(f) && !(f.type === 'INVESTS_IN' && funded.has(`${f.s.id}|${at}`))) emit(f);
  // The pairs some relation joins, either way (kept up to date as the lexicon's readings add theirs).
  const linked = new Set([...relations.values()].flatMap((r) => [`${r.subjectId}|${r.objectId}`, `${r.objectId}|${r.subjectId}`]));
  // What the lexicon knows of two entities the story names, at KNOWN_TO_LEXICON confidence:
  const known = (
    type: 'WORKS_FOR' | 'DEVELOPS' | 'COMPETES_WITH' | 'INVESTS_IN' | 'PARTNERS_WITH' | 'SUPPLIES' | 'SUBSIDIARY_OF' | 'ACQUIRES',
    s: string,
    o: string,
    evidence: Evidence,
  ) => {
    linked.add(`${s}|${o}`).add(`${o}|${s}`);
    relations.set(`${type}|${s}|${o}`, {
      type,
      subject: s,
      object: o,
      subjectId: s,
      objectId: o,
      evidence: evidence.sentence,
      confidence: KNOWN_TO_LEXICON,
      provenance: [evidence],
    });
  };
  const ofKind = (type: string) => [...relations.values()].filter((r) => r.type === type);
  // The subject|object pairs a rule already relates by a type (both ways for a symmetric one).
  const pairsOf = (type: string, symmetric = false) =>
    new Set(ofKind(type).flatMap((r) => [`${r.subjectId}|${r.objectId}`, ...(symmetric ? [`${r.objectId}|${r.subjectId}`] : [])]));
  // The first sentence that names both (and says what `says` asks), the evidence of what the lexicon knows of them.
  // (Else one that names one of them and refers to the other: "its supplier Acme", 该公司的客户.)
  const naming = (a: string, b: string, from: Map<string, Evidence[]>, says: (ev: Evidence) => boolean) =>
    (from.get(a) ?? []).find((ev) => namedIn.get(b)?.includes(ev) && says(ev));
  const namingBoth = (a: string, b: string, says: (ev: Evidence) => boolean = () => true) =>
    naming(a, b, namedIn, says) ?? naming(a, b, referredIn, says) ?? naming(b, a, referredIn, says);
  // a person works for the organization the lexicon knows as theirs now (Jensen Huang and NVIDIA), a sentence that names
  // both being the evidence when there is one; a former employer only when a sentence names both (a founder's old company
  // named elsewhere in the story is most often not said to be theirs);
  const worksFor = pairsOf('WORKS_FOR');
  for (const [id, e] of entities) {
    const employers = e.type === 'Person' ? (lex.entries.get(id)?.employerIds ?? []) : [];
    for (const [k, org] of employers.entries()) {
      if (!entities.has(org) || worksFor.has(`${id}|${org}`)) continue;
      const both = namingBoth(id, org);
      if (k === 0 || both) known('WORKS_FOR', id, org, both ?? namedIn.get(id)![0]!);
    }
  }
  // a known investor of a company the story names invests in it when a sentence names both and speaks of investing
  // (软银…领投OpenAI, "Nvidia, a shareholder of CoreWeave");
  // (Not where the two are listed side by side: 软银、OpenAI、甲骨文与阿联酋投资机构MGX…计划投资5000亿美元 fund a project
  // of theirs together.)
  const invested = pairsOf('INVESTS_IN');
  const listedTogether = (a: string, b: string, sentence: number) => {
    const named = namedBySentence[sentence]!;
    const simp = sentences[sentence]!.simp;
    return named.some((x, k) => {
      const y = named.slice(k + 1).find((n) => n.start >= x.end && (n.id === a || n.id === b) && n.id !== x.id);
      if (!y || (x.id !== a && x.id !== b)) return false;
      let between = simp.slice(x.end, y.start);
      for (const n of named) if (n.start >= x.end && n.end <= y.start) between = between.replace(n.surface, '#');
      return LISTED_WITH.test(between);
    });
  };
  // (Not in a sentence a rule read the investor putting money into another company: Graphcore吸引了红杉资本…等投资方，…挑战英伟达
  // is no investment of Sequoia's in NVIDIA.)
  // (Read as the loop goes: an investment the lexicon's pass adds for one company counts for the next.)
  const investsElsewhere = (investor: string, investee: string, sentence: number) =>
    [...relations.values()].some(
      (r) =>
        r.type === 'INVESTS_IN' &&
        r.subjectId === investor &&
        r.objectId !== investee &&
        r.provenance.some((p) => p.sentenceIndex === sentence),
    );
  for (const [id, e] of entities) {
    for (const i of e.type === 'Organization' ? (lex.entries.get(id)?.investorIds ?? []) : []) {
      // (A holding of the same group, SK Square and SK hynix, is ownership, not an investment.)
      if (!entities.has(i) || invested.has(`${i}|${id}`) || sameBusiness(lex, i, id)) continue;
      const both = namingBoth(
        id,
        i,
        (ev) =>
          INVESTING.test(sentences[ev.sentenceIndex]!.simp) &&
          !listedTogether(i, id, ev.sentenceIndex) &&
          !investsElsewhere(i, id, ev.sentenceIndex),
      );
      if (both) known('INVESTS_IN', i, id, both);
    }
  }
  // an AI-chip challenger the story is about (the first organization it names) competes with the incumbent the story names
  // (Cerebras and NVIDIA), and a story about the incumbent with each challenger it names, a sentence naming both being the
  // evidence when there is one;
  const lead = [...entities.values()].find((e) => e.type === 'Organization' && !lex.entries.get(e.id)?.media);
  // (What the lexicon knows of the story's company is read for its first-named organization and for the one it names
  // most: a story may open on a customer or an investor and be about the company it names after.)
  const storyCompanies = [...new Set([lead?.id, coref.subject?.id].filter((id): id is string => !!id))];
  const incumbent = [...entities.keys()].find((id) => lex.entries.get(id)?.incumbent);
  const rivals = pairsOf('COMPETES_WITH', true);
  const challengers =
    !lead || !incumbent
      ? []
      : lead.id === incumbent
        ? [...entities.keys()].filter((id) => lex.entries.get(id)?.challenger)
        : lex.entries.get(lead.id)?.challenger
          ? [lead.id]
          : [];
  for (const id of challengers) {
    if (rivals.has(`${id}|${incumbent!}`)) continue;
    const both = namingBoth(id, incumbent!);
    const evidence = both ?? namedIn.get(lead!.id === id ? incumbent! : id)?.[0];
    if (evidence) known('COMPETES_WITH', id, incumbent!, evidence);
  }
  // and the company the story is about competes with a known rival of it named with it in a sentence that speaks of rivalry
  // (寒武纪…与海光、华为昇腾争夺国产AI芯片市场 in a story about 寒武纪, though no rule reads the sentence's shape)…
  const rivalsIn = (id: string, sentence: number) =>
    new Set(
      ofKind('COMPETES_WITH')
        .filter((r) => r.provenance.some((ev) => ev.sentenceIndex === sentence) && (r.subjectId === id || r.objectId === id))
        .map((r) => (r.subjectId === id ? r.objectId : r.subjectId)),
    );
  // …unless, there, both take on a third (Rebellions携手Sapeon挑战英伟达): they are on one side.
  const sameSide = (a: string, b: string, sentence: number) => {
    const theirs = rivalsIn(b, sentence);
    return [...rivalsIn(a, sentence)].some((x) => theirs.has(x));
  };
  for (const who of storyCompanies)
    for (const r of lex.entries.get(who)?.rivalIds ?? []) {
      if (!entities.has(r) || [`${who}|${r}`, `${r}|${who}`].some((k) => relations.has(`COMPETES_WITH|${k}`))) continue;
      const both = namingBoth(who, r, (ev) => RIVALRY_ANY.test(sentences[ev.sentenceIndex]!.simp) && !sameSide(who, r, ev.sentenceIndex));
      if (both) known('COMPETES_WITH', who, r, both);
    }
  // and so with a known partner of it, or a known supplier or customer, named with it in a sentence that speaks of working
  // together or of supplying, when no rule related the two (OpenAI and Microsoft, TSMC and Apple).
  // (Not in a sentence that says no or only weighs it, "Google does not buy chips from Intel", 微软正在考虑是否与AMD合作,
  // nor in one in which a rule read the story's company buying or funding a company: the sentence is about that deal.)
  const dealsOf = (who: string) =>
    new Set(
      [...relations.values()]
        .filter(
          (r) =>
            (r.type === 'ACQUIRES' || r.type === 'INVESTS_IN') &&
            r.confidence > KNOWN_TO_LEXICON &&
            (r.subjectId === who || r.objectId === who),
        )
        .flatMap((r) => r.provenance.map((ev) => ev.sentenceIndex)),
    );
  const knownOf = (
    who: string,
    deals: Set<number>,
    type: 'PARTNERS_WITH' | 'SUPPLIES',
    others: Iterable<string>,
    says: RegExp,
    supplier: (o: string) => boolean,
  ) => {
    for (const o of others) {
      if (!entities.has(o) || linked.has(`${who}|${o}`)) continue;
      const [s, c] = supplier(o) ? [o, who] : [who, o];
      const both = namingBoth(s, c, (ev) => {
        const text = sentences[ev.sentenceIndex]!.simp;
        return says.test(text) && !NEGATED_OR_WEIGHED.test(text) && !deals.has(ev.sentenceIndex);
      });
      if (both) known(type, s, c, both);
    }
  };
  for (const who of storyCompanies) {
    const entry = lex.entries.get(who);
    if (!entry) continue;
    const deals = dealsOf(who);
    knownOf(who, deals, 'PARTNERS_WITH', entry.partnerIds ?? [], PARTNERING, () => false);
    const suppliers = entry.supplierIds ?? new Set<string>();
    knownOf(who, deals, 'SUPPLIES', [...suppliers, ...(entry.customerIds ?? [])], SUPPLYING, (o) => suppliers.has(o));
  }
  // a company the lexicon knows another bought (NVIDIA and Mellanox) is bought by it when a sentence names both and speaks of
  // buying or merging, and no rule read a purchase between the two ("its $7 billion purchase of Mellanox in 2019");
  const bought = pairsOf('ACQUIRES', true);
  for (const [id, e] of entities) {
    for (const t of e.type === 'Organization' ? (lex.entries.get(id)?.acquiredIds ?? []) : []) {
      if (!entities.has(t) || bought.has(`${id}|${t}`)) continue;
      // (In the clause that names one of the two: not "Sapeon's shareholders SK Telecom, SK Square and SK hynix will
      // sell shares ahead of the merger", where the deal is another's.)
      const says = (ev: Evidence) => {
        const text = sentences[ev.sentenceIndex]!.simp;
        if (DENIED.test(text)) return false;
        const named = [...namedBySentence[ev.sentenceIndex]!, ...(referredBySentence.get(ev.sentenceIndex) ?? [])];
        // (Nor where both stand in one list of three or more: SK电讯、SK海力士和SK Square将在合并前出售持股.)
        const a = named.find((m) => m.id === id && !m.anaphor);
        const list = a ? coordinated(named, a, text, ['Organization'], true) : [];
        if (list.length >= 3 && list.some((m) => m.id === t)) return false;
        return named
          .filter((m) => m.id === id || m.id === t)
          .some((m) => {
            const [cs, ce] = clauseAt(text, m.start);
            return ACQUIRING.test(text.slice(cs, ce));
          });
      };
      const both = namingBoth(id, t, says);
      if (both) known('ACQUIRES', id, t, both);
    }
  }
  // a unit the lexicon files under its parent belongs to it when the story names both (AWS and Amazon, 海思 and 华为), a
  // sentence that names both being the evidence when there is one;
  for (const [id, e] of entities) {
    const parent = e.type === 'Organization' ? lex.entries.get(id)?.parentId : undefined;
    if (parent && entities.has(parent) && !linked.has(`${id}|${parent}`))
      known('SUBSIDIARY_OF', id, parent, namingBoth(id, parent) ?? namedIn.get(id)![0]!);
  }
  // a chip no sentence gives a developer is its known maker's (英伟达GB200…；新一代GB300: NVIDIA's GB300).
  const developed = new Set(ofKind('DEVELOPS').map((r) => r.objectId));
  for (const [id, e] of entities) {
    // (And a product named as a version of a maker's line, 小米15S Pro, Llama 70B: its name says whose it is.)
    const maker = (e.type === 'Chip' || (e.type === 'Product' && familyMaker.has(id))) && !developed.has(id) ? knownMakerOf(id) : undefined;
    if (maker && entities.get(maker)?.type === 'Organization') known('DEVELOPS', maker, id, namedIn.get(id)![0]!);
  }
  // An AI-chip challenger the story is about, named in two sentences or more, has a chip program of its own, named chip
  // or not (Etched; Graphcore once SoftBank owns it).
  for (const id of storyCompanies) {
    const named = namedIn.get(id) ?? [];
    if (named.length >= 2 && lex.entries.get(id)?.challenger && !signals.some((s) => !s.challenger && s.ownerId === id))
      signals.push({ ownerId: id, chipIds: [], own: true, evidence: named[0]! });
  }
  const nameOf = (id: string) => entities.get(id)?.name ?? lex.entries.get(id)?.name ?? id;
  const rels = [...relations.values()].map((r) => ({ ...r, subject: nameOf(r.subjectId), object: nameOf(r.objectId) }));
  return {
    entities: withFamilyNames([...entities.values()]),
    relations: rels,
    chipPrograms: buildPrograms(signals, rels, lex, nameOf, entities, knownMakerOf, storyCompanies[0]),
    sentences,
  };
}

/** Anything that turns a cleaned article text into entities, relations and chip programs. */
export interface Extractor {
  readonly name: string;
  /** The known names it resolves spellings with (the writer stores their aliases too). */
  readonly lexicon: Lexicon;
  extract(text: string): Promise<Extraction>;
  /** Releases what it holds (worker threads); the process must call it before it ends. */
  close?(): Promise<void>;
}

/** The offline, deterministic rule extractor over a lexicon. */
export function rulesWith(lex: Lexicon): Extractor {
  return {
    name: 'rules',
    lexicon: lex,
    extract: (text) => {
      const { sentences: _s, ...extraction } = extractText(text, { lexicon: lex });
      return Promise.resolve(extraction);
    },
  };
}

/** The rule extractor over the lexicon of the repository (`seeds/lexicon`): the default. */
export const ruleExtractor: Extractor = {
  name: 'rules',
  get lexicon() {
    return lexicon();
  },
  extract: (text) => {
    const { sentences: _s, ...extraction } = extractText(text);
    return Promise.resolve(extraction);
  },
};

/** Raw article text (as scraped) to an extraction; throws InvalidArticleError for unusable input. */
export function extract(raw: string, opts: ExtractOptions = {}) {
  return extractText(cleanArticle(raw), opts);
}
