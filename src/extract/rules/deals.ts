import { clauseAt, coordinated, mentionsAfter, ofType, ORG, subjectBefore } from '../context';
import type { Mention } from '../matcher';
import type { DealStatus } from '../types';
import { cue, negatedAt, type Rule, type Terms } from './terms';
import { allMatches } from '../regex';

/** ACQUIRES (acquirer -> target) with the deal's status: considering, announced or completed. */

const ACQUIRE: Terms = {
  zh: ['收购', '并购', '买下', '(?:收入|纳入)旗下', '吞并', '吸收合并', '换股合并', '洽购', '入主', '收入囊中'],
  en: [
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
    'snap(?:s|ped|ping)? up',
  ],
};
// The target before the buyer: X被Y收购, X was acquired by Y.
const ACQUIRED_BY: Terms = {
  zh: ['(?:被|由)[^，,。]{0,20}?(?:收购|并购|买下)'],
  en: [
    '(?:was|were|is|be|been|being|to be)\\s+(?:acquired|bought|purchased|taken over)\\s+by',
    // "Inphi, the connectivity firm later acquired by Marvell": a participle after an adverb of time.
    '(?:later|since|subsequently|eventually|ultimately|previously|once)\\s+(?:acquired|bought|purchased|taken over)\\s+by',
  ],
};
// "X, the data-center connectivity firm (later acquired by)": the target's appositive before a reduced relative.
const APPOSITIVE_GAP = /^\s*,\s*(?:(?:a|an|the)\s+(?:[\w.-]+\s+){0,5}?)?$/i;
// A passive that tells the deal closed: was acquired by, 已被/去年被/2019年被…收购.
const PASSIVE_DONE = /^(?:was|were|been|later|since|subsequently|eventually|ultimately|previously|once)\b/i;
const ZH_PASSIVE_DONE = /(?:已经?|去年|前年|早年|曾经?|此前|早前|\d{4}年)\s*$/;
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
      // 雷川科技去年收购的澜算科技: a purchase dated in the past.
      '(?:去年|前年|早年|曾经?|当年)(?:[^，,。]{0,8}?)(?:收购|并购|买下)',
    ],
    en: [
      'completed',
      'closed',
      'finalized',
      'has acquired',
      'had acquired',
      'acquired(?! by)',
      'bought',
      'snapped up',
      'sold',
      'after (?:acquiring|buying|purchasing)',
    ],
  },
  considering: {
    zh: ['拟', '考虑', '评估', '洽谈', '洽购', '谈判', '潜在', '可能', '传出', '寻求', '有意', '据悉', '筹划', '计划'],
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

// "buy chips from X", "buy Nvidia GPUs": goods, not the company.
// A company's plant, assets or business bought (Korvex Labs' Austin plant, 联合再生竹南厂) is no takeover of it.
const GOODS_AFTER = new RegExp(
  [
    /^\s*(?:['’]s?\s+)?(?:(?!(?:and|or|for|to|in|with)\b)[\w-]+\s*){0,3}?/.source +
      /(?:chips?|GPUs?|CPUs?|processors?|hardware|servers?|capacity|accelerators?|shares?|stakes?|orders?|switches|gear|equipment|products|plants?|factory|factories|fabs?|facility|facilities|assets|business(?:es)?|patents)\b/
        .source,
    // (Chinese: the goods right after the name, or a plant after its place: 澜算科技的芯片, 联合再生竹南厂.)
    /^(?:的)?(?:芯片|晶片|处理器|服务器|订单|大单|产线|资产|业务|专利|[\u4e00-\u9fff]{0,3}(?:厂|厂房))/.source,
  ].join('|'),
  'i',
);
// "purchases of Photonic Fabric products, and AWS…": goods bought before the next name, which is no target.
const GOODS_BETWEEN = /\b(?:chips|GPUs|CPUs|products|servers|processors|systems|equipment|hardware|components|modules|accelerators)\b/i;

const DESCRIBED_TARGET =
  /^(?:[^，,。、与和及]{0,12}?(?:商|公司|厂|企业|新创|初创|业者|供应商)|-?(?:based|compatible|powered)?\s+(?:[a-z-]+\s+){0,3}(?:designer|maker|startup|company|firm|supplier|developer|provider))\s*$/;
const acquireCue = cue(ACQUIRE);
// "Nervana, a chip start-up that Intel bought in 2016" / "MosaicML, which Databricks acquired": the buyer
// opens a relative clause on the target, named before it.
const RELATIVE_BUYER = /(?:,\s*|\b)(?:which|that|whom)\s+$/;
// The appositive of a zero relative: ", the Israeli chip designer (Amazon bought)".
const ZERO_RELATIVE =
  /^\s*,\s*(?:a|an|the)\s+(?:[\w.-]+\s+){0,4}?(?:designer|maker|start-?up|company|firm|developer|provider|supplier|specialist|chipmaker|outfit)\s+$/i;
// An offer to buy a company, and who made it: "Meta's $800 million (takeover offer)", Meta开出的8亿美元(收购提议).
const OFFER = /\b(?:takeover|acquisition|buyout)\s+(?:offer|bid|proposal|approach)\b|收购(?:提议|要约|邀约|报价|提案)/gi;
const OFFER_OWNER = /^(?:['’]s\s+(?:[\w$.,-]+\s+){0,4}|\s*(?:开出|提出|发出|提交)?的[^，,。]{0,12})$/;
const NO_OFFER = /\b(?:not|never|no|denied|denies)\b|没有|并未|未曾|否认/i;
// A participle clause opening the sentence: "After acquiring X, Y…".
const AFTER_BUYING = /^\s*(?:after|since|following|by)\s+$/i;
// "sold X to", "sell itself to", "was sold to", 将X出售给: the buyer's name follows.
const SOLD_TO =
  /\b(?:sold|sells?|selling)\s+(?:itself|([A-Z][^\s,;.]*(?:\s+[A-Z][^\s,;.]*){0,3}))\s+to\s+|\b(?:was|were|is|be|been|being)\s+sold\s+to\s+|(?:出售|转让|卖)(?:给|予)/g;
const PAST_BUY = /^(?:acquired|bought|purchased|took over)$/;
const BUYER_GAP = /^\s+(?:(?:had|has|later|eventually|then|subsequently|ultimately|went on to)\s+)*$/;
const acquiredByCue = cue(ACQUIRED_BY);

const acquires: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(acquiredByCue, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const target = ofType(ctx.mentions, ORG, ctx.lex)
      .filter((x) => x.end <= m.index && x.start >= cs)
      .pop();
    // (X由Y收购 names the target first; 由Y收购X is the active order, read below.)
    if (m[0].startsWith('由') && (!target || mentionsAfter(ctx, m.index + m[0].length, ORG, m.index + m[0].length + 2).length)) continue;
    const buyer = /^[被由]/.test(m[0])
      ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start > m.index && x.end <= m.index + m[0].length)
      : mentionsAfter(ctx, m.index + m[0].length, ORG, ce)[0];
    // (A reduced relative, "Inphi, the connectivity firm later acquired by Marvell", needs the target's appositive.)
    if (
      /^[a-z]/i.test(m[0]) &&
      !/^(?:was|were|is|be|been|being|to)\b/i.test(m[0]) &&
      target &&
      !APPOSITIVE_GAP.test(simp.slice(target.end, m.index))
    )
      continue;
    const done = /^[被由]/.test(m[0]) ? ZH_PASSIVE_DONE.test(simp.slice(cs, m.index)) : PASSIVE_DONE.test(m[0]);
    // (Else the status of the rest of the sentence: "will be bought by" is not completed for its "bought".)
    const status = done ? 'completed' : dealStatus(simp.slice(0, m.index) + simp.slice(m.index + m[0].length));
    if (target && buyer && !negatedAt(ctx, m.index, cs)) emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.85, status });
  }
  for (const m of allMatches(acquireCue, simp)) {
    if (/被[^，,。]{0,20}$/.test(simp.slice(0, m.index)) || /^\s+by\b/.test(simp.slice(m.index + m[0].length))) continue;
    // (X由Y收购 was read as a passive above.)
    const you = /由[^，,。]{0,20}$/.exec(simp.slice(0, m.index));
    if (you && ofType(ctx.mentions, ORG, ctx.lex).some((x) => x.end <= m.index - you[0].length && x.start >= clauseAt(simp, m.index)[0])) {
      if (!mentionsAfter(ctx, m.index + m[0].length, ORG, m.index + m[0].length + 2).length) continue;
    }
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    // ("X, a start-up that Intel bought in 2016, and he stayed at Intel": the relative clause's buyer, whatever follows.)
    if (PAST_BUY.test(m[0]) && relativeTarget(ctx, m.index, emit)) continue;
    // ("Sandia buying in is the strongest signal": buying in is taking a stake or an order, not a takeover.)
    if (/^buy(?:s|ing)?$/.test(m[0]) && /^\s+in\b(?!\s+[A-Z\d])/.test(simp.slice(end, end + 8))) continue;
    // 与X谈判，拟买下对方: "the other side" is the company the talks are with.
    const other = /^\s*对方/.test(simp.slice(end)) ? talksPartner(ctx, m.index) : undefined;
    let target = other ?? mentionsAfter(ctx, end, ORG, ce)[0];
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
    const jiang = /(?:旗下|囊中)$/.test(m[0]) ? /将([^，,。]{1,30})$/.exec(simp.slice(cs, m.index)) : null;
    if (jiang) {
      target =
        ofType(ctx.mentions, ORG, ctx.lex)
          .filter((x) => x.start >= cs + jiang.index && x.end <= m.index)
          .pop() ?? target;
      // (The buyer is the subject before 将.)
      buyer = subjectBefore(ctx, cs + jiang.index, ORG) ?? buyer;
    }
    // "After acquiring X, Y expanded": the buyer is the subject after the opening clause.
    if (target && AFTER_BUYING.test(simp.slice(0, m.index))) {
      const comma = /^\s*,\s*/.exec(simp.slice(target.end));
      buyer = (comma && mentionsAfter(ctx, target.end + comma[0].length, ORG, target.end + comma[0].length + 1)[0]) || buyer;
    }
    if (!buyer || !target || buyer.id === target.id || negatedAt(ctx, m.index, cs, 30)) continue;
    // "buy chips from X" is a purchase of goods, not of the company.
    // "bought a stake in X" is an investment; only all of it is a takeover.
    const between = simp.slice(end, target.start);
    if (
      /\b(?:stake|shares?|equity|interest)\s+(?:in|of)\s*$|股份|股权|股票/i.test(between) &&
      !/100%|entire|all of|全部|百分之百|\b(?:majority|controlling)\b/i.test(between)
    )
      continue;
    if (/\bfrom\s*$|向|从/.test(between) || GOODS_BETWEEN.test(between) || GOODS_AFTER.test(simp.slice(target.end, target.end + 40)))
      continue;
    // "bought startups A and B": every target of the list.
    const status = dealStatus(simp.slice(cs, ce) + simp.slice(Math.max(0, m.index - 12), m.index));
    for (const t of coordinated(ctx.mentions, target, simp, ORG))
      if (t.id !== buyer.id) emit({ type: 'ACQUIRES', s: buyer, o: t, confidence: 0.85, status });
  }
};

/**
 * An offer to buy: "X rejected Meta's $800 million takeover offer", "an acquisition offer from Y", "a bid for X",
 * X拒绝了Meta开出的8亿美元收购提议. The bidder weighed the purchase (status considering), even when the offer
 * was turned down: that is what "rejected" says of it, so only a denial of the offer itself counts.
 */
function offers(ctx: Parameters<Rule>[0], emit: Parameters<Rule>[1]): void {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(OFFER, simp)) {
    const end = m.index + m[0].length;
    const [cs] = clauseAt(simp, m.index);
    if (NO_OFFER.test(simp.slice(Math.max(cs, m.index - 24), m.index))) continue;
    // The company bid for: "a bid for X", 向X提出收购要约.
    const sought =
      orgs.find((x) => x.start >= end && /^\s+for\s+$/.test(simp.slice(end, x.start))) ??
      orgs.find((x) => x.start >= cs && x.end <= m.index && /向\s*$/.test(simp.slice(Math.max(cs, x.start - 2), x.start)));
    // The bidder: "Meta's … offer", Meta开出的…收购提议, "an offer from Meta", else the subject of a bid for a named company.
    const before = orgs.filter((x) => x.end <= m.index && x.start >= cs).pop();
    const bidder =
      (before && OFFER_OWNER.test(simp.slice(before.end, m.index)) ? before : undefined) ??
      orgs.find((x) => x.start >= end && /^\s+(?:from|by)\s+$/.test(simp.slice(end, x.start))) ??
      (sought ? subjectBefore(ctx, Math.min(sought.start, m.index), ORG) : undefined);
    if (!bidder || bidder.anaphor) continue;
    const target = sought ?? subjectBefore(ctx, Math.min(bidder.start, m.index), ORG);
    if (target && target.id !== bidder.id) emit({ type: 'ACQUIRES', s: bidder, o: target, confidence: 0.75, status: 'considering' });
  }
}

