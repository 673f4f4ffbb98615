import { clauseAt, subjectBefore, ofType, orgList, ORG, PUBLIC_BODY, withoutChineseNames, type SentenceContext } from './context';
import { salient } from './coref';
import type { Lexicon } from './lexicon';
import { MAKER_NAMED } from './rules/develops';
import { designedFor } from './rules/partnerships';
import { negatedAt } from './rules/terms';
import type { Mention } from './matcher';
import { allMatches, escapeRegex, firstMatch } from './regex';
import { nameKey, toSimplified } from './normalize';
import type { ChipProgram, Entity, Evidence, ProgramStatus, Relation } from './types';

/** Signs that an organization is making its own AI silicon. */
const OWN_SILICON =
  /自主研发|自研|自行(?:研发|设计|制造|开发)|(?:各自|自己|自家)的?(?:AI|人工智能|智驾|自动驾驶|推理)?(?:芯片|晶片)(?:项目|计划)|自有的?(?:AI|人工智能)?(?:芯片|晶片|处理器)|自制|自家研发|自己的(?:AI|人工智能)?(?:芯片|处理器)|自家的?(?:AI|人工智能|推理|训练)?(?:芯片|晶片|处理器)|定制(?:AI)?(?:芯片|晶片|加速器)|内部芯片|芯片自研|组建(?:了)?(?:自己的)?(?:AI)?芯片(?:研发|设计)?团队|(?:合作)?(?:开发|研发|设计)(?:一款|一种|新款)[^，,。]{0,12}?(?:AI|人工智能)(?:芯片|处理器)|\b(?:in-house\s+(?:[\w-]+\s+){0,3}?(?:chips?|silicon|processors?|accelerators?|ASICs?|hardware|semiconductors?|designs?)|(?:designed|developed|built|made|designs?|develops?|builds?|makes?|designing|developing|building|making)\s+(?:[\w-]+\s+){0,2}?in-house|own\s+(?:AI\s+|[\w]+-[\w-]+\s+|(?:server|data-?center|inference|training|driving|smartphone|phone|PC|networking)\s+){0,2}(?:chips?|silicon|processors?|accelerators?)|custom(?:-built)?\s+(?:AI\s+)?(?:chips?|silicon|accelerators?|processors?|ASICs?)|(?:its|their|own)\s+(?:first\s+|new\s+)?home-?grown\s+(?:AI\s+)?(?:[\w-]+\s+)?(?:chips?|silicon)|(?:develop|design|build)(?:s|ed|ing)?\s+(?:an?|its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:AI|artificial\s+intelligence)\s+(?:chips?|processors?|accelerators?)|(?:chips?|processors?|accelerators?|silicon)\s+of\s+(?:its|their)\s+own|self-developed|proprietary\s+(?:AI\s+)?chips?|for\s+its\s+(?:next|new|first|next-generation|upcoming)\s+(?:AI\s+|in-house\s+)?(?:processors?|chips?|accelerators?))\b/gi;

// "OpenAI and Broadcom have jointly designed a chip", X与博通联合设计了一款芯片, "ByteDance is working with Broadcom on an AI
// processor": a chip made together, owned by whichever party does not sell chips.
const JOINT_CHIP =
  /(?:联合|共同|合作)(?:设计|开发|研发|打造)(?:了)?[^，,。；]{0,10}?(?:芯片|晶片|处理器|加速器|ASIC)(?![^，,。；]{0,8}?(?:服务器|伺服器|机柜|機櫃))|\b(?:(?:jointly|together)\s+(?:design(?:ed|ing)?|develop(?:ed|ing)?|buil[dt]|building)|co-design(?:ed|ing|s)?|co-develop(?:ed|ing|s)?)\s+(?:an?|the|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:chips?|processors?|accelerators?|ASICs?|silicon)\b(?!\s+(?:servers?|racks?|systems?))|\b(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|team(?:s|ed|ing)?\s+up|collaborat(?:es?|ed|ing))\s+with\s+(?:[\w-]+\s+){1,4}?on\s+(?:an?|its|their|the)\s+(?:(?:own|first|new|custom|in-house|next-generation)\s+)*(?:AI\s+)?(?:chips?|processors?|accelerators?|ASICs?)\b(?!\s+(?:servers?|racks?|systems?))/i;

const DESIGNED_BY_PREFIX =
  /-(?:designed|developed|built)\s+(?:(?:custom|in-house|AI|inference|training)\s+){0,2}(?:chips?|accelerators?|processors?|silicon|ASICs?|XPUs?)\b/gi;
const ACADEMIC = /大学|大學|学院|學院|研究院|研究所|科学院|科學院|\b(?:University|College|Academy|Institute\s+of)\b/;
const WORKED_WITH = /\b(?:work(?:s|ed|ing)?|partner(?:s|ed|ing)?|collaborat(?:es?|ed|ing)|team(?:s|ed)?\s+up)\s+with\s+$/i;
const CHIP_EFFORT =
  /\b(its|their)\s+(?:own\s+|in-house\s+|nascent\s+|fledgling\s+)?(?:AI\s+)?(?:chip|chip-design|silicon|semiconductor)\s+(?:team|teams|unit|division|efforts?|ambitions|project|programs?|programmes?|push)\b|(?:的|将|把)?(?:自研)?(?:芯片|晶片)(?:业务|部门|团队|研发团队)(?=分拆|独立|拆分|成立|组建|扩张|扩编|负责人)/gi;
const UNDER_GROUP_CHIP_ARM = /^(?:等)?[^，,。；]{0,12}?旗下(?:的)?(?:AI)?(?:芯片|晶片)(?:业务|公司|部门|子公司|企业|厂商)/;
const CHIPS_BEING_MADE =
  /\b(?:chips?|accelerators?|processors?|silicon|ASICs?|XPUs?)\s+(?:that\s+|which\s+)?(it|they|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:(?:,\s*|,?\s+and\s+)[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)*)\s+(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+|also\s+|quietly\s+|jointly\s+)?(?:designing|developing|building|co-designing|co-developing)\b/g;
