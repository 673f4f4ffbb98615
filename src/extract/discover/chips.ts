import type { Lexicon } from '../lexicon';
import { toSimplified } from '../normalize';
import { words } from '../segment';
import { cutChineseName } from './gloss';
import { isCommonWord, isDemonym, isPlace } from './names';
import type { DiscoverySentence, Registry } from './registry';
import { allMatches, escapeRegex, matchesIn } from '../regex';

/**
 * Chips and systems named by a model number. A known chip family followed by a generation or suffix
 * is a chip of its own (Ascend 950PR, 昇腾960, Maia 300), made by the family's maker; an unknown
 * model-number name is a chip when the text around it talks about chips (AI200, MI355X); a name,
 * number and CamelCase or Chinese system noun is a product (Atlas 950 SuperPoD, CloudMatrix 384超节点).
 */

// A generation after a known family: Maia 2, Gaudi 3, Ascend 950PR, 昇腾960, MI355X.
// (Snapdragon 8+ Gen 1, Snapdragon 8 Elite: a generation's marks after the number.)
// (TPU v5e, TPU v7: a lower-case version mark.)
const GENERATION =
  '(v\\d{1,2}[a-z]{0,2}|(?:[A-Z](?=\\d{3,4}))?\\d{1,4}[A-Z]{0,3}\\+?(?:\\sGen\\s?\\d{1,2})?(?:\\s(?:Pro|Max|Ultra|Plus|Lite|Mini|Elite))?(?:\\sGen\\s?\\d{1,2})?)';

interface Family {
  /** A family spelling followed by a generation. */
  regex: RegExp;
  /** A family spelling alone. */
  bare: RegExp;
  bySpelling: Map<string, { name: string; makerId?: string }>;
}
const families = new WeakMap<Lexicon, Family>();

