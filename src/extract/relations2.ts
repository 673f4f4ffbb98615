import { all, clauseAt, coordinated, mentionsAfter, ofType, ORG, CHIP_OR_PRODUCT, subjectBefore } from './context';
import type { Mention } from './matcher';
import type { Found, Rule } from './relations';

const zh = (s: string) => /^[\u4e00-\u9fff]/.test(s);

// DEVELOPS: an organization designs or builds a chip or product.
const develops: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const made = ofType(ctx.mentions, CHIP_OR_PRODUCT, ctx.lex);
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const done = new Set<Mention>();
  const add = (s: Mention, o: Mention, confidence: number) => {
    if (done.has(o)) return;
    done.add(o);
    emit({ type: 'DEVELOPS', s, o, confidence });
  };
  // The known maker named in the same sentence as its chip or product (英伟达H100, OpenAI's GPT-5).
  for (const o of made) {
    const maker = ctx.makerOf(o.id);
    const s = maker ? orgs.find((x) => x.id === maker) : undefined;
    if (s) add(s, o, 0.8);
  }
  for (const m of all(/自主研发|自研|研发|开发|推出|发布|设计|打造|研制|揭晓|亮相|\b(?:develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|announc(?:e|es|ed|ing)|reveal(?:s|ed|ing)?|detail(?:s|ed|ing)?|roll(?:s|ed|ing)? out|debut(?:s|ed)?)\b/i, simp)) {
    const end = m.index! + m[0].length;
    // 开发ChatGPT的(公司)OpenAI: the developer follows the relative clause.
    const rel = /^([^，,。的]{0,20})的(?:公司|企业)?/.exec(simp.slice(end));
    if (zh(m[0]) && rel) {
      const objs = made.filter((x) => x.start >= end && x.end <= end + rel[1]!.length);
      const dev = orgs.find((x) => x.start === end + rel[0].length);
      if (dev && objs.length) {
        for (const o of objs) add(dev, o, 0.8);
        continue;
      }
    }
    // "developed in partnership with X" / "X-built" name a partner, not the developer.
    const subj = subjectBefore(ctx, m.index!, ORG, false);
    if (!subj) continue;
    const [, ce] = clauseAt(simp, end);
    let objs = made.filter((x) => x.start >= end);
    const inClause = objs.filter((x) => x.start < ce);
    if (inClause.length) objs = inClause;
    else objs = objs.filter((x) => x.start < clauseAt(simp, ce + 1)[1]);
    for (const o of objs) if (!ctx.makerOf(o.id) || ctx.makerOf(o.id) === subj.id) add(subj, o, 0.7);
  }
  // 其旗舰产品Y / its flagship Y: the organization the sentence or story is about.
  for (const o of made) {
    if (!/(?:其|its)\s*(?:[\u4e00-\u9fff]{0,6}|(?:new|latest|flagship|first|own)\s+)$/i.test(simp.slice(Math.max(0, o.start - 9), o.start))) continue;
    const s = orgs.filter((x) => x.end <= o.start).pop() ?? ctx.topic;
    if (s && (!ctx.makerOf(o.id) || ctx.makerOf(o.id) === s.id)) add(s, o, 0.7);
  }
  // X的Y / X's Y / X自主研发的Y
  for (const s of orgs) {
    const tail = simp.slice(s.end, s.end + 16);
    const poss = /^(?:(?:自主研发|自研|自家|自己|内部|自行设计)的|['’]s\s+(?:(?:own|new|first|latest|in-house|custom)\s+)*)/.exec(tail);
    if (!poss) continue;
    const o = made.find((x) => x.start >= s.end + poss[0].length && x.start <= s.end + poss[0].length + 8);
    if (o && (!ctx.makerOf(o.id) || ctx.makerOf(o.id) === s.id) && /^(?:自主研发|自研|自家|自己|内部|自行设计)/.test(poss[0])) add(s, o, 0.75);
    else if (o && ctx.makerOf(o.id) === undefined && o.type === 'Chip' && o.start === s.end + poss[0].length) add(s, o, 0.65);
  }
};

// MANUFACTURES: a foundry fabricates a chip for its designer.
const manufactures: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const foundries = ofType(ctx.mentions, ORG, ctx.lex).filter((m) => ctx.lex.entries.get(m.id)?.foundry);
  if (!foundries.length) return;
  const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
  for (const m of all(/代工|制造|生产|流片|\b(?:manufactur\w+|fabricat\w+|produced|made|built)\b/i, simp)) {
    const end = m.index! + m[0].length;
    const by = zh(m[0]) ? /由\s*$/.test(simp.slice(0, m.index!).replace(/[^由]*$/, '由').slice(-1)) : /^\s+by\b/.test(simp.slice(end, end + 4));
    let foundry: Mention | undefined;
    let chipList: Mention[] = [];
    if (by) {
      foundry = zh(m[0]) ? foundries.filter((f) => f.end <= m.index!).pop() : foundries.find((f) => f.start > end);
      const chipBefore = chips.filter((c) => c.end <= m.index! && (!foundry || c.end <= foundry.start)).pop() ?? ctx.topicChip;
      chipList = chipBefore ? [chipBefore] : [];
    } else {
      foundry = foundries.filter((f) => f.end <= m.index!).pop();
      chipList = chips.filter((c) => c.start >= end);
    }
    if (!foundry) continue;
    for (const c of chipList) emit({ type: 'MANUFACTURES', s: foundry, o: c, confidence: 0.75 });
  }
};

