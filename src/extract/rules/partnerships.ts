import {
  clauseAt,
  clauseSubject,
  coordinated,
  isReporter,
  mentionsAfter,
  ofType,
  ORG,
  orgList,
  roleLists,
  sameBusiness,
  UNSAID_OWNER,
  subjectBefore,
  withoutChineseNames,
  type SentenceContext,
} from '../context';
import { isChinese } from '../lang';
import { orgRef, type Mention } from '../matcher';
import { countedAmong, cue, negatedAt, type Emit, type Rule, type Terms } from './terms';
import { allMatches, matchesIn } from '../regex';

/** PARTNERS_WITH (symmetric): cooperation, alliances, joint development, outsourced design. */

// A与B合作 / A partners with B / 外包给B.
const PARTNER_VERB: Terms = {
  zh: [
    // (A和B也在合作名单之列: each is on someone's list of partners, not the other's partner.)
    '合作(?!(?:伙伴|厂商|对象)?(?:名单|阵容|行列))',
    '携手',
    // (智谱联同华为开源新模型: together with.)
    '联同',
    '联手',
    '牵手',
    '结盟',
    '外包给',
    // (Hong Kong: 将芯片生产外判予台积电.)
    '外判(?:予|给)',
    '委外(?:给)?',
    '委托',
    '共同开发',
    '联合开发',
    // (A与B、C22日共同宣布，将在阿布扎比合作…: announcing together is the partners' act.)
    '(?:联合|共同|携手)(?:打造|推出|建设|研制|设计|发布|成立|发起|推动|推进|开发|运营|建立|兴建|宣布)',
    // A与B强强联合 / 结成战略联盟 / 共建联合实验室: joining strengths, an alliance formed, something built together.
    '强强联合',
    '(?:结成|组成|组建)[^，,。]{0,6}?联盟',
    '共建',
    '合作设计',
    '共同研发',
    '联合研发',
    '合资',
    '共同成立',
    '授权给',
    '签订[^，,。]{0,16}(?:合约|合同|协议)',
    '签署[^，,。]{0,16}(?:合约|合同|协议)',
    '签(?:署|订)[^，,。]{0,10}(?:意向书|备忘录|框架协议)',
    // KDDI与夏普达成协议 / 微软还与甲骨文达成安排: an agreement reached with the partner.
    // (Not a takeover agreement: 与Mellanox达成收购协议 is the deal's.)
    '达成(?![^，,。]{0,10}?(?:收购|并购|合并))[^，,。]{0,10}?(?:协议|合约|安排)',
    // 燧原与腾讯的深度绑定 / SK海力士已与辉达就HBM4完成价格谈判.
    '(?:深度)?绑定',
    // 哈啰还与启辰汽车、阿里云等生态伙伴分别签约
    '(?:分别|正式|已)?签约(?!仪式)',
    '就[^，,。]{1,20}?(?:达成|完成|敲定)[^，,。]{0,10}?(?:协议|共识|谈判|合约|合同)',
  ],
  en: [
    'partner(?:s|ed|ing)?\\s+with',
    '(?:in\\s+)?(?:a\\s+)?(?:close\\s+|strategic\\s+|long-term\\s+)?partnerships?\\s+with',
    'collaborat\\w*\\s+with',
    // (teamed up with, is teaming with)
    'team(?:s|ed|ing)?\\s+up\\s+with',
    'team(?:s|ed|ing)\\s+with',
    'join(?:s|ed|ing)?\\s+forces\\s+with',
    // "tied up with Nvidia", "a tie-up with Nvidia", "joined hands with Nvidia"
    'tie(?:s|d)?\\s+up\\s+with',
    'tie-ups?\\s+with',
    'join(?:s|ed|ing)?\\s+hands\\s+with',
    'alliance\\s+with',
    'joint venture with',
    'work(?:s|ed|ing)?\\s+(?:closely\\s+|together\\s+)?with',
    'built\\s+with',
    'made\\s+(?:together\\s+)?with',
    'designed\\s+(?:together\\s+|jointly\\s+)?with',
    // "the TPU that Google designs with Broadcom", "the chips OpenAI is building with Broadcom, which…": a name, not goods, after with.
    '(?:design(?:s|ing)?|build(?:s|ing)?)\\s+(?:together\\s+|jointly\\s+)?with(?=\\s+[A-Z][\\w.&-]*(?:\\s+[A-Z][\\w.&-]*)?\\s*(?:[,.;]|$|\\s+(?:and|for|to|on|in|since|which|that|is|was)\\b))',
    'created\\s+(?:in\\s+close\\s+collaboration\\s+)?with',
    'developed\\s+(?:together\\s+|jointly\\s+)?with',
    'co-develop\\w*\\s+with',
    // "after more than a decade of development with Kioxia", "joint development work with Rapidus"
    '(?:joint\\s+|co-)?development\\s+(?:work\\s+|efforts?\\s+)?with',
    'with\\s+(?:the\\s+)?(?:help|assistance|support)\\s+(?:from|of)',
    // (Not "dies matching Sophgo's design that ended up with Huawei": where a thing ends up is no partner.)
    '(?:build|builds|building|develop|develops|developing|developed|design|designs|designing|designed|co-design(?:s|ed|ing)?|co-develop(?:s|ed|ing)?|set\\s+up|establish|create)\\s+(?!by\\b)(?:[\\w-]+\\s+){1,8}?(?<!\\b(?:up|ended|end|ends|wound)\\s)with(?=\\s+[A-Z])',
    // "developing its own AI server chip, code-named Baltra, with Broadcom": a code name in apposition between.
    '(?:build|building|develop|developing|design|designing)\\s+(?:[\\w-]+\\s+){1,6}?(?:chips?|processors?|accelerators?|silicon),\\s+(?:code-?named|called|dubbed|known\\s+as)\\s+[\\w-]+,\\s+with(?=\\s+[A-Z])',
    'licens(?:e|es|ed|ing)\\s+(?:[\\w-]+\\s+){0,4}?to',
    // "has agreed to license technology from AI chip startup Groq"
    'licens(?:e|es|ed|ing)\\s+(?:[\\w-]+\\s+){0,4}?from',
    // ("announced a multibillion-dollar agreement of its own with Microsoft")
    '(?:signed|inked|struck|reached|announced|secured|clinched)\\s+(?:a|an)\\s+(?:[\\w$-]+\\s+){0,4}?(?:agreement|deal|contract|pact)\\s+(?:to\\s+[^,.;]{1,60}?\\s+to|(?:of\\s+(?:its|their)\\s+own\\s+)?with)',
    // "agreed with xAI to build a data centre" (not "analysts agreed with the view"; an act follows the partner)
    'agre(?:ed|es|e)\\s+with(?=\\s+[^.;]{1,60}?\\s+to\\s+(?:jointly\\s+)?(?:build|develop|design|supply|deploy|create|set\\s+up|launch|invest|work|collaborate|co-develop|offer|provide|make)\\b)',
    // ("outsources part of the packaging work to Amkor")
    'outsourc\\w+\\s+(?:[\\w-]+\\s+){0,5}?to',
    // "Nvidia signs up MediaTek, Marvell and Alchip" (not "signed up for", "signed up as a customer")
    'sign(?:s|ed|ing)?\\s+up(?!\\s+(?:for|to|as|with)\\b)',
    // "Nvidia strikes $20 billion deal for Groq's technology"
    '(?:strike|strikes|struck|ink|inks|inked)\\s+(?:an?\\s+)?(?:[\\w$.-]+\\s+){0,3}?(?:deal|agreement|pact|arrangement)\\s+(?:with|for)',
    'in\\s+(?:close\\s+)?collaboration\\s+with',
    // "MediaTek's close relationship with TSMC"
    '(?:close|strong|deep|long-standing|longstanding|long-term|strategic|tight)\\s+(?:working\\s+|business\\s+)?(?:relationship|ties)\\s+with',
    'signed\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}(?:deal|agreement|pact)\\s+with',
    // "has signed smaller contracts with Nscale and Lambda", "signed multi-billion-dollar contracts with both A and B"
    '(?:signed|inked|struck)\\s+(?:[\\w$-]+\\s+){0,3}?(?:agreements|deals|contracts|pacts)\\s+with(?:\\s+both)?',
    '(?:signed|inked|reached)\\s+(?:a|an)\\s+(?:memorandum\\s+of\\s+understanding|MOU|letter\\s+of\\s+intent)\\s+with',
  ],
};
// Partners listed after a noun: partners such as A, B and C / 合作伙伴包括A、B.
const PARTNER_LIST: Terms = {
  // (另一家合作伙伴Fisker, 鸿海在当地的合作车厂Lordstown Motors: the partner named right after the noun.)
  // (首批合作伙伴阵容中，芯片设计业者包括A、B: a kind of partner may come before the list.)
  zh: [
    '伙伴[，,]?(?:包括|有|如|涵盖|为)',
    '伙伴(?:阵容|名单|行列)中?[，,]?[^，,。；]{0,12}?(?:包括|有|为)',
    '合作(?:伙伴|车厂|厂商|对象)(?!关系|协议|的|[，,、。]|阵容|名单|行列)',
  ],
  en: ['partners,?\\s+(?:such\\s+as|including|include|like)', '(?:its|their)\\s+(?:\\w+\\s+)?partners(?=\\s+[A-Z])'],
};
// "Helio tapped Korvex to design its next chip": a company engaged to design or build with the subject.
// ("Google had brought in Taiwan's MediaTek to work on a future TPU", "RIKEN picked Fujitsu to design the system"; not "was
// chosen over AMD to design".)
const TAPPED_TO =
  /\b(?:tap(?:s|ped|ping)?|enlist(?:s|ed|ing)?|brought\s+in|brings?\s+in|bringing\s+in|pick(?:s|ed)?|chose|choose|chosen|select(?:s|ed)?)\s+(?!(?:over|than|instead|against|ahead|in)\b)([^.;,]{2,60}?)\s+to\s+(?:help\s+(?:it\s+|them\s+)?)?(?:(?:co-)?(?:design|develop|build|create|engineer)\b|work\s+on\b)/g;
