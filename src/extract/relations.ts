import { all, clauseAt, coordinated, mentionsAfter, ofType, ORG, subjectBefore, type SentenceContext } from './context';
import type { Mention } from './matcher';
import type { DealStatus, RelationType } from './types';

/** A relation found in one sentence, before it is named and deduplicated. */
export interface Found {
  type: RelationType;
  s: Mention;
  o: Mention;
  confidence: number;
  status?: DealStatus;
  role?: string;
}

type Rule = (ctx: SentenceContext, emit: (f: Found) => void) => void;

const NEGATED = /(没有|并未|未曾|不会|否认|并非|尚未|no longer|did not|does not|didn't|doesn't|denied|not\s)/i;

function dealStatus(text: string): DealStatus {
  if (/(已完成|完成|已收购|已经收购|completed|closed|finalized|has acquired|had acquired|acquired\b(?! by)|在\d{4}年收购|于\d{4}年收购|此前收购|收购了|bought)/i.test(text)) return 'completed';
  if (/(拟|考虑|评估|洽谈|谈判|潜在|可能|传出|寻求|in talks|considering|weighing|explor|potential|may\s|could\s|reportedly|plans? to|would|seek)/i.test(text)) return 'considering';
  return 'announced';
}

// ACQUIRES: acquirer -> target, with the deal's status.
const acquires: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of all(/被(?:[^，,。]{0,20}?)(?:收购|并购)|\b(?:was|were|is|be|been|being|to be)\s+(?:acquired|bought|purchased)\s+by\b/i, simp)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const target = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.end <= m.index! && x.start >= cs).pop();
    const buyer = m[0].startsWith('被')
      ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start > m.index! && x.end <= m.index! + m[0].length)
      : mentionsAfter(ctx, m.index! + m[0].length, ORG, ce)[0];
    if (target && buyer) emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.85, status: dealStatus(simp) });
  }
  for (const m of all(/收购|并购|买下|\b(?:acquir(?:e|es|ed|ing)|acquisition of|takeover of|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\b(?!\s+by)/i, simp)) {
    if (/被[^，,。]{0,20}$/.test(simp.slice(0, m.index!))) continue;
    const [, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    let target = mentionsAfter(ctx, end, ORG, ce)[0];
    let buyer = subjectBefore(ctx, m.index!, ORG);
    // 对X(全部股权)的收购: the target stands between 对 and the verb.
    const dui = /对([^，,。]{1,30})的$/.exec(simp.slice(0, m.index!));
    if (dui) {
      const inside = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start >= m.index! - dui[0].length && x.end <= m.index!);
      if (inside.length) {
        target = inside[0];
        buyer = subjectBefore(ctx, m.index! - dui[0].length, ORG);
      }
    }
    if (!buyer || !target || buyer.id === target.id) continue;
    const [cs] = clauseAt(simp, m.index!);
    const clause = simp.slice(cs, clauseAt(simp, m.index!)[1]);
    if (NEGATED.test(simp.slice(Math.max(cs, m.index! - 30), m.index!))) continue;
    emit({ type: 'ACQUIRES', s: buyer, o: target, confidence: 0.85, status: dealStatus(clause + simp.slice(Math.max(0, m.index! - 12), m.index!)) });
  }
};

// INVESTS_IN: investor -> investee.
const investsIn: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of all(/(?:财务|资金|融资)支持|注资|入股|领投|参投|投资(?!公司|者|人|银行|机构|方|界|回报|成本|规模)|\b(?:invest(?:s|ed|ing|ment)?\s+(?:[$€¥£]?[\d.,]+\s*(?:billion|million|bn|m)?\s+)?in|stake in|backing (?:for|of)|financial support (?:for|to)|funding (?:for|to)|backed)\b/i, simp)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    if (/^backed$/i.test(m[0])) {
      // "X, backed by Y" / "Y-backed X"
      const by = /^\s+by\s/.test(simp.slice(end, end + 4));
      const investee = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.end <= m.index!).pop();
      const investor = by ? mentionsAfter(ctx, end, ORG, ce)[0] : undefined;
      if (investee && investor && investee.id !== investor.id) emit({ type: 'INVESTS_IN', s: investor, o: investee, confidence: 0.7 });
      continue;
    }
    // A对/向/为B提供财务支持: investee between the preposition and the verb.
    const prep = /(对|向|为)([^，,。]{1,30})$/.exec(simp.slice(cs, m.index!));
    let investor: Mention | undefined;
    let investees: Mention[] = [];
    if (prep) {
      const pStart = cs + prep.index!;
      investor = subjectBefore(ctx, pStart, ORG);
      const inside = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > pStart && x.end <= m.index!);
      if (inside.length) investees = [inside[inside.length - 1]!];
    } else {
      investor = subjectBefore(ctx, m.index!, ORG);
      const first = mentionsAfter(ctx, end, ORG, ce)[0];
      if (first) investees = coordinated(ctx.mentions, first, simp, ORG);
    }
    if (!investor) continue;
    for (const o of investees) if (o.id !== investor.id) emit({ type: 'INVESTS_IN', s: investor, o, confidence: 0.75 });
  }
};

