import { CJK } from '../lang';
import { GENERIC } from './generic';
import { isGivenName, ZH_SURNAMES, ZH_TITLE_ALT, ZH_TITLES } from './names';
import type { DiscoverySentence, Registry } from './registry';
import { endsWithAny, includesAny, surfaceSets } from './surfaces';
import { allMatches } from '../regex';

// Relative-clause and role words after which a Chinese name starts: 前英特尔高管约翰·多伊 -> 约翰·多伊.
const ZH_NAME_CUT = new RegExp(
  `.*(?:的|是|前|原|由|和|与|及|、|被|称|如|其|已|曾|将|向|对|在|为|了|替|给|把|从|跟|${ZH_TITLES.join('|')})`,
);
const ZH_NAME_STOP = '的是在已将曾说称和与及对从被把向为也都就还又并等了着过表认指强预透宣即则但而';
const ZH_PERSON_BEFORE = new RegExp(`(?:${ZH_TITLES.join('|')})\\s*$`);
const ROLE_END = new RegExp(`(?:${ZH_TITLES.join('|')}|\\b(?:CEO|CTO|CFO|COO|chief executive|president|chairman|founder))$`, 'i');
const ZH_ORG_END = /(公司|集团|银行|大学|研究院|实验室|交易所|基金|资本|创投|科技|半导体)$/;
const EN_ORG_SUFFIX =
  /\s(?:Inc|Corp|Corporation|Ltd|LLC|Labs?|Technologies|Technology|Systems|Semiconductors?|Computing|Group|Holdings|Capital|Ventures|Partners|Management|Fund|Bank|Exchange|Securities)\.?$/;
// A ticker or a stock code in brackets marks a listed company: Meta (META.O), 百度（9888）, 台積電（2330）.
const TICKER = /^(?:[A-Z]{1,5}\.[A-Z]{1,2}|(?:NASDAQ|Nasdaq|NYSE|HKEX|TSE|SSE|SZSE)\s*:\s*[A-Z0-9.]{1,8}|\d{4,6}(?:\.(?:HK|SZ|SS|T|TW))?)$/;

// The last kind word before the name: 另一家新创公司星宸智算 -> 星宸智算, 芯片设计商摩尔线程 -> 摩尔线程.
const KIND_THEN_NAME =
  /^[\u3400-\u9fff]*(协议|平台|系统|软件|模型|数据库|框架|架构|芯片|处理器|加速器|设计商|制造商|供应商|厂商|公司|企业|新创|初创|业者|集团|巨头|对手|龙头)([\u3400-\u9fff]{2,8})$/;

// A name and its gloss in brackets; two runs of ideographs joined by a middle dot.
const PAREN = new RegExp(
  `([${CJK}·](?:[${CJK}·]|-(?=[${CJK}])){1,23}|(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9 .&'-]{1,40})\\s*[（(]\\s*([^()（）,，、;；]{2,40}?)\\s*[)）]`,
  'gu',
);
const REGISTERED_AFTER = /^[\u4e00-\u9fff]{0,12}?(?:有限公司|有限责任公司)/;
const SHORT_NAME_CUE = /^(?:以下简称|以下称|下称|简称)[为:：]?\s*/;
// A chain of ideograph runs joined by middle dots: 安德烈·卡帕西, 谢赫·塔农·本·扎耶德.
// (麦金托什-史密斯: a double-barrelled last part is one.)
const DOTTED = new RegExp(`([${CJK}]{1,8})((?:·[${CJK}]{1,8}(?:-[${CJK}]{2,8})?)+)`, 'gu');
// Role nouns a transliterated name follows without a title (王室成员谢赫·塔农, 沙特王储穆罕默德·本·萨勒曼).
const ZH_ROLE_BEFORE = /.*(?:成员|顾问|王储|国王|亲王|王子|酋长|总统|总理|首相|部长|大使|议员|市长|州长|博士)/;
const ZH_TITLE_BEFORE = new RegExp(`^.*(?:${ZH_TITLE_ALT})`);
// Verbs that end a dotted name's last part and no transliteration uses (布拉德·史密斯进入董事会).
// (…主导, 领导, 负责, 指出, 透露, 认为, 回应: 普拉迪普·辛杜主导 is 普拉迪普·辛杜.)
const DOTTED_LAST_STOP = '进入担获接离宣出签说称表主领负指透认回';
// What ends an institution's name: 穆罕默德·本·扎耶德人工智能大学 is a university, not a person.
const ZH_INSTITUTION = /^[\u3400-\u9fff]*?(?:大学|学院|研究院|研究所|实验室|基金会|中心|医院)/;

