import type { Lexicon } from '../lexicon';
import { nameKey, toSimplified } from '../normalize';
import { isCommonWord, ZH_TITLES } from './names';
import type { EntityType } from '../types';

/** An entity the lexicon lacks, or a new spelling of one it has, found in this article. */
export interface Discovered {
  name: string;
  type: EntityType;
  spellings: string[];
  /** Set when the spellings belong to a lexicon entity. */
  lexiconId?: string;
  /** How the article describes it ("startup", "chipmaker"), for "the startup" in later sentences. */
  nouns: string[];
  /** The maker of a chip found as a model of a known family (Ascend 950PR: Huawei). */
  makerId?: string;
}

/** A sentence as discovery sees it: the original text and its Simplified view (same offsets). */
export interface DiscoverySentence {
  text: string;
  simp: string;
}

const LEADING_FUNCTION =
  /^(?:并|且|而|了|从|在|向|对|把|被|跟|同|还|及|与|获|獲|找上|携手|攜手|联手|聯手|牵手|牽手|随[着著]|隨[着著])+(?=[\u3400-\u9fff])/;
// (收购的瑞典公司Arriver: a country and a kind of company name no one.)
const KIND_OF_COMPANY =
  /^(?:[中美韩韓日台德英法欧歐][国國]?|国内|國內|海外|本土|境外|香港|台[湾灣]|瑞典|瑞士|荷[兰蘭]|以色列|印度|新加坡|加拿大|澳洲|澳大利[亚亞]|意大利|[义義]大利|西班牙|芬[兰蘭]|挪威|丹[麦麥]|比利[时時]|[奥奧]地利|沙特|沙[乌烏]地|阿[联聯]酋|越南|泰[国國]|[马馬]来西[亚亞]|[马馬]來西[亚亞]|印尼|俄[罗羅]斯|巴西|墨西哥|[爱愛]尔[兰蘭]|[爱愛]爾[兰蘭]|波[兰蘭]|土耳其|南[韩韓]|北美|[欧歐]美|[美日韩韓外]商|[陆陸]企)?(?:[创創]投|投[资資]|[风風]投|新[创創]|初[创創]|上市|晶片|芯片|半[导導]体|半[导導]體|科技|特[专專]科技)?(?:公司|企[业業]|集[团團]|媒[体體]|厂商|廠商)$/;
// (在国内市场, 同行不同: a place in a market, a comparison; no organization's name.)
// (三星今年成立了实验室: a clause with a verb's 了 or a time word names no one; no company's name holds 了 anywhere.)
// (此前领投的KT, 投资人包括红杉资本: an adverb or a verb of listing is nobody's name.)
const FUNCTION_WORD =
  /^(?:此前|此外|此后|此後|包括|包含|其中|目前|同时|同時|以及|并且|並且|随后|隨後|另外|因此|不过|不過|然而|当时|當時|如今|日前|近日|早前|之前|之后|之後|尤其|例如|涵盖|涵蓋)$/;
const NOT_A_NAME = /^在|(?:市场|市場|领域|領域|行业|行業)$|不同$|相同$|了|今年|去年|明年/;
// (更多科技公司, 来中国科技, 美国三大半导体, 美中科技, 集成电路基金: a quantity, a place or a trade and a generic word.)
const QUANTITY_OR_ADVERB = /^(?:更多|多家|来|甚至|重大|[一二三四五六七八九十两兩]大|其他|部分|不少|许多|許多|各大|众多|眾多)/;
const PLACE_AND_TRADE =
  /^(?:美国|美國|中国|中國|美中|中美|台湾|台灣|韩国|韓國|日本|欧洲|歐洲|全球|国内|國內|海外|本土)?(?:[一二三四五六七八九十两兩]大)?(?:半导体|半導體|科技|芯片|晶片|集成电路|集成電路|产业|產業)(?:公司|企业|企業|厂商|廠商|基金|巨头|巨頭)?$/;
/** A Chinese phrase discovery may take for an organization's name that names no one. */
const namesNoOne = (name: string) =>
  /^[\u3400-\u9fff]+$/.test(name) && [KIND_OF_COMPANY, NOT_A_NAME, QUANTITY_OR_ADVERB, PLACE_AND_TRADE].some((re) => re.test(name));
const CORPORATE_END = /(?:科技|集团|集團|股份|控股|电子|電子|半导体|半導體|公司|资本|資本)$/;

// (…and a time word: 哈啰当天还与…签约 is 哈啰.)
const TRAILING_FUNCTION =
  /(?<=[\u3400-\u9fff]{2})(?:在|将|正|已|也|的|等|还|当天|当日|今天|今日|昨天|昨日|日前|近日|今年|去年|明年|目前|此前|随后)+$/;

