import { CHIP_OR_PRODUCT, clauseAt, clauseSubject, coordinated, mentionsAfter, ofType, ORG, subjectBefore, type SentenceContext } from '../context';
import { isChinese } from '../lang';
import type { Mention } from '../matcher';
import { cue, negatedAt, type Rule, type Terms } from './terms';

/** SUPPLIES (supplier -> customer: chips, compute, capacity) and USES (user -> chip or product). */

// What a supplier sells: a supplier named before these is a supplier, not the thing used (高通芯片, Nvidia GPUs).
const GOODS = /^\s*(?:的|['’]s)?\s*(?:[\w-]+\s|[\u4e00-\u9fff]{1,4}?){0,2}(?:AI\s*)?(?:芯片|晶片|GPU|CPU|TPU|NPU|ASIC|HBM|DRAM|处理器|加速器|加速卡|推理卡|训练卡|服务器|算力|产品|硬件|机柜|芯片组|内存|记忆体|存储|memory|HBM|chips?|GPUs?|CPUs?|TPUs?|NPUs?|ASICs?|LPUs?|XPUs?|processors?|hardware|accelerators?|servers?|capacity|compute|racks?|systems?|silicon|modems?|instances?|clusters?)/i;

// The customer acts: A buys (goods) from B, A relies on B, A向B采购, A依赖B.
const BUY_FROM: Terms = {
  zh: ['向', '从'],
  en: ['buy(?:s|ing)?', 'bought', 'purchas(?:e|es|ed|ing)', 'order(?:s|ed|ing)?', 'sourc(?:e|es|ed|ing)', 'obtain(?:s|ed)?', 'get(?:s|ting)?', 'spent\\s+(?:\\w+\\s+)?on', 'spend(?:s|ing)?\\s+(?:\\w+\\s+)?on'],
};
const BUY_VERB_ZH = /^[^，,。]{0,14}?(采购|购买|购入|买进|买入|订购|进口|租用|获取)/;
const RELY: Terms = {
  zh: ['依赖', '依靠', '仰赖', '仰仗', '倚重', '倚赖'],
  en: ['relian(?:ce|t)\\s+on', 'rel(?:y|ies|ied|ying)\\s+(?:\\w+ly\\s+|less\\s+|more\\s+)?on', 'depend(?:s|ed|ing|ence)?\\s+(?:\\w+ly\\s+|less\\s+|more\\s+)?on'],
};
// The customer uses a supplier's goods: A uses/deploys/rolls out B's chips, A采用/部署B的芯片.
const USE: Terms = {
  zh: ['使用', '采用', '搭载', '部署', '导入', '下单', '采购', '购买', '订购', '买进', '搭配', '配备', '内建'],
  en: ['us(?:e|es|ed|ing)', 'buy(?:s|ing)?', 'bought', 'purchas(?:e|es|ed|ing)', 'order(?:s|ed|ing)?', 'adopt(?:s|ed|ing)?', 'deploy(?:s|ed|ing)?', 'roll(?:s|ed|ing)? out', 'install(?:s|ed|ing)?', 'train(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,5}?on', 'runs?\\s+(?:\\w+\\s+){0,5}?on', 'running\\s+on', 'powered\\s+by'],
};
// The supplier acts: B supplies (chips to) A, B向A供应, B供应A.
const SUPPLY: Terms = {
  zh: ['供应', '供货', '出货', '提供'],
  en: ['suppl(?:y|ies|ied|ying)', 'sell(?:s|ing)?', 'sold', 'ship(?:s|ped|ping)?', 'provid(?:e|es|ed|ing)'],
};
// Customers named as such: 客户包括A、B / customers include A / A、B…都是其客户 / A is among the largest customers of B.
const CUSTOMERS_INCLUDE: Terms = { zh: ['客户(?:包括|包含|涵盖|有|如)'], en: ['(?:customers|clients|buyers)\\s+(?:include|including|such as|like)'] };
// "counts Oracle and Cohere among its customers": the listed names before "among/as".
const COUNTS_AMONG = /\b(?:counts?|counted|names?|named|lists?|listed)\s+$/i;
const AMONG_CUSTOMERS = /^\s+(?:among|as)\s+(?:its|their|the\s+company['’]s)\s+(?:\w+\s+)?(?:customers|clients|buyers)\b/i;
// 燧原的推理卡已在腾讯云部署: the goods of one, deployed at another.
const DEPLOYED_AT = /在([^，,。]{1,16}?)(?:大规模|批量|全面)?(?:部署|上线|投入使用|落地|商用)/g;
// "Perplexity will be among the first customers": a customer of the company the story is about.
const AMONG_FIRST = /^\s+(?:is|are|was|were|will\s+be|would\s+be|has\s+become|became)\s+(?:among\s+|one\s+of\s+)?(?:the|its)\s+(?:first|earliest|launch|anchor|initial|biggest|largest)\s+(?:\w+\s+)?(?:customers|clients|buyers)\b/i;
// 透过微软Azure取得算力, via Oracle's cloud: capacity obtained through a provider.
const THROUGH = /(?:通过|透过|借助)([^，,。]{1,14}?)(?:取得|获得|获取|租用|使用)[^，,。]{0,6}?(?:算力|计算资源|云服务|GPU|芯片)/g;
// 联发科是小米的主要芯片供应商 / Acme is the main supplier of Y: the subject supplies the other.
const SUPPLIER_OF = /(?:是|成为|为)([^，,。；]{1,24}?)的[^，,。的]{0,10}?(?:供应商|供货商|代工厂)|\b(?:is|was|became|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:supplier|provider|vendor)\s+(?:of|to|for)\s+/gi;
const CUSTOMER_OF = /(?:是|成为|为)([^，,。；]{0,24}?)(?:的[^，,。的]{0,6}?)?(?:客户|买家|用户)|\b(?:(?:one|among)\s+of\s+)?(?:the\s+)?(?:(?:largest|biggest|major|key|top|main|anchor)\s+)?(?:customers?|clients?|buyers?)\s+(?:of|for)\s+/gi;

const buyFrom = cue(BUY_FROM);
const rely = cue(RELY);
const use = cue(USE);
const supply = cue(SUPPLY);
const customersInclude = cue(CUSTOMERS_INCLUDE);

function emitSupply(ctx: SentenceContext, emit: Parameters<Rule>[1], suppliers: Mention[], customer: Mention | undefined, confidence: number) {
  if (!customer || customer.type !== 'Organization') return;
  for (const s of coordinated(ctx.mentions, customer, ctx.simp, ORG)) {
    for (const sup of suppliers) if (sup.id !== s.id && sup.type === 'Organization') emit({ type: 'SUPPLIES', s: sup, o: s, confidence });
  }
}

const supplies: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const group = (m: Mention) => coordinated(ctx.mentions, m, simp, ORG);
  // A向/从B采购…: the supplier between the preposition and the verb.
  for (const m of simp.matchAll(buyFrom)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    if (negatedAt(ctx, m.index!, cs)) continue;
    if (isChinese(m[0])) {
      const verb = BUY_VERB_ZH.exec(simp.slice(end));
      const inside = verb ? orgs.filter((x) => x.start >= end && x.end <= end + verb.index + verb[0].length) : [];
      if (inside.length) emitSupply(ctx, emit, group(inside[0]!), clauseSubject(ctx, m.index!, ORG), 0.75);
      continue;
    }
    // "buys GPUs from A and B" / "spent heavily on chips from A": goods, then from, then suppliers.
    const from = /^\s+(?:[\w$.,-]+\s+){0,6}?(?:from|by)\s+/.exec(simp.slice(end, ce));
    const first = from ? orgs.find((x) => x.start === end + from[0].length) : undefined;
    if (first) emitSupply(ctx, emit, group(first), subjectBefore(ctx, m.index!, ORG, false), 0.75);
  }
  // A依赖B / A relies on B (hardware): the supplier right after the verb.
  for (const m of simp.matchAll(rely)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start < ce);
    if (!first || negatedAt(ctx, m.index!, cs) || !/^[^，,。]{0,12}$|供应商|suppliers?/i.test(simp.slice(end, first.start))) continue;
    emitSupply(ctx, emit, group(first), clauseSubject(ctx, m.index!, ORG), 0.7);
  }
  // A uses/deploys B chips, A采用B的芯片: the supplier is named with its goods.
  for (const m of simp.matchAll(use)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start < ce && x.start - end <= 40);
    if (!first || negatedAt(ctx, m.index!, cs) || !GOODS.test(simp.slice(first.end, first.end + 24))) continue;
    emitSupply(ctx, emit, group(first), clauseSubject(ctx, m.index!, ORG), 0.7);
  }
  // B supplies (chips) to A / B向A供应 / B(大量)供应A的…
  for (const m of simp.matchAll(supply)) {
    if (/供应商|供应链|供应短缺|供应不足|提供商/.test(simp.slice(m.index! - 1, m.index! + 4))) continue;
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    if (negatedAt(ctx, m.index!, cs)) continue;
    if (isChinese(m[0])) {
      const to = /(?:向|(?<![成作因认以称])为|给)([^，,。]{1,20})$/.exec(simp.slice(cs, m.index!));
      const customer = to ? orgs.find((x) => x.start > cs + to.index! && x.end <= m.index!) : orgs.find((x) => x.start >= end && x.start <= end + 2);
      if (customer) emitSupply(ctx, emit, [clauseSubject(ctx, to ? cs + to.index! : m.index!, ORG)].filter((x): x is Mention => !!x), customer, 0.75);
      continue;
    }
    const customer = orgs.find((x) => x.start >= end && x.start < ce);
    if (customer && /^(?:[^,.]{0,40}\bto\s+)$/.test(simp.slice(end, customer.start).replace(/^\s+/, ' ')))
      emitSupply(ctx, emit, [subjectBefore(ctx, m.index!, ORG)].filter((x): x is Mention => !!x), customer, 0.7);
  }
  for (const m of simp.matchAll(customersInclude)) {
    const end = m.index! + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start <= end + 4);
    const supplier = subjectBefore(ctx, m.index!, ORG, false) ?? ctx.topic;
    if (first && supplier) emitSupply(ctx, emit, [supplier], first, 0.75);
  }
  for (const first of orgs) {
    if (!COUNTS_AMONG.test(simp.slice(Math.max(0, first.start - 12), first.start))) continue;
    const g = group(first);
    if (!AMONG_CUSTOMERS.test(simp.slice(g[g.length - 1]!.end))) continue;
    emitSupply(ctx, emit, [subjectBefore(ctx, first.start, ORG, false) ?? ctx.topic].filter((x): x is Mention => !!x), first, 0.75);
  }
  for (const c of orgs) {
    if (!AMONG_FIRST.test(simp.slice(c.end, c.end + 60))) continue;
    const supplier = orgs.find((x) => x.start > c.end && x.id !== c.id && !x.anaphor) ?? ctx.topic;
    if (supplier) emitSupply(ctx, emit, [supplier], c, 0.7);
  }
  for (const m of simp.matchAll(THROUGH)) {
    const [cs] = clauseAt(simp, m.index!);
    const provider = orgs.find((x) => x.start > m.index! && x.end <= m.index! + 2 + m[1]!.length);
    const user = clauseSubject(ctx, m.index!, ORG);
    if (provider) emitSupply(ctx, emit, [provider], user, 0.7);
    const service = ofType(ctx.mentions, CHIP_OR_PRODUCT, ctx.lex).find((x) => x.start > m.index! && x.end <= m.index! + 2 + m[1]!.length);
    if (service && user && !negatedAt(ctx, m.index!, cs)) emit({ type: 'USES', s: user, o: service, confidence: 0.7 });
  }
  for (const m of simp.matchAll(DEPLOYED_AT)) {
    const [cs] = clauseAt(simp, m.index!);
    const customer = orgs.find((x) => x.start >= m.index! + 1 && x.end <= m.index! + 1 + m[1]!.length);
    if (!customer || negatedAt(ctx, m.index!, cs)) continue;
    const supplier = orgs.find((x) => x.start >= cs && x.end <= m.index! && GOODS.test(simp.slice(x.end, m.index!)));
    if (supplier) emitSupply(ctx, emit, [supplier], customer, 0.7);
    // 真武810已在阿里云部署: the customer uses the chip, and its maker supplies the customer.
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.start >= cs && x.end <= m.index!);
    const maker = chip && ctx.makerOf(chip.id);
    if (chip && maker !== customer.id) {
      emit({ type: 'USES', s: customer, o: chip, confidence: 0.7 });
      const makerMention = maker ? ctx.mentions.find((x) => x.id === maker) ?? (ctx.topic?.id === maker ? ctx.topic : undefined) : undefined;
      if (makerMention) emitSupply(ctx, emit, [makerMention], customer, 0.65);
    }
  }
  for (const m of simp.matchAll(SUPPLIER_OF)) {
    const [cs] = clauseAt(simp, m.index!);
    if (negatedAt(ctx, m.index!, cs)) continue;
    const customer = m[1] !== undefined ? orgs.find((x) => x.start > m.index! && x.end <= m.index! + m[0].length) : orgs.find((x) => x.start === m.index! + m[0].length);
    const supplier = subjectBefore(ctx, m.index!, ORG, false);
    if (customer && supplier) for (const s of group(supplier)) emitSupply(ctx, emit, [s], customer, 0.75);
  }
  for (const m of simp.matchAll(CUSTOMER_OF)) {
    const [cs] = clauseAt(simp, m.index!);
    if (negatedAt(ctx, m.index!, cs)) continue;
    const supplier = m[1] !== undefined
      ? orgs.filter((x) => x.start > m.index! && x.end <= m.index! + m[0].length).shift()
      : orgs.find((x) => x.start === m.index! + m[0].length);
    const customers = orgs.filter((x) => x.start >= cs && x.end <= m.index!);
    if (supplier && customers.length) emitSupply(ctx, emit, [supplier], customers[0], 0.75);
  }
};