/**
 * A company sold to a buyer: "Zentra AI sold Korvex Labs to Helio", "Korvex Labs was sold to Helio", "agreed to
 * sell itself to Helio", 将澜算科技出售给雷川科技. The buyer acquires what is sold (a stake or chips sold is no company).
 */
function sales(ctx: Parameters<Rule>[0], emit: Parameters<Rule>[1]): void {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(SOLD_TO, simp)) {
    const end = m.index + m[0].length;
    const [cs] = clauseAt(simp, m.index);
    const buyer = orgs.find((x) => x.start === end);
    if (!buyer || negatedAt(ctx, m.index, cs)) continue;
    const verbAt = m.index + m[0].search(/sold|sell|出售|卖给/);
    let sold: Mention | undefined;
    const named = m[1];
    // (The one sold must be the whole company, its name all the words after the verb: "sold Korvex Labs to",
    // not "sold its stake in Korvex Labs to".)
    if (named) {
      const at = m.index + m[0].indexOf(named);
      sold = orgs.find((x) => x.start === at && x.end === at + named.length);
    } else if (/itself/.test(m[0])) sold = subjectBefore(ctx, m.index, ORG);
    // (将X出售给Y: the company right between 将 and the verb.)
    else if (/^(?:出售|转让|卖)/.test(m[0]))
      sold = orgs.find((x) => x.end === m.index && /将\s*$/.test(simp.slice(Math.max(cs, x.start - 2), x.start)));
    // (X was sold to Y: X right before the verb; "Nvidia's H20 chips were sold to" sells no Nvidia.)
    else sold = orgs.find((x) => x.end <= m.index && x.start >= cs && /^\s+$/.test(simp.slice(x.end, m.index)));
    if (!sold || sold.id === buyer.id) continue;
    const status = /sold|已/.test(simp.slice(Math.max(cs, verbAt - 4), verbAt + 4)) ? 'completed' : dealStatus(simp.slice(cs, verbAt));
    emit({ type: 'ACQUIRES', s: buyer, o: sold, confidence: 0.75, status });
  }
}