// "Korvex counts Helio among its partners".
const COUNTS_AMONG = countedAmong(['partners', 'allies']);
// 雷川科技联合澜算科技发布白皮书: 联合 with the partner right after it and a joint act after the partner.
// (Not 联合创始人, 联合国, 联合实验室, nor 联合 as an adverb before the act: 与B联合发布.)
const JOINT_WITH = /联合(?!创始|国|体|实验室|保荐|承销|会|声明)/g;
// (OpenAI联合软银和甲骨文宣布“星际之门”计划: a joint announcement.)
const JOINT_ACT = /^(?:共同|一起|正式)?(?:发布|推出|打造|开发|研发|研制|设计|成立|发起|举办|建设|共建|启动|开展|宣布)/;
const THEY_ARE_PARTNERS =
  /(?:它们|他们|两者|这些公司|这几家)(?:都|均|也|皆)?(?:是|为|成为)([^，,。；]{1,16}?)的[^，,。；的]{0,8}?(?:合作伙伴|伙伴|合作对象)/g;
// ("Google has relied on Broadcom as its TPU design partner": relying on one as a partner.)
// "as its TPU design partner": what makes the one named a partner, also read by the supply rules (not a supplier then).
export const AS_ITS_PARTNER = String.raw`\s+as\s+(?:(?:its|their|a|an)\s+)?(?:[\w-]+\s+){0,3}?partners?\b`;
const AS_PARTNERS = new RegExp(
  String.raw`\b(?:brought\s+in|brings\s+in|signed\s+(?:up|on)|named|added|picked|chose|selected|tapped|enlisted|(?:relie[sd]|rely|relying|depend(?:s|ed|ing)?|count(?:s|ed|ing)?)\s+on)\s+([^.;]{2,80}?)` +
    AS_ITS_PARTNER,
  'g',
);
// "A and B signed a partnership": the agreement noun after two coordinated parties.
const AGREEMENT: Terms = {
  // (联发科与台积电关系紧密: close ties between the two.)
  // (丰田、本田和日产联手/共同开发: a list of parties acting together.)
  zh: [
    '合作协议',
    '战略合作',
    '合作关系',
    '合作伙伴关系',
    '关系(?:紧密|密切|深厚)',
    '联手',
    '携手(?![^，,。；]{0,6}(?:挑战|对抗))',
    '共同(?:开发|研发|设计|打造)',
  ],
  en: [
    'partnership',
    'agreement',
    'alliance',
    'collaboration',
    // (Not a deal the banks underwrote or advised on: "A and B underwrote the deal".)
    '(?<!\\b(?:underwr(?:ote|ites?|iting|itten)|advis(?:ed|es|ing)\\s+on|financ(?:ed|es|ing)|arrang(?:ed|es|ing)|pric(?:ed|es|ing))\\s+(?:the\\s+|a\\s+|this\\s+|that\\s+)?)deal',
    'joint venture',
    // "A and B signed a letter of intent to cooperate"
    'letter\\s+of\\s+intent',
    'memorandum\\s+of\\s+understanding',
    // "A and B will jointly develop …": a joint act of the two subjects.
    'jointly\\s+(?:develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|invest(?:s|ed|ing)?)',
    // "a plant that STMicroelectronics and GlobalFoundries are developing together"
    '(?:develop|design|build)(?:s|ing|ed)?\\s+(?:[\\w-]+\\s+)?(?:together|jointly)',
    'co-develop(?:s|ed)?',
    'co-design(?:s|ed)?',
    // "A and B are collaborating on …", "A and B joined forces to …": a joint act without "with".
    '(?:collaborat|cooperat)(?:e|es|ed|ing)(?!\\s+with)',
    // ("Toyota, Honda and Nissan team up with chip firms": with no name after "with", the subjects act together.)
    '(?:partnered|team(?:s|ed)?\\s+up|join(?:s|ed)?\\s+forces)(?!\\s+with\\b(?!\\s+(?:[\\w-]+\\s+)?(?:firms|companies|makers|chipmakers|partners|suppliers|groups)\\b))',
    'work(?:s|ed|ing)?\\s+together(?!\\s+with)',
    // "Uber and Nvidia will also build a joint data factory"
    '(?:build|create|set\\s+up|open|launch|form|run)\\s+(?:a|an)\\s+joint\\s+(?!venture)',
  ],
};
// "In a major partnership, A … B": a sentence framed as a partnership states one between its parties.
// What follows a maker's name when its goods are meant: Nvidia GPUs, AMD's chips.
const GOODS_AFTER =
  /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:GPUs?|CPUs?|TPUs?|chips?|processors?|accelerators?|servers?|hardware|silicon|systems?|switches|memory)\b/;
const FRAME =
  /^(?:in|under|as part of|through)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}(?:partnership|deal|agreement|collaboration|alliance)\b|^(?:作为|在)[^，,。]{0,10}合作(?:的一部分|中)/i;