// A company described as an AI-chip maker, before its name or after it.
const AI_CHIP_COMPANY_BEFORE =
  /(?:AI|人工智能|GPU|GPGPU)\s*(?:芯片|晶片|算力芯片)?\s*(?:初创|新创|独角兽)?(?:公司|企业|厂商|新创|初创)\s*$|\b(?:AI|artificial[\s-]intelligence|inference)[\s-]+chip\s*(?:startup|start-up|maker|designer|company|firm|developer)\s+$/i;
const AI_CHIP_COMPANY_AFTER =
  /^(?:是一家[^，,。；]{0,12}?(?:AI|人工智能|GPU|GPGPU)[^，,。；]{0,6}?(?:芯片|晶片)?[^，,。；]{0,4}?(?:公司|企业|厂商)|\s*,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:AI|inference)[\s-]+chip\s*(?:startup|start-up|maker|designer|company|firm|developer)\b)/i;
// An AI chip, named or described: AI加速器, AI晶片, AI chips, TPU, an ASIC.
const AI_CHIP =
  /(?:AI|人工智能)\s*(?:芯片|晶片|加速器|处理器|ASIC)|\b(?:AI|artificial intelligence)\s+(?:chips?|accelerators?|processors?|ASICs?)\b|\b(?:TPUs?|ASICs?|NPUs?)\b/i;
const CHIP_WORD = /芯片|晶片|处理器|加速器|加速卡|硅|ASIC|GPU|NPU|TPU|CPU|DCU|XPU/;

// Most telling first: a setback outranks anything, a plan to launch is still development.
const STATUS_CUES: [ProgramStatus, RegExp][] = [
  [
    'setback',
    /受挫|失败|放弃|搁置|取消|叫停|推迟|延迟|不及预期|\b(?:scrapp\w+|fail(?:ed|ure)|setbacks?|delay\w*|cancel\w*|abandon\w*|shelv\w+|halt\w*)\b/i,
  ],
  [
    'deployed',
    /已部署|部署了|投入使用|(?:开始|已经|已)出货|正在使用|已经使用|量产中|大规模部署|已经将其.{0,6}整合|\b(?:deployed|in production|in use|already (?:used|running)|powers?|running (?:in|on)|rolled out|shipping)\b/i,
  ],
  ['exploring', /探索|考虑|评估|研究是否|尚未决定|是否|\b(?:explor\w+|consider\w*|weigh\w*|evaluat\w+|mull\w*)\b/i],
  [
    'announced',
    /推出|发布|发表(?!讲话|演讲|声明|评论|看法|文章|意见)|问世|宣布|揭晓|亮相|公布|\b(?:unveil\w*|announc\w+|launch\w*|reveal\w*|introduc\w+|detail\w*)\b/i,
  ],
  ['developing', /开发|研发|测试|推进|流片|量产|设计|\b(?:develop\w*|test\w*|tape[- ]?out|working on|design\w*|build\w*)\b/i],
];
const PLANNED = /计划|将于|将在|拟|准备|目标|\b(?:plans?|planning|will|expected to|aims?|set to)\b/i;
const CONDITIONAL = /^(?:如果|若|即使|假如)|\b(?:if|even if|unless)\b/i;

/**
 * A chip vendor whose chips are its products, not a chip program: NVIDIA, a foundry, a memory maker. An AI-chip
 * challenger (Cerebras, 寒武纪) sells its chips too, but its own AI silicon is what EVAL.md calls a program.
 */
const sellsChips = (lex: Lexicon, id: string) => {
  const e = lex.entries.get(id);
  return !!e?.chipVendor && !e.challenger;
};

export interface ProgramSignal {
  ownerId: string;
  /** The article calls it an AI-chip company (AI芯片初创公司, an AI chip startup): its chips are its program. */
  challenger?: boolean;
  status?: ProgramStatus;
  since?: number;
  chipIds: string[];
  /** The program is the owner's own, not its parent's (a challenger a conglomerate bought). */
  own?: boolean;
}

export function statusOf(text: string): ProgramStatus | undefined {
  if (CONDITIONAL.test(text)) return undefined;
  for (const [status, cue] of STATUS_CUES) {
    if (!cue.test(text)) continue;
    if ((status === 'announced' || status === 'deployed') && PLANNED.test(text)) return 'developing';
    return status;
  }
  return undefined;
}

// (Read on the simplified text: 伺服器 is a word of its own, 機櫃 and 專案 are 机柜 and 专案 there. Not the subject's own chips:
// "racks designed for its custom chips".)
const SERVERS_FOR =
  /(?:服务器|伺服器|机柜|机架)[^，,。；]{0,6}?(?:订单|专案|项目|出货|业务)[^，,。；]{0,30}$|\b(?:servers?|racks?|server\s+orders?)\s+(?:for|built\s+(?:around|for)|designed\s+for)\s+(?!(?:[\w-]+\s+){0,2}?(?:its|their)\s)(?:[\w-]+\s+){0,3}$/i;
