import {
  CHIP_OR_PRODUCT,
  clauseAt,
  coordinated,
  describedListAfter,
  isReporter,
  mentionsAfter,
  ofType,
  ORG,
  orgList,
  subjectBefore,
  type SentenceContext,
  withoutChineseNames,
} from '../context';
import { isChinese } from '../lang';
import { orgRef, type Mention } from '../matcher';
import { cue, negatedAt, type Emit, type Rule, type Terms } from './terms';
import { allMatches, firstMatch } from '../regex';

/** COMPETES_WITH (symmetric): rivals, a stated goal to challenge another, or a chip meant to match another. */

// A noun naming the rival: X的竞争对手Y, X's rival Y, rivals such as Y.
const RIVAL_NOUN: Terms = { zh: ['竞争对手', '对手', '劲敌', '竞品', '挑战者', '竞争者'], en: ['rivals?', 'competitors?', 'challengers?'] };
// A verb of competing or challenging, the rival after it (in English; in Chinese also 与X竞争).
const COMPETE: Terms = {
  zh: [
    '竞争',
    '抗衡',
    '较量',
    '一较高下',
    '一争高下',
    '一决高下',
    '叫板',
    '挑战',
    '对抗',
    '对准',
    '对垒',
    '争夺',
    '分庭抗礼',
    '交锋',
    '角逐',
    '竞逐',
    '比拼',
    '角力',
    '较劲',
    '缩小[^，,。]{0,16}?差距',
    '追赶',
    '追上',
    '赶上',
    '蚕食',
    '抢占',
    '抢夺',
    '侵蚀',
    '竞技',
    '力拚',
    '力拼',
    '对决',
    '别苗头',
    '抢攻',
    '竞赛',
    // 落后于SK海力士和美光, 仅次于台积电的第二大晶圆代工厂: behind another in the same market.
    '落后于',
    '仅次于',
    // 长期落后辉达与超微: the rivals right after the verb (技术落后 names none).
    '落后(?!于)(?=[^，,。；]{0,24}?(?:与|和|及|、))',
    // 排在英伟达、AMD和沐曦之后: ranked behind each one listed.
    '排在(?=[^，,。；]{1,48}?之后)',
    // 向辉达宣战, 撼动辉达的主导地位: a challenge to another's hold.
    '宣战',
    '撼动',
  ],
  en: [
    'compet(?:e|es|ed|ing)\\s+(?:(?:more\\s+|most\\s+)?directly\\s+|head-on\\s+|at\\s+home\\s+|abroad\\s+|globally\\s+|mainly\\s+|chiefly\\s+|also\\s+)?(?:with|against)',
    '(?:tough\\s+|stiff\\s+|fierce\\s+)?competition\\s+(?:from|with)',
    '(?:position|edge|competitiveness|fight|battle|race)\\s+against',
    // "pitched its MI400 directly against Nvidia's Rubin", "is positioning them against Nvidia"
    '(?:pitch|position)(?:es|s|ed|ing)?\\s+(?:[\\w-]+\\s+){0,4}?(?:directly\\s+|squarely\\s+|head-on\\s+)?against',
    // "as it chases OpenAI's ChatGPT"
    'chas(?:e|es|ed|ing)',
    '(?:rac|battl)(?:e|es|ed|ing)\\s+(?:against|with)',
    'fight(?:s|ing)?\\s+(?:against|with)',
    'go(?:es)?\\s+head-to-head\\s+with',
    'take\\s+on',
    'tak(?:es|ing)\\s+on',
    '(?:vie[sd]?|vying)\\s+(?:with|against)',
    // "lost market share to Korvex", "gaining ground on Nvidia", "win customers away from Nvidia", "a threat to Nvidia"
    'los(?:e|es|t|ing)\\s+(?:market\\s+)?(?:share|ground|customers|business|orders)\\s+to',
    'gain(?:s|ed|ing)?\\s+ground\\s+on',
    '(?:win(?:s|ning)?|won|lur(?:e|es|ed|ing))\\s+(?:[\\w-]+\\s+){0,2}?away\\s+from',
    'steal(?:s|ing)?\\s+(?:market\\s+)?share\\s+from',
    '(?:serious|major|growing|real|direct|credible)\\s+threat\\s+to',
    // "has long trailed Nvidia", "second only to TSMC", "benchmarking itself against Apple"
    'trail(?:s|ed|ing)?',
    'second\\s+only\\s+to',
    'benchmark(?:s|ed|ing)?\\s+(?:itself|themselves|its\\s+[\\w-]+)\\s+against',
    'challeng(?:e|es|ed|ing)',
    '(?:clos|narrow)(?:e|es|ed|ing|s)?\\s+the\\s+gap\\s+(?:with|on)',
    'catch(?:es)?\\s+up\\s+(?:with|to)',
    'go(?:es|ing)?\\s+after\\s+the\\s+same\\s+(?:[\\w-]+\\s+){0,3}?(?:customers|clients|buyers|markets?|business)\\s+as',
    'to\\s+rival',
    // "is racing SK hynix to supply HBM4", "goes up against Qualcomm", "squares off against Intel"
    // (The terms match in any case, so no capital can be required: "racing against" is the term above, and what
    // follows here is what is raced, not a preposition or an article.)
    '(?:is|are|was|were)\\s+racing(?!\\s+(?:against|with|to|for|ahead|toward|towards|into|at|on|in|the|a|an|past|through|up|down|back|ahead)\\b)',
    '(?:go(?:es)?|went|going)\\s+up\\s+against',
    'square(?:s|d)?\\s+off\\s+(?:against|with)',
    '(?:go(?:es)?|went|going)\\s+head[- ]to[- ]head\\s+with',
    // "takes direct aim at Amazon and Google chips", "a rare win against TSMC"
    '(?:take|takes|taking|took|taken)\\s+(?:direct\\s+|clear\\s+)?aim\\s+at',
    '(?:win|victory)\\s+(?:over|against)',
    // "claiming an early lead over Samsung and Micron", "is aiming the parts squarely at Apple's Macs"
    '(?:(?:early|clear|big|wide|commanding|slight|narrow)\\s+)?lead\\s+over',
    'aim(?:s|ed|ing)?\\s+(?:(?:its|their|the|these|those|them|it)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:squarely|directly|straight)\\s+at',
    // "worries that it was lagging SK hynix and Samsung on bandwidth"
    'lag(?:s|ged|ging)?(?:\\s+behind)?',
    'erode',
    'chip\\s+away\\s+at',
    'break',
    'loosen',
    'counter',
  ],
};
// "challenge Nvidia's dominance": the rival is the possessor of a lead. The weak verbs need that lead.
const WEAK = /^(?:break|loosen|erode|chip\s+away\s+at|counter|抢攻|撼动)$/i;
const LEAD_NOUN =
  /^(?:['’]s\s+|(?:在[^，,。的]{1,8})?的?)\s*(?:[\w-]+\s+){0,2}?(?:dominance|grip|lead|leadership|stranglehold|monopoly|hold|position|market share|主导地位|霸主地位|垄断|地位|领先地位|市场份额|份额|市占率?|市场|客户|版图|江山|蛋糕)/i;
// A chip against a chip: 与H100相媲美, on par with the H100, 对标A100 (the compared chip after 对标, 比肩, 超越).
const MATCH_CHIP: Terms = {
  zh: [
    '媲美',
    '匹敌',
    '对标',
    '比肩',
    '超越',
    '相当(?![多大高少长于])',
    '相近',
    '不相上下',
    '替代(?:品|产品|方案|选择)',
    '(?:对比|比较|相提并论)(?![之下来])',
    // 神玑NX9031的算力约为英伟达Orin-X的四倍 / 相当于四颗Orin-X / 仅略强于昇腾910B.
    '的(?:[\\d.]+|[一二三四五六七八九十两几数]+)倍',
    '相当于',
    '(?:强于|优于|胜过|领先于)',
    // (MI300X比英伟达H100快 / 推理速度比H20高出三成: a comparison of speed, power or price.)
    '(?<![相对无类好])比(?=[^，,。；比]{1,24}?(?:快|慢|强|高出|低了|便宜|省电|节能|出色))',
  ],
  en: [
    'on par with',
    // "delivers three times the FP4 performance of Amazon's Trainium and beats Google's TPU"
    '(?:[\\w.]+\\s+times|[\\d.]+x)\\s+the\\s+(?:[\\w-]+\\s+){0,2}?performance\\s+of',
    'beats?',
    // "runs inference an order of magnitude faster and more cheaply than Nvidia's B200", "can stand in for 160 H100s"
    '(?:faster|cheaper|more\\s+cheaply|more\\s+efficient(?:ly)?)(?:\\s+and\\s+(?:faster|cheaper|more\\s+cheaply|more\\s+efficient(?:ly)?))?\\s+than',
    '(?:stand\\s+in\\s+for|replace)\\s+[\\d,]+',
    'alternatives?\\s+to',
    // "marketed as a home-grown answer to Nvidia's A100", "bought as a substitute for Nvidia's A100"
    'answers?\\s+to',
    '(?:substitutes?|stand-ins?|replacements?)\\s+for',
    'rival(?:s|ling)?',
    'match(?:es|ing)?',
    'compet\\w+ with',
    'outperform\\w*',
    'fall(?:s)?\\s+short\\s+of(?:\\s+the\\s+performance\\s+of)?',
    'trail(?:s|ing)?',
    'lag(?:s|ging)?\\s+behind',
    // "its main challenger to Nvidia's Blackwell", "AMD's effort to take on Nvidia's Vera Rubin"
    'challengers?\\s+to',
    'take\\s+on',
    // "is aimed squarely at Nvidia's Vera Rubin", "goes up against the Snapdragon 8 Elite", "meant to rival the H20"
    // (Not "export controls aimed at the H20": a chip that is aimed at another.)
    '(?<=\\b(?:is|are|was|were)\\s+)aimed\\s+(?:squarely\\s+|directly\\s+|mainly\\s+)?at',
    '(?:go(?:es)?|went|going)\\s+up\\s+against',
    '(?:meant|designed|built|intended)\\s+to\\s+(?:rival|match|take\\s+on|compete\\s+with)',
    // "the chip AMD positions against Nvidia's H100"
    '(?:positions?|positioned|positioning|pitch(?:es|ed)?|pits|pitted)\\s+(?:it\\s+)?against',
  ],
};
// Words around 竞争 that are about competition in general, not between two parties; 竞争激烈 is between
// the parties when the clause names them with 与 (A与B竞争激烈).
const GENERAL = /竞争对手|竞争力|竞争优势|市场竞争|竞争加剧/;
const FIERCE = /激烈竞争|竞争激烈/;

// A second list of rivals after the first: ", and with a growing field of startups such as", 以及…等.
// (A market may come between: "competes with Nvidia in data center GPUs, and with startups such as Groq".)
const MORE_RIVALS =
  /^(?:\s+(?:in|for|on|across)\s+[^,;.]{1,40}?)?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:with|against)?\s*(?:[\w-]+\s+){0,8}?(?:such\s+as|including|like)\s+$/i;
// "rivals to/of X, including A and B" (the noun already matched).
const RIVALS_OF_INCLUDING = /^(\s+(?:to|of)\s+)[A-Z][^,;.]{0,40}?,?\s+(?:including|such\s+as|like|among\s+them)\s+/;
// Names listed before the rival noun: A、B等(国际)(竞争)对手.
// (超微（AMD）等对手: the gloss of the last name may come before 等.)
const LISTED_BEFORE = /^\s*(?:[（(][^）)]{1,20}[）)])?\s*(?:等|在内的)?[^，,。的、]{0,4}?(?:竞争)?$/;
// The verb before such a list: 面临A、B等对手的竞争, 与A、B等对手争夺.
const FACING = /(?:面临|面对|遭遇|迎战|应对|迎来|与|和|同|跟|相较于|相比于?|较之)(?:来自)?\s*$/;
// 至于英特尔等对手的竞争，台积电…: a framing clause on rivals; the company named after it (or the speaker's) is theirs.
const AS_FOR = /(?:至于|对于|面对|关于)\s*$/;
// A market or field that has such rivals: 已有A、B等强劲对手.
const HAS = /(?:已有|还有|也有|已经有|拥有)\s*$/;
const rivalNoun = cue(RIVAL_NOUN);
const compete = cue(COMPETE);
const matchChip = cue(MATCH_CHIP);

