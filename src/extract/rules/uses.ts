import {
  CHIP_OR_PRODUCT,
  clauseAt,
  clauseSubject,
  coordinated,
  describedListAfter,
  mentionsAfter,
  ofType,
  orgList,
  ORG,
  SAYS_ZH,
  subjectBefore,
  type SentenceContext,
} from '../context';
import { hasChinese, isChinese } from '../lang';
import { orgRef, type Mention } from '../matcher';
import { ORDER, RELY, USE } from './supply';
import { cue, negatedAt, type Emit, type Rule, type Terms } from './terms';
import { allMatches } from '../regex';

/** USES (user -> chip or product): a customer runs on, adopts, buys or carries a chip or product. */

// Buying chips is using them too (字节跳动向寒武纪采购思元590芯片).
const BUY: Terms = {
  zh: ['采购', '购买', '订购', '买进', '购入'],
  en: ['buy(?:s|ing)?', 'bought', 'purchas(?:e|es|ed|ing)', ORDER],
};
const WEAK_VERB = /^(?:rent|operat|add)/i;
const GOODS_NOUN = /(?:servers?|GPUs?|TPUs?|NPUs?|LPUs?|chips?|accelerators?|instances?|clusters?|racks?|systems?|capacity)$/i;
const GOODS_AFTER = /^s?\s*(?:[\w-]+\s+)?(?:servers?|GPUs?|chips?|accelerators?|instances?|clusters?|racks?|systems?|capacity)\b/i;
const PASSIVE = /(?:获得?|受到|被|得到)[^，,。]{0,24}$/;
// P800已用于百度文心大模型的训练: the chip is used by the organization after 用于.
const USED_FOR = /(?:已|已经|将|被)?(?:用于|用在|用来)/g;
const NEW_CLAUSE_EN =
  /,\s+(?:and\s+|while\s+|but\s+)?(?:[A-Z][\w.&-]*(?:['’]s)?\s+){1,3}(?:[\w-]+\s+){0,2}?(?:has|have|had|is|are|was|were|will|uses|used|built|builds|said|says|makes|made)\b/;
// ("depend on TSMC packaging, as do the TPUs that Google designs": what else does so is no object of the verb.)
const OTHERS_TOO = /,\s*(?:as\s+(?:do|does|did|is|are|was|were|has|have)|just\s+as|while|whereas|but)\b/;
// What stands for the chip when the verb names none: the clause ends, or "the chips", "them", 该芯片.
const ELIDED_OBJECT =
  /^(?:\s*[。，,；;.!?！？]|\s*$|\s+(?:the|these|those|its|their)\s+(?:new\s+)?(?:chips?|processors?|parts?|platform)\b\s*[.,;]|\s+(?:it|them)\s*[.,;]|(?:该|此|这款|这些)(?:芯片|处理器|平台))/i;
// ("has relied mainly on A100 processors to train Ernie": what the subject relies on, it uses.)
const useOrBuy = cue({ zh: [...USE.zh, ...BUY.zh], en: [...USE.en, ...BUY.en, ...RELY.en] });

/** The mention of a chip's maker in the sentence, or (for a chip the text only refers back to) the story's company. */
function makerNamed(ctx: Parameters<Rule>[0], chipId: string, orStory: boolean): Mention | undefined {
  const makerId = ctx.makerOf(chipId);
  if (!makerId) return undefined;
  return [...ctx.mentions, ...(orStory ? [ctx.topic, ctx.main, ctx.story] : [])].find(
    (x): x is Mention => x?.type === 'Organization' && x.id === makerId,
  );
}

// USES: a customer runs on a chip or product; when the chip's maker is named with it, the maker supplies the customer.
const uses: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(useOrBuy, simp)) {
    const end = m.index + m[0].length;
    const [cs, ce] = clauseAt(simp, end);
    // ("its $1.4 billion purchase of startup Nuvia": the noun of a takeover, nothing bought to be used.)
    if (
      /^purchases?$/i.test(m[0]) &&
      /^\s+of\b/i.test(simp.slice(end, end + 4)) &&
      /\b(?:its|their|the|an?)\s+(?:(?:US)?[$€¥£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?$/i.test(
        simp.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue;
    // 获得百度采用 is the passive (supply.ts reads it): the clause's subject is the chip's maker, not its user.
    if (negatedAt(ctx, m.index, cs) || PASSIVE.test(simp.slice(cs, m.index))) continue;
    // (澎湃S1，搭载于小米5C: 搭载于 says where the chip goes, the device after it uses the chip, not the clause's subject.)
    if (/^(?:搭载|采用|使用|配备|内建|内置|应用)$/.test(m[0]) && simp[end] === '于') continue;
    // 建置一座搭载GB300的超级电脑: a relative clause describes the product (productUses reads it), not what the subject uses.
    if (
      /^(?:搭载|配备|内建|内置|采用)/.test(m[0]) &&
      /^[^，,。]{1,24}?的/.test(simp.slice(end)) &&
      // (一款/首款 is a measure word; 在次世代车款采用 is a noun, where the subject adopts it.)
      /[一两二三四五六七八九十几多首该这此每\d]\s*[座台款套个部家]\s*$|建置|打造|推出|发布|建设/.test(
        simp.slice(Math.max(cs, m.index - 6), m.index),
      )
    )
      continue;
    // 搭载的终端产品: "the devices that carry it", a relative clause with nothing named after its 的 (iPhone 17搭载的A19 Pro names it).
    if (simp[end] === '的' && !ctx.mentions.some((x) => x.start > end && x.start <= end + 8 && CHIP_OR_PRODUCT.includes(x.type))) continue;
    // 字节跳动向寒武纪采购思元590: in Chinese the user opens the clause, before 向/从.
    const subj = isChinese(m[0])
      ? clauseSubject(ctx, m.index, ['Organization', 'Product'])
      : subjectBefore(ctx, m.index, ['Organization', 'Product']);
    // P800已在百度智能云部署: the place after 在 is where, not who uses it (that is the deployed-at rule).
    // (在其数据中心使用: 其 owns the place, so it is the user.)
    if (!subj || (/在\s*$/.test(simp.slice(Math.max(0, subj.start - 2), subj.start)) && !(subj.anaphor && subj.surface === '其'))) continue;
    // ("Apple uses Arm technology in every iPhone, Nvidia has built …, and Amazon's Graviton …": a new clause with a
    // subject of its own ends the objects.)
    const others = isChinese(m[0]) ? null : OTHERS_TOO.exec(simp.slice(end, ce));
    const next = isChinese(m[0]) ? null : (NEW_CLAUSE_EN.exec(simp.slice(end, ce)) ?? others);
    let objs = mentionsAfter(ctx, end, CHIP_OR_PRODUCT, next ? end + next.index : ce);
    const users = coordinated(ctx.mentions, subj, simp, ['Organization', 'Product']);
    // 比亚迪、小鹏、理想均已宣布将采用。, "Dell, HP and Lenovo use the chips.": nothing named after the verb, the chip is
    // the one the sentence named before its users, or the one the story is about.
    // ("for its own use": a noun, no verb.)
    if (
      !objs.length &&
      ELIDED_OBJECT.test(simp.slice(end)) &&
      /^(?:使用|采用|搭载|导入|us|adopt)/i.test(m[0]) &&
      !/\b(?:own|its|their|the|for|of|in)\s+$/i.test(simp.slice(Math.max(0, m.index - 8), m.index))
    ) {
      const first = users.reduce((a, b) => (b.start < a.start ? b : a), subj);
      // (The sentence's chip is the first it names: 天玑9400…搭配Cortex-X925核心，X与Y都已采用 is about 天玑9400.)
      const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.end <= first.start) ?? ctx.topicChip;
      const makerId = chip && ctx.makerOf(chip.id);
      const maker = chip && makerNamed(ctx, chip.id, true);
      if (chip)
        for (const s of users) {
          if (s.id === chip.id || makerId === s.id) continue;
          emit({ type: 'USES', s, o: chip, confidence: 0.6 });
          if (maker && s.type === 'Organization') emit({ type: 'SUPPLIES', s: maker, o: s, confidence: 0.6 });
        }
      continue;
    }
    // (…, as do the TPUs that Google designs: the next clause is about others doing the same.)
    if (!objs.length && !(others || OTHERS_TOO.test(simp.slice(ce, ce + 16))))
      objs = mentionsAfter(ctx, end, CHIP_OR_PRODUCT, clauseAt(simp, ce + 1)[1]);
    // The objects are the products right after the verb, not a later list; nobody "uses" its own product here.
    // "adds V3 servers", "rents out H100 and B200 GPUs": a weak verb needs the goods named after the chips.
    const chipsThen = objs.filter((o) => o.type === 'Chip').slice(0, 4);
    const last = chipsThen[chipsThen.length - 1];
    if (WEAK_VERB.test(m[0]) && !(last && (GOODS_NOUN.test(last.surface) || GOODS_AFTER.test(simp.slice(last.end))))) continue;
    for (const o of objs.slice(0, 4)) {
      if (
        o.type !== 'Chip' &&
        !/^(?:使用|采用|搭载|部署|导入|us|adopt|deploy|roll|install|train|run|power|brought|bring|built|build)/i.test(m[0])
      )
        continue;
      // ("the chips" of the sentence before: their maker is the story's, not necessarily named here.)
      const maker = makerNamed(ctx, o.id, !!o.anaphor);
      // ("use 40,000 Nvidia GB300 chips in CoreWeave's cloud", 在CoreWeave的云上使用: the cloud's owner supplies the user, and
      // the maker supplies the cloud.)
      // (Not chips one deploys or installs in a customer's place: "deploy MI450 chips in OpenAI's data centers".)
      const cloudAt = /^(?:us|run|rent)/i.test(m[0]) ? CLOUD_AFTER.exec(simp.slice(o.end, o.end + 60)) : null;
      const cloud = cloudAt ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === o.end + cloudAt[0].length) : undefined;
      for (const s of users) {
        if (cloud && s.id !== cloud.id && s.type === 'Organization' && o.type === 'Chip' && ctx.makerOf(o.id) !== s.id) {
          emit({ type: 'USES', s, o, confidence: 0.7 });
          emit({ type: 'SUPPLIES', s: cloud, o: s, confidence: 0.7 });
          if (maker && maker.id !== cloud.id) emit({ type: 'SUPPLIES', s: maker, o: cloud, confidence: 0.65 });
          continue;
        }
        if (s.id === o.id || ctx.makerOf(o.id) === s.id) continue;
        emit({ type: 'USES', s, o, confidence: 0.7 });
        // (A cloud service named as the user, "OCI will offer AMD MI450 GPUs": the chip's maker supplies its owner.)
        const buyer = s.type === 'Organization' ? s : ctx.makerOf(s.id) ? orgRef(ctx.makerOf(s.id)!) : undefined;
        if (maker && buyer && buyer.id !== maker.id && o.type === 'Chip') emit({ type: 'SUPPLIES', s: maker, o: buyer, confidence: 0.65 });
      }
    }
  }
};

const CLOUD_AFTER =
  /^\s*(?:GPUs?|chips?|processors?|accelerators?|servers?|systems?)?\s*(?:in|on|through|via)\s+(?=[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?['’]s?\s+cloud\b)/;
// 搭载辉达GB10的个人超级电脑Ascent GX10, a laptop powered by X: the product carries the chip.
const CARRYING = /(?:搭载|采用|配备|内建|内置)([^，,。]{1,24}?)的([^，,。]{0,28})/g;
const productUses: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(CARRYING, simp)) {
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.start > m.index && x.end <= m.index + 2 + m[1]!.length);
    const product = ofType(ctx.mentions, ['Product'], ctx.lex).find(
      (x) => x.start >= m.index + 3 + m[1]!.length && x.end <= m.index + m[0].length,
    );
    // (ET9开始交付，成为首款搭载神玑NX9031的车型: a kind of device after 的 is the sentence's device.)
    const subject =
      !product &&
      /^(?:车型|车款|汽车|车|手机|机型|旗舰机|设备|终端)/.test(m[2]!) &&
      /(?:成为|是|为)(?:首款|第一款|首个|首批|唯一一款|又一款)?$/.test(simp.slice(Math.max(0, m.index - 8), m.index))
        ? ofType(ctx.mentions, ['Product'], ctx.lex)
            .filter((x) => x.end <= m.index)
            .pop()
        : undefined;
    const device = product ?? subject;
    if (chip && device && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emit({ type: 'USES', s: device, o: chip, confidence: 0.7 });
  }
};

// "The Galaxy S26 will ship with the Exynos 2600", "the MacBook Pro gets the M5", "the first phone to carry the XRING O1":
// a device (a product named as the clause's subject) that carries a chip uses it.
const DEVICE_CARRIES =
  /\b(?:(?:will\s+)?ships?\s+with|shipping\s+with|features|featuring|carr(?:y|ies|ying)|gets|comes?\s+with|(?:is|are|was|were|be|comes?)\s+(?:equipped|fitted|available|offered)\s+with|equipped\s+with|fitted\s+with|packs|sports|(?:is|are|was|were)\s+(?:built|based)\s+(?:on|around)|(?:is|was|will\s+be)\s+the\s+first\s+(?:[\w-]+\s+){0,2}?to\s+(?:use|carry|feature|get|ship\s+with|adopt))\b/g;
const deviceCarries: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (hasChinese(simp)) return;
  for (const m of allMatches(DEVICE_CARRIES, simp)) {
    const end = m.index + m[0].length;
    const [cs, ce] = clauseAt(simp, end);
    const device = subjectBefore(ctx, m.index, ['Product', 'Organization']);
    if (device?.type !== 'Product' || device.start < cs || negatedAt(ctx, m.index, cs)) continue;
    // (The chips named right after the verb, a few words of article or count before them.)
    const first = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.start >= end && x.start <= end + 40 && x.end <= ce);
    if (
      !first ||
      !/^\s+(?:(?:the|a|an|its|their|two|three|four|dual|new|latest|[\w-]+['’]s?)\s+){0,4}$/i.test(simp.slice(end, first.start) + ' ')
    )
      continue;
    for (const chip of coordinated(ctx.mentions, first, simp, ['Chip']))
      if (chip.id !== device.id) emit({ type: 'USES', s: device, o: chip, confidence: 0.7 });
  }
};

// The chip first, the device after: "the Exynos 2600 powers the Galaxy S26", "debuted in the Pixel 10", "will go into the
// Xiaomi 15S Pro", "is found in", 玄戒O1首发于小米15S Pro, 将用于/应用于/用在: the devices named after the verb use the chip.
const CHIP_GOES_INTO =
  /^(?:\s*(?:chips?|processors?|SoCs?|platform|system))?\s*(?:,?\s+(?:which|that)\s+)?(?:(?:will|would|also|now|already|first|to|still|currently|mainly|largely|reportedly)\s+)*(?:powers|powered|power|powering|debut(?:s|ed)?\s+(?:in|on)|made\s+its\s+debut\s+(?:in|on)|premiere(?:s|d)?\s+(?:in|on)|go(?:es)?\s+into|went\s+into|goes\s+in|(?:is|are|was|were)\s+(?:found|used|fitted|installed)\s+in|appear(?:s|ed)?\s+in|(?:ships?|shipped|arrives?|arrived)\s+in)\s+(?:(?:the|a|an|its|their|new|latest|upcoming|devices|phones|laptops|cars|vehicles|models|such|as|including)\s+)*(?:[a-z][\w-]*\s+)?$|^\s*(?:芯片|晶片|处理器|平台)?\s*(?:今年|明年|去年|年内|年底|近期|本月|首次|将|已|已经|也|还|率先|首先|同时)*(?:首发于|首发搭载于|搭载于|用于|用在|应用于|应用在|装配于|落地于?|装上|装进|装入)\s*$/i;
const chipGoesInto: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const products = ofType(ctx.mentions, ['Product'], ctx.lex);
  const chips = ofType(ctx.mentions, ['Chip'], ctx.lex);
  for (const chip of chips) {
    const [cs, ce] = clauseAt(simp, chip.end);
    // ("the Exynos 2600, made on Samsung Foundry's 2nm process, would power": past an appositive.)
    const aside = /^\s*,[^,;]{1,60},/.exec(simp.slice(chip.end));
    const from = chip.end + (aside?.[0].length ?? 0);
    const end = aside ? clauseAt(simp, from + 1)[1] : ce;
    const device = products.find((p) => p.start > from && p.end <= end && CHIP_GOES_INTO.test(simp.slice(from, p.start)));
    if (!device || negatedAt(ctx, device.start, cs)) continue;
    for (const d of coordinated(ctx.mentions, device, simp, ['Product']))
      if (d.id !== chip.id) emit({ type: 'USES', s: d, o: chip, confidence: 0.7 });
  }
  for (const p of products) {
    // "the Pixel 10's Tensor G5", "the Tensor G5-powered Pixel 10": the device and its chip side by side.
    const own = chips.find(
      (c) =>
        (c.start > p.end && /^['’]s\s+(?:(?:new|own|custom|latest)\s+)?$/.test(simp.slice(p.end, c.start))) ||
        (c.end < p.start && /^-(?:powered|based)\s+(?:(?:new|latest)\s+)?$/.test(simp.slice(c.end, p.start))),
    );
    if (own && own.id !== p.id) emit({ type: 'USES', s: p, o: own, confidence: 0.7 });
  }
};

const usedFor: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(USED_FOR, simp)) {
    const end = m.index + m[0].length;
    const [cs] = clauseAt(simp, m.index);
    const user = ofType(ctx.mentions, ['Organization'], ctx.lex).find((x) => x.start >= end && x.start <= end + 3);
    // (…开发的GB10超级芯片，已用于…: a clause that goes on with no subject is about the chip of the one before.)
    const from = cs > 0 && /^\s*(?:已|已经|将|也)/.test(simp.slice(cs, m.index + 2)) ? clauseAt(simp, cs - 1)[0] : cs;
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex)
      .filter((x) => x.end <= m.index && x.start >= from)
      .pop();
    // (GB10已用于辉达个人AI超级电脑DGX Spark: a device described after 用于 carries the chip; not 用于训练X, a model trained.)
    const device = chip
      ? ofType(ctx.mentions, ['Product'], ctx.lex).find(
          (x) =>
            x.start >= end &&
            x.start <= end + 16 &&
            /^[^，,。；、和与及训推运部]*$/.test(simp.slice(end, x.start)) &&
            !/^(?:的)?(?:训练|推理|研发|开发)/.test(simp.slice(x.end, x.end + 4)),
        )
      : undefined;
    if (device && device.id !== chip!.id && !negatedAt(ctx, m.index, cs)) emit({ type: 'USES', s: device, o: chip!, confidence: 0.7 });
    if (!user || !chip || negatedAt(ctx, m.index, cs) || ctx.makerOf(chip.id) === user.id) continue;
    emit({ type: 'USES', s: user, o: chip, confidence: 0.7 });
    supplyByMaker(ctx, emit, chip, user);
  }
};

// "the ATOM chip, which is used for inference in KT's data centers": the owner of the place uses the chip before.
const USED_IN =
  /\b(?:is|are|was|were|being|has\s+been|have\s+been)\s+(?:already\s+|now\s+|widely\s+)?(?:used|deployed|(?=(?:adopted|picked|chosen|selected)\s+by\b)(?:adopted|picked|chosen|selected))\s+(?:[^,.;]{0,30}?\s)?(?:by|in|at)\s+/g;
const usedIn: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(USED_IN, simp)) {
    const end = m.index + m[0].length;
    const user = ofType(ctx.mentions, ['Organization'], ctx.lex).find(
      (x) => x.start === end && (/^\s+by\s+$/.test(m[0].slice(-4)) || /^['’]s?\s/.test(simp.slice(x.end, x.end + 3))),
    );
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex)
      .filter((x) => x.end <= m.index)
      .pop();
    if (!user || !chip || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]) || ctx.makerOf(chip.id) === user.id) continue;
    // ("have been picked by BMW and General Motors": each one named by.)
    // (The list ends on the name after its "and": "…picked by BMW and General Motors, and Mobileye, the …".)
    const listed = /\bby\s+$/.test(m[0]) ? coordinated(ctx.mentions, user, simp, ['Organization'], true) : [user];
    const users = listed.filter((_, i) => !listed.slice(1, i).some((x, j) => /\band\s+$/.test(simp.slice(listed[j]!.end, x.start))));
    usedBy(ctx, emit, users, chip, 0.7);
  }
};

