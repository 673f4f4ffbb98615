import {
  CHIP_OR_PRODUCT,
  clauseAt,
  coordinated,
  modifies,
  ofType,
  ORG,
  sameBusiness,
  subjectBefore,
  type SentenceContext,
} from '../context';
import { isChinese } from '../lang';
import { nameKey } from '../normalize';
import { orgRef, type Mention } from '../matcher';
import { cue, negatedAt, type Emit, type Rule, type Terms } from './terms';
import { allMatches, firstMatch, matchesIn } from '../regex';

/** DEVELOPS (organization -> its own chip or product). */

const DEVELOP: Terms = {
  zh: [
    '自主研发',
    '自研',
    '研发',
    '开发',
    '推出',
    '发布',
    '设计',
    '打造',
    '研制',
    '揭晓',
    '亮相',
    '规划',
    '公布',
    '量产',
    '发表',
    '预告',
    '预览',
    '首发',
    // (以较低成本训练出R1等模型)
    '训练出',
    // (后者以IPU处理器闻名: known for its own chip.)
    '以(?=[^，,。；]{1,16}?(?:闻名|著称|见长|出名))',
  ],
  en: [
    'develop(?:s|ed|ing)?',
    'design(?:s|ed|ing)?',
    'build(?:s|ing)?',
    'built',
    'launch(?:es|ed|ing)?',
    'unveil(?:s|ed|ing)?',
    'introduc(?:e|es|ed|ing)',
    'announc(?:e|es|ed|ing)',
    'reveal(?:s|ed|ing)?',
    'detail(?:s|ed|ing)?',
    'roll(?:s|ed|ing)? out',
    'debut(?:s|ed)?',
    'creat(?:e|es|ed|ing)',
    'releas(?:e|es|ed|ing)',
    'mak(?:e|es|ing)',
  ],
};
// "its in-house chips, called X" / 代号为"雅典娜": a name given to the subject's own chip.
const CALLED = /\b(?:called|named|dubbed|known as|code-?named|branded)\s+(?:the\s+)?["“]?$|(?:代号为|名为|称为|命名为|代号)\s*[“"「『]?$/i;
const OWN = /(?:自主研发|自研|自家|自己|内部|自行设计)的|\b(?:own|in-house|custom|homegrown|home-grown|proprietary)\b/i;
// 第六代, 第2代: a numbered generation.
const NTH_GENERATION = '第[一二三四五六七八九十\\d]{1,2}代';
// (三星电子第五代12层高带宽内存HBM3E: a count of layers or a node may stand in the description.)
const LAYERS = '(?:\\d{1,2}(?:层|纳米|奈米|nm))?';
const NEW_GENERATION = new RegExp(
  `(?:新一代|下一代|首款|第一款|新款|最新|自研|${NTH_GENERATION})${LAYERS}[\\u4e00-\\u9fffA-Za-z]{0,6}[“"「『]?$`,
);
const OF_NTH_GENERATION = new RegExp(`${NTH_GENERATION}${LAYERS}[^“"「『]{0,6}[“"「』]?$`);
// What follows a family's name in a model's: Gen2, 300, 950PR, X, Pro.
const MODEL_SUFFIX = /^[\s-]?(?:Gen\s?\d{1,2}[A-Z]{0,2}|\d{1,4}[A-Z]{0,3}|[A-Z]\d{0,3}|Pro|Max|Ultra|Plus|Lite)$/i;
const CARRIED = /(?:搭载|采用|配备|内建|内置|powered\s+by|with)\s*(?:[A-Z][\w-]*\s)?$/i;
const develop = cue(DEVELOP);
const SUPPLIED_TO = /(?:供应|供货|提供|卖给|交付|出货给?)\s*$/;
const SHIPS =
  /\b(?:(?:begin|began|begun|begins|start|started|starts|will\s+start|would\s+begin)\s+(?:mass\s+)?(?:shipping|shipments\s+of|producing|production\s+of|sampling)|mass-produc\w+|ship(?:s|ped|ping)?\s+samples\s+of)\s+|(?:开始|率先)?(?:量产|出货|送样)(?=[A-Za-z\u4e00-\u9fff])/gi;