/** A competes with each of bs (not itself). */
function pair(emit: Emit, a: Mention | undefined, bs: Mention[], confidence = 0.75): void {
  if (a) for (const b of bs) if (a.id !== b.id) emit({ type: 'COMPETES_WITH', s: a, o: b, confidence });
}

// 在由辉达主导的市场中争取一席之地: who enters a market another dominates competes with it.
// ("to pry open a market Nvidia dominates", "a market dominated by Nvidia": the same in English.)
const DOMINATED_BY =
  /由([^，,。；]{1,16}?)(?:主导|垄断|把持|称霸|独霸)的[^，,。；]{0,16}?(?:市场|领域)|\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:market|field|business)\s+(?:that\s+)?(?:(?:long\s+)?dominated\s+by\s+([^,.;]{1,40}?)(?=[,.;]|\s+(?:and|but|with|for|where|which|that)\b|$)|((?:[A-Z][\w.&-]*\s?){1,3})\s+(?:dominates|dominated|controls|leads|owns)\b)/g;
// "one of the largest deals any Nvidia challenger has landed": the subject is a challenger of the one named.
const COMPOUND_RIVAL = /^\s+(?:challengers?|rivals?|competitors?)\b/;
// 作为英伟达的竞争对手，AMD…, "As a rival to Nvidia, AMD …": a fronted description of the clause's subject.
const AS_RIVAL =
  /(?:^|[，,：:；])\s*(?:作为|身为)([^，,。；]{1,24}?)的?(?:主要|最大|直接)?(?:竞争对手|对手|劲敌|挑战者)[，,]|(?:^|[,;:]\s)\s*As\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:rival|competitor|challenger)\s+(?:to|of)\s+([^,;.]{1,40}?),/g;

