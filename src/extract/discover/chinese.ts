import { hasChinese } from '../lang';
import { chineseOrgNames, mayHoldOrgNames, tagOf, words, type Word } from '../segment';
import { isGivenName, JA_SURNAMES, ZH_COMMENTATORS, ZH_SURNAMES, ZH_TITLE_ALT, ZH_TITLES } from './names';
import type { DiscoverySentence, Registry } from './registry';
import { cutChineseName } from './gloss';
import { endsWithAny, includesAny, startsWithAny, surfaceSets } from './surfaces';
import { allMatches } from '../regex';
import { nameKey, toSimplified } from '../normalize';

// Longest first, so 执行副总裁 is read before 副总裁 and 总裁.
const TITLE = new RegExp(`(?:${ZH_TITLE_ALT})(?:[兼暨](?:${ZH_TITLES.join('|')}))?`, 'g');
// Characters that end a name: function words and verbs of saying (黄仁勋表示, 雷军说, 张建中本身).
const AFTER_NAME =
  /^(?:[的是在已将曾说称和与及对从被把向为也亦都就还又并等了着过表认指强预透宣即则但而于今近昨本日月周所之一、，,。；：:（(“"0-9A-Za-z\s]|$)/;

const CJK_WORD = /^[\u3400-\u9fff]+$/;
// Characters AFTER_NAME takes for the verb they open (强调, 表示, 认为, 指出, 预计, 透露, 宣布) or for 之 (之后, 之一), which
// end a name only when that word follows: 教授吴华强等人, 分析师陆行之在 are names of three characters.
const VERB_HEAD = /^(?:强(?!调)|表(?!示|态)|认(?!为)|指(?!出)|预(?!计|期|测|估)|透(?!露)|宣(?!布|称)|之(?!后|前|间|一|下|中|外|所|际))/;

/** The pieces of a list, split at `sep`, each with its offset in the sentence, read from `at` on. */
function piecesAt(simp: string, at: number, list: string, sep: RegExp | string): { name: string; start: number }[] {
  return list.split(sep).map((name) => {
    const start = simp.indexOf(name, at);
    at = start + name.length;
    return { name, start };
  });
}
const COMMENTATOR = new RegExp(`(?:${ZH_COMMENTATORS.join('|')})`, 'g');
const TITLE_ONLY_SURNAMES = '单';
const APPOINTED = new RegExp(`^([\\u3400-\\u9fff]{2,3}?)(?=(?:现任|出任|担任|兼任|任)(?:${ZH_TITLES.join('|')}))`);
const FUNCTION_START = /^[的是在已将曾也都就还又并等了着过于今近昨本该此这其他她我你对向跟]/;
// Words of time and frequency that stand where a speaker's name would (发言人当天也回应称, 高层多次表示).
const TIME_OR_FREQUENCY =
  /^(?:当天|当日|当时|当晚|多次|再次|一再|屡次|随后|同时|日前|近日|此前|稍早|早前|届时|周[一二三四五六日]|[一二三四五六七八九十]+日)/;

/**
 * A Chinese person name right after a title (执行长黄仁勋, 董事长、副董事长徐直军, 创办人张建中): a common
 * surname and one or two more characters, ending where a function word or verb starts or where
 * jieba's segmentation (with its HMM, which keeps unknown names whole) ends the word.
 */
/** A sentence's words (without the HMM), cut when first asked for, and the ends of its words cut with the HMM. */
class Cuts {
  private ws?: Word[];
  private ends?: Set<number>;

  constructor(private readonly simp: string) {}

  plain(): Word[] {
    return (this.ws ??= words(this.simp));
  }

  hmmEnds(): Set<number> {
    return (this.ends ??= new Set(words(this.simp, true).map((w) => w.start + w.word.length)));
  }
}

/** Where a Japanese given name ends: where a Chinese name would, or before 此/说明/以及 or anything not an ideograph. */
const endsJapaneseName = (rest: string) => AFTER_NAME.test(rest) || /^(?:[^\u3400-\u9fff]|此|说明|以及)/.test(rest);

/** A Japanese name at `at`: a known family name, then one to three characters up to where a name ends (一郎 whole). */
function japaneseName(simp: string, at: number): string | undefined {
  const family = [3, 2].find((n) => JA_SURNAMES.has(simp.slice(at, at + n)));
  if (!family) return undefined;
  const start = at + family;
  let end = start;
  while (end - start < 3 && /[\u3400-\u9fff]/.test(simp[end] ?? '')) {
    if (simp.startsWith('一郎', end)) end += 2;
    // (堀田祐一表示: 一 ends many given names, 祐一, 健一, where a name could end after it.)
    else if (end > start && simp[end] === '一' && endsJapaneseName(simp.slice(end + 1))) end++;
    // (A given name may start with 和 or 一: 和博, 一夫.)
    else if (end === start ? !/[和一]/.test(simp[end]!) && AFTER_NAME.test(simp[end]!) : endsJapaneseName(simp.slice(end))) break;
    else end++;
  }
  return end > start && end - start <= 3 && endsJapaneseName(simp.slice(end)) ? simp.slice(at, end) : undefined;
}

function personAfterTitle(simp: string, at: number, cuts: Cuts): string | undefined {
  const ja = japaneseName(simp, at);
  if (ja) return ja;
  const rest = simp.slice(at, at + 4);
  // 董事长盖鲁江表示: two or three characters between a title and a verb of saying are a name, whatever the surname.
  // (Also with a time or an adverb before the verb: 董事长洪进扬先前曾表示.)
  const speaker =
    /^([\u3400-\u9fff]{2,3}?)(?=(?:先前|此前|日前|近日|稍早|早前|也|则|还|亦)?(?:曾)?(?:表示|称|指出|透露|强调|说|认为|坦言|介绍|回应|提到|直言))/.exec(
      simp.slice(at, at + 10),
    );
  // 单 is a surname too, but only right after a title and not as a word of its own (首席执行官单独…).
  const surname = ZH_SURNAMES.has(rest[0] ?? '') || (TITLE_ONLY_SURNAMES.includes(rest[0] ?? '') && words(rest)[0]?.word.length === 1);
  if (speaker && TIME_OR_FREQUENCY.test(speaker[1]!)) return undefined;
  if (!surname) return speaker && !FUNCTION_START.test(speaker[1]!) ? speaker[1] : undefined;
  // (董事席位, 董事会, 总裁人选: a word a title makes with what follows, no surname and name.)
  if (/^(?:席位|会|人选|职位|职务|候选)/.test(rest)) return undefined;
  // (副总裁曾任职于AMD: 曾 is "once" before a verb, no surname.)
  if (/^曾(?:任|经|在|是|于|为|担|就|先|一度|多次|服务|供职|效力|加入|主导|负责|参与|领导)/.test(simp.slice(at, at + 4))) return undefined;
  // 创始人胡振波任首席执行官: a name before the post it holds.
  const holds = APPOINTED.exec(simp.slice(at, at + 12));
  if (holds) return holds[1];
  // (董事长王志强表示: a name right before a verb of saying, even when its last character could start a verb.)
  if (speaker && !FUNCTION_START.test(speaker[1]!)) return speaker[1];
  if (!/^[\u3400-\u9fff]{2}/.test(rest)) return undefined;
  const fits = (n: number) => /^[\u3400-\u9fff]+$/.test(rest.slice(0, n)) && AFTER_NAME.test(simp.slice(at + n, at + n + 1));
  if (AFTER_NAME.test(rest[2] ?? '') && !(VERB_HEAD.test(rest.slice(2)) && fits(3))) return fits(2) ? rest.slice(0, 2) : undefined;
  if (fits(3)) return rest.slice(0, 3);
  const ends = cuts.hmmEnds();
  if (ends.has(at + 3)) return rest.slice(0, 3);
  if (ends.has(at + 2)) return rest.slice(0, 2);
  return undefined;
}

const SURNAME_CLASS = `[${[...ZH_SURNAMES].join('')}]`;
// 李明曾是英伟达负责亚太区的副总裁 / 王芳现任华邦电子总经理: a name opening a clause that states a title.
// (…统管研发的王丛出任CEO: after 的 too, when 出任 or 担任 follows the name.)
// (…，曾长期担任X执行长: 曾 before an adverb (长期, 多次, 同时) or a preposition (在, 于) is no surname.)
const NAME_IS_TITLE = new RegExp(
  `(?<=^|[，,。；;：:\\s“"「]|的(?=${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?(?:出任|担任)))(?!曾(?:长期|经|多次|先后|一度|短暂|同时|在|于))(${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?)(?=(?:过去|此前|目前|现在|现|也|则|同时|还|亦|另)?(?:曾|曾经)?(?:是|任|担任|出任|兼任|为|当选)[^，,。；]{0,20}?(?:${ZH_TITLES.join('|')}))`,
  'g',
);

const NAMES_ELECTED = new RegExp(
  `(?<=^|[，,。；;：:\\s“"「的])((?:${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}、)+${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2})(?=(?:分别)?(?:当选|出任|担任|获选)[^，,。；]{0,12}?(?:${ZH_TITLE_ALT}))`,
  'g',
);
// (由台商吴礼淦创办: what the founder was may come before the name.)
const FOUNDED_BY_NAME = new RegExp(
  `(?<=由(?:台商|港商|外商|侨商|企业家|创业家|工程师|科学家|教授|博士)?)(${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?)(?=(?:一手|共同|联合)?(?:创办|创立|创建)(?!的公司))`,
  'g',
);
// 吴礼淦之子吴传林接班: a founder's son or daughter, named after the parent.
const NAME_OF_KIN = new RegExp(
  `(?<=[\\u3400-\\u9fff]{2,3}(?:之子|之女|长子|次子|长女|的儿子|的女儿))(${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?)(?=[，,。；]|(?:接班|接任|出任|担任|执掌|掌舵|也|则|现|已))`,
  'g',
);
// 周启明已加盟雷川科技 / 王东日前离职 / 李明毕业于清华: a name opening a clause, then what only people do (move between
// jobs, resign, graduate); 加入 and 离开 only when a post or the next employer follows (companies join alliances too).
const NAME_MOVES = new RegExp(
  `(?<=^|[，,。；;：:\\s“"「])(${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?)(?=(?:已|已经|日前|近日|此前|早前|随后|去年|今年|(?:于|在)\\d{4}年)?(?:正式)?(?:加盟|离职|辞任|卸任|辞去|履新|跳槽|毕业于|(?:加入|离开)[^，,。；]{1,16}?[，,]?(?:出任|担任|任职|加盟|加入)))`,
  'g',
);
// 富邦投顾分析师周启明: a brokerage or an investment house named before its analyst's or head's title.
const HOUSE_BEFORE_TITLE =
  /(?<=^|[，,。；：:\s“"「据])([\u4e00-\u9fff]{2,4}?(?:投顾|投信|证券|期货|资本|创投))(?=(?:首席)?(?:分析师|研究员|经济学家|策略师|董事长|总经理|合伙人|总裁))/g;
// 任命周启明为首席技术官: who is appointed, before the post.
const NAME_APPOINTED = new RegExp(
  `(?<=任命|聘任|聘请|提名|委任)(${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?)(?=(?:为|出任|担任)[^，,。；]{0,12}?(?:${ZH_TITLE_ALT}))`,
  'g',
);
// 周启明（雷川科技创始人）: a name, then its organization and title in brackets.
const NAME_BRACKETED_TITLE = new RegExp(
  `(?<=^|[，,。；;：:\\s“"「、])(${SURNAME_CLASS}[\\u3400-\\u9fff]{1,2}?)(?=[（(][^）)]{1,20}?(?:${ZH_TITLE_ALT})[）)])`,
  'g',
);

// 由腾讯领投 / ，国投创合、合肥产投跟投: every name of a list before the verb (not before the nouns: 本轮参投方包括).
const INVESTOR_BEFORE =
  /(?:由|，|,|、|和|与|及)((?:[\u3400-\u9fff](?:(?![和与及])[\u3400-\u9fff]){1,7}?(?:、|和|与|及))*[\u3400-\u9fff](?:(?![和与及])[\u3400-\u9fff]){1,7}?)(?=(?:继续|也|均|共同|联合|再次|追加|亦)?(?:领投|跟投|参投)(?![方人者机]))/g;
// Fund names: 小米长江产业基金, 国家集成电路产业投资基金 (the words before the fund noun, back to a verb or preposition).
const FUND = /(?:产业|投资|产业投资|创业投资|股权投资|产业园|先导|引导)基金/g;
const FUND_PHASE = /(?<=基金)[一二三四五六七八九]期/g;
const phasesOf = new WeakMap<Registry, Map<string, string>>();
// A partnership's registered name, 合肥清辉集电企业管理合伙企业（有限合伙）: the words back to a function word.
const PARTNERSHIP =
  /(?<=^|[，,。；;、：:“”（(\s的了是将对为被把从向于也都已该这那给由与和及或等在让并]|其中|其(?!中))((?:(?![的了是将对为被把从向于也都已其该这那给由与和及或等在让并])[\u4e00-\u9fff]){2,10}?(?:企业管理|投资管理|股权投资|创业投资|投资)?合伙企业)(?:[（(]有限合伙[）)])?/g;
const NOT_IN_NAME = new Set(['v', 'p', 'c', 'uj', 'ul', 'x', 'r', 'd', 'm', 'q', 'f', 'vn']);
// 其星火大模型, 旗下的混元大模型: a name before 大模型 after a possessive; generic modifiers are no names.
const MODEL_NAME = /(?:其|旗下的?|自研的?|推出的?|发布的?)([\u4e00-\u9fff]{2,3})大模型/g;
const NOT_MODEL_NAME =
  /[代版款]|^(?:下一|新|全新|更|该|这|此|本|通用|多模态|开源|基础|语言|行业|垂直|千亿|万亿|参数|推理|最新|新一代|旗舰|自研|自家|人工|智能|视觉|文本|中文|国产|国内|首个|第一)/;
// 获得了上海国资的战略投资: who invests is an organization.
const INVESTOR_OF =
  /获得了?((?:[\u3400-\u9fff](?:(?![和与及])[\u3400-\u9fff]){1,13}?(?:、|和|及|与))*[\u3400-\u9fff](?:(?![和与及])[\u3400-\u9fff]){1,13}?)(?:等(?:机构|投资方|基金|公司|投资人))?的(?:战略|天使|新一轮|[A-D]\+?轮|首轮)?(?:投资|注资|融资)/g;
const PUBLICATION = /(?<=据|根据|援引|引述)\s*《([^》]{2,12})》|《([^》]{2,12}(?:日报|时报|晚报|周刊|新闻|财经|商报|经济报|通讯社))》/g;
const LIST =
  /(?:(?<=包括|包含|例如|比如|[如像，,：:。；\s])|^)((?:[\u3400-\u9fff](?:(?![和与及])[\u3400-\u9fff]){1,5}?(?:、|与|和|及))+[\u3400-\u9fff](?:(?![和与及])[\u3400-\u9fff]){1,5}?)等/g;
const ORG_KIND_AFTER = /^(?:[\u3400-\u9fff]{0,4}?)(?:运营商|厂商|公司|企业|机构|客户|品牌|银行|基金|云厂商|服务商|供应商)/;
// Words that fill those places without being names.
const GENERIC_ZH = /^(?:公司|企业|机构|基金|资本|集团$|多家|其他|以及|包括|老股东|新股东|股东|投资方|国内|国外|海外|全球|美国|中国)/;

const VC_NAME =
  /(?:^|包括|、|(?<!由)(?:和|与|及)|由|，)(?![由与和及并在从向对将为获])([\u3400-\u9fff]{2,4}(?:创投|资本|基金|投资))(?=[、和与及，,。等领跟共])/g;
const NOT_VC_STEM =
  /^(?:重大|大笔|首笔|新增|持续|加大|扩大|相关|一笔|巨资|风险|股权|战略|天使|产业|财务|直接|对外|海外|国内|基础|设施|领投|跟投|追加|大额|巨额|国有|政府|社会|民间|外资|新一轮|本轮|多家|其他)/;

// Corporate words that end a Chinese company name (东风集团, 吉利汽车, 蔚来资本, 芯原股份, 吉利控股).
const CORP_NAME = /^([\u4e00-\u9fff]{2,4}?)(集团|汽车|资本|股份|控股|创投|科技|电子|半导体|证券|银行|人寿|保险)$/;
// The venture or holding arm of a company is a business of its own (蔚来资本 beside 蔚来).
const ARM = /^(?:资本|创投|控股)$/;
const NOT_CORP_STEM =
  /[年月日季期]|^(?:未来|今后|近期|目前|[这那该此其各本每某多全新老大小首前原现最更很较受被让]|国内|国外|海外|全球|中国|美国|外资|国有|民营|新能源|电动|智能|传统|上市|主要|相关|其他|领先|头部|龙头|知名|部分)/;
const ITEM_ADVERB = /(?:长期|一直|始终|同样|早已|目前|主要|也|均|都|还|则|已|曾|正|仍|将)$/;
// Items of a Chinese enumeration: A、B、C(和D)(等); what leads an item (包括, 以及, a place and 的) is no part of it.
// (UBS AM Singapore: a space between Latin words stays inside an item.)
const ENUMERATION =
  /(?:(?:[^、，,。；;：:！？\s]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,16}、)+(?:[^、，,。；;：:！？\s]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,16}/g;
// (的是 leads too: 追赶的是A、B和C.)
const ITEM_LEAD = /^.*?(?:包括|包含|涵盖|例如|比如|诸如|投资方为|股东为|以及|及|和|与|如|有|为|由|是|的(?:是|为)?|旗下)/;
// A name opening a clause, then what companies do or are: 芯原股份近日披露 / 芯原股份是一家… / 企业芯原股份.
const CORP_OPENING =
  /(?:^|(?<=[，,。；：:“"「（(]|企业|公司|厂商|龙头|巨头))([\u4e00-\u9fff]{2,4}?(?:股份|集团|控股))(?=是一家|近日|日前|今日|今天|昨日|同时|宣布|发布|披露|公告|表示|称|将|已|拟|旗下)/g;

/** Corporate-word names listed with other organizations (or with one another), and opening a clause. */
/** A corporate-word name (at `start` of the sentence) the registry lacks, unless its stem is a known company's. */
function addCorporate(text: string, reg: Registry, name: string, start: number): void {
  const m = CORP_NAME.exec(name);
  if (!m || NOT_CORP_STEM.test(m[1]!) || reg.known(name)) return;
  // (大数据科技, 云计算科技: a technology word before 科技/电子 is a field, not a name.)
  if (/科技|电子|半导体/.test(m[2]!) && !words(m[1]!).every((w) => w.word.length === 1 || /^(?:n[rzt]|j$)/.test(w.tag))) return;
  const stem = reg.known(m[1]!);
  const entry = stem ? reg.lex.entries.get(stem) : undefined;
  // (A known company's own corporate word is that company: 豪威集团, 蔚来汽车; its arm is another, unless the
  // lexicon already names it so: 高瓴创投 is 高瓴资本's.)
  if (entry && (entry.type !== 'Organization' || !ARM.test(m[2]!) || entry.aliases.some((a) => /资本|创投|投资|基金/.test(a)))) return;
  if (stem && !entry) return;
  reg.add(text.substr(start, name.length), 'Organization', [text.substr(start, name.length)]);
}

// The short forms of known companies' X汽车 / X集团 names that are words of the language as well (大众汽车 is 大众, 理想汽车
// 理想): a company only beside another company's name (大众与地平线, 比亚迪、理想等车企), built once per lexicon.
const shortForms = new WeakMap<Registry['lex'], { re: RegExp | null; idOf: Map<string, string> }>();
function companyShortForms(reg: Registry): { re: RegExp | null; idOf: Map<string, string> } {
  let f = shortForms.get(reg.lex);
  if (!f) {
    const idOf = new Map<string, string>();
    for (const e of reg.lex.entries.values()) {
      if (e.type !== 'Organization') continue;
      for (const a of [e.name, ...e.aliases]) {
        const stem = /^([\u4e00-\u9fff]{2,3})(?:汽车|集团)$/.exec(a)?.[1];
        // (大陆 is the mainland in Taiwan's and Hong Kong's press, not Continental.)
        if (stem && stem !== '大陆' && !reg.lex.byKey.has(nameKey(stem)) && !idOf.has(stem)) idOf.set(stem, e.id);
      }
    }
    const re = idOf.size ? new RegExp([...idOf.keys()].sort((a, b) => b.length - a.length).join('|'), 'g') : null;
    f = { re, idOf };
    shortForms.set(reg.lex, f);
  }
  return f;
}
const BESIDE = /(?:、|与|和|及|同|跟)$/;
function shortFormsBesideNames(s: DiscoverySentence, reg: Registry): void {
  const { re, idOf } = companyShortForms(reg);
  if (!re) return;
  const { text, simp } = s;
  const isCompany = (name: string) => reg.lex.entries.get(reg.known(name) ?? '')?.type === 'Organization';
  for (const m of allMatches(re, simp)) {
    const end = m.index + m[0].length;
    const after = simp.slice(end);
    const before = simp.slice(0, m.index);
    const besideBefore = BESIDE.test(before);
    // (Not inside a longer word: 大众化, 理想状态; the short form is a whole item.)
    if (/[\u4e00-\u9fff]/.test(simp[m.index - 1] ?? '') && !besideBefore) continue;
    // The item before it, up to a separator, and the one after it, up to the next.
    const prev = besideBefore ? /([^、，,。；;：:与和及同跟\s]{2,12})(?:、|与|和|及|同|跟)$/.exec(before)?.[1] : undefined;
    const sep = /^(?:、|与|和|及)/.exec(after)?.[0];
    const next = sep ? /^[^、，,。；;：:与和及等的\s]{2,12}/.exec(after.slice(sep.length))?.[0] : undefined;
    const nextKnown = next && [...Array(next.length - 1).keys()].some((k) => isCompany(next.slice(0, next.length - k)));
    const prevKnown = prev && [...Array(prev.length - 1).keys()].some((k) => isCompany(prev.slice(k)));
    // (比亚迪、理想等车企: after a known company the list may end, or the clause go on with a joint act.)
    // (比亚迪、蔚来、理想也都在自研芯片: or an adverb of the list's joint act.)
    if (
      !nextKnown &&
      !(prevKnown && (/^(?:[，,。；;等]|也|都|均|亦|皆|$)/.test(after) || /^(?:成立|合作|签|达成|联合|共同|携手|组建)/.test(after)))
    )
      continue;
    const id = idOf.get(m[0])!;
    reg.add(reg.lex.entries.get(id)!.name, 'Organization', [text.substr(m.index, m[0].length)], { lexiconId: id });
  }
}

function corporateNames(s: DiscoverySentence, reg: Registry): void {
  const { text, simp } = s;
  for (const m of allMatches(ENUMERATION, simp)) {
    // Items, with a last one split at 和/与/及/以及 and owners split at 旗下 (上汽集团旗下尚颀资本).
    const parts: { name: string; start: number }[] = [];
    for (const { name: raw, start } of piecesAt(simp, m.index, m[0], /、|以及|和|与|及|旗下的?/)) {
      let lead = ITEM_LEAD.exec(raw)?.[0].length ?? 0;
      // (是由吉利汽车: a second lead word after the first, 由 after 是, is no part of the name either.)
      if (lead) lead += /^(?:由|为|是|与|和|及|的)(?=[\u4e00-\u9fff]{2})/.exec(raw.slice(lead))?.[0].length ?? 0;
      const name = raw.slice(lead).replace(/等.*$/, '');
      if (name.length >= 2) parts.push({ name, start: start + lead });
    }
    // (…宁德时代通过旗下投资主体在上海…: an item the match's length limit cut off is no name.)
    const last = parts[parts.length - 1];
    const cut = /^[^、，,。；;：:！？\s等]/.test(simp.slice(m.index + m[0].length));
    if (cut && last && last.start + last.name.length === m.index + m[0].length) parts.pop();
    // A list of companies: two items at least are organizations or corporate-word names.
    const orgLike = parts.filter((p) => CORP_NAME.test(p.name) || reg.typeOf(p.name) === 'Organization').length;
    if (orgLike < 2) continue;
    for (const p of parts) addCorporate(text, reg, p.name, p.start);
    // 华胥基金、第四范式、杭州数据集团、正大机器人和协鑫科技: in a list of three or more that is mostly companies,
    // a proper-noun item the text gives no other kind is one too.
    const orgs = parts.filter((p) => reg.typeOf(p.name) === 'Organization').length;
    // (…基石投资者，名单包括A、B、C: a list the text says is of investors, customers or partners.)
    const ofParties = PARTY_LIST_BEFORE.test(simp.slice(Math.max(0, m.index - 40), m.index + (ITEM_LEAD.exec(m[0])?.[0].length ?? 0)));
    if (parts.length >= 3 && orgs >= 2 && (orgs * 2 >= parts.length || ofParties))
      for (const p of parts)
        if (listedName(p.name, reg)) reg.add(text.substr(p.start, p.name.length), 'Organization', [text.substr(p.start, p.name.length)]);
  }
  // 投资人包括Capital TEN、S5V与Alfred Akirov, 既有股东RTX Ventures、ACVC及S5V也持续加码: in a list the text says is of
  // investors, a Latin name is a party too, a person when it opens with a given name.
  for (const m of allMatches(PARTY_LIST, simp)) {
    const from = m.index + m[0].length;
    const list = /^[^。；;]*/.exec(simp.slice(from))![0];
    for (const { name: raw, start } of piecesAt(simp, from, list, /、|以及|及|和|与|，|,/)) {
      const name = LATIN_PARTY.exec(raw.trim())?.[1];
      if (!name || reg.known(name)) continue;
      const at = start + raw.indexOf(name);
      const tokens = name.split(' ');
      const person = tokens.length >= 2 && tokens.length <= 3 && isGivenName(tokens[0]!) && tokens.every((t) => /^[A-Z][a-z]+$/.test(t));
      reg.add(text.substr(at, name.length), person ? 'Person' : 'Organization', [text.substr(at, name.length)]);
    }
  }
  for (const m of allMatches(CORP_OPENING, simp)) {
    // (宣布软银集团旗下…: before 旗下, a name holding a known company's is that company, with what leads it.)
    if (simp.startsWith('旗下', m.index + m[0].length) && includesAny(m[1]!, surfaceSets(reg.lex).chineseNoPlace)) continue;
    addCorporate(text, reg, m[1]!, m.index + m[0].length - m[1]!.length);
  }
  // 清华大学智能产业研究院: a known organization's institute or laboratory, named with it, is a unit of its own.
  for (const m of allMatches(UNIT_OF_KNOWN, simp)) {
    found: for (let st = 0; st <= 8; st++) {
      const stemStart = m.index - st;
      if (
        stemStart < 2 ||
        !/^[\u4e00-\u9fff]*$/.test(simp.slice(stemStart, m.index)) ||
        /[的在与和及是为将对、]/.test(simp.slice(stemStart, m.index))
      )
        break;
      for (let k = 2; k <= 6 && stemStart - k >= 0; k++) {
        if (reg.typeOf(simp.slice(stemStart - k, stemStart)) !== 'Organization') continue;
        const surface = text.slice(stemStart - k, m.index + m[0].length);
        if (!reg.known(surface)) reg.add(surface, 'Organization', [surface]);
        break found;
      }
    }
  }
  // 华芯鼎新出资3亿元，屹唐元创与芯创智造各出资5000万元: who puts in a sum is a company (a four-character name).
  for (const m of allMatches(FUNDER, simp)) {
    for (const { name, start } of piecesAt(simp, m.index, m[1]!, /与|和|、/))
      if (listedName(name, reg)) reg.add(text.substr(start, name.length), 'Organization', [text.substr(start, name.length)]);
  }
}

const INSTITUTION_BEFORE_TITLE =
  /(?:^|[，,。；：:、\s“"「])([\u4e00-\u9fff]{2,12}?(?:实验室|研究院|研究所|研究中心|办公室|委员会|大学|学院|医院))$/;
const UNIT_OF_KNOWN = /(?:研究院|研究所|实验室|研究中心)(?!员)/g;
const FUNDER =
  /(?<=^|[，,。；、]|载体|平台)((?:[\u4e00-\u9fff]{4}(?:与|和|、))*[\u4e00-\u9fff]{4})(?=(?:各|分别|共同|合计)?(?:出资|认缴|认购)(?:约)?\d)/g;

const PARTY_LIST_BEFORE = /(?:投资者|投资人|投资方|股东|客户|合作伙伴|伙伴|供应商)[^。；]{0,30}?(?:名单)?(?:包括|有|为)[：:]?$/;
// What opens a list of investors: 投资人还包括, 投资者共同参与，包括, 既有股东 before a Latin name.
const PARTY_LIST =
  /(?:投资者|投资人|投资方|股东)[^。；，,]{0,20}?(?:名单)?(?:包括|有|为)[：:]?|(?:投资者|投资人|投资方)(?:共同|联合)?参与[，,]\s*(?:包括|有)|(?:既有|现有|原有|老|新)股东(?=[A-Z])/g;
// A Latin name of a listed party: capitalised words or an acronym with digits (Capital TEN, S5V, HH-CTBC, Morgan Creek Digital).
// (The last item may run into the clause's verb: S5V也持续加码.)
const LATIN_PARTY = /^([A-Z][A-Za-z0-9.&'-]*(?: [A-Z0-9][A-Za-z0-9.&'-]*){0,3})(?:$|(?=(?:也|都|均|亦|还|等|则|将|已|共同|持续)))/;

/** An unknown item of a company list that reads as a name: short, no function word, no common opening. */
const NOT_IN_LISTED_NAME =
  /[的了在是将对为被把从向于也都已其该这那个些等之而或\d]|(?:方面|领域|行业|产业|市场|业务|部门|政府|机构|企业|公司|厂商|客户|股东|投资人|投资方)$/;
function listedName(full: string, reg: Registry): boolean {
  // (华胜天成（香港）: a place of registration in brackets after the name is part of it.)
  const name = full.replace(/[（(][\u4e00-\u9fff]{2,3}[）)]$/, '');
  if (name !== full && reg.known(full)) return false;
  if (name.length < 2 || name.length > 6 || reg.known(name) || GENERIC_ZH.test(name) || NOT_CORP_STEM.test(name)) return false;
  // (Chinese characters only, no opening of a phrase: 一批国产, 随着AWS; not a person's name: 李嘉诚.)
  if (!/^[\u4e00-\u9fff]+$/.test(name) || /^(?:一|随着|通过|作为|由于|对于|关于|其中|包括)/.test(name)) return false;
  if (name.length <= 3 && ZH_SURNAMES.has(name[0]!) && tagOf(name) === 'nr') return false;
  // (客户包括辉达, 背后站着阿里: words before a known name are no part of a name.)
  const known = surfaceSets(reg.lex);
  return !NOT_IN_LISTED_NAME.test(name) && !startsWithAny(name, known.chinese) && !endsWithAny(name, known.chineseNoPlace);
}

// A registered company name ends in its legal form: 北京亦庄国际投资发展有限公司, 北京艾溪科技中心（有限合伙）,
// 中国证券登记结算有限责任公司上海分公司.
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司)(?:[\u4e00-\u9fff]{2,3}分公司)?|[（(]有限合伙[）)]/g;
// The place of registration in brackets belongs to the name: 鑫芯（香港）投资有限公司.
const REGION = /^[（(][\u4e00-\u9fff]{2,3}[）)]$/;
// What leads a name in its clause: 公司拟向…, 通过全资子公司…, …及….
// (…在上海共同成立造父智能科技有限公司, 出资设立芯研科技有限公司: the founding verb and where it happened too.)
const LEGAL_LEAD =
  /^.{0,6}?(?:拟向|向|由|对|将|把|从|通过|包括|以及|及|与|和|同|为|是|获|其中|其|的|子公司|旗下|股东|分别|并|在|成立|设立|创立|创办|出资|入股|参股|收购|[另还也亦拥持]有)/;
const VERB_BEFORE_REGISTERED =
  /^.*(?:收购|并购|买下|批准|公布|宣布|接到|接获|合作方|交易对方|对手方|关于|委托|聘请|选定|携手|联手|签约|签署|认购)/;
// What a registered name adds to a company's short one: 广发基金管理有限公司, 中芯北方集成电路制造（北京）有限公司.
const REGISTERED_TAIL =
  /^(?:集成电路制造|集成电路|半导体|科技|技术|电子|微电子|基金管理|资产管理|投资管理|管理|证券|投资|控股|集团|国际|信息|网络|智能|通信|制造|股份)*(?:[（(][\u4e00-\u9fff]{2,3}[）)])?$/;
const ALIAS_AFTER = /^[（(](?:以下简称|以下称|下称|简称)[为:：]?\s*[“"「『]?([^”"」』）)，,]{2,12})[”"」』]?[）)]/;

// 上海新傲科技股份有限公司（新傲科技）: a short name in brackets, made of the full name's characters in their order.
const SHORT_AFTER = /^[（(]([\u4e00-\u9fff]{2,8})[）)]/;
function shortAfter(rest: string, name: string): string | undefined {
  const short = SHORT_AFTER.exec(rest)?.[1];
  if (!short) return undefined;
  let at = 0;
  for (const c of short) if ((at = name.indexOf(c, at) + 1) === 0) return undefined;
  return short;
}

/** Where the registered name ending at `end` starts: back over ideographs and bracketed places, to `floor`. */
function registeredStart(simp: string, end: number, floor: number): number {
  let at = end;
  while (at > floor) {
    const c = simp[at - 1]!;
    if (/[\u4e00-\u9fff]/.test(c)) at--;
    else if (c === '）' || c === ')') {
      const open = Math.max(simp.lastIndexOf('（', at), simp.lastIndexOf('(', at));
      if (open < floor || !REGION.test(simp.slice(open, at))) break;
      at = open;
    } else break;
  }
  return at;
}

/** The known company a registered name's words (its legal form cut off) start with, when the rest only adds business words. */
function registeredOwner(reg: Registry, words: string): string | undefined {
  // (上海天数智芯半导体, 深圳市云天励飞技术: the place of registration may lead the name.)
  const place =
    /^[\u4e00-\u9fff]{2,3}?[省市]/.exec(words)?.[0] ?? [3, 2].map((n) => words.slice(0, n)).find((p) => reg.typeOf(p) === 'Place');
  for (const from of place ? [0, place.length] : [0])
    for (let k = words.length; k >= from + 2; k--) {
      const stem = words.slice(from, k);
      if (reg.typeOf(stem) === 'Organization' && REGISTERED_TAIL.test(words.slice(k))) return stem;
    }
  return undefined;
}

/** Registered company names, as an entity of their own or as a known company's full name, with the short name the text gives. */
function legalNames(s: DiscoverySentence, reg: Registry): void {
  const { text, simp } = s;
  let floor = 0;
  for (const m of allMatches(LEGAL_FORM, simp)) {
    const end = m.index + m[0].length;
    let start = registeredStart(simp, m.index, floor);
    floor = end;
    let name = simp.slice(start, end);
    const known = reg.lex.entries.get(reg.known(name) ?? '');
    // (A known company's own full name needs no trimming: 中芯国际集成电路制造有限公司.)
    // (国家开发银行全资子公司国开金融有限责任公司, 中国移动旗下的投资平台中移资本控股有限责任公司: the owner is no part of the name.)
    // (蔚来芯片公司安徽神玑技术有限公司: nor what kind of company it is.)
    const parent = known ? null : /^.*(?:子公司|旗下的?|投资平台|公司)/.exec(name.slice(0, -m[0].length));
    if (parent && name.length - parent[0].length - m[0].length >= 3) {
      start += parent[0].length;
      name = name.slice(parent[0].length);
    }
    // (中关村发展集团以及北京工业发展投资管理有限公司: a list ends at its last joint, after another company's name.)
    const joint = known
      ? null
      : /^.*(?:以及|、|(?<=集团|公司|基金|中心|银行|资本|投资|控股)(?:与|和|及))/.exec(name.slice(0, -m[0].length));
    if (joint && name.length - joint[0].length - m[0].length >= 3) {
      start += joint[0].length;
      name = name.slice(joint[0].length);
    }
    // (…批准英伟达收购迈络思科技有限公司, 接到合作方四川并济科技有限公司的通知: a verb or a party's role before the name.)
    const acted = known ? null : VERB_BEFORE_REGISTERED.exec(name.slice(0, -m[0].length));
    if (acted && name.length - acted[0].length - m[0].length >= 3) {
      start += acted[0].length;
      name = name.slice(acted[0].length);
    }
    let owned = known ? undefined : registeredOwner(reg, name.slice(0, -m[0].length));
    for (let lead = LEGAL_LEAD.exec(name); lead && !known && !owned; lead = LEGAL_LEAD.exec(name)) {
      // (四川并济科技有限公司: one character after the place of registration that opens the name is the name's own.)
      if (name.length - lead[0].length - m[0].length < 3 || (lead[0].length <= 4 && reg.typeOf(lead[0].slice(0, -1)) === 'Place')) break;
      start += lead[0].length;
      name = name.slice(lead[0].length);
      owned = registeredOwner(reg, name.slice(0, -m[0].length));
    }
    const core = name.slice(0, name.length - m[0].length).replace(/股份$/, '');
    if (core.length < 3 || GENERIC_ZH.test(name) || NOT_CORP_STEM.test(core.slice(0, 2))) continue;
    const orig = text.substr(start, name.length);
    const alias = ALIAS_AFTER.exec(simp.slice(end))?.[1] ?? shortAfter(simp.slice(end), name);
    const aliasOrig = alias ? [text.substr(end + simp.slice(end).indexOf(alias), alias.length)] : [];
    // (下称“中芯北方”: the short name the text gives is the company's, known or not.)
    const owner = known?.name ?? (alias && reg.typeOf(alias) === 'Organization' ? alias : undefined) ?? owned;
    if (owner) {
      const id = reg.known(owner)!;
      const entry = reg.lex.entries.get(id);
      reg.add(entry?.name ?? owner, 'Organization', [orig, ...aliasOrig], { lexiconId: entry ? id : undefined });
    } else if (!alias || !reg.known(alias)) {
      reg.add(orig, 'Organization', [orig, text.substr(start, core.length), ...aliasOrig]);
    }
  }
}

const BOUGHT_INTO = /(?:入股|注资|参股|增资|收购|并购)([\u4e00-\u9fff]{2,4}?)(?=[，,。；、]|持股|的(?:股份|股权|控股权)|$)/g;

const COMPANY_NOUN = /(?:分公司|子公司|公司|工厂)/g;
// A short name the text says is a company: 耐能是一家AI芯片公司 / 耐能成立于2015年 / 新创耐能宣布… / 合资公司酷睿程（CARIZON） /
// 平台公司地瓜机器人宣布….
const SAID_COMPANY =
  /(?:^|(?<=[，,。；：:“"「（(]))([\u4e00-\u9fff]{2,6}?)(?=是一家[^，,。；]{0,20}?(?:公司|企业|新创|初创|厂商|制造商|设计商|供应商)|成立于\d|于\d{4}年成立)|(?<=新创|新创公司|初创公司|初创企业|合资公司|合资企业|(?:平台|科技|芯片|半导体|机器人|软件|硬件|技术|设计|制造|算力|智能)(?:公司|企业|厂商))([\u4e00-\u9fff]{2,5}?)(?=今天|今日|近日|日前|宣布|表示|完成|获得|推出|发布|将|[（(])/g;
// A place's government is an organization (香港特区政府, 美国政府, 甘肃庆阳市政府): it invests, partners, employs.
const GOVERNMENT = /([\u4e00-\u9fff]{2,8}?)(特区|特別行政区|特别行政区)?政府/g;
function governments(s: DiscoverySentence, reg: Registry): void {
  for (const m of allMatches(GOVERNMENT, s.simp)) {
    // (The longest tail that is a known place, or a city or county named with its unit: 甘肃庆阳市.)
    const place = [...Array(m[1]!.length - 1).keys()]
      .map((i) => m[1]!.slice(i))
      .find((p) => reg.typeOf(p) === 'Place' || (p.length >= 3 && /[市县州省]$/.test(p) && namedPlace(p.slice(0, -1), reg)));
    if (!place) continue;
    const start = m.index + m[1]!.length - place.length;
    const surface = s.text.slice(start, m.index + m[0].length);
    if (!reg.known(surface)) reg.add(surface, 'Organization', [surface], { noun: 'government' });
  }
}
// An offering's sponsor or adviser named after its role: 保荐人（主承销商）为华泰联合证券, 由中金公司担任辅导机构.
const ADVISER_NAME =
  /(?:保荐人|保荐机构|主承销商|承销商|财务顾问|辅导机构)(?:[（(][^）)]{1,12}[）)])?(?:为|是)([\u4e00-\u9fff]{2,8}?(?:证券|银行|资本|金融|国际))|(?:由|[，,。；]|^)((?:[\u4e00-\u9fff]{2,8}?(?:证券|银行|资本|金融|国际|公司)(?:与|和|及|、))*[\u4e00-\u9fff]{2,8}?(?:证券|银行|资本|金融|国际|公司))(?=担任(?:[^，,。；]{0,8}?)(?:保荐|承销|财务顾问|辅导))/g;
const ADVISER_SPLIT = /(?<=证券|银行|资本|金融|国际|公司)(?:与|和|及|、)/;
function advisers(s: DiscoverySentence, reg: Registry): void {
  for (const m of allMatches(ADVISER_NAME, s.simp)) {
    const names = m[1] ?? m[2]!;
    // (The names end the match; 中信证券与招商证券担任承销商 names two.)
    for (const { name, start } of piecesAt(s.simp, m.index + m[0].length - names.length, names, ADVISER_SPLIT)) {
      const surface = s.text.substr(start, name.length);
      // (中信建投证券: a known broker's short name with its business word is that broker.)
      const stem = reg.known(surface) ? undefined : reg.known(name.replace(/(?:证券|银行|资本|金融|国际|公司)$/, ''));
      const entry = stem ? reg.lex.entries.get(stem) : undefined;
      // (An adviser is no subject 公司 can refer to later: noted as one.)
      if (entry?.type === 'Organization') reg.add(entry.name, 'Organization', [surface], { lexiconId: stem, noun: 'adviser' });
      else if (!reg.known(surface)) reg.add(surface, 'Organization', [surface], { noun: 'adviser' });
      else reg.describe(surface, 'adviser');
    }
  }
}

// A verb of moving between jobs is no part of the company name after it: 加盟雷川科技.
const JOB_VERB = /^(?:加盟|加入|离开|出任|创立|创办|执掌|任职于|就职于)/;
const TITLE_AT_START = new RegExp(`^(?:${ZH_TITLE_ALT})`);
/**
 * A segmented company name without a title it runs into (雷川科技技术长: 技术 starts the title 技术长, the company is
 * 雷川科技) and without a verb of joining before it; undefined when too little is left.
 */
function withoutTitleOrVerb(simp: string, o: { name: string; start: number }): { name: string; start: number } | undefined {
  let { name, start } = o;
  const verb = JOB_VERB.exec(name);
  if (verb) {
    name = name.slice(verb[0].length);
    start += verb[0].length;
  }
  // (X系雷川科技控股子公司, 雷川科技控股的X: 系 is the copula, and 控股 after a corporate word the verb "controls".)
  if (/^系.{2,}(?:科技|集团|股份|电子|半导体)/.test(name)) {
    name = name.slice(1);
    start += 1;
  }
  if (/(?:科技|集团|股份|电子|半导体)控股$/.test(name) && /^(?:的|子公司|公司|股东)/.test(simp.slice(start + name.length)))
    name = name.slice(0, -2);
  const end = start + name.length;
  for (let k = 1; k <= 3 && k < name.length; k++) {
    const title = TITLE_AT_START.exec(simp.slice(end - k, end - k + 8));
    if (title && title[0].length > k) {
      name = name.slice(0, -k);
      break;
    }
  }
  return name.length >= 2 ? { name, start } : undefined;
}

/** 庆阳 in 庆阳市: a place the lexicon knows, or a name of two characters a unit follows. */
const namedPlace = (p: string, reg: Registry) => reg.typeOf(p) === 'Place' || p.length === 2;

/** Chinese people after titles and organizations from jieba's segmentation, in the original script. */
export function chineseNames(s: DiscoverySentence, reg: Registry): void {
  const { text, simp } = s;
  if (!hasChinese(simp)) return;
  // (Segmented once for the fund names and the organization names.)
  const cuts = new Cuts(simp);
  legalNames(s, reg);
  shortFormsBesideNames(s, reg);
  corporateNames(s, reg);
  governments(s, reg);
  advisers(s, reg);
  for (const m of allMatches(TITLE, simp)) {
    // 橡树岭实验室主任史崔佛: an institution right before the title is the person's, and an organization.
    const inst = INSTITUTION_BEFORE_TITLE.exec(simp.slice(Math.max(0, m.index - 16), m.index));
    const unit = inst ? cutChineseName(inst[1]!) : '';
    if (unit.length >= 4 && !reg.known(unit) && !startsWithAny(unit, surfaceSets(reg.lex).chinese)) {
      const orig = text.substr(m.index - unit.length, unit.length);
      reg.add(orig, 'Organization', [orig]);
    }
    let at = m.index + m[0].length;
    // 轮值董事长、副董事长徐直军: a list of titles before one name.
    while (/^[、和及与]/.test(simp.slice(at))) {
      const next = new RegExp(TITLE.source, 'y');
      next.lastIndex = at + 1;
      const t = next.exec(simp);
      if (!t) break;
      at = t.index + t[0].length;
    }
    // 现任首席执行官为周启明: the name after 为/是 that follows the title.
    const copula = /^(?:一职)?(?:为|是)(?=[\u4e00-\u9fff])(?![曾现原前也已将正由])/.exec(simp.slice(at));
    if (copula) at += copula[0].length;
    // 三位创始人陈维良、彭莉和杨建: every name of a list after the title.
    for (let name = personAfterTitle(simp, at, cuts); name;) {
      if (!reg.known(name) && !startsWithAny(name, surfaceSets(reg.lex).chinese))
        reg.add(text.substr(at, name.length), 'Person', [text.substr(at, name.length)]);
      const joined = /^(?:、|和|与|及|以及)/.exec(simp.slice(at + name.length));
      if (!joined) break;
      at += name.length + joined[0].length;
      name = personAfterTitle(simp, at, cuts);
    }
  }
  // 业内人士马继华表示: a commentator's name, a known surname first (not 投资人受访时说).
  for (const m of allMatches(COMMENTATOR, simp)) {
    const at = m.index + m[0].length;
    const name = ZH_SURNAMES.has(simp[at] ?? '') ? personAfterTitle(simp, at, cuts) : undefined;
    if (name && !reg.known(name) && !startsWithAny(name, surfaceSets(reg.lex).chinese))
      reg.add(text.substr(at, name.length), 'Person', [text.substr(at, name.length)]);
  }
  for (const m of [...allMatches(NAME_MOVES, simp), ...allMatches(NAME_BRACKETED_TITLE, simp), ...allMatches(NAME_APPOINTED, simp)]) {
    const name = m[1]!;
    if (!reg.known(name) && !startsWithAny(name, surfaceSets(reg.lex).chinese) && reg.typeOf(name) !== 'Place')
      reg.add(text.substr(m.index, name.length), 'Person', [text.substr(m.index, name.length)]);
  }
  for (const m of allMatches(HOUSE_BEFORE_TITLE, simp)) {
    const name = m[1]!;
    if (reg.known(name) || NOT_VC_STEM.test(name) || GENERIC_ZH.test(name) || startsWithAny(name, surfaceSets(reg.lex).chineseNoPlace))
      continue;
    reg.add(text.substr(m.index, name.length), 'Organization', [text.substr(m.index, name.length)]);
  }
  // 董博宇、崔晓微、李延辉当选非独立董事 / 由黎辉创办: names listed before the posts they take, or who founded something.
  for (const m of [...allMatches(NAMES_ELECTED, simp), ...allMatches(FOUNDED_BY_NAME, simp), ...allMatches(NAME_OF_KIN, simp)]) {
    for (const { name, start } of piecesAt(simp, m.index, m[1]!, '、'))
      if (!reg.known(name) && !startsWithAny(name, surfaceSets(reg.lex).chinese))
        reg.add(text.substr(start, name.length), 'Person', [text.substr(start, name.length)]);
  }
  for (const m of allMatches(NAME_IS_TITLE, simp)) {
    const name = m[1]!;
    if (!reg.known(name) && !startsWithAny(name, surfaceSets(reg.lex).chinese))
      reg.add(text.substr(m.index, name.length), 'Person', [text.substr(m.index, name.length)]);
  }
  // 由腾讯领投，上海国投跟投: who leads or joins a funding round is an organization.
  for (const m of allMatches(INVESTOR_BEFORE, simp)) {
    // (…的天使轮由和利资本领投: the list starts after 由, and the 和 opening it is the name's own.)
    const list = m[1]!.slice(m[1]!.lastIndexOf('由') + 1);
    let at = m.index + m[0].length - list.length;
    for (const item of list.split(/(?<=.)(?:、|和|与|及)/)) {
      // (…，其中阿里巴巴领投: a word that opens the clause is no part of the name.)
      const name = item.replace(/^由/, '').replace(/^(?:其中|其|并|而|则|另)(?=[\u3400-\u9fff]{2})/, '');
      const start = simp.indexOf(name, at);
      at = start + name.length;
      if (name.length >= 2 && !reg.known(name) && !GENERIC_ZH.test(name))
        reg.add(text.substr(start, name.length), 'Organization', [text.substr(start, name.length)]);
    }
  }
  if (simp.includes('合伙企业'))
    for (const m of allMatches(PARTNERSHIP, simp)) {
      const name = m[1]!;
      if (!reg.known(name) && !startsWithAny(name, surfaceSets(reg.lex).chineseNoPlace))
        reg.add(text.substr(m.index, name.length), 'Organization', [text.substr(m.index, name.length)]);
    }
  if (simp.includes('基金')) {
    const ws = cuts.plain();
    for (const m of allMatches(FUND, simp)) {
      // Back over the words before the fund noun while they can be part of a name.
      let i = ws.findIndex((w) => w.start + w.word.length > m.index);
      let start = m.index;
      while (i > 0 && !NOT_IN_NAME.has(ws[i - 1]!.tag) && m.index - ws[i - 1]!.start <= 10 && CJK_WORD.test(ws[i - 1]!.word))
        start = ws[--i]!.start;
      // (通过旗下小米长江产业基金: the words of ownership and means are no part of the name.)
      start += /^(?:通过|透过|经由|旗下的?|其|该|并|也|还)+/.exec(simp.slice(start, m.index))?.[0].length ?? 0;
      const name = simp.slice(start, m.index + m[0].length);
      if (m.index - start >= 2 && !reg.known(name) && !GENERIC_ZH.test(name))
        reg.add(text.substr(start, name.length), 'Organization', [text.substr(start, name.length)]);
    }
  }
  // 上海集成电路产业投资基金二期: a fund's later phase is a fund of its own.
  for (const m of allMatches(FUND_PHASE, simp)) {
    const k = [16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3].find(
      (n) => m.index - n >= 0 && reg.typeOf(simp.slice(m.index - n, m.index)) === 'Organization',
    );
    if (k === undefined) continue;
    const name = simp.slice(m.index - k, m.index + m[0].length);
    const orig = text.substr(m.index - k, name.length);
    // (上海集成电路基金二期 after 上海集成电路产业投资基金二期: one fund's phase, however the fund is written.)
    const phases = phasesOf.get(reg) ?? new Map<string, string>();
    phasesOf.set(reg, phases);
    const phase = `${reg.known(name.slice(0, k))}|${m[0]}`;
    if (!reg.known(name)) reg.add(phases.get(phase) ?? orig, 'Organization', [orig]);
    if (!phases.has(phase)) phases.set(phase, orig);
  }
  for (const m of allMatches(MODEL_NAME, simp)) {
    const name = m[1]!;
    const at = m.index + m[0].length - 3 - name.length;
    if (!NOT_MODEL_NAME.test(name) && !reg.known(name)) reg.add(text.substr(at, name.length), 'Product', [text.substr(at, name.length)]);
  }
  for (const m of allMatches(INVESTOR_OF, simp)) {
    for (const { name, start } of piecesAt(simp, m.index + m[0].indexOf(m[1]!), m[1]!, /、|以及|和|及|与/))
      if (!reg.known(name) && !GENERIC_ZH.test(name) && !/[多家其]/.test(name[0]!))
        reg.add(text.substr(start, name.length), 'Organization', [text.substr(start, name.length)]);
  }
  // 戴尔、惠普与联想等: an unknown name listed with known organizations is one too.
  for (const m of allMatches(LIST, simp)) {
    // (以及 is one word: 甲骨文以及微软 lists 甲骨文.)
    const pieces = piecesAt(simp, m.index, m[1]!, /、|以及|与|和|及/);
    const knownOrgs = pieces.map((p) => p.name).filter((x) => reg.lex.entries.get(reg.known(x) ?? '')?.type === 'Organization').length;
    // Two known organizations make it a list of them; one is enough when the list says what they are (等运营商).
    if (knownOrgs < 2 && !(knownOrgs === 1 && ORG_KIND_AFTER.test(simp.slice(m.index + m[0].length, m.index + m[0].length + 8)))) continue;
    for (const { name: raw, start } of pieces) {
      // (新华三长期与浪潮、超聚变等: an adverb before the preposition is no part of the name.)
      const item = raw.replace(ITEM_ADVERB, '');
      // (…仍占主要份额，但蔚来、小鹏、理想等: a word before a known name is no part of it.)
      if (
        item.length >= 2 &&
        item.length <= 5 &&
        !reg.known(item) &&
        !GENERIC_ZH.test(item) &&
        !endsWithAny(item, surfaceSets(reg.lex).chineseNoPlace)
      )
        reg.add(text.substr(start, item.length), 'Organization', [text.substr(start, item.length)]);
    }
  }
  // 股东包括启明创投、IDG资本: a listed name ending in a venture word is an investor.
  for (const m of allMatches(VC_NAME, simp)) {
    const name = m[1]!;
    // (高瓴创投 is 高瓴's: a name that starts with a known organization is that one.)
    const stemKnown = startsWithAny(name, surfaceSets(reg.lex).chineseNoPlace);
    if (reg.known(name) || stemKnown || NOT_VC_STEM.test(name) || GENERIC_ZH.test(name)) continue;
    const at = m.index + m[0].length - name.length;
    reg.add(text.substr(at, name.length), 'Organization', [text.substr(at, name.length)]);
  }
  // 据《科创板日报》报道: a publication named as a source is an organization (a name inside it is not).
  for (const m of allMatches(PUBLICATION, simp)) {
    const name = (m[1] ?? m[2])!;
    const at = m.index + m[0].indexOf(name);
    if (!reg.known(name)) reg.add(text.substr(at, name.length), 'Organization', [text.substr(at, name.length)]);
  }
  // 鸿海宣布入股耐能 / 收购芯来: an unknown name right after a verb of buying into, ending at punctuation or 持股.
  for (const m of allMatches(BOUGHT_INTO, simp)) {
    const name = m[1]!;
    if (reg.known(name) || GENERIC_ZH.test(name) || FUNCTION_START.test(name)) continue;
    if (!words(name).every((w) => w.word.length === 1 || /^n[rzt]/.test(w.tag))) continue;
    const at = m.index + m[0].length - name.length;
    reg.add(text.substr(at, name.length), 'Organization', [text.substr(at, name.length)]);
  }
  // 台积电亚利桑那公司: a company's unit named after a place (a place right before the noun, a company before it).
  for (const m of allMatches(SAID_COMPANY, simp)) {
    const name = m[1] ?? m[2]!;
    const start = m.index + m[0].length - name.length;
    if (NOT_CORP_STEM.test(name) || reg.known(name) || includesAny(name, surfaceSets(reg.lex).chineseNoPlace)) continue;
    reg.add(text.substr(start, name.length), 'Organization', [text.substr(start, name.length)]);
  }
  for (const m of allMatches(COMPANY_NOUN, simp)) {
    const k = [5, 4, 3, 2].find((n) => m.index - n >= 2 && reg.typeOf(simp.slice(m.index - n, m.index)) === 'Place');
    if (k === undefined) continue;
    const placeAt = m.index - k;
    const j = [8, 7, 6, 5, 4, 3, 2].find((n) => placeAt - n >= 0 && reg.typeOf(simp.slice(placeAt - n, placeAt)) === 'Organization');
    if (j === undefined) continue;
    const a = placeAt - j;
    const name = simp.slice(a, m.index + m[0].length);
    if (!reg.known(name)) reg.add(text.substr(a, name.length), 'Organization', [text.substr(a, name.length)]);
  }
  for (const found of mayHoldOrgNames(simp) ? chineseOrgNames(simp, cuts.plain()) : []) {
    const o = withoutTitleOrVerb(simp, found);
    if (!o) continue;
    // 车规级智能驾驶芯片: 智能 before what it qualifies is an adjective, no company's head.
    if (
      /智能$/.test(o.name) &&
      /^(?:驾驶|计算|芯片|汽车|制造|终端|硬件|产品|方案|座舱|网联|设备|系统|化)/.test(simp.slice(o.start + o.name.length))
    )
      continue;
    // A known organization inside is not a new one (英伟达科技, 所持昆仑芯); a known place may start one (上海证交所).
    const stemKnown = includesAny(o.name, surfaceSets(reg.lex).chineseNoPlace);
    if (reg.known(o.name) || stemKnown) continue;
    // (…硅产业集团股份有限公司: what is left of a registered name is none.)
    // (交换与光通信技术, 基于Spectrum-X以太网技术: a technology, no company, unless a legal form follows.)
    if (/^(?:集团|股份|有限|公司|控股)/.test(o.name)) continue;
    if (/技术$/.test(o.name) && !/^(?:有限|股份|公司|集团)/.test(simp.slice(o.start + o.name.length))) continue;
    const orig = text.substr(o.start, o.name.length);
    reg.add(orig, 'Organization', [orig]);
  }
}

// A company's full name with a corporate word (中科曙光, 海光信息, 小鹏汽车): once an article has named it so, the press
// writes the rest of the story with the short form (曙光, 海光, 小鹏), which is that company there even when the short
// form is also a word of the language. Built once per lexicon: short form -> the company and its full names.
// (Short forms that are words as well, 理想 and 大众, are told from the word where they stand: WORDS in matcher.ts.)
const FULL_NAME = /^(中科)?([\u4e00-\u9fff]{2,4}?)(信息|科技|集团|股份|汽车|电子|技术|智能|半导体|微电子|控股)?$/;
const GENERIC_SHORT = /^(?:美国|中国|国家|国民|南亚|东方|国际|联合|先进|通用|大陆|日本|台湾|华夏|长城)/;
const shortByLexicon = new WeakMap<Registry['lex'], Map<string, { id: string; full: string[] }>>();
function shortFormsOfLexicon(reg: Registry): Map<string, { id: string; full: string[] }> {
  let byShort = shortByLexicon.get(reg.lex);
  if (!byShort) {
    byShort = new Map();
    for (const e of reg.lex.entries.values()) {
      if (e.type !== 'Organization') continue;
      for (const a of [e.name, ...e.aliases].map(toSimplified)) {
        const m = FULL_NAME.exec(a);
        if (!m || !(m[1] || m[3])) continue;
        const short = m[2]!;
        // (A short form the lexicon gives to some entity, or that two companies share, stays as it is.)
        if (reg.lex.byKey.has(nameKey(short)) || GENERIC_SHORT.test(short)) continue;
        const seen = byShort.get(short);
        if (seen && seen.id !== e.id) seen.id = '';
        else if (seen) seen.full.push(a);
        else byShort.set(short, { id: e.id, full: [a] });
      }
    }
    shortByLexicon.set(reg.lex, byShort);
  }
  return byShort;
}

/** The short forms of the known companies an article names in full, as that company's spellings in the article. */
export function shortFormsOfFullNames(sentences: DiscoverySentence[], reg: Registry): void {
  const simp = sentences.map((s) => s.simp).join('\n');
  if (!hasChinese(simp)) return;
  for (const [short, { id, full }] of shortFormsOfLexicon(reg)) {
    if (!id || !full.some((f) => simp.includes(f))) continue;
    // (Written alone somewhere: not only inside the full name.)
    let alone = false;
    for (let at = simp.indexOf(short); at >= 0 && !alone; at = simp.indexOf(short, at + 1))
      alone = !full.some((f) => {
        const k = f.indexOf(short);
        return simp.startsWith(f, at - k);
      });
    if (alone) reg.add(reg.lex.entries.get(id)!.name, 'Organization', [short], { lexiconId: id });
  }
}