// A word glossed: "the industry's term for custom chips" owns nothing; 即, "so-called", "known as" own nothing either but
// after a possessive ("Google's so-called custom chips" are Google's; not "Analysts at Bernstein expect so-called…").
const TERM_FOR = /\b(?:term|word|name)\s+for\s+$|(?:又称|或称|俗称)\s*$/i;
const GLOSSED = /\b(?:known\s+as|so-called|also\s+called)\s+$|(?:也就是|即)\s*$/i;
const KIND_BEFORE_CUE =
  /(?:云服务商|云端服务商|云服务厂商|云厂商|云端厂商|云端业者|云端大厂|云端巨头|云巨头|大型科技公司|科技巨头|业者|厂商|客户|车企|车厂)的?\s*$|\b(?:customers|clients|hyperscalers|Big\s+Tech|cloud\s+(?:providers|companies|giants|operators)|carmakers|automakers)['’]s?\s+$/i;

/** Who a cue of one's own silicon names as the owner: the possessor, a relative clause's subjects, the examples of a kind of
 * company, or the clause's subject (none for a kind of company named by no one, or a customer of the chips). */
function cueOwners(ctx: SentenceContext, cue: RegExpExecArray): Mention[] {
  const { simp } = ctx;
  const owners: Mention[] = [];
  // (Anthropic成自研芯片最大客户, "the biggest customer of its in-house chips": a customer of another's chips makes none.)
  if (
    /^(?:芯片|晶片|AI芯片|处理器)?的?(?:最大|主要|首个|首批|重要|核心|第一大)?(?:客户|用户|买家)|^\s+(?:customers?|users?|buyers?)\b/i.test(
      simp.slice(cue.index + cue[0].length, cue.index + cue[0].length + 12),
    )
  )
    return owners;
  // 越来越多的互联网企业和系统厂商选择自研AI芯片: a kind of company, no one named, owns no program.
  const [cs, ce] = clauseAt(simp, cue.index);
  // ("ASICs, the industry's term for custom chips": a gloss of a word owns nothing.)
  const glossAt = simp.slice(Math.max(0, cue.index - 24), cue.index);
  if (TERM_FOR.test(glossAt) || (GLOSSED.test(glossAt) && !/['’]s\s+(?:so-called|also\s+called)\s+$|的\s*(?:所谓的?)?\s*$/i.test(glossAt)))
    return owners;
  // 比阿斯麦完全自行研发更具效率, 自研大模型: making one's own is about silicon only where the clause names it.
  // (Not the 比 of a name: 比亚迪正在自研芯片.)
  if (
    /^自|^芯片自研/.test(cue[0]) &&
    (!CHIP_WORD.test(simp.slice(cs, ce)) || /比[^，,。；]{0,12}$/.test(withoutChineseNames(ctx).slice(cs, cue.index)))
  )
    return owners;
  const kinds =
    /(?:企业|厂商|业者|客户|巨头|玩家|车企)|\b(?:companies|firms|players|customers|clients|hyperscalers|rivals)\b|\b(?:every|each|any)\s+(?:[\w-]+\s+)?(?:company|firm|hyperscaler|player|customer|carmaker|automaker|provider)\b/i;
  // "the in-house accelerators that Amazon, Google and Meta have built": the owners are the relative clause's subjects
  // (not a foundry's: "in-house chips that TSMC makes" are still the subject's).
  const relative = relativeOwners(ctx, cue.index + cue[0].length).filter((o) => !sellsChips(ctx.lex, o.id));
  // (争夺云服务商的定制芯片项目, 承接雲端業者自研ASIC晶片的伺服器專案, "racks for Big Tech's homegrown chips": a kind of
  // company right before the cue owns it, not the clause's subject that serves them.)
  // (Not the subject's own kind: 小米作为手机厂商自研芯片, 特斯拉是车企自研芯片的先行者.)
  const kindWindow = simp.slice(Math.max(cs, cue.index - 24), cue.index);
  const kindMatch = KIND_BEFORE_CUE.exec(kindWindow);
  const kindBefore =
    !!kindMatch &&
    !(
      (/(?:作为|身为|\bas\s+(?:an?|the)\s+)[^，,。；]{0,8}$/i.test(kindWindow.slice(0, kindMatch.index)) ||
        // (是 with a noun of leading, not of serving: 特斯拉是车企自研芯片的先行者, not 广达是云服务商自研芯片的合作伙伴.)
        (/是[^，,。；]{0,8}$/.test(kindWindow.slice(0, kindMatch.index)) &&
          /^(?:芯片|晶片|AI芯片)?的?(?:先行者|先驱|先锋|代表|典型|典范|领头羊|开创者|开路先锋)/.test(
            simp.slice(cue.index + cue[0].length, cue.index + cue[0].length + 12),
          ))) &&
      ofType(ctx.mentions, ORG, ctx.lex).some((m) => m.start >= cs && m.end <= cue.index - kindWindow.length + kindMatch.index)
    );
  const generic =
    kindBefore ||
    (!relative.length &&
      ((!ofType(ctx.mentions, ORG, ctx.lex).some((m) => m.start >= cs && m.end <= cue.index) && kinds.test(simp.slice(cs, cue.index))) ||
        // "X will hand a design kit to early customers so they can design their own chips": "their" is the customers'.
        ((/^their\b/i.test(cue[0]) || /\btheir\s+$/i.test(simp.slice(Math.max(0, cue.index - 8), cue.index))) &&
          kinds.test(simp.slice(0, cue.index)))));
  // "rather than on Amazon's own chips", 采用亚马逊的自研芯片: the possessor named right before the cue owns it.
  const possessor = ofType(ctx.mentions, ORG, ctx.lex).find(
    // ("the social media group's in-house chip effort": a description the lexicon knows names its possessor too; a pronoun
    // or "the company" does not.)
    (o) =>
      (!o.anaphor || (/\s/.test(o.surface) && !/^the\s+(?:company|firm|group|startup|start-up)$/i.test(o.surface))) &&
      /^(?:['’]s?|的)\s*$/.test(simp.slice(o.end, cue.index)),
  );
  // "Every hyperscaler designing its own AI chips, from Google with its TPU to Amazon with Trainium,": the examples own them.
  // (一些大型科技公司一直在构建自己的处理器，…，例如Meta: the same with no subject before the cue.)
  let subjectOfCue = !generic ? subjectBefore(ctx, cue.index, ORG, false) : undefined;
  // (PFN已委托三星生产其自研的AI处理器: 其 is the one who commissions the maker, not the maker.)
  const hired =
    subjectOfCue &&
    /其\s*$/.test(simp.slice(Math.max(0, cue.index - 2), cue.index)) &&
    /(?:委托|委由|交由|交给|请)\s*$/.exec(simp.slice(Math.max(0, subjectOfCue.start - 3), subjectOfCue.start));
  if (subjectOfCue && hired) subjectOfCue = subjectBefore(ctx, subjectOfCue.start - hired[0].length, ORG, false) ?? subjectOfCue;
  // ("the Anthropic orders give visibility; custom accelerators for Google, Meta and OpenAI are the key driver": a cue that
  // opens a clause after a semicolon has no subject before it; the clients after "for" own the chips, when it names them.)
  if (
    subjectOfCue &&
    subjectOfCue.end <= cs &&
    /^\s*(?:the\s+|its\s+|their\s+)?$/i.test(simp.slice(cs, cue.index)) &&
    /[;；]\s*$/.test(simp.slice(Math.max(0, cs - 3), cs))
  ) {
    const end = cue.index + cue[0].length;
    const forList = /^\s*(?:\([^)]{1,20}\)\s*)?for\s+/i.exec(simp.slice(end, end + 30));
    const client = forList && ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === end + forList[0].length);
    if (client) return orgList(ctx, client);
  }
  // (纬颖AI服务器订单从GPU外溢至自研芯片, "builds racks for custom chips": who builds the servers for others' chips owns none.)
  if (subjectOfCue && !possessor && !relative.length && SERVERS_FOR.test(simp.slice(subjectOfCue.end, cue.index))) return owners;
  // ("the biggest cloud companies, including Microsoft, Amazon and Google, develop their own": a kind with its examples
  // before the cue; 谷歌、亚马逊、微软等云端巨头亦自行研发 is a list the subject reading already gives.)
  const examplesBefore = generic ? examplesWithin(ctx, cs, cue.index) : [];
  const examples = examplesBefore.length ? examplesBefore : !subjectOfCue ? examplesAfter(ctx, cue.index + cue[0].length) : [];
  if (relative.length) owners.push(...relative);
  // (谷歌的TPU、亚马逊的Trainium以及微软、Meta的自研加速器: each of a list before the possessive.)
  else if (possessor) owners.push(...orgList(ctx, possessor).filter((o) => o.end <= cue.index));
  else if (examples.length) owners.push(...examples);
  else if (!generic) {
    // (With no subject before it, a name after the cue in its own clause: 自研晶片的重點…，谷歌雲端 is no owner.)
    let subj = subjectOfCue ?? ofType(ctx.mentions, ORG, ctx.lex).find((m) => m.start > cue.index && m.end <= ce);
    // (与美国博通（Broadcom）合作: the name glossed in brackets stands where the name before the bracket does.)
    const glossed =
      subj && ctx.mentions.find((x) => x.id === subj!.id && x.end < subj!.start && /^\s*[（(]\s*$/.test(simp.slice(x.end, subj!.start)));
    if (glossed) subj = glossed;
    // X与博通合作开发…, "X is working with Broadcom to develop": the partner is not the owner, the subject before it is.
    const withEn = subj && /\bwith\s+(?:[\w-]+\s+){0,3}$/i.exec(simp.slice(Math.max(0, subj.start - 40), subj.start));
    // (与美国博通合作: a place may stand before the partner's name.)
    const at = subj && (ctx.mentions.find((x) => x.type === 'Place' && x.end === subj!.start)?.start ?? subj.start);
    const withZh =
      subj &&
      /(?:与|和|跟|同)\s*$/.test(simp.slice(Math.max(0, at! - 2), at)) &&
      // (谷歌、亚马逊和Meta都在自研芯片: a list of owners, not a partner.)
      (orgList(ctx, subj).length < 2 || /合作|联合|共同|携手|一起|一同/.test(simp.slice(subj.end, cue.index)));
    if (subj && (withEn || withZh)) subj = subjectBefore(ctx, withEn ? subj.start - withEn[0].length : at! - 1, ORG, false) ?? subj;
    // (亚马逊…，并为Anthropic打造采用自研Trainium2芯片的集群: the one built for is no maker of its own.)
    else if (subj && /(?:(?<![因作成认以称视])为|给|替|帮)\s*$/.test(simp.slice(Math.max(0, subj.start - 4), subj.start)))
      subj = subjectBefore(ctx, subj.start - 1, ORG, false);
    // 谷歌、亚马逊、Meta等云服务商的自研芯片, "Google and Amazon have developed their own chips": each of the list.
    if (subj) owners.push(...(withEn || withZh ? [subj] : orgList(ctx, subj)));
  }
  return owners;
}

/** Program signals in one sentence: whose own silicon it talks about, in what state, since when. */
export function programSignals(ctx: SentenceContext): ProgramSignal[] {
  const { simp } = ctx;
  const out: ProgramSignal[] = [];
  const since =
    /(?:始于|开始于|起步于|早在|since|began in|started in|in development (?:in|since))\s*(\d{4})|(?:从|自|于)(\d{4})年(?:起|开始)/i.exec(
      simp,
    );
  // Every cue of the sentence, one per clause ("Groq、Cerebras等公司均推出自家推理晶片，而谷歌、亚马逊等云端巨头亦自行研发AI晶片":
  // the owners of each).
  const owners: Mention[] = [];
  let clauseEnd = -1;
  for (const cue of allMatches(OWN_SILICON, simp)) {
    if (cue.index < clauseEnd) continue;
    clauseEnd = clauseAt(simp, cue.index)[1];
    for (const o of cueOwners(ctx, cue)) if (!owners.some((x) => x.id === o.id)) owners.push(o);
  }
  // "10 gigawatts of accelerators it is designing with Broadcom", "the chips Microsoft is developing": chips someone
  // is making, named as the relative clause's subject, are that one's own.
  for (const m of allMatches(CHIPS_BEING_MADE, simp)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (negatedAt(ctx, at, clauseAt(simp, at)[0])) continue;
    const named = ofType(ctx.mentions, ORG, ctx.lex).find((o) => o.start === at);
    // ("the chips Amazon and Google are designing": each one named.)
    const makers = /^(?:it|they)$/i.test(m[1]!) ? [subjectBefore(ctx, m.index, ORG, false)] : named ? orgList(ctx, named) : [];
    for (const owner of makers) if (owner && !owners.some((o) => o.id === owner.id)) owners.push(owner);
  }
  // "OpenAI-designed accelerators": the one named before "-designed" makes its own.
  for (const m of allMatches(DESIGNED_BY_PREFIX, simp)) {
    let maker = ofType(ctx.mentions, ORG, ctx.lex).find((o) => o.end === m.index && !o.anaphor);
    // ("OpenAI's first Broadcom-built accelerator": a chip vendor's work for the possessor before it is the possessor's.)
    const possessor =
      maker &&
      sellsChips(ctx.lex, maker.id) &&
      ofType(ctx.mentions, ORG, ctx.lex).find(
        (o) =>
          !o.anaphor &&
          /^['’]s\s+(?:(?:first|new|next|latest|own|second|third|[\w]+-generation)\s+)*$/.test(simp.slice(o.end, maker!.start)),
      );
    if (possessor) maker = possessor;
    if (maker && !owners.some((o) => o.id === maker.id) && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) owners.push(maker);
  }
  // "has worked with Amazon Web Services on Trainium": the one worked with on a chip of its own (a design house's client).
  for (const o of ofType(ctx.mentions, ORG, ctx.lex)) {
    if (o.anaphor || !WORKED_WITH.test(simp.slice(Math.max(0, o.start - 40), o.start))) continue;
    const on = /^\s+on\s+(?:its\s+|their\s+)?/.exec(simp.slice(o.end, o.end + 16));
    const chip = on && ctx.mentions.find((c) => c.type === 'Chip' && c.start === o.end + on[0].length);
    const maker = chip && ctx.knownMakerOf(chip.id);
    if (maker && (maker === o.id || ctx.lex.entries.get(o.id)?.parentId === maker) && !owners.some((x) => x.id === o.id)) owners.push(o);
  }
  const joint = firstMatch(JOINT_CHIP, simp);
  const party = joint && subjectBefore(ctx, joint.index, ORG, false);
  // (OpenAI正与博通合作设计首款AI芯片: the partner after 与 is one party, the subject before it the other.)
  const other =
    party && /(?:与|和|跟|同)\s*$/.test(simp.slice(Math.max(0, party.start - 2), party.start))
      ? subjectBefore(ctx, party.start - 1, ORG, false)
      : undefined;
  if (joint && party && !negatedAt(ctx, joint.index, clauseAt(simp, joint.index)[0]))
    for (const o of [...orgList(ctx, party), ...(other ? [other] : [])]) if (!owners.some((x) => x.id === o.id)) owners.push(o);
  // "to build its chip team", "its chip efforts", 蔚来将芯片业务分拆: a company's own chip team, unit or effort (a chip
  // seller's chip business is its trade: dropped below).
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(CHIP_EFFORT, simp)) {
    // ("OpenAI has hired former Google TPU engineers to build its chip team": "its" is the clause's subject's, the first
    // name that opens it, not the last one named.)
    const [cs] = clauseAt(simp, m.index);
    const owner = m[1]
      ? (orgs.find((o) => o.start >= cs && o.end <= m.index && salient(o, simp)) ?? subjectBefore(ctx, m.index, ORG, false))
      : orgs.filter((o) => o.end <= m.index && m.index - o.end <= 3).pop();
    if (owner && !owners.some((x) => x.id === owner.id) && !negatedAt(ctx, m.index, cs)) owners.push(owner);
  }
  // 创意为FuriosaAI开发的AI加速器, "Marvell designs AI chips for Amazon": the client of an AI chip's design has a program.
  for (const d of designedFor(ctx)) {
    const [, ce] = clauseAt(simp, d.end);
    if (AI_CHIP.test(d.what + simp.slice(d.end, ce)) && !owners.some((o) => o.id === d.client.id)) owners.push(d.client);
  }
  for (const owner of owners) {
    // (公司与神户大学合作研发MN-Core: a university or an institute works on a company's chip, it has no chip business.)
    if (sellsChips(ctx.lex, owner.id) || ACADEMIC.test(ctx.lex.entries.get(owner.id)?.name ?? owner.surface)) continue;
    out.push({ ownerId: owner.id, status: statusOf(simp), since: since ? Number(since[1] ?? since[2]) : undefined, chipIds: [] });
  }
  // (昆仑芯、平头哥等互联网大厂旗下芯片业务: chip arms of groups that sell no chips, named as such, are programs of their own.)
  for (const o of ofType(ctx.mentions, ORG, ctx.lex)) {
    const unit = ctx.lex.entries.get(o.id);
    if (o.anaphor || !unit?.chipVendor || !unit.parentId || sellsChips(ctx.lex, unit.parentId)) continue;
    const list = orgList(ctx, o);
    const end = Math.max(...list.map((x) => x.end));
    if (UNDER_GROUP_CHIP_ARM.test(simp.slice(end, end + 24)) && !out.some((x) => x.ownerId === o.id))
      out.push({ ownerId: o.id, status: statusOf(simp), chipIds: [] });
  }
  // 国产GPU企业X, AI芯片新创X, X是一家AI芯片初创公司, "X, an AI chip startup": an AI-chip challenger the lexicon may not know.
  for (const o of ofType(ctx.mentions, ORG, ctx.lex)) {
    if (o.anaphor || sellsChips(ctx.lex, o.id)) continue;
    if (
      AI_CHIP_COMPANY_BEFORE.test(simp.slice(Math.max(0, o.start - 24), o.start)) ||
      AI_CHIP_COMPANY_AFTER.test(simp.slice(o.end, o.end + 48))
    )
      out.push({ ownerId: o.id, challenger: true, chipIds: [] });
  }
  // "its development began in 2019": the topic chip's program.
  if (since && !owners.length && ctx.topicChip) {
    const maker = ctx.makerOf(ctx.topicChip.id);
    if (maker && !sellsChips(ctx.lex, maker))
      out.push({ ownerId: maker, since: Number(since[1] ?? since[2]), chipIds: [ctx.topicChip.id] });
  }
  return out;
}

// ", from Google with its TPU to Amazon with Trainium,", ", such as Google and Amazon,": examples of a kind of company.
const EXAMPLES = /^[^.;]{0,24}?,\s+(?:from|such\s+as|including|like)\s+|^[^。；]{0,40}?(?:例如|比如|譬如|诸如)\s*/i;

const EXAMPLES_LEAD = /\b(?:including|such\s+as|like|notably|led\s+by)\s+$/i;
/** The examples a kind of company is given with between `from` and `to` (", including A, B and C,"). */
function examplesWithin(ctx: SentenceContext, from: number, to: number): Mention[] {
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const head = orgs.find((o) => o.start > from && o.end <= to && EXAMPLES_LEAD.test(ctx.simp.slice(Math.max(from, o.start - 16), o.start)));
  // (阿里巴巴、百度等大型云端业者自研: a list closed by 等 gives the examples of the kind after it.)
  const listed = orgs.find((o) => o.start >= from && o.end <= to && /^\s*等/.test(ctx.simp.slice(o.end, o.end + 2)));
  const first = head ?? (listed && orgList(ctx, listed)[0]);
  return first ? orgList(ctx, first).filter((o) => o.end <= to) : [];
}

/** The organizations given as examples right after a cue that names only a kind of company. */
function examplesAfter(ctx: SentenceContext, from: number): Mention[] {
  const m = EXAMPLES.exec(ctx.simp.slice(from));
  if (!m) return [];
  const start = from + m[0].length;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const head = orgs.find((o) => o.start === start);
  if (!head) return [];
  if (!/from\s+$/i.test(m[0])) return orgList(ctx, head);
  // ("from A with its X to B with Y": the two ends of the range.)
  const close = ctx.simp.slice(head.end).search(/[,;.]/);
  const end = close < 0 ? ctx.simp.length : head.end + close;
  const to = orgs.find((o) => o.start > head.end && o.end <= end && /\bto\s+$/.test(ctx.simp.slice(head.end, o.start)));
  return to ? [head, to] : [head];
}

const RELATIVE_THAT = /^\s*(?:that|which)\s+/i;
const RELATIVE_VERB =
  /^\s*(?:(?:have|has|had|are|is|were|was)\s+)?(?:(?:also|already|each|all|now|long|quietly)\s+)?(?:built|developed|designed|made|deployed|created|rolled out|building|developing|designing|making|build|develop|design|make)\b/i;

/** Who the relative clause after a cue names as making the chips ("… that Amazon, Google and Meta have built"). */
function relativeOwners(ctx: SentenceContext, from: number): Mention[] {
  const that = RELATIVE_THAT.exec(ctx.simp.slice(from));
  if (!that) return [];
  const head = ofType(ctx.mentions, ORG, ctx.lex).find((m) => m.start === from + that[0].length);
  if (!head) return [];
  const list = orgList(ctx, head);
  const last = list.reduce((a, b) => (b.end > a.end ? b : a), head);
  return RELATIVE_VERB.test(ctx.simp.slice(last.end)) ? list : [];
}

/** Whether a unit makes chips (昆仑芯, T-Head, 玄戒技术): its chips are its parent's program. */
const chipUnit = (lex: Lexicon, unitId: string, unit: string) => {
  const e = lex.entries.get(unitId);
  return e ? !!e.chipVendor : CHIP_COMPANY.test(unit);
};

// A chip that only describes people: former Google TPU engineers, 前谷歌TPU团队成员.
const PEOPLE_OF_CHIP =
  /\b(?:former|ex-)\s+[\w-]+\s+[\w-]+\s+(?:engineers?|team|veterans?|alumni|staff|designers?)\b|前[^，,。]{0,8}(?:团队|工程师|成员)/i;

// A chip set beside another to measure it: 不及苹果A18, 与A19 Pro一较高下, 已接近苹果A18 Pro, "a match for the A19 Pro", 参数对比.
const COMPARED =
  /不及|不如|追平|超越|媲美|比肩|相当|相比|对比|比较|较量|一较高下|一样|对标|优于|逊于|胜过|接近|逼近|看齐|\b(?:a match for|compared (?:with|to)|on par with|as fast as|outperform\w*|than|close to|comparable (?:with|to)|in the same league as)\b/i;

const MEMORY = /HBM|DRAM|NAND|LPDDR|GDDR|SSD|内存|記憶體|存储/;
// What makes a chip AI silicon in the sentence that launches it (not a phone CPU: Qualcomm's Oryon).
const AI_WORK =
  /\bAI\b|人工智能|NPU|TPU|推理|训练|大模型|算力|加速器|加速卡|数据中心|资料中心|智驾|自动驾驶|辅助驾驶|ADAS|\b(?:inference|training|accelerators?|neural|machine learning|data[- ]cent(?:er|re)s?|autonomous|self-driving|driver[- ]assist\w*)\b/i;
const vendorLaunch = (lex: Lexicon, r: Relation, storyCompany: string | undefined, knownMaker: string | undefined) => {
  const vendor = lex.entries.get(r.subjectId);
  const parent = vendor?.parentId ? lex.entries.get(vendor.parentId) : undefined;
  return (
    r.subjectId === storyCompany &&
    !vendor?.incumbent &&
    // (A foundry makes others' chips; one that designs its own, Intel's Gaudi, Samsung's Mach-1, launches them.)
    (!vendor?.foundry || knownMaker === r.subjectId) &&
    // (A group's chip unit, T-Head, makes its parent's chips: the program is the parent's when the story names it; a
    // conglomerate's chipmaker, Samsung's, runs its own.)
    (!parent || CONGLOMERATE.test(parent.name)) &&
    // (Its own chip, the lexicon's, named beside it is enough: 英特尔目前主力AI加速器为Gaudi 3.)
    (r.confidence > MAKER_NAMED || (r.confidence === MAKER_NAMED && knownMaker === r.subjectId)) &&
    !MEMORY.test(r.object) &&
    r.provenance.some((e) => {
      const simp = toSimplified(e.sentence);
      return !!statusOf(simp) && AI_WORK.test(simp);
    })
  );
};
const CONGLOMERATE = /\bGroup$|集团$|集團$|\bHoldings?$|控股$/;
const HOLDING_VEHICLE = /投资|基金|资本|资产管理|\b(?:Capital|Ventures|Investments?|Holdings|Fund)\b/;
const CHIP_COMPANY = /Semiconductor|Silicon|Microelectronics|Chips?\b|半导体|微电子|集成电路|芯|矽|硅/;

/** The article's chip programs from its signals and from what its relations say organizations develop. */
export function buildPrograms(
  signals: (ProgramSignal & { evidence: Evidence })[],
  relations: Relation[],
  lex: Lexicon,
  nameOf: (id: string) => string,
  entities: Map<string, Entity>,
  /** The maker the lexicon gives a chip, or its family (MTIA v4: Meta's). */
  knownMakerOf: (id: string) => string | undefined = (id) => lex.entries.get(id)?.makerId,
  /** The company the story is about (the first organization it names). */
  storyCompany?: string,
): ChipProgram[] {
  const programs = new Map<string, ChipProgram & { statuses: ProgramStatus[] }>();
  // A chip unit's program is its parent's (玄戒技术 for Xiaomi, Kunlunxin for Baidu), unless the parent sells chips itself.
  const parentOf = new Map(
    relations
      .filter(
        (r) =>
          r.type === 'SUBSIDIARY_OF' &&
          !lex.entries.get(r.objectId)?.chipVendor &&
          // (…nor a conglomerate's: SK hynix sells the chips it makes, SK Group runs no chip program through it.)
          !CONGLOMERATE.test(r.object) &&
          // (…nor a chip company the lexicon does not know: 芯来科技 as 芯原股份's unit is no program of 芯原's.)
          (lex.entries.has(r.objectId) || !CHIP_COMPANY.test(r.object)) &&
          // (Only a chip unit carries its parent's program: Google, Alphabet's, and AWS, Amazon's, run their own.)
          chipUnit(lex, r.subjectId, r.subject),
      )
      .map((r) => [r.subjectId, r.objectId]),
  );
  const get = (unitId: string, evidence?: Evidence, own = false) => {
    const ownerId = own ? unitId : (parentOf.get(unitId) ?? unitId);
    let p = programs.get(ownerId);
    if (!p) {
      p = {
        owner: nameOf(ownerId),
        ownerId,
        chips: [],
        partners: [],
        status: 'developing',
        evidence: evidence?.sentence ?? '',
        provenance: [],
        statuses: [],
      };
      programs.set(ownerId, p);
    }
    if (evidence && !p.provenance.some((e) => e.sentenceIndex === evidence.sentenceIndex)) p.provenance.push(evidence);
    return p;
  };
  const challengers = new Set(signals.filter((s) => s.challenger).map((s) => s.ownerId));
  for (const s of signals) {
    if (!entities.has(s.ownerId)) continue;
    // (A chip company the lexicon does not know, 芯原股份 speaking of its 定制芯片项目, sells its chips: no program.)
    if (!lex.entries.has(s.ownerId) && CHIP_COMPANY.test(nameOf(s.ownerId)) && !parentOf.has(s.ownerId) && !challengers.has(s.ownerId))
      continue;
    // (Described as an AI-chip company, it has a program when it develops a chip: below.)
    if (s.challenger) continue;
    const p = get(s.ownerId, s.evidence, s.own);
    if (s.status) p.statuses.push(s.status);
    if (s.since && !p.since) p.since = s.since;
  }
  // An organization that is not a chip vendor and develops a chip has a chip program. A company the article
  // presents as a chip maker (Korvex Semiconductor, 燧原科技 a chip startup) sells its chips: no program.
  // A chip designer a chip vendor bought (Qualcomm's acquisition of Nuvia) makes the vendor's products: no program.
  // (As the article tells it: a purchase only the lexicon knows of, NVIDIA's of Groq's assets, leaves the program.)
  const boughtByVendor = new Set(
    relations
      .filter((r) => r.type === 'ACQUIRES' && r.status !== 'considering' && r.confidence > 0.5 && lex.entries.get(r.subjectId)?.chipVendor)
      .map((r) => r.objectId),
  );
  // The lexicon's chip unit of a company that sells no chips, both named in the article, develops for its parent's
  // program (平头哥 for Alibaba) though the article does not say whose unit it is.
  const unitOf = (id: string) => {
    const parent = lex.entries.get(id)?.chipVendor ? lex.entries.get(id)?.parentId : undefined;
    return parent && !sellsChips(lex, parent) && entities.has(parent) && !CONGLOMERATE.test(nameOf(parent)) ? parent : undefined;
  };
  for (const given of relations) {
    // (A core its designer licenses to chipmakers, Arm's Cortex-X925, is their silicon's part, not its designer's program.)
    if (given.type !== 'DEVELOPS' || entities.get(given.objectId)?.type !== 'Chip' || lex.entries.get(given.objectId)?.licensed) continue;
    // (A unit only named beside its parent's chip, 谷歌云端内部使用的TPU, speaks of the parent's program when the story names it.)
    const known = knownMakerOf(given.objectId);
    const r =
      given.confidence <= MAKER_NAMED &&
      known &&
      known !== given.subjectId &&
      entities.has(known) &&
      lex.entries.get(given.subjectId)?.parentId === known
        ? { ...given, subjectId: known, subject: nameOf(known) }
        : given;
    // (A developer only the lexicon gives, named elsewhere in the story, says nothing of a program.)
    if (r.confidence < MAKER_NAMED && !lex.entries.get(r.subjectId)?.challenger) continue;
    // (Memory, SK hynix's HBM, is no AI silicon of anyone's program.)
    if (MEMORY.test(r.object)) continue;
    const parent = unitOf(r.subjectId);
    if (parent) {
      const p = get(parent, r.provenance[0]);
      if (!p.chips.includes(r.object)) p.chips.push(r.object);
      continue;
    }
    if (entities.get(r.subjectId)?.type !== 'Organization') continue;
    // A chip vendor's own chips are its products, unless the story is about the vendor bringing out an AI chip of its
    // own: the company it names first, not the incumbent, a foundry, a memory maker or a group's unit, says in a sentence that it
    // develops or launches the chip for AI work (联发科's 天玑9400 with its NPU, NXP's NPU, Qualcomm's Snapdragon Ride).
    if (sellsChips(lex, r.subjectId) && !vendorLaunch(lex, r, storyCompany, knownMakerOf(r.objectId))) continue;
    if (boughtByVendor.has(r.subjectId)) continue;
    if (!lex.entries.has(r.subjectId) && CHIP_COMPANY.test(r.subject) && !challengers.has(r.subjectId)) continue;
    // A chip only named beside its maker ("former Google TPU engineers") is no program of the maker's, unless a
    // sentence speaks of its own silicon.
    // (A foundry making it for the owner says the chip is the owner's effort.)
    const made = relations.some((x) => x.type === 'MANUFACTURES' && x.objectId === r.objectId);
    // (A challenger's chip named beside it is its product, and so its program's; so is an in-house chip the lexicon
    // files under its maker (Google TPU, 旗下TPU伺服器), unless only people are described by it, "former Google TPU engineers",
    // or it is only the yardstick for another chip: 足以和苹果A19 Pro一较高下.)
    // (Only where the story is about it or says it develops the chip: a challenger whose chip a carmaker buys, 换用地平线征程6M,
    // is a supplier there, and its chips are its trade.)
    const challenger =
      (!!lex.entries.get(r.subjectId)?.challenger && (r.subjectId === storyCompany || r.confidence > MAKER_NAMED)) ||
      challengers.has(r.subjectId);
    const inHouse =
      knownMakerOf(r.objectId) === r.subjectId &&
      !lex.entries.get(r.subjectId)?.challenger &&
      !r.provenance.every((e) => PEOPLE_OF_CHIP.test(e.sentence) || COMPARED.test(toSimplified(e.sentence)));
    if (r.confidence <= MAKER_NAMED && !made && !challenger && !inHouse && !programs.has(parentOf.get(r.subjectId) ?? r.subjectId))
      continue;
    const p = get(r.subjectId, r.provenance[0]);
    if (!p.chips.includes(r.object)) p.chips.push(r.object);
  }
  // A chip-making unit of a company that sells no chips is that company's program (昆仑芯, Baidu's; 平头哥, Alibaba's).
  for (const r of relations) {
    if (r.type !== 'SUBSIDIARY_OF' || !parentOf.has(r.subjectId) || entities.get(r.objectId)?.type !== 'Organization') continue;
    const unit = lex.entries.get(r.subjectId);
    // (鑫芯（香港）投资有限公司 holds shares: an investment vehicle makes no chips, whatever its name.)
    // (…旗下基金甬宁高芯: a unit the text calls a fund is one too.)
    const fund = () => r.provenance.some((e) => new RegExp(`(?:基金|基金會|fund)\\s*${escapeRegex(r.subject)}`, 'i').test(e.sentence));
    if (
      (unit?.chipVendor && unit.parentId === r.objectId) ||
      (!unit && CHIP_COMPANY.test(r.subject) && !HOLDING_VEHICLE.test(r.subject) && !fund())
    )
      get(r.subjectId, r.provenance[0]);
  }
  // A business named after its parent, with a program beside the parent's (百度智能云 with 百度, 阿里云 with 阿里巴巴), is the
  // parent's effort: one program. (A company of its own name keeps its own: Google beside Alphabet, AWS beside Amazon,
  // a chip unit the story tells of as its own.)
  const own = new Set(signals.filter((x) => x.own).map((x) => x.ownerId));
  for (const p of [...programs.values()]) {
    const parent = lex.entries.get(p.ownerId)?.parentId;
    const q = parent ? programs.get(parent) : undefined;
    if (!q || q === p || own.has(p.ownerId) || !nameKey(p.owner).includes(nameKey(q.owner))) continue;
    for (const c of p.chips) if (!q.chips.includes(c)) q.chips.push(c);
    for (const e of p.provenance) if (!q.provenance.some((x) => x.sentenceIndex === e.sentenceIndex)) q.provenance.push(e);
    q.statuses.push(...p.statuses);
    q.since ??= p.since;
    programs.delete(p.ownerId);
  }
  for (const p of programs.values()) {
    for (const r of relations) {
      if (r.type === 'PARTNERS_WITH' && (r.subjectId === p.ownerId || r.objectId === p.ownerId)) {
        const other = r.subjectId === p.ownerId ? r.object : r.subject;
        if (lex.entries.get(r.subjectId === p.ownerId ? r.objectId : r.subjectId)?.chipVendor && !p.partners.includes(other))
          p.partners.push(other);
      }
      if (r.type === 'MANUFACTURES' && p.chips.includes(r.object) && !p.partners.includes(r.subject)) p.partners.push(r.subject);
    }
    // The first stated status leads; a setback anywhere in the story outranks it.
    p.status = p.statuses.includes('setback') ? 'setback' : (p.statuses[0] ?? (p.chips.length ? 'developing' : 'exploring'));
  }
  // (A government or a regulator sets rules for chips and funds them; it builds none of its own: 美国商务部设定的门槛.)
  return [...programs.values()].filter((p) => !PUBLIC_BODY.test(p.owner)).map(({ statuses: _s, ...p }) => p);
}