/** Whether a chip is a part another product carries: 搭载X, 采用三星HBM4的…, "powered by X". */
function carried(ctx: SentenceContext, o: Mention): boolean {
  const maker = ctx.mentions.find((x) => x.type === 'Organization' && x.end <= o.start && /^\s?$/.test(ctx.simp.slice(x.end, o.start)));
  const from = maker ? maker.start : o.start;
  return CARRIED.test(ctx.simp.slice(Math.max(0, from - 16), from));
}
// A company's line-up listed: 主要产品包括, 旗下NPU系列包括, products include.
const PRODUCT_LINE =
  /(?:产品|产品线|产品组合|系列)(?:主要)?(?:包括|包含|涵盖)|\b(?:products|product\s+(?:line|portfolio)|line-?up|portfolio)\s+(?:includes?|including|such\s+as|spans?)\b/gi;
const APPOSITIVE_MAKER =
  /^,\s+(?:whose\s+(?:(?:new|latest|flagship|first|own|in-house)\s+)*|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(designer|developer|maker|creator)\s+of\s+(?:the\s+|its\s+)?)/i;
const WHOSE_BUYING =
  /^\s*(?:[\w-]+\s+)?(?:orders?|purchases?|demand|supply|supplies|shipments?|needs|inventory|stockpiles?|allocations?)\b/i;
