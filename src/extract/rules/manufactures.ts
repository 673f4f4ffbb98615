import { clauseAt, coordinated, ofType, ORG, sameBusiness } from '../context';
import { emitSupply } from './supply';
import { isChinese } from '../lang';
import type { Mention } from '../matcher';
import { cue, negatedAt, type Rule, type Terms } from './terms';
import { allMatches } from '../regex';

/** MANUFACTURES (foundry -> chip it fabricates for its designer). */

const CHIP_REFERENCE =
  /^\s*(?:(?:and|but|while)\s+)?(?:it|they|each\s+(?:card|chip|accelerator|die)|the\s+(?:new\s+)?(?:chips?|processors?|accelerators?)|[A-Z][\w.&-]*['’]s\s+(?!current|existing|older|previous|earlier|today)(?:\w+\s+)?(?:chips?|processors?|accelerators?)|its\s+(?:\w+\s+)?(?:chips?|processors?)|these\s+chips|该|这款|这颗|此|其|它|该芯片|该晶片|这款芯片)\b|^\s*(?:该|这款|这颗|此)(?:芯片|晶片|处理器)/i;
const CHIP_SUBJECT =
  /^\s*(?:该|这款|这颗|此|其)(?:芯片|晶片|处理器|加速器)?\s*(?:采用|使用|基于|由)|^\s*(?:the|these|its)\s+(?:\w+\s+)?(?:chips?|processors?|accelerators?)\b/i;
const PROCESS = /^(?:['’]s)?\s*(?:[\w-]+\s+){0,3}?(?:process|node|technology)\b|^[^，,。]{0,12}?(?:制程|工艺)/i;
const MANUFACTURE: Terms = {
  zh: ['代工', '制造', '生产', '流片', '投片', '量产'],
  en: ['manufactur\\w+', 'fabricat\\w+', 'produc(?:e|es|ed|ing|tion)', 'made', 'built', 'build(?:s|ing)?', 'mak(?:e|es|ing)'],
};

const manufacture = cue(MANUFACTURE);
const KIND_OF = /^\s*(?:架构|架構|\s(?:architecture)\b)/;

// ("will be fabricated both by Samsung … and by TSMC": each foundry after a "by".)
// ("made largely by SMIC": how much of it, before the by.)
const BY = '(?:both\\s+|jointly\\s+|solely\\s+|exclusively\\s+|largely\\s+|mainly\\s+|mostly\\s+|primarily\\s+|entirely\\s+|partly\\s+)?by';
const MADE_BY = new RegExp(`\\b(?:manufactured|fabricated)\\s+${BY}\\s+`, 'g');
const AND_BY = new RegExp(`^(?:\\s+${BY}\\s+|[^.;]{0,80}?\\band\\s+(?:also\\s+)?by\\s+)$`);
const BY_AFTER = new RegExp(`^\\s+${BY}\\b`);
const APPOSITIVE_BEFORE_VERB = /,\s+(?:will\s+be|would\s+be|is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?$/;
const manufactures: Rule = (ctx, emit) => {
  const { simp } = ctx;
  // A foundry: so marked in the lexicon, described as one, or named as one (Samsung Foundry, 华虹晶圆代工).
  const foundries = ofType(ctx.mentions, ORG, ctx.lex).filter(
    (m) =>
      ctx.lex.entries.get(m.id)?.foundry || ctx.nounsOf(m.id).includes('foundry') || /Foundr(?:y|ies)|\bFab\b|晶圆|代工/.test(m.surface),
  );
  // "manufactured by Samsung Electronics": whoever fabricates a chip for its designer acts as its foundry.
  for (const m of allMatches(MADE_BY, simp)) {
    const f = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    if (f && !foundries.includes(f)) foundries.push(f);
  }
  if (!foundries.length) return;
  const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
  for (const m of allMatches(manufacture, simp)) {
    const end = m.index + m[0].length;
    // (The word inside a name is no verb: Taiwan Semiconductor Manufacturing Co, 中芯国际集成电路制造.)
    if (ctx.mentions.some((x) => x.start <= m.index && end <= x.end)) continue;
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs, 12)) continue;
    // The chip made by the foundry: 由台积电代工 (由 before the verb in its clause), made by TSMC.
    const by = isChinese(m[0]) ? /由[^，,。]{0,20}$/.test(simp.slice(cs, m.index)) : BY_AFTER.test(simp.slice(end, end + 16));
    let foundry: Mention | undefined;
    let made: Mention[];
    if (by) {
      foundry = isChinese(m[0]) ? foundries.filter((f) => f.end <= m.index).pop() : foundries.find((f) => f.start > end);
      // A chip named before, else the chip the story is about when the clause refers to it (it, the chip, 该芯片).
      // (H200是Hopper架构产品，由台积电代工: an architecture named as the chip's kind is not the chip.)
      const earlier = chips.filter(
        (c) => c.end <= m.index && (!foundry || c.end <= foundry.start) && !KIND_OF.test(simp.slice(c.end, c.end + 8)),
      );
      // ("The AI5 chip, successor to the AI4 processor …, will be manufactured by": the chip before the appositive.)
      const close = APPOSITIVE_BEFORE_VERB.exec(simp.slice(0, m.index));
      const open = close ? simp.lastIndexOf(',', close.index - 1) : -1;
      const head =
        open >= 0
          ? earlier.filter((c) => c.end <= open && /^\s*(?:chips?|processors?|accelerators?)?\s*$/.test(simp.slice(c.end, open))).pop()
          : undefined;
      const named = head ?? earlier.pop();
      const before = named ?? (CHIP_REFERENCE.test(simp.slice(cs, m.index)) ? ctx.topicChip : undefined);
      // ("Grayskull and Wormhole were manufactured by GlobalFoundries": every chip of the list.)
      made = !before ? [] : named ? coordinated(ctx.mentions, named, simp, ['Chip']) : [before];
    } else {
      // The foundry makes the chip: 台积电为微软代工X, TSMC manufactured it (the chip the story is about).
      foundry = foundries.filter((f) => f.end <= m.index).pop();
      // The chips after the verb, up to the next foundry (TSMC will make the AI5, and Samsung … the AI6).
      const nextFoundry = foundries.find((f) => f.start >= end);
      made = chips.filter((c) => c.start >= end && (!nextFoundry || c.start < nextFoundry.start));
      if (!made.length && /^\s*(?:it|them|该芯片|其)/i.test(simp.slice(end, end + 8)) && ctx.topicChip) made = [ctx.topicChip];
      // "The H100, which TSMC manufactures for Nvidia": the chip the relative clause is about.
      if (!made.length && foundry && !isChinese(m[0]))
        made = chips.filter((c) => c.end < foundry!.start && /^\s*,\s*which\s+[^,;.]{1,70}$/.test(simp.slice(c.end, m.index))).slice(-1);
      // 该芯片采用台积电3纳米制程生产: the chip the clause is about, made with the foundry named before the verb.
      if (!made.length && foundry && CHIP_SUBJECT.test(simp.slice(cs, foundry.start)))
        made = [chips.filter((c) => c.end <= cs).pop() ?? ctx.topicChip].filter((c): c is Mention => !!c);
      // BR100芯片采用台积电7纳米工艺制造: a chip named in the clause, made with the foundry's process.
      if (
        !made.length &&
        foundry &&
        /(?:采用|使用|基于|以)\s*$/.test(simp.slice(cs, foundry.start)) &&
        PROCESS.test(simp.slice(foundry.end, m.index))
      )
        made = chips.filter((c) => c.start >= cs && c.end <= foundry!.start).slice(-1);
    }
    // X处理器已在台积电N2制程完成投片: the chips of the clause, made at the foundry named after 在/于.
    if (!made.length && isChinese(m[0]) && foundry && /(?:在|于)\s*$/.test(simp.slice(Math.max(cs, foundry.start - 2), foundry.start))) {
      made = chips.filter((c) => c.start >= cs && c.end <= foundry!.start);
      // (Trainium3的后段设计由世芯承接，芯片则在台积电生产: a clause about "the chips" is about the sentence's first chip.)
      const first = chips.find((c) => c.end <= cs) ?? ctx.topicChip;
      if (
        !made.length &&
        first &&
        /^\s*(?:芯片|晶片|该芯片|此芯片|这款芯片)(?:则|也|将|均|皆|将会)?(?:在|于)$/.test(simp.slice(cs, foundry.start))
      )
        made = [first];
    }
    // "built on TSMC's 3nm process", "production was planned at TSMC": the foundry after on/at, the chip before.
    if (!made.length && !isChinese(m[0])) {
      // ("built on a TSMC 6-nanometer process": an article may come before the foundry.)
      const on = /^\s+(?:(?:was|is|will\s+be)\s+)?(?:(?:planned|scheduled|expected)\s+)?(?:on|using|with|at)\s+(?:an?\s+|the\s+)?/.exec(
        simp.slice(end, end + 30),
      );
      const f = on ? foundries.find((x) => x.start === end + on[0].length) : undefined;
      if (f && (PROCESS.test(simp.slice(f.end, f.end + 48)) || /\bat\s+$/.test(on![0]))) {
        foundry = f;
        made = [chips.filter((c) => c.end <= m.index).pop() ?? ctx.topicChip].filter((c): c is Mention => !!c);
      }
    }
    // 昇腾系列由海思设计，目前主要仰赖中芯国际代工生产: the chip the sentence opens with, made by the foundry relied on.
    if (
      !made.length &&
      isChinese(m[0]) &&
      foundry &&
      /(?:仰赖|依赖|依靠|交由|交给|委托)\s*$/.test(simp.slice(Math.max(cs, foundry.start - 3), foundry.start))
    )
      made = chips.filter((c) => c.end <= foundry.start).slice(0, 1);
    // 由台积电与三星共同生产: every foundry listed makes it; "by Samsung … and by TSMC" too.
    const makers = foundry
      ? coordinated(ctx.mentions, foundry, simp, ORG).filter((f) => foundries.some((x) => x.id === f.id) || f === foundry)
      : [];
    if (by && foundry && !isChinese(m[0]))
      for (const f of foundries) if (f.start > foundry.end && !makers.includes(f) && AND_BY.test(simp.slice(end, f.start))) makers.push(f);
    for (const f of makers) for (const c of made) emit({ type: 'MANUFACTURES', s: f, o: c, confidence: 0.75 });
    // The foundry sells what it makes to the chip's designer named with it (Rebellions的ATOM由三星代工, Tesla's AI6).
    for (const c of made) {
      const designer = designerNamed(ctx, c);
      for (const f of makers) if (designer && !sameBusiness(ctx.lex, designer.id, f.id)) emitSupply(ctx, emit, [f], designer, 0.6);
    }
  }
};

// 天玑8500则采台积电4纳米制程 / 中芯国际是昇腾芯片的主要代工厂: the foundry's process or role, no verb of making.
const ON_PROCESS = /^\s*(?:则|也|均|皆|将|同样|亦|同)?(?:采用?|使用|基于|导入|用|以)$/;
// (…发表新一代手机晶片天玑9500，采用台积电3奈米制程: the chip the clause before ends on.)
const ENDS_CLAUSE = /^\s*(?:[（(][^）)]{0,30}[）)])?\s*[，,]?\s*$/;
// (3纳米制程, 第三代3奈米（N3P）制程, N3P制程: a node named, with its generation or its code.)
const NODE =
  /^\s*(?:的)?(?:第[一二三四五六七八九\d]代|最新的?|先进的?|新一代)?\s*(?:\d{1,2}\s*(?:纳米|奈米|nm)|N\d{1,2}[A-Z]?|A\d{2}[A-Z]?)[^，,。]{0,12}?(?:制程|工艺|製程|节点)/;
const FOUNDRY_OF = /^(?:正|则|也|就)?(?:是|(?<![认以作因称视])为)([^，,。；]{1,20}?)的?(?:主要|唯一|独家)?(?:代工厂|代工伙伴|晶圆代工厂)/;
const processOrRole: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const foundries = ofType(ctx.mentions, ORG, ctx.lex).filter((m) => ctx.lex.entries.get(m.id)?.foundry);
  const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
  for (const f of foundries) {
    const [cs] = clauseAt(simp, f.start);
    if (negatedAt(ctx, f.start, cs)) continue;
    const chip = chips.filter((c) => c.start >= cs && c.end <= f.start).pop();
    if (NODE.test(simp.slice(f.end, f.end + 24))) {
      const made = chip && ON_PROCESS.test(simp.slice(chip.end, f.start)) ? [chip] : [];
      // (X与Y一样，采用台积电N3P制程: a clause with no subject of its own is about the chips the sentence opened with.)
      const opening = chips.find((c) => c.end <= cs);
      const ending = chips.filter((c) => c.end <= cs && ENDS_CLAUSE.test(simp.slice(c.end, cs))).pop();
      if (!chip && ending && ON_PROCESS.test(simp.slice(cs, f.start).replace(/^[，,]\s*/, ''))) made.push(ending);
      else if (
        !chip &&
        opening &&
        ON_PROCESS.test(simp.slice(cs, f.start).replace(/^[，,]\s*/, '')) &&
        !ofType(ctx.mentions, ORG, ctx.lex).some((o) => o.end <= cs && o.start < opening.start)
      )
        made.push(...coordinated(ctx.mentions, opening, simp, ['Chip']));
      for (const c of made) {
        emit({ type: 'MANUFACTURES', s: f, o: c, confidence: 0.7 });
        // (The foundry sells what it makes to the chip's designer named with it.)
        const designer = designerNamed(ctx, c);
        if (designer && !sameBusiness(ctx.lex, designer.id, f.id)) emitSupply(ctx, emit, [f], designer, 0.6);
      }
    }
    const role = FOUNDRY_OF.exec(simp.slice(f.end, f.end + 40));
    const made = role ? chips.filter((c) => c.start > f.end && c.end <= f.end + role[0].length) : [];
    for (const c of made) emit({ type: 'MANUFACTURES', s: f, o: c, confidence: 0.7 });
  }
};

// 英伟达、AMD和博通的AI芯片几乎全部在台积电生产 / "Nvidia's and AMD's chips are all made by TSMC": the foundry supplies each
// company whose chips it makes, with no chip named.
const GOODS_AT_ZH = /的[^，,。；的]{0,12}?(?:芯片|晶片|处理器|GPU|加速器)[^，,。；]{0,8}?(?:在|由|交由|交给|委托)\s*$/;
const MADE_AFTER_ZH = /^[^，,。；]{0,10}?(?:生产|制造|代工|投片|量产|流片)/;
const GOODS_AT_EN =
  /['’]s?\s+(?:[\w-]+\s+){0,3}?(?:chips?|processors?|GPUs?|accelerators?|silicon)\s+(?:are|is|were|was|will\s+be|have\s+been|has\s+been)\s+(?:all\s+|almost\s+all\s+|largely\s+|mostly\s+|mainly\s+|still\s+|now\s+)?(?:made|manufactured|produced|fabricated|built)\s+(?:by|at)\s+$/i;
const foundryOfGoods: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const f of orgs.filter((m) => ctx.lex.entries.get(m.id)?.foundry && !m.anaphor)) {
    const [cs] = clauseAt(simp, f.start);
    const before = simp.slice(cs, f.start);
    const zh = GOODS_AT_ZH.exec(before);
    const en = zh ? null : GOODS_AT_EN.exec(before);
    const m = zh && MADE_AFTER_ZH.test(simp.slice(f.end, f.end + 14)) ? zh : en;
    // (Not a foundry named as a reference point: 台积电以外的晶圆厂, "TSMC's rival Samsung", 台积电的竞争对手.)
    if (
      !m ||
      negatedAt(ctx, f.start, cs) ||
      /^\s*(?:以外|之外|的|之|['’]s?\b|rivals?\b|competitors?\b)/i.test(simp.slice(f.end, f.end + 12))
    )
      continue;
    const owner = orgs.filter((x) => !x.anaphor && x.end === cs + m.index).pop();
    if (!owner) continue;
    for (const d of coordinated(ctx.mentions, owner, simp, ORG)) if (!sameBusiness(ctx.lex, d.id, f.id)) emitSupply(ctx, emit, [f], d, 0.7);
  }
};

/** The designer of chip `c` named in the sentence: its possessor (X的c, X's c), else its known maker. */
function designerNamed(ctx: Parameters<Rule>[0], c: Mention): Mention | undefined {
  const orgs = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => !x.anaphor);
  const owner = orgs
    .filter((x) => x.end <= c.start && /^(?:的|['’]s?\s+(?:[\w-]+\s+){0,2})$|^的[^，,。的]{0,8}$/.test(ctx.simp.slice(x.end, c.start)))
    .pop();
  const maker = ctx.makerOf(c.id);
  return owner ?? (maker ? orgs.find((x) => x.id === maker) : undefined);
}

export const MANUFACTURE_RULES: Rule[] = [manufactures, processOrRole, foundryOfGoods];