/** Each of `users` (not the chip's own maker) uses `chip`, and the chip's maker named in the sentence supplies it. */
function usedBy(ctx: Parameters<Rule>[0], emit: Parameters<Rule>[1], users: Mention[], chip: Mention, confidence: number) {
  for (const u of users)
    if (ctx.makerOf(chip.id) !== u.id) {
      emit({ type: 'USES', s: u, o: chip, confidence });
      supplyByMaker(ctx, emit, chip, u);
    }
}

/** The maker of a chip named in the sentence supplies the chip's user. */
function supplyByMaker(ctx: Parameters<Rule>[0], emit: Parameters<Rule>[1], chip: Mention, user: Mention) {
  const maker = ctx.mentions.find((x) => x.type === 'Organization' && !x.anaphor && x.id === ctx.makerOf(chip.id));
  if (maker && maker.id !== user.id) emit({ type: 'SUPPLIES', s: maker, o: user, confidence: 0.65 });
}

// "OpenAI, whose models run on Microsoft's Azure cloud": the provider supplies the company, which uses its product.
const RUNS_ON =
  /(?:的|其)[^，,。的]{0,8}?(?:模型|服务|应用)(?:都|均|全部|主要|目前)?(?:运行在|运行于|部署在|托管在|跑在)|,\s+whose\s+(?:[\w-]+\s+){0,3}?(?:run|runs|are\s+(?:trained|hosted|served|built)|were\s+(?:trained|built))\s+(?:\w+\s+){0,2}?on\s+/g;