const competes: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(DOMINATED_BY, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const who = (m[1] ?? m[2] ?? m[3])!;
    const at = m.index + m[0].lastIndexOf(who);
    const leaders = orgs.filter((x) => x.start >= at && x.end <= at + who.length);
    const subj = subjectBefore(ctx, m.index, ORG, false);
    if (subj && leaders.length && !negatedAt(ctx, m.index, cs))
      for (const x of orgList(ctx, subj)) if (!leaders.some((l) => l.id === x.id)) pair(emit, x, leaders, 0.7);
  }
  for (const m of allMatches(AS_RIVAL, simp)) {
    const inside = (m[1] ?? m[2])!;
    const at = m.index + m[0].indexOf(inside);
    const rivals = orgs.filter((x) => x.start >= at && x.end <= at + inside.length && !x.anaphor);
    const end = m.index + m[0].length;
    const subj = orgs.find((x) => x.start >= end && x.start <= end + 12 && !rivals.includes(x));
    if (subj && rivals.length && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) pair(emit, subj, rivals, 0.7);
  }
  for (const o of orgs) {
    if (o.anaphor || !COMPOUND_RIVAL.test(simp.slice(o.end, o.end + 16))) continue;
    if (!/\b(?:any|an?|the|another|fellow|every)\s+$/i.test(simp.slice(Math.max(0, o.start - 10), o.start))) continue;
    // (The sentence's subject, not the last name before: "Cerebras signed a deal to supply OpenAI, one of the largest any Nvidia challenger has landed".)
    const subj = orgs.find((x) => !x.anaphor && x.end <= o.start && x.id !== o.id) ?? ctx.main ?? ctx.topic;
    if (subj && subj.id !== o.id) pair(emit, subj, [o], 0.7);
  }
  for (const m of allMatches(rivalNoun, simp)) {
    const end = m.index + m[0].length;
    const [cs, ce] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs, 12)) continue;
    // "help NXP keep pace with Infineon and Renesas, rivals that…": names in apposition to a plural rival noun rival
    // the subject before them, not each other.
    const plural =
      /^(?:rivals|competitors)$/i.test(m[0]) && /,\s*$/.test(simp.slice(cs, m.index)) && /^\s+(?:that|which|who)\b/i.test(simp.slice(end));
    const listedLast = plural ? orgs.filter((o) => o.end <= m.index && /^\s*,\s*$/.test(simp.slice(o.end, m.index))).pop() : undefined;
    if (listedLast) {
      const g = orgList(ctx, listedLast);
      const subj = subjectBefore(ctx, g[0]!.start, ORG, false) ?? ctx.main ?? ctx.topic;
      if (subj && !g.some((o) => o.id === subj.id)) pair(emit, subj, g);
      continue;
    }
    // "drew interest from Ayar Labs, a rival": the name in apposition rivals the sentence's subject.
    const appositive = /,\s*(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}$/.exec(simp.slice(cs, m.index));
    const head = appositive
      ? orgs.filter((o) => o.end <= cs + appositive.index && /^\s*$/.test(simp.slice(o.end, cs + appositive.index))).pop()
      : undefined;
    if (head && !isChinese(m[0])) {
      pair(
        emit,
        head,
        [subjectBefore(ctx, head.start, ORG, false) ?? ctx.topic].filter((o): o is Mention => !!o && o.id !== head.id),
      );
      continue;
    }
    // "challengers to Nvidia, including Cerebras and SambaNova": each listed one rivals the one named after "to".
    const named = RIVALS_OF_INCLUDING.exec(simp.slice(end));
    if (named && !isChinese(m[0])) {
      const target = orgs.find((o) => o.start === end + named[1]!.length);
      const listed = orgs.find((o) => o.start === end + named[0].length);
      if (target && listed) {
        pair(emit, target, coordinated(ctx.mentions, listed, simp, ORG, true));
        continue;
      }
    }
    const after = mentionsAfter(ctx, end, ORG, ce)[0];
    // (对手包括台湾的创意电子, 对手为英特尔: a copula and a place's 的 may come before the first rival.)
    const first =
      after &&
      /^\s*(?:,|如|包括|包含|例如|有|为|是|主要(?:为|是|有|包括)|such as|including|include|includes|included|are|were|like|of|to)?\s*(?:[\u4e00-\u9fff]{2,4}的)?\s*$/i.test(
        simp.slice(end, after.start),
      )
        ? after
        : undefined;
    // 面临英伟达、地平线、高通等对手的竞争 / 与A、B等竞争对手争夺: the rivals listed before the noun, against the subject.
    if (!first && isChinese(m[0])) {
      // (面对A，以及B等对手竞争: a list that goes on after a comma with 以及 is one list from the clause before.)
      const ls = /^\s*(?:以及|及|还有)/.test(simp.slice(cs)) && cs > 0 ? clauseAt(simp, cs - 1)[0] : cs;
      const last = orgs
        .filter(
          (o) =>
            o.end <= m.index &&
            o.start >= ls &&
            !/[（(]\s*$/.test(simp.slice(ls, o.start)) &&
            LISTED_BEFORE.test(simp.slice(o.end, m.index)),
        )
        .pop();
      const g = last ? coordinated(ctx.mentions, last, simp, ORG, true) : [];
      const verb = g.length ? FACING.exec(simp.slice(ls, g[0]!.start)) : null;
      // 国内赛道已有A、B等强劲对手: rivals the market has, against the company the story is about.
      const has = g.length && !verb ? HAS.exec(simp.slice(ls, g[0]!.start)) : null;
      const subj = verb
        ? // (未来将直接面对A等对手竞争: a clause with no subject named goes on about the story's company.)
          (subjectBefore(ctx, ls + verb.index, ORG, false) ?? (/面对|面临|迎战|应对/.test(verb[0]) ? (ctx.main ?? ctx.topic) : undefined))
        : has
          ? (subjectBefore(ctx, ls + has.index, ORG, false) ?? ctx.main ?? ctx.topic)
          : undefined;
      if (subj && !g.some((o) => o.id === subj.id)) {
        pair(emit, subj, g);
        continue;
      }
      const asFor = g.length && !verb && !has ? AS_FOR.test(simp.slice(ls, g[0]!.start)) : false;
      const later = asFor ? orgs.find((o) => o.start >= ce && !g.some((x) => x.id === o.id) && !o.anaphor) : undefined;
      const theirs = later ?? (asFor ? (ctx.speaker ?? ctx.topic) : undefined);
      if (theirs && !g.some((o) => o.id === theirs.id)) {
        pair(emit, theirs, g);
        continue;
      }
    }
    // X的竞争对手Y / X's rival Y
    // ("Nvidia's most direct rival": up to two words of the rival's kind after the possessive.)
    const owner = /(?:的[^，,。的]{0,4}|['’]s\s*(?:[\w-]+\s+){0,2})$/.exec(simp.slice(cs, m.index));
    // (A与B是多年的老对手: a copula right after the name says what the pair is, the name owns no rival.)
    const x = owner
      ? orgs
          .filter(
            (o) =>
              o.end <= m.index &&
              o.start >= cs &&
              /^[^，,。的]{0,8}(?:的[^，,。的]{0,4}|['’]s\s*(?:[\w-]+\s+){0,2})$/.test(simp.slice(o.end, m.index)) &&
              !/^(?:(?:与|和|跟|同)[^，,。]{1,12}?)?(?:是|为|互为|成为)/.test(simp.slice(o.end, m.index)),
          )
          .pop()
      : undefined;
    // X是Y(在中国)的对手 / X is Y's main rival: the subject of the copula against the owner.
    // (The copula is not a character of a name: 华为是英伟达的对手.)
    const copula = x && /(?:是|为|成为|\bis\b|\bwas\b|\bbecame\b)[^，,。]*$/.exec(withoutChineseNames(ctx).slice(cs, x.start));
    if (x && copula && !first) {
      pair(emit, subjectBefore(ctx, cs + copula.index, ORG), [x]);
      continue;
    }
    // "named Google and Amazon as rivals": the rivals before "as".
    // ("listed Huawei as a competitor in its annual report": one named so.)
    const as =
      !first && !x ? /\bas\s+(?:its\s+|their\s+|an?\s+|main\s+|key\s+|chief\s+|biggest\s+)*$/i.exec(simp.slice(cs, m.index)) : null;
    const listed = as ? orgs.filter((o) => o.end <= cs + as.index && /^\s*$/.test(simp.slice(o.end, cs + as.index))).pop() : undefined;
    if (listed) {
      const g = orgList(ctx, listed);
      pair(emit, subjectBefore(ctx, g[0]!.start, ORG, false), g);
      continue;
    }
    // A与B(…)是/互为竞争对手: the two before the copula.
    const mutual = !first && !x ? /(?:与|和|跟|同)[^，,。]{1,20}?(?:是|为|互为|成为)[^，,。]{0,8}$/.exec(simp.slice(cs, m.index)) : null;
    if (mutual) {
      const b = orgs.find((o) => o.start > cs + mutual.index && o.start <= cs + mutual.index + 2);
      pair(emit, b && subjectBefore(ctx, cs + mutual.index, ORG, false), b ? [b] : []);
      continue;
    }
    if (first) {
      // "Bloomberg reported that rival Etched raised…": a news outlet is no party; the story's company is.
      const subj = x ?? subjectBefore(ctx, m.index, ORG, false);
      const side = (!subj || isReporter(subj, simp)) && /^rivals?$/i.test(m[0]) ? (ctx.main ?? ctx.topic) : subj;
      pair(emit, side, coordinated(ctx.mentions, first, simp, ORG, true));
    } else if (
      /^rivals?$/i.test(m[0]) &&
      !x &&
      !/\b(?:a|an|the|its|their|main|key|chief)\s+(?:[\w-]+\s+)?$/i.test(simp.slice(cs, m.index)) &&
      // ("Qualcomm is Nvidia's most direct rival in the West": a possessive's noun, no verb.)
      !/['’]s\s+(?:[\w-]+\s+){0,3}$|\b(?:most|closest|nearest|biggest|largest|fiercest|direct|major|primary|arch)\s+$/i.test(
        simp.slice(cs, m.index),
      )
    ) {
      // "A rivals B" (a verb)
      const b = mentionsAfter(ctx, end, ORG, ce)[0];
      if (b) pair(emit, subjectBefore(ctx, m.index, ORG), orgList(ctx, b));
    } else if (x && /^\s*(?:的|[,，.;])?$/.test(simp.slice(end, end + 1))) {
      // 效仿竞争对手亚马逊 is handled above; "OpenAI的竞争对手Anthropic" too; "Y, X's rival": Y before.
      // ("A (AMAT.O) and B (LRCX.O), X's main rivals,": every name of the list before, tickers and all.)
      const y = orgs.filter((o) => o.end <= x.start && /^\s*(?:\([^()]{1,20}\)\s*)?[,，]\s*$/.test(simp.slice(o.end, x.start))).pop();
      pair(emit, x, y ? (/^rivals$/i.test(m[0]) ? orgList(ctx, y) : [y]) : []);
    }
  }
  for (const m of allMatches(compete, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    if (negatedAt(ctx, m.index, cs)) continue;
    // 竞争激烈 is about a market, unless the clause names who competes with whom (A与B…竞争激烈).
    const around = simp.slice(Math.max(0, m.index - 2), m.index + 4);
    // (面临来自A和B的激烈竞争 names its rivals after 来自.)
    if (GENERAL.test(around) || (FIERCE.test(around) && !/与|同|跟|来自/.test(simp.slice(cs, m.index)))) continue;
    // (面临A、B等对手的竞争: the rival noun has named the rivals already.)
    if (/(?:对手|劲敌)的?[^，,。的]{0,3}$/.test(simp.slice(Math.max(cs, m.index - 8), m.index))) continue;
    // A与B、C等公司…，彼此展开角逐 / compete with one another: the names listed before compete with each other.
    if (
      /(?:彼此|相互|互相)/.test(simp.slice(cs, m.index)) ||
      /^\s*(?:with\s+)?(?:one\s+another|each\s+other)\b/.test(simp.slice(m.index + m[0].length))
    ) {
      const listed = orgs.filter((x) => x.end <= m.index && !x.anaphor);
      const g = listed.length ? coordinated(ctx.mentions, listed[0]!, simp, ORG, true) : [];
      if (g.length >= 2) {
        for (let i = 0; i < g.length; i++) pair(emit, g[i], g.slice(i + 1), 0.65);
        continue;
      }
    }
    // 面临来自A、B等以及C等企业的竞争 / competition from A and B: every name after 来自 is a rival of the subject.
    const from = isChinese(m[0])
      ? /来自([^。；]{1,60}?)的(?:[^，,。的]{0,6})?$/.exec(simp.slice(Math.max(0, m.index - 64), m.index))
      : null;
    if (from) {
      const fromAt = m.index - from[0].length;
      const rivals = orgs.filter((x) => x.start > fromAt && x.end <= m.index);
      const subj = subjectBefore(ctx, fromAt, ORG, false);
      if (rivals.length) {
        for (const x of subj ? orgList(ctx, subj) : []) if (!rivals.includes(x)) pair(emit, x, rivals);
        continue;
      }
    }
    if (isChinese(m[0])) {
      // 与X竞争 / 和X抗衡: the rival between the preposition and the verb.
      // 与X竞争 before the verb, or 缩小与X…的差距 inside the match.
      // (与微软、亚马逊和谷歌等…争夺: 和 inside the list after 与 starts no rivals of its own.)
      // (同台, 同样, 同时, 同行: 同 is no preposition there; 与X同台竞争, 与A、B等同行一较高下.)
      const lead = simp.slice(cs, m.index).replace(/同(?=台|样|时|期|类|步|比|行|业)/g, '\u25a1');
      const w = /(?:与|同|跟|向|面对|面临|迎战)([^与同跟向]*)$/.exec(lead) ?? /和([^和]*)$/.exec(lead) ?? /(?:与|和|同|跟)/.exec(m[0]);
      const wAt = w ? (w.input === m[0] ? m.index + w.index : cs + w.index) : 0;
      // 与长期为Google设计TPU的博通竞争: a relative clause before 的 describes the rival; the rival is after it.
      const inside = w ? orgs.filter((x) => x.start > wAt && x.end <= m.index + m[0].length) : [];
      const head = inside.find((x) => simp[x.start - 1] === '的');
      const rivals = head ? inside.filter((x) => x.start >= head.start) : inside;
      // 包括A、B和C在内的一批公司正抢占…: 和 joins a list of subjects here, it names no rival.
      // (百度文心一言、阿里巴巴通义千问等产品: the makers' products, named after them, end the list too.)
      const products = ofType(ctx.mentions, CHIP_OR_PRODUCT, ctx.lex);
      const lastRival = rivals[rivals.length - 1];
      const product = lastRival && products.find((x) => x.start === lastRival.end);
      const tail = rivals.length ? simp.slice((product ?? lastRival)!.end, m.index) : '';
      // (在与A、B等云厂商的竞争中: a list after the preposition, then what they are, names the rivals.)
      // (…，与A、B等国内同行也在扩产上展开角逐: a list, then the kind of company they are, then where they compete.)
      const listedRivals =
        (/^等[^，,。与和在]{0,8}的?$/.test(tail) ||
          /^等[^，,。与和]{0,4}?(?:同行|对手|厂商|企业|公司|巨头|大厂|业者)(?:也|亦|还|则|均|都)/.test(tail)) &&
        !/在内|一批|多家|这些|之一/.test(tail);
      if (rivals.length && (listedRivals || !/在内|等|一批|多家|这些|之一|企业|公司|厂商/.test(tail))) {
        // 阿里、百度和腾讯等云厂商…与华为争夺: every subject listed takes part; a product's maker for a product (讯飞星火与…竞争).
        const subjProduct = products.filter((x) => x.end <= wAt && x.start >= cs).pop();
        const maker = subjProduct && ctx.makerOf(subjProduct.id);
        const subj = subjectBefore(ctx, Math.min(wAt, m.index), ORG, false) ?? (maker ? orgRef(maker) : undefined);
        // (A与B竞争，与C也在…角逐: the subject of a clause before, whose 与 named its own rivals, goes on alone.)
        const alone =
          !!subj &&
          subj.end <= cs &&
          /^\s*(?:与|同|跟|和)/.test(simp.slice(cs, wAt + 1)) &&
          /竞争|角逐|抗衡|较量|争夺|对抗/.test(simp.slice(subj.end, cs));
        for (const x of !subj ? [] : alone ? [subj] : orgList(ctx, subj)) if (!rivals.includes(x)) pair(emit, x, rivals);
        continue;
      }
    }
    // challenge X / 挑战X / 对准X: the rival right after the verb (possibly "X's dominance"); every
    // subject listed together takes part (A与B、C等厂商一道挑战X).
    const after = mentionsAfter(ctx, end, ORG, ce)[0];
    if (after && after.start - end <= 30) {
      const lead = LEAD_NOUN.test(simp.slice(after.end, after.end + 30));
      // ("competes with Israel's Hailo": a place's possessive before the rival says where it is from.)
      const placeGap = ofType(ctx.mentions, ['Place'], ctx.lex).some(
        (p) =>
          p.start >= end &&
          p.end <= after.start &&
          /^\s*$/.test(simp.slice(end, p.start)) &&
          /^['’]s\s+$/.test(simp.slice(p.end, after.start)),
      );
      const direct =
        !WEAK.test(m[0]) &&
        (placeGap ||
          /^\s*(?:的(?:对象)?是|the\s+|industry\s+leader\s+|market\s+leader\s+|leader\s+|incumbent\s+|龙头|巨头)?\s*$/i.test(
            simp.slice(end, after.start),
          ));
      // "A buys B to take on C": the infinitive of purpose is the sentence subject's, not the object's.
      const purpose = !isChinese(m[0]) && /\bto\s+$/.test(simp.slice(Math.max(cs, m.index - 4), m.index));
      const opener = purpose
        ? orgs.find(
            (o) =>
              o.start >= cs &&
              o.end <= m.index &&
              /^\s*(?:to|is|was|will|has|had|agreed|plans?|said)\b/.test(simp.slice(o.end, o.end + 10)),
          )
        : undefined;
      const subj = opener ?? subjectBefore(ctx, m.index, ORG, false);
      if (lead || direct) {
        const rivals = orgList(ctx, after);
        // "competes with Nvidia, and with a field of startups such as Groq and Cerebras": the second list too.
        // (A relative clause on the first may come between: "Nvidia, whose H100 dominates, and with …".)
        const last = rivals[rivals.length - 1]!.end;
        const further = orgs.find((x) => x.start > last);
        const gap = further ? simp.slice(last, further.start).replace(/^,\s+(?:whose|which|who)\b[^,;]*(?=,)/, '') : '';
        if (further && MORE_RIVALS.test(gap)) rivals.push(...orgList(ctx, further));
        for (const s of subj ? orgList(ctx, subj) : []) pair(emit, s, rivals);
        continue;
      }
    }
    // 微软和OpenAI……竞争: two coordinated organizations before the verb.
    const before = orgs.filter((x) => x.end <= m.index && x.start >= cs);
    if (isChinese(m[0]) && before.length >= 2) {
      const g = orgList(ctx, before[before.length - 1]!);
      if (g.length >= 2) pair(emit, g[0], g.slice(1));
    }
  }
  for (const m of allMatches(matchChip, simp)) {
    const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
    const targetBefore = chips.filter((x) => x.end <= m.index).pop();
    const a = chips.find((x) => x.end <= m.index && x !== targetBefore) ?? ctx.topicChip;
    // Chinese puts the compared chip before the verb (与H100相媲美) except after 对标/比肩/超越, English after (rivals the H100).
    const [cs, ce] = clauseAt(simp, m.index);
    const after = mentionsAfter(ctx, m.index + m[0].length, ['Chip'], Math.min(ce, m.index + m[0].length + 44))[0];
    const zh = isChinese(m[0]) && !(/^(?:对标|比肩|超越|相当于|强于|优于|胜过|领先于|比)/.test(m[0]) && after);
    // 与X相当: the compared chip is named with 与 in the clause.
    if (
      /^(?:相当(?!于)|相近|不相上下|对比|比较|相提并论)/.test(m[0]) &&
      !(targetBefore && /(?:与|和|跟|同)[^，,。]{0,12}$/.test(simp.slice(cs, targetBefore.start)))
    )
      continue;
    const b = zh ? targetBefore : after;
    // ("Maia 200 delivers three times the performance of Trainium and beats the TPU": the clause's first chip is the subject.)
    const lead = /^(?:beat|[\w.]+\s+times|[\d.]+x|faster|cheaper|more|stand|replace)/i.test(m[0])
      ? chips.find((x) => x.end <= m.index && x.start >= cs)
      : undefined;
    const s = zh ? a : (lead ?? targetBefore ?? ctx.topicChip);
    if (s && b && s.id !== b.id && !sameLine(ctx, s, b)) emit({ type: 'COMPETES_WITH', s, o: b, confidence: 0.7 });
    // 雷川科技对标辉达H100: a company that sets itself against another's chip rivals its maker.
    else if (!s && b && /^(?:对标|比肩|rival|match|compet)/i.test(m[0])) {
      const maker = ctx.makerOf(b.id);
      const subj = subjectBefore(ctx, m.index, ORG);
      if (maker && subj) pair(emit, subj, [orgRef(maker)], 0.7);
    }
  }
  // 新凯来的刻蚀设备直接对标应用材料、泛林集团和东京电子的同类机台: a company (or its goods) set against companies listed
  // right after 对标 rivals each of them.
  for (const m of allMatches(SET_AGAINST_ZH, simp)) {
    const end = m.index + m[0].length;
    const first = orgs.find((o) => o.start >= end && o.start <= end + 2 && !o.anaphor);
    const [cs] = clauseAt(simp, m.index);
    // (对标英伟达A100: a maker written before its chip sets chip against chip, read above.)
    const ownChip = first && ctx.mentions.some((x) => (x.type === 'Chip' || x.type === 'Product') && x.start === first.end);
    if (!first || ownChip || negatedAt(ctx, m.index, cs)) continue;
    const subj = subjectBefore(ctx, m.index, ORG, false);
    const listed = coordinated(ctx.mentions, first, simp, ORG, true);
    if (subj && !listed.some((o) => o.id === subj.id)) pair(emit, subj, listed, 0.7);
  }
};
const SET_AGAINST_ZH = /(?:直接|全面|正面)?(?:对标|叫板)(?:的是)?/g;

/**
 * HBM4 against HBM3E, Trainium3 against Trainium: a chip set against its own predecessor or a sibling of its
 * maker is no rivalry.
 */
const sameLine = (ctx: SentenceContext, x: Mention, y: Mention) =>
  (!!ctx.makerOf(x.id) && ctx.makerOf(x.id) === ctx.makerOf(y.id)) || sameFamily(x.surface, y.surface);
/** Two names of one line of chips: the same letters before their numbers (HBM3E, HBM4; TPU, TPU v7e). */
const sameFamily = (a: string, b: string) => {
  const stem = (x: string) => /^[A-Za-z\u3400-\u9fff]+/.exec(x.replace(/\s+/g, ''))?.[0].toLowerCase() ?? x;
  const [x, y] = [stem(a), stem(b)];
  return x.length >= 3 && (x.startsWith(y) || y.startsWith(x)) && y.length >= 3;
};

// X面临激烈竞争。 / X faces stiff competition.: the rivals come in the next sentence.
const FACES_COMPETITION = /面临[^，,。]{0,10}?竞争|\bfac(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}competition\b(?!\s+(?:from|with))/i;
// 在竞争方面，A与B也在…: a section on rivals; its subjects are the story's company's rivals.
const ON_COMPETITION = /^[^，,。]{0,4}(?:在竞争方面|竞争方面|竞争对手方面|\bOn the competitive front\b|\bAs for rivals\b)/i;

/** The company a sentence says faces competition, when it names no rival there. */
export function competingIn(ctx: SentenceContext): Mention | undefined {
  const m = firstMatch(FACES_COMPETITION, ctx.simp);
  if (!m || negatedAt(ctx, m.index, clauseAt(ctx.simp, m.index)[0])) return undefined;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex).filter((o) => !o.anaphor || o.end <= m.index);
  const ids = new Set(orgs.map((o) => o.id));
  return ids.size === 1 ? (subjectBefore(ctx, m.index, ORG, false) ?? orgs[0]) : undefined;
}

const rivalsNamedAfter: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const section = ON_COMPETITION.exec(simp);
  const against = ctx.competing ?? (section ? (ctx.main ?? ctx.topic) : undefined);
  if (!against) return;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex).filter((o) => !o.anaphor && !isReporter(o, simp));
  // Each clause's subject: 英伟达的Orin芯片占据主导地位，高通也在积极拓展，黑芝麻智能则与X争夺…
  const seen = new Set<string>();
  for (const o of orgs) {
    const [cs] = clauseAt(simp, o.start);
    const lead = simp.slice(cs, o.start);
    if (!/^\s*(?:而|但|不过|同时|此外|另外|however,?|meanwhile,?)?\s*$/i.test(lead.replace(ON_COMPETITION, ''))) continue;
    for (const r of coordinated(ctx.mentions, o, simp, ORG))
      if (r.id !== against.id && !seen.has(r.id)) {
        seen.add(r.id);
        emit({ type: 'COMPETES_WITH', s: against, o: r, confidence: 0.65 });
      }
  }
};

// "Marvell's challenge to Broadcom, which dominates …, and to Nvidia": the possessor against each "to" named.
const CHALLENGE_TO = /\b([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s?\s+(?:\w+\s+)?(?:challenge|threat|rivalry|answer|alternatives?)\s+to\s+/g;
// "Nvidia and AMD, rivals in the market for AI accelerators,": the pair before the appositive.
const PAIR_RIVALS =
  /,\s+(?:fierce\s+|longtime\s+|bitter\s+|direct\s+|close\s+)?(?:rivals|competitors)\b(?!\s+(?:such\s+as|including|like|of|to|that|which|who)\b)/g;
// "a cheaper alternative to Nvidia's graphics processors": the subject's offer against the possessor's.
const ALTERNATIVE_TO = /\b(?:alternatives?|challengers?|answer)\s+to\s+(?:the\s+)?$/i;
// "…rivals include A, which raised $250 million, as well as B and C": the list goes on after a relative clause.
const AS_WELL_AS = /,\s+(?:which|who)\s+[^.;]{1,80}?,\s+as\s+well\s+as\s+/g;
// 在博通、Marvell等美系对手主导…之际，联发科…: rivals named before 对手 in a framing clause, the next clause's subject.
const ZH_RIVALS_FRAME = /在([^，,。；]{2,40}?)等[^，,。；]{0,6}?对手[^，,。；]{0,20}?(?:之际|之时|的情况下|下)[，,]/g;
const moreRivals: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(CHALLENGE_TO, simp)) {
    const from = orgs.find((o) => o.start === m.index);
    const first = orgs.find((o) => o.start === m.index + m[0].length);
    if (!from || !first || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    const targets = [...coordinated(ctx.mentions, first, simp, ORG)];
    // (…, and to Nvidia: the "to" repeated later in the sentence.)
    for (const o of orgs)
      if (o.start > first.end && /,\s*and\s+(?:to|against)\s+$/.test(simp.slice(Math.max(0, o.start - 12), o.start))) targets.push(o);
    pair(emit, from, targets, 0.7);
  }
  for (const m of allMatches(PAIR_RIVALS, simp)) {
    const last = orgs.filter((o) => o.end === m.index).pop();
    const g = last ? coordinated(ctx.mentions, last, simp, ORG) : [];
    if (g.length === 2 && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) pair(emit, g[0], [g[1]!], 0.7);
  }
  for (const o of orgs) {
    const lead = simp.slice(Math.max(0, o.start - 30), o.start);
    if (!ALTERNATIVE_TO.test(lead) || !/^['’]s?\s/.test(simp.slice(o.end, o.end + 3))) continue;
    const at = o.start - ALTERNATIVE_TO.exec(lead)![0].length;
    // ("its BR100, made by TSMC, was an answer to Nvidia's A100": a chip set against a chip is the chip rule's.)
    const [cs] = clauseAt(simp, at);
    const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
    if (chips.some((c) => c.start > o.end && c.start <= o.end + 4) && chips.some((c) => c.end <= at && c.start >= cs)) continue;
    const subj = subjectBefore(ctx, at, ORG, false) ?? ctx.main ?? ctx.topic;
    if (!negatedAt(ctx, at, cs)) pair(emit, subj, [o], 0.7);
  }
  for (const m of allMatches(AS_WELL_AS, simp)) {
    // (Only a list of rivals: the same sentence names them as such before.)
    const rivals = /\b(?:rivals?|competitors?)\s+(?:include|includes|included|are|such\s+as)\s+/i.exec(simp.slice(0, m.index));
    if (!rivals) continue;
    const owner = orgs.filter((o) => o.end <= rivals.index).pop();
    pair(emit, owner, describedListAfter(ctx, m.index + m[0].length, ORG), 0.7);
  }
  for (const m of allMatches(ZH_RIVALS_FRAME, simp)) {
    const listed = orgs.filter((o) => o.start > m.index && o.end <= m.index + 1 + m[1]!.length);
    const subject = orgs.find((o) => o.start === m.index + m[0].length);
    if (listed.length && subject) pair(emit, subject, listed, 0.7);
  }
};

// SK海力士以62%的占比居冠，美光以21%居次 / "SK hynix held 62% of the market, Micron 21%": shares of one market.
const SHARE_OF_MARKET =
  /占比|市占|份额|占有率|\bmarket\s+share\b|\b(?:share\s+of|\d+(?:\.\d+)?\s?(?:%|percent)\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:market|shipments|sales)\b/i;
const SHARE_AFTER_NAME = /^[^，,。；;、]{0,12}?\d+(?:\.\d+)?\s*(?:%|％|\s?percent\b)/;

/** Companies ranked by their share of one market are rivals of the first (the leader) named. */
const rankedShares: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (!SHARE_OF_MARKET.test(simp)) return;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex).filter((o) => !o.anaphor && !isReporter(o, simp));
  const ranked = orgs.filter((o, i) => {
    const next = orgs[i + 1];
    const share = SHARE_AFTER_NAME.exec(simp.slice(o.end));
    return share && (!next || next.start >= o.end + share[0].length);
  });
  const distinct = ranked.filter((o, i) => ranked.findIndex((x) => x.id === o.id) === i);
  if (distinct.length >= 2) pair(emit, distinct[0], distinct.slice(1), 0.65);
};

// 全球DRAM市场长期由三星、SK海力士和美光三家把持: the market's leaders, set against the company the story is about.
const MARKET_HELD_BY =
  /(?:市场|领域|行业|产业)(?:目前|长期|一直|仍|至今)*(?:由|被)([^，,。；]{2,40}?)(?:等)?(?:[一二两三四五六七八九十\d]+(?:家|大|强))?(?:厂商|企业|公司|巨头)?(?:所)?(?:把持|主导|垄断|掌控|瓜分|寡占)/g;
// "Micron Technology is also competing for orders": one more contender for what the story's subject is after.
const ALSO_COMPETING =
  /\b(?:is|are|was|were|has\s+been)\s+also\s+(?:competing|vying|jostling|bidding|racing)\b|(?:也|亦)(?:在)?(?:争取|争夺|抢夺|角逐)/g;
const contenders: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(MARKET_HELD_BY, simp)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const leaders = orgs.filter((x) => x.start >= at && x.end <= at + m[1]!.length);
    const story = ctx.story;
    if (leaders.length >= 2 && story && !leaders.some((l) => l.id === story.id) && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      pair(emit, story, leaders, 0.65);
  }
  for (const m of allMatches(ALSO_COMPETING, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const subj = subjectBefore(ctx, m.index, ORG, false);
    const topic = ctx.topic;
    if (subj && topic && subj.id !== topic.id && !subj.anaphor && subj.start >= cs && !negatedAt(ctx, m.index, cs))
      pair(emit, subj, [topic], 0.65);
  }
};

export const RIVALRY_RULES: Rule[] = [competes, rivalsNamedAfter, moreRivals, rankedShares, contenders];
