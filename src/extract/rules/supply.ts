import {
  clauseAt,
  clauseSubject,
  coordinated,
  GOODS_AFTER_NAME,
  isReporter,
  ofType,
  ORG,
  orgList,
  subjectBefore,
  type SentenceContext,
} from '../context';
import { isChinese } from '../lang';
import { orgRef, type Mention } from '../matcher';
import { cue, MONEY_ZH, negatedAt, type Rule, type Terms } from './terms';
import { AS_ITS_PARTNER } from './partnerships';
import { allMatches } from '../regex';

/**
 * SUPPLIES (supplier -> customer: chips, compute, capacity) stated by a verb: the customer buys, relies
 * on or uses the supplier's goods, or the supplier supplies, sells or ships to the customer.
 * Customers named as such are in customers.ts, USES in uses.ts.
 */

// What a supplier sells: a supplier named before these is a supplier, not the thing used (高通芯片, Nvidia GPUs).
// ("OpenAI-designed accelerators" are its design, not goods it sells; "Arm-based chips" are another's.)
export const GOODS =
  /^(?!-(?:designed|developed|built|made|based|powered|compatible)\b)\s*(?:的|['’]s)?\s*(?:[\w-]+\s|[\u4e00-\u9fff]{1,4}?){0,2}(?:AI\s*)?(?:芯片|晶片|GPU|CPU|TPU|NPU|ASIC|HBM|DRAM|处理器|加速器|加速卡|推理卡|训练卡|服务器|算力|产品|硬件|机柜|芯片组|内存|记忆体|存储|memory|HBM|chips?|GPUs?|CPUs?|TPUs?|NPUs?|ASICs?|LPUs?|XPUs?|processors?|hardware|accelerators?|servers?|capacity|compute|racks?|systems?|silicon|modems?|instances?|clusters?|光模块|模块|交换机|网卡|基板|载板|晶圆|switch(?:es)?|(?:optical\s+)?modules?|transceivers?|substrates?|wafers?)/i;

// An order placed, not one won ("Samsung won an order from Tesla": the winner sells; it neither buys nor uses).
export const ORDER =
  '(?<!\\b(?:won|wins|win|winning|received|receives|secured|secures|landed|lands|bagged|clinched|got|gets)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w$.,-]+\\s+){0,3})order(?:s|ed|ing)?';

// The customer acts: A buys (goods) from B, A relies on B, A向B采购, A依赖B.
const BUY_FROM: Terms = {
  // (对联发科释单: orders released to a supplier, in Taiwanese usage.)
  zh: ['向', '从', '对(?=[^，,。]{1,24}?(?:释单|释出[^，,。]{0,6}?订单|追加[^，,。]{0,6}?订单))'],
  en: [
    'buy(?:s|ing)?',
    'bought',
    'purchas(?:e|es|ed|ing)',
    ORDER,
    '(?<!-)sourc(?:e|es|ed|ing)',
    'obtain(?:s|ed)?',
    'get(?:s|ting)?',
    'spent\\s+(?:\\w+\\s+)?on',
    'spend(?:s|ing)?\\s+(?:\\w+\\s+)?on',
    'rent(?:s|ed|ing)?',
    'leas(?:e|es|ed|ing)',
    // "had placed an order with contract chipmaker TSMC for 300,000 chips"
    'plac(?:e|es|ed|ing)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\w$-]+\\s+){0,2}?orders?',
  ],
};
const USE_OF_PROVIDER = /\b(?:its|their)\s+(?:expanded\s+|growing\s+|increased\s+|existing\s+)?use\s+of\s+/gi;
const ORDERS_FROM_ZH = /(?:订单|营收|收入|合同|需求)(?:主要|大多|多|大部分|大半|均)?(?:来自|来源于)/g;
/** The orders a seller (the clause's subject, else the one speaking) took came from `customer` and those listed with it. */
function ordersCameFrom(ctx: SentenceContext, emit: Parameters<Rule>[1], at: number, customer: Mention | undefined) {
  const seller = subjectBefore(ctx, at, ORG, false) ?? ctx.speaker;
  if (customer && seller) for (const c of orgList(ctx, customer)) if (c.id !== seller.id) emitSupply(ctx, emit, [seller], c, 0.7);
}
const NOT_GOODS =
  /\b(?:stakes?|shares|stock|equity|interest|office|space|land|buildings?|property|properties|assets?|business(?:es)?|divisions?|patents?|rights|licen[cs]es?|brands?|portfolio)\b/i;
// (向甲骨文下了大规模算力订单: placing an order with the supplier.)
const BUY_VERB_ZH =
  /^[^，,。]{0,20}?(采购|购买|购入|买进|买入|订购|进口|租用|获取|取得|拉货|释单|释出[^，,。]{0,6}?订单|追加[^，,。]{0,6}?订单|下了?[^，,。]{0,12}?(?:订单|大单))/;
export const RELY: Terms = {
  zh: ['依赖', '依靠', '仰赖', '仰仗', '倚重', '倚赖'],
  en: [
    'relian(?:ce|t)\\s+on',
    'rel(?:y|ies|ied|ying)\\s+(?:(?:\\w+ly|less|more|mostly|largely)\\s+){0,2}on',
    'depend(?:s|ed|ing|ence)?\\s+(?:(?:\\w+ly|less|more|mostly|largely)\\s+){0,2}on',
  ],
};
// The customer uses a supplier's goods: A uses/deploys/rolls out B's chips, A采用/部署B的芯片.
export const USE: Terms = {
  zh: [
    // (Not the noun: 补贴GPU的使用费用, 使用率, 使用者.)
    '使用(?!费|权|率|量|者|成本|期限|寿命)',
    '采用',
    '搭载',
    '部署',
    '导入',
    '下单',
    '采购',
    '购买',
    '订购',
    '买进',
    '搭配',
    '配备',
    '内建',
    '动用',
    '改用',
    '转用',
    '换装',
    '装上',
    '用上',
    '选用',
    // (囤积了大量英伟达芯片，包括A100和H100.)
    '囤积',
    '囤货',
  ],
  en: [
    // (Not "substrates used in Nvidia's processors": what is used there is the subject's, not its use.)
    'us(?:e|es|ed|ing)(?!\\s+(?:in|inside|within|by)\\b)',
    // "an early backer and a user of ATOM"
    '(?<=\\b(?:a|an|the|major|big|key|early|largest)\\s+)users?\\s+of',
    // "spreads its work over three kinds of hardware: Google's TPUs, …" ("its use of" a provider: USE_OF_PROVIDER.)
    'spread(?:s|ing)?\\s+(?:[\\w-]+\\s+){1,10}?(?:over|across)(?=\\s+(?:[\\w-]+\\s+){0,4}?(?:hardware|platforms?|chips?|suppliers?|vendors?|clouds?)\\s*:)',
    'buy(?:s|ing)?',
    'bought',
    'purchas(?:e|es|ed|ing)',
    ORDER,
    'adopt(?:s|ed|ing)?',
    // "Li Auto and ZEEKR had already committed to DRIVE Thor"
    'commit(?:s|ted)?\\s+to',
    'deploy(?:s|ed|ing)?',
    'roll(?:s|ed|ing)? out',
    'install(?:s|ed|ing)?',
    // ("trained the latest version of its Claude models on Amazon's Trainium chips")
    'train(?:s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,8}?on',
    'rent(?:s|ed|ing)?(?:\\s+out)?',
    'operat(?:e|es|ed|ing)',
    'add(?:s|ed|ing)?',
    'runs?\\s+(?:\\w+\\s+){0,5}?on',
    // "runs more than 250,000 Nvidia GPUs, most of them H100 processors": a fleet counted.
    'runs\\s+(?=(?:more\\s+than\\s+|over\\s+|about\\s+|some\\s+|nearly\\s+|roughly\\s+)?[\\d,.]+\\s+(?:[\\w-]+\\s+){0,2}?(?:GPUs|chips|accelerators|processors)\\b)',
    'running\\s+(?:first\\s+|mainly\\s+|largely\\s+|initially\\s+)?on',
    // "is built from 200,000 Nvidia H100 GPUs": the chips a system is built from (a fleet counted).
    '(?:built|made)\\s+(?:up\\s+)?(?:from|of)(?=\\s+(?:more\\s+than\\s+|about\\s+|some\\s+|over\\s+|nearly\\s+|roughly\\s+)?[\\d,.]+)',
    // "is building a cluster of 22,000 H100s": the chips a cluster is built of.
    'build(?:s|ing)?\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:cluster|supercomputer)\\s+of\\s+(?:more\\s+than\\s+|about\\s+|some\\s+|over\\s+|nearly\\s+)?[\\d,.]+\\s*(?:thousand\\s+)?(?=[A-Z])',
    // "switched on a cluster of 30,000 P800 chips", "brought online the first cluster of GB300 systems": a fleet started up.
    '(?:switch(?:es|ed|ing)?|turn(?:s|ed|ing)?)\\s+on(?=\\s+(?:[\\w-]+\\s+){0,8}?(?:cluster|supercomputer|systems?)\\s+of\\b)',
    '(?:brought|bring(?:s|ing)?)\\s+online',
    // "will offer 50,000 AMD Instinct MI450 GPUs": a cloud's fleet counted.
    'offer(?:s|ed|ing)?(?=\\s+(?:up\\s+to\\s+|about\\s+|more\\s+than\\s+|some\\s+|over\\s+)?\\d[\\d,.]*\\s+(?:[A-Z][\\w-]*\\s+){0,3}?[A-Z]*\\d)',
    'powered\\s+by',
    // "ByteDance stockpiled Nvidia's A100 and H100 processors", "the company's clusters are built on Nvidia's GPUs".
    'stockpil(?:e|es|ed|ing)',
    '(?:bought|buys|buying|snapped|snaps)\\s+up',
    'hoard(?:s|ed|ing)?',
    'built\\s+on',
    // "will build its next generation of cars around Nvidia's DRIVE Thor"
    'build(?:s|ing)?\\s+(?:[\\w-]+\\s+){0,6}?around',
    // "will build its next generation of vehicles on the chipmaker's DRIVE AGX Orin computer"
    '(?<=\\b(?:will|would|shall)\\s+|\\bto\\s+|\\bplans?\\s+to\\s+)build\\s+(?:[\\w-]+\\s+){1,6}?on',
  ],
};
// The supplier acts: B supplies (chips to) A, B向A供应, B供应A.
const SUPPLY: Terms = {
  // (云端服务AWS: a cloud service named, no verb.)
  // (向Humain出售GB300芯片: selling to someone named after 向; 出售股份 alone is a sale of shares, no supply.)
  zh: [
    '供应',
    '供货',
    '出货',
    '交付',
    '送样',
    '提供',
    '(?<!云端|云|雲端|的)服务(?![器商业费])',
    // (将全部容量以长期租约租给甲骨文: capacity let to the one after 租给.)
    '(?:出)?租给',
    '租予',
    '(?<=向[^，,。]{1,40}?)(?:出售|销售)(?![额量])(?![^，,。]{0,16}?(?:股份|股权|股票|资产|业务|部门|土地|厂房|专利))',
  ],
  en: [
    'suppl(?:y|ies|ied|ying|iers?)',
    'sell(?:s|ing)?',
    'sold',
    'ship(?:s|ped|ping)?',
    'deliver(?:s|ed|ing)?',
    'provid(?:e|es|ed|ing)',
    // ("Groq has also been serving Meta": a customer served; not "serving as", nor a market.)
    '(?<=\\b(?:been|is|are|was|were|already|also|now)\\s+)serving(?!\\s+(?:as|the|its|their|a|an)\\b)',
  ],
};
// 提供…贷款/补贴, 提供64亿美元: money provided (a loan, a subsidy, an amount) is no goods supplied.
const MONEY_PROVIDED = new RegExp(
  `^提供(?:[^，,。；]{0,20}?(?:贷款|融资额度|信贷|授信|补贴|补助|资助)|(?:了)?(?:最高|约|逾|超过|总计|共计|高达|至多)?${MONEY_ZH}(?:[，,。；]|$))`,
);
const SOLD_PART =
  /^\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,4}?(?:business(?:es)?|units?|divisions?|arms?|subsidiar(?:y|ies)|operations|stakes?|shares|holdings?|assets|plants?|factor(?:y|ies)|fabs?)\s+(?:to|in)\b/i;
// Evaluating or testing a supplier's goods is not buying them (yet).
const TRYING = /评估|考虑|测试|试用|洽谈|\b(?:evaluat\w+|consider\w*|test\w*|trial\w*|weigh\w*)\s+(?:\w+\s+)?$/i;

const buyFrom = cue(BUY_FROM);
const rely = cue(RELY);
const use = cue(USE);
const supply = cue(SUPPLY);

/** SUPPLIES from each supplier to the customer and every customer listed with it. */
const ARCHITECTURE = /^(?:-(?:based|compatible|powered)\b|\s*(?:架构|指令集))/;

// (Not "contract manufacturing", the trade of a foundry.)
const SUPPLY_DEAL =
  /合约|合同|协议|大单|\b(?:contracts?(?!\s+(?:manufactur\w*|chipmak\w*|makers?|assembl\w*))|deals?|agreements?|pacts?)\b/i;

export function emitSupply(
  ctx: SentenceContext,
  emit: Parameters<Rule>[1],
  suppliers: Mention[],
  customer: Mention | undefined,
  confidence: number,
  lists = false,
) {
  if (!customer || customer.type !== 'Organization') return;
  // (A supply the sentence calls a contract or a deal is a commercial deal between the two as well.)
  const deal = SUPPLY_DEAL.test(ctx.simp);
  for (const s of coordinated(ctx.mentions, customer, ctx.simp, ORG, lists)) {
    for (const sup of suppliers)
      // (Arm-based chips, 安谋架构芯片: an architecture named, not a supplier.)
      if (sup.id !== s.id && sup.type === 'Organization' && !ARCHITECTURE.test(ctx.simp.slice(sup.end, sup.end + 12))) {
        emit({ type: 'SUPPLIES', s: sup, o: s, confidence });
        if (deal) emit({ type: 'PARTNERS_WITH', s: sup, o: s, confidence: confidence - 0.1 });
      }
  }
}

/** The supplier's own chips named as the goods (向Humain出售GB300芯片, "ships MI355X GPUs to Oracle"): each customer uses them. */
function usesGoods(
  ctx: SentenceContext,
  emit: Parameters<Rule>[1],
  suppliers: Mention[],
  customers: (Mention | undefined)[],
  from: number,
  to: number,
) {
  // (正与英伟达洽谈供应HBM4: goods under negotiation are not in use yet.)
  if (/洽谈|谈判|商谈|磋商|\b(?:talks|negotiat\w+)\b/i.test(ctx.simp.slice(clauseAt(ctx.simp, from)[0], from))) return;
  const chips = ofType(ctx.mentions, ['Chip'], ctx.lex).filter((x) => x.start >= from && x.end <= to);
  // (GB300 Grace Blackwell芯片, Grace Blackwell GB300: two names side by side are one thing, the model more exactly.)
  const side = (a?: Mention, b?: Mention) => !!a && !!b && /^\s*$/.test(ctx.simp.slice(a.end, b.start));
  const goods = chips.filter(
    (x, i) =>
      suppliers.some((s) => ctx.makerOf(x.id) === s.id) &&
      !(side(chips[i - 1], x) && /\d/.test(chips[i - 1]!.surface)) &&
      !(side(x, chips[i + 1]) && !/\d/.test(x.surface)),
  );
  for (const c of customers) if (c?.type === 'Organization') for (const g of goods) emit({ type: 'USES', s: c, o: g, confidence: 0.65 });
}

/** Chips ordered from a foundry (向台积电追加订购30万颗H20芯片, placed an order with TSMC for H20 chipsets) are made by it. */
function orderedFromFoundry(ctx: SentenceContext, emit: Parameters<Rule>[1], seller: Mention, from: number, to: number): void {
  if (!ctx.lex.entries.get(seller.id)?.foundry) return;
  for (const c of ofType(ctx.mentions, ['Chip'], ctx.lex))
    if (c.start >= from && c.start < to) emit({ type: 'MANUFACTURES', s: seller, o: c, confidence: 0.65 });
}

const supplyVerbs: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  // A向/从B采购…: the supplier between the preposition and the verb.
  for (const m of allMatches(buyFrom, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    if (negatedAt(ctx, m.index, cs)) continue;
    if (isChinese(m[0])) {
      const verb = BUY_VERB_ZH.exec(simp.slice(end));
      const inside = verb ? orgs.filter((x) => x.start >= end && x.end <= end + verb.index + verb[0].length) : [];
      if (inside.length) emitSupply(ctx, emit, orgList(ctx, inside[0]!), clauseSubject(ctx, m.index, ORG), 0.75);
      if (inside.length && verb) orderedFromFoundry(ctx, emit, inside[0]!, end + verb.index + verb[0].length, ce);
      continue;
    }
    // ("the new orders came mainly from Meta and Nvidia": the orders a seller takes come from its customers.)
    const ordersFrom =
      /^orders$/i.test(m[0]) &&
      /^\s+(?:(?:have|had|has)\s+)?(?:came|come|comes|coming|were|was)\s+(?:(?:mainly|mostly|largely|chiefly|primarily)\s+)?from\s+$/i.exec(
        simp.slice(end, end + 40).replace(/(from\s+).*$/i, '$1'),
      );
    if (ordersFrom) {
      ordersCameFrom(
        ctx,
        emit,
        m.index,
        orgs.find((x) => x.start === end + ordersFrom[0].length),
      );
      continue;
    }
    // "buys GPUs from A and B" / "spent heavily on chips from A": goods, then from, then suppliers.
    // ("buy GPUs and related equipment worth about $5.8 billion from Dell": a price may lengthen the goods.)
    const from =
      (/^plac/i.test(m[0]) ? /^\s+with\s+(?:(?:contract\s+)?[a-z-]+\s+){0,3}/.exec(simp.slice(end, ce)) : null) ??
      /^\s+(?:[\w$.,-]+\s+){0,6}?(?:from|by)\s+/.exec(simp.slice(end, ce)) ??
      /^\s+(?:[\w$.,-]+\s+){0,5}?(?:worth|valued\s+at)\s+(?:[\w$.,-]+\s+){0,5}?from\s+/.exec(simp.slice(end, ce));
    // (A stake, an office or a business bought from someone is no supply: "bought a stake from SoftBank".)
    // (Nor a company: "a bid to buy Arm from SoftBank".)
    const companyBought = from && orgs.some((x) => x.start >= end && x.end <= end + from[0].length);
    const named = from && !NOT_GOODS.test(from[0]) && !companyBought ? orgs.find((x) => x.start === end + from[0].length) : undefined;
    // ("from Alphabet's Google": the possessed company sells, not its owner.)
    const first = (named && orgs.find((x) => /^['’]s\s+$/.test(simp.slice(named.end, x.start)) && x.start > named.end)) ?? named;
    if (first) emitSupply(ctx, emit, orgList(ctx, first), subjectBefore(ctx, m.index, ORG, false), 0.75);
    if (first && /^plac/i.test(m[0])) orderedFromFoundry(ctx, emit, first, first.end, ce);
  }
  // "will expand its use of Google Cloud": a provider whose use grows supplies the user.
  for (const m of allMatches(USE_OF_PROVIDER, simp)) {
    const provider = orgs.find((x) => x.start === m.index + m[0].length && !x.anaphor);
    const user = provider && subjectBefore(ctx, m.index, ORG, false);
    if (user && user.id !== provider.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      emitSupply(ctx, emit, [provider], user, 0.7);
  }
  // 新增订单主要来自Meta、英伟达等公司: the orders a seller takes come from its customers.
  for (const m of allMatches(ORDERS_FROM_ZH, simp))
    if (!negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      ordersCameFrom(
        ctx,
        emit,
        m.index,
        orgs.find((x) => x.start === m.index + m[0].length),
      );
  // A依赖B / A relies on B (hardware): the supplier right after the verb.
  for (const m of allMatches(rely, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start < ce);
    if (!first || negatedAt(ctx, m.index, cs) || !/^[^，,。]{0,12}$|供应商|suppliers?/i.test(simp.slice(end, first.start))) continue;
    // ("relied on Broadcom as its TPU design partner": a partner, read by the partnership rules.)
    if (AS_PARTNER_AFTER.test(simp.slice(first.end, first.end + 40))) continue;
    const customer = clauseSubject(ctx, m.index, ORG);
    emitSupply(ctx, emit, orgList(ctx, first), customer, 0.7);
    // 依赖英伟达的H800和H20芯片: the customer uses the chips it relies on.
    const g = orgList(ctx, first);
    const chips = ofType(ctx.mentions, ['Chip'], ctx.lex).filter(
      (c) => c.start >= g[g.length - 1]!.end && c.start < ce && c.start - g[g.length - 1]!.end <= 30,
    );
    if (customer?.type === 'Organization')
      for (const c of chips) if (ctx.makerOf(c.id) !== customer.id) emit({ type: 'USES', s: customer, o: c, confidence: 0.65 });
  }
  // A uses/deploys B chips, A采用B的芯片: the supplier is named with its goods.
  for (const m of allMatches(use, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start < ce && x.start - end <= 40);
    if (
      !first ||
      negatedAt(ctx, m.index, cs) ||
      TRYING.test(simp.slice(Math.max(cs, m.index - 12), m.index)) ||
      !GOODS.test(simp.slice(first.end, first.end + 24)) ||
      // ("rolls out Maia 200, takes direct aim at Amazon and Google chips": the goods of a rival, not the ones used.)
      /\b(?:aim\s+at|against|than|rivals?|compet\w+|beat\w*|versus|vs)\b/i.test(simp.slice(end, first.start))
    )
      continue;
    emitSupply(ctx, emit, orgList(ctx, first), clauseSubject(ctx, m.index, ORG), 0.7);
  }
  // B supplies (chips) to A / B向A供应 / B(大量)供应A的…
  for (const m of allMatches(supply, simp)) {
    if (/供应商|供应链|供应短缺|供应不足|提供商|云服务|服务商/.test(simp.slice(m.index - 1, m.index + 4))) continue;
    // (提供资金支持, provide financing: money given is an investment, no goods; 提供、以GPU作抵押的5亿美元贷款 too.)
    if (
      /^(?:提供|provid\w*)\s*(?:了)?\s*(?:(?:a|an|the|its)\s+)?(?:[\w$.,-]+\s+){0,3}?(?:资金|融资|贷款|担保|资助|补贴|financing|funding|loans?|capital|credit)/i.test(
        simp.slice(m.index, m.index + 16),
      ) ||
      MONEY_PROVIDED.test(simp.slice(m.index, m.index + 30)) ||
      // (可为软银的自研芯片计划提供现成的人才储备, "provide guidance": people, help or ideas provided are no goods; not 提供支持Blackwell的Y,
      // goods that support a named chip.)
      /^(?:提供|provid\w*)\s*(?:了)?[^，,。；]{0,8}?(?:人才|储备|支(?:持|援)(?!\s*[A-Za-z\d][^，,。；]{0,20}?的)|帮助|经验|借鉴|参考|思路|指导|建议|动力|保障|便利|机会|\b(?:talent|support|help|guidance|advice|expertise|insights?|opportunit\w+)\b)/i.test(
        simp.slice(m.index, m.index + 24),
      )
    )
      continue;
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    if (negatedAt(ctx, m.index, cs)) continue;
    if (isChinese(m[0])) {
      // (向新华三（H3C）、中兴通讯（ZTE）等一级供应商提供: every customer listed after 向.)
      // (雷川科技的算力由澜算科技提供: the one after 由 supplies the subject.)
      const by = /由([^，,。由]{1,16})$/.exec(simp.slice(cs, m.index));
      const provider = by ? orgs.find((x) => x.start === cs + by.index + 1 && x.end === m.index) : undefined;
      const served = provider && clauseSubject(ctx, cs + by!.index, ORG);
      if (provider && served) {
        emitSupply(ctx, emit, [provider], served, 0.7);
        continue;
      }
      const to = /(?:向|(?<![成作因认以称])为|给)([^，,。]{1,64})$/.exec(simp.slice(cs, m.index));
      const customer = to
        ? orgs.find((x) => x.start > cs + to.index && x.end <= m.index)
        : orgs.find(
            // (设计服务将由世芯接手: the one after 由 provides the service, it is no customer.)
            (x) => x.start >= end && x.start <= end + 2 && x.start < ce && !/^(?:搭|采|配|内|将由|由)/.test(simp.slice(end, x.start)),
          );
      // (Vultr提供英伟达H100与GH200: a maker named with its chips is what is provided, no customer; the provider runs them.)
      const madeGoods = !to && customer ? ofType(ctx.mentions, ['Chip'], ctx.lex).find((c) => c.start === customer.end) : undefined;
      if (madeGoods) {
        const provider = clauseSubject(ctx, m.index, ORG);
        if (provider && provider.id !== customer!.id) {
          for (const c of coordinated(ctx.mentions, madeGoods, simp, ['Chip'])) emit({ type: 'USES', s: provider, o: c, confidence: 0.65 });
          emitSupply(ctx, emit, [customer!], provider, 0.65);
        }
        continue;
      }
      const supplier = [clauseSubject(ctx, to ? cs + to.index : m.index, ORG)].filter((x): x is Mention => !!x);
      const customers = customer && to ? coordinated(ctx.mentions, customer, simp, ORG).filter((x) => x.end <= m.index) : [customer];
      for (const c of customers) if (c) emitSupply(ctx, emit, supplier, c, 0.75);
      usesGoods(ctx, emit, supplier, customers, end, ce);
      continue;
    }
    const customer = orgs.find((x) => x.start >= end && x.start < ce);
    // "supplies chips to A", "sells to tech companies such as A and B", "will supply A with capacity", "sells
    // cards to all three memory makers, A, B and C".
    const gap = simp.slice(end, customer?.start).replace(/^\s+/, ' ');
    // ("sold its bitcoin mining business to NYDIG": a business, unit or stake sold is a divestiture, no goods.)
    if (/^(?:sold|sells|sell|selling)$/i.test(m[0]) && SOLD_PART.test(gap)) continue;
    // ("has also been serving Meta": the one served right after the verb.)
    // (The terms match in any case: the name's capital is checked here.)
    if (/^serving$/i.test(m[0])) {
      if (!customer || !/^\s*$/.test(gap) || !/^\s+[A-Z]/.test(simp.slice(end, end + 3))) continue;
      const server = subjectBefore(ctx, m.index, ORG, false);
      if (server && server.id !== customer.id) emitSupply(ctx, emit, [server], customer, 0.7);
      continue;
    }
    if (
      customer &&
      // (A figure's separators are no clause's end: "will sell 50,000 MI450 chips to Oracle".)
      (/^(?:(?:[^,.]|(?<=\d)[,.](?=\d)){0,60}\bto\s+(?:the\s+)?(?:(?:[A-Za-z-]+\s+){0,4}?(?:such\s+as|including|like)\s+)?)$/.test(gap) ||
        // (Named in apposition only as a list: "to its customers, Microsoft said" names no customer.)
        (/^(?:[^,.]|(?<=\d)[,.](?=\d)){0,40}\bto\s+(?:[A-Za-z-]+\s+){0,4}?[a-z-]+s\s*[,:]\s+$/.test(gap) &&
          coordinated(ctx.mentions, customer, simp, ORG).length > 1) ||
        (/^\s*$/.test(gap) && /^\s+with\b/.test(simp.slice(customer.end, customer.end + 6)) && !/^sold$/i.test(m[0])))
    ) {
      // "Samsung and SK Hynix both supply HBM to Nvidia": every subject listed.
      const subj = subjectBefore(ctx, m.index, ORG);
      const suppliers = subj ? orgList(ctx, subj) : [];
      emitSupply(ctx, emit, suppliers, customer, 0.7);
      usesGoods(ctx, emit, suppliers, coordinated(ctx.mentions, customer, simp, ORG), end, customer.start);
    }
  }
};

const AS_PARTNER_AFTER = new RegExp(`^${AS_ITS_PARTNER}`, 'i');
// "pairs each die with HBM3E memory from SK Hynix", "uses wafers from TSMC": goods from a supplier.
// ("capacity from partners such as Nebius and CoreWeave": from each one listed.)
const GOODS_FROM =
  /\b(?:memory|HBM\w*|DRAM|chips?|GPUs?|CPUs?|processors?|accelerators?|wafers?|substrates?|components?|modules?|servers?|capacity|compute|hardware|silicon|switch(?:es)?)\s+(?:(?:supplied\s+|sourced\s+|bought\s+)?from|(?:supplied|provided|sourced)\s+by)\s+(?:(?:(?:cloud\s+)?(?:partners|providers|suppliers|vendors|companies|firms|neoclouds)\s+)?(?:such\s+as|including|like)\s+)?$/i;
// 雷川科技的HBM主要来自SK海力士: the goods the subject has come from the one named.
const GOODS_FROM_ZH =
  /(?:芯片|晶片|GPU|CPU|HBM|内存|存储|处理器|加速卡|服务器|光模块|基板|晶圆|算力)(?:主要|均|全部|大多|大部分|多|仍|仍然|依然|目前|也|则){0,3}(?:来自|采购自|购自)$/;
// 进入雷川科技的供应链, 打入…供应链, "joined Helio's supply chain": the subject supplies the one named.
// (A、B均为台积电先进封装设备供应链的成员, "are part of Nvidia's supply chain": members of it, a list of them.)
const INTO_SUPPLY_CHAIN = /^的?[\u4e00-\u9fffA-Za-z]{0,12}?供应链|^['’]s?\s+(?:[\w-]+\s+){0,3}?supply\s+chain\b/i;
const ENTERS =
  /(?:进入|打入|切入|纳入|跻身|(?:均|都|皆|同|也|亦)?(?:是|为)|\b(?:joined|joins|entered|enters|(?:is|are|was|were)\s+(?:now\s+)?(?:a\s+)?part\s+of|part\s+of|into))\s*(?:the\s+)?$/i;
const SOURCE_FOR =
  /\b(?:is|are|was|were|becomes?|became|has\s+become|will\s+be|remains?)\s+(?:now\s+)?(?:the|a|an)\s+(?:(?:primary|main|sole|only|first|second|key|major|largest|biggest|exclusive|preferred|lead|leading)\s+)*(?:source|supplier|provider|vendor)\s+of\s+[^.;,]{1,40}?\s+(?:for|to)\s+(?:the\s+)?$/i;
// "picked Korvex to supply its servers": the one picked supplies the subject.
const PICKED_TO_SUPPLY = /\b(?:picked|chose|chosen|selected|tapped|hired|taps|picks|selects)\s+$/i;
// (A ticker may stand between: "hired Hewlett Packard Enterprise (HPE.N) to build".)
const TO_SUPPLY = /^(?:\s*[（(][^）)]{1,24}[）)])?\s+to\s+(?:supply|provide|build|make|manufacture|deliver)\b/i;
// "Korvex's chips power Helio Systems' servers": the goods' maker supplies the one they power.
// ("Nvidia, whose chips power the Nebius cloud": the same said in a relative clause.)
const GOODS_POWER =
  /^(?:['’]s?|,\s+whose)\s+(?:[\w-]+\s+){0,2}?(?:chips?|GPUs?|processors?|accelerators?|memory|modules?)\s+(?:will\s+)?(?:also\s+)?(?:power|powers|powered|run|runs)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:services|products|apps|models|data\s+cent(?:er|re)s|clouds?|platforms)\s+(?:from|of|at|for|by)\s+)?$/i;
// "TSMC, the contract manufacturer that produces Nvidia's GPUs": an appositive saying whose goods it makes.
const MAKER_APPOSITIVE =
  /^,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}?(?:manufacturer|foundry|maker|supplier|chipmaker|contractor|packager)\s+(?:that|which)\s+(?:also\s+)?(?:produces|makes|builds|manufactures|fabricates|supplies|packages|assembles)\s+$/i;
// 华为的昇腾910C已获得百度与科大讯飞采用: the users before the verb, the chip before 获得/被.
const ADOPTED_BY = /(?:获得?|受到|被|得到)([^，,。]{1,24}?)(?:的)?(?:采用|使用|导入|部署|青睐|订购|采购)/g;

const goodsFrom: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const sup of ofType(ctx.mentions, ORG, ctx.lex)) {
    const lead = simp.slice(Math.max(0, sup.start - 40), sup.start);
    // (A verb of buying before is the buy-from rule's; "cheaper than GPUs from Nvidia" is a comparison.)
    const rest = lead.replace(GOODS_FROM, '');
    if (
      !GOODS_FROM.test(lead) ||
      /\b(?:buy|bought|purchas|order|sourc|obtain|get|spen)\w*\s+(?:[\w$.,-]+\s+){0,6}?$|\bthan\s+(?:[\w-]+\s+){0,3}$/i.test(rest)
    )
      continue;
    const at = sup.start - GOODS_FROM.exec(lead)![0].length;
    const [cs] = clauseAt(simp, at);
    if (negatedAt(ctx, at, cs) || TRYING.test(simp.slice(cs, at))) continue;
    // The customer: the organization the clause is about, or the maker of the chip it is about (The V3 … pairs … with memory from X).
    // (A sentence that opens with a chip is about the chip: "The V3 is made by X and pairs … with memory from Y".)
    const opening = ctx.mentions.find((x) => x.start >= cs && x.end <= at);
    let customer = opening?.type === 'Chip' ? undefined : subjectBefore(ctx, at, ORG, false);
    // (The agent of a passive is not the buyer: "made by TSMC and pairs … with memory from X".)
    if (customer && /\bby\s+$/.test(simp.slice(Math.max(0, customer.start - 4), customer.start))) customer = undefined;
    // (The maker named on the goods is no buyer: "Mistral is renting Nvidia chips from Oracle's cloud" is Mistral's.)
    // (…but "Helio Systems' servers use processors supplied by Intel": goods that open the clause are the buyer's own.)
    if (customer && !customer.anaphor && GOODS_AFTER_NAME.test(simp.slice(customer.end, customer.end + 16).replace(/^['’]s?/, '')))
      customer = subjectBefore(ctx, customer.start, ORG, false) ?? customer;
    const chip = customer ? undefined : opening?.type === 'Chip' ? opening : ctx.topicChip;
    const maker = chip ? ctx.makerOf(chip.id) : undefined;
    if (maker) customer = ctx.mentions.find((x) => x.id === maker) ?? orgRef(maker);
    if (customer) emitSupply(ctx, emit, coordinated(ctx.mentions, sup, simp, ORG), customer, 0.7);
  }
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  // "Samsung becomes the primary source of HBM4 for AMD": the subject supplies the one the goods are for.
  for (const customer of orgs) {
    const source = SOURCE_FOR.exec(simp.slice(Math.max(0, customer.start - 90), customer.start));
    if (!source) continue;
    const at = customer.start - source[0].length;
    const supplier = subjectBefore(ctx, at, ORG);
    if (supplier && supplier.id !== customer.id && !negatedAt(ctx, at, clauseAt(simp, at)[0]))
      emitSupply(ctx, emit, [supplier], customer, 0.7);
  }
  for (const sup of orgs) {
    const lead = simp.slice(Math.max(0, sup.start - 24), sup.start);
    const from = GOODS_FROM_ZH.exec(lead);
    const picked = from ? null : PICKED_TO_SUPPLY.exec(lead);
    const at = from
      ? sup.start - lead.length + from.index
      : picked && TO_SUPPLY.test(simp.slice(sup.end, sup.end + 30))
        ? sup.start - picked[0].length
        : -1;
    if (at < 0 || negatedAt(ctx, sup.start, clauseAt(simp, sup.start)[0])) continue;
    const customer = subjectBefore(ctx, at, ORG);
    // (算力主要来自微软、甲骨文与CoreWeave等: each one listed.)
    if (customer) emitSupply(ctx, emit, from ? orgList(ctx, sup) : [sup], customer, 0.7);
  }
  for (const customer of orgs) {
    const enters = ENTERS.exec(simp.slice(Math.max(0, customer.start - 12), customer.start));
    if (enters && INTO_SUPPLY_CHAIN.test(simp.slice(customer.end, customer.end + 30))) {
      const at = customer.start - enters[0].length;
      const supplier = subjectBefore(ctx, at, ORG);
      if (supplier && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, orgList(ctx, supplier), customer, 0.7);
    }
    // (The customer's goods follow: "… that produces Nvidia's GPUs".)
    const maker = /^['’]s?\s/.test(simp.slice(customer.end, customer.end + 3))
      ? orgs.find((x) => x.end < customer.start && MAKER_APPOSITIVE.test(simp.slice(x.end, customer.start)))
      : undefined;
    if (maker && !negatedAt(ctx, maker.end, clauseAt(simp, maker.end)[0])) emitSupply(ctx, emit, [maker], customer, 0.7);
    const power = orgs.find((x) => x.end <= customer.start && GOODS_POWER.test(simp.slice(x.end, customer.start)));
    // ("whose chips power services from Meta, Bell Canada and Saudi Aramco": each one listed.)
    if (power && !negatedAt(ctx, power.start, clauseAt(simp, power.start)[0]))
      for (const c of coordinated(ctx.mentions, customer, simp, ORG)) if (c.id !== power.id) emitSupply(ctx, emit, [power], c, 0.7);
  }
  for (const m of allMatches(ADOPTED_BY, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const users = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > m.index && x.end <= m.index + m[0].length);
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex)
      .filter((x) => x.end <= m.index && x.start >= cs)
      .pop();
    // (澜算科技获雷川科技采用: a company adopted supplies its adopter.)
    const adopted = chip
      ? undefined
      : ofType(ctx.mentions, ORG, ctx.lex)
          .filter((x) => x.end <= m.index && x.start >= cs)
          .pop();
    if (users.length && adopted && m.index - adopted.end <= 2) {
      for (const u of coordinated(ctx.mentions, users[0]!, simp, ORG)) if (u.id !== adopted.id) emitSupply(ctx, emit, [adopted], u, 0.7);
      continue;
    }
    if (!users.length || !chip) continue;
    const maker = ctx.makerOf(chip.id);
    const makerMention = ctx.mentions.find((x) => x.id === maker && x.type === 'Organization');
    for (const u of coordinated(ctx.mentions, users[0]!, simp, ORG)) {
      if (u.id === maker) continue;
      emit({ type: 'USES', s: u, o: chip, confidence: 0.7 });
      if (makerMention) emit({ type: 'SUPPLIES', s: makerMention, o: u, confidence: 0.7 });
    }
  }
};

// 为Google打造搭载TPU的服务器, 为戴尔代工AI服务器, 替苹果制造iPhone处理器: goods made for a customer.
// (为AI初创Inflection AI建成一个由2.2万颗H100组成的运算丛集: a cluster built for a described customer.)
const MADE_FOR =
  /(?:(?<![成作因认以称])为(?![了何此])|替)([^，,。]{1,20}?)(?:打造|生产|制造|代工|组装|量产|开发|建成|搭建|建置)[^，,。]{0,24}?(?:服务器|伺服器|机柜|超级电脑|超级计算机|主板|运算板|板卡|系统|芯片|晶片|加速器|处理器|模组|零组件|产品|丛集|集群|算力中心|超算|手机|iPhone|iPad|笔电|笔记本电脑|个人电脑|PC)/g;
// 以满足辉达与超微的强劲需求, to meet demand from X: the goods go to X.
// 晶片主要交由台积电以先进制程生产: the foundry entrusted with production supplies the subject.
const ENTRUSTED = /(?:交由|交给|委托|委由)([^，,。]{1,20}?)(?:生产|代工|制造|量产)/g;
const MEETS_DEMAND = /满足([^，,。]{1,20}?)的[^，,。的]{0,6}?需求|\bmeet\s+(?:\w+\s+){0,2}demand\s+(?:from|of)\s+/g;

const madeFor: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(MADE_FOR, simp)) {
    const [cs] = clauseAt(simp, m.index);
    // (The customer right after 为, or the last name of a description there: 为AI初创Inflection AI.)
    const customer =
      orgs.find((x) => x.start === m.index + 1) ?? orgs.find((x) => x.start > m.index + 1 && x.end === m.index + 1 + m[1]!.length);
    const supplier = clauseSubject(ctx, m.index, ORG);
    // (A foundry making chips is MANUFACTURES, read by its own rule.)
    // (…unless no chip is named: 中芯国际为华为代工7纳米芯片 supplies Huawei.)
    const chipNamed = ofType(ctx.mentions, ['Chip'], ctx.lex).some((x) => x.start >= cs && x.start < m.index + m[0].length);
    if (
      !customer ||
      !supplier ||
      negatedAt(ctx, m.index, cs) ||
      (ctx.lex.entries.get(supplier.id)?.foundry && /芯片|晶片/.test(m[0]) && chipNamed)
    )
      continue;
    // 鸿海和纬创都为英伟达组装服务器: every maker listed as the subject.
    emitSupply(ctx, emit, supplier.anaphor ? [supplier] : coordinated(ctx.mentions, supplier, simp, ORG), customer, 0.7);
    // (…由2.2万颗H100组成的丛集: the customer runs the chips the goods are built of.)
    for (const c of ofType(ctx.mentions, ['Chip'], ctx.lex))
      if (
        c.start > m.index + 1 + m[1]!.length &&
        c.end <= m.index + m[0].length &&
        /^[^，,。]{0,4}(?:组成|构成)/.test(simp.slice(c.end, c.end + 8))
      )
        emit({ type: 'USES', s: customer, o: c, confidence: 0.65 });
  }
  for (const m of allMatches(ENTRUSTED, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const maker = orgs.find((x) => x.start === m.index + m[0].indexOf(m[1]!));
    const customer = subjectBefore(ctx, m.index, ORG, false);
    // (交由台积电、三星和中芯国际等晶圆厂代工: every maker listed.)
    if (maker && customer && !negatedAt(ctx, m.index, cs))
      emitSupply(ctx, emit, coordinated(ctx.mentions, maker, simp, ORG, true), customer, 0.7);
  }
  for (const m of allMatches(MEETS_DEMAND, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const customer = orgs.find(
      (x) => x.start >= m.index && x.start <= m.index + m[0].length + 1 && (m[1] === undefined ? x.start === m.index + m[0].length : true),
    );
    const supplier = subjectBefore(ctx, m.index, ORG, false);
    if (customer && supplier && !negatedAt(ctx, m.index, cs)) emitSupply(ctx, emit, [supplier], customer, 0.7);
  }
};

// 该公司将基础设施架在AWS上, 模型跑在Azure上: what a company runs is hosted on a provider's cloud.
const HOSTED_ON = /(?:架在|架设在|建在|搭建在|部署在|运行在|跑在|托管在|放在)\s*$/;
const HOSTED_WHAT = /(?:基础设施|服务|平台|模型|系统|业务|工作负载|应用)[^，,。]{0,4}$/;
const hostedOn: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const host of ofType(ctx.mentions, ORG, ctx.lex)) {
    const before = HOSTED_ON.exec(simp.slice(Math.max(0, host.start - 4), host.start));
    if (!before || !/^\s*(?:的[^，,。]{0,6})?上/.test(simp.slice(host.end, host.end + 8))) continue;
    const at = host.start - before[0].length;
    const [cs] = clauseAt(simp, at);
    if (!HOSTED_WHAT.test(simp.slice(cs, at)) || negatedAt(ctx, at, cs)) continue;
    emitSupply(ctx, emit, [host], clauseSubject(ctx, at, ORG), 0.7);
  }
  // 月之暗面将在阿里云上训练和部署模型: the cloud a model is trained or run on supplies the one that trains it.
  for (const host of ofType(ctx.mentions, ORG, ctx.lex)) {
    if (host.anaphor || !/在\s*$/.test(simp.slice(Math.max(0, host.start - 2), host.start))) continue;
    if (!/^\s*(?:的(?:云|云端|平台|数据中心|算力)?)?上(?:训练|部署|运行|托管|推理)/.test(simp.slice(host.end, host.end + 10))) continue;
    const at = host.start - 1;
    const user = clauseSubject(ctx, at, ORG);
    if (user && user.id !== host.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [host], user, 0.7);
  }
};

// "RIKEN picked Fujitsu to design the system, with Nvidia supplying GPUs"; "a cloud it is building with Nvidia, which will
// supply 18,000 chips": the one named after "with" supplies the goods to the sentence's subject.
const WITH_BEFORE = /\bwith\s+$/;
const SUPPLYING_AFTER =
  /^\s+(?:supplying|providing|delivering|contributing)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:GPUs?|chips?|accelerators?|processors?|hardware|servers?|memory|capacity)\b|^,\s+which\s+(?:will|would|is\s+to|has\s+agreed\s+to|agreed\s+to)\s+(?:supply|provide|deliver)\s+(?:the\s+)?(?:[\d,.]+\s+)?(?:[\w-]+\s+){0,3}?(?:GPUs?|chips?|accelerators?|processors?|hardware|servers?|systems?)\b/i;
const SUBJECT_VERB_AFTER =
  /^\s+(?:(?:also|now|has|had|will|would|is|was|are|were|then)\s+)*(?:is|was|are|were|has|had|will|would|said|says|picked|chose|selected|unveiled|announced|signed|plans|launched|expanded|built|builds|opened|began|started|[a-z]+ed|[a-z]+s)\b/;
const suppliedAlongside: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (!/\bwith\s/.test(simp)) return;
  for (const sup of ofType(ctx.mentions, ORG, ctx.lex)) {
    if (sup.anaphor || !WITH_BEFORE.test(simp.slice(Math.max(0, sup.start - 6), sup.start))) continue;
    const goods = SUPPLYING_AFTER.exec(simp.slice(sup.end, sup.end + 90));
    // (Goods supplied "to" another name that one, not the subject: "AMD, which will supply 50,000 chips to Microsoft".)
    if (!goods || /^\s+(?:[\w-]+\s+){0,4}?to\s+[A-Z]/.test(simp.slice(sup.end + goods[0].length, sup.end + goods[0].length + 60))) continue;
    const at = sup.start - 5;
    // (The subject of the clause that goes on to "with": the last company before it that a verb follows, not one after a
    // preposition: "In August, RIKEN picked Fujitsu to design…", "Analysts at Morgan Stanley said Meta is building…".)
    const customer = ofType(ctx.mentions, ORG, ctx.lex)
      .filter(
        (x) =>
          x.end <= at &&
          !isReporter(x, simp) &&
          !/\b(?:at|of|from|to|over|by|for|than|with|and)\s+$/i.test(simp.slice(Math.max(0, x.start - 6), x.start)) &&
          SUBJECT_VERB_AFTER.test(simp.slice(x.end, x.end + 30)),
      )
      .pop();
    if (customer && customer.id !== sup.id && !negatedAt(ctx, at, clauseAt(simp, at)[0])) emitSupply(ctx, emit, [sup], customer, 0.7);
  }
};

export const SUPPLY_RULES: Rule[] = [supplyVerbs, goodsFrom, madeFor, hostedOn, suppliedAlongside];