const LEGAL_FORM =
  /^([A-Z][\w&.' -]*?[\w.])\s*,?\s+(?:(?:Holdings\s+)?(?:Corp\.?|Corporation|Inc\.?|Incorporated|Co\.?|Company)|Co\.?,?\s+Ltd\.?|Ltd\.?|Limited|Private\s+Limited|Pvt\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Bhd\.?|LLC|PLC|plc|AG|SA|S\.A\.|NV|N\.V\.|SE|GmbH|K\.K\.|Holdings|Group)$/;

const ZH_LEGAL_FORM = /^([\u3400-\u9fff]{2,12}?)(?:国际|國際)?(?:控股)?(?:集团|集團)?(?:股份)?有限(?:责任|責任)?公司$/;
const DESCRIBED_REGISTERED =
  /^[\u3400-\u9fff]{2,16}?(?:企业|企業|厂商|廠商|业者|業者|巨头|巨頭|龙头|龍頭|独角兽|獨角獸|新创|新創|初创|初創)(?!管理|发展|發展|服务|服務|咨询|諮詢|投资|投資|孵化|集团|集團|控股)(?=[\u3400-\u9fff]{4,}(?:有限公司|有限責任公司|有限责任公司)$)/;

// (创办人张忠谋、董事长刘德音: a title is no one's name.)
const ZH_TITLE_SET = new Set(ZH_TITLES);

/** What discovery has found so far in one article; later finds add spellings to earlier ones. */
export class Registry {
  private readonly found = new Map<string, Discovered>();

  constructor(readonly lex: Lexicon) {}

  /** Whether a name is a known organization's name followed by a known chip's or product's (华为昇腾, 英伟达H100). */
  private makerAndGoods(name: string): boolean {
    for (let k = 2; k <= name.length - 2; k++) {
      if (this.typeOf(name.slice(0, k)) !== 'Organization') continue;
      const rest = this.typeOf(name.slice(k).trim());
      if (rest === 'Chip' || rest === 'Product') return true;
    }
    return false;
  }

  /** Known companies' names written one after another with nothing between them (輝達諾基亞戴爾, in a headline). */
  private namesInARow(name: string): boolean {
    if (!/^[\u3400-\u9fff]{4,}$/.test(name)) return false;
    // names[i]: 1 + how many known names cover the first i characters one after another (0: none do).
    const names = new Array<number>(name.length + 1).fill(0);
    names[0] = 1;
    for (let i = 0; i < name.length; i++) {
      const here = names[i]!;
      if (here) for (let k = i + 2; k <= name.length; k++) if (this.typeOf(name.slice(i, k)) === 'Organization') names[k] = here + 1;
    }
    return names[name.length]! > 2;
  }

  /** The lexicon entity or earlier find a spelling names. */
  known(spelling: string): string | undefined {
    const key = nameKey(spelling);
    return this.lex.byKey.get(key) ?? (this.found.has(key) ? key : this.bySpelling.get(key));
  }

  private readonly bySpelling = new Map<string, string>();

  add(name: string, type: EntityType, spellings: string[], opts: { lexiconId?: string; noun?: string; makerId?: string } = {}): void {
    // (创办人张忠谋、董事长刘德音: a title, 董事长, is no one's name, though 董 is a surname.)
    if (type === 'Person' && !opts.lexiconId && ZH_TITLE_SET.has(toSimplified(name))) return;
    // (创投公司, 新創公司: a kind of company, named by no one.)
    if (type === 'Organization' && !opts.lexiconId && namesNoOne(name)) return;
    if (!opts.lexiconId && FUNCTION_WORD.test(name)) return;
    // …nor an adverb or preposition its end (百度在, 快手将): the name is what stands before it.
    if (type === 'Organization' && !opts.lexiconId && TRAILING_FUNCTION.test(name) && /^[\u3400-\u9fff]+$/.test(name)) {
      const rest = name.replace(TRAILING_FUNCTION, '');
      if (rest.length < 2 || this.known(rest)) return;
      name = rest;
      spellings = spellings.map((x) => x.replace(TRAILING_FUNCTION, ''));
    }
    // A conjunction or preposition is no start of a Chinese name (并从高通, 并在): what follows is the name.
    if (type !== 'Person' && !opts.lexiconId && LEADING_FUNCTION.test(name)) {
      const strip = (x: string) => x.replace(LEADING_FUNCTION, '');
      const rest = strip(name);
      if (this.known(rest)) return;
      // (同花顺 is a name: only a conjunction, or 获 (X获A入股), starts no name of its own.)
      // (…nor 同 or a verb of partnering before a company's corporate word: 将同澜算科技合作, 找上瀾算科技.)
      // (随着辉达、苹果等大客户…: 随着 opens a clause, not a name.)
      if (
        /^(?:[并且而获獲了]|[随隨][着著])/.test(name) ||
        (/^(?:同|找上|携手|攜手|联手|聯手|牵手|牽手)/.test(name) && CORPORATE_END.test(rest))
      ) {
        if (rest.length < 2) return;
        name = rest;
        spellings = spellings.map(strip);
      }
    }
    // (国产自动驾驶芯片企业黑芝麻智能国际控股有限公司: a description before a registered name is no part of it.)
    if (type === 'Organization' && !opts.lexiconId) {
      const described = DESCRIBED_REGISTERED.exec(name);
      if (described) {
        name = name.slice(described[0].length);
        spellings = spellings.map((x) => x.replace(DESCRIBED_REGISTERED, ''));
      }
    }
    // (华为昇腾、寒武纪等厂商: a known company before its known chip or product is those two, no company of its own.)
    if (type === 'Organization' && !opts.lexiconId && (this.makerAndGoods(name) || this.namesInARow(name))) return;
    // (上海国投和平安的投资: a phrase with 的 in it is no Chinese name.)
    if (type === 'Organization' && !opts.lexiconId && /[\u3400-\u9fff]的[\u3400-\u9fff]/.test(name)) return;
    // (普拉迪普．辛杜（Pradeep Sindhu） is then 辛杜: the Chinese press names a foreigner by the family name after the
    // first mention; only when a Latin gloss bounds the Chinese name.)
    if (type === 'Person' && !opts.lexiconId && [name, ...spellings].some((x) => /^[A-Z][a-z]+(?:\s[A-Z][a-z-]+)+$/.test(x)))
      for (const x of [name, ...spellings]) {
        const family = /^[\u3400-\u9fff]{1,8}[·．•・]([\u3400-\u9fff]{2,4})$/.exec(x);
        if (family && !this.known(family[1]!) && !spellings.includes(family[1]!)) spellings = [...spellings, family[1]!];
      }
    const clean = [name, ...spellings].map((s) => s.trim()).filter((s) => s.length > 1);
    // ("United Microelectronics Corp": a known company's name with a legal form after it is that company.)
    // (SkyeChip Sdn Bhd, Vertiv Holdings Co: and a new one's, with or without it, is one company.)
    // (黑芝麻智能国际控股有限公司 is the known 黑芝麻智能: so is a Chinese registered name.)
    const legal = type === 'Organization' && !opts.lexiconId ? (LEGAL_FORM.exec(name) ?? ZH_LEGAL_FORM.exec(name)) : null;
    // ("Instinct MI455X" for the known MI455X: a family or brand before a known chip's name is that chip.)
    const chip = type === 'Chip' && !opts.lexiconId ? /^(?:[A-Z][A-Za-z-]*\s+){1,2}(\S.*)$/.exec(name) : null;
    const chipId = chip ? this.known(chip[1]!) : undefined;
    const key =
      opts.lexiconId ??
      this.known(name) ??
      (chipId && this.lex.entries.get(chipId)?.type === 'Chip' ? chipId : undefined) ??
      (legal && this.typeOf(legal[1]!) === 'Organization' ? this.known(legal[1]!) : undefined) ??
      nameKey(legal ? legal[1]! : name);
    // (…and the text's later "SkyeChip" is it: the name without its legal form is a spelling, unless a plain word.)
    if (legal && !isCommonWord(legal[1]!)) clean.push(legal[1]!);
    const prev = this.found.get(key);
    const entry = prev ?? {
      name,
      type,
      spellings: [],
      lexiconId: opts.lexiconId ?? (this.lex.entries.has(key) ? key : undefined),
      nouns: [],
    };
    if (!prev) this.found.set(key, entry);
    for (const s of clean) {
      if (!entry.spellings.includes(s)) entry.spellings.push(s);
      this.bySpelling.set(nameKey(s), key);
    }
    if (opts.noun && !entry.nouns.includes(opts.noun)) entry.nouns.push(opts.noun);
    entry.makerId ??= opts.makerId;
  }

  /** Fold a found entity into another (found or known) one: its spellings and nouns become the other's. */
  merge(keep: string, drop: string): void {
    const gone = this.found.get(drop);
    if (!gone || gone.lexiconId || keep === drop) return;
    this.found.delete(drop);
    const entry = this.found.get(keep);
    const name = entry?.name ?? this.lex.entries.get(keep)?.name;
    if (!name) return;
    this.add(name, entry?.type ?? this.lex.entries.get(keep)!.type, gone.spellings, { lexiconId: entry ? entry.lexiconId : keep });
    for (const noun of gone.nouns) this.describe(name, noun);
  }

  /** Describe an entity (lexicon or found) with a noun: "Rivos, a chip startup". */
  describe(spelling: string, noun: string): void {
    const id = this.known(spelling);
    if (!id) return;
    const entry = this.lex.entries.get(id);
    if (entry) this.add(entry.name, entry.type, [], { lexiconId: id, noun });
    else this.found.get(id)?.nouns.push(noun);
  }

  /** The type of the lexicon entity or earlier find a spelling names. */
  typeOf(spelling: string): EntityType | undefined {
    const id = this.known(spelling);
    if (!id) return undefined;
    return this.lex.entries.get(id)?.type ?? this.found.get(id)?.type;
  }

  all(): Discovered[] {
    return [...this.found.values()];
  }
}