// SUPPLIES: supplier -> customer (chips, compute or capacity).
const supplies: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const emitAll = (suppliers: Mention[], customer: Mention | undefined, confidence: number) => {
    if (customer) for (const s of suppliers) if (s.id !== customer.id) emit({ type: 'SUPPLIES', s, o: customer, confidence });
  };
  // A依赖(芯片供应商如)B / A relies on B / reliance on B / A下单…B的芯片 / A uses B chips
  for (const m of all(/依赖|依靠|仰赖|下单|订购|采购|购买|使用|采用|\b(?:relian(?:ce|t)\s+on|rel(?:y|ies|ied|ying)\s+on|depend(?:s|ed|ing|ence)?\s+on|order(?:s|ed)?|bought|buy(?:s|ing)?|purchas\w+|us(?:e|es|ed|ing))\b/i, simp)) {
    const end = m.index! + m[0].length;
    const [, ce] = clauseAt(simp, end);
    const first = orgs.find((x) => x.start >= end && x.start < ce);
    if (!first) continue;
    const between = simp.slice(end, first.start);
    const isUse = /使用|采用|us(?:e|es|ed|ing)$/i.test(m[0]);
    const isBuy = /下单|订购|采购|购买|order|bought|buy|purchas/i.test(m[0]);
    const tail = simp.slice(first.end, first.end + 8);
    // the supplier's goods must be what is used or bought: 高通芯片, 英伟达的GPU, Nvidia hardware
    const goods = /^\s*(?:的|['’]s)?\s*(?:\w+\s)?(?:AI)?\s*(?:芯片|晶片|GPU|处理器|加速器|服务器|算力|产品|硬件|chips?|GPUs?|processors?|hardware|accelerators?|servers?|capacity|compute)/i.test(tail);
    if ((isUse || isBuy) && !goods) continue;
    if (/^[^，,。]{0,12}$/.test(between) || /供应商|suppliers?/i.test(between)) {
      const customer = subjectBefore(ctx, m.index!, ORG);
      emitAll(coordinated(ctx.mentions, first, simp, ORG), customer, 0.7);
    }
  }
  // 客户包括A、B / customers include A and B: the subject supplies each of them.
  for (const m of all(/客户(?:包括|包含|涵盖|有|如)|\b(?:customers|clients)\s+(?:include|including|such as)\b/i, simp)) {
    const end = m.index! + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start <= end + 4);
    const supplier = subjectBefore(ctx, m.index!, ORG) ?? ctx.topic;
    if (first && supplier) for (const c of coordinated(ctx.mentions, first, simp, ORG)) if (c.id !== supplier.id) emit({ type: 'SUPPLIES', s: supplier, o: c, confidence: 0.75 });
  }
  // B向A供应/供货/提供芯片, B supplies (chips to) A
  for (const m of all(/供应|供货|出货|\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|ship(?:s|ped|ping)?)\b/i, simp)) {
    if (/供应商|供应短缺|供应不足|供应链/.test(simp.slice(m.index! - 1, m.index! + 4))) continue;
    const end = m.index! + m[0].length;
    const [cs, ce] = clauseAt(simp, m.index!);
    if (zh(m[0])) {
      const to = /(?:向|为|给)([^，,。]{1,20})$/.exec(simp.slice(cs, m.index!));
      if (!to) continue;
      const toStart = cs + to.index!;
      const customer = orgs.filter((x) => x.start > toStart && x.end <= m.index!)[0];
      const supplier = subjectBefore(ctx, toStart, ORG);
      if (supplier && customer) emitAll([supplier], customer, 0.75);
    } else {
      const supplier = subjectBefore(ctx, m.index!, ORG);
      const customer = orgs.find((x) => x.start >= end && x.start < ce);
      if (supplier && customer && /^(?:[^,.]{0,40}\bto\s+)?$/.test(simp.slice(end, customer.start).replace(/^\s+/, ''))) emitAll([supplier], customer, 0.7);
    }
  }
};