const runsOn: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(RUNS_ON, simp)) {
    const end = m.index + m[0].length;
    const user = ofType(ctx.mentions, ['Organization'], ctx.lex)
      .filter((x) => x.end <= m.index && /^\s*$/.test(simp.slice(x.end, m.index)))
      .pop();
    // (其模型运行在…: 其 is the clause's subject.)
    if (!user || negatedAt(ctx, end, m.index)) continue;
    const window = simp.slice(end, end + 50).search(/[,.;，。；]/);
    const stop = end + (window < 0 ? 50 : window);
    const named = ctx.mentions.filter((x) => x.start >= end && x.end <= stop && !x.anaphor);
    const provider = named.filter((x) => x.type === 'Organization').pop();
    const product = named.find((x) => x.type === 'Product' || x.type === 'Chip');
    if (provider && provider.id !== user.id) emit({ type: 'SUPPLIES', s: provider, o: user, confidence: 0.65 });
    if (product && ctx.makerOf(product.id) !== user.id) emit({ type: 'USES', s: user, o: product, confidence: 0.65 });
  }
};

/** The subject of the clause at `at` uses the chip (not its own maker, not in a clause that says no). */
function subjectUses(ctx: SentenceContext, emit: Emit, chip: Mention, at: number): void {
  const user = subjectBefore(ctx, at, ['Organization'], false);
  if (!user || negatedAt(ctx, at, clauseAt(ctx.simp, at)[0])) return;
  // ("Alibaba, Baidu and Tencent were among the biggest buyers of Nvidia's A800 and H800": each user, each chip.)
  for (const u of orgList(ctx, user))
    for (const c of coordinated(ctx.mentions, chip, ctx.simp, ['Chip']))
      if (ctx.makerOf(c.id) !== u.id) emit({ type: 'USES', s: u, o: c, confidence: 0.65 });
}