/** Confidence of DEVELOPS read only from the lexicon's maker named in the sentence (programs need more). */
export const MAKER_NAMED = 0.6;
// HPE-built, Fujitsu-designed: a maker glued to what it made.
const BUILT_BY = /^-(?:built|designed|developed|made)\s+/;
const PRODUCT_KIND_AFTER = /^(?:[\w-]+\s+){0,2}?(?:system|supercomputer|machine|computer|cluster|chip|processor|accelerator|server)s?\b/i;
// Between a maker and its product: nothing, 的/旗下(的), a possessive, a few descriptive words (Nvidia's flagship H100, 英伟达最新的B200).
const MAKER_THEN_PRODUCT =
  /^(?:\s*|\s*(?:的|旗下的?|自研的?|最新的?|新一代的?|['’]s\s+(?:[\w-]+\s+){0,3}?))[\u4e00-\u9fff]{0,6}?(?:的)?\s*$|^['’]s?\s+(?:[\w-]+\s+){0,3}$|^\s+(?:[a-z-]+\s+){0,2}$/;

/** What develops() has found in a sentence: each chip or product with the developer found first. */
interface Developed {
  ctx: SentenceContext;
  emit: Emit;
  done: Map<Mention, Mention>;
}

// A chip with a known maker is developed by that maker only (Nvidia's H100 is not Cohere's), or by the
// unit or parent the text names for it (AWS's Trainium, Amazon's).
const ownedBy = (ctx: SentenceContext, o: Mention, s: Mention) =>
  !ctx.knownMakerOf(o.id) || sameBusiness(ctx.lex, ctx.knownMakerOf(o.id), s.id);

function add(out: Developed, s: Mention | undefined, o: Mention, confidence: number): void {
  if (!s || out.done.has(o) || !ownedBy(out.ctx, o, s)) return;
  out.done.set(o, s);
  out.emit({ type: 'DEVELOPS', s, o, confidence });
}

const develops: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const made = ofType(ctx.mentions, CHIP_OR_PRODUCT, ctx.lex);
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const done = new Map<Mention, Mention>();
  const out: Developed = { ctx, emit, done };
  for (const m of allMatches(develop, simp)) {
    const end = m.index + m[0].length;
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs, 10)) continue;
    // 开发ChatGPT的(公司)OpenAI: the developer follows the relative clause.
    const rel = /^([^，,。的]{0,20})的(?:公司|企业)?/.exec(simp.slice(end));
    if (isChinese(m[0]) && rel) {
      const objs = made.filter((x) => x.start >= end && x.end <= end + rel[1]!.length);
      const dev = orgs.find((x) => x.start === end + rel[0].length);
      if (dev && objs.length) {
        for (const o of objs) add(out, dev, o, 0.8);
        continue;
      }
    }
    // 量产 by a foundry is manufacturing, not development.
    // (小鹏G7搭载三颗自研图灵芯片: with no company named, the maker of the product the clause opens with.)
    const opener = /自研|自主研发/.test(m[0]) ? made.find((x) => x.type === 'Product' && x.start >= cs && x.end <= m.index) : undefined;
    const productMaker = opener && ctx.knownMakerOf(opener.id);
    const subj = subjectBefore(ctx, m.index, ORG, false) ?? (productMaker ? orgRef(productMaker) : undefined);
    if (!subj || (m[0] === '量产' && ctx.lex.entries.get(subj.id)?.foundry)) continue;
    const [, ce] = clauseAt(simp, end);
    let objs = made.filter((x) => x.start >= end);
    const inClause = objs.filter((x) => x.start < ce);
    objs = inClause.length ? inClause : objs.filter((x) => x.start < clauseAt(simp, ce + 1)[1]);
    // 与辉达合作开发的GB10, developed with X: the partner develops it too, with the subject.
    const withPartner =
      /(?:与|和|同|跟)([^，,。与和]{1,12}?)(?:合作|共同|联合|携手)$|\b(?:together\s+with|jointly\s+with|with)\s+([^,;.]{1,30}?)\s*$/i.exec(
        simp.slice(clauseAt(simp, m.index)[0], m.index),
      );
    const partner = withPartner ? orgs.find((x) => x.start >= m.index - withPartner[0].length && x.end <= m.index) : undefined;
    const lead = partner && partner.id === subj.id ? subjectBefore(ctx, m.index - withPartner![0].length, ORG, false) : undefined;
    if (lead && partner && lead.id !== partner.id) {
      // Both develop it, unless the lexicon knows its maker; a part the product carries (搭载X的服务器) is no object.
      for (const o of objs) {
        if (CARRIED.test(simp.slice(Math.max(0, o.start - 8), o.start))) continue;
        const known = ctx.knownMakerOf(o.id);
        for (const d of [lead, partner]) if (!known || known === d.id) emit({ type: 'DEVELOPS', s: d, o, confidence: 0.7 });
      }
      continue;
    }
    // (发表采用三星HBM4的Vera Rubin: a part the product carries, maker named or not, is not what is launched.)
    for (const o of objs) if (!carried(ctx, o)) add(out, subj, o, 0.7);
    // "Broadcom co-developed the TPU with Google": the co-developer develops it too, whoever the lexicon names its maker.
    if (/^co-/i.test(simp.slice(m.index - 3, m.index)) && /\bwith\b/.test(simp.slice(end, ce)))
      for (const o of inClause) if (!done.has(o) && o.type === 'Chip') emit({ type: 'DEVELOPS', s: subj, o, confidence: 0.65 });
  }
  // 公司主要产品包括X、Y等芯片 / 旗下NPU系列包括X / Acme's products include X and Y: the owner's line-up.
  for (const m of allMatches(PRODUCT_LINE, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    // (公司主要产品: "the company" of a line-up is the one the story is about, not the last one named.)
    const subj = subjectBefore(ctx, m.index, ORG);
    const owner = subj?.anaphor || (!subj && cs === 0) ? (ctx.main ?? ctx.topic ?? subj) : subj;
    // (旗下产品包括视频生成平台海螺AI，以及应用Talkie: its products too, unless the lexicon names another maker.)
    for (const o of made.filter((x) => x.start >= m.index + m[0].length))
      if (o.type === 'Chip' || (owner && (ctx.knownMakerOf(o.id) ?? owner.id) === owner.id)) add(out, owner, o, 0.7);
  }
  // 其旗舰产品Y / its flagship Y / the company's in-house chips, called Y: the owner before, or the topic.
  for (const o of made) {
    const lead = simp.slice(Math.max(0, o.start - 60), o.start);
    // 旗舰产品X opening a sentence or clause is the topic's flagship too.
    const own =
      /(?:其|its)\s*(?:[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{0,3}\d{1,2}(?:纳米|奈米|nm|层)[\u4e00-\u9fff]{0,4}|(?:(?:new|latest|flagship|first|own|upcoming|newest|next|current|\w+-generation)[\s-]+)+)$/i.test(
        lead.slice(-40),
      ) || /(?:^|[，,。；;])\s*(?:旗舰|主力|最新|训练|推理|推论|核心)(?:产品|芯片|处理器)\s*[“"「『]?$/.test(lead.slice(-14));
    // "Its first product, the Corsair accelerator card": the owner's product in apposition.
    // ("It is working on a successor chip, Raptor": a new chip in apposition is the subject's.)
    const ownInApposition =
      /\b[Ii]ts\s+(?:(?:new|latest|flagship|first|second|next|own|newest)\s+)*(?:product|chip|accelerator|processor|offering),\s+the\s+$/.test(
        lead,
      ) ||
      (o.type === 'Chip' &&
        /\b(?:[Ii]ts|an?)\s+(?:(?:new|successor|next|next-generation|follow-on|second|third|first|own|newest|latest|\w+-generation)\s+)+(?:AI\s+)?(?:chip|accelerator|processor),\s+$/.test(
          lead,
        ));
    // "Europa, its second-generation AI processing unit": the chip, then what it is to the subject.
    const ownAfter =
      o.type === 'Chip' &&
      /^,\s+its\s+(?:[\w-]+\s+){0,3}?(?:AI\s+)?(?:chips?|accelerators?|processors?|processing\s+units?|GPUs?|NPUs?|ASICs?|SoCs?)\b/.test(
        simp.slice(o.end, o.end + 80),
      );
    if (ownAfter || (ownInApposition && !/\bthe\s+$/.test(lead))) {
      add(out, subjectBefore(ctx, o.start, ORG, false) ?? ctx.topic, o, 0.7);
      continue;
    }
    // "Its intelligence processing units, or IPUs": the acronym of the owner's chips.
    const acronym =
      /\b([Ii]ts|[A-Z][\w.&-]*['’]s?)\s+(?:[a-z-]+\s+){0,3}(?:processing\s+units?|processors?|accelerators?|chips?),?\s+(?:or|\()\s*$/.exec(
        lead,
      );
    if (ownInApposition) {
      add(out, ctx.topic, o, 0.7);
      continue;
    }
    if (acronym && o.type === 'Chip') {
      const owner = /^its$/i.test(acronym[1]!) ? ctx.topic : orgs.filter((x) => x.end <= o.start).pop();
      add(out, owner, o, 0.7);
      continue;
    }
    if (NEW_GENERATION.test(lead)) {
      // 公司将加快新一代训练芯片“X”的量产: the clause's subject presents its own new chip.
      // (SK海力士已与辉达就第六代HBM4完成谈判: a generation's owner opens the clause, not the partner named just before.)
      const owner = OF_NTH_GENERATION.test(lead)
        ? orgs.find((x) => x.end <= o.start && !x.anaphor && !/(?:与|和|同|跟)\s*$/.test(simp.slice(Math.max(0, x.start - 2), x.start)))
        : subjectBefore(ctx, o.start, ORG);
      add(out, owner ?? ctx.speaker, o, 0.7);
      continue;
    }
    // 超微宣布，代号「Venice」的第六代EPYC处理器…: a code name the announcing subject gives its chip.
    if (/代号为?\s*[“"「『]$/.test(lead)) {
      // (甲骨文…采用超微的Helios机柜，搭配代号「Venice」的新一代EPYC处理器: the code name of another maker's chip is that maker's.)
      const named = made.find((x) => x.start > o.end && x.start <= o.end + 16 && /^[”"」』]\s*的/.test(simp.slice(o.end, o.end + 3)));
      const makerId = ctx.knownMakerOf(o.id) ?? (named && ctx.knownMakerOf(named.id));
      const subject = subjectBefore(ctx, o.start, ORG, false);
      const announcer = makerId && subject?.id !== makerId ? orgs.find((x) => x.id === makerId) : subject;
      if (makerId && !announcer) continue;
      if (announcer) {
        add(out, announcer, o, 0.7);
        continue;
      }
    }
    if (!own && !(CALLED.test(lead) && (OWN.test(lead) || /['’]s\s|的|\bits\b|其/.test(lead)))) continue;
    // ("Etched, a startup founded by Harvard dropouts, … its Sohu chip": "its" is the subject's, not the last name's.)
    const subject = /\bits\s+(?:[\w-]+\s+)?$/i.test(lead) ? subjectBefore(ctx, o.start, ORG, false) : undefined;
    add(out, subject ?? orgs.filter((x) => x.end <= o.start).pop() ?? ctx.topic, o, 0.7);
  }
  // X自主研发的Y / X's own Y / X's Y / 辉达的Vera服务器处理器 (a chip right after the possessive)
  for (const s of orgs) {
    // (Rebellions' ATOM chip: a name ending in s takes the apostrophe alone, perhaps inside the matched name.)
    const tail = simp.slice(s.end, s.end + 16);
    const poss =
      /^(?:(?:自主研发|自研|自家|自己|内部|自行设计)的|的|(?:['’]s|['’](?=\s))\s+(?:(?:own|new|first|latest|in-house|custom)\s+)*)/.exec(
        tail,
      ) ?? (/s['’]$/.test(s.surface) ? /^\s+(?:(?:own|new|first|latest|in-house|custom)\s+)*/.exec(tail) : null);
    if (!poss || (/^['’]\s/.test(poss[0]) && !/s$/.test(s.surface))) continue;
    // (A bare 的 is weaker: not a reference, not the one a chip is supplied to (SK海力士供应辉达的HBM4), not a part carried.)
    const bare = poss[0] === '的';
    if (bare && (s.anaphor || SUPPLIED_TO.test(simp.slice(Math.max(0, s.start - 4), s.start)))) continue;
    const at = s.end + poss[0].length;
    const o = made.find((x) => x.start >= at && x.start <= at + 8);
    if (o && /^(?:自|内部)/.test(poss[0])) add(out, s, o, 0.75);
    else if (o && o.type === 'Chip' && o.start === at && !(bare && (carried(ctx, o) || negatedAt(ctx, s.end, clauseAt(simp, s.end)[0]))))
      // (AMD's MI300X and MI350 accelerators: each chip of the list after the possessive.)
      // (Not an item with a possessor of its own: "Nio's Shenji NX9031 and Xpeng's Turing chip".)
      for (const c of coordinated(ctx.mentions, o, simp, ['Chip']))
        if (
          (!ctx.knownMakerOf(c.id) || ownedBy(ctx, c, s)) &&
          !orgs.some((x) => x !== s && x.end <= c.start && /^(?:['’]s?|的)\s*$/.test(simp.slice(x.end, c.start)))
        )
          add(out, s, c, 0.65);
  }
  // "FuriosaAI, whose RNGD processor is in use", "FuriosaAI, the Seoul-based designer of the Warboy chip": the chip the
  // appositive gives the name before it.
  for (const s of orgs) {
    if (s.anaphor) continue;
    const ap = APPOSITIVE_MAKER.exec(simp.slice(s.end, s.end + 80));
    const o = ap && made.find((x) => x.type === 'Chip' && x.start === s.end + ap[0].length);
    // ("Micron supplies Nvidia, whose HBM4 orders have tripled": the chips it orders are no work of its own.)
    const bought = o && !ap[1] && WHOSE_BUYING.test(simp.slice(o.end, o.end + 30));
    if (o && !bought && (!ctx.knownMakerOf(o.id) || ownedBy(ctx, o, s))) add(out, s, o, ap[1] ? 0.7 : 0.65);
  }
  // "Micron will begin shipping HBM4", SK海力士开始量产HBM4: a chip vendor that ships or mass-produces a chip makes it.
  for (const m of allMatches(SHIPS, simp)) {
    const subj = subjectBefore(ctx, m.index, ORG, false);
    const vendor = subj && ctx.lex.entries.get(subj.id);
    if (!subj || !vendor?.chipVendor || vendor.foundry || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    const end = m.index + m[0].length;
    const o = made.find((x) => x.type === 'Chip' && x.start >= end && x.start <= end + 12);
    if (o) add(out, subj, o, 0.65);
  }
  // 阿里云旗下的人工智能平台PAI: a product the company has under it, described before its name.
  for (const s of orgs) {
    const under = /^旗下(?:的)?[\u4e00-\u9fff]{0,8}?$/;
    const o = made.find((x) => x.start > s.end && x.start <= s.end + 11 && under.test(simp.slice(s.end, x.start)));
    if (o && o.type === 'Product' && !negatedAt(ctx, s.end, clauseAt(simp, s.end)[0])) add(out, s, o, 0.7);
  }
  // Last, for the chips no other pattern gave a developer: the known maker named in the same sentence as its chip or product (英伟达H100, OpenAI's GPT-5), or its
  // unit or parent (AWS Trainium): the one right before the product if any.
  for (const o of made) {
    const maker = ctx.knownMakerOf(o.id);
    // (A group's foundry unit makes the group's chips, it does not design them: Samsung Foundry and the Exynos.)
    const named = maker
      ? orgs.filter((x) => sameBusiness(ctx.lex, maker, x.id) && !(x.id !== maker && ctx.lex.entries.get(x.id)?.foundry))
      : [];
    const before = named.filter((x) => x.end <= o.start && MAKER_THEN_PRODUCT.test(simp.slice(x.end, o.start))).pop();
    // Else the maker, or the unit named as its own (亚马逊旗下的AWS…开发Trainium: AWS).
    const exact = named.find((x) => x.id === maker);
    const unit = exact && modifies(ctx, exact) ? named.find((x) => x.start >= exact.end && x.start - exact.end <= 16) : undefined;
    // ("Its processors, including Grayskull and Wormhole": with no maker named in the sentence, a possessive before the
    // chip is the story's company's when the lexicon files the chip under it.)
    const story =
      !named.length && /\b(?:its|their)\b|其/i.test(simp.slice(clauseAt(simp, o.start)[0], o.start))
        ? [ctx.main, ctx.topic].find((x) => x && x.id === maker)
        : undefined;
    // (A lower confidence: a name beside its maker says who makes it, not that the story is about the maker's chips.)
    add(out, before ?? unit ?? exact ?? story, o, MAKER_NAMED);
  }
  // AMD第六代EPYC「Venice」: a code name in quotes after a chip is the same developer's.
  for (const o of made) {
    const p = made.find((x) => x.end <= o.start && /^\s*[「“"『]\s*$/.test(simp.slice(x.end, o.start)));
    const dev = p && done.get(p);
    if (dev) add(out, dev, o, 0.7);
  }
  // 联发科与辉达合作关系密切，双方共同开发的GB10 / 紫霄亦为双方联合研发成果: both parties develop the clause's chips.
  const both = /双方(?:共同|联合|合作)?(?:开发|研发|设计|打造|研制)/.exec(simp);
  if (both && !negatedAt(ctx, both.index, clauseAt(simp, both.index)[0])) {
    const [bs, be] = clauseAt(simp, both.index);
    // (A unit named beside its parent stands for the parent: 腾讯云…腾讯…双方 are 燧原 and 腾讯.)
    const parentIn = (x: Mention) => orgs.find((y) => y.id === ctx.lex.entries.get(x.id)?.parentId) ?? x;
    const parties = orgs
      .filter((x) => !x.anaphor)
      .map(parentIn)
      .filter((x, k, xs) => xs.findIndex((y) => y.id === x.id) === k)
      .slice(0, 2);
    const chipsThere = made.filter((x) => x.type === 'Chip' && x.start >= bs && x.end <= be);
    if (parties.length === 2) for (const c of chipsThere) for (const p of parties) emit({ type: 'DEVELOPS', s: p, o: c, confidence: 0.65 });
  }
  // 训练产品“天垓”系列中，天垓Gen1于2021年量产: a model of a family whose developer the article has named is that developer's.
  for (const o of made) {
    if (o.type !== 'Chip' || done.has(o) || ctx.knownMakerOf(o.id)) continue;
    const family = made.find(
      (f) => f !== o && f.type === 'Chip' && o.surface.startsWith(f.surface) && MODEL_SUFFIX.test(o.surface.slice(f.surface.length)),
    );
    // (…or named in an earlier sentence: 天垓Gen2于2023年量产 after the sentence on the 天垓 series.)
    const split = family ? undefined : /^(.+?)(?=[\s-]?(?:Gen\s?\d|\d))/.exec(o.surface);
    const familyId =
      family?.id ?? (split && split[1]!.length >= 2 ? (ctx.lex.byKey.get(nameKey(split[1]!)) ?? nameKey(split[1]!)) : undefined);
    const maker = familyId && !ctx.lex.entries.get(familyId)?.generic ? ctx.makerOf(familyId) : undefined;
    add(out, (family && done.get(family)) ?? (maker ? orgRef(maker) : undefined), o, 0.65);
  }
  // "Helios, the HPE-built system", "the Fujitsu-designed A64FX": who built or designed the thing named beside it.
  for (const o of orgs) {
    const hy = BUILT_BY.exec(simp.slice(o.end, o.end + 48));
    if (!hy || o.anaphor) continue;
    const after = made.find((x) => x.start === o.end + hy[0].length);
    const appositive = /,\s*(?:the|a|an|its)\s+$/i.exec(simp.slice(Math.max(0, o.start - 8), o.start));
    const before = appositive
      ? made.filter((x) => x.end <= o.start - appositive[0].length && /^\s*$/.test(simp.slice(x.end, o.start - appositive[0].length))).pop()
      : undefined;
    const thing = after ?? (before && PRODUCT_KIND_AFTER.test(simp.slice(o.end + hy[0].length)) ? before : undefined);
    if (thing && !done.has(thing)) add(out, o, thing, 0.7);
  }
  // Chips named after a launch without their maker (Acme unveiled two chips. … the Z100 and Z200 …).
  if (ctx.launcher && !orgs.some((x) => !x.anaphor)) {
    for (const o of made) if (o.type === 'Chip' && !ctx.lex.entries.get(o.id)?.generic) add(out, ctx.launcher, o, 0.65);
  }
};

export const DEVELOP_RULES: Rule[] = [develops];

const LAUNCH = /推出|发布|揭晓|亮相|\b(?:unveil\w*|launch\w*|introduc\w+|announc\w+|debut\w*)\b/i;
const CHIPS_NOUN = /芯片|晶片|处理器|加速器|\b(?:chips|processors|accelerators)\b/i;

/** An organization that launches chips without naming them here: the chips named next are its own. */
export function launcherIn(ctx: Parameters<Rule>[0]): Mention | undefined {
  const launch = firstMatch(LAUNCH, ctx.simp);
  if (!launch || !matchesIn(CHIPS_NOUN, ctx.simp) || ofType(ctx.mentions, ['Chip'], ctx.lex).length) return undefined;
  return subjectBefore(ctx, launch.index, ORG, false);
}