// PARTNERS_WITH (symmetric): A与B合作 / A partners with B / 外包给B / X-built.
const partners: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const pair = (a: Mention, bs: Mention[], confidence: number) => {
    for (const b of bs) if (a.id !== b.id) emit({ type: 'PARTNERS_WITH', s: a, o: b, confidence });
  };
  for (const m of all(/合作|携手|联手|结盟|外包给|委托|共同开发|联合开发|\b(?:partner(?:s|ed|ing)?\s+with|(?:in\s+)?(?:close\s+|strategic\s+)?partnership\s+with|collaborat\w*\s+with|team(?:s|ed)?\s+up\s+with|alliance\s+with|joint venture with|work(?:s|ed|ing)?\s+(?:closely\s+)?with|built\s+with|developed\s+(?:together\s+)?with|co-develop\w*\s+with|outsourc\w+\s+\w*\s*to)\b/i, simp)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    const clause = simp.slice(cs, ce);
    if (NEGATED.test(simp.slice(Math.max(cs, m.index! - 6), m.index!)) || /(讨论|考虑|探讨|是否|包括)/.test(clause)) continue;
    if (/^[\u4e00-\u9fff]/.test(m[0]) && !/外包给|委托/.test(m[0])) {
      // Chinese: A 与/和/同/跟 B … 合作  — or 合作的 A和B
      const w = new RegExp('(?:与|和|同|跟)([^与和同跟]*)$').exec(simp.slice(cs, m.index!));
      if (w) {
        const wStart = cs + w.index!;
        const partnersIn = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > wStart && x.end <= m.index!);
        const subj = subjectBefore(ctx, wStart, ORG);
        if (partnersIn.length && subj) {
          pair(subj, coordinated(ctx.mentions, partnersIn[0]!, simp, ORG), 0.8);
          continue;
        }
        const both = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start >= cs && x.end <= m.index!);
        if (both.length >= 2) {
          const group = coordinated(ctx.mentions, both[0]!, simp, ORG);
          if (group.length >= 2) pair(group[0]!, group.slice(1), 0.75);
          continue;
        }
      }
      const after = mentionsAfter(ctx, end, ORG, ce);
      if (/^的/.test(simp.slice(end)) && after.length) {
        const group = coordinated(ctx.mentions, after[0]!, simp, ORG);
        if (group.length >= 2) pair(group[0]!, group.slice(1), 0.75);
      }
      continue;
    }
    // 外包给B / English "A partners with B": subject before, partners after.
    const subj = subjectBefore(ctx, m.index!, ORG, false);
    const first = mentionsAfter(ctx, end, ORG, ce)[0];
    if (subj && first) pair(subj, coordinated(ctx.mentions, first, simp, ORG), 0.8);
  }
  // "A and B signed a partnership / agreement"
  for (const m of all(/\b(?:partnership|agreement|alliance|collaboration|deal)\b|合作协议|战略合作|合作关系/i, simp)) {
    const [cs] = clauseAt(simp, m.index!);
    const before = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start >= cs && x.end <= m.index!);
    if (before.length >= 2) {
      const group = coordinated(ctx.mentions, before[0]!, simp, ORG);
      if (group.length >= 2) pair(group[0]!, group.slice(1), 0.7);
    }
  }
  // "Broadcom-built chips" in a sentence about another organization's chips.
  for (const m of all(/([A-Z][A-Za-z]+)-(?:built|designed|made|developed)\b/, simp)) {
    const maker = ctx.mentions.find((x) => x.start === m.index! && x.type === 'Organization');
    const subj = subjectBefore(ctx, m.index!, ORG, false);
    if (maker && subj && maker.id !== subj.id) pair(subj, [maker], 0.7);
  }
};