// "deepening a partnership between the two companies", 双方的合作: the two actors of the sentence.
const BETWEEN_TWO =
  /\b(?:partnership|collaboration|alliance|relationship|cooperation|ties)\s+between\s+the\s+two\s+(?:companies|firms|groups)\b|\bthe\s+two\s+(?:(?:companies|firms)\s+)?(?:have\s+(?:long\s+|also\s+)?been|are|were|remain)\s+(?:long-?time\s+|longtime\s+|close\s+|strategic\s+)*(?:partners|allies)\b|\bthe\s+two\s+(?:companies|firms)\s+(?:will|would|plan\s+to|also|have|had|agreed\s+to|are)?\s*(?:also\s+)?(?:jointly\s+|together\s+)?(?:co-develop|co-design|develop|design|build|work|collaborate|partner)\w*\b(?:\s+(?:together|jointly))?|双方(?:的)?(?:合作|联盟)|双方(?:将|也|还|会)?(?:共同|联合|携手)|两家公司(?:将|也|还)?(?:的)?(?:合作|共同|联合|携手)/i;
// 取得Google新一代TPU的设计订单, won a contract from X: an order is a commercial deal.
const ORDER_FROM =
  /(?:取得|获得|拿下|赢得|接获|接到|斩获|承接|敲定|签下)([^，,。]{1,20}?)的?(?:[^，,。的]{0,8})(?:订单|大单|合约|合同)|\b(?:won|wins|secured|landed|received)\s+(?:a|an|the)?\s*(?:[\w$-]+\s+){0,3}?(?:order|contract)s?\s+from\s+/gi;
// A为B设计/定制 (chips), A designs chips for B: outsourced design is a partnership.
const DESIGN_FOR =
  /(?<![成作因认以称])(?:为|替)([^，,。]{1,24}?)(?:设计|定制|开发|打造)|\b(?:design(?:s|ed|ing)?|build(?:s|ing)?|develop(?:s|ed|ing)?|co-design\w*)\s+(?:[\w-]+\s+){0,4}?(?:chips?|processors?|accelerators?|TPUs?|ASICs?|silicon)\s+for\s+/gi;
// Talk about a partnership that is not one: considering, whether, a list of options.
const HEDGE = /讨论|考虑|探讨|是否|洽谈|商谈|磋商|(?<!完成[^，,。]{0,10})谈判|\b(?:consider\w*|whether|discuss\w*|explor\w+)\b/i;
// A partnership only possible: "A may partner with B", 未来可能合作 (the modal right before the cue).
const MODAL_BEFORE = /\b(?:may|might|could)\s+(?:\w+\s+)?$|(?:可能|或将|或许)(?:会|将)?$/i;
// A partnership whose talks failed or that is denied after the cue: "talks … collapsed", 合作传闻遭否认, 消息并不属实.
const UNDONE_AFTER =
  /\b(?:collapsed|fell\s+(?:apart|through)|broke\s+down|failed|called\s+off|scrapped|denied)\b|破裂|告吹|破局|搁浅|未果|否认|不(?:属)?实/i;

// X是/成为Y的(战略)合作伙伴, X is a partner of Y; 博通是Google、Meta等巨头打造AI芯片的主要伙伴: each one named.
const PARTNER_OF =
  /(?:是|成为|(?<![认以作因称视])为)([^，,。；]{1,36}?)的?[^，,。的]{0,8}?(?:合作伙伴|伙伴|盟友)|\b(?:is|was|became|becomes|remains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partner|ally)\s+(?:of|to|for)\s+/gi;
// A与B既是合作伙伴 / ties between A and B / X remains its primary partner.
const MUTUAL =
  /(?:与|和|跟|同)([^，,。]{1,20}?)(?:既|也|亦)?(?:是|为|互为|成为)[^，,。]{0,4}(?:合作伙伴|伙伴|盟友)|\b(?:ties|partnership|relationship|collaboration|cooperation|alliance|joint\s+venture)\s+between\s+/g;
// "Helio is one of Korvex's key partners": the possessor after "one of" / "among".
const ONE_OF_PARTNERS = /\b(?:is|was|are|were|became|remains)\s+(?:one\s+of|among)\s+(?=\S)/g;
const POSSESSED_PARTNERS = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:partners|allies)\b/;
const ITS_PARTNER_APPOSITIVE =
  /,\s*(?:once|long|formerly|previously|now|also|still)?\s*(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:partner|ally)\s*,/g;
// "Broadcom, the long-time partner behind Google's TPU": the name before the comma and the one after.
const PARTNER_APPOSITIVE = /,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:partner|ally)\s+(?:of|to|behind)\s+/g;
const ITS_PARTNER = /\b(?:is|remains|was|became)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:partner|ally)\b/g;