/** The company "the other side" (对方) of talks is: the one named after 与/和/同 before the verb. */
function talksPartner(ctx: Parameters<Rule>[0], at: number) {
  return ofType(ctx.mentions, ORG, ctx.lex)
    .filter((x) => x.end <= at && /(?:与|和|同|跟)\s*$/.test(ctx.simp.slice(Math.max(0, x.start - 2), x.start)))
    .pop();
}

/** The target of "X, (a …) that Y bought": Y right before the verb, the relative pronoun before Y, X before that. */
function relativeTarget(ctx: Parameters<Rule>[0], at: number, emit: Parameters<Rule>[1]): boolean {
  const { simp } = ctx;
  const buyer = ofType(ctx.mentions, ORG, ctx.lex)
    .filter((x) => x.end <= at)
    .pop();
  if (!buyer || buyer.anaphor || !BUYER_GAP.test(simp.slice(buyer.end, at) || ' ')) return false;
  const from = Math.max(0, buyer.start - 12);
  const rel = RELATIVE_BUYER.exec(simp.slice(from, buyer.start));
  if (!rel) return zeroRelativeTarget(ctx, buyer, at, emit);
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

/** "Annapurna Labs, the Israeli chip designer Amazon bought in 2015": no pronoun, a company noun right before the buyer. */
function zeroRelativeTarget(ctx: Parameters<Rule>[0], buyer: Mention, at: number, emit: Parameters<Rule>[1]): boolean {
  const target = ofType(ctx.mentions, ORG, ctx.lex)
    .filter((x) => x.end <= buyer.start && ZERO_RELATIVE.test(ctx.simp.slice(x.end, buyer.start)))
    .pop();
  if (!target || target.id === buyer.id || negatedAt(ctx, at, clauseAt(ctx.simp, at)[0])) return false;
  emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.8, status: 'completed' });
  return true;
}

export const DEAL_RULES: Rule[] = [acquires, offers, sales];
