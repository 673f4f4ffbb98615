import { CHIP_OR_PRODUCT, clauseAt, coordinated, isReporter, mentionsAfter, ofType, ORG, subjectBefore } from '../context';
import type { DealStatus } from '../types';
import { cue, negatedAt, type Rule, type Terms } from './terms';
import { allMatches } from '../regex';

/** ACQUIRES (acquirer -> target) with the deal's status: considering, announced or completed. */

const ACQUIRE: Terms = {
  zh: [
    '收购',
    '并购',
    '买下',
    '(?:收入|纳入)旗下',
    '吞并',
    '吸收合并',
    '换股合并',
    // 取得芯源微的控制权: control of the company named before 控制权 in the clause.
    '(?:取得|获得|拿下)(?=[^，,。；]{1,30}?(?:控制权|控股权))',
    // 取得ELYZA过半股权: a majority of the shares.
    '(?:取得|获得|拿下)(?=[^，,。；]{1,40}?(?:过半|半数以上|多数|全部|100%)(?:的)?(?:股权|股份))',
  ],
  en: [
    'snap(?:s|ped|ping)?\\s+up',
    '(?:take|takes|took|taking|gain|gains|gained|gaining|assume|assumes|assumed)\\s+control\\s+of',
    'acquir(?:e|es|ed|ing)',
    'acquisition of',
    'takeover of',
    'take over',
    'takes over',
    'took over',
    'taking over',
    'buy(?:s|ing)?',
    'bought',
    'purchas(?:e|es|ed|ing)',
    'buyout of',
  ],
};
// The target before the buyer: X被Y收购, X was acquired by Y.
const ACQUIRED_BY: Terms = {
  zh: ['被[^，,。]{0,20}?(?:收购|并购|买下)'],
  en: ['(?:was|were|is|be|been|being|to be)\\s+(?:acquired|bought|purchased|taken over)\\s+by'],
};
const STATUS: Record<DealStatus, Terms> = {
  completed: {
    zh: [
      '已完成',
      '完成',
      '已收购',
      '已经收购',
      '在\\d{4}年收购',
      '于\\d{4}年收购',
      '此前收购',
      '早前收购',
      '收购了',
      '已经完成',
      '正式完成',
      '正式取得',
      '已取得',
    ],
    en: ['completed', 'closed', 'finalized', 'has acquired', 'had acquired', 'acquired(?! by)', 'bought', 'snapped up', 'took control'],
  },
  considering: {
    zh: ['拟', '考虑', '评估', '洽谈', '谈判', '潜在', '可能', '传出', '寻求', '有意', '据悉', '筹划', '计划'],
    en: [
      'in talks',
      'in discussions',
      'considering',
      'weighing',
      'explor\\w*',
      'potential',
      'may',
      'could',
      'reportedly',
      'would',
      'seek\\w*',
      'mull\\w*',
    ],
  },
  announced: { zh: [], en: [] },
};
// Tested once per clause, so not global (a global regex keeps its position between tests).
const COMPLETED = new RegExp(cue(STATUS.completed).source, 'i');
const CONSIDERING = new RegExp(cue(STATUS.considering).source, 'i');

function dealStatus(text: string): DealStatus {
  if (COMPLETED.test(text)) return 'completed';
  if (CONSIDERING.test(text)) return 'considering';
  return 'announced';
}

// "pushed back on the idea that the chipmaker was buying the startup": a takeover denied, further back than a negation.
const DISPUTED =
  /\b(?:pushed|pushes|pushing)\s+back\s+(?:on|against)|\b(?:dismissed|dismisses|played\s+down|plays\s+down|disputed|disputes)\s+(?:the\s+)?(?:idea|notion|suggestion|reports?|claims?|speculation)\b/i;
