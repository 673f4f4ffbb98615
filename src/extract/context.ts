import { EN_TITLES, ZH_TITLES } from './discover/names';
import { hasChinese } from './lang';
import type { Lexicon } from './lexicon';
import type { Mention } from './matcher';
import type { Sentence } from './sentences';
import { allMatches } from './regex';
import type { EntityType } from './types';

/** What the relation and program rules see of one sentence. */
export interface SentenceContext {
  sentence: Sentence;
  /** Simplified view of the sentence (same length, same offsets). */
  simp: string;
  mentions: Mention[];
  /** The organization the previous sentences were about, for 该公司 / "the company" / 其. */
  topic?: Mention;
  /** The chip the previous sentences were about, for "it" / 该芯片 / 其. */
  topicChip?: Mention;
  lex: Lexicon;
  /** The maker of a chip or product: the lexicon's, its family's, or the developer the article named earlier. */
  makerOf: (id: string) => string | undefined;
  /** Only the maker known before the article (lexicon, family): what decides whether another can develop it. */
  knownMakerOf: (id: string) => string | undefined;
  /** How the article described an entity ("startup", "foundry"). */
  nounsOf: (id: string) => string[];
  /** An organization that launched chips without naming them in the sentences just before. */
  launcher?: Mention;
  /** The company that raised money last (for "the round"). */
  raiser?: Mention;
  /** The organization the story has named most so far (the first named of those tied). */
  main?: Mention;
  /** The company the story is about: the organization the whole article names most. */
  story?: Mention;
  /** The company the sentence before said faces competition without naming rivals (X面临激烈竞争。), for the rivals named now. */
  competing?: Mention;
  /** The company of the executive the sentence opens with (周启明表示…: 澜算科技), when the story named it. */
  speaker?: Mention;
}

// Clause ends: Chinese punctuation, an ASCII comma inside Chinese text (some sources write 微软,OpenAI),
// and an English comma before a new clause.
const CLAUSE_BREAK =
  /[，；;：:]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]\s*),|,(?=\s*[\u3400-\u9fff])|,\s(?=(?:but|while|which|who|whose|although|though|whereas|as|with)\b)|\s[—–]\s/g;

// The sentence the rules read now with its Chinese names blanked out, for cues that a name may hold (华为是…的客户:
// the 为 of 华为 is no copula). Positions are those of the sentence.
let blanked: { simp: string; mentions: Mention[]; text: string } | undefined;
export function withoutChineseNames(ctx: Pick<SentenceContext, 'simp' | 'mentions'>): string {
  if (blanked?.simp !== ctx.simp || blanked.mentions !== ctx.mentions) {
    let text = ctx.simp;
    for (const m of ctx.mentions)
      if (/[\u3400-\u9fff]/.test(text.slice(m.start, m.end)))
        text = text.slice(0, m.start) + '\u25a1'.repeat(m.end - m.start) + text.slice(m.end);
    blanked = { simp: ctx.simp, mentions: ctx.mentions, text };
  }
  return blanked.text;
}

// The clause breaks of the sentence the rules read now: every rule asks for clauses of the same sentence.
let breaks: { simp: string; at: number[]; after: number[] } | undefined;

/** [start, end) of the clause around a position. */
export function clauseAt(simp: string, pos: number): [number, number] {
  if (breaks?.simp !== simp) {
    const ms = allMatches(CLAUSE_BREAK, simp);
    breaks = { simp, at: ms.map((m) => m.index), after: ms.map((m) => m.index + m[0].length) };
  }
  let start = 0;
  let end = simp.length;
  for (let k = 0; k < breaks.at.length; k++) {
    if (breaks.at[k]! < pos) start = breaks.after[k]!;
    else {
      end = breaks.at[k]!;
      break;
    }
  }
  return [start, end];
}

/** A government, ministry, regulator, court or union of states, by its name: it rules on companies and funds them, it is none. */
export const PUBLIC_BODY =
  /\b(?:Department|Ministry|Government|Commission|Agency|Administration|Bureau|Court|Congress|Senate|Parliament|Cabinet|Union)\b|政府|欧盟|歐盟|(?<!事业|事業)部$|委员会$|委員會$|局$|法院$|议会$|議會$|国会$|國會$/;

export const ORG: readonly EntityType[] = ['Organization'];
export const CHIP_OR_PRODUCT: readonly EntityType[] = ['Chip', 'Product'];

/** Whether two organizations are one business in the lexicon: the same, or a unit and its parent (AWS and Amazon). */
/** Words that tell of someone new in a post ("its new chief executive", 新任, "who joined from Broadcom"): the lexicon's
 * employer for them may be the one they left. */
const NEW_IN_POST =
  /\b(?:new|newly|incoming|interim|acting|named|hired|appointed|joined|joins|poached|recruited|tapped)\b|新任|新上任|接任|加入|出任|履新|上任|转投|跳槽/i;

/** Whether the words before a person's name, or a "who…" clause right after it, tell of them new in the post. */
export function newInPost(simp: string, start: number, end: number): boolean {
  const who = /^\s*,\s*who\s+[^,.;]{0,40}/.exec(simp.slice(end, end + 50))?.[0] ?? '';
  return NEW_IN_POST.test(simp.slice(Math.max(0, start - 40), start) + ' ' + who);
}

export function sameBusiness(lex: Lexicon, a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const pa = lex.entries.get(a)?.parentId;
  const pb = lex.entries.get(b)?.parentId;
  return pa === b || pb === a || (!!pa && pa === pb);
}

export function ofType(ms: Mention[], types: readonly EntityType[], lex: Lexicon): Mention[] {
  return ms.filter((m) => types.includes(m.type) && !lex.entries.get(m.id)?.generic);
}