// Buying chips is using them too (字节跳动向寒武纪采购思元590芯片).
const BUY: Terms = { zh: ['采购', '购买', '订购', '买进', '购入'], en: ['buy(?:s|ing)?', 'bought', 'purchas(?:e|es|ed|ing)', 'order(?:s|ed)?'] };
const useOrBuy = cue({ zh: [...USE.zh, ...BUY.zh], en: [...USE.en, ...BUY.en] });

// USES: a customer runs on a chip or product; when the chip's maker is named with it, the maker supplies the customer.
const uses: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of simp.matchAll(useOrBuy)) {
    const end = m.index! + m[0].length;
    const [cs, ce] = clauseAt(simp, end);
    if (negatedAt(ctx, m.index!, cs)) continue;
    // 字节跳动向寒武纪采购思元590: in Chinese the user opens the clause, before 向/从.
    const subj = isChinese(m[0]) ? clauseSubject(ctx, m.index!, ['Organization', 'Product']) : subjectBefore(ctx, m.index!, ['Organization', 'Product']);
    if (!subj) continue;
    let objs = mentionsAfter(ctx, end, CHIP_OR_PRODUCT, ce);
    if (!objs.length) objs = mentionsAfter(ctx, end, CHIP_OR_PRODUCT, clauseAt(simp, ce + 1)[1]);
    const users = coordinated(ctx.mentions, subj, simp, ['Organization', 'Product']);
    // The objects are the products right after the verb, not a later list; nobody "uses" its own product here.
    for (const o of objs.slice(0, 4)) {
      if (o.type !== 'Chip' && !/^(?:使用|采用|搭载|部署|导入|us|adopt|deploy|roll|install|train|run|power)/i.test(m[0])) continue;
      const maker = ctx.mentions.find((x) => x.type === 'Organization' && x.id === ctx.makerOf(o.id));
      for (const s of users) {
        if (s.id === o.id || ctx.makerOf(o.id) === s.id) continue;
        emit({ type: 'USES', s, o, confidence: 0.7 });
        if (maker && s.type === 'Organization' && o.type === 'Chip') emit({ type: 'SUPPLIES', s: maker, o: s, confidence: 0.65 });
      }
    }
  }
};

// 搭载辉达GB10的个人超级电脑Ascent GX10, a laptop powered by X: the product carries the chip.
const CARRYING = /(?:搭载|采用|配备|内建|内置)([^，,。]{1,24}?)的([^，,。]{0,28})/g;
const productUses: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of simp.matchAll(CARRYING)) {
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.start > m.index! && x.end <= m.index! + 2 + m[1]!.length);
    const product = ofType(ctx.mentions, ['Product'], ctx.lex).find((x) => x.start >= m.index! + 3 + m[1]!.length && x.end <= m.index! + m[0].length);
    if (chip && product && !negatedAt(ctx, m.index!, clauseAt(simp, m.index!)[0])) emit({ type: 'USES', s: product, o: chip, confidence: 0.7 });
  }
};

export const SUPPLY_RULES: Rule[] = [supplies, uses, productUses];