// Meta目前主要的ASIC设计伙伴仍是博通 / "Google's long-time design partner is Broadcom": the possessor's partner after the copula.
const PARTNER_IS =
  /的[^，,。的]{0,10}?(?:合作伙伴|伙伴|盟友)(?:仍|依然|一直|也|则)?(?:是|为)|['’]s\s+(?:[\w-]+\s+){0,3}?(?:partner|ally)\s+(?:is|was|remains|has\s+been)\s+/g;
// 协助Google打造TPU的博通: the one described as helping another build something partners it.
const HELPS_BUILD = /(?:协助|帮助|协同)([^，,。；]{1,16}?)(?:打造|开发|设计|研发|研制)[^，,。；]{0,16}?的/g;
// 创意也参与微软Maia 200加速器的相关专案: taking part in another's project is cooperation.
const JOINS_PROJECT = /参与(?:了)?(?=[^，,。]{1,50}?(?:项目|专案|计划|开发|研发))/g;
// "Korean companies that work with Tenstorrent, including LG Electronics": the partners listed after the one worked with.
const WORKERS_INCLUDING = /^,?\s+(?:including|such\s+as|among\s+them)\s+/;

/** A partnership only possible before the cue, or called off or denied after it in its clause. */
function hedged(simp: string, at: number, end: number, clauseStart: number): boolean {
  return MODAL_BEFORE.test(simp.slice(clauseStart, at)) || UNDONE_AFTER.test(simp.slice(end, clauseAt(simp, end)[1]));
}

const partnerVerb = cue(PARTNER_VERB);
const partnerList = cue(PARTNER_LIST);
const agreement = cue(AGREEMENT);

/** A partners each of bs (not itself). */
function pair(emit: Emit, a: Mention | undefined, bs: Mention[], confidence: number): void {
  if (a) for (const b of bs) if (a.id !== b.id) emit({ type: 'PARTNERS_WITH', s: a, o: b, confidence });
}

// 阿里巴巴集团旗下的高德地图, LG集团旗下AI部门LG AI研究院: the unit a parent's name introduces is the party.
const UNIT_AFTER = /^(?:集团)?旗下(?:的)?[^，,。、与和及]{0,10}$/;
function unitOf(ctx: SentenceContext, m: Mention): Mention {
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  return orgs.find((x) => x.start > m.end && x.start <= m.end + 14 && UNIT_AFTER.test(ctx.simp.slice(m.end, x.start))) ?? m;
}

const HELPS = /(?:协助|帮助|助力)(?=\s*(?:其|它|该公司)|[^，,。]{0,2}[A-Za-z\u4e00-\u9fff])/g;
// "Marvell helps Amazon and Microsoft build their in-house AI processors": helping others make their own things.
const HELPS_EN =
  /\b(?:helps|helped|helping|help|assists|assisted|assisting)\s+(?=[A-Z][^.;]{0,60}?\s(?:to\s+)?(?:build|design|develop|make|create|bring)\b)/g;
const BUILT_BY_ADJECTIVE = /([A-Z][A-Za-z]+)-(?:built|designed|made|developed)\b/g;
const partners: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(partnerVerb, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    // A partnership discussed or listed as an option is not one: the hedge may stand clauses earlier.
    if (negatedAt(ctx, m.index, cs) || HEDGE.test(simp.slice(0, ce)) || hedged(simp, m.index, end, cs)) continue;
    if (isChinese(m[0]) && !/外包给|外判|委外|委托|授权给/.test(m[0])) {
      // A 与/和/同/跟 B(、C和D) … 合作 (the first 与 after a subject starts the partners), or 合作的 A和B.
      // (三星电子与SK海力士分别与OpenAI签署意向书: each of the list before 分别与 partners the one after it, not each other.)
      const each = /(?:分别|各自|均|都)(?:与|同|跟|和)/.exec(simp.slice(cs, m.index));
      const eachAt = each ? cs + each.index : -1;
      const partner = each && orgs.find((x) => x.start >= eachAt + each[0].length && x.end <= m.index);
      const listed = partner && subjectBefore(ctx, eachAt, ORG, false);
      if (partner && listed) {
        for (const a of orgList(ctx, listed)) pair(emit, a, orgList(ctx, unitOf(ctx, partner)), 0.8);
        continue;
      }
      const ws = [...simp.slice(cs, m.index).matchAll(/与|和|同|跟/g)].map((x) => cs + x.index);
      const wStart = ws.find((p) => orgs.some((x) => x.start > p && x.end <= m.index));
      if (ws.length) {
        const inside = wStart === undefined ? [] : orgs.filter((x) => x.start > wStart && x.end <= m.index);
        // (黄仁勋宣布与Palantir、礼来等企业合作: a person the subject, with no company before, speaks for the company.)
        const subj =
          wStart === undefined
            ? undefined
            : (subjectBefore(ctx, wStart, ORG, false) ??
              (ctx.mentions.some((x) => x.type === 'Person' && x.start >= cs && x.end <= wStart) ? ctx.speaker : undefined));
        if (inside.length && subj) {
          pair(emit, subj, orgList(ctx, unitOf(ctx, inside[0]!)), 0.8);
          continue;
        }
        // A、B也在与多家公司合作: with 与 before unnamed partners, the names before it are co-subjects, not partners.
        if (orgs.some((x) => x.end <= ws[0]! && x.start >= cs) && !orgs.some((x) => x.start > ws[0]! && x.end <= m.index)) continue;
        const both = orgs.filter((x) => x.start >= cs && x.end <= m.index);
        const g = both.length >= 2 ? orgList(ctx, both[0]!) : [];
        if (g.length >= 2) pair(emit, g[0], g.slice(1), 0.75);
        if (both.length >= 2) continue;
      }
      const after = mentionsAfter(ctx, end, ORG, ce);
      // 联发科携手英伟达打造GB10: with no 与, the one right after 携手/联手 partners the subject.
      const joined = /^(?:携手|联手|牵手|联同)$/.test(m[0]) ? after.find((x) => x.start <= end + 1) : undefined;
      const joiner = joined && subjectBefore(ctx, m.index, ORG, false);
      if (joined && joiner && joiner.id !== joined.id) {
        pair(emit, joiner, orgList(ctx, unitOf(ctx, joined)), 0.8);
        continue;
      }
      if (/^的/.test(simp.slice(end)) && after.length) {
        const g = orgList(ctx, after[0]!);
        if (g.length >= 2) pair(emit, g[0], g.slice(1), 0.75);
      }
      continue;
    }
    // English, 外包给B: the subject before, the partners after; "the chip is designed with X": the chip's maker.
    // (A possessive after the verb is no partner: "working with several clouds, and that its chips…".)
    // (The cue may itself end past a clause break: "…chip, code-named Baltra, with Broadcom".)
    const first = mentionsAfter(ctx, end, ORG, Math.max(ce, clauseAt(simp, end)[1])).filter(
      (x) => !(x.anaphor && /^its?$/i.test(x.surface)),
    )[0];
    const chipMaker =
      ctx.topicChip && /^\s*(?:the|this|its)\s+(?:\w+\s+)?(?:chip|processor|accelerator)\b/i.test(simp.slice(cs, m.index))
        ? ctx.makerOf(ctx.topicChip.id)
        : undefined;
    // (台积电将辉达Rubin部分封装委外日月光: the clause opens with the one outsourcing, not the chip's owner.)
    const subj =
      (isChinese(m[0]) ? clauseSubject(ctx, m.index, ORG) : undefined) ??
      subjectBefore(ctx, m.index, ORG, false) ??
      (chipMaker ? orgRef(chipMaker) : undefined);
    // ("builds data centers with Nvidia GPUs": a maker's goods built with are no partner.)
    // ("is building with Nvidia H100s": a chip or product named right after the maker is what is built with.)
    const goods =
      first &&
      /\bwith\s*$/.test(simp.slice(end - 5, end)) &&
      (GOODS_AFTER.test(simp.slice(first.end, first.end + 30)) ||
        ctx.mentions.some((x) => (x.type === 'Chip' || x.type === 'Product') && x.start >= first.end && x.start <= first.end + 2));
    // (外包给日月光旗下的矽品: work outsourced goes to the unit named under its parent.)
    if (first && first.start - end < 40 && !goods) pair(emit, subj, orgList(ctx, isChinese(m[0]) ? unitOf(ctx, first) : first), 0.8);
    // ("companies that work with X, including Y and Z": no named subject, the listed ones partner X.)
    if (first && !subj && /\b(?:that|which|who)\s+\w+\s+(?:\w+\s+)?with\s*$/.test(simp.slice(Math.max(0, m.index - 12), end))) {
      const g = orgList(ctx, first);
      const listed = WORKERS_INCLUDING.exec(simp.slice(g[g.length - 1]!.end, g[g.length - 1]!.end + 20));
      const next = listed ? orgs.find((x) => x.start === g[g.length - 1]!.end + listed[0].length) : undefined;
      if (next) pair(emit, first, coordinated(ctx.mentions, next, simp, ORG, true), 0.7);
    }
  }
  // 点名广达、鸿海、纬创等大厂，形容它们是AWS不可或缺的合作伙伴: the list before "they" partners the one named after.
  for (const m of allMatches(THEY_ARE_PARTNERS, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const owner = orgs.find((x) => x.start > m.index && x.end <= m.index + m[0].length);
    const last = orgs.filter((x) => x.end <= m.index && x.id !== owner?.id).pop();
    if (!owner || !last || negatedAt(ctx, m.index, cs)) continue;
    pair(emit, owner, coordinated(ctx.mentions, last, simp, ORG, true), 0.7);
  }
  for (const m of allMatches(HELPS_BUILD, simp)) {
    const helped = orgs.find((x) => x.start > m.index && x.end <= m.index + 2 + m[1]!.length);
    const helper = orgs.find((x) => x.start === m.index + m[0].length);
    if (helped && helper && helped.id !== helper.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      pair(emit, helper, [helped], 0.7);
  }
  for (const m of allMatches(PARTNER_IS, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const owner = orgs.filter((x) => x.end <= m.index && x.start >= cs).pop();
    const partner = orgs.find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 2);
    if (owner && partner) pair(emit, owner, orgList(ctx, partner), 0.7);
  }
  for (const m of allMatches(JOINS_PROJECT, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs) || HEDGE.test(simp.slice(cs, m.index))) continue;
    const owner = orgs.find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 2);
    const joiner = subjectBefore(ctx, m.index, ORG, false);
    if (owner && joiner) pair(emit, joiner, [owner], 0.7);
  }
  // "brought in GE Vernova and NextEra Energy as energy partners": the names before "as partners".
  for (const m of allMatches(AS_PARTNERS, simp)) {
    const inside = orgs.filter((x) => x.start > m.index && x.end <= m.index + m[0].length);
    const [cs] = clauseAt(simp, m.index);
    if (!inside.length || negatedAt(ctx, m.index, cs)) continue;
    pair(emit, subjectBefore(ctx, m.index, ORG, false) ?? ctx.topic, coordinated(ctx.mentions, inside[0]!, simp, ORG, true), 0.75);
  }
  for (const m of allMatches(partnerList, simp)) {
    const first = orgs.find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 4);
    // (首批合作伙伴包括A、B / 拜会供应链伙伴，包括A: without a subject, the speaker's company or the story's.)
    const subj = subjectBefore(ctx, m.index, ORG, false) ?? ctx.speaker ?? ctx.topic;
    if (first) pair(emit, subj, coordinated(ctx.mentions, unitOf(ctx, first), simp, ORG, true), 0.75);
  }
  for (const m of [...allMatches(TAPPED_TO, simp), ...allMatches(COUNTS_AMONG, simp)]) {
    const [cs] = clauseAt(simp, m.index);
    const first = orgs.find((x) => x.start > m.index && x.end <= m.index + m[0].length);
    if (!first || negatedAt(ctx, m.index, cs) || hedged(simp, m.index, m.index + m[0].length, cs)) continue;
    pair(emit, subjectBefore(ctx, m.index, ORG, false), orgList(ctx, first), 0.75);
  }
  for (const m of allMatches(JOINT_WITH, simp)) {
    const [cs] = clauseAt(simp, m.index);
    // (联合日本芯片设计公司Socionext与Hailo，推出…: a description of the partner may come first, a comma before the act.)
    const lead = /^[\u4e00-\u9fff]{0,10}?(?:公司|厂商|企业|新创|初创|业者|大厂)/.exec(
      simp.slice(m.index + m[0].length, m.index + m[0].length + 14),
    );
    const joined = orgs.find((x) => x.start === m.index + m[0].length || (!!lead && x.start === m.index + m[0].length + lead[0].length));
    const g = joined ? orgList(ctx, joined) : [];
    // (联合A、B等近10家芯片厂商，共同发起…: the list may end on what kind and how many they are.)
    if (!joined) continue;
    const rest = simp
      .slice(g[g.length - 1]!.end)
      .replace(/^等[^，,。；]{0,20}?(?:厂商|企业|公司|伙伴|机构|单位|业者)/, '')
      .replace(/^[，,]\s*/, '');
    if (!JOINT_ACT.test(rest) || negatedAt(ctx, m.index, cs)) continue;
    pair(emit, subjectBefore(ctx, m.index, ORG, false), g, 0.75);
  }
  for (const m of allMatches(agreement, simp)) {
    // (The word inside a name is no agreement: VentureTech Alliance, Valor Equity Partners.)
    if (ctx.mentions.some((x) => x.start <= m.index && m.index + m[0].length <= x.end)) continue;
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs) || HEDGE.test(simp.slice(cs, m.index)) || hedged(simp, m.index, m.index + m[0].length, cs)) continue;
    const before = orgs.filter((x) => x.start >= cs && x.end <= m.index);
    // The parties are the list nearest the noun ("Helio said Korvex and Orbis signed a partnership": not the speaker).
    const last = before[before.length - 1];
    const g = last ? orgList(ctx, last) : [];
    const group = g.includes(last!) && g.length >= 2 ? g : before.length >= 2 ? orgList(ctx, before[0]!) : [];
    // (英伟达已与微软、谷歌和亚马逊等公司达成协议, "signed agreements with A and B": the list after 与 or "with" are the
    // parties of the subject before it, not of one another.)
    const prep = group.length >= 2 ? /(?:与|同|跟|\bwith\s+)(?:[^，,。；]{0,4}?)$/.exec(simp.slice(cs, group[0]!.start)) : null;
    // (黄仁勋宣布与Palantir、礼来等企业的一系列合作: a person's company, when the person is the subject.)
    const subj = prep ? (subjectBefore(ctx, cs + prep.index, ORG, false) ?? ctx.speaker) : undefined;
    if (subj && !group.some((x) => x.id === subj.id)) pair(emit, subj, group, 0.7);
    // (Each pair of the parties: Toyota, Honda and Nissan formed an alliance.)
    else if (group.length >= 2 && !prep) group.forEach((x, i) => pair(emit, x, group.slice(i + 1), 0.7));
  }
  for (const m of allMatches(MUTUAL, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    if (m[1] !== undefined) {
      const b = orgs.find((o) => o.start > m.index && o.start <= m.index + 2);
      if (b) pair(emit, subjectBefore(ctx, m.index, ORG, false), [b], 0.7);
      continue;
    }
    // (a three-way partnership between A, B and C: each pair.)
    const a = orgs.find((o) => o.start === m.index + m[0].length);
    const g = a ? orgList(ctx, a) : [];
    if (g.length >= 2) g.forEach((x, i) => pair(emit, x, g.slice(i + 1), 0.7));
  }
  // "OpenAI, Microsoft's close partner": an appositive naming whose partner it is.
  for (const o of orgs) {
    const ap = /^,\s*$/.test(simp.slice(Math.max(0, o.start - 2), o.start))
      ? orgs.filter((x) => x.end <= o.start - 1 && x.end >= o.start - 3).pop()
      : undefined;
    if (ap && /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:partner|ally)\b/.test(simp.slice(o.end, o.end + 40))) pair(emit, ap, [o], 0.75);
  }
  // "Microsoft, once its most important partner, …": the appositive's head partners the company "its" is.
  for (const m of allMatches(ITS_PARTNER_APPOSITIVE, simp)) {
    const head = orgs.find((o) => o.end === m.index && !o.anaphor);
    const other = [ctx.topic, ctx.main].find((o) => o && o.id !== head?.id);
    if (head && other) pair(emit, head, [other], 0.7);
  }
  for (const m of allMatches(ITS_PARTNER, simp)) {
    const subj = subjectBefore(ctx, m.index, ORG, false);
    const other = orgs.filter((o) => o.end <= m.index && o.id !== subj?.id).pop() ?? ctx.topic;
    if (subj && other && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) pair(emit, subj, [other], 0.7);
  }
  for (const m of allMatches(ORDER_FROM, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const client =
      m[1] !== undefined
        ? orgs.find((x) => x.start > m.index && x.start <= m.index + 3)
        : orgs.find((x) => x.start === m.index + m[0].length);
    const seller = subjectBefore(ctx, m.index, ORG, false);
    if (!client || !seller || client.id === seller.id) continue;
    // A design order or a contract is a partnership; an order for goods makes the seller a supplier.
    if (/设计|合约|合同|contract/i.test(m[0])) pair(emit, seller, [client], 0.7);
    else emit({ type: 'SUPPLIES', s: seller, o: client, confidence: 0.7 });
  }
  for (const m of allMatches(PARTNER_OF, withoutChineseNames(ctx))) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    // (A、B等已成为平台的首批合作伙伴: nobody named inside, the partners of the story's company.)
    const other =
      m[1] !== undefined
        ? (orgs.find((x) => x.start > m.index && x.end <= m.index + m[0].length) ??
          (UNSAID_OWNER.test(m[1]) && !/^[为是]/.test(m[0]) ? (ctx.story ?? ctx.main ?? ctx.topic) : undefined))
        : orgs.find((x) => x.start === m.index + m[0].length);
    const subj = subjectBefore(ctx, m.index, ORG, false);
    // (Every one listed inside: A、B等巨头.)
    const others =
      other && m[1] !== undefined
        ? coordinated(ctx.mentions, other, simp, ORG, true).filter((x) => x.end <= m.index + m[0].length)
        : [other];
    if (other && subj)
      for (const s of orgList(ctx, subj))
        pair(
          emit,
          s,
          others.filter((x): x is Mention => !!x && x.id !== s.id),
          0.75,
        );
  }
  for (const m of allMatches(ONE_OF_PARTNERS, simp)) {
    const other = orgs.find((x) => x.start === m.index + m[0].length);
    const subj = subjectBefore(ctx, m.index, ORG, false);
    if (other && subj && POSSESSED_PARTNERS.test(simp.slice(other.end)) && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      pair(emit, subj, [other], 0.75);
  }
  for (const m of allMatches(PARTNER_APPOSITIVE, simp)) {
    const subj = orgs.find((x) => x.end === m.index && !x.anaphor);
    const other = orgs.find((x) => x.start === m.index + m[0].length);
    if (subj && other && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) pair(emit, subj, [other], 0.7);
  }
  if (matchesIn(BETWEEN_TWO, simp) && !/\b(?:separately|independently|compete|rivals?)\b|各自|分别|竞争/.test(simp)) {
    // The actors: names not standing as a possessor or in an appositive ("Amazon's cloud unit AWS").
    const actors = orgs.filter((o) => !o.anaphor && !/^['’]s\b|^的/.test(simp.slice(o.end, o.end + 3)));
    if (actors.length >= 2) pair(emit, actors[0], [actors[1]!], 0.7);
  }
  for (const d of designedFor(ctx)) pair(emit, d.designer, orgList(ctx, d.client), 0.75);
  // 华为派出工程师团队…，协助其优化训练框架: helping another with its work is cooperation.
  for (const m of [...allMatches(HELPS, simp), ...allMatches(HELPS_EN, simp)]) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs) || HEDGE.test(simp.slice(cs, m.index))) continue;
    const helped = orgs.find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 2);
    const helper = subjectBefore(ctx, m.index, ORG, false);
    // (Each one helped: "helps Amazon and Microsoft build …".)
    if (helped && helper) pair(emit, helper, /^[A-Za-z]/.test(m[0]) ? orgList(ctx, helped) : [helped], 0.7);
  }
  if (matchesIn(FRAME, simp)) {
    const named = orgs.filter((o) => !o.anaphor);
    if (named.length >= 2 && named.length <= 3) for (let i = 1; i < named.length; i++) pair(emit, named[0], [named[i]!], 0.7);
  }
  // "Broadcom-built chips" in a sentence about another organization's chips.
  for (const m of allMatches(BUILT_BY_ADJECTIVE, simp)) {
    const maker = ctx.mentions.find((x) => x.start === m.index && x.type === 'Organization');
    if (maker) pair(emit, subjectBefore(ctx, m.index, ORG, false), [maker], 0.7);
  }
};