// "buy chips from X", "buy Nvidia GPUs": goods, not the company.
const GOODS_AFTER =
  /^\s*(?:['’]s\s+)?(?:[\w-]+\s*){0,3}?(?:chips?|GPUs?|CPUs?|processors?|hardware|servers?|capacity|accelerators?|shares?|stakes?|orders?|switches|gear|equipment|products|modules?|boards?|cards?|systems|kits?|licen[cs]es?|芯片|晶片|处理器|服务器|模组|模块|股份|股票|订单|大单)\b/i;
const GOODS_BEFORE =
  /^\s*(?:[\w-]+\s+){0,3}?(?:capacity|compute|computing\s+power|chips|GPUs|servers|electricity|output|wafers)\s+(?:that\s+|which\s+)?$/i;
// What stands between a maker and its goods named after it: "Nvidia's A800", 英伟达的H20, "Nvidia H100".
const MAKER_BEFORE_GOODS = /^(?:\s*['’]s\s+|\s*的\s*|\s+|)$/;
// "buy Arm's Artisan IP unit", 买下安谋的Artisan基础IP业务: a part of the company, not the company.
// (收购夏普堺工厂的土地与建物: a plant written right after the name is the part bought.)
const PART_AFTER =
  /^(?:\s*['’]s\s+(?:[\w-]+\s+){0,4}?(?:units?|business(?:es)?|divisions?|arms?|assets|operations|factories|plants|fabs?|teams?|portfolio|product lines?|IP)\b|的[^，,。；]{0,16}?(?:业务|部门|事业部|资产|工厂|厂房|团队|产线|产品线)|(?![以后将并])[\u4e00-\u9fff]{0,2}?(?:工厂|厂房|厂区|晶圆厂|面板厂)(?:的)?)/i;

const DESCRIBED_TARGET =
  /^(?:[^，,。、与和及]{0,12}?(?:商|公司|厂|企业|新创|初创|业者|供应商)|-?(?:based|compatible|powered)?\s+(?:[a-z-]+\s+){0,3}(?:designer|maker|startup|company|firm|supplier|developer|provider))\s*$/;
const acquireCue = cue(ACQUIRE);
// "Nervana, a chip start-up that Intel bought in 2016" / "MosaicML, which Databricks acquired": the buyer
// opens a relative clause on the target, named before it.
const RELATIVE_BUYER = /(?:,\s*|\b)(?:which|that|whom)\s+$/;
const PAST_BUY = /^(?:acquired|bought|purchased|took over)$/;
const BUYER_GAP = /^\s+(?:(?:had|has|later|eventually|then|subsequently|ultimately|went on to)\s+)*$/;
const acquiredByCue = cue(ACQUIRED_BY);

const HOLDING_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:stock|shares|equity|stakes?|bonds|notes|debt)\b/i;
const acquires: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(acquiredByCue, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const target = ofType(ctx.mentions, ORG, ctx.lex)
      .filter((x) => x.end <= m.index && x.start >= cs)
      .pop();
    const buyer = m[0].startsWith('被')
      ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start > m.index && x.end <= m.index + m[0].length)
      : mentionsAfter(ctx, m.index + m[0].length, ORG, ce)[0];
    if (target && buyer && !negatedAt(ctx, m.index, cs))
      emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.85, status: dealStatus(simp) });
  }
  for (const m of allMatches(acquireCue, simp)) {
    if (/被[^，,。]{0,20}$/.test(simp.slice(0, m.index)) || /^\s+by\b/.test(simp.slice(m.index + m[0].length))) continue;
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    // ("X, a start-up that Intel bought in 2016, and he stayed at Intel": the relative clause's buyer, whatever follows.)
    if (PAST_BUY.test(m[0]) && relativeTarget(ctx, m.index, emit)) continue;
    // ("Sandia buying in is the strongest signal": buying in is taking a stake or an order, not a takeover.)
    if (/^buy(?:s|ing)?$/.test(m[0]) && /^\s+in\b(?!\s+[A-Z\d])/.test(simp.slice(end, end + 8))) continue;
    let target = mentionsAfter(ctx, end, ORG, ce)[0];
    // 收购安谋架构服务器芯片商Ampere / buy Arm-based server chip designer Ampere: a name inside the description
    // of the target is not the target.
    const described = target && mentionsAfter(ctx, target.end, ORG, ce)[0];
    if (target && described && DESCRIBED_TARGET.test(simp.slice(target.end, described.start))) target = described;
    let buyer = subjectBefore(ctx, m.index, ORG);
    // 对X(全部股权)的收购: the target stands between 对 and the verb.
    const dui = /对([^，,。]{1,30})的$/.exec(simp.slice(0, m.index));
    if (dui) {
      const inside = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start >= m.index - dui[0].length && x.end <= m.index);
      if (inside.length) {
        target = inside[0];
        buyer = subjectBefore(ctx, m.index - dui[0].length, ORG);
      }
    }
    // 将X收入/纳入旗下: the target between 将 and the verb.
    const jiang = m[0].endsWith('旗下') ? /将([^，,。]{1,30})$/.exec(simp.slice(cs, m.index)) : null;
    if (jiang) {
      target =
        ofType(ctx.mentions, ORG, ctx.lex)
          .filter((x) => x.start >= cs + jiang.index && x.end <= m.index)
          .pop() ?? target;
      // (The buyer is the subject before 将.)
      buyer = subjectBefore(ctx, cs + jiang.index, ORG) ?? buyer;
    }
    if (!buyer || !target || buyer.id === target.id || negatedAt(ctx, m.index, cs, 30)) continue;
    // ("pushed back on the idea that the chipmaker was buying the startup": a takeover denied.)
    if (DISPUTED.test(simp.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "buy chips from X" is a purchase of goods, not of the company.
    // "bought a stake in X" is an investment; only all of it is a takeover.
    const between = simp.slice(end, target.start);
    if (
      /\b(?:stakes?|shares?|equity|interests?)\s+(?:in|of)\s*$|股份|股权|股票/i.test(between) &&
      !/100%|entire|all of|全部|百分之百/i.test(between)
    )
      continue;
    // ("will buy any capacity CoreWeave cannot sell": goods named before the company are bought, not the company.)
    if (/\bfrom\s*$|向|从/.test(between) || GOODS_AFTER.test(simp.slice(target.end, target.end + 40)) || GOODS_BEFORE.test(between))
      continue;
    // ("bought $2 billion of CoreWeave's Class A stock": the company's stock or debt, some of it, is an investment.)
    if (HOLDING_AFTER.test(simp.slice(target.end, target.end + 40)) && !/entire|all of|100%/i.test(between)) continue;
    // ("neoclouds that buy its chips, a group that also includes CoreWeave": goods bought, then another phrase.)
    // ("the option to buy additional services and capacity that would lift the total to about $19.4 billion, Nebius said".)
    if (
      /\b(?:chips?|GPUs?|processors?|accelerators?|servers?|products?|services|capacity|hardware|memory)\b(?:[^.;]|\.\d)*,/i.test(between)
    )
      continue;
    // ("cut purchases of the H20, the cut-down chip Nvidia designed": a chip named before the company is what is bought.)
    if (ctx.mentions.some((x) => x.type === 'Chip' && x.start >= end && x.end <= target.start)) continue;
    // ("an $8.9 billion purchase of common stock, and after SoftBank …": stock bought, and the name in the next clause.)
    if (/\bstock\b|,\s*and\s/i.test(between)) continue;
    // ("bought Nvidia's A800 and H800", 买下英伟达的H20: the maker's chips or products, named.)
    if (
      ctx.mentions.some(
        (x) => CHIP_OR_PRODUCT.includes(x.type) && x.start >= target.end && MAKER_BEFORE_GOODS.test(simp.slice(target.end, x.start)),
      )
    )
      continue;
    if (PART_AFTER.test(simp.slice(target.end, target.end + 60))) continue;
    // "bought startups A and B": every target of the list.
    const status = dealStatus(simp.slice(cs, ce) + simp.slice(Math.max(0, m.index - 12), m.index));
    for (const t of coordinated(ctx.mentions, target, simp, ORG))
      if (t.id !== buyer.id) emit({ type: 'ACQUIRES', s: buyer, o: t, confidence: 0.85, status });
  }
};

/** The target of "X, (a …) that Y bought": Y right before the verb, the relative pronoun before Y, X before that. */
function relativeTarget(ctx: Parameters<Rule>[0], at: number, emit: Parameters<Rule>[1]): boolean {
  const { simp } = ctx;
  const buyer = ofType(ctx.mentions, ORG, ctx.lex)
    .filter((x) => x.end <= at)
    .pop();
  if (!buyer || buyer.anaphor || !BUYER_GAP.test(simp.slice(buyer.end, at) || ' ')) return false;
  const from = Math.max(0, buyer.start - 12);
  const rel = RELATIVE_BUYER.exec(simp.slice(from, buyer.start));
  if (!rel) return false;
  const relAt = from + rel.index;
  // (The target is named before the pronoun, in the same sentence part: "X, an early maker of chips that".)
  const target = ofType(ctx.mentions, ORG, ctx.lex)
    .filter((x) => x.end <= relAt && relAt - x.end <= 80 && !/[;；。]/.test(simp.slice(x.end, relAt)))
    .pop();
  if (!target || target.id === buyer.id || negatedAt(ctx, at, clauseAt(simp, at)[0])) return false;
  // ("the chips that Intel bought", "a stake that X bought": goods between the target and the pronoun.)
  if (
    /\b(?:chips?|GPUs?|stake|shares?|products?|processors?|servers?|capacity|assets?|business|unit|division)\s*$/i.test(
      simp.slice(target.end, relAt),
    )
  )
    return false;
  emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.8, status: 'completed' });
  return true;
}