/** Chip families of the lexicon: chip names without a number (Ascend, 昇腾, MTIA, Maia, Trainium). */
function familyOf(lex: Lexicon): Family {
  let f = families.get(lex);
  if (!f) {
    const bySpelling = new Map<string, { name: string; makerId?: string }>();
    for (const e of lex.entries.values()) {
      if (e.type !== 'Chip' || e.generic || /\d/.test(e.name)) continue;
      for (const s of [e.name, ...e.aliases])
        if (!/\d/.test(s) && s.length >= 2) bySpelling.set(toSimplified(s), { name: e.name, makerId: e.makerId });
    }
    const alts = [...bySpelling.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
    const regex = new RegExp(`(?<![A-Za-z0-9])(${alts || '(?!)'})\\s?-?${GENERATION}(?![A-Za-z0-9])`, 'g');
    const bare = new RegExp(`(?<![A-Za-z0-9])(${alts || '(?!)'})`);
    f = { regex, bare, bySpelling };
    families.set(lex, f);
  }
  return f;
}

const CHIP_WORDS = /芯片|处理器|加速器|晶片|加速卡|\b(?:chips?|accelerators?|processors?|silicon|GPUs?|TPUs?|ASICs?|XPUs?|NPUs?|LPUs?)\b/i;
// Model-number names that are not chips: number formats, memory, quarters, fiscal years, process nodes.
const NOT_A_MODEL = /^(?:FP|INT|BF|HBM|DDR|LPDDR|GDDR|PCIe|Q|H|FY|CY|N|A|TOPS|USD|RMB|COVID|G|S|P|T|X)\d/i;
// …and, in a sentence about servers, their integration levels (L6 board, L10 system, L11 rack).
const SERVER_LEVEL = /^L\d{1,2}$/;
const SERVER_CONTEXT =
  /服务器|伺服器|组装|組裝|阶段|階段|机柜|機櫃|厂|廠|投产|投產|产线|產線|\b(?:servers?|racks?|assembly|integration|boards?|factory|plant)\b/i;
// "by March 2026", "in Sept 2025": a month and a year.
const DATE =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s?-?\d{2,4}$/;
// "for up to Rs 183 crore", "EUR 70 million", "PLN 300m": a currency and a sum.
const SUM = /^(?:Rs|INR|EUR|GBP|USD|CNY|JPY|KRW|NTD?|HKD|SGD|AUD|CAD|CHF|SEK|PLN|BRL|MXN|IDR|VND|THB|MYR|RM|ZAR|NGN|KES|AED|SAR)\.?\s?-?\d/;
// ("Roughly 20 members…", "About 100 engineers", "Phase 2", "Table 3": a quantity, or a counted noun and its number.)
const COUNTED =
  /^(?:Roughly|About|Around|Nearly|Almost|Approximately|Some|Over|Under|Only|Just|More|Fewer|Less|Up|Top|Page|Section|Chapter|Figure|Table|Step|Phase|Round|Day|Week|Year)\s?-?\d/;
const notAModel = (name: string, simp: string) =>
  NOT_A_MODEL.test(name) ||
  SUM.test(name) ||
  DATE.test(name) ||
  COUNTED.test(name) ||
  (SERVER_LEVEL.test(name) && SERVER_CONTEXT.test(simp));
const MODEL = /(?<![A-Za-z0-9.-])([A-Z][A-Za-z]{0,10})(\s?-?)(\d{2,4}[A-Z]{0,3})(?![A-Za-z0-9%])/g;
const PRODUCT_MODEL = /(?<![A-Za-z0-9.-])([A-Z][A-Za-z]{0,10})(\s?-?)(\d{1,4}[A-Z]{0,3})(?![A-Za-z0-9%])/g;
const ZH_BRAND_MODEL = /([\u3400-\u9fff]{2,8})([A-Z]{1,3}\d{2,4}[A-Z]{0,2})(?![A-Za-z0-9])/g;
const ZH_BRAND_GEN = /([\u3400-\u9fff]{2,8})(Gen\d{1,2}[A-Z]?)(?![A-Za-z0-9])/g;
const NOT_A_BRAND =
  /(?:芯片|晶片|处理器|产品|系列|型号|平台|架构|版本|显卡|加速卡|新款|最新|推出|发布|采用|搭载|一代|首款|服务器|伺服器|机柜|機櫃|主板|主機板)$/;
const UNIT = /^(?:MW|GW|KW|GB|TB|PB|MB|MHZ|GHZ|NM|MM|KM|W|V|K|M|B)$/;
const CALLED =
  /\b(?:called|named|dubbed|code-?named|known as|branded)\s+(?:the\s+)?["“]?([A-Z][A-Za-z0-9-]*(?:\s(?:(?:and|of|for)\s)?[A-Z0-9][A-Za-z0-9-]*){0,5})|(?:代号为?|名为|命名为|称为|芯片|晶片|处理器|加速器|加速卡|SoC|CPU|GPU|NPU|架构)\s*[“"「『]([^”"」』]{2,12})[”"」』]/g;
// (国产GPU“上市潮”, 芯片“荒”: a wave, a shortage or a war of the trade in quotes is no chip either.)
const NICKNAME =
  /(?:双子星|雙子星|小龙|小龍|三剑客|三劍客|四杰|四傑|双雄|雙雄|天团|天團|新贵|新貴|巨头|巨頭|龙头|龍頭|独角兽|獨角獸|潮|热|熱|荒|战|戰|大战|大戰|内卷|內卷|寒冬|困局|突围|突圍|平权|平權)$/;
const NAME_THEN_CHIP =
  /(?<![A-Za-z0-9-])([A-Z][A-Za-z0-9-]*(?:\s(?!AI\s)[A-Z0-9][A-Za-z0-9-]*){0,2})\s+(?:AI\s+)?(?:chips?|accelerators?|processors?|GPUs?|NPUs?|IPUs?|LPUs?|CPUs?|superchips?)\b/g;
const PRODUCT_BEFORE =
  /(?:电脑|计算机|服务器|工作站|手机|笔电|笔记本|平板|机柜|平台|系统|\b(?:supercomputer|computer|server|workstation|laptop|PC|phone|smartphone|tablet|system|platform|rack))\s*$/i;
const PRODUCT_AFTER =
  /^\s*(?:超级电脑|电脑|服务器|工作站|手机|笔电|笔记本|平板|\b(?:supercomputer|computer|server|workstation|laptop|PC|phone|smartphone|tablet)s?\b)/i;
const MORE_NUMBERS = /^((?:\s*(?:,|、|和|及|与|and|or|\/)\s*\d{2,4}[A-Z]{0,3}(?![\d%]))+)/;
const SYSTEM =
  /(?<![A-Za-z0-9])([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s?(\d{2,4})(?:\s?([A-Z][a-z]+[A-Z][A-Za-z]*)|(?=\s?(?:超节点|集群|服务器|一体机|机柜)))/g;

// "its third-generation accelerator, the V3", "its predecessor, the V2": a model-like name in apposition to a chip noun.
const CHIP_NOUN_THEN_NAME =
  /\b(?:chips?|accelerators?|processors?|GPUs?|NPUs?|ASICs?|superchips?|predecessor|successor)\s*,\s*(?:the\s+|its\s+)?((?:[A-Z][A-Za-z]*-?)?\d{1,4}[A-Za-z]{0,3}|[A-Z][A-Za-z]*-?\d{1,4}[A-Za-z]{0,3})(?![\w-])/g;

// "Europa, its second-generation AI processing unit": a brand in apposition to what it is.
const NAME_THEN_CHIP_APPOSITIVE =
  /(?<![A-Za-z0-9-])([A-Z][a-z]{2,}[A-Za-z0-9-]*),\s+(?:its|their|the\s+(?:company|firm|startup|start-up)['’]s)\s+(?:[\w-]+\s+){0,3}?(?:AI\s+)?(?:chips?|accelerators?|processors?|processing\s+units?|GPUs?|NPUs?|ASICs?|SoCs?|superchips?)\b/g;
// "a successor chip, Raptor, that…", "its new accelerator, Nova.": a brand in apposition after a chip noun.
const CHIP_NOUN_THEN_BRAND =
  /\b(?:its|their|an?)\s+(?:[\w-]+\s+){0,3}?(?:chips?|accelerators?|processors?|GPUs?|NPUs?|ASICs?|SoCs?)\s*,\s+(?:the\s+)?([A-Z][a-z]{2,}[A-Za-z0-9-]*)(?=\s*[,.;:]|\s*$|\s+(?:that|which|is|was|will|due)\b)/g;
// 專用晶片Sohu, 首款产品Sohu: a Latin brand right after a Chinese chip noun.
const ZH_CHIP_NOUN_THEN_BRAND = /(?:芯片|晶片|处理器|加速器|加速卡|首款产品)\s*([A-Z][A-Za-z][A-Za-z0-9-]{1,15})(?![A-Za-z0-9])/g;

const CHIP_ACRONYM = /^(?:CPU|GPU|NPU|TPU|XPU|LPU|DPU|IPU|ASIC|SOC|HBM|DRAM|SRAM|NAND|RISC|ARM|FPGA|AI|ML|PC|EUV)$/i;
const POSSESSED =
  /\b(?:its|their|[A-Z][\w.&-]*['’]s|[A-Z][\w.&-]*s['’]|[Tt]he\s+(?:company|firm|startup|chipmaker|group)['’]s)\s+(?:(?:new|first|own|latest|upcoming|flagship|in-house|custom)\s+)*$/;
const CHIP_NOUN_AS_MODIFIER =
  /^\s+(?:market|industry|business|space|sector|race|boom|shortage|demand|makers?|start-?ups?|companies|firms|stocks?|shares|sales|spending|design|designers?|war)\b/i;
const ARTICLE_THEN_ADJECTIVES = /\b(?:a|an)\s+(?:[a-z][\w-]*,?\s+){0,4}$/;
const MODIFIER_WORD =
  /^(?:New|Next|First|Latest|Own|Custom|Flagship|Upcoming|Current|Previous|Older|Newer|Main|Top|Best|Core|Key|Big|Small|Fast|Faster|Advanced|Old|Other|Some|Many|Most|More|All|Each|Every|Its|Their|Our|Your|This|That|These|Those|Which|What|When|Where|While|Why|How|The|A|An)$/;
/** A headline in title case (Nvidia's Gaming Chips Sell Out): capitals there say nothing about names. */
const titleCased = (simp: string) => {
  const ws = simp.match(/\b[A-Za-z][a-z]+\b/g) ?? [];
  return ws.length > 0 && ws.filter((w) => /^[A-Z]/.test(w)).length * 2 > ws.length;
};
// "intelligence processing units, or IPUs": an acronym a chip kind is given.
const ACRONYM_GIVEN = /\b(?:[a-z]+\s+){0,3}(?:processing\s+units?|processors?|accelerators?|chips?),?\s+(?:or|\()\s*([A-Z]{3,5})s?\b/g;

const productFamilies = new WeakMap<Lexicon, { re: RegExp; makerOf: Map<string, string | undefined> }>();
/** Versions of the lexicon's products (Qwen3-Max, Gemini 2.5 Pro): a known model name, a version, perhaps a tier. */
function productVersions(lex: Lexicon): { re: RegExp; makerOf: Map<string, string | undefined> } {
  let f = productFamilies.get(lex);
  if (!f) {
    const makerOf = new Map<string, string | undefined>();
    for (const e of lex.entries.values())
      if (e.type === 'Product' && !e.generic)
        for (const n of [e.name, ...e.aliases])
          if (/^(?:[A-Z]|i[A-Z])[A-Za-z]{2,}$|^[\u3400-\u9fff]{2,4}$/.test(n)) makerOf.set(toSimplified(n), e.makerId);
    // (A maker whose models carry its name, Xiaomi 17, 蔚来ET9: its name is a line of its own.)
    for (const e of lex.entries.values())
      if (e.namesModels) for (const n of [e.name, ...e.aliases]) if (n.length >= 2) makerOf.set(toSimplified(n), e.id);
    const alts = [...makerOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join('|');
    const re = new RegExp(
      // (A line's model, iPhone 17, Galaxy S26, 红米Turbo 5 Max, with its tiers: Pro Max.)
      // (小米15S Pro, 小米平板7 Ultra, OPPO Find X9, Cisco 8000: a letter after the number, a line word, four digits that are no year.)
      `(?<![A-Za-z0-9-])(${alts || '(?!)'})\\s?-?(?:\\d{1,2}(?:\\.\\d)?[A-Z]?(?:-?(?:[A-Z][a-z]+|[A-Z]{2}|\\d{1,3}[Bb]))?|[A-Z]{1,2}\\d{1,3}|(?:[A-Z]\\s)?[A-Z][a-z]+\\s?(?:[A-Z]\\d{1,3}|\\d{1,2})|平板\\s?\\d{1,2}|(?!(?:19|20)\\d\\d)[1-9]\\d{3})(?:\\s(?:Pro|Max|Ultra|Flash|Turbo|Mini|Plus|Lite|Air|Edge|FE))*(?![A-Za-z0-9%]|\\.\\d|\\s?(?:nm|GB|TB|[年月日号亿万元家款个名位倍成台辆季代层项次%]|纳米|奈米))`,
      'g',
    );
    f = { re, makerOf };
    productFamilies.set(lex, f);
  }
  return f;
}

const ZH_MAKER_BRAND_CHIP =
  /([\u3400-\u9fff]{2,8})([A-Z][A-Za-z]{2,}(?:\s?\d{1,4}[A-Za-z]{0,3})?)\s?(?=芯片|晶片|处理器|加速器|GPU|CPU|SoC)/g;
// 可重构资料流处理器（RDU）: an acronym a Chinese chip noun is given in brackets.
const ZH_ACRONYM_GIVEN = /(?:处理器|芯片|晶片|加速器)\s*[（(]([A-Z]{2,5})[）)]/g;
const LISTED_MODEL = /(?<=(?:包括|including|such as|如|、|,|，|和|与|and)\s*)(\d{3,4})([A-Z]{1,3})(?![A-Za-z0-9])/g;
// 天枢一号 after a chip noun; and a Chinese brand with a model number after a chip kind (主控芯片镇岳510, 服务器CPU倚天710),
// not a clause that goes on with a number (芯片由X自2020年起…, 芯片集成40…) or a list (芯片包括昇腾910B).
const NUMBERED_CHIP =
  /(?:芯片|晶片|处理器|加速卡|SoC)\s*([\u4e00-\u9fff]{2,4}[一二三四五六七八九十]号[A-Z0-9]*)|(?:芯片|晶片|处理器|加速卡|SoC|CPU|GPU|NPU|DPU)((?![由自在于从以将把被为是的集采搭达超约共])(?!包括|包含|涵盖|例如|比如|诸如|如|有|即|含|以及|及|和|与|还有)(?!(?:面积|尺寸|功耗|频率|主频|售价|价格|算力|容量|带宽|良率|产能|单价|总数|数量)\d)[\u4e00-\u9fff]{2,4}\d{3,4}[A-Z]{0,2})(?![A-Za-z0-9年月日亿万个颗核倍%]|\s?(?:平方|毫米|瓦|美元|元|TOPS|GB|MHz|GHz))/g;
// "its Veyron family of RISC-V CPUs": a brand with a family, line or series of chips.
const FAMILY_OF_CHIPS =
  /(?<![A-Za-z0-9-])([A-Z][A-Za-z0-9-]{2,})\s+(?:family|line|series|range)\s+of\s+(?:[\w-]+\s+){0,3}?(?:chips?|CPUs?|GPUs?|NPUs?|processors?|accelerators?|chiplets?)\b/g;
// 两款芯片：“华山”…，“庐山”…: every name in quotes after a count of chips with a colon.
const COUNTED_CHIPS = /[一两二三四五六七八九十\d]+款(?:[\u4e00-\u9fffA-Za-z]{0,6})?(?:芯片|晶片|处理器|加速卡|GPU)\s*[：:]/;
// 两款芯片“华山”与“庐山”: the quoted names right after the count, joined by 与/和/、.
const COUNTED_QUOTED =
  /[一两二三四五六七八九十\d]+款(?:[\u4e00-\u9fffA-Za-z]{0,6})?(?:芯片|晶片|处理器|加速卡|GPU)\s*((?:[“「][^”」]{2,12}[”」]\s*(?:与|和|、|及|以及)?\s*){2,})/g;
const QUOTED = /[“"「『]([^”"」』]{2,12})[”"」』]/g;
// 训练产品“天衡”系列: a quoted name of a series of chips.
const QUOTED_SERIES = /(?:产品|芯片|晶片|处理器|加速卡|GPU)\s*[“「『]([^”」』\s]{1,10})[”」』]\s*系列/g;
// 天衡Gen2: a chip the article has named, then a generation.
// (Zeta 300 after the Zeta family: a model number, not a year.)
const GEN_OF_FOUND =
  /([\u4e00-\u9fff]{2,4}|[A-Z][A-Za-z]{2,})(?:[\s-]?Gen\s?\d{1,2}[A-Z]{0,2}|(?<=[A-Za-z])[\s-](?!(?:19|20)\d\d\b)\d{1,4}[A-Z]{0,3})(?![A-Za-z0-9])/g;
const QUOTED_PLATFORM = /(?:平台|系统|集群|超节点|服务器|大模型|模型)\s*[“"「『]([^”"」』]{2,12})[”"」』]/g;
// The name in quotes before what it names: “长江”智能SoC芯片 (a chip), “夸娥”万卡智算集群 (a product).
const QUOTED_THEN_NOUN =
  /[“「]([\u4e00-\u9fffA-Za-z0-9][\u4e00-\u9fffA-Za-z0-9 .+-]{0,10}[\u4e00-\u9fffA-Za-z0-9])[”」]\s*(?:[（(][A-Za-z][\w -]{0,20}[）)]\s*)?(?:(?:智能|AI|高性能)?(?:SoC)?(架构|芯片|晶片|处理器|加速器|加速卡|GPU|NPU)|(?:智能|AI|高性能)?(SoC)|[\u4e00-\u9fff]{0,4}?(集群|超节点|服务器|平台|大模型|模型))/g;
// 华山系列高算力芯片, 武当系列跨域计算芯片: a Chinese series name before a description of chips.
const SERIES_OF_CHIPS = /([\u4e00-\u9fff]{2,4})系列[\u4e00-\u9fffA-Za-z]{0,8}?(?:芯片|晶片|处理器|加速卡|SoC|GPU)/g;
const QUOTED_CODE_NAME = /([A-Za-z][A-Za-z0-9-]*)\s*[「“"『]([A-Z][A-Za-z0-9-]{1,15})[」”"』]/g;
/** `chipContext[i]`: sentence i or a neighbour talks about chips. */
/** Straight double quotes paired into opening and closing ones (“买芯片”转向“造芯片”: 转向 is between two quotations, not in one). */
function pairQuotes(simp: string): string {
  let open = false;
  return simp.replace(/"/g, () => {
    open = !open;
    return open ? '“' : '”';
  });
}

const DEVICE_MODEL =
  /(?:轿车|SUV|MPV|车型|新车|跑车|旗舰机|旗舰手机|手机|平板|人形机器人|机器人|全新)\s?([A-Za-z][A-Za-z]{0,2}\d{1,3}\+?)(?![\w.])(?!\s*(?:芯片|晶片|GPU|加速卡|加速器|处理器|系列|模组|显卡|推理卡|训练卡))/g;

const GLUED_BEFORE = /^[A-Z][\w.&]*-(?:based|powered|designed|built|made|compatible)\s+/;
const ZH_KIND_BEFORE_BRAND = /^.*?(?:卡|芯片|晶片|处理器|加速器)/;
export function chipNames(s: DiscoverySentence, chipContext: boolean, reg: Registry): void {
  const { text } = s;
  const simp = pairQuotes(s.simp);
  const fam = familyOf(reg.lex);
  const named = new Set<string>();
  for (const m of allMatches(fam.regex, simp)) {
    const f = fam.bySpelling.get(m[1]!)!;
    const name = `${f.name} ${m[2]}`;
    named.add(m[2]!);
    if (!(reg.known(name) && reg.known(name) === reg.known(f.name)))
      reg.add(name, 'Chip', [text.substr(m.index, m[0].length)], { makerId: f.makerId });
    // 昇腾960与970, Maia 300, 400 and 500: the numbers after a model are models of the same family.
    for (const n of MORE_NUMBERS.exec(simp.slice(m.index + m[0].length))?.[1]!.match(/\d{2,4}[A-Z]{0,3}/g) ?? []) {
      named.add(n);
      reg.add(`${f.name} ${n}`, 'Chip', [`${m[1]}${/\s/.test(m[0]) ? ' ' : ''}${n}`], { makerId: f.makerId });
    }
  }
  // 旗舰轿车ET9, 全新ES8: a car's or a device's model after the noun of its kind is a product (全新L600加速卡 is a chip).
  for (const m of allMatches(DEVICE_MODEL, simp)) {
    const at = m.index + m[0].length - m[1]!.length;
    if (!reg.known(m[1]!)) reg.add(text.substr(at, m[1]!.length), 'Product', [text.substr(at, m[1]!.length)]);
  }
  for (const m of allMatches(QUOTED_SERIES, simp)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (!reg.known(m[1]!)) reg.add(text.substr(at, m[1]!.length), 'Chip', [text.substr(at, m[1]!.length)]);
  }
  for (const m of allMatches(GEN_OF_FOUND, simp)) {
    const known = reg.lex.entries.get(reg.known(m[1]!) ?? '');
    // (Not a common noun, GPU 4; a lexicon family's numbered models are found above.)
    if (reg.typeOf(m[1]!) !== 'Chip' || known?.generic || (known && !/Gen/.test(m[0])) || reg.known(m[0])) continue;
    reg.add(text.substr(m.index, m[0].length), 'Chip', [text.substr(m.index, m[0].length)]);
  }
  // 昇腾芯片，包括950PR、950DT: bare models with a suffix listed after a family.
  const first = fam.bare.exec(simp);
  if (first) {
    const f = fam.bySpelling.get(first[1]!)!;
    const tail = simp.slice(first.index);
    for (const m of allMatches(LISTED_MODEL, tail)) {
      if (named.has(m[0]) || UNIT.test(m[2]!)) continue;
      reg.add(`${f.name} ${m[0]}`, 'Chip', [m[0]], { makerId: f.makerId });
    }
  }
  const versions = productVersions(reg.lex);
  for (const m of allMatches(versions.re, simp)) {
    // (Made by the maker of the model it is a version of: Meta's Llama 70B.)
    if (!reg.known(m[0]))
      reg.add(text.substr(m.index, m[0].length), 'Product', [text.substr(m.index, m[0].length)], { makerId: versions.makerOf.get(m[1]!) });
  }
  for (const m of allMatches(SYSTEM, simp)) {
    const name = `${m[1]} ${m[2]}${m[3] ? ` ${m[3]}` : ''}`;
    if (!reg.known(name)) reg.add(name, 'Product', [text.substr(m.index, m[0].length).trim()]);
  }
  // "its first chip, called the K1" / 代号为“雅典娜”的芯片: a name given to a chip.
  for (const m of allMatches(CALLED, simp)) {
    const name = (m[1] ?? m[2])!.trim();
    const at = m.index + m[0].lastIndexOf(name);
    // (A name given after "called" may be a common word: a chip called Rebel.)
    const given = /^(?:called|named|dubbed|code-?named)\b/i.test(m[0]) && /^[A-Z]/.test(name);
    if (
      // (Chinese puts the chip noun after the name's modifiers: 代号「Venice」的第六代EPYC服务器处理器.)
      CHIP_WORDS.test(simp.slice(Math.max(0, m.index - 30), m.index + m[0].length + (m[2] ? 20 : 6))) &&
      !reg.known(name) &&
      !NICKNAME.test(name) &&
      (given || !isCommonWord(name))
    ) {
      reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
    }
  }
  for (const m of allMatches(CHIP_NOUN_THEN_NAME, simp)) {
    const name = m[1]!;
    const at = m.index + m[0].length - name.length;
    if (/[A-Za-z]/.test(name) && !reg.known(name) && !notAModel(name, s.simp))
      reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
  }
  for (const re of [NAME_THEN_CHIP_APPOSITIVE, CHIP_NOUN_THEN_BRAND, ZH_CHIP_NOUN_THEN_BRAND]) {
    for (const m of allMatches(re, simp)) {
      const name = m[1]!;
      const at = m.index + m[0].indexOf(name, re === NAME_THEN_CHIP_APPOSITIVE ? 0 : m[0].length - name.length - 2);
      if (reg.known(name) || isCommonWord(name) || CHIP_ACRONYM.test(name) || MODIFIER_WORD.test(name) || isPlace(name) || isDemonym(name))
        continue;
      reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
    }
  }
  // "the Korvex K2 chip", "its Zeta-1 accelerators": a model-like name right before a chip noun.
  for (const m of allMatches(NAME_THEN_CHIP, simp)) {
    // (MI350-series accelerators: the series of MI350 is MI350.)
    // ("the Arm-based Cobalt 100 CPU": a word glued on by a hyphen before the name is no part of it.)
    let name = m[1]!.replace(/-(?:series|class|family|based|generation)$/i, '').replace(GLUED_BEFORE, '');
    while (/\s/.test(name) && isCommonWord(name.split(' ')[0]!)) name = name.slice(name.indexOf(' ') + 1); // The, Its
    const first = name.split(' ')[0]!;
    const maker = reg.known(first);
    if (maker && reg.lex.entries.get(maker)?.type === 'Organization') name = name.slice(first.length + 1); // Qualcomm AI200 chip: AI200
    if (name && /\d/.test(name) && !reg.known(name) && !notAModel(name, s.simp) && !/^\d/.test(name)) reg.add(name, 'Chip', [name]);
    // "its Sohu chip", "Acme's Zephyr accelerators": a brand word an owner gives its chip.
    else if (
      name &&
      (/^[A-Z][a-z]{2,}$/.test(name) || (/^[A-Z]{3,6}$/.test(name) && !CHIP_ACRONYM.test(name))) &&
      (POSSESSED.test(simp.slice(Math.max(0, m.index - 24), m.index)) ||
        // "a high-performance, energy-efficient Oryon CPU": an article and adjectives before a brand.
        (ARTICLE_THEN_ADJECTIVES.test(simp.slice(Math.max(0, m.index - 60), m.index)) && !isCommonWord(name)) ||
        // "its first product, the Corsair accelerator card": the, then a brand that is no common word.
        // (Not when the chip noun modifies what follows: the Data accelerator market.)
        (/\bthe\s+$/i.test(simp.slice(Math.max(0, m.index - 5), m.index)) &&
          !isCommonWord(name) &&
          !titleCased(simp) &&
          !CHIP_NOUN_AS_MODIFIER.test(simp.slice(m.index + m[0].length)))) &&
      !reg.known(name) &&
      // (A common word capitalised after a possessive is a brand, "the company's Bow IPU", unless it is a modifier.)
      (!isCommonWord(name) || (!MODIFIER_WORD.test(name) && !titleCased(simp))) &&
      !isPlace(name) &&
      !isDemonym(name)
    ) {
      // (Bow IPU: a brand before a chip acronym is named with it.)
      const acronym = /\b([A-Z]{3})s?$/.exec(m[0])?.[1];
      if (acronym) reg.add(`${name} ${acronym}`, 'Chip', [`${name} ${acronym}`, name]);
      else reg.add(name, 'Chip', [name]);
    }
  }
  // 7纳米芯片龙鹰一号, 处理器飞腾二号: a numbered name (X一号) right after a chip noun.
  for (const m of allMatches(FAMILY_OF_CHIPS, simp)) {
    const name = m[1]!;
    if (!reg.known(name) && !isCommonWord(name) && !CHIP_ACRONYM.test(name) && !MODIFIER_WORD.test(name))
      reg.add(text.substr(m.index, name.length), 'Chip', [text.substr(m.index, name.length)]);
  }
  const counted = COUNTED_CHIPS.exec(simp);
  if (counted)
    for (const m of allMatches(QUOTED, simp.slice(counted.index))) {
      const at = counted.index + m.index + 1;
      if (!reg.known(m[1]!)) reg.add(text.substr(at, m[1]!.length), 'Chip', [text.substr(at, m[1]!.length)]);
    }
  for (const m of allMatches(COUNTED_QUOTED, simp)) {
    const from = m.index + m[0].length - m[1]!.length;
    for (const q of allMatches(QUOTED, m[1]!)) {
      const at = from + q.index + 1;
      if (!reg.known(q[1]!)) reg.add(text.substr(at, q[1]!.length), 'Chip', [text.substr(at, q[1]!.length)]);
    }
  }
  for (const m of allMatches(NUMBERED_CHIP, simp)) {
    const name = (m[1] ?? m[2])!;
    const at = m.index + m[0].length - name.length;
    if (!reg.known(name)) reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
  }
  // 算力平台“飞星一号”: a name in quotes after a platform noun is a product.
  for (const m of allMatches(QUOTED_PLATFORM, simp)) {
    const name = m[1]!;
    const at = m.index + m[0].length - 1 - name.length;
    if (!reg.known(name) && !/[，,。]/.test(name)) reg.add(text.substr(at, name.length), 'Product', [text.substr(at, name.length)]);
  }
  for (const m of allMatches(QUOTED_THEN_NOUN, simp)) {
    const name = m[1]!;
    const at = m.index + 1;
    // (并称为“国产GPU双子星”: a nickname for companies, not a chip.)
    if (!reg.known(name) && !/^\d+$/.test(name) && !NICKNAME.test(name))
      reg.add(text.substr(at, name.length), m[2] || m[3] ? 'Chip' : 'Product', [text.substr(at, name.length)]);
  }
  for (const m of allMatches(SERIES_OF_CHIPS, simp)) {
    // (推出的华山系列, 发布天衡系列: the name is the last word before 系列, not a particle or verb.)
    const name = words(m[1]!, true).pop()?.word ?? '';
    if (name.length < 2) continue;
    // (Not a word that only describes the chips: 全新系列, 旗舰系列, 该系列.)
    if (reg.known(name) || /^(?:全新|旗舰|新款|该|这|此|多个|整个|同一|主力|高端|中端|入门|产品)$/.test(name) || isCommonWord(name))
      continue;
    const at = m.index + m[1]!.length - name.length;
    reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
  }
  // EPYC「Venice」: a name in quotes right after a known chip is a chip too (its code name).
  for (const m of allMatches(QUOTED_CODE_NAME, simp)) {
    const name = m[2]!;
    const at = m.index + m[0].length - 1 - name.length;
    if (reg.typeOf(m[1]!) === 'Chip' && !reg.known(name)) reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
  }
  for (const m of allMatches(ZH_ACRONYM_GIVEN, simp)) {
    const name = m[1]!;
    const at = m.index + m[0].length - 1 - name.length;
    if (!reg.known(name) && !CHIP_ACRONYM.test(name)) reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
  }
  for (const m of allMatches(ACRONYM_GIVEN, simp)) {
    const name = m[1]!;
    if (!reg.known(name) && !isCommonWord(name)) reg.add(name, 'Chip', [name]);
  }
  // 个人AI超级电脑Ascent GX10 / the DGX Spark workstation: a model number of a computer is a product.
  for (const m of allMatches(PRODUCT_MODEL, simp)) {
    const name = `${m[1]}${m[2]}${m[3]}`;
    // One digit only for an acronym (AI4 computer), and never a quarter or half (Q3 servers).
    if (m[3]!.length === 1 && (!/^[A-Z]{2,4}$/.test(m[1]!) || notAModel(name, s.simp))) continue;
    const lead = simp.slice(Math.max(0, m.index - 24), m.index);
    const brand = /([A-Z][a-z]+)\s$/.exec(lead)?.[1];
    if (
      !PRODUCT_BEFORE.test(lead.replace(/[A-Z][a-z]+\s$/, '')) &&
      !PRODUCT_AFTER.test(simp.slice(m.index + m[0].length, m.index + m[0].length + 16))
    )
      continue;
    // A capitalised word before it is its brand (in Chinese text even an English word: Ascent GX10).
    const full = brand && !reg.known(brand) && (!isCommonWord(brand) || /[\u3400-\u9fff]/.test(lead)) ? `${brand} ${name}` : name;
    if (!reg.known(full) && !reg.known(name)) reg.add(full, 'Product', [full, name]);
  }
  // 辉达Thor芯片, 高通Oryon CPU: a Latin brand between a known maker and a chip noun is that maker's chip.
  for (const m of allMatches(ZH_MAKER_BRAND_CHIP, simp)) {
    const name = m[2]!;
    if (reg.known(name) || CHIP_ACRONYM.test(name) || MODIFIER_WORD.test(name) || isPlace(name)) continue;
    const before = m[1]!;
    let maker: string | undefined;
    for (let k = 2; k <= before.length && !maker; k++) {
      const id = reg.known(before.slice(-k));
      if (id && reg.lex.entries.get(id)?.type === 'Organization') maker = id;
    }
    if (maker)
      reg.add(text.substr(m.index + m[1]!.length, name.length), 'Chip', [text.substr(m.index + m[1]!.length, name.length)], {
        makerId: maker,
      });
  }
  if (!chipContext) return;
  // 天垓Gen1, 智铠Gen1X: a Chinese brand and a generation, in a sentence about chips.
  for (const m of allMatches(ZH_BRAND_GEN, simp)) {
    const brand = brandAfterWords(m[1]!, cutChineseName(m[1]!).slice(-3)).replace(ZH_KIND_BEFORE_BRAND, '');
    const name = brand + m[2]!;
    if (brand.length < 2 || reg.known(name) || NOT_A_BRAND.test(brand)) continue;
    const at = m.index + m[0].length - name.length;
    reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length)]);
  }
  // 曦云C500, 曦思N100: a Chinese brand the dictionary does not know, then a model number.
  // (加速卡云燧T20: the kind of chip before the brand is no part of it.)
  for (const m of allMatches(ZH_BRAND_MODEL, simp)) {
    const brand = brandAfterWords(m[1]!, cutChineseName(m[1]!).slice(-4)).replace(ZH_KIND_BEFORE_BRAND, '');
    const name = brand + m[2]!;
    if (brand.length < 2 || reg.known(brand) || reg.known(name) || reg.known(m[2]!) || NOT_A_BRAND.test(brand)) continue;
    if (!words(brand).every((w) => w.word.length === 1 || /^n[rz]/.test(w.tag))) continue;
    const at = m.index + m[0].length - name.length;
    reg.add(text.substr(at, name.length), 'Chip', [text.substr(at, name.length), m[2]!]);
  }
  for (const m of allMatches(MODEL, simp)) {
    const name = `${m[1]}${m[2]}${m[3]}`;
    if (notAModel(name, s.simp) || reg.known(name) || reg.known(m[1]!) || named.has(m[3]!)) continue;
    // Foo2024 and Top 100 are no models; MI355X, AI200 and Zeta 300 are.
    if (/^[A-Z]{1,4}$/.test(m[1]!) ? false : !m[2] || isCommonWord(m[1]!)) continue;
    reg.add(name, 'Chip', [name]);
    // "Zeta 300, 400 and 500": the numbers after a model are models of the same family.
    for (const n of MORE_NUMBERS.exec(simp.slice(m.index + m[0].length))?.[1]!.match(/\d{2,4}[A-Z]{0,3}/g) ?? [])
      reg.add(`${m[1]}${m[2] || ''}${n}`, 'Chip', [`${m[1]}${m[2] || ''}${n}`]);
  }
}

/** A brand cut from the words before it: not the 中 of 其中 (其中曦思N100), nor the 代 of 第三代 (第三代天垓Gen3). */
function brandAfterWords(before: string, brand: string): string {
  const lead = before.slice(0, before.length - brand.length);
  if (/其$/.test(lead) && brand.startsWith('中')) return brand.slice(1);
  if (/(?:第[一二三四五六七八九十\d]+|[一新下上前次])$/.test(lead) && brand.startsWith('代')) return brand.slice(1);
  return brand;
}

export const talksAboutChips = (simp: string) => matchesIn(CHIP_WORDS, simp);
