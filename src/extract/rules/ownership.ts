import { nameKey } from '../normalize';
import {
  afterPlacePossessive,
  clauseAt,
  coordinated,
  describedListAfter,
  mentionsAfter,
  ofType,
  ORG,
  subjectBefore,
  type SentenceContext,
} from '../context';
import { isChinese } from '../lang';
import type { Mention } from '../matcher';
import { countedAmong, cue, negatedAt, type Emit, type Rule, type Terms } from './terms';
import { allMatches } from '../regex';

/** SUBSIDIARY_OF (unit -> parent): business units and owned companies. */

const UNIT: Terms = {
  // (国家开发银行全资附属的国开金融: 附属 before 的 says what 旗下 says.)
  zh: ['子公司', '旗下', '附属公司', '控股公司', '(?:全资|控股)?附属(?=的)', '(?:全资|绝对)?控股(?=的)'],
  en: [
    'subsidiary',
    'unit',
    'division',
    'affiliate',
    'spin-?off',
    'arm(?=\\s+of\\b|\\s*[,.;])',
    '(?:brand|marque)(?=\\s+of\\b)',
    // "M12, Microsoft's venture fund,": a company's own venture fund.
    '(?:venture|corporate\\s+venture)\\s+fund(?=\\s+of\\b|\\s*[,.;)])',
  ],
};
// A成为/是/属于B的(间接)(全资)子公司: the parent between the copula and the unit noun.
// (A系B控股子公司: or right before a kind of holding, without 的.)
const ZH_OF_PARENT = /(?:成为|是|为|系|属于|属|隶属于|隶属)\s*([^，,。]{1,20}?)(?:的(?:[^，,。的]{0,8})|(?:全资|控股|间接|独资))$/;
// What may stand between the parent and the unit noun inside brackets: (B的全资子公司), (B旗下).
const BRACKETED_PARENT = /^(?:的)?(?:全资|控股|间接|独资|非全资|直属)?$/;
// What may open a sentence before 旗下 when the story's company is the parent.
const ZH_OPENING = /^[\s“"]*(?:(?:其中|此外|另外|同时|至于|而|另)[，,]?)?\s*$/;
const BELONGS_TO_EN = /,\s*(?:which|that)\s+(?:belongs|belonged|is\s+attached)\s+to\s+(?:the\s+)?/g;
// A research unit by its name, and the schools it may belong to.
const INSTITUTE_UNIT = /\b(?:Centre|Center|Faculty|Institute|Laboratory|Lab|School|Department|College)\b/;
const SCHOOL = /\bUniversity\b|\bInstitute\s+of\s+Technology\b|\bAcademy\b/;
// A隶属(于)B: the parent right after the verb (隸屬於 in zh-Hant).
const BELONGS_TO = /隶属(?:于)?\s*/g;
const OWNED_BY: Terms = {
  zh: [],
  en: [
    '(?:wholly\\s+|majority[\\s-]+|fully\\s+)?(?:owned|controlled)\\s+by', // ("owns part of Sapeon" is a stake, investments.ts's, not membership.)
    '(?<!\\b(?:own|owns|owned|owning|hold|holds|held|holding|bought|buys|sold|sells|took|takes|acquired|acquires)\\s+(?:a\\s+)?)part\\s+of',
  ],
};

const MAJORITY =
  /\bowns?\s+(?:about|around|roughly|nearly|more\s+than|over|some)?\s*(\d+(?:\.\d+)?)%\s+(?:stake\s+in|of)\s+|持有[^，,。]{1,16}?(\d+(?:\.\d+)?)%(?:的)?(?:股份|股权)/g;
// What follows a parent's name in a unit's name: Foundry, Cloud, Ventures, 晶圆代工, 智能云.
const UNIT_NAME =
  /^\s*(?:Foundry|Foundry Services|Cloud|AI Cloud|Ventures|Capital|Research|AI Research|Labs?|AI Lab|Semiconductor|Digital|(?:[A-Z][a-z]+\s+)?Fund|Investments?|晶圆代工|代工|智能云|云|资本|创投|研究院)$/;
const ZH_UNIT_NAME = /^(?!旗下|下属|所属|的)[\u4e00-\u9fff]{0,8}(?:研究院|研究所|实验室|研究中心|事业部|事业群)$/;
const GROUP_UNIT =
  /,\s+the\s+(?:group|conglomerate)['’]s\s+(?:[\w&-]+,?\s+){0,5}?(?:arm|unit|business|division|subsidiary|affiliate|carmaker|automaker|company|operator|venture|flagship|retailer|bank|insurer)\b/g;
const nameAfter = (unit: string, parent: string) => (unit.startsWith(parent) ? unit.slice(parent.length) : '');
const unitCue = cue(UNIT);
const ownedBy = cue(OWNED_BY);
const OFFICE_NAME = /^(?:Bureau|Office|Agency|Administration|Directorate|Division)\s+(?:of|for)\s+[A-Z]/;
const OFFICE_ZH = /^[\u3400-\u9fff]{5,}(?:局|署|委员会|委員會|办公室|辦公室)$/;
const HELD_WHOLLY = /由[^，,。；]{1,30}?(?:全资|100%|百分之百|完全)(?:持有|控股|拥有)/g;

/** A unit of a parent (not of itself; not "its unit", which names no unit). */
function add(emit: Emit, unit: Mention | undefined, parent: Mention | undefined): void {
  // (A reference is no unit, but for 后者/前者, "the latter", which name one company exactly.)
  if (unit && parent && unit.id !== parent.id && (!unit.anaphor || /^(?:后者|前者|the\s+(?:latter|former))$/i.test(unit.surface)))
    emit({ type: 'SUBSIDIARY_OF', s: unit, o: parent, confidence: 0.85 });
}

// "the SoftBank-controlled company", "Helio Systems-owned Korvex Labs": the name ends at the hyphen.
const OWNED_ADJECTIVE = /(?<=[\w.&])[-–](?:controlled|owned|majority-owned|wholly-owned)\s+/g;
const OWNS = /(?<![-–])\b(?:owns|owned|has\s+owned|acquired\s+and\s+owns|controls)\s+(?:the\s+)?|(?:还|也|同时|目前)拥有/g;
// "owns data-labelling company Toloka AI, education technology firm TripleTen and …": each company, its kind written first.
const OWNS_DESCRIBED =
  /(?<![-–])\b(?:owns|owned(?!\s+by\b)|has\s+owned|controls)\s+(?:the\s+)?(?=(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|developer|maker|start-?up|operator|provider|designer|business|brand|chipmaker|platform)\s+[A-Z])/g;
const HELD_ITEM_GAP =
  /^\s*(?:,\s*)?(?:and\s+)?(?:(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|developer|maker|start-?up|operator|provider|designer|business|brand|chipmaker|platform)\s+)?$/;
// "SGH's other units include SMART Modular Technologies, which makes memory modules, and Cree LED": the parent's units listed.
const EN_UNITS_INCLUDE =
  /['’]s?\s+(?:other\s+|main\s+|key\s+|operating\s+)?(?:units|subsidiaries|businesses|divisions|brands)\s+(?:include|included|includes|are|were)\s+/g;
const COUNTED_UNITS =
  /^\s*(?:[（(][^）)]{1,24}[）)])?(?:公司)?(?:等)?(?:[两二三四五六七八九十\d]+|多|数|几)家(?:子公司|公司|企业|关联公司)/;
const POSSESSIVE = /^(?:['’]s\s+|的)$/;
// "The chip unit of Alibaba, T-Head,": a description of a unit that opens the sentence.
const DESCRIPTION_OPENS = /^\s*(?:[A-Z][\w-]*\s+)?(?:the|its)\s+(?:[\w-]+\s+){0,3}$/i;
const PARENT_NOUN = /(?:的)?母公司\s*|(?:['’]s)?\s+parent(?:\s+company)?,?\s+/g;
// "ByteDance's cloud arm Volcano Engine": lower-case arm (the cue list is case-blind, and Arm is a company).
const POSSESSED_ARM = /^['’]s\s+(?:[\w-]+\s+){0,3}?arm\s+$/;
const subsidiary: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const parent of orgs) {
    const unit = orgs.find(
      (x) => x.start > parent.end && x.start <= parent.end + 40 && POSSESSED_ARM.test(simp.slice(parent.end, x.start)),
    );
    if (unit && !negatedAt(ctx, parent.end, clauseAt(simp, parent.end)[0])) add(emit, unit, parent);
  }
  for (const m of allMatches(unitCue, simp)) {
    const end = m.index + m[0].length;
    const [cs, ce] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs, 12)) continue;
    if (isChinese(m[0])) {
      // (A与B、C合资的子公司X is a joint venture, which each partner holds: investments.ts reads it, no parent of one.)
      if (/合资(?:成立|组建|设立)?的[^，,。；的]{0,6}$/.test(simp.slice(cs, m.index))) continue;
      // A（B全资子公司）/ A（B旗下）: the parent inside the brackets, the unit right before them.
      const open = Math.max(simp.lastIndexOf('（', m.index), simp.lastIndexOf('(', m.index));
      if (open >= 0 && m.index - open <= 24 && /^[^，,。()（）]{0,6}[)）]/.test(simp.slice(end))) {
        const parent = orgs.find((x) => x.start > open && x.end <= m.index && BRACKETED_PARENT.test(simp.slice(x.end, m.index)));
        const unit = orgs.filter((x) => x.end <= open && /^\s*$/.test(simp.slice(x.end, open))).pop();
        if (parent && unit) {
          add(emit, unit, parent);
          continue;
        }
      }
      const ofParent = ZH_OF_PARENT.exec(simp.slice(cs, m.index));
      if (ofParent) {
        const pStart = cs + ofParent.index;
        add(
          emit,
          subjectBefore(ctx, pStart, ORG, false),
          orgs.find((x) => x.start > pStart && x.end <= m.index),
        );
        continue;
      }
      // A是B旗下(的)(企业|封测厂): the parent right before 旗下, the unit the subject of the copula.
      const copula = /(?:是|为|系|属于|隶属于)\s*$/;
      const owner = orgs.filter((x) => x.end === m.index).pop();
      // (是南韩SK集团旗下企业: a country may stand before the parent.)
      const place = owner && ctx.mentions.find((x) => x.type === 'Place' && x.end === owner.start);
      if (
        owner &&
        copula.test(simp.slice(cs, (place ?? owner).start)) &&
        /^的?[^，,。的]{0,8}(?:[。.!！]|$)/.test(simp.slice(end, ce)) &&
        !orgs.some((x) => x.start >= end && x.start < ce)
      ) {
        add(emit, subjectBefore(ctx, owner.start, ORG, false), owner);
        continue;
      }
      // B旗下(的)(子公司)A / 经由旗下子公司A: the unit right after, the parent is the subject.
      // 旗下(的)(AI芯片公司)X: the unit after a description of what it is; 旗下的云服务平台X: any short
      // description without a verb.
      const desc = /^(?:的)?(?:[^，,。的]{0,10}?(?:公司|企业|厂商|品牌|部门|业务|子公司|机构|团队|平台|基金))?\s*/.exec(
        simp.slice(end),
      )![0];
      // (Not a verb after the unit noun: 公司及部分子公司已被列入美国商务部实体清单.)
      const plain = /^的?[^，,。的、与和及拥有包括推出持投]{0,10}$/;
      const unit = orgs.find((x) => {
        const gap = simp.slice(end, x.start);
        return x.start >= end && x.start < ce && !/[被已将列]/.test(gap) && (x.start <= end + Math.max(4, desc.length) || plain.test(gap));
      });
      // B旗下除…外，还包括数据标注公司A、机器人公司C: every unit of the list after 包括, B right before 旗下.
      const owner0 = orgs.filter((x) => x.end === m.index).pop();
      // (Within the clause, or past 除…外: not "旗下拥有多款芯片，客户包括A、B".)
      const includes = unit || !owner0 ? null : UNITS_INCLUDE.exec(simp.slice(end));
      const firstUnit = includes && orgs.find((x) => x.start >= end + includes[0].length && x.start <= end + includes[0].length + 10);
      if (firstUnit) {
        for (const u of coordinated(ctx.mentions, firstUnit, simp, ORG, true)) add(emit, u, owner0);
        continue;
      }
      // (A是B的股东，通过全资子公司C持有B股份: a clause with no subject of its own goes on with the sentence's, A.)
      const comma = Math.max(...['，', ',', '；', ';'].map((c) => simp.lastIndexOf(c, m.index)));
      // (…，百度则早已…，并计划推动旗下芯片公司昆仑芯: the last clause that opens with a name is the one going on.)
      const opener = orgs.filter((x) => x.end <= m.index && /^\s*$/.test(simp.slice(clauseAt(simp, x.start)[0], x.start))).pop();
      const first = opener ?? orgs[0];
      const topic =
        first &&
        comma > 0 &&
        (first.start <= 12 || first === opener) &&
        first.end < comma &&
        !/^的/.test(simp.slice(first.end)) &&
        !orgs.some((x) => x.start > comma && x.end <= m.index)
          ? first
          : undefined;
      // (A sentence opening with 旗下 goes on with the story's company.)
      // (…after a connective too: 其中，旗下A / 至于旗下A / 此外，旗下A.)
      const opening = !orgs.some((x) => x.end <= m.index) && ZH_OPENING.test(simp.slice(0, m.index)) ? ctx.topic : undefined;
      // (印度地产大亨X旗下的Hiranandani集团: a person owns it, no company before.)
      // (埃隆·马斯克（Elon Musk）旗下的xAI: a gloss may stand between.)
      const person = ctx.mentions.some(
        (x) => x.type === 'Person' && x.end <= m.index && /^\s*(?:[（(][^）)]{1,40}[）)])?\s*$/.test(simp.slice(x.end, m.index)),
      );
      const parent = unit && !person ? (topic ?? subjectBefore(ctx, m.index, ORG, false) ?? opening) : undefined;
      // (集团旗下A、B与C四家公司: every unit of a list the text counts as companies.)
      const listed = unit ? coordinated(ctx.mentions, unit, simp, ORG, true) : [];
      const counted = listed.length > 1 && COUNTED_UNITS.test(simp.slice(listed[listed.length - 1]!.end));
      for (const u of counted ? listed : [unit]) add(emit, u, parent);
      continue;
    }
    // A, a (wholly owned) subsidiary of B
    // ("a subsidiary of the salt-to-software conglomerate's holding company Tata Sons": a description of the parent first.)
    const of = /^\s+of\s+(?:[a-z][\w-]*(?:['’]s)?\s+){0,5}/.exec(simp.slice(end, end + 80));
    if (of) {
      const at = afterPlacePossessive(ctx, end + of[0].length);
      // "X, a (wholly owned) subsidiary of Y", "X is the chip unit of Y": X stands right before (not "the venture arm of Y" alone).
      const unit = orgs.filter((x) => x.end <= m.index && x.start >= cs - 60).pop();
      const between = unit ? simp.slice(unit.end, m.index) : '';
      // (…and "X will become a wholly owned subsidiary of Y": what a deal makes it.)
      if (
        /^\s*(?:,|\s(?:is|was|became|becomes|remains|as|operates\s+as|will\s+(?:then\s+)?become|would\s+become|is\s+(?:set|expected)\s+to\s+become|will\s+be|would\s+be))\s*(?:now\s+)?(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}$/.test(
          between,
        )
      ) {
        add(
          emit,
          unit,
          orgs.find((x) => x.start === at),
        );
        continue;
      }
      // "The chip unit of Alibaba, T-Head, released…": the description opens the sentence and the unit's
      // name follows the parent as an appositive (not a list: "the cloud unit of Alibaba, Tencent and Baidu").
      const parent = orgs.find((x) => x.start === at);
      const named = parent && orgs.find((x) => x.start > parent.end && /^\s*,\s*$/.test(simp.slice(parent.end, x.start)));
      if (
        named &&
        DESCRIPTION_OPENS.test(simp.slice(0, m.index)) &&
        /^\s*,(?!\s*(?:and|or)\b)/.test(simp.slice(named.end)) &&
        !orgs.some((x) => x.start > named.end && /^\s*,?\s*(?:and|or)\s+$/.test(simp.slice(named.end, x.start)))
      )
        add(emit, named, parent);
      continue;
    }
    // B's (cloud) unit A | B subsidiary A | A, B's cloud unit | A, a B subsidiary | A (a B subsidiary)
    // | B said its chip unit A (its: the subject before)
    const its = /\bits\s+(?:[\w-]+\s+){0,2}$/.exec(simp.slice(cs, m.index));
    const parent =
      orgs.filter((x) => x.end <= m.index && /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/.test(simp.slice(x.end, m.index))).pop() ??
      (its ? subjectBefore(ctx, cs + its.index, ORG) : undefined);
    if (!parent) continue;
    const direct = orgs.find((x) => x.start >= end && x.start <= end + 2 && /^\s*$/.test(simp.slice(end, x.start)));
    const commaAfter = orgs.find((x) => x.start >= end && x.start <= end + 2);
    const appositive = orgs
      .filter(
        (x) => x.end <= parent.start && x.start >= cs - 60 && /^\s*[,(（]\s*(?:(?:a|an|the)\s+)?$/.test(simp.slice(x.end, parent.start)),
      )
      .pop();
    // (The name right after the noun is the unit; else the name before, in apposition; else one after a comma.)
    add(emit, direct ?? appositive ?? commaAfter, parent);
  }
  // 澜算科技隶属于雷川科技(集团)。: the unit the subject, the parent right after the verb.
  for (const m of allMatches(BELONGS_TO, simp)) {
    // (隶属加密货币挖矿机制造商比特大陆: a description of the parent may come first.)
    const at = m.index + m[0].length;
    const described = /^[^，,。；]{0,16}?(?:商|公司|集团|企业|厂|巨头)\s*/.exec(simp.slice(at));
    // (Yotta隶属印度地产大亨X旗下的Hiranandani集团: the unit of a unit, named after 旗下的, is the parent.)
    const under = /^[^，,。；]{0,40}?旗下的?\s*/.exec(simp.slice(at));
    const parent =
      (under ? orgs.find((x) => x.start === at + under[0].length) : undefined) ??
      orgs.find((x) => x.start === at) ??
      (described ? orgs.find((x) => x.start === at + described[0].length) : undefined);
    if (parent && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0], 8)) add(emit, subjectBefore(ctx, m.index, ORG, false), parent);
  }
  // "ACC Cyfronet AGH, which belongs to the AGH University", "the TASK Computer Centre at Gdańsk University of Technology",
  // "ICM of the University of Warsaw": a unit belongs to what it says, and a centre, faculty or lab to the university
  // it is named at or of.
  for (const m of allMatches(BELONGS_TO_EN, simp)) {
    const unit = orgs.filter((x) => x.end === m.index).pop();
    const parent = orgs.find((x) => x.start === m.index + m[0].length);
    if (unit && parent && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) add(emit, unit, parent);
  }
  for (const unit of orgs) {
    if (!INSTITUTE_UNIT.test(simp.slice(unit.start, unit.end))) continue;
    const at = /^(?:\s*[（(][^）)]{1,12}[）)])?\s+(?:at|of)\s+(?:the\s+)?/.exec(simp.slice(unit.end, unit.end + 24));
    const parent = at ? orgs.find((x) => x.start === unit.end + at[0].length) : undefined;
    if (parent && SCHOOL.test(simp.slice(parent.start, parent.end))) add(emit, unit, parent);
  }
  // 雷川科技控股的澜算科技: the company a parent controls, named right after 控股的.
  for (const parent of orgs) {
    const held = /^(?:全资|间接)?控股的/.exec(simp.slice(parent.end, parent.end + 6));
    const unit = held ? orgs.find((x) => x.start === parent.end + held[0].length) : undefined;
    if (unit && !negatedAt(ctx, parent.end, clauseAt(simp, parent.end)[0])) add(emit, unit, parent);
  }
  // "Tata Motors, the group's carmaker", "Jio Platforms, the group's digital arm": the unit named before the
  // group's description (coreference makes "the group" the group last named).
  for (const m of allMatches(GROUP_UNIT, simp)) {
    const unit = orgs.filter((x) => x.end <= m.index && /^\s*$/.test(simp.slice(x.end, m.index))).pop();
    const parent = orgs.find((x) => x.anaphor && x.start > m.index && x.start <= m.index + 4);
    add(emit, unit, parent);
  }
  // the SoftBank-controlled company, a Samsung-owned unit: the controller owns what follows.
  for (const m of allMatches(OWNED_ADJECTIVE, simp)) {
    const parent = orgs.find((x) => x.end === m.index);
    const at = m.index + m[0].length;
    // (The owned company in the same phrase: "the SoftBank-controlled chip designer Arm", not past a clause break.)
    const unit = orgs.find((x) => x.start >= at && x.start <= at + 25 && !/[,;.:，；。]/.test(simp.slice(at, x.start)));
    add(emit, unit, parent);
  }
  // SoftBank owns about 90% of Arm / 持有X超过50%的股份: a majority holder is the parent.
  for (const m of allMatches(MAJORITY, simp)) {
    const pct = Number(m[1] ?? m[2]);
    const at = m.index + m[0].length;
    const held = m[1] !== undefined ? orgs.find((x) => x.start === at) : orgs.filter((x) => x.start > m.index && x.end <= at).pop();
    if (pct > 50 && held && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) add(emit, held, subjectBefore(ctx, m.index, ORG, false));
  }
  // "SoftBank also owns Arm": the company owned outright (not "owns a stake in", "owns 10% of").
  for (const m of allMatches(OWNS, simp)) {
    const at = m.index + m[0].length;
    const held = orgs.find((x) => x.start === at && !x.anaphor);
    const [cs] = clauseAt(simp, m.index);
    if (!held || !/^\s*(?:[,.;)，。；、）]|$|and\b|as\s+well\b|outright\b|等公司)/.test(simp.slice(held.end, held.end + 12))) continue;
    if (negatedAt(ctx, m.index, cs, 12)) continue;
    // ("SoftBank Group, which controls Arm,": the owner is the name the relative clause is about.)
    const whose = orgs.find((x) => /^\s*,\s*(?:which|that)\s+(?:also\s+|still\s+)?$/.test(simp.slice(x.end, m.index)));
    if (whose) {
      add(emit, held, whose);
      continue;
    }
    if (/\b(?:by|who|which)\s+$|\bjointly\s+$|\bpart(?:ly|ially)\s+$/.test(simp.slice(Math.max(cs, m.index - 10), m.index))) continue;
    add(emit, held, subjectBefore(ctx, m.index, ORG));
  }
  for (const m of allMatches(OWNS_DESCRIBED, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (
      negatedAt(ctx, m.index, cs, 12) ||
      /\b(?:by|who|which)\s+$|\bjointly\s+$|\bpart(?:ly|ially)\s+$/.test(simp.slice(Math.max(cs, m.index - 10), m.index))
    )
      continue;
    const owner = subjectBefore(ctx, m.index, ORG);
    // (Each item with a kind of company or none; the list ends at a verb: "…and Avride, and holds a stake in ClickHouse".)
    let from = m.index + m[0].length;
    for (const held of describedListAfter(ctx, from, ORG)) {
      if (!HELD_ITEM_GAP.test(simp.slice(from, held.start))) break;
      add(emit, held, owner);
      from = held.end;
    }
  }
  for (const m of allMatches(EN_UNITS_INCLUDE, simp)) {
    const parent = orgs.find((x) => x.end === m.index && !x.anaphor);
    if (!parent || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const unit of unitsListed(ctx, m.index + m[0].length)) add(emit, unit, parent);
  }
  // Intel Foundry beside Intel, 百度智能云 beside 百度: a unit named after its parent, both in the sentence.
  // (百度深度学习研究院 beside 百度: a Chinese institute or division written after its parent's name as the text writes it.)
  for (const unit of orgs) {
    const parent = orgs.find(
      (p) =>
        p.id !== unit.id &&
        !p.anaphor &&
        ctx.lex.entries.get(p.id)?.name &&
        (UNIT_NAME.test(nameAfter(ctx.lex.entries.get(unit.id)?.name ?? unit.surface, ctx.lex.entries.get(p.id)!.name)) ||
          (!ctx.lex.entries.has(unit.id) && ZH_UNIT_NAME.test(nameAfter(unit.surface, p.surface)))),
    );
    add(emit, parent ? unit : undefined, parent);
  }
  // 美国商务部工业与安全局: a Chinese office named with its known parent's full name before what it is.
  for (const unit of orgs) {
    if (unit.anaphor || !OFFICE_ZH.test(unit.surface)) continue;
    const name = simp.slice(unit.start, unit.end);
    for (let k = name.length - 3; k >= 3; k--) {
      const id = ctx.lex.byKey.get(nameKey(name.slice(0, k)));
      if (!id || id === unit.id || ctx.lex.entries.get(id)?.type !== 'Organization') continue;
      add(emit, unit, { id, type: 'Organization', start: unit.start, end: unit.start + k, surface: unit.surface.slice(0, k) });
      break;
    }
  }
  // "the Commerce Department's Bureau of Industry and Security": an office of a government or an institution.
  for (const unit of orgs) {
    if (!OFFICE_NAME.test(unit.surface)) continue;
    const parent = orgs.find((p) => p.id !== unit.id && !p.anaphor && POSSESSIVE.test(simp.slice(p.end, unit.start)));
    if (parent) add(emit, unit, parent);
  }
  // 祥发投资由旭达投资全资持有, 由公共投资基金（PIF）全资持有: the holder after 由, the one held the clause's subject.
  for (const m of allMatches(HELD_WHOLLY, simp)) {
    const parent = orgs.filter((x) => x.start > m.index && x.end <= m.index + m[0].length).pop();
    const [cs] = clauseAt(simp, m.index);
    if (parent && !negatedAt(ctx, m.index, cs)) add(emit, subjectBefore(ctx, m.index, ORG) ?? ctx.topic, parent);
  }
  // "Alphabet's Google", 阿里巴巴的平头哥: a company written as its known parent's.
  for (const unit of orgs) {
    const parentId = ctx.lex.entries.get(unit.id)?.parentId;
    const parent = parentId && orgs.find((p) => p.id === parentId && !p.anaphor && POSSESSIVE.test(simp.slice(p.end, unit.start)));
    if (parent) add(emit, unit, parent);
  }
  // 谷歌母公司Alphabet / Google parent Alphabet / Google's parent company, Alphabet: the unit before, the parent after.
  for (const o of orgs) {
    // "Alphabet, Google's parent,": the possessor is the unit of the name before the appositive.
    const parentOf = /^['’]s\s+parent(?:\s+company)?\s*[,;.]/.test(simp.slice(o.end, o.end + 24));
    const head = parentOf ? orgs.filter((x) => x.end <= o.start && /^,\s*$/.test(simp.slice(x.end, o.start))).pop() : undefined;
    if (head && !head.anaphor) add(emit, o, head);
    // "Broadcom's Semiconductor Solutions Group", "through its Annapurna Labs unit": a unit named with its owner's possessive.
    const unitNoun = /^\s+(?:unit|arm|subsidiary|division|business)\b/.test(simp.slice(o.end, o.end + 14));
    const its = /\bits\s+$/i.test(simp.slice(Math.max(0, o.start - 5), o.start));
    if (unitNoun && its) add(emit, o, subjectBefore(ctx, o.start - 4, ORG, false));
    const owner = /\b(?:Group|Division|Business\s+Unit)$/.test(o.surface)
      ? orgs.find((x) => x.end <= o.start && /^['’]s?\s+$/.test(simp.slice(x.end, o.start)))
      : undefined;
    if (owner) add(emit, o, owner);
  }
  for (const m of allMatches(PARENT_NOUN, simp)) {
    const unit = orgs.find((x) => x.end === m.index && !x.anaphor);
    const parent = orgs.find((x) => x.start === m.index + m[0].length);
    if (unit && parent && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0], 12)) add(emit, unit, parent);
  }
  for (const m of allMatches(ownedBy, simp)) {
    const end = m.index + m[0].length;
    // owned by PIF, owned by Saudi Arabia's Public Investment Fund
    const poss = /^\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s){0,2}?[A-Z][\w.&-]*['’]s\s+/.exec(simp.slice(end, end + 40))?.[0].length ?? 0;
    const parent = mentionsAfter(ctx, end + poss, ORG, end + poss + 6)[0];
    if (parent && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0], 12)) add(emit, orgs.filter((x) => x.end <= m.index).pop(), parent);
  }
};

const UNITS_INCLUDE = /^(?:除[^。；;]{0,24}?外[，,])?[^。；;，,]{0,16}?(?<!客户|客戶|伙伴|夥伴|用户|用戶|对手|對手|股东|股東)(?:包括|包含)/;

// 小米在上海成立玄戒技术有限公司, OPPO组建芯片子公司哲库: a company set up by one organization alone is its unit
// (not one founded together, 与B共同成立/合资成立, nor 成立于2017年).
const SET_UP = /(?<!共同|合资|联合|合作)(?:成立|设立|组建|注册成立)(?:了)?((?:[^，,。；、的]{0,6}?子公司)?)/g;
const setUp: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(SET_UP, simp)) {
    const end = m.index + m[0].length;
    const unit = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === end || (x.start === end + 1 && /[“「]/.test(simp[end]!)));
    // (Only a company's name (…有限公司, …公司), or one the text calls a subsidiary: 成立了AI实验室 is no company.)
    if (!unit || !(/公司$/.test(unit.surface) || /子公司/.test(m[1]!))) continue;
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs) || /(?:与|和|跟|同)[^，,。；]{1,20}$/.test(simp.slice(cs, m.index))) continue;
    const parent = subjectBefore(ctx, m.index, ORG, false);
    if (parent && parent.id !== unit.id) add(emit, unit, parent);
  }
};
// "NTT counts NTT Docomo and NTT Data among its subsidiaries": each one named is the subject's.
const COUNTS_AMONG_UNITS = countedAmong(['subsidiaries', 'units', 'affiliates', 'businesses', 'brands']);
const countsAmongUnits: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(COUNTS_AMONG_UNITS, simp)) {
    const end = m.index + m[0].length;
    const units = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > m.index && x.end <= end);
    if (!units.length || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    const parent = subjectBefore(ctx, m.index, ORG, false);
    for (const u of units) add(emit, u, parent);
  }
};

export const OWNERSHIP_RULES: Rule[] = [subsidiary, setUp, countsAmongUnits];

/** The names of a list of units, each may carry a relative clause: "A, which makes memory modules, and B". */
function unitsListed(ctx: SentenceContext, pos: number): Mention[] {
  const relative = /,\s+(?:which|that|who)\s+[^,;.]{1,60},/g;
  const plain = ctx.simp.slice(0, pos) + ctx.simp.slice(pos).replace(relative, (r) => ','.padEnd(r.length, ' '));
  return describedListAfter({ ...ctx, simp: plain }, pos, ORG);
}