// (輝達指出，…: the speaker is no party to what it reports.)
const SPEAKER = new RegExp(`^(?:也|还|则)?${SAYS_ZH}`);
// Naver在英特尔Gaudi 2加速器上测试并优化其大模型: the subject runs its work on the chip named between 在 and 上.
const ON_CHIP_ZH =
  /在([^，,。；在]{1,30}?)(?:加速器|芯片|晶片|GPU|处理器|平台|集群|丛集)?上(?:完成|进行|实现)?(?:了)?(?:测试|运行|训练|部署|优化|推理|跑|开发|适配)/g;
// (科大讯飞的星火大模型、智谱等厂商的模型在昇腾上完成训练: the owners of the models listed before 在; gpt-oss系列模型是在H100上
// 完成训练: a model's maker when the clause names no company.)
const onChip: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(ON_CHIP_ZH, simp)) {
    // (在英伟达H100 GPU上: the chip's name may take in the chip noun.)
    const on = m.index + m[0].lastIndexOf('上');
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((x) => x.start > m.index && x.end <= on);
    if (!chip) continue;
    subjectUses(ctx, emit, chip, m.index);
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const before = ctx.mentions.filter((x) => x.start >= cs && x.end <= m.index && !x.anaphor && !SPEAKER.test(simp.slice(x.end)));
    const owners = before.filter(
      (x) => x.type === 'Organization' && /^的[^，,。、]{0,12}?(?:模型|大模型|产品|服务)/.test(simp.slice(x.end)),
    );
    // (Owners are organizations: a clause that names any has no model's maker to stand in.)
    const makers = before.some((x) => x.type === 'Organization')
      ? []
      : before.flatMap((x) => (x.type === 'Product' ? [ctx.makerOf(x.id)] : [])).filter((id): id is string => !!id);
    for (const u of [...owners, ...makers.map(orgRef)])
      if (ctx.makerOf(chip.id) !== u.id) emit({ type: 'USES', s: u, o: chip, confidence: 0.65 });
  }
};