// USES: a customer runs on a chip or product.
const uses: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of all(/使用|采用|搭载|部署|基于|运行在|依赖|\b(?:us(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|deploy(?:s|ed|ing)?|runs?\s+on|running\s+on|powered\s+by|rel(?:y|ies|ied)\s+on)\b/i, simp)) {
    const end = m.index! + m[0].length;
    const subj = subjectBefore(ctx, m.index!, ['Organization', 'Product']);
    if (!subj) continue;
    const [, ce] = clauseAt(simp, end);
    let objs = mentionsAfter(ctx, end, CHIP_OR_PRODUCT, ce);
    if (!objs.length) objs = mentionsAfter(ctx, end, CHIP_OR_PRODUCT, clauseAt(simp, ce + 1)[1]);
    // objects are the products right after the verb, not a later list
    const users = coordinated(ctx.mentions, subj, simp, ['Organization', 'Product']);
    for (const o of objs.slice(0, 4)) for (const s of users) if (s.id !== o.id && ctx.makerOf(o.id) !== s.id) emit({ type: 'USES', s, o, confidence: 0.7 });
  }
};

const ROLE = '(?:首席执行官|执行长|首席技术官|技术长|首席财务官|财务长|营运长|首席科学家|联合创始人|创始人|创办人|董事长|副总裁|总裁|总监|高管|高级主管|主管|负责人|分析师|科学家|工程师|研究员|发言人|总经理|经理|主席|CEO|CTO|CFO|COO)';

