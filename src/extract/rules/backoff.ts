import {
  clauseAt,
  coordinated,
  raiserAt,
  headOf,
  isReporter,
  modifies,
  ofType,
  ORG,
  subjectBefore,
  type SentenceContext,
} from '../context';
import type { Mention } from '../matcher';
import { allMatches, firstMatch } from '../regex';
import { cue, negatedAt, type Emit, type Terms } from './terms';

/**
 * Back-off relations: what a sentence's words say of the names in it when no rule read its shape.
 *
 * The rule families read a sentence's grammar (which name is the subject, which list follows which verb) and
 * hold only for the phrasings they were written for. On news they had not seen, most missed relations join
 * two names the extractor did find, in a sentence whose words leave no doubt about the kind of relation but
 * whose shape no rule reads: "The round was co-led by trading firm A and B", "Existing shareholders C and D
 * also took part", X面临A、B以及C等大厂的竞争. Here the words name the kind and position gives the roles.
 *
 * Only two kinds are read this way, the two where position is enough to hold precision: who took part in a
 * funding round (the story's company raised it) and rivals (the sentence's subject against the names after
 * the cue). The same reading of partnerships and supply was measured and left out: it added about one right
 * relation for twenty wrong ones, because the names around those words are as often customers, makers and
 * investors as partners. A back-off relation has a lower confidence than a rule's, and the extractor keeps it
 * only when no rule related the two names anywhere in the article.
 */

export const BACKOFF_CONFIDENCE = 0.45;

/** A cue list's regex for its first match only. */
const once = (t: Terms) => new RegExp(cue(t).source, 'i');

// Words of rivalry: the sentence's subject against the names after them.
const RIVALRY = cue({
  zh: [
    '竞争',
    '对手',
    '劲敌',
    '挑战',
    '抗衡',
    '替代',
    '对标',
    '比肩',
    '叫板',
    '角逐',
    '争夺',
    '追赶',
    '落后于',
    '分庭抗礼',
    '取代',
    '垄断',
    '霸主地位',
    '主导地位',
  ],
  en: [
    'rival(?:s|ry|ries|ing)?',
    'compet(?:e|es|ed|ing|itor|itors|ition)',
    'challeng(?:e|es|ed|ing|er|ers)',
    'alternatives?\\s+to',
    'answers?\\s+to',
    'dominated\\s+by',
    'dominance',
    'tak(?:e|es|ing)\\s+on',
    'vie[sd]?',
    'vying',
    'contenders?',
    'head-to-head',
    'up\\s+against',
    'catch\\s+up\\s+(?:with|to)',
    'trail(?:s|ed|ing)?',
    'market\\s+share',
    'battl(?:e|es|ed|ing)',
    'fight(?:s|ing)?',
    'los(?:e|es|t|ing)\\s+ground\\s+to',
    'ahead\\s+of',
  ],
});

/** Whether a sentence speaks of rivalry at all. */
export const RIVALRY_ANY = new RegExp(RIVALRY.source, 'i');