// "Vultr has become one of the cloud platforms for AMD's MI300X", "one of the largest buyers of Nvidia's GB200": the
// subject runs the chip.
const PLATFORM_FOR =
  /\b(?:platforms?|providers?|hosts?|buyers?|users?|customers?|purchasers?)\s+(?:for|of)\s+(?:(?:[A-Z][\w.&-]*['’]s?|the|its)\s+)?(?:[A-Z][\w-]*\s+)?$/;
const platformFor: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const chip of ofType(ctx.mentions, ['Chip'], ctx.lex)) {
    const before = PLATFORM_FOR.exec(simp.slice(Math.max(0, chip.start - 60), chip.start));
    if (before) subjectUses(ctx, emit, chip, chip.start - before[0].length);
  }
};

// ATOM…已被KT Cloud用于 / 多数由Anthropic使用: the user in a passive, the chip named before in the sentence.
// (天玑9500由vivo X300系列与OPPO Find X9系列率先采用: products' makers, first to adopt it.)
const USED_BY = /(?:被|由|获得?)([^，,。；]{1,40}?)(?:率先|首先|首批|已|都|均)?(?:用于|用在|采用|使用|部署|导入|选用)/g;
// 以辉达GB200超级芯片服务器建置算力中心 / 基于CloudMatrix 384部署模型: what the subject builds on.
const BUILT_WITH =
  /(?:以|基于|利用)([^，,。；]{1,30}?)[，,]?(?:在[^，,。；]{1,12}?)?(?:建置|建设|打造|搭建|部署|构建|训练|运行|开发|研发)/g;
// "supply its RNGD accelerator to LG AI Research" / 向两家公司提供RNGD芯片: the customer uses the chip supplied.
const SUPPLY_THING =
  /\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|sell(?:s|ing)?|sold)\s+(?:(?:its|their|the|a|an)\s+)?$/i;