/**
 * The mention plus every mention coordinated with it (A、B和C / A, B and C). A name that only modifies the
 * next (鸿海旗下的鸿扬创投, 台积电转投资的创意电子) is no item of the list: the name it modifies is.
 */
export function coordinated(all: Mention[], seed: Mention, simp: string, types: readonly EntityType[], lists = false): Mention[] {
  // (A description is no item of a list: "with Broadcom, the ChatGPT maker said" names one company.)
  const sorted = all
    .filter((m) => types.includes(m.type) && !m.anaphor)
    .sort((a, b) => a.start - b.start)
    // (The gloss of a name, 艾克尔（Amkor）, is no item of its own.)
    .filter((m, k, xs) => !(k > 0 && xs[k - 1]!.id === m.id && /^\s*[（(]\s*$/.test(simp.slice(xs[k - 1]!.end, m.start))));
  if (!sorted.includes(seed)) return [seed];
  // Each item starts where its modifiers start; in a list (lists), a seed that only modifies stands for the
  // name it modifies (对手包括台积电转投资的创意电子: 创意电子).
  const items: { m: Mention; start: number; mods: Mention[] }[] = [];
  for (const m of sorted) {
    const prev = items[items.length - 1];
    if (prev && (lists || prev.m !== seed) && modifierOf(simp, prev.m, m))
      items[items.length - 1] = { m, start: prev.start, mods: [...prev.mods, prev.m] };
    else items.push({ m, start: m.start, mods: [] });
  }
  const i = items.findIndex((x) => x.m === seed || x.mods.includes(seed));
  // "A, B and C", "A、B和C", "A and with B" (a preposition repeated after and); in a list after 包括 also
  // "、以及近年积极抢攻的C".
  const joiner = lists ? LIST_JOINER : JOINER;
  const out = [items[i]!.m];
  for (
    let j = i + 1;
    j < items.length &&
    joiner.test(listGap(simp, items[j - 1]!.m, items[j]!.start, all)) &&
    !possessor(simp, items[j]!.m) &&
    !newClause(simp, items[j - 1]!.m, items[j]!.m);
    j++
  )
    out.push(items[j]!.m);
  for (
    let j = i - 1;
    j >= 0 &&
    joiner.test(listGap(simp, items[j]!.m, items[j + 1]!.start, all)) &&
    !possessor(simp, items[j + 1]!.m) &&
    !newClause(simp, items[j]!.m, items[j + 1]!.m);
    j--
  )
    out.unshift(items[j]!.m);
  return out;
}
// "…dependence on Nvidia, and ByteDance has made…": a comma and "and", then a name with a verb, open a new clause.
const newClause = (simp: string, a: Mention, b: Mention) =>
  // (美满电子收购Celestial AI，Lightmatter估值已达44亿美元: after a Chinese comma, a name with its own predicate.)
  (/^\s*[，,]\s*$/.test(simp.slice(a.end, b.start)) &&
    /^\s*(?:估值|市值|营收|股价|已|已经|将|也|亦|则|随后|表示|宣布|称|正在|目前|今年|去年)/.test(simp.slice(b.end, b.end + 4))) ||
  (/^\s*,\s*and\s+$/.test(simp.slice(a.end, b.start)) &&
    /^\s+(?:has|have|had|is|are|was|were|will|would|said|says|made|makes|plans|could|can|may|might|also|once|then|later|recently|previously|already|still|now|holds|held|owns|owned|bought|buys|sold|sells|invests|uses|used|signed|agreed|took|takes|won|wins|led|leads|[a-z]{3,}ed)\b/.test(
      simp.slice(b.end, b.end + 12),
    ) &&
    !/,[^,.;]*$/.test(simp.slice(Math.max(0, a.start - 40), a.start)));
// Between two items of a list. (A gloss after an item is part of it: 艾克尔（Amkor）及矽品; and so is a corporate
// word the name is written with: IDG资本、高瓴.)
// (…, Nvidia and Taiwan's TSMC: a place's possessive before an item is no break in the list.)
const PLACE_POSSESSIVE = /(?<=\s)(?:South\s|North\s|New\s)?[A-Z][a-z]+['’]s\s+$/;
// (华为昇腾、沐曦: a chip or product written right after a Chinese brand is part of that item.)
const listGap = (simp: string, a: Mention, b: number, all: Mention[]) => {
  const brand = /[\u4e00-\u9fff]$/.test(simp.slice(a.end - 1, a.end))
    ? all.find((x) => x.start === a.end && x.end < b && (x.type === 'Chip' || x.type === 'Product') && /^[\u4e00-\u9fff]/.test(x.surface))
    : undefined;
  // (…以及芬兰Okmetic公司: the place a Chinese item is written with is part of it.)
  // (…和法国的Mistral AI: and with 的 after the place.)
  const place = all.find(
    (x) =>
      x.type === 'Place' &&
      (x.end === b || (x.end === b - 1 && simp[x.end] === '的')) &&
      x.start >= a.end &&
      /^[\u4e00-\u9fff]/.test(x.surface),
  );
  return simp
    .slice((brand ?? a).end, place?.start ?? b)
    .replace(LATIN_TAIL, '')
    .replace(GLOSS, '')
    .replace(CORPORATE_TAIL, '')
    .replace(PLACE_POSSESSIVE, '');
};
// (…、UBS AM Singapore、…: in a Chinese list, capitalised words after a Latin name are the rest of that item.)
const LATIN_TAIL = /^(?:\s+[A-Z][\w&.'-]*){1,3}(?=[、和与及])/;
// (An appositive's possessor is no item: "Fidelity and GV, Alphabet's venture arm,".)
const possessor = (simp: string, m: Mention) =>
  /^['’]s\s/.test(simp.slice(m.end, m.end + 3)) && /^\s*,/.test(simp.slice(0, m.start).slice(-2));
/** The organizations listed with one in its sentence (A、B和C), itself included: coordinated() over organizations. */
export function orgList(ctx: Pick<SentenceContext, 'mentions' | 'simp'>, m: Mention): Mention[] {
  return coordinated(ctx.mentions, m, ctx.simp, ORG);
}
// (vivo X200系列与OPPO Find X8系列: a product line's 系列 is part of its item.)
const CORPORATE_TAIL = /^(?:资本|创投|集团|公司|科技|控股|基金|投资|系列|家族)(?=[、和与及]|以及)/;
const GLOSS = /^\s*[（(][^）)]{1,24}[）)]/;
// (…CoreWeave和大模型开发商OpenAI, "… and ChatGPT maker OpenAI": an item may bring a description of its kind.)
const JOINER =
  /^\s*(?:(?:[，,]\s*(?:以及|及|还有)|、|和|与|及|以及|或|,|，|&|and|or|as well as)?\s*(?:,?\s*and\s*)?|,?\s*(?:and|or)\s+(?:with|to|from|by)\s+|(?:、|和|与|及|以及)[\u4e00-\u9fffA-Za-z]{1,10}?(?:运营商|开发商|供应商|服务商|制造商|厂商|业者|代工厂|企业|公司|巨头|大厂|龙头|新创|初创|独角兽|基金|机构|银行)|(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?(?:(?!(?:while|whereas|but|which|who|as|with|said|says|the)\b)[\w-]+\s+){1,3}?(?:maker|developer|operator|start-?up|giant|chipmaker|designer|provider|supplier|firm|manufacturer|fund|financier|investor|lender|bank|insurer|carrier|conglomerate)\s+)$/;
// (…、以及近年积极抢攻的C; …，以及产业资本D: what kind of holder the last items are.)
const LIST_JOINER = new RegExp(
  `${JOINER.source}|^[，,]?\\s*(?:以及|及|还有)[^，,。；、]{0,14}的$|^[，,]?\\s*(?:以及|及|还有)[^，,。；、]{0,10}?(?:资本|投资者|投资人|投资方|机构|企业|公司|巨头|厂商|平台|基金)$`,
);

// A reporting source is not what a clause is about: 据路透社报道 / according to Reuters / a report from Reuters.
// Only reporting verbs and research reports (集邦科技13日发布报告指出): "Meta said it would buy Rivos", 英伟达表示将… are the
// speaker's own acts.
// (A dateline names its publication: 新浪科技讯 北京时间…, 新华社北京8月5日电, 中央社记者陈家豪台北25日电.)
const REPORTED =
  /^[\s》」』"”]*(?:(?:has|had|have|also|first|earlier|previously)\s+)*(?:此前|先前|日前|稍早|早前|近日|曾|也|还|亦|则|更|(?:今年|去年|本月|上月|本周|上周)(?:早些时候|稍早|初|早前)?)*(?:报道|报导|消息|援引|获知|估算|测算|估计(?![将会要])|(?<!今年|去年|明年|本月|上月|本周|上周)估计|reported|reports|的(?:说法|数据(?!中心)|统计|估计|估算))|^[^\s，,。]{0,4}?(?<![通资视电音喜])讯(?=\s|[（(【[]|\d|北京时间|记者|$)|^[^，,。\s]{0,8}?\d{1,2}月\d{1,2}日(?:电|讯)|^记者[^，,。\s）)]{1,12}?\d{1,2}日(?:电|讯)|^[^，,。]{0,16}?(?:发布(?:的)?(?:研究|调查)?报告|报告(?:指出|称|显示)|研报|(?:官网|网站|公告|文件|资料)(?:显示|指出|披露))/i;
const REPORTED_BY = /(?:据|根据|援引|按照?|依|according to|a report (?:from|by)|reported (?:on )?by|told)\s*[《「『"“]?\s*$/i;
// (甲骨文今年估计将采购: after a time word 估计将 is "expected to" (集邦咨询估计将 still reports); 微软今年的数据中心 is the
// company's own, no report of it.)
export function isReporter(m: Mention, simp: string): boolean {
  return REPORTED.test(simp.slice(m.end, m.end + 30)) || REPORTED_BY.test(simp.slice(Math.max(0, m.start - 20), m.start));
}

// Who only tells of the news is no party to it: a publication (《韩国经济日报》) or an analyst's firm ("JPMorgan
// analyst Harlan Sur", 大摩半导体主管詹家鸿表示, 花旗分析师).
const ANALYST_AFTER =
  /^(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:analysts?|strategists?|economists?)\b|^[^，,。；]{0,12}?(?:分析师|研究员|经济学家|策略师|半导体主管|产业主管|研究主管)/i;
export function isSource(m: Mention, simp: string): boolean {
  return (
    (/[《「]\s*$/.test(simp.slice(Math.max(0, m.start - 2), m.start)) &&
      /^\s*[》」]/.test(simp.slice(m.end, m.end + 2)) &&
      m.type === 'Organization') ||
    ANALYST_AFTER.test(simp.slice(m.end, m.end + 24))
  );
}

// The prepositions whose object is no clause subject, capitalised only at their first letter ("on Tuesday that X" keeps X).
const PREPOSITION =
  '(?:[Ww]ith|[Bb]y|[Ff]rom|[Tt]o|[Aa]t|[Ff]or|[Oo]f|[Tt]han|[Aa]gainst|[Ll]ike|[Ii]ncluding|[Vv]ia|[Tt]hrough|[Oo]n|[Ii]nto|[Ii]n|[Tt]owards?)\\s+(?:[Tt]he\\s+|an?\\s+)?';
// ("purchase of startup Nuvia", "with chip designer Arm": a lower-case description between the preposition and the name.)
const RELATIVE_SUBJECT = /^\s+(?:is|are|was|were|has|have|had)\s+(?:been\s+)?[a-z-]+ing\b/;
const PREPOSITION_BEFORE = new RegExp(`\\b${PREPOSITION}(?:(?:[a-z][a-z-]*|U\\.S\\.|US|UK)\\s+){0,2}$`);
// ("by broadcaster China Central Television (CCTV)": the bracketed gloss of a name after a preposition.)
const GLOSS_AFTER_PREPOSITION = new RegExp(
  `\\b${PREPOSITION}(?:[a-z][a-z-]*\\s+){0,2}(?:[A-Z][\\w&.'-]*\\s+){0,5}[A-Z][\\w&.'-]*\\s*[（(]\\s*$`,
);
// Participles of buying and using: "…, buying tens of thousands of H100 GPUs".
const PARTICIPLE = /^(?:buying|using|ordering|purchasing|deploying|renting|running|training|adding|relying|spending|sourcing)\b/;

/** Chinese verbs of saying (表示, 指出…): who says them reports, and is no party to what is said. */
export const SAYS_ZH = '(?:表示|指出|认为|透露|强调|坦言|称|说)';
const SAYING = new RegExp(`${SAYS_ZH}[，,：:]`, 'g');
const HELP_BEFORE = /(?:帮助|帮|协助|助力|让|使|使得)$/;

const GENERIC_SUBJECT =
  /^\s*(?:但|而|且|不过|然而|同时)?\s*[\u4e00-\u9fff]{0,4}?(?:企业|厂商|业者|开发者|用户|客户|投资者|消费者|车企|云厂商)(?:们)?(?=在|仍|也|都|则|将|已|正|普遍|大多|多|纷纷|依赖|需要|采用|使用)/;
const PRONOUN = /(该公司|这家公司|此公司|公司|该企业|该集团|其|它们|他们|它|the company|the firm|the group|its?|they|their)\s*$/i;

// Names inside an English appositive (", a startup founded by former Google engineers,") are not the subject.
const ASIDE =
  /,\s+(?:a|an|the|its|which|who|whose|like|unlike|such\s+as|including|alongside|along\s+with|together\s+with|(?:backed|led|owned|founded|co-founded|based|controlled|funded|headed|run|spun\s+off)\s+(?:by|from|in)|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?['’]s?(?=\s))\b[^,]*,/g;
// The appositives of the sentence the rules read now (subjectBefore is asked many times per sentence).
let asideCache: { simp: string; spans: number[][] } | undefined;

/** [start, end) of each appositive of a sentence. */
function asidesOf(simp: string): number[][] {
  if (asideCache?.simp !== simp)
    asideCache = {
      simp,
      spans: allMatches(ASIDE, simp)
        // (", the ChatGPT maker said on Monday," is a reporting clause, whose speaker can be the subject.)
        .filter((a) => !/\b(?:said|says|told|announced|reported)\b/.test(a[0]))
        .map((a) => [a.index, a.index + a[0].length]),
    };
  return asideCache.spans;
}

/**
 * The subject of a verb at `pos`: the nearest mention of the types before it in its clause,
 * else, when the clause starts with a pronoun or no subject at all, the sentence's or the topic.
 */
export function subjectBefore(ctx: SentenceContext, pos: number, types: readonly EntityType[], clauseOnly = true): Mention | undefined {
  const [cs] = clauseAt(ctx.simp, pos);
  const asides = asidesOf(ctx.simp);
  const before = ofType(ctx.mentions, types, ctx.lex).filter(
    (m) => m.end <= pos && !isReporter(m, ctx.simp) && !asides.some(([s, e]) => m.start > s! && m.end < e!),
  );
  // A verb inside an appositive is the appositive's ("Ayar Labs, a rival that is backed by Intel,"): its head is the name before it.
  const aside = asides.find(([s, e]) => pos > s! && pos < e!);
  if (aside) {
    // (", including the chips OpenAI is building with Broadcom,": a clause of its own inside the appositive.)
    // (Not past a comma or another relative: "Lamini, a startup that AMD is backing and that also uses H100 chips,".)
    const own = ofType(ctx.mentions, types, ctx.lex)
      .filter(
        (m) =>
          m.start > aside[0]! &&
          m.end <= pos &&
          RELATIVE_SUBJECT.test(ctx.simp.slice(m.end, m.end + 40)) &&
          !/,|\band\s+(?:that|which|who)\b/.test(ctx.simp.slice(m.end, pos)),
      )
      .pop();
    if (own) return own;
    const head = before.filter((m) => m.end <= aside[0]! && /^\s*$/.test(ctx.simp.slice(m.end, aside[0]))).pop();
    if (head) return head;
  }
  const inClause = before.filter((m) => m.start >= cs);
  // "Tesla has been one of Nvidia's customers, buying H100 GPUs": a participle after a comma takes the sentence's subject.
  if (/,\s*(?:also\s+)?$/.test(ctx.simp.slice(cs, pos)) && PARTICIPLE.test(ctx.simp.slice(pos)) && inClause.length) {
    const subject = inClause.find(
      (m) =>
        !/^['’]s\b/.test(ctx.simp.slice(m.end, m.end + 3)) &&
        !/\b(?:of|by|from|at|with|to|for|among)\s+$/.test(ctx.simp.slice(Math.max(cs, m.start - 8), m.start)),
    );
    if (subject) return subject;
  }
  if (inClause.length) {
    // In English, the object of a preposition is no subject ("designed with Broadcom, …, adding orders from Nvidia").
    const english = !hasChinese(ctx.simp.slice(cs, pos));
    const subjects = english
      ? inClause.filter(
          (m) =>
            // ("access to the chips OpenAI is building": a name with its own verb after a preposition's noun is a subject.)
            RELATIVE_SUBJECT.test(ctx.simp.slice(m.end, m.end + 40)) ||
            (!PREPOSITION_BEFORE.test(ctx.simp.slice(Math.max(cs, m.start - 32), m.start)) &&
              !GLOSS_AFTER_PREPOSITION.test(ctx.simp.slice(Math.max(cs, m.start - 80), m.start))),
        )
      : // (基于Arm架构的自研CPU: an architecture's owner named as what a thing is built on is no subject.)
        inClause.filter((m) => !/^\s*(?:架构|架構|指令集|IP)/.test(ctx.simp.slice(m.end, m.end + 4)));
    const near = subjects[subjects.length - 1] ?? inClause[inClause.length - 1]!;
    // "Nvidia sells CoreWeave the chips that fill its facilities and also owns …": a second verb of the clause's subject.
    if (
      english &&
      subjects.length > 1 &&
      /[a-z]\s+and\s+(?:also\s+|then\s+|now\s+|later\s+)?$/.test(ctx.simp.slice(near.end, pos)) &&
      !/,/.test(ctx.simp.slice(subjects[0]!.end, pos))
    )
      return subjects[0];
    // "Nebius owns data-labelling company Toloka AI, TripleTen and Avride, and holds a stake in ClickHouse": after the
    // objects of its first verb, a second verb of the clause's subject.
    // (A possessive before the subject, "Besides its core cloud business, Nebius", is no subject of its own.)
    const named = subjects.filter((m) => !(m.anaphor && /^(?:its|their)$/i.test(m.surface)));
    if (
      english &&
      named.length > 1 &&
      /^\s*,\s*and\s+(?:also\s+)?(?:[a-z]+\s+){0,3}$/.test(ctx.simp.slice(near.end, pos)) &&
      /^\s+(?:also\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}\s+$/.test(ctx.simp.slice(named[0]!.end, named[1]!.start)) &&
      !/[;.]/.test(ctx.simp.slice(named[1]!.end, pos))
    )
      return named[0];
    // "A buys GPUs from B and uses C": a second verb of A, not a verb of B.
    // "A signs a deal with B, orders C" too.
    // "designs chips for Google and Meta, and it counts X among its customers": "it" is the subject before.
    if (
      (/^\s*(?:,\s*and|and|,)\s+(?:it\s+|they\s+)?(?:also\s+|then\s+|now\s+)?$/.test(ctx.simp.slice(near.end, pos)) ||
        /^\s*,?\s*(?:and|but|while)\s+(?:it|they)\b/.test(ctx.simp.slice(near.end, pos)) ||
        // "X agreed to buy Y for $1 billion, and last year it also bought Z": "it" after a new clause is X.
        /,\s*(?:and|but|while)\s+(?:[^,]*?\s)?(?:it|they)\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)*$/.test(
          ctx.simp.slice(near.end, pos),
        ) ||
        // "KT led Rebellions' round, and its cloud arm…": "its" after a new clause is the clause's subject's.
        (/,\s*(?:and|but|while)\s+$/.test(ctx.simp.slice(near.end, pos)) && /^(?:its|their)\b/i.test(ctx.simp.slice(pos, pos + 6))) ||
        // "…, counts Nvidia as a shareholder and lists Microsoft as its biggest customer": the object of the verb before.
        (english &&
          /\b(?:counts|counted|names|named|lists|listed|calls|called|considers|sees|treats)\s+$/.test(
            ctx.simp.slice(Math.max(cs, near.start - 24), near.start),
          ) &&
          /^\s+as\s+(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,?\s+and\s+(?:also\s+)?(?:[a-z]+\s+)?$/.test(
            ctx.simp.slice(near.end, pos),
          ))) &&
      inClause.length > 1
    )
      return subjectBefore(ctx, near.start, types, clauseOnly);
    return near;
  }
  const lead = ctx.simp.slice(cs, pos);
  // "X, which/that/who buys …": the relative pronoun stands for the name before it.
  if (/^\s*(?:which|that|who|whose)\b/.test(lead) && before.length) return before[before.length - 1];
  if (PRONOUN.test(lead.slice(0, 12)) || /^\s*(该公司|公司|其|它|the company|it)/i.test(lead)) {
    // the company named earlier in this sentence, else the one the story was about
    if (types.includes('Organization')) return before.find((m) => m.type === 'Organization') ?? ctx.topic;
  }
  // 该设备使用了…: a clause with a subject of its own that is no organization has no organization subject.
  // (此前/此外/此次/这时 are adverbs of time or addition, no subject.)
  if (/^\s*(?:该|这|此|那)(?!公司|集团|企业|家|前|后|外|次|番|时|样)/.test(lead)) return undefined;
  // (但日本企业在算力上仍依赖A、B: a clause whose subject is a kind of company, named by no one, has no named subject.)
  const generic = GENERIC_SUBJECT.exec(lead);
  if (generic && !ctx.mentions.some((m) => m.start >= cs && m.end <= cs + generic[0].length && m.type === 'Organization')) return undefined;
  // A Chinese clause without a subject continues the sentence's (软银集团斥资65亿美元，将收购…).
  // (GX10采用…，并搭配…: the sentence's subject is a product, so the clause has no organization subject.)
  if (before.length && hasChinese(ctx.simp) && !/^\s*[A-Za-z]/.test(lead)) {
    // The subject is the head, not a modifier of it: 百度旗下AI芯片公司昆仑芯 is 昆仑芯.
    // (An employer before a title and a person stays the head: 智谱首席执行官张鹏表示 speaks for 智谱.)
    // (本届re:Invent上，AWS宣布…: an event named as where it happens is no subject.)
    const heads = ctx.mentions.filter(
      (m) =>
        m.end <= pos &&
        !isReporter(m, ctx.simp) &&
        !modifies(ctx, m, false) &&
        !inRelative(ctx, m) &&
        !inDescription(ctx, m) &&
        !placeBeforeName(ctx, m) &&
        !(m.type === 'Event' && /^\s*(?:上|中|期间|现场)/.test(ctx.simp.slice(m.end, m.end + 3))),
    );
    // 帮助字节跳动减少…，并在…: the one helped does what follows.
    const helped = heads.filter((m) => HELP_BEFORE.test(ctx.simp.slice(Math.max(0, m.start - 4), m.start))).pop();
    if (helped && helped.start >= cs - 40 && types.includes(helped.type)) return helped;
    // (在辉达的挑战者超微方面，AMD打造的服务器预定第4季出货，客户包括Meta: the clause just before opens with its own subject.)
    const [ps] = cs > 0 ? clauseAt(ctx.simp, cs - 1) : [cs];
    // (…，而SK海力士作为…，正是英伟达HBM的主要供应商: a conjunction may lead that clause.)
    const opener = heads.find(
      (m) => m.start >= ps && m.end <= cs && /^\s*(?:而|但|且|并且|同时|另外|此外|其中)?\s*$/.test(ctx.simp.slice(ps, m.start)),
    );
    if (ps < cs && opener && types.includes(opener.type) && before.includes(opener)) return opener;
    // (与博通合作…: the object of a preposition opening the sentence is no subject.)
    // (英伟达CEO黄仁勋表示，华为是…，是英伟达的对手: what is reported after a verb of saying has its own subject.)
    const said = allMatches(SAYING, ctx.simp.slice(0, cs)).pop();
    // (Only an organization: in 张鹏表示，GLM大模型的训练…使用X the speaker's company is still the user.)
    const reported = said ? heads.filter((m) => m.start >= said.index + said[0].length) : [];
    if (reported[0]?.type !== 'Organization') reported.length = 0;
    const first =
      (reported.length ? reported : heads).find(
        (m) => !/(?:^|[，,。；：:])\s*(?:与|跟|同)$/.test(ctx.simp.slice(Math.max(0, m.start - 3), m.start)),
      ) ?? heads[0];
    return first && types.includes(first.type) && before.includes(first) ? first : undefined;
  }
  if (!clauseOnly && before.length) return before[before.length - 1];
  return undefined;
}

/** A maker named right before its goods: "Nvidia GPUs", 英伟达GPU (a name for what is bought, not a party of the clause). */
export const GOODS_AFTER_NAME = /^\s?(?:GPUs?|chips?|graphics|processors?|accelerators?|servers?|hardware|芯片|晶片|显卡|处理器|加速器)\b/i;

/** Where a place's possessive that ends at `pos` starts ("for Japan's PFN": before "Japan's"), else `pos`. */
export function beforePlacePossessive(ctx: Pick<SentenceContext, 'simp' | 'mentions'>, pos: number): number {
  const poss = /['’]s\s+$/.exec(ctx.simp.slice(Math.max(0, pos - 4), pos));
  const place = poss && ctx.mentions.find((x) => x.type === 'Place' && x.end === pos - poss[0].length);
  return place ? place.start : pos;
}

/** Where the name after a place's possessive that starts at `pos` starts ("a unit of Taiwan's ASUS"), else `pos`. */
export function afterPlacePossessive(ctx: Pick<SentenceContext, 'simp' | 'mentions'>, pos: number): number {
  const place = ctx.mentions.find((x) => x.type === 'Place' && x.start === pos);
  const poss = place && /^['’]s\s+/.exec(ctx.simp.slice(place.end, place.end + 4));
  return poss ? place.end + poss[0].length : pos;
}

/** Who raised the money named at `pos` (融资, raised): the subject before it, not the lead after 由 (X完成由A领投的融资). */
export function raiserAt(ctx: SentenceContext, pos: number): Mention | undefined {
  // (阿里巴巴领投一轮6亿美元融资: who leads or joins the round before its noun is an investor in it, not who raised it.)
  if (
    /(?:领投|跟投|参投|牵头|主导)(?:了)?(?:一轮|本轮|该轮|新一轮|此轮)?[^，,。；]{0,12}$/.test(ctx.simp.slice(Math.max(0, pos - 20), pos))
  )
    return undefined;
  return beforeLeaders(ctx, subjectBefore(ctx, pos, ORG, false));
}

/** The raiser named before the leaders of its round after 由 (X完成由A与B主导的融资: X, not B), else the name given. */
export function beforeLeaders(ctx: SentenceContext, named: Mention | undefined): Mention | undefined {
  // (The whole list after 由 leads, not only its last item.)
  const first = named && orgList(ctx, named)[0]!;
  return first && /由\s*$/.test(ctx.simp.slice(Math.max(0, first.start - 2), first.start))
    ? (subjectBefore(ctx, first.start - 1, ORG, false) ?? named)
    : named;
}

/**
 * The subject of the clause around `pos` for Chinese, where it opens the clause and modifiers follow it
 * (辉达目前所用的安谋架构CPU是向台积电采购: 辉达, not 安谋); the nearest name before for English.
 */
// (TikTok母公司字节跳动, "TikTok parent ByteDance": the owner named after its unit is the head.)
// (吉利系的亿咖通科技: 系 names a group's member.)
const MODIFIER_AFTER = /^(?:旗下|之|系的?\s*$|的?(?:母公司|母集团|东家)\s*$|\s*(?:['’]s\s+)?parent(?:\s+company)?\s+$)/;
const OWNER_CLAUSE =
  /^(?:[^，,。的]{0,4}?(?:投资|控股|持股|收购|孵化|创立|创办|成立|分拆|拆分|全资|控制)的|的)\s*(?:[\u4e00-\u9fff]{0,6}(?:公司|企业|厂商|子公司))?$/;

/** A name inside a Chinese relative clause before its head: 由陈冠州创办的耀矽科技, 被英伟达收购的X. */
export function inRelative(ctx: SentenceContext, m: Mention): boolean {
  const before = ctx.simp.slice(Math.max(0, m.start - 16), m.start);
  const open = /(?:由|被|曾为|为)[^，,。；由被的]*$/.exec(before);
  return !!open && /^[^，,。；]{0,14}?的/.test(ctx.simp.slice(m.end, m.end + 16));
}

// (专门出租英伟达GPU算力的美国云端服务商CoreWeave: a name inside the description of the company named after it.)
const DESCRIPTION_OF_NEXT =
  /^[^，,。；：:为是]{0,30}?的[^，,。；的为是]{0,10}?(?:服务商|运营商|开发商|供应商|制造商|厂商|业者|公司|企业|巨头|大厂|初创|新创|独角兽|集团)\s*$/;

/** A place that only says where the organization after it is from: 美国云端服务商CoreWeave, 日本的软银. */
function placeBeforeName(ctx: SentenceContext, m: Mention): boolean {
  return (
    m.type === 'Place' &&
    ctx.mentions.some(
      (n) =>
        n.type === 'Organization' &&
        n.start >= m.end &&
        n.start - m.end <= 12 &&
        !/[，,。；;、和与及]/.test(ctx.simp.slice(m.end, n.start)),
    )
  );
}

/** A Chinese name inside the description before another organization: 出租英伟达算力的云端服务商CoreWeave. */
function inDescription(ctx: SentenceContext, m: Mention): boolean {
  const next = ctx.mentions.find((n) => n.start >= m.end && n.id !== m.id && n.type === 'Organization' && n.start - m.end <= 44);
  return !!next && DESCRIPTION_OF_NEXT.test(ctx.simp.slice(m.end, next.start));
}

/**
 * A Chinese name that modifies the next one instead of heading its phrase: 百度旗下的昆仑芯, 鸿海旗下的鸿扬创投,
 * 前联发科副总经理陈冠州 (an employer before a title and a person), 台积电转投资的创意电子 (a relative clause).
 */
export function modifies(ctx: Pick<SentenceContext, 'simp' | 'mentions'>, m: Mention, employers = true): boolean {
  const next = ctx.mentions.find((n) => n.start >= m.end && n !== m);
  if (!next) return false;
  if (next.type === 'Person')
    return employers && next.start - m.end <= 16 && TITLE_BETWEEN.test(ctx.simp.slice(m.end, next.start).replace(TICKER_GLOSS, ''));
  // (埃隆·马斯克旗下的xAI: a person's company is what the clause is about, not the person.)
  if (m.type === 'Person' && next.type === 'Organization' && /^\s*旗下(?:的)?\s*$/.test(ctx.simp.slice(m.end, next.start))) return true;
  return modifierOf(ctx.simp, m, next);
}

/** Whether organization `m` modifies organization `next`: 百度旗下的昆仑芯, X的Y, 台积电转投资的创意电子 (not 辉达所用的安谋架构CPU). */
function modifierOf(simp: string, m: Mention, next: Mention): boolean {
  if (m.type !== 'Organization' || next.type !== 'Organization' || next.start < m.end || next.start - m.end > 16) return false;
  const gap = simp.slice(m.end, next.start);
  // 百度昆仑芯, 阿里巴巴平头哥: two Chinese names written together, the first the owner of the second.
  if (!gap && /[\u3400-\u9fff]/.test(simp[m.end - 1] ?? '') && /[\u3400-\u9fff]/.test(simp[next.start] ?? '')) return true;
  if (/[，,。；;、]|和|与|及/.test(gap)) return false;
  return MODIFIER_AFTER.test(gap) || OWNER_CLAUSE.test(gap);
}

export function clauseSubject(ctx: SentenceContext, pos: number, types: readonly EntityType[]): Mention | undefined {
  const [cs] = clauseAt(ctx.simp, pos);
  if (hasChinese(ctx.simp.slice(cs, pos))) {
    const inClause = ofType(ctx.mentions, types, ctx.lex).filter((m) => m.start >= cs && m.end <= pos && !isReporter(m, ctx.simp));
    const first = inClause.find((m) => !modifies(ctx, m, false) && !inRelative(ctx, m)) ?? inClause[0];
    if (first) return first;
  }
  return subjectBefore(ctx, pos, types, false);
}

export function mentionsAfter(ctx: SentenceContext, pos: number, types: readonly EntityType[], limit = Infinity): Mention[] {
  return ofType(ctx.mentions, types, ctx.lex).filter((m) => m.start >= pos && m.start < limit);
}

const TITLE_BETWEEN = new RegExp(
  `^\\s*(?:['’]s\\s+|的)?(?:(?:former|then|current|前|原)[\\s-]*)?(?:${[...EN_TITLES, ...ZH_TITLES].join('|')})\\s*$`,
  'i',
);

/** A ticker or gloss in brackets right after a name: Intel (INTC.O) CEO, 辉达（NVIDIA）执行长. */
export const TICKER_GLOSS = /^\s*[（(][^）)]{1,24}[）)]/;

/** "Intel CEO Lip-Bu Tan", 英特尔执行长陈立武: an organization followed by a title and a person stands for the person. */
export function headOf(ctx: SentenceContext, m: Mention): Mention {
  if (m.type !== 'Organization') return m;
  const person = ctx.mentions.find((p) => p.type === 'Person' && p.start > m.end && p.start <= m.end + 40);
  return person && TITLE_BETWEEN.test(ctx.simp.slice(m.end, person.start).replace(TICKER_GLOSS, '')) ? person : m;
}

const LIST_ITEM_END = /,\s*(?:and\s+)?|\s+and\s+|、|，?以及|及|和|与|$/g;
// An item the text names but the reader does not know: a foreign name in capitals (Fincadia Advisors), possibly glossed.
const UNKNOWN_ITEM = /^\s*[A-Z][\w&.'-]*(?:\s+[A-Z&][\w&.'-]*){0,4}\s*(?:[（(][^）)]{1,30}[）)])?\s*$/;
/**
 * The names of a list that starts at `pos` and runs to the clause's end, each item possibly described before
 * its name ("include billionaire investor Jane Roe, former Acme CTO John Doe and Bolt CEO Ann Lee"): each
 * item is the last name of the types that ends it. The list stops at the first item that ends in no name.
 */
export function describedListAfter(ctx: SentenceContext, pos: number, types: readonly EntityType[]): Mention[] {
  const stop = /[.;。；]\s|[.;。；]$/.exec(ctx.simp.slice(pos));
  const end = stop ? pos + stop.index : ctx.simp.length;
  const names = ofType(ctx.mentions, types, ctx.lex).filter((m) => m.start >= pos && m.end <= end && !m.anaphor);
  const out: Mention[] = [];
  let from = pos;
  for (const seg of allMatches(LIST_ITEM_END, ctx.simp.slice(pos, end))) {
    const segEnd = pos + seg.index;
    const head = names.filter((m) => m.start >= from && m.end <= segEnd).pop();
    // (A Chinese list may name an item the reader does not know: it is passed over, and the list goes on.)
    if (!head && seg[0] && /[、及和与]/.test(seg[0]) && UNKNOWN_ITEM.test(ctx.simp.slice(from, segEnd))) {
      from = segEnd + seg[0].length;
      continue;
    }
    // (In-Q-Tel（IQT）: the gloss in brackets may be the name read last.)
    if (!head || !/^\s*(?:[(（][^)）]*[)）]|[)）])?\s*(?:among others)?\s*$/.test(ctx.simp.slice(head.end, segEnd))) break;
    // (Each item is short: a description of a few words, then the name.)
    if (head.start - from > 60) break;
    out.push(head);
    from = segEnd + seg[0].length;
    if (!seg[0]) break;
  }
  return out;
}

// A、B等均在(其/X的)(首批)客户名单之中 / 华硕、宏碁均在首波合作名单中: names listed before a list of some role, with
// whose list it is inside the phrase (a name, 其, 公司) or, unsaid, the story's company.
const ROLE_LIST =
  /((?:等[^，,。；、]{0,12}?)?(?:均|都|也|亦|皆|同样|已)?(?:在|列入|进入|位列|名列|跻身)(?:了)?)([^，,。；、]{0,12}?)(?:的)?(?:首批|首波|第一批|第一波|主要|核心|重要)?(客户|合作伙伴|合作|伙伴|供应商|供货商)(?:名单|名册|行列|阵营)(?:之中|中|之列|内)?/g;

// (其 set against the names of its own clause points outside it, to the story's company; so does a bare 平台.)
export const UNSAID_OWNER = /^(?:其|公司|该公司|该平台|平台|新平台)?(?:的)?(?:首批|首波|第一批|第一波|主要|核心|重要|战略)?$/;

/** Names listed in a role (客户, 合作(伙伴), 供应商), the company whose list it is, and where the phrase stands. */
export interface RoleList {
  role: 'customer' | 'partner' | 'supplier';
  listed: Mention[];
  owner: Mention;
  at: number;
}

// (Read once per sentence: the customer and the partnership rules both ask.)
const roleListsOf = new WeakMap<SentenceContext, RoleList[]>();

/** Each listing of names in a role in the sentence. */
export function roleLists(ctx: SentenceContext): RoleList[] {
  let out = roleListsOf.get(ctx);
  if (!out) roleListsOf.set(ctx, (out = readRoleLists(ctx)));
  return out;
}

function readRoleLists(ctx: SentenceContext): RoleList[] {
  const out: RoleList[] = [];
  if (!/名单|名册|行列|阵营/.test(ctx.simp)) return out;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(ROLE_LIST, ctx.simp)) {
    const [cs] = clauseAt(ctx.simp, m.index);
    const inside = m.index + m[1]!.length;
    const named = orgs.find((o) => o.start >= inside && o.end <= inside + m[2]!.length);
    const last = orgs.filter((o) => o.start >= cs && o.end <= m.index && !o.anaphor).pop();
    // (Only a description may stand between the names and the phrase: 等16家厂商.)
    if (!last || !/^\s*(?:[（(][^）)]{1,12}[）)])?\s*$/.test(ctx.simp.slice(last.end, m.index))) continue;
    // (Whose list it is: one named inside; 其/公司 there; else, with nothing but a description inside, the story's.)
    const owner = named ?? (UNSAID_OWNER.test(m[2]!) ? (ctx.story ?? ctx.main ?? ctx.topic) : undefined);
    if (!owner) continue;
    const role = /客户/.test(m[3]!) ? 'customer' : /供/.test(m[3]!) ? 'supplier' : 'partner';
    const listed = coordinated(ctx.mentions, last, ctx.simp, ORG, true).filter((o) => o.id !== owner.id);
    if (listed.length) out.push({ role, listed, owner, at: m.index });
  }
  return out;
}