// An offering's or a deal's advisers are engaged by the company: 保荐机构为中信证券, 由中金公司担任辅导机构,
// 中信证券担任海光信息的独立财务顾问, "Goldman Sachs is the sole sponsor", "with Morgan Stanley as financial adviser".
const ADVISER_ROLE = '(?:联席)?(?:独家)?(?:保荐人|保荐机构|主承销商|承销商|联席全球协调人|全球协调人|独立财务顾问|财务顾问|辅导机构)';
const ADVISER_IS = new RegExp(`${ADVISER_ROLE}(?:[（(][^）)]{1,12}[）)])?(?:为|是|由)`, 'g');
const ADVISER_SERVES = new RegExp(`(?:担任|出任|作为|为)([^，,。；]{0,20}?)(?:的)?${ADVISER_ROLE}`, 'g');
const EN_ADVISER =
  /\b(?:is|was|are|were|acted\s+as|acts\s+as|served\s+as|serves\s+as)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:sole\s+|joint\s+|lead\s+|exclusive\s+)?(?:sponsors?|underwriters?|bookrunners?|(?:financial|legal)\s+advis[eo]rs?)\b(?:\s+(?:to|for|on|of)\s+)?|\bwith\s+([^.;]{2,60}?)\s+as\s+(?:its\s+|the\s+)?(?:sole\s+|joint\s+|lead\s+)?(?:sponsors?|underwriters?|bookrunners?|(?:financial|legal)\s+advis[eo]rs?)\b/gi;