const CARRIED_ON = /在(?=[^，,。；]{1,30}?(?:上|中)?(?:搭载|上车|量产|首发|部署|应用))/g;
const BUILT_INTO = /\b(?:built|designed|integrated|qualified|designed-in)\s+(?:in)?to\s+/g;
const POWERS_FROM =
  /\b(?:will\s+|to\s+)?(?:also\s+)?(?:power|powers|powering|powered|run\s+in|ship\s+in|go\s+into|goes\s+into|sits?\s+in|(?:is|are)\s+(?:already\s+)?(?:found\s+)?in)\s+(?:[\w-]+\s+){0,4}?(?:from|by|of)\s+/gi;
const passiveAndBase: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ['Organization'], ctx.lex);
  const chips = ofType(ctx.mentions, ['Chip', 'Product'], ctx.lex);
  for (const m of allMatches(USED_BY, simp)) {
    // (并被AMD的MI350系列采用: a product of the agent's adopts it; the supply rules read that.)
    if (m[1]!.includes('的')) continue;
    const inSpan = (x: Mention) => x.start > m.index && x.end <= m.index + 1 + m[1]!.length;
    const users = orgs.filter((x) => inSpan(x) && !x.anaphor);
    // (A phone the sentence names for its maker: vivo X300系列 is vivo adopting it.)
    for (const p of ofType(ctx.mentions, ['Product'], ctx.lex).filter(inSpan)) {
      const maker = ctx.makerOf(p.id);
      if (maker && !users.some((u) => u.id === maker)) users.push(orgRef(maker));
    }
    // The chip the passive is about: not another company's chip named on the way (用于英伟达的GB300).
    const chip = chips
      .filter(
        (x) =>
          x.end <= m.index &&
          x.type === 'Chip' &&
          !/(?:用于|用在|采用|搭载|供应|提供)[^，,。]{0,10}$/.test(simp.slice(Math.max(0, x.start - 12), x.start)),
      )
      .pop();
    if (users.length && chip && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) usedBy(ctx, emit, users, chip, 0.7);
  }
  for (const m of allMatches(BUILT_WITH, simp)) {
    const inside = chips.filter((x) => x.start > m.index && x.end <= m.index + 2 + m[1]!.length);
    const user = subjectBefore(ctx, m.index, ['Organization']);
    if (!user || !inside.length || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const o of inside) if (ctx.makerOf(o.id) !== user.id) emit({ type: 'USES', s: user, o, confidence: 0.65 });
  }
  // 征程6系列已在理想、比亚迪、奇瑞等车企的多款新车上搭载: the makers of what carries the chip use it.
  for (const m of allMatches(CARRIED_ON, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const chip = chips.filter((x) => x.type === 'Chip' && x.start >= cs && x.end <= m.index).shift();
    const first = orgs.find((x) => x.start === m.index + 1);
    // (神玑NX9031已在ET9及全新ES8上量产: the devices named after 在 carry the chip.)
    // (Not a platform a chip is deployed on, 在Azure上部署: a device carries it, goes on the road or into production.)
    // (在ET9及全新ES8上: every device named between 在 and the verb.)
    const span = first ? null : /^在[^，,。；]{1,30}?(?:上|中)?(?:搭载|上车|量产|首发)/.exec(simp.slice(m.index));
    const devices = span
      ? ofType(ctx.mentions, ['Product'], ctx.lex).filter((x) => x.start > m.index && x.end <= m.index + span[0].length)
      : [];
    if (!chip || negatedAt(ctx, m.index, cs)) continue;
    if (first) usedBy(ctx, emit, coordinated(ctx.mentions, first, simp, ['Organization'], true), chip, 0.65);
    else if (devices[0]?.start === m.index + 1)
      for (const d of devices) if (d.id !== chip.id) emit({ type: 'USES', s: d, o: chip, confidence: 0.65 });
  }
  if (hasChinese(simp)) return;
  // "Micron's HBM3E is already built into Nvidia's Hopper platform": the possessor's product carries the chip.
  for (const m of allMatches(BUILT_INTO, simp)) {
    const end = m.index + m[0].length;
    const owner = orgs.find((x) => x.start === end && /^['’]s?\s/.test(simp.slice(x.end, x.end + 3)));
    const [cs] = clauseAt(simp, m.index);
    const chip = chips.filter((x) => x.type === 'Chip' && x.start >= cs && x.end <= m.index).shift();
    if (owner && chip && !negatedAt(ctx, m.index, cs)) usedBy(ctx, emit, [owner], chip, 0.65);
  }
  // "the Snapdragon 8 Elite Gen 5 will also power upcoming flagships from Honor, OnePlus and OPPO": each maker uses it.
  for (const m of allMatches(POWERS_FROM, simp)) {
    const chip = chips.filter((x) => x.type === 'Chip' && x.end <= m.index).pop();
    // (The list may open with a name the text does not tell as a company: the first one told.)
    const end = m.index + m[0].length;
    const first = orgs.find((x) => x.start >= end && x.start <= end + 40 && /^[\w\s,&-]*$/.test(simp.slice(end, x.start)));
    if (!chip || !first || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    usedBy(ctx, emit, coordinated(ctx.mentions, first, simp, ['Organization'], true), chip, 0.65);
  }
  for (const c of chips) {
    if (c.type !== 'Chip' || !SUPPLY_THING.test(simp.slice(Math.max(0, c.start - 40), c.start))) continue;
    const to = /^\s+(?:[\w-]+\s+){0,3}?to\s+$/.exec(simp.slice(c.end, c.end + 40).replace(/(?<=\sto\s)[\s\S]*$/, ''));
    const user = to ? orgs.find((x) => x.start === c.end + to[0].length && !x.anaphor) : undefined;
    if (user && ctx.makerOf(c.id) !== user.id && !negatedAt(ctx, c.start, clauseAt(simp, c.start)[0]))
      emit({ type: 'USES', s: user, o: c, confidence: 0.65 });
  }
};

// 宏碁、华硕等厂商将推出搭载锐龙AI 300的笔记本电脑 / 华硕推出搭载Snapdragon X Elite的Vivobook S 15: who launches a device
// carrying a chip uses it, bought from its maker (not the maker's own reference design).
const LAUNCHES_CARRYING =
  /(?:推出|发布|发表|亮相|上市)(?:了)?(?:[^，,。；搭采配内支]{0,8}?)(?:搭载|采用|配备|内建|内置|支持|支援)([^，,。；]{1,40}?)的/g;
// GLM系列已支持华为昇腾、海光等在内的多款国产算力平台: a company's software adapted to chips uses them.
const SUPPORTS_CHIPS = /(?:支持|支援|适配)(?:了)?[^，,。；]{1,40}?(?:等)?(?:在内)?的?[^，,。；]{0,8}?(?:算力平台|芯片|晶片|加速卡|AI硬件)/g;
// MI300X已成为…，微软、Meta、甲骨文等云服务商均已部署: a clause that ends on its verb of use uses the chip the sentence named before.
const USED_ALREADY = /(?:均|都|皆|也|亦|已|已经|相继|陆续|纷纷)+(?:已|已经)?(?:部署|采用|导入|使用|采购)(?:了)?(?=[。；;！!]|$)/g;
const launchesCarrying: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const chipsIn = (from: number, to: number) => ofType(ctx.mentions, ['Chip'], ctx.lex).filter((x) => x.start >= from && x.end <= to);
  const launchers = (pos: number) => {
    const [cs] = clauseAt(simp, pos);
    const subject = clauseSubject(ctx, pos, ['Organization']);
    return subject && subject.start >= cs ? coordinated(ctx.mentions, subject, simp, ['Organization'], true) : [];
  };
  for (const m of allMatches(LAUNCHES_CARRYING, simp)) {
    if (negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    const from = m.index + m[0].length - 1 - m[1]!.length;
    for (const chip of chipsIn(from, from + m[1]!.length)) usedBy(ctx, emit, launchers(m.index), chip, 0.7);
  }
  for (const m of allMatches(SUPPORTS_CHIPS, simp)) {
    const [cs] = clauseAt(simp, m.index);
    // (The chips anywhere in the match: its lazy list may end before the chip, 支持华为昇腾等国产算力平台.)
    // (The user named in the clause: not a maker whose goods an earlier clause spoke of, 为降低对英伟达GPU的依赖.)
    const user = subjectBefore(ctx, m.index, ['Organization']);
    if (!user || user.start < cs || negatedAt(ctx, m.index, cs)) continue;
    for (const chip of chipsIn(m.index, m.index + m[0].length)) usedBy(ctx, emit, [user], chip, 0.65);
  }
  for (const m of allMatches(USED_ALREADY, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (cs === 0 || negatedAt(ctx, m.index, cs) || chipsIn(cs, m.index).length) continue;
    const chip = chipsIn(0, cs).pop();
    if (chip) usedBy(ctx, emit, launchers(m.index), chip, 0.65);
  }
};

// "Early Trainium3 users named by AWS include Decart and Ricoh", 昇腾910C的首批客户包括A、B: each one listed uses the chip.
const CHIP_USERS_INCLUDE =
  /^\s*(?:(?:early|first|initial|other|new|major|key|big|notable)\s+)?(?:users|customers|adopters|buyers|clients)(?:\s+(?:named|listed|cited|disclosed)\s+by\s+[^.;,]{1,30}?)?\s+(?:include|included|includes)\s+|^的?(?:首批|早期|主要|重要|现有|其他)?(?:用户|客户|采用者)(?:群)?(?:还|也)?(?:包括|涵盖|包含)/i;
const chipUsers: Rule = (ctx, emit) => {
  for (const chip of ofType(ctx.mentions, ['Chip'], ctx.lex)) {
    const m = CHIP_USERS_INCLUDE.exec(ctx.simp.slice(chip.end, chip.end + 60));
    if (!m || negatedAt(ctx, chip.start, clauseAt(ctx.simp, chip.start)[0])) continue;
    const users = describedListAfter(ctx, chip.end + m[0].length, ['Organization']);
    usedBy(ctx, emit, users, chip, 0.7);
  }
};

// "the machine … held 100,000 Nvidia H100 graphics processors", "Tesla's Cortex cluster began with about 50,000 Nvidia H100
// GPUs": a fleet counted in what a company runs.
const HOLDS_COUNTED =
  /\b(?:held|holds|housed|houses|contains?|contained|packs?|packed|began\s+with|begins\s+with|start(?:s|ed)?\s+with|equipped\s+with|comprising|consisting\s+of|(?<=\b(?:[Cc]louds?|clusters?|supercomputers?|SuperPOD|data\s+cent(?:er|re)s?|facilit(?:y|ies)|campus(?:es)?|fleet)\s*,?\s*)with)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+|up\s+to\s+|around\s+)?\d[\d,.]*\s*(?:thousand\s+|million\s+)?/gi;
const countedChips: Rule = (ctx, emit) => {
  for (const m of allMatches(HOLDS_COUNTED, ctx.simp)) {
    const end = m.index + m[0].length;
    // (The maker may be named before the chip: "100,000 Nvidia H100 graphics processors".)
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find(
      (c) => c.start >= end && /^(?:[A-Z][\w-]*\s+)?$/.test(ctx.simp.slice(end, c.start)),
    );
    if (!chip || negatedAt(ctx, m.index, clauseAt(ctx.simp, m.index)[0])) continue;
    const user = subjectBefore(ctx, m.index, ['Organization'], false);
    // ("Deutsche Telekom and Nvidia opened a cloud with about 10,000 Nvidia GPUs": each subject but the chip's maker; a rack
    // with 72 GPUs is no one's fleet.)
    if (user && !user.anaphor) usedBy(ctx, emit, orgList(ctx, user), chip, 0.65);
  }
};

// 部署了近50万颗Trainium2芯片，主要供Anthropic训练和运行Claude / "reserved for Anthropic's use": the chips the clause before
// named are for the one named to run its work on; whoever deployed them supplies it.
const FOR_USE_BY =
  /(?:主要|专门|专|仅|只)?(?:供给|提供给|交给|留给|供(?![应货需]))([^，,。；]{1,24}?)(?:使用|训练|运行|部署|推理|调用|开发)|\b(?:for\s+(?:the\s+)?(?:exclusive\s+)?use\s+(?:by|of)|(?:reserved|dedicated|set\s+aside)\s+(?:for|to))\s+([^,.;]{1,40})/g;
const forUseBy: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ['Organization'], ctx.lex);
  for (const m of allMatches(FOR_USE_BY, simp)) {
    const group = m[1] ?? m[2]!;
    const from = m.index + m[0].indexOf(group);
    // (供人工智能初创公司Anthropic训练: a description may come before the name.)
    const first = orgs.find((x) => x.start >= from && x.end <= from + group.length && !x.anaphor);
    const [cs] = clauseAt(simp, m.index);
    const chip = ofType(ctx.mentions, ['Chip'], ctx.lex)
      .filter((x) => x.end <= m.index)
      .pop();
    if (!first || !chip || negatedAt(ctx, m.index, cs)) continue;
    // ("a sales team dedicated to Microsoft": in English, only chips named right before are reserved.)
    if (
      m[2] &&
      !/^\s*(?:[\w-]+\s+){0,2}?(?:chips?|GPUs?|processors?|accelerators?|capacity|clusters?|systems?|servers?|racks?)?\s*,?\s*$/i.test(
        simp.slice(chip.end, m.index),
      )
    )
      continue;
    const users = coordinated(ctx.mentions, first, simp, ['Organization'], true).filter((u) => ctx.makerOf(chip.id) !== u.id);
    // (The deployer, not the maker named on the chips: "CoreWeave installed Nvidia GB200 chips reserved for OpenAI".)
    const maker = orgs.find((x) => x.end <= chip.start && /^(?:\s*的?|['’]s\s+(?:[\w-]+\s+){0,2})$/.test(simp.slice(x.end, chip.start)));
    const provider = subjectBefore(ctx, (maker ?? chip).start, ['Organization'], false);
    for (const u of users) {
      emit({ type: 'USES', s: u, o: chip, confidence: 0.65 });
      if (provider && provider.id !== u.id) emit({ type: 'SUPPLIES', s: provider, o: u, confidence: 0.65 });
    }
  }
};

// "Xiaomi put the XRING O1 into its Xiaomi 15S Pro", "Xiaomi fits DRIVE AGX Thor as standard in the YU7": the device a chip
// is put into uses it.
const PUT_BEFORE =
  /\b(?:put|puts|putting|fit|fits|fitted|fitting|install(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their|two|three|four|dual|new|[\w-]+['’]s)\s+){0,3}$/i;
const INTO_AFTER =
  /^(?:\s+(?:chips?|processors?|SoCs?))?(?:,\s+[^,;]{1,50},)?\s+(?:(?:as\s+standard|as\s+an?\s+option|this\s+\w+|last\s+\w+)\s+)?(?:into|in)\s+(?:(?:the|its|their|a|an|every|each|new|latest|all)\s+)*$/i;
const putInto: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (hasChinese(simp) || !/\b(?:put|fit|install)/i.test(simp)) return;
  const products = ofType(ctx.mentions, ['Product'], ctx.lex);
  for (const chip of ofType(ctx.mentions, ['Chip'], ctx.lex)) {
    const [cs, ce] = clauseAt(simp, chip.start);
    if (!PUT_BEFORE.test(simp.slice(cs, chip.start)) || negatedAt(ctx, chip.start, cs)) continue;
    const device = products.find((p) => p.start > chip.end && p.end <= ce && INTO_AFTER.test(simp.slice(chip.end, p.start)));
    if (device && device.id !== chip.id) emit({ type: 'USES', s: device, o: chip, confidence: 0.7 });
  }
};

export const USE_RULES: Rule[] = [
  putInto,
  forUseBy,
  chipUsers,
  countedChips,
  uses,
  productUses,
  deviceCarries,
  chipGoesInto,
  usedFor,
  usedIn,
  runsOn,
  onChip,
  platformFor,
  passiveAndBase,
  launchesCarrying,
];