// WORKS_FOR: person -> organization, with the role as written.
const worksFor: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const p of ofType(ctx.mentions, ['Person'], ctx.lex)) {
    const [cs] = clauseAt(simp, p.start);
    const windowStart = Math.max(cs, p.start - 30);
    // Org + (前)(AI) role + Person   |   重回/加入 Org 的 Person
    for (const o of orgs.filter((x) => x.start >= windowStart && x.end <= p.start)) {
      const between = simp.slice(o.end, p.start);
      const role = new RegExp(`^\\s*(?:的|['’]s)?\\s*((?:前|原|former\\s+)?[^，,。、]{0,8}?${ROLE})`, 'i').exec(between);
      if (role && !/[，,。]/.test(between.slice(role[0].length).replace(/^[、\s]*/, '').replace(/^[^、]*、/, ''))) {
        emit({ type: 'WORKS_FOR', s: p, o, confidence: 0.85, role: role[1]!.trim() });
        continue;
      }
      if (/^\s*的/.test(between) === false && new RegExp(`(?:重回|回到|加入|加盟|任职于|效力于|rejoined|joined)\\s*$`, 'i').test(simp.slice(Math.max(windowStart, o.start - 4), o.start)) && /^\s*的?\s*$/.test(between)) {
        emit({ type: 'WORKS_FOR', s: p, o, confidence: 0.75 });
      }
    }
    // Person, (the) (former) CEO of Org  |  Person（Org role）
    const after = simp.slice(p.end, p.end + 60);
    const en = new RegExp(`^,?\\s*(?:the|an?|its)?\\s*((?:former\\s+|then-)?(?:[A-Za-z-]+\\s+){0,3}?(?:CEO|chief executive(?: officer)?|president|chairman|chairwoman|founder|co-founder|analyst|director|head|executive|engineer|scientist|spokes(?:person|man|woman)|vice president|CTO|CFO|COO))\\s+(?:of|at|for)\\s+`, 'i').exec(after);
    if (en) {
      const o = orgs.find((x) => x.start === p.end + en[0].length);
      if (o) emit({ type: 'WORKS_FOR', s: p, o, confidence: 0.85, role: en[1]!.trim() });
    }
    // English "Org CEO Person" / "Org's chief executive Person"
    const before = simp.slice(windowStart, p.start);
    const enBefore = /(?:['’]s)?\s+((?:former\s+)?(?:[A-Za-z-]+\s+){0,2}(?:CEO|chief executive(?: officer)?|president|chairman|founder|co-founder|analyst|director|head|executive|engineer|scientist|spokes(?:person|man|woman)|CTO|CFO|COO))\s*,?\s*$/i.exec(before);
    if (enBefore) {
      const o = orgs.filter((x) => x.end === windowStart + enBefore.index!).pop();
      if (o) emit({ type: 'WORKS_FOR', s: p, o, confidence: 0.8, role: enBefore[1]!.trim() });
    }
  }
  // 由P创立 / founded by P: the founder works for the founded company (the sentence's subject).
  for (const m of all(/由([^，,。]{1,30}?)(?:创立|创办|创建|成立)|\b(?:founded|co-founded|started)\s+(?:in\s+\d{4}\s+)?by\b/i, simp)) {
    const end = m.index! + m[0].length;
    const people = ofType(ctx.mentions, ['Person'], ctx.lex).filter((p) => (zh(m[0]) ? p.start > m.index! && p.end <= end : p.start >= end && p.start < end + 40));
    const company = subjectBefore(ctx, m.index!, ORG, false);
    for (const p of people.slice(0, 2)) if (company) emit({ type: 'WORKS_FOR', s: p, o: company, confidence: 0.8, role: 'founder' });
  }
};

// SUBSIDIARY_OF: unit -> parent.
const subsidiary: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ['Organization', 'Product'], ctx.lex);
  const add = (unit: Mention | undefined, parent: Mention | undefined) => {
    if (unit && parent && unit.id !== parent.id && unit.type === 'Organization' && parent.type === 'Organization') {
      emit({ type: 'SUBSIDIARY_OF', s: unit, o: parent, confidence: 0.85 });
    }
  };
  // A成为/是B的(间接)(全资)子公司   |   B(通过/透过)(旗下)(全资)子公司A   |   B旗下的A
  for (const m of all(/子公司|旗下|附属公司|\b(?:subsidiary|unit|division|arm)\b/i, simp)) {
    const end = m.index! + m[0].length;
    const [cs, ce] = clauseAt(simp, m.index!);
    if (zh(m[0])) {
      const ofParent = /(?:成为|是|为|係)\s*([^，,。]{1,20}?)的(?:[^，,。的]{0,8})$/.exec(simp.slice(cs, m.index!));
      if (ofParent) {
        const pStart = cs + ofParent.index!;
        const parent = orgs.find((x) => x.start > pStart && x.end <= m.index!);
        const unit = subjectBefore(ctx, pStart, ORG, false);
        add(unit, parent);
        continue;
      }
      const unit = orgs.find((x) => x.start >= end && x.start <= end + 3 && x.start < ce);
      const parent = subjectBefore(ctx, m.index!, ORG);
      add(unit, parent);
    } else {
      // A, a (wholly owned) subsidiary of B  |  B's X unit / B subsidiary A
      const of = /^\s+of\s+/.exec(simp.slice(end, end + 5));
      if (of) add(ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.end <= m.index!).pop(), orgs.find((x) => x.start === end + of[0].length));
      else {
        const parent = orgs.filter((x) => x.end <= m.index! && x.end >= m.index! - 25).pop();
        const unit = orgs.find((x) => x.start >= end && x.start <= end + 2);
        add(unit, parent);
      }
    }
  }
  for (const m of all(/\b(?:owned|controlled)\s+by\b/i, simp)) {
    const unit = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.end <= m.index!).pop();
    add(unit, mentionsAfter(ctx, m.index! + m[0].length, ORG)[0]);
  }
};

export const RULES_B: Rule[] = [develops, manufactures, supplies, uses, worksFor, subsidiary];
export type { Found };