const advisers: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const client = (at: number) => subjectBefore(ctx, at, ORG, false) ?? ctx.main ?? ctx.topic;
  // 保荐人（主承销商）为华泰联合证券 / 由中金公司担任辅导机构: the adviser after the copula, or between 由 and 担任.
  for (const m of allMatches(ADVISER_IS, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const end = m.index + m[0].length;
    const adviser = /由$/.test(m[0]) ? undefined : orgs.find((x) => x.start >= end && x.start <= end + 2);
    if (adviser) pair(emit, client(m.index), coordinated(ctx.mentions, adviser, simp, ORG), 0.7);
  }
  for (const m of allMatches(ADVISER_SERVES, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const last = orgs.filter((x) => x.end <= m.index && x.start >= cs).pop();
    // (中金公司与中信建投证券担任联席保荐机构: every adviser of the list before the role.)
    const advisersBefore = last ? listEndingAt(ctx, last, cs) : [];
    // (中信证券担任合并方海光信息的独立财务顾问: the client named before 的; else the story's company.)
    const named = orgs.find((x) => x.start > m.index && x.end <= m.index + m[0].length);
    const clients = [named ?? ctx.main ?? ctx.topic].filter((x): x is Mention => !!x);
    if (!negatedAt(ctx, m.index, cs)) for (const adviser of advisersBefore) pair(emit, adviser, clients, 0.7);
  }
  for (const m of allMatches(EN_ADVISER, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    if (m[1] !== undefined) {
      // "… listed in Hong Kong, with Morgan Stanley as sole sponsor": the listed names are the advisers.
      const listEnd = m.index + 5 + m[1].length;
      const first = orgs.find((x) => x.start >= m.index + 5 && x.end <= listEnd);
      if (first) pair(emit, client(m.index), coordinated(ctx.mentions, first, simp, ORG), 0.7);
      continue;
    }
    const adviser = orgs.filter((x) => x.end <= m.index && x.start >= cs).pop();
    const after = orgs.find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 4);
    if (adviser)
      pair(
        emit,
        adviser,
        [after ?? ctx.main ?? ctx.topic].filter((x): x is Mention => !!x),
        0.7,
      );
  }
};

/** The list of names that ends with `last`, starting in the clause at `from` (only `last` when it ends none). */
function listEndingAt(ctx: SentenceContext, last: Mention, from: number): Mention[] {
  const orgs = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start >= from && x.end <= last.end);
  return orgs.map((x) => orgList(ctx, x)).find((g) => g.includes(last)) ?? [last];
}

/**
 * Outsourced chip design in a sentence (A为B设计/定制, A designs chips for B): the client, the designer
 * (the subject, or the name a relative clause describes), where the design phrase ends and what it says
 * was designed before the client ("designs custom AI chips for": the English phrase; none in Chinese).
 */