// A name that only stands for whom something belongs to ("Nvidia's GPUs", 中国移动旗下基金, 晶曜科技的首款芯片) is no party.
const POSSESSIVE_AFTER = /^(?:['’]s?\s|旗下|的|之)/;
// …nor is a former employer ("former OpenAI researcher").
const FORMER_BEFORE = /(?:former|ex-|onetime|前|原)\s*$/i;

/**
 * The organizations of the sentence that can take part in a relation: no reporter, owner or modifier, and no
 * maker named with its chip (英伟达A100) or employer named with its people ("Halvard co-founders Maria and Peter Lund").
 */
function parties(ctx: SentenceContext): Mention[] {
  const made = ctx.mentions.filter((m) => m.type === 'Chip' || m.type === 'Product');
  const people = ctx.mentions.filter((m) => m.type === 'Person');
  return ofType(ctx.mentions, ORG, ctx.lex).filter(
    (m) =>
      !isReporter(m, ctx.simp) &&
      !made.some((c) => c.start >= m.end && /^\s?$/.test(ctx.simp.slice(m.end, c.start))) &&
      headOf(ctx, m) === m &&
      !people.some((p) => p.start > m.end && /^\s+(?:[\w-]+\s+){1,3}$/.test(ctx.simp.slice(m.end, p.start))) &&
      !POSSESSIVE_AFTER.test(ctx.simp.slice(m.end, m.end + 3)) &&
      !FORMER_BEFORE.test(ctx.simp.slice(Math.max(0, m.start - 8), m.start)) &&
      !modifies(ctx, m),
  );
}

// Words naming who took part in a funding round: the sentence's organizations put money in the company that raised it.
const ROUND_ROLE: Terms = {
  // (Not the market's investors and their mood: 投资人对…仍有疑虑, "investors worried".)
  zh: [
    '领投',
    '跟投',
    '参投',
    '投资方',
    '投资人(?!对|们|普遍|担心|担忧|情绪|信心|认为|关注|疑虑|看好|看淡)',
    '股东',
    '入股',
    '注资',
    '出资',
    '加注',
  ],
  en: [
    // (Not those a company speaks to or courts: "told investors", "tapped investors to buy GPUs".)
    '(?<!\\b(?:told|tell|tells|telling|tapped|tap|taps|tapping|reassured|reassure|warned|warn|courted|courting|court|pitched|pitching|attract|attracted|attracting|assured|updated|asked|asking)\\s+(?:(?:its|their|the)\\s+)?)investors?(?!\\s+(?:worr\\w+|fear\\w*|doubt\\w*|cheer\\w*|fled|dumped|punished|shrugged|wonder\\w*|questioned|reacted|sold\\s+off|remain\\w*\\s+(?:wary|cautious|sceptical|skeptical)))',
    'backers?',
    'shareholders?',
    // (Not a company led by its chief: "led by chief executive Lisa Su".)
    '(?:co-)?led\\s+by(?!\\s+(?:its\\s+|their\\s+)?(?:co-?founders?|founders?|chief|CEO|president|chair\\w*|executive|former|veteran|managing))',
    'co-led',
    'co-leads?',
    'participat(?:ed|ion|ing)',
    'took\\s+part',
    'taking\\s+part',
    // (Not "joined as chief architect": a post, not a round.)
    'joined(?!\\s+as\\b)',
    'put\\s+money',
  ],
};
const ROUND_ROLE_CUE = once(ROUND_ROLE);
const ANALYST_BEFORE = /(?:analysts?\s+(?:at|from|with)|分析师)\s*$/i;
const RAISED = /融资|\b(?:raised|raises|raising)\b/i;
// Markets, exchanges and regulators approve and list; they neither raise money nor put it in.
const INSTITUTION = /exchange|market|commission|regulator|ministry|交易所|板$|证监会|监管|委员会|部$/i;

/** Whether a name can be a party: no market or regulator, no analysts' firm ("analysts at Bernstein"). */
function party(ctx: SentenceContext, x: Mention): boolean {
  const e = ctx.lex.entries.get(x.id);
  if ([e?.name ?? x.surface, ...(e?.aliases ?? [])].some((n) => INSTITUTION.test(n))) return false;
  // (Nor a name in a clause that says no: "while Nvidia was not among the investors".)
  const [cs, ce] = clauseAt(ctx.simp, x.start);
  return !ANALYST_BEFORE.test(ctx.simp.slice(Math.max(0, x.start - 16), x.start)) && !negatedAt(ctx, ce, cs, ce - cs);
}
// A name after a preposition opens no clause ("In a market led by Nvidia, …", 在英伟达…的背景下).
const AFTER_PREPOSITION =
  /(?:\b(?:in|at|for|with|by|from|of|against|to|on|under|amid|after|before)\s+(?:[^\s,]+\s+){0,3}|在[^，,。]*|对|向|据)$/i;
// (A funding sentence that names rivals or dependence names more than investors.)
const RIVALS = /竞争|对手|依赖|\b(?:rivals?|compet\w+|challengers?|dependen\w+|relian\w+|rel(?:y|ies|ied)\s+on)\b/i;

// ("…in a round led by A and B, and its chips are made by C": a name in a new clause is no party to the round.)
const NEW_CLAUSE = /,\s+(?:and|but)\s+(?:its|their|the|it|they)\b|[;；。]/i;
const between = (simp: string, m: Mention, at: number) => (m.start < at ? simp.slice(m.end, at) : simp.slice(at, m.start));

/** A funding sentence's organizations invest in who raised the money (here, or the story's last raise). */
function funding(ctx: SentenceContext, emit: Emit, orgs: Mention[]): void {
  const m = firstMatch(ROUND_ROLE_CUE, ctx.simp);
  if (!m || RIVALS.test(ctx.simp)) return;
  const [cs] = clauseAt(ctx.simp, m.index);
  if (negatedAt(ctx, m.index, cs)) return;
  const raised = RAISED.exec(ctx.simp);
  // ("Its investors include A and B", "Acme's backers are A and B": the investee is the one named right before the words
  // that list them; not "Acme's backers pushed back".)
  // (Rebellions的股东阵容相当坚强，包括A、B: the same in Chinese; not past a verb of saying, nor 包括A在内的客户, a list of
  // some other noun: 英伟达的股东周三表示，包括微软在内的客户….)
  const listed =
    /^\s*,?\s*(?:include|includes|included|including|such\s+as|are|were)\b/.test(ctx.simp.slice(m.index + m[0].length)) ||
    /^(?:阵容|名单)?(?:(?!表示|指出|透露|(?<![堪号俗简统通宣自又或名])称|说)[^。；]){0,10}?(?:包括|涵盖)(?![^。；，,]{0,24}?在内的(?!股东|投资))/.test(
      ctx.simp.slice(m.index + m[0].length),
    );
  const owner = !listed
    ? undefined
    : ctx.mentions.find(
        (x) =>
          x.type === 'Organization' &&
          x.end <= m.index &&
          (x.anaphor && /^its$/i.test(x.surface) ? /^\s*$/ : /^(?:['’]s?\s+|的)$/).test(ctx.simp.slice(x.end, m.index)),
      );
  const investee = owner ?? ((raised && raiserAt(ctx, raised.index)) || ctx.raiser);
  if (!investee || !party(ctx, investee)) return;
  // (A unit's parent named with it is its owner, not a new investor.)
  const parent = ctx.lex.entries.get(investee.id)?.parentId;
  // (A reference, "its", is no new investor.)
  for (const o of orgs)
    if (o.id !== investee.id && o.id !== parent && !o.anaphor && party(ctx, o) && !NEW_CLAUSE.test(between(ctx.simp, o, m.index)))
      emit({ type: 'INVESTS_IN', s: o, o: investee, confidence: BACKOFF_CONFIDENCE });
}

/** The sentence's subject competes with the list of names after the words of rivalry (A与B竞争: and the list after 与). */
function rivalry(ctx: SentenceContext, emit: Emit, orgs: Mention[]): void {
  let clauseEnd = -1;
  // (Each clause with words of rivalry: 市场竞争激烈，耐能面临英伟达、高通等大厂的竞争 reads the second.)
  for (const m of allMatches(RIVALRY, ctx.simp)) {
    if (m.index < clauseEnd) continue;
    const [cs, ce] = clauseAt(ctx.simp, m.index);
    clauseEnd = ce;
    if (!negatedAt(ctx, m.index, cs)) rivalsIn(ctx, emit, orgs, m.index, cs, ce);
  }
}

/** The rivals of one clause's subject, around the words of rivalry at `at`. */
function rivalsIn(ctx: SentenceContext, emit: Emit, orgs: Mention[], at: number, cs: number, ce: number): void {
  // The subject opens the clause ("AMD agreed to buy ZT Systems to take on Nvidia": AMD; 昆仑芯与华为的竞争: 昆仑芯);
  // with no name before the words, it is the company the story is about ("Its rivals include A").
  const opener = orgs.find((o) => o.start >= cs && o.end <= at && !AFTER_PREPOSITION.test(ctx.simp.slice(cs, o.start)));
  const anchor = opener ?? subjectBefore(ctx, at, ORG, false) ?? (orgs.some((o) => o.start < at) ? undefined : ctx.topic);
  if (!anchor || !party(ctx, anchor)) return;
  // (Names listed with the subject are on its side: 燧原与壁仞、摩尔线程一道挑战英伟达.)
  const together = new Set(coordinated(ctx.mentions, anchor, ctx.simp, ORG).map((x) => x.id));
  const rival = (o: Mention) => orgs.includes(o) && !together.has(o.id) && party(ctx, o);
  // The other side: the list after the words in their clause, and in Chinese the list after 与/和/同/跟 or 面临 before
  // them (昆仑芯与华为、寒武纪的竞争; 耐能面临英伟达、高通等大厂的竞争).
  const withStart = /(?:与|和|同|跟|面临|面对|受到|遭遇|来自)[^，,。；与和同跟]*$/.exec(ctx.simp.slice(cs, at));
  const firsts = [
    orgs.find((o) => o.start >= at && o.end <= ce),
    withStart ? orgs.find((o) => o.start >= cs + withStart.index && o.end <= at) : undefined,
  ];
  for (const first of firsts)
    if (first && rival(first)) {
      // (…against Nvidia's Jetson modules and Google's Coral accelerators: each maker of goods named after.)
      // (Only makers listed with the first: not "…, and Dell's products use both".)
      const makers: Mention[] = [];
      if (GOODS_POSSESSED.test(ctx.simp.slice(first.end, first.end + 60)))
        for (let prev = first; ;) {
          const next = orgs.find((o) => o.start > prev.end && o.end <= ce);
          if (
            !next ||
            !MAKER_GAP.test(ctx.simp.slice(prev.end, next.start)) ||
            !GOODS_POSSESSED.test(ctx.simp.slice(next.end, next.end + 60))
          )
            break;
          makers.push(next);
          prev = next;
        }
      for (const o of [...coordinated(ctx.mentions, first, ctx.simp, ORG, true), ...makers])
        if (rival(o)) emit({ type: 'COMPETES_WITH', s: anchor, o, confidence: BACKOFF_CONFIDENCE });
    }
  // 打破英伟达在GPU市场的垄断, 被视为英伟达的潜在替代者: the one whose dominance, or whose substitute, it is.
  if (!firsts.some(Boolean) && POSSESSED_RIVALRY.test(ctx.simp.slice(at, at + 6))) {
    const owner = ofType(ctx.mentions, ORG, ctx.lex)
      .filter((o) => o.start > anchor.end && o.end <= at && o.id !== anchor.id && POSSESSOR_GAP.test(ctx.simp.slice(o.end, at)))
      .pop();
    if (owner && !together.has(owner.id) && party(ctx, owner))
      emit({ type: 'COMPETES_WITH', s: anchor, o: owner, confidence: BACKOFF_CONFIDENCE });
  }
}
const POSSESSED_RIVALRY = /^(?:垄断|霸主地位|主导地位|替代)/;
// (打破英伟达垄断: or the possessor right before the noun, without 的.)
const POSSESSOR_GAP = /^(?:(?:在[^，,。的]{0,10})?的[^，,。的]{0,8})?$/;

/** Back-off relations of one sentence: who took part in a funding round, and rivals. */
export function backoff(ctx: SentenceContext, emit: Emit): void {
  // (Most sentences have neither kind of words: the parties are worked out only for those that do.)
  if (!ROUND_ROLE_CUE.test(ctx.simp) && !RIVALRY_ANY.test(ctx.simp)) return;
  const orgs = parties(ctx);
  if (orgs.length) funding(ctx, emit, orgs);
  // ("Hailo's chips go up against Nvidia's Jetson modules": the makers of goods set against each other are rivals.)
  const makers = ofType(ctx.mentions, ORG, ctx.lex).filter(
    (m) => !orgs.includes(m) && GOODS_POSSESSED.test(ctx.simp.slice(m.end, m.end + 60)) && !isReporter(m, ctx.simp),
  );
  const rivals = makers.length ? [...orgs, ...makers].sort((a, b) => a.start - b.start) : orgs;
  if (rivals.length) rivalry(ctx, emit, rivals);
}
// Between two makers of a list of goods: "Nvidia's Jetson modules and Google's", "A's chips, B's".
const MAKER_GAP =
  /^['’]s?\s+(?:(?!(?:in|for|at|on|to|from|with|by|use|uses|used)\b)[\w-]+\s+){0,4}?(?:(?:and|or)\s+|[\w-]+,\s+(?:and\s+)?)$/;
const GOODS_POSSESSED =
  /^['’]s?\s+(?:[A-Z][\w-]*\s+){0,3}(?:(?:own|new|latest|flagship|rival|competing)\s+)?(?:chips?|GPUs?|accelerators?|processors?|modules?|silicon|products?)\b/;