// "Nvidia approached makers of such chips, including Cerebras and Groq, about possible acquisitions": a takeover considered.
const APPROACHED =
  /\b(?:approached|approaches|sounded\s+out|courted)\s+([^.;]{1,80}?)\s+about\s+(?:a\s+|an\s+|possible\s+|potential\s+)*(?:acquisitions?|takeovers?|buyouts?|(?:buying|acquiring)\s+(?:them|it))\b/g;
const approached: Rule = (ctx, emit) => {
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(APPROACHED, ctx.simp)) {
    const [cs] = clauseAt(ctx.simp, m.index);
    const buyer = subjectBefore(ctx, m.index, ORG, false);
    const first = orgs.find((x) => x.start > m.index && x.end <= m.index + m[0].length && !x.anaphor);
    if (!buyer || !first || negatedAt(ctx, m.index, cs)) continue;
    for (const t of coordinated(ctx.mentions, first, ctx.simp, ORG, true))
      if (t.id !== buyer.id && t.end <= m.index + m[0].length)
        emit({ type: 'ACQUIRES', s: buyer, o: t, confidence: 0.7, status: 'considering' });
  }
};

// "the $7 billion it paid for Mellanox", "the VMware business Broadcom bought in 2023": a past takeover named in passing.
const PAID_FOR =
  /\b(?:paid|spent)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|more\s+than\s+)?(?:US)?[$€¥£][\d.,]+\s*(?:billion|million|bn|m)?\s+(?:for|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?|(?:US)?[$€¥£][\d.,]+\s*(?:billion|million|bn|m)?\s+(?:it|they)\s+(?:had\s+)?(?:paid|spent)\s+(?:for|on)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?/g;
const THE_X_THEY_BOUGHT = /^\s+(?:business|unit|company|division|group)?\s*$/;
// FuriosaAI拒绝Meta 8亿美元收购要约, "rejected Meta's takeover offer": a bid made and turned down is a takeover considered.
const BID_REJECTED =
  /(?:拒绝|回绝|婉拒)(?:了)?([^，,。；]{1,24}?)(?:提出的|的)?[^，,。；]{0,16}?(?:收购|并购)(?:要约|提议|邀约|报价|提案)|\b(?:rejected|rebuffed|turned\s+down|spurned)\s+(?:an?\s+)?([^.;]{1,40}?)['’]s?\s+(?:[$\d.,]+\s*(?:billion|million)?\s+)?(?:takeover|acquisition|buyout)\s+(?:offer|bid|approach|proposal)/g;
const pastAndRejected: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(PAID_FOR, simp)) {
    const target = orgs.find((x) => x.start === m.index + m[0].length && !x.anaphor);
    // ("well above the $7 billion it paid for Mellanox": "it" is the sentence's subject, the first company it names
    // that is no news outlet, not the last one named.)
    const it = /\b(?:it|they)\s+(?:had\s+)?(?:paid|spent)\b/.test(m[0]);
    const buyer = it ? orgs.find((x) => !x.anaphor && x.end <= m.index && !isReporter(x, simp)) : subjectBefore(ctx, m.index, ORG, false);
    // ("paid $2 billion for Groq's assets": a possessive names what was bought, not the company.)
    if (!target || !buyer || buyer.id === target.id || /^['’]s?\s/.test(simp.slice(target.end, target.end + 3))) continue;
    // ("spent $10 billion on Nvidia chips": goods, read by the supply rules.)
    if (GOODS_AFTER.test(simp.slice(target.end, target.end + 40))) continue;
    if (!negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.7, status: 'completed' });
  }
  for (const target of orgs) {
    if (!/\bthe\s+$/.test(simp.slice(Math.max(0, target.start - 4), target.start))) continue;
    const buyer = orgs.find(
      (x) => x.start > target.end && x.start - target.end <= 12 && THE_X_THEY_BOUGHT.test(simp.slice(target.end, x.start)),
    );
    if (buyer && /^\s+(?:bought|acquired|purchased)\b/.test(simp.slice(buyer.end, buyer.end + 12)) && buyer.id !== target.id)
      emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.7, status: 'completed' });
  }
  for (const m of allMatches(BID_REJECTED, simp)) {
    const inside = orgs.filter((x) => x.start >= m.index && x.end <= m.index + m[0].length);
    const bidder = inside.find((x) => x.start > m.index + 1);
    const target = subjectBefore(ctx, m.index, ORG, false);
    if (bidder && target && bidder.id !== target.id)
      emit({ type: 'ACQUIRES', s: bidder, o: target, confidence: 0.7, status: 'considering' });
  }
};

export const DEAL_RULES: Rule[] = [acquires, approached, pastAndRejected];