export function designedFor(ctx: SentenceContext): { client: Mention; designer: Mention | undefined; end: number; what: string }[] {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  const out: { client: Mention; designer: Mention | undefined; end: number; what: string }[] = [];
  for (const m of allMatches(DESIGN_FOR, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    // 为 must take the client at once (主力产品为以Arm技术打造的 is a copula, not "for Arm").
    // (创意为南韩AI芯片新创FuriosaAI开发: a description may come between 为 and the client named right before the verb.)
    const client =
      m[1] !== undefined
        ? (orgs.find(
            // (为谷歌（Google）打造: the client's name may be glossed in brackets.)
            (x) =>
              x.start === m.index + 1 && simp.slice(x.end, m.index + m[0].length).replace(/^\s*[（(][^）)]{0,40}[）)]/, '').length <= 8,
          ) ??
          orgs.find((x) => x.start > m.index + 1 && x.end === m.index + 1 + m[1]!.length && !/的/.test(simp.slice(m.index + 1, x.start))))
        : orgs.find((x) => x.start === m.index + m[0].length && x.start < ce);
    // 长期为Google设计TPU的博通: the designer is the name the relative clause describes.
    const described = m[1] !== undefined ? /^[^，,。]{0,12}?的/.exec(simp.slice(m.index + m[0].length)) : null;
    const designer = described ? orgs.find((x) => x.start === m.index + m[0].length + described[0].length) : undefined;
    if (client)
      out.push({
        client,
        designer: designer ?? subjectBefore(ctx, m.index, ORG, false),
        end: m.index + m[0].length,
        what: m[1] === undefined ? m[0] : '',
      });
  }
  return out;
}

// 华硕、宏碁均在首波合作名单中: each listed works with the company whose list it is.
const partnerLists: Rule = (ctx, emit) => {
  for (const { role, listed, owner, at } of roleLists(ctx))
    if (role === 'partner' && !negatedAt(ctx, at, clauseAt(ctx.simp, at)[0])) pair(emit, owner, listed, 0.7);
};

// Google的TPU由博通协助设计, 亚马逊的Trainium则有迈威尔参与开发: a company helps design another's chip.
const HELPED_DESIGN = /(?:由|有)\s*[^，,。；由有]{1,24}?(?:协助|参与|帮助|协同|合作)(?:设计|开发|研发|打造)/g;