// COMPETES_WITH (symmetric): rivals, or a chip meant to match another.
const competes: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const pair = (a: Mention | undefined, bs: Mention[]) => {
    if (a) for (const b of bs) if (a.id !== b.id) emit({ type: 'COMPETES_WITH', s: a, o: b, confidence: 0.75 });
  };
  for (const m of all(/竞争对手|对手|劲敌|\b(?:rivals?|competitors?)\b/i, simp)) {
    const end = m.index! + m[0].length;
    const [cs, ce] = clauseAt(simp, m.index!);
    const after = mentionsAfter(ctx, end, ORG, ce);
    const firstAfter = after[0] && /^\s*(?:,|如|包括|例如|such as|including|of|to)?\s*$/.test(simp.slice(end, after[0].start)) ? after[0] : undefined;
    // X的竞争对手Y / X's rival Y
    const owner = /(?:的|['’]s\s*(?:\w+\s+)?)$/.exec(simp.slice(cs, m.index!));
    if (owner) {
      const x = ofType(ctx.mentions, ORG, ctx.lex).filter((o) => o.end <= m.index! && o.end >= m.index! - owner[0].length - 1).pop();
      if (x && firstAfter) {
        pair(x, coordinated(ctx.mentions, firstAfter, simp, ORG));
        continue;
      }
    }
    if (firstAfter) pair(subjectBefore(ctx, m.index!, ORG, false), coordinated(ctx.mentions, firstAfter, simp, ORG));
    else if (/^\b(?:rivals?)$/i.test(m[0])) {
      // "A rivals B" (verb)
      const a = subjectBefore(ctx, m.index!, ORG);
      const b = mentionsAfter(ctx, end, ORG, ce)[0];
      if (a && b) pair(a, coordinated(ctx.mentions, b, simp, ORG));
    }
  }
  for (const m of all(/竞争|抗衡|较量|叫板|\b(?:compet(?:e|es|ed|ing)\s+(?:with|against)|go(?:es)?\s+head-to-head\s+with|take\s+on|vie[sd]?\s+with)\b/i, simp)) {
    const [cs, ce] = clauseAt(simp, m.index!);
    const end = m.index! + m[0].length;
    if (/竞争对手|竞争力|竞争优势|市场竞争|竞争加剧/.test(simp.slice(m.index!, m.index! + 4)) || /市场/.test(simp.slice(m.index! - 2, m.index!))) continue;
    const w = /(?:与|和|同|跟)([^与和同跟]*)$/.exec(simp.slice(cs, m.index!));
    if (w && /^[\u4e00-\u9fff]/.test(m[0])) {
      const wStart = cs + w.index!;
      const rivals = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > wStart && x.end <= m.index!);
      if (rivals.length) {
        pair(subjectBefore(ctx, wStart, ORG, false), rivals);
        continue;
      }
    }
    const after = mentionsAfter(ctx, end, ORG, ce);
    if (after.length && !/^[\u4e00-\u9fff]/.test(m[0])) {
      pair(subjectBefore(ctx, m.index!, ORG, false), coordinated(ctx.mentions, after[0]!, simp, ORG));
      continue;
    }
    // 微软和OpenAI……竞争: two coordinated organizations before the verb.
    const before = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.end <= m.index!);
    if (before.length >= 2) {
      const group = coordinated(ctx.mentions, before[before.length - 1]!, simp, ORG);
      if (group.length >= 2) pair(group[0]!, group.slice(1));
    }
  }
  // Chip against chip: 与H100相媲美 / on par with the H100.
  for (const m of all(/媲美|匹敌|对标|比肩|\b(?:on par with|rival(?:s|ling)?|match(?:es|ing)?|compet\w+ with|outperform\w*)\b/i, simp)) {
    const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
    const before = chips.filter((x) => x.end <= m.index!);
    const targetBefore = before.pop();
    const a = chips.find((x) => x.end <= m.index! && x !== targetBefore) ?? ctx.topicChip;
    // Chinese puts the compared chip before the verb (与H100相媲美), English after (rivals the H100).
    const b = /^[\u4e00-\u9fff]/.test(m[0]) ? targetBefore : mentionsAfter(ctx, m.index! + m[0].length, ['Chip'], Math.min(clauseAt(simp, m.index!)[1], m.index! + m[0].length + 30))[0];
    const subj = /^[\u4e00-\u9fff]/.test(m[0]) ? a : targetBefore ?? ctx.topicChip;
    if (subj && b && subj.id !== b.id) emit({ type: 'COMPETES_WITH', s: subj, o: b, confidence: 0.7 });
  }
};

export const RULES_A: Rule[] = [acquires, investsIn, partners, competes];
export type { Rule };