export function cutChineseName(run: string): string {
  const m = ZH_NAME_CUT.exec(run);
  // (和硕: a name that starts with a word the cut takes for "and" loses only what came before it.)
  if (m && run.length - m[0].length < 2) {
    const back = ZH_NAME_CUT.exec(run.slice(0, m[0].length - 1));
    return back ? run.slice(back[0].length) : run;
  }
  return m ? run.slice(m[0].length) : run;
}

const LATIN_END = /(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*$/;
const LOWER_LEAD = /^(?:[a-z][\w'-]*\s+)+(?=[A-Z0-9])/;
const KIND_BEFORE_TICKER_NAME = /^.*(?:厂|商|公司|企业|业者|龙头|大厂)/;

/** Two spellings side by side: 中文名（Latin Name）, Latin（中文）, 中文·名, and names glossed by a ticker. */
export function glosses(s: DiscoverySentence, reg: Registry): void {
  const { text, simp } = s;
  if (!/[（(]/.test(simp) && !simp.includes('·')) return;
  for (const m of allMatches(PAREN, simp)) {
    // (A Latin name starts at a capital: "a wholly owned unit of Sony Group Corp. (6758.T)" glosses Sony Group Corp.)
    let left = /[A-Za-z]/.test(m[1]![0]!) ? m[1]!.trim().replace(LOWER_LEAD, '') : cutChineseName(m[1]!);
    // (Google雲端（Google Cloud）: ideographs right after a Latin word are the end of a name that starts with it.)
    // (Only a known company's name: GPU设计商摩尔线程（Moore Threads） names 摩尔线程, not "GPU设计商摩尔线程".)
    const latin =
      left === m[1] && /[\u3400-\u9fff]/.test(left[0]!) && left.length <= 4 ? LATIN_END.exec(simp.slice(0, m.index))?.[0] : undefined;
    if (latin && reg.typeOf(latin) === 'Organization') left = latin + left;
    // (鑫芯（香港）投资有限公司: a place of registration inside a registered name is no gloss.)
    if (REGISTERED_AFTER.test(simp.slice(m.index + m[0].length))) continue;
    // (…有限公司（下称“大基金一期”）: the short name the text will use.)
    const right = m[2]!
      .trim()
      .replace(SHORT_NAME_CUE, '')
      .replace(/^[“"「『](.*)[”"」』]$/, '$1');
    const origLeft = text.substr(m.index + m[1]!.length - left.length, left.length);
    const origRight = text.substr(m.index + m[0].indexOf(m[2]!, m[1]!.length), right.length);
    if (TICKER.test(right)) {
      // 台积电（2330）: a known name ending the left side is the company; an unknown one must be short to be a name.
      // (设计服务厂创意（3443）: what kind of company it is comes before the name; 世芯-KY: a listing mark after it.)
      // (耐能-KY（6902）: the -KY of a foreign company listed in Taiwan; the name is the Chinese before it.)
      const ky = /^KY\s*$/.test(m[1]!) && simp[m.index - 1] === '-' ? /[\u3400-\u9fff]{2,12}$/.exec(simp.slice(0, m.index - 1)) : null;
      const base = ky ? cutChineseName(ky[0]) : left;
      const named = base.replace(KIND_BEFORE_TICKER_NAME, '');
      const endsKnown = endsWithAny(base, surfaceSets(reg.lex).all2);
      if (
        !endsKnown &&
        !reg.known(named) &&
        named.length >= 2 &&
        (/[A-Za-z]/.test(named) || named.length <= 4) &&
        !GENERIC.has(named.toLowerCase())
      ) {
        const at = ky ? m.index - 1 - named.length : m.index + m[1]!.length - named.length;
        // (创意（3443）for the lexicon's 创意电子: a known company's name without its corporate word.)
        const full = reg.known(`${named}电子`) ?? reg.known(`${named}科技`) ?? reg.known(`${named}半导体`);
        const entry = full ? reg.lex.entries.get(full) : undefined;
        if (entry?.type === 'Organization') reg.add(entry.name, 'Organization', [text.substr(at, named.length)], { lexiconId: full });
        else reg.add(text.substr(at, named.length), 'Organization', [text.substr(at, named.length)]);
      }
      continue;
    }
    if (/\d/.test(left + right) && !/[A-Za-z]\s?\d/.test(right)) continue; // amounts, dates
    if (GENERIC.has(right.toLowerCase()) || GENERIC.has(left.toLowerCase())) continue;
    // (黄仁勋（英伟达CEO）: a post in brackets is no other spelling of the name.)
    if (ROLE_END.test(right)) continue;
    const idL = reg.known(left);
    const idR = reg.known(right);
    if (idL && idR) continue;
    // (华胜天成（香港）: a place in brackets after a name says where the company is registered; it is no other spelling.)
    if (idR && !idL && reg.lex.entries.get(idR)?.type === 'Place' && !/[A-Za-z]/.test(left)) continue;
    if (idL || idR) {
      const id = (idL ?? idR)!;
      // 英伟达的H100(GPU): a gloss of a part of the left side, not of all of it. (克雷·马古克 is one transliterated
      // name, whatever known word its first part spells.)
      if (idR && !left.includes('·') && includesAny(left, surfaceSets(reg.lex).chinese2)) continue;
      const entry = reg.lex.entries.get(id);
      reg.add(entry?.name ?? (idL ? left : right), entry?.type ?? 'Organization', [idL ? origRight : origLeft], {
        lexiconId: entry ? id : undefined,
      });
      continue;
    }
    if (!/^[A-Z][A-Za-z0-9.'-]+(?: [A-Z0-9][A-Za-z0-9.'-]*){0,4}$/.test(right) || !/^[\u3400-\u9fff]/.test(left)) continue;
    // 互联协议灵衢（UnifiedBus）, 设计商摩尔线程（Moore Threads）: the noun before the name says what it is.
    const kind = KIND_THEN_NAME.exec(left);
    if (kind) {
      const name = kind[2]!;
      const orig = text.substr(m.index + m[1]!.length - name.length, name.length);
      reg.add(
        right,
        /协议|平台|系统|软件|模型|数据库|框架|架构/.test(kind[1]!)
          ? 'Product'
          : /芯片|处理器|加速器/.test(kind[1]!)
            ? 'Chip'
            : 'Organization',
        [origRight, orig],
      );
      continue;
    }
    const before = m[1]!.slice(0, Math.max(0, m[1]!.length - left.length));
    const personShaped = right.includes(' ') && right.split(' ').length <= 3;
    const chinesePerson = left.length >= 2 && left.length <= 4 && ZH_SURNAMES.has(left[0]!);
    if (
      left.includes('·') ||
      (personShaped &&
        (ZH_PERSON_BEFORE.test(before) || isGivenName(right.split(' ')[0]!) || chinesePerson) &&
        !EN_ORG_SUFFIX.test(right) &&
        !ZH_ORG_END.test(left))
    ) {
      reg.add(right, 'Person', [origRight, origLeft]);
    } else if (ZH_ORG_END.test(left) || EN_ORG_SUFFIX.test(right)) {
      reg.add(right, 'Organization', [origRight, origLeft]);
    }
  }

  // Transliterated names with a middle dot: 安德烈·卡帕西, 谢赫·塔农·本·扎耶德.
  for (const m of allMatches(DOTTED, simp)) {
    let first = cutChineseName(m[1]!);
    // (董事会主席阿斯特丽德·兰布雷希特: right after a title the whole first part, up to six characters, is the name's.)
    const titled = ZH_TITLE_BEFORE.exec(m[1]!);
    first =
      titled && m[1]!.length - titled[0].length === first.length
        ? first.slice(-6)
        : first.slice(ZH_ROLE_BEFORE.exec(first)?.[0].length ?? 0).slice(-4);
    const parts = m[2]!.slice(1).split('·');
    let last = parts.pop()!;
    const at = m.index + m[1]!.length - first.length;
    if (first.length === 0) continue;
    const institution = ZH_INSTITUTION.exec(last);
    if (institution && ![...institution[0]].some((c) => ZH_NAME_STOP.includes(c))) {
      // (the name of a person the institution is named after, whole with it)
      const name = [first, ...parts, institution[0]].join('·');
      if (!reg.known(name)) reg.add(text.substr(at, name.length), 'Organization', [text.substr(at, name.length)]);
      continue;
    }
    // (约翰·多伊加入公司: 加 begins names, 加入 ends them.)
    const joins = last.indexOf('加入');
    if (joins > 0) last = last.slice(0, joins);
    const stop = [...last].findIndex((c, i) => i > 0 && (ZH_NAME_STOP.includes(c) || DOTTED_LAST_STOP.includes(c)));
    if (stop > 0) last = last.slice(0, stop);
    const head = [first, ...parts].join('·');
    // A name the text has already given shorter (布拉德·史密斯 before 布拉德·史密斯进入董事会) is that name.
    // (…and so is one the text gives after a verb: 超越比尔·盖茨 is 比尔·盖茨.)
    let known = false;
    for (let k = last.length; k > 0 && !known; k--) known = !!reg.known(`${head}·${last.slice(0, k)}`);
    for (let j = 1; j < first.length && !known; j++) known = !!reg.known(`${[first.slice(j), ...parts].join('·')}·${last}`);
    if (known) continue;
    const name = `${head}·${last}`;
    reg.add(text.substr(at, name.length), 'Person', [text.substr(at, name.length)]);
  }
}