// "Broadcom has co-developed several generations of the TPU", "helped design Google's TPU": a company helps design a
// chip whose maker is another.
const CO_DEVELOPED =
  /\b(?:co-develop(?:s|ed|ing)?|co-design(?:s|ed|ing)?|(?:helps?|helped|helping)\s+(?:to\s+)?(?:design|develop|build)|works?\s+with\s+[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?\s+on)\s+/g;

/** The maker of a chip named in the sentence before `pos` or after it in its clause, as a mention. */
function chipOwner(ctx: SentenceContext, from: number, to: number): Mention | undefined {
  const chip = ofType(ctx.mentions, ['Chip'], ctx.lex).find((c) => c.start >= from && c.end <= to && ctx.makerOf(c.id));
  const makerId = chip && ctx.makerOf(chip.id);
  // (The maker as the sentence names it, or its unit named there: AWS for Amazon's Trainium.)
  return makerId
    ? (ctx.mentions.find((x) => x.id === makerId) ??
        ctx.mentions.find((x) => x.type === 'Organization' && ctx.lex.entries.get(x.id)?.parentId === makerId) ??
        orgRef(makerId))
    : undefined;
}

/** The owner of a chip (the company before 的, or the maker of the chip named) partners with the company that helps design it. */
const helpedDesign: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(HELPED_DESIGN, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const helper = orgs.find((o) => o.start > m.index && o.end <= m.index + m[0].length);
    // (Google TPU长期由博通协助设计: with no 的, the maker of the chip the clause names.)
    const owner = orgs.filter((o) => o.start >= cs && o.end <= m.index && simp[o.end] === '的').pop() ?? chipOwner(ctx, cs, m.index);
    if (helper && owner && !negatedAt(ctx, m.index, cs)) pair(emit, owner, [helper], 0.75);
  }
  if (isChinese(simp)) return;
  for (const m of allMatches(CO_DEVELOPED, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const end = m.index + m[0].length;
    const helper = subjectBefore(ctx, m.index, ORG, false);
    const owner = chipOwner(ctx, end, ce);
    if (helper && owner && !sameBusiness(ctx.lex, helper.id, owner.id) && !negatedAt(ctx, m.index, cs)) pair(emit, owner, [helper], 0.7);
  }
  // "Google, whose Tensor Processing Units (TPUs) are developed with Broadcom's help": the owner of the goods and the helper.
  for (const m of allMatches(WITH_HELP, simp)) {
    const helper = orgs.find((o) => o.start === m.index + m[0].indexOf(m[1]!) && !o.anaphor);
    const from = Math.max(0, m.index - 80);
    const whose = /,\s+whose\s+[^,;.]{1,60}$/.exec(simp.slice(from, m.index));
    const [cs] = clauseAt(simp, m.index);
    const owner = whose ? orgs.find((o) => o.end === from + whose.index && !o.anaphor) : chipOwner(ctx, cs, m.index);
    if (helper && owner && helper.id !== owner.id && !negatedAt(ctx, m.index, cs)) pair(emit, owner, [helper], 0.7);
  }
};
const WITH_HELP =
  /\b(?:are|is|was|were|being|been)\s+(?:co-)?(?:developed|designed|built)\s+(?:with\s+(?:the\s+)?help\s+(?:from|of)\s+|with\s+)([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)(?:['’]s?\s+help)?/g;

// 鸿海是英伟达GB200服务器的主要代工厂, 两者同为英伟达伺服器的主要代工商, 作为英伟达最主要的AI服务器代工伙伴，鸿海…:
// a contract manufacturer of a company's products is its partner.
const CONTRACT_MAKER =
  /(?<!不|非|并非)(?:是|为|作为)([^，,。；]{1,40}?)(?:的)?(?:主要|最主要|最大|独家|核心|重要|主力)?(?:[^，,。；的]{0,10}?)(?:代工厂|代工商|代工伙伴|组装厂|组装伙伴|制造伙伴)/g;
const contractMakers: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (!isChinese(simp)) return;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(CONTRACT_MAKER, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    const client = orgs.find((o) => o.start > m.index && o.end <= m.index + m[0].length);
    // (作为…代工伙伴，鸿海…: the maker opens the clause after; else it is the subject before 是.)
    const maker = m[0].startsWith('作为') ? orgs.find((o) => o.start > ce && o.start <= ce + 4) : subjectBefore(ctx, m.index, ORG, false);
    if (!client || !maker || negatedAt(ctx, m.index, cs)) continue;
    pair(emit, client, coordinated(ctx.mentions, maker, simp, ORG, true), 0.7);
  }
};

// "Asus, Foxconn and Wistron will build Gaudi 3 systems, joining Dell and Lenovo, which had already signed on": makers who
// build systems on a chip partner its maker (the ones they join too).
const BUILD_SYSTEMS_ON =
  /\b(?:build|builds|building|built|offer|offers|offering|ship|ships|shipping|sell|sells|selling|make|makes|making|design|designs|designing)\s+(?:their\s+own\s+|new\s+)?$/i;
const SYSTEMS_AFTER = /^(?:-based)?\s+(?:systems|servers|machines|boxes|racks|platforms|workstations|clusters|nodes)\b/i;
const JOINING = /^,?\s+joining\s+/i;
const buildsSystems: Rule = (ctx, emit) => {
  const { simp } = ctx;
  if (isChinese(simp)) return;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const chip of ofType(ctx.mentions, ['Chip'], ctx.lex)) {
    const makerId = ctx.makerOf(chip.id);
    const after = SYSTEMS_AFTER.exec(simp.slice(chip.end));
    const verb = BUILD_SYSTEMS_ON.exec(simp.slice(Math.max(0, chip.start - 40), chip.start));
    // (The maker named there or the company the story is about: "Dell sells H100-based servers" alone tells no partnership.)
    if (!makerId || !after || !verb || !(ctx.mentions.some((x) => x.id === makerId) || ctx.topic?.id === makerId)) continue;
    const maker = orgRef(makerId);
    const at = chip.start - verb[0].length;
    if (negatedAt(ctx, at, clauseAt(simp, at)[0])) continue;
    const builder = subjectBefore(ctx, at, ORG, false);
    const builders = builder ? coordinated(ctx.mentions, builder, simp, ORG, true) : [];
    const end = chip.end + after[0].length;
    const joined = JOINING.exec(simp.slice(end));
    const first = joined ? orgs.find((x) => x.start === end + joined[0].length) : undefined;
    for (const b of [...builders, ...(first ? orgList(ctx, first) : [])])
      if (!sameBusiness(ctx.lex, b.id, maker.id)) pair(emit, maker, [b], 0.7);
  }
};

// 三星SDS牵头的联合体成员包括A、B, 三星SDS联合体的成员有A、B, "a consortium led by Samsung SDS that includes A and B":
// each member partners the one that leads it.
const CONSORTIUM_ZH =
  /(?:牵头|领衔|主导|为首)?(?:的)?(?:联合体|财团)(?:的)?(?:成员|成员单位|成员企业)?(?:还|则)?(?:包括|包含|有|涵盖)(?:了)?/g;
const CONSORTIUM_EN = /\bconsortium\s+(?:that\s+is\s+|which\s+is\s+)?led\s+by\s+(?=[A-Z])/g;
const consortium: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(CONSORTIUM_ZH, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const lead = orgs
      .filter((o) => o.start >= cs && o.end <= m.index && /^\s*(?:牵头|领衔|主导|为首)?(?:的)?$/.test(simp.slice(o.end, m.index)))
      .pop();
    const members = membersFrom(ctx, m.index + m[0].length, 4);
    if (!lead || !members.length || negatedAt(ctx, m.index, cs)) continue;
    pair(emit, lead, members, 0.7);
  }
  for (const m of allMatches(CONSORTIUM_EN, simp)) {
    const end = m.index + m[0].length;
    const lead = orgs.find((o) => o.start === end);
    if (!lead) continue;
    const include = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:that|which)?\s*(?:also\s+)?(?:includes|included|including|comprises|comprising)\s+/.exec(
      simp.slice(lead.end),
    );
    if (!include || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    pair(emit, lead, membersFrom(ctx, lead.end + include[0].length, 40), 0.7);
  }
};

// 超微、博通…与微软等8家大厂宣布成立「UALink推广小组」, "AMD, Broadcom and Intel formed the Ultra Ethernet Consortium": the
// founders or members of an alliance each partner it.
const ALLIANCE_NAME = /(?:联盟|小组|协会|联合会|工作组|Alliance|Consortium|Promoter\s+Group|Coalition|Foundation|Forum)$/i;
const FOUNDS_OR_JOINS =
  /(?:成立|组建|组成|共组|发起|创立|加入|组)(?:了)?(?:新的)?\s*[「“"『《]?\s*$|\b(?:form(?:s|ed|ing)?|found(?:s|ed|ing)?|launch(?:es|ed|ing)?|creat(?:e|es|ed|ing)|set\s+up|establish(?:es|ed|ing)?|join(?:s|ed|ing)?)\s+(?:the\s+|a\s+)?(?:new\s+)?$/i;
const alliances: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const g of ofType(ctx.mentions, ORG, ctx.lex)) {
    // (…or before its Chinese name in quotes when the mention is the bracketed gloss: 成立「UALink推广小组」（Ultra … Group）.)
    const before = simp.slice(Math.max(0, g.start - 60), g.start).replace(/[「“"『《][^」”"』》]{1,30}[」”"』》]\s*[（(]\s*$/, '');
    const verb = FOUNDS_OR_JOINS.exec(before.slice(-20));
    if (g.anaphor || !verb || !ALLIANCE_NAME.test(g.surface)) continue;
    const at = g.start - (simp.slice(Math.max(0, g.start - 60), g.start).length - before.length) - verb[0].length;
    // (The members: the list that opens the clause, 超微（AMD）、博通…与微软等8家大厂.)
    const [cs] = clauseAt(simp, at);
    const first = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start >= cs && x.end <= at && !x.anaphor && !isReporter(x, simp));
    const members = first ? coordinated(ctx.mentions, first, simp, ORG, true).filter((x) => x.end <= at) : [];
    if (!members.length || negatedAt(ctx, at, cs)) continue;
    pair(emit, g, members, 0.7);
  }
};

/** The list of organizations whose first item starts within `reach` characters of pos (a description may come first). */
function membersFrom(ctx: SentenceContext, pos: number, reach: number): Mention[] {
  const first = mentionsAfter(ctx, pos, ORG, pos + reach)[0];
  return first ? coordinated(ctx.mentions, first, ctx.simp, ORG, true) : [];
}

// "Together with Oracle and SoftBank it is building the Stargate network": the companies named first act with the subject
// after them.
const TOGETHER_OPENING = /(?:^|[;:]\s*|\.\s+)(?:together|jointly)\s+with\s+/gi;
// (Building or setting up one named thing, or a joint venture: "is building the Stargate network"; not "is developing faster
// accelerators" nor "is investing $300 billion", which rivals do side by side.)
const JOINT_ACT_AFTER =
  /^\s*(?:,\s*)?[^,.;]{0,30}?\b(?:is|are|was|were|has|have|will|plans?|aims?)?\s*(?:also\s+)?(?:building|build|builds|built|developing|develop|develops|developed|designing|designs|designed|launch\w*|set\s+up|sets\s+up|setting\s+up|form\w*|creat\w+|run|runs|operat\w+)\s+(?:the\s+|a\s+|an\s+)?(?=[A-Z]|(?:[\w-]+\s+){0,2}(?:joint\s+venture|consortium|alliance)\b)/;
const togetherOpening: Rule = (ctx, emit) => {
  const { simp } = ctx;
  for (const m of allMatches(TOGETHER_OPENING, simp)) {
    const end = m.index + m[0].length;
    const first = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === end);
    if (!first || negatedAt(ctx, end, clauseAt(simp, end)[0])) continue;
    // (The list ends at its "and" item: "Together with Oracle and SoftBank, OpenAI…" is no list of three.)
    let list = coordinated(ctx.mentions, first, simp, ORG);
    const and = list.findIndex((x, k) => k > 0 && /\band\s+$/.test(simp.slice(list[k - 1]!.end, x.start)));
    if (and > 0) list = list.slice(0, and + 1);
    // ("Together with Nvidia, AMD is developing…": with no "and", the name after the comma is the subject.)
    else if (list.length > 1 && JOINT_ACT_AFTER.test(simp.slice(list[list.length - 1]!.end, list[list.length - 1]!.end + 60)))
      list = list.slice(0, -1);
    const last = list[list.length - 1]!;
    const subject = ctx.mentions.find(
      (x) => x.type === 'Organization' && x.start > last.end && /^\s*,?\s*$/.test(simp.slice(last.end, x.start)) && !list.includes(x),
    );
    // ("Together with Oracle and SoftBank it is building…": "it" is the story's company.)
    const it = !subject && /^\s*,?\s*(?:it|they)\s/i.exec(simp.slice(last.end, last.end + 8));
    const side = subject ?? (it ? ctx.topic : undefined);
    const after = subject ? subject.end : last.end + (it ? it[0].length : 0);
    if (side && !list.some((x) => x.id === side.id) && JOINT_ACT_AFTER.test(simp.slice(after, after + 60))) pair(emit, side, list, 0.75);
  }
};

export const PARTNERSHIP_RULES: Rule[] = [
  togetherOpening,
  partners,
  advisers,
  partnerLists,
  helpedDesign,
  contractMakers,
  buildsSystems,
  consortium,
  alliances,
];
