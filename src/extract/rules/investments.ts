import {
  beforeLeaders,
  clauseAt,
  clauseSubject,
  coordinated,
  describedListAfter,
  headOf,
  isReporter,
  mentionsAfter,
  ofType,
  ORG,
  orgList,
  raiserAt,
  subjectBefore,
  withoutChineseNames,
} from '../context';
import type { Mention } from '../matcher';
import { cue, MONEY_ZH, negatedAt, type Emit, type Rule, type Terms } from './terms';
import { allMatches, firstMatch } from '../regex';
import { isChinese } from '../lang';

/** INVESTS_IN (investor -> investee): equity, funding rounds, backing, shareholdings; a person can invest too. */

/** A sum of money in English: "about $60 million", "US$1.2bn". */
const AMOUNT =
  '(?:(?:about|around|roughly|nearly|some|more\\s+than|over|up\\s+to|close\\s+to|almost)\\s+)?(?:US)?[$€¥£][\\d.,]+\\s*(?:billion|million|bn|m)?';

const INVEST: Terms = {
  zh: [
    '(?:财务|资金|融资)支持',
    '注资',
    // 工商银行…出资大基金三期: money put into a fund or a company (not 出资成立, founding; nor 出资方, the noun).
    '出资(?!成立|设立|组建|创立|发起|方|人|额|比例|参与|参股|的)',
    '入股',
    // 出资参股X: a minority stake (not 参股公司, an associate).
    '参股(?!公司|子公司|企业|比例|的)',
    // 向X增资, 对X的持股: only with the preposition (X完成增资 is X raising money).
    '增资(?!扩股)',
    '持股(?=比例)',
    // 增持X股份, 再次加注X: adding to a holding.
    '增持(?!评级|的评级)',
    '加注',
    // 取得英特尔约10%股权: a stake taken.
    // (A minority: a majority, 过半 or 100%, is a takeover.)
    '(?:取得|获得|获取)(?=[^，,。；]{1,16}?(?:约|逾|近|超过)?(?<![\\d.])[1-4]?\\d(?:\\.\\d+)?%(?:的)?(?:股权|股份))',
    '领投',
    '参投',
    // (Not the nouns: 投资平台, 投资主体, 投资组合, 投资标的…)
    '投资(?!公司|者|人|银行|机构|方|界|回报|成本|规模|管理|平台|主体|组合|标的|对象|机会|策略|部门|团队|业务|收益)',
    // 大基金三期出资参与了长鑫科技的新一轮增资: the one whose round it is, right after.
    // (…参与该公司融资: the round written right after its company, with no 的.)
    '参与(?:了)?(?=[^，,。]{1,12}?(?:的|(?<=公司|集团|企业))(?:新一轮|本轮|最新一轮|首轮|[A-Z]\\+?轮)?(?:融资|增资|募资))',
  ],
  en: [
    // (An amount in words between: "has invested billions of dollars in OpenAI".)
    'invest(?:s|ed|ing|ment)?(?:\\s+(?:(?:about|around|roughly|nearly|some|more\\s+than|over|up\\s+to|as\\s+much\\s+as|close\\s+to|an\\s+additional|another)\\s+)?(?:(?:[$€¥£]|US\\$)?\\s?[\\d.,]+\\s*(?:billion|million|bn|m)?|(?:(?:tens|hundreds)\\s+of\\s+)?(?:billions|millions)\\s+of\\s+(?:dollars|euros|yuan)|(?:half\\s+a|a|one|two|three|several)\\s+(?:billion|million)\\s+(?:dollars|euros|yuan)))?\\s+in',
    'stakes?\\s+in',
    // "also owns part of Sapeon": a share of a company held.
    '(?:own|owns|owned|owning|hold|holds|held|holding)\\s+(?:a\\s+)?(?:part|piece|slice)\\s+of',
    // ("take a stake of roughly 10% in Intel": the size between the stake and its company.)
    'stakes?\\s+of\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+|more\\s+than\\s+|up\\s+to\\s+)?[\\d.]+\\s?%\\s+in',
    // (Not investors addressed: "told investors in May that …"; nor a time after them: "investors in December".)
    '(?<!\\b(?:told|tell|tells|telling|warned|warns|assured|assures|reassured|briefed|updated|reminded|pitched|showed|shown)\\s+)investors?\\s+in(?!\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{4}\\b|(?:early|late|mid)\\b|(?:the\\s+)?(?:first|second|third|fourth)\\s+(?:quarter|half)))',
    'backers?\\s+of',
    'shareholders?\\s+(?:of|in)',
    'backing for',
    'financial support (?:for|to)',
    'funding (?:for|to)',
    'led\\s+(?:a|an|the)\\s+(?:[\\w$.,-]+\\s+){0,4}?round\\s+(?:in|for)',
    // "poured $1 billion into Acme", "injected capital into Acme"
    `(?:poured|pours|pouring|injected|injects|injecting|pumped|pumps|pumping)\\s+(?:${AMOUNT}|(?:fresh\\s+|new\\s+)?(?:money|capital|cash|funds))\\s+into`,
    'put\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|some\\s+|another\\s+)?(?:US)?[$€¥£][\\d.,]+\\s*(?:billion|million|bn|m)?\\s+(?:in|into)',
    // "has put more than half a billion dollars into Groq"
    'put\\s+(?:(?:more\\s+than|over|nearly|about|almost|some)\\s+)?(?:half\\s+a|a|one|two|three|several|[\\d.,]+)\\s+(?:billion|million)\\s+(?:dollars|euros|yuan)\\s+(?:in|into)',
    // "an investment firm that owns about 6% of Core Scientific"
    // (Not a market share: "Samsung held 9.3% of the global foundry market".)
    '(?:own|owns|owned|owning|hold|holds|held|holding)\\s+(?:about\\s+|around\\s+|roughly\\s+|nearly\\s+|almost\\s+|some\\s+|more\\s+than\\s+|over\\s+|a\\s+|an\\s+)?[\\d.]+\\s?%\\s+(?:stake\\s+in|of(?!\\s+(?:the\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?(?:market|shipments|sales|revenue|capacity|supply|output|orders)\\b))',
  ],
};
/** Cues that name the investee only after a preposition (A向B增资, A对B的持股比例). */
const PREP_ONLY = ['增资', '持股'];
// The investee before the investor: X, backed by Y / X has the backing of Y / X raised money from Y.
const BACKED_BY: Terms = {
  zh: [
    '(?:获得?|拿到|取得)[^，,。]{0,30}?(?:投资|注资|融资|入股|参股|增资)',
    // 已获得A、B、C与D等机构投资, 先后获A、B及C等日本大企业注资: a longer list, closed by 等 and the kind of investor.
    '(?:获得?|拿到|取得)[^，,。；]{0,90}?等[^，,。；]{0,8}?(?:机构|企业|公司|投资者|投资方|基金)(?:的)?(?:投资|注资|入股|参股|增资)',
    '(?:投资方|投资者|投资人|投资机构|出资方|股东)(?:名单|名册|阵容)?(?:中|里)?(?:还|也)?(?:已经?)?(?:包括|有)',
    // Graphcore吸引了红杉资本、微软、三星等投资方: investors drawn in, closed by 等 and their kind.
    '吸引(?:了)?[^，,。；]{0,90}?等[^，,。；]{0,6}?(?:投资方|投资者|投资人|投资机构|机构投资者|股东|资本)',
    // 本轮参与投资的还包括A、B: those who took part, listed.
    '参与(?:本轮|此轮|该轮|这轮)?(?:投资|融资|募资)的(?:机构|投资者|投资方|投资人|公司)?(?:还|也)?(?:包括|有)',
    // Sapeon的股东SK电讯、SK海力士和SK Square: the holders named right after.
    '(?<=的)(?:外部|机构|战略|财务)?(?:股东|投资方|投资者)(?!大会|会议|结构|名单|名册|阵容|权益|回报|之一|包括|有|中|里|地位|身份|们|将|会|已|也|均|都|为|是|的|及|和|与)',
    // 股东阵容已相当庞大：A、B，C、D: the list after the colon.
    '(?:投资方|投资者|投资人|股东)(?:名单|名册|阵容|结构)[^，,。；：:]{0,10}[：:]',
    // 基石投资者阵容亮眼，合共23家机构认购……，包括A、B: an offering's cornerstone investors, listed after 包括.
    '(?<!除)基石投资(?:者|人|方)(?!外)[^。；]{0,40}?(?:包括|有)',
    // 本轮融资由新老投资者共同参与，包括A、B; 既有股东A、B也持续加码: the round's investors listed.
    '(?:投资方|投资者|投资人|投资机构)(?:共同|联合)?参与[，,]\\s*(?:包括|有)',
    '(?:既有|现有|原有|老)股东(?=[A-Z\\u4e00-\\u9fff])',
  ],
  en: [
    'backed by',
    '(?:has|have|had|with) the (?:financial )?backing of',
    'funded by',
    // "Rapidus was capitalised by eight Japanese heavyweights: Toyota, Sony, …": the holders after the colon.
    '(?:capitali[sz]ed|financed|bankrolled)\\s+by(?:\\s+[^:;.]{0,40}?[:：]\\s*)?',
    // ("raised $50 million over two rounds, from A and B": a comma may come before "from".)
    'raised [^.;]{0,40}? from',
    // "announced $60 million in new funding from A and B": money from investors, named as funding.
    `(?:announced|secured|received|landed|closed|won|got)\\s+${AMOUNT}\\s+(?:in|of)\\s+(?:[\\w-]+\\s+){0,2}?(?:funding|financing|investment|capital)\\s+from`,
    // "Anthropic drew fresh investment from Microsoft and Nvidia"
    '(?:drew|draws|drawn|received|receives|secured|secures|attracted|attracts|won|got|landed)\\s+(?:[\\w-]+\\s+){0,2}?(?:investment|investments|funding|backing|financing)\\s+from',
    // ("Sapeon's shareholders, namely SK Telecom, …": the holders named after the noun.)
    '(?:investors?|backers?|shareholders?|participants?)(?:\\s+in\\s+the\\s+(?:\\w+\\s+)?(?:round|deal|financing|raise))?,? (?:include|included|including|such as|namely)',
    '(?:investors|round|financing|funding|Series\\s+[A-H]\\d?)\\s+(?:was\\s+)?(?:co-)?led\\s+by',
    'round\\s+(?:was\\s+)?(?:co-)?led\\s+by',
    'with participation from',
  ],
};

const SHAREHOLDER =
  /(?:是|(?<![认以作因称视])为|成为)([^，,。；]{1,20}?)的?(?:第[一二三四五]大|最大|主要|大|控股)?(?:股东|投资方|投资人|投资者(?!关系|保护|教育|交流|说明))|,\s*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*\s?['’]s\s+(?:largest|biggest|major|main|leading|controlling)?\s*(?:shareholder|investor|backer)\b|\b(?:is|remains|was|became|has\s+become|will\s+become)\s+(?:also\s+|still\s+|now\s+)?[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*\s?['’]s?\s+(?:(?:single\s+)?(?:largest|biggest|major|main|leading|controlling|top|second-largest|early|earliest|first)\s+)?(?:outside\s+)?(?:shareholder|investor|backer)\b/g;

// Selling out of a company is no investment in it (any more).
const DIVEST =
  /出售|减持|抛售|退出|清仓|出清|\b(?:sold|sell(?:s|ing)?|divest\w*|exit\w*|offload\w*|unload\w*|dump\w*)\s+(?:[\w%.]+\s+){0,3}(?:stake|investment|holding|position)/i;

// 对/向/为 as prepositions (not 对手, 成为, 作为, 因为, 认为).
const PREP_TO = /(对(?!手|于)|向|(?<![成作因认以称])为)([^，,。]{1,30})$/;

// Investors in a round the article is about: 由X领投，Y跟投 / X and Y also took part in the round.
const ROUND_INVESTOR: Terms = {
  zh: [
    '领投',
    '跟投',
    '参投',
    '联合领投',
    // 本轮由A、B等多家机构联合投资: the round's investors, together (at the clause's end, not 联合投资了X).
    '(?:联合|共同)投资(?=[，,。；]|$)',
    '主导(?:了)?(?=[^，,。]{0,16}?(?:融资|募资))',
    '参与(?:了)?(?:本轮|此轮|这轮|该轮)?融资',
    '(?:继续|再度|再次|持续|追加)加注',
  ],
  en: [
    '(?:also\\s+)?(?:took|take|takes)\\s+part\\s+in\\s+the\\s+(?:\\w+\\s+)?round',
    '(?:also\\s+)?participated\\s+in\\s+the\\s+(?:\\w+\\s+)?round',
    '(?:also\\s+)?joined\\s+the\\s+(?:\\w+\\s+)?round',
    '(?:also\\s+)?participating',
    '(?:also\\s+)?(?:put|puts|putting)\\s+(?:money|capital|cash)\\s+(?:in|into)',
    // ("led the Series H round", "led the Series B")
    '(?:co-)?led\\s+the\\s+(?:[\\w$.,-]+\\s+){0,3}?(?:round|financing|raise|fundraising|fundraise|Series\\s+[A-H]\\d?\\b(?!\\s+round))(?!\\s+(?:of|for|in)\\b)',
  ],
};
// Taking part with no round named, once the story has told of a raise: "Lux and DCVC also took part", "X wrote a cheque".
const JOINED_RAISE =
  /\b(?:also\s+)?(?:(?:(?:took|taken)\s+part|participated)(?:\s+in\s+(?:an?|the|its|their)\s+(?:earlier|previous|prior|first|last|latest)\s+(?:[$€\w.,-]+\s+){0,3}?(?:round|raise|financing))?|invested|(?:co-)?led\s+the\s+(?:[\w$.,-]+\s+){0,2}?(?:deal|investment)|joined\s+in|joined\s+(?:that|the|this)\s+(?:[$€\w.,-]+\s+){0,2}?(?:round|raise|financing)|chipped\s+in|put\s+in\s+(?:money|cash|capital)|wrote\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:cheque|check)|(?:\w+\s+)?(?:cheques|checks))|took\s+(?:large\s+|big\s+|sizable\s+|sizeable\s+|significant\s+)?(?:pieces|parts|shares|slices|chunks|a\s+(?:large\s+|big\s+)?(?:piece|part|share|slice|chunk))\s+of\s+the\s+(?:\w+\s+)?(?:round|raise|financing))(?=\s*(?:[,.;]|as\s+did|and\b|too\b|as\s+well\b|$))/g;
const roundInvestor = cue(ROUND_INVESTOR);
const AS_DID = /^[^.;]{0,24}?,?\s+as\s+did\s+/;
// "Well-known individuals also wrote checks, among them A and B": the names after took part.
const AMONG_THEM = /^\s*,\s*(?:among\s+them|including|such\s+as)\s+/i;
// ("counts the telecom group KT among its investors": a description of the holder may come first.)
const COUNTS = /\b(?:counts?|counted|names?|named|lists?|listed)\s+(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?$/i;
const AMONG_BACKERS =
  /^\s+(?:(?:among|as)\s+(?:its|their|the\s+company['’]s)\s+(?:\w+\s+)?(?:backers|investors|shareholders|financial\s+backers)|as\s+(?:a|an|its)\s+(?:\w+\s+)?(?:backer|investor|shareholder))\b/i;
// "SK hynix, SK Telecom and KT are investors, as is Wa'ed Ventures": holders with no company named hold the story's.
const ARE_INVESTORS =
  /\b(?:are|were)\s+(?:also\s+|all\s+|both\s+|existing\s+|early\s+|earlier\s+|previous\s+|prior\s+|long-?time\s+|other\s+|current\s+|returning\s+|major\s+|strategic\s+)*(?:investors|shareholders|backers)\b(?!\s+(?:in|of)\b)|\b(?:is|was)\s+(?:also\s+)?(?:an\s+(?:early\s+|existing\s+)?investor|a\s+shareholder|a\s+backer)\b(?!\s+(?:in|of)\b)/g;
const JOINED_ROUND_OF = /\b(?:joined|joins|led|leads|co-led|co-leads|participated\s+in|took\s+part\s+in)\s+/g;
const ROUND_OF = /^['’]s?\s+(?:[$€¥£\w.,-]+\s+){0,4}?(?:round|Series\s+[A-H]\b|seed|financing|fundraising)/;
const AS_IS = /^\s*,?\s+as\s+(?:is|are|was|were|does|do|did)\s+/;
// "Also taking part were A, B and C" / "had three co-leads: A, B and C": the investors after the verb.
const INVESTORS_AFTER =
  /\b(?:also\s+)?(?:taking\s+part|participating|joining\s+(?:them|the\s+round)|investing)(?:\s+in\s+the\s+(?:\w+\s+)?(?:round|financing))?\s+(?:were|was|are|is)\s+|\b(?:round|raise|financing)\s+(?:(?:that|which)\s+)?(?:also\s+)?(?:drew|attracted|brought\s+in|included)\s+|\bco-leads?\s*(?:[:：]|were\s+|are\s+|included\s+)\s*/gi;
// 国家大基金二期、腾讯等均在股东名单之列 / 均为其股东: every holder listed before holds the story's company.
// (So does who is allotted shares of its placement: A、B分别获配…, C也在获配之列.)
const HOLDER_GAP = /^\s*(?:证券|基金|集团|股份|控股|资本)?(?:[（(][^）)]{1,12}[）)])?\s*$/;
const ZH_HOLDERS_LISTED =
  /(?:等(?:[\u4e00-\u9fff]{0,4}?(?:机构|公司|企业|基金|投资方))?)?(?:均|都|皆|亦|也)?(?:(?:出现|现身|列)?在|位列|名列|进入|跻身)(?:其|公司|[^，,。；]{1,8}?)?(?:的)?股东(?:名单|名册|行列)|(?:等)?(?:均|都|皆|也|亦)(?:为|是)(?:其|公司|该公司)?(?:的)?股东|(?:等)?(?:均|都|亦|也)?(?:分别)?获配(?!对象|名单|总额|金额|数量|价格)|(?:等)?(?:均|都|亦|也)?在获配(?:对象)?之列|(?:等)?(?:亦|也|均|都)在列/g;
// A、B等16家企业及机构作为基石投资者 / C等机构参与了战略配售: who takes part in a listing's placement invests in the company listed.
const ZH_PLACEMENT =
  /(?:作为|成为|担任|以|做)(?:本次|此次)?(?:发行|上市|IPO)?(?:的)?(?:基石投资者|基石(?!投资)|战略投资者|战略配售对象)|参与(?:了)?(?:本次|此次)?(?:发行|上市|IPO)?(?:的)?(?:战略配售|基石投资|基石认购)/g;
// (What may stand between the last holder and the phrase: a registration place, 等N家产业链企业及机构.)
const PLACEMENT_GAP = /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:等[^，,。；、]{0,20}?)?(?:均|都|也|亦|共同|一同|分别)?\s*$/;
// "agreed to buy $5 billion of Intel shares": buying shares of a company is investing in it.
// OpenAI还将通过定向增发获得价值3.5亿美元的CoreWeave股份: shares of a company received or bought.
const ZH_GET_SHARES =
  /(?:获得|取得|获配|买入|购入|收到)(?:了)?(?:价值|总值|总额)?(?:约|逾|超过|近)?(?:[\d.,]+\s*(?:亿|万)?(?:美元|元|港元|港币|日元|欧元|新台币)(?:的)?)?/g;
const SHARES_AFTER_HOLDER = /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:的)?(?:(?:约|全部|全数)?[\d.]*%?的?)?(?:股份|股权|股票|新股)/;
const BUY_SHARES =
  /\b(?:buy|buys|bought|buying|purchase[sd]?|purchasing|received|receives|receiving|got|gets)\s+(?:(?:US)?[$€¥£]?[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:worth\s+)?of\s+(?=[^,.;]{1,40}?\s(?:shares|stock|common\s+stock|equity)\b)|(?:(?:additional|more|new)\s+)?(?:shares|stock)\s+(?:of|in)\s+)/gi;
// "Existing backers of Acme include A and B": the company after "of", the holders after "include".
const HOLDERS_OF = /\b(?:investors|backers|shareholders|stockholders)\s+(?:of|in)\s+/gi;
const INCLUDE = /^\s+(?:include|included|includes|including|are|were)\s+/i;
// "Acme's biggest investor is A": the holder after the copula.
const HOLDER_IS =
  /['’]s?\s+(?:(?:single\s+)?(?:largest|biggest|main|major|top|leading|controlling|lead|first|earliest)\s+)?(?:outside\s+)?(?:shareholder|investor|backer)\s+(?:is|was|remains|has\s+been)\s+/gi;
// "Cornerstone investors A and B agreed to subscribe…" / "anchor investors including A": the investors of an offering.
const CORNERSTONE = /\b(?:cornerstone|anchor)\s+investors?\b\s*(?:(?:include|included|including|such\s+as|are|were)\s+)?(?:[:,]\s*)?/gi;
// The company of an offering: "Acme's Hong Kong IPO", "the IPO of Acme".
const OFFERING_OF = /['’]s?\s+(?:[\w-]+\s+){0,2}?(?:IPO|listing|offering|flotation)\b/gi;
// 以2亿元认购X新增注册资本 / 認購X私募股份: subscribing to a company's new shares.
const ZH_SUBSCRIBE = /认购(?:了)?/g;
const SUBSCRIBED_SHARES = /^\s*(?:的|所)?[^，,。；]{0,8}?(?:新增注册资本|股份|股权|新股|股票|增发)/;
// "…, with Amazon founder Jeff Bezos among the backers": the names between "with" and "among" joined the raise.
// (Not "merged with X last year and counts KT among its investors": a verb of counting opens its own list.)
const WITH_AMONG =
  /\bwith\s+((?:(?!\b(?:counts?|counted|lists?|listed|names?|named)\b)[^,;.]){2,80}?)\s+among\s+(?:the|its|their)\s+(?:\w+\s+)?(?:backers|investors|participants|shareholders)\b/gi;
// 增资扩股引入A、B等战略投资者 / 引入A作为股东: who is brought in as an investor invests in the company.
const ZH_BRING_IN = /引入(?:了)?/g;
const AS_INVESTOR =
  /^\s*(?:等)?(?:[\u4e00-\u9fff]{0,3}家)?(?:作为|成为|为)?(?:其|公司)?(?:的)?(?:战略|策略|财务|外部|新|国资|产业)?(?:投资者|投资方|投资人|股东)/;
const REPORTED_RAISE =
  /\b(?:reported|reports|reporting|covered|disclosed\s+details\s+of|broke\s+(?:the\s+)?news\s+of)\s+(?:on\s+)?(?:the|its|this|that)\s+(?:\w+\s+)?$|(?:报道|报导|披露)了?(?:这|该|此)?(?:笔|轮)?$/i;
const WITH_JOINING =
  /\bwith\s+[^.;]{1,120}?\s+(?:also\s+|all\s+|both\s+)?(?:joining|contributing|investing|participating|taking\s+part|putting\s+in|chipping\s+in|providing|backing)\b/gi;
const WHICH_BACKED = /,\s*(?:which|who|that)\s+(?:also\s+|had\s+|have\s+)?(?:backed|funded|invested\s+in)\s+/gi;
const RAISE_OF = /^['’]s\s+(?:[$€¥£\w.,-]+\s+){0,4}?(?:round|raise|funding|financing|fundraising|Series\s+[A-H])/;
const HAS_BACKED = /\b(?:has|have|had)\s+(?:also\s+|since\s+|previously\s+)?(?:backed|funded)\s+(?!by\b)/gi;
const ALONGSIDE = /\b(?:alongside|along\s+with|together\s+with)\s+/i;
// (三星上周的投资属于本轮募资的一部分: an investment that is part of the round is an investor's too.)
const INVESTED_IN_RAISE =
  /\b(?:co-)?(?:led|leads|leading|joined|joins|took\s+part\s+in|participated\s+in)\s+(?:the\s+(?:\w+\s+)?|an?\s+(?:[\w$€£.,-]+\s+){0,4})$|(?:投资|注资|入股)[^，,。；]{0,4}?(?:属于|是|为|作为|参与)(?:了)?(?:本轮|此轮|该轮|这轮|新一轮)?$/i;
const ROUND_VALUES = /\b(?:round|financing|fundraising|raise)\s+(?:that|which)\s+(?:values|valued|will\s+value)\s+/i;
const RAISED =
  /融资|募资|筹集|\b(?:raised|raises|raising|funding round|financing|(?:closed|closes|completed|completes)(?=[^.;]{1,40}?\b(?:round|Series\s+[A-H])\b)|(?:lands|landed|secures|secured|nets|netted|bags|bagged)\s+(?:US)?[$€¥£][\d.,]+\s*(?:billion|million|bn|m)\b(?!\s+(?:in\s+)?(?:contracts?|orders?|deals?|revenue|sales|grants?|loans?)))\b/i;

const STAKE_SOLD_TO =
  /(?:出售|转让|卖出)[^，,。]{1,24}?(?:股权|股份)(?:给|予)|\b(?:sell|sells|sold|selling)\s+(?:a|an|its|the)?\s*(?:[\d.]+%\s+|majority\s+|minority\s+|controlling\s+)?(?:stake|interest)\s+in\s+[^,.;]{1,40}?\s+to\s+/gi;
// (…or is one it invests in: Rebellions则是KT的重要投资对象.)
const INVESTED_COMPANY =
  /(?:是|(?<![认以作因称视])为|系)([^，,。；]{1,12}?)(?:(?:转投资|投资|参股|入股)的(?:[^，,。的]{0,6})?(?:公司|企业|新创)|的(?:重要|主要|早期|重点)?(?:投资对象|被投企业|被投公司|投资组合公司))/g;
// 腾讯为最大外部股东的燧原科技, 获腾讯投资的燧原科技: a company described by who holds or invested in it, before its name.
const HELD_COMPANY_BEFORE =
  /(?:为|是)(?:其)?(?:第[一二三四五]大|最大|主要|控股|重要)?的?(?:外部|机构|战略|财务)?(?:股东|投资方|投资者)的\s*$|^获(?:得)?[^，,。；]{1,20}?(?:投资|注资|入股|领投|战略投资)的\s*$/;
// "Enflame Technology, whose biggest outside shareholder is Tencent,": the holder named in the relative clause.
const WHOSE_HOLDER =
  /^,\s+whose\s+(?:(?:single\s+)?(?:largest|biggest|main|major|top|controlling|early|earliest)\s+)?(?:outside\s+|external\s+)?(?:shareholder|investor|backer)s?\s+(?:is|are|was|were|include|includes)\s+$/i;
const investCue = cue(INVEST);
const HOLDS = /(?:持有|持股|控股)/g;
const HELD_DESCRIPTION = /^[^，,。；的]{1,10}?(?:公司|企业|厂商|初创|新创)$/;
const BARE_STAKE =
  /(?:各|分别)?持股(?:比例)?(?:约|达)?[\d.]+%|以[\d.]+%的持股比例|\beach\s+(?:own|owns|owning|hold|holds|holding)\s+(?:about\s+|around\s+)?[\d.]+\s?%(?!\s+(?:stake\s+in|of)\b)/g;
const SET_UP_THERE = /^(?:在|于)[^，,。；的]{1,20}?(?:成立|设立|组建|兴建|建立)的/;
const ZH_SHAREHOLDING = /^(?:的)?(?:股权结构|股权安排|股东结构|股东构成)/;
const OWNED_IN_SHARES =
  /^\s*(?:\([^)]{1,40}\)\s*)?,?\s*(?:is|was)\s+(?:about\s+|around\s+)?[\d.]+\s?%\s+owned\s+by\s+[^.;]{1,40}?,\s+with\s+[^.;]{1,80}$/;
// (A list of eight founders with their English names in brackets is long: up to 100 characters between.)
// (…由吉利汽车、吉利控股与沃尔沃汽车三方共同持股: holders who own it together.)
const FUNDED_BY = /由[^，,。；]{2,100}?(?:(?:共同|联合)?(?:出资|注资|投资)(?:成立|设立|组建|创立)|(?:[两三四五]方|双方)?共同持股)/g;
// (…and the company named after 的 when the founding describes it: 由A、B出资成立的X.)
const FUNDED_BY_AT = new RegExp(`^${FUNDED_BY.source}的`);
// "MGX was set up by Mubadala and G42", "AIP, which BlackRock, GIP and MGX set up": companies that set up a company own it.
const SET_UP_BY =
  /\b(?:was|were|been)\s+(?:jointly\s+)?(?:set\s+up|formed|established|created)\s+(?:(?:in\s+\d{4}|last\s+year|this\s+year|earlier|jointly)\s+)?by\s+/g;
const WHICH_SET_UP = /,\s+which\s+([^,.;]{3,80}?)\s+(?:jointly\s+)?(?:set\s+up|formed|established|created)\b/g;
// 中科曙光的控股股东为中科算源 / X的第一大股东是A: the holder after the copula.
const ZH_HOLDER_IS = /的(?:第[一二三四五]大|最大|控股|主要|大)?股东(?:为|是)/g;
// 哈啰、蚂蚁集团与宁德时代共同成立造父智能: who set a company up together put its capital in.
const ZH_CO_FOUNDED = /共同(?:出资)?(?:成立|设立|组建|创立|发起设立)(?:了)?/g;
const SUBSIDY = /(?:提供|给予|拨付|核发)[^，,。]{0,20}?(?:补助|补贴|资助)/g;
const backedByCue = cue(BACKED_BY);
const BESIDE = /\b(?:alongside|along\s+with|together\s+with|joining|besides|in\s+addition\s+to)\s+(?:[\w-]+\s+){0,2}$/i;

/** Who raised the money, when the sentence says so before `pos`: "Zeta raised $5 million in a round led by A". */
function raiserBefore(ctx: Parameters<Rule>[0], raised: RegExpExecArray | null, pos: number): Mention | undefined {
  return raised && raised.index < pos ? raiserAt(ctx, raised.index) : undefined;
}

// 由A与B牵头，C、D等机构参与 (in a sentence of raising money): the leads, and those who took part.
const ZH_LED_OR_JOINED = /(?:牵头|领衔|(?:等[^，,。；]{0,4})?参与)(?=[。；;，,]|$)/g;

/** Who can invest: a company or a person. */
const INVESTORS = ['Organization', 'Person'] as const;

/** The company a round's investors put money in: who raised it before `pos`, else the last raiser or the story's company. */
function roundRaiser(ctx: Parameters<Rule>[0], raised: RegExpExecArray | null, pos: number): Mention | undefined {
  return raiserBefore(ctx, raised, pos) ?? ctx.raiser ?? ctx.topic;
}

/** The last investor named (not a reference) in the clause from `from` up to `pos`: the subject of a verb of investing. */
function investorBefore(ctx: Parameters<Rule>[0], from: number, pos: number): Mention | undefined {
  return ofType(ctx.mentions, INVESTORS, ctx.lex)
    .filter((x) => x.start >= from && x.end <= pos && !x.anaphor)
    .pop();
}

/** An investor in each organization of investees (not in itself). */
function emitAll(emit: Emit, investor: Mention | undefined, investees: Mention[], confidence: number): void {
  if (investor)
    for (const o of investees)
      if (o.id !== investor.id && o.type === 'Organization') emit({ type: 'INVESTS_IN', s: investor, o, confidence });
}

// "Jeff Bezos joins Samsung and LG in $693 million bet on Jim Keller's Tenstorrent": each one bets on the company.
const BET_ON =
  /\b(?:in\s+)?(?:an?\s+)?(?:(?:US)?[$€¥£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?(?:bet|wager)s?\s+on\s+(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s\s+)?/g;
// A Chinese description before a holder's name: 韩国风投机构DSC Investment, 南韩电信业者KT.
const ZH_DESCRIPTION = /^[、，,]?[\u4e00-\u9fff]{0,10}?(?:机构|基金|公司|业者|集团|银行|资本|厂商)/;
const IN_WHICH = /\bin\s+which\s+/g;
// (A与B、C合资的X: the venture after 合资的, its partners before.)
const ZH_JOINT_VENTURE = /(?:共同)?(?:成立|组建|设立)?的合资(?:公司|企业)\s*|合资(?:成立|组建|设立)?的\s*/g;
const EN_JOINT_VENTURE = /,\s*(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\s+(?:between|of|formed\s+by|set\s+up\s+by)\s+/gi;
const AMONG_HOLDERS_OF =
  /\b(?:is|are|was|were|remains?)\s+(?:also\s+|itself\s+)?(?:among|one\s+of)\s+([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s?\s+((?:largest|biggest|major|early|existing|many)\s+)?(?:shareholders|investors|backers)\b,?/g;
const BACKED_ADJECTIVE = /([A-Z][\w.&]*)-backed\s+(?:[a-z-]+\s+){0,3}/g;
const investsIn: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const investors = INVESTORS;
  const raised = firstMatch(RAISED, simp);
  for (const m of allMatches(backedByCue, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const end = m.index + m[0].length;
    // (获腾讯投资的燧原科技: a description of the company named after 的, read by HELD_COMPANY_BEFORE.)
    if (/^(?:获|拿到|取得)/.test(m[0]) && simp[end] === '的') continue;
    const listing = /include|such as|包括|有$|[：:]\s*$/i.test(m[0]);
    // ("Zeta raised $5 million in a round led by A, with participation from B": Zeta, who raised it, not A.)
    // (Also "raised $118 million from investors including A and B": the list is the raise's.)
    // ("A and B joined as new backers, alongside existing investors including M12": the investors beside the new ones hold
    // the round's company, not the clause's subject; "Cerebras raised $1.1 billion from Fidelity, alongside backers
    // including Benchmark": the raiser of this sentence, before the story's last one.)
    const beside = BESIDE.test(simp.slice(Math.max(cs, m.index - 40), m.index));
    const raiser = /round|participation|led/i.test(m[0]) || listing || beside ? raiserBefore(ctx, raised, m.index) : undefined;
    // ("The round was led by A, with participation from B": B joined the round, not A.)
    const afterLead = /participation/i.test(m[0]) && /\bled\s+by\b/i.test(simp.slice(0, m.index));
    // (With participation after "led by" and no raiser known, the one who led is no investee.)
    if (afterLead && !raiser && !ctx.raiser && !ctx.topic) continue;
    // (基石投资者…包括A、B with no company before: the offering's, the company the story is about, not its sponsor
    // named last.)
    const subject = beside ? undefined : subjectBefore(ctx, m.index, ORG, false);
    const cornerstone = /基石/.test(m[0]) && !subject ? ctx.story : undefined;
    const investee =
      raiser ??
      (afterLead ? (ctx.raiser ?? ctx.topic) : undefined) ??
      cornerstone ??
      subject ??
      (/round|Series/i.test(m[0]) || listing || beside ? (ctx.raiser ?? ctx.topic) : undefined);
    // 股东阵容：A、B，财务投资方C、D，以及E等: every holder named after the colon, to the sentence's end.
    if (/[：:]\s*$/.test(m[0]) && investee) {
      const holders = ofType(ctx.mentions, investors, ctx.lex).filter(
        (x) => x.start >= end && x.id !== investee.id && !/^\s*(?:旗下|的)/.test(simp.slice(x.end, x.end + 3)),
      );
      for (const inv of holders) emitAll(emit, inv, [investee], 0.75);
      continue;
    }
    // "Other backers include billionaire investor Jane Roe, Bolt CEO Ann Lee and …": each item's name.
    if (listing && investee) {
      // (A Chinese list, A、B，以及C与D: the names coordinated with the first after the cue.)
      // (投资人包括南韩电信业者KT: a description of the first may come before it.)
      const lead = ZH_DESCRIPTION.exec(simp.slice(end, end + 16))?.[0].length ?? 0;
      // (包括Zisapel家族、Gil Agmon: an item the text does not name as an entity may open the list.)
      const firstZh = isChinese(m[0])
        ? mentionsAfter(ctx, end, investors, Math.max(ce, clauseAt(simp, end)[1])).find(
            (x) => x.start <= end + 4 + lead || /^[^，,。；：:、]{1,16}、$/.test(simp.slice(end + lead, x.start)),
          )
        : undefined;
      // (…还包括A、前OpenAI创始成员Andrej Karpathy、B: items described before their names, read item by item.)
      const described = describedListAfter(ctx, end + lead, investors);
      const coordinatedZh = firstZh ? coordinated(ctx.mentions, firstZh, simp, investors, true) : [];
      const listed = firstZh ? (described.length > coordinatedZh.length ? described : coordinatedZh) : described;
      if (listed.length > 1) {
        for (const inv of listed) emitAll(emit, inv, [investee], 0.75);
        continue;
      }
    }
    // The investor right after "backed by" (the country's wealth fund, a name the text lacks, is not the next name),
    // or after a description that says what it is ("backed by the state investor Mubadala").
    const described =
      /^\s*(?:(?:the|its|a|an)\s+|(?=(?:returning|existing|new|lead|early)\s))(?:[\w-]+\s+){0,3}?(?:investor|backer|fund|firm|group|company|conglomerate|giant)\s+(?=[A-Z])/.exec(
        simp.slice(end, end + 60),
      );
    // (最大的外部股东、韩国风投机构DSC Investment: a Chinese description of the holder may come first.)
    const zhDescribed = isChinese(m[0]) ? ZH_DESCRIPTION.exec(simp.slice(end, end + 16)) : null;
    const inside = /^(?:获|拿到|取得|吸引)/.test(m[0]);
    const first = mentionsAfter(
      ctx,
      inside ? m.index : end,
      investors,
      inside ? end : Math.min(ce, end + 6 + (described?.[0].length ?? zhDescribed?.[0].length ?? 0)),
    )[0];
    if (!first) continue;
    // (中芯国际、华虹及长江存储等均曾获大基金注资: each company of a listed subject got the money.)
    // (Not an English appositive: "1789 Capital, the firm backed by X" is no list's.)
    const investees = investee && investee === subject && isChinese(m[0]) ? orgList(ctx, investee) : investee ? [investee] : [];
    for (const inv of coordinated(ctx.mentions, first, simp, investors)) emitAll(emit, headOf(ctx, inv), investees, 0.75);
  }
  // 由X领投，Y跟投 / X and Y took part in the round: the investee raised the money, here or just before.
  // (Bare participation, "also took part", counts once the story has told of a raise.)
  const joined = raised || ctx.raiser ? allMatches(JOINED_RAISE, simp) : [];
  for (const m of [...allMatches(roundInvestor, simp), ...joined]) {
    const [cs] = clauseAt(simp, m.index);
    let inv = investorBefore(ctx, cs, m.index);
    // "DTCP, the venture arm of Deutsche Telekom, took part": the owner in the appositive is not the investor, its head is.
    const ofOwner =
      inv &&
      ofType(ctx.mentions, investors, ctx.lex)
        .filter((x) => x.end <= inv!.start && /^\s*,\s+(?:the|a|an)\s+[^,]{0,40}?\s(?:of|at|by)\s+$/.test(simp.slice(x.end, inv!.start)))
        .pop();
    if (ofOwner) inv = ofOwner;
    // "GV, Alphabet's venture arm, joined the round": the owner in the appositive is not the investor, its head is.
    if (inv && /^['’]s\s/.test(simp.slice(inv.end, inv.end + 3)) && /,\s*$/.test(simp.slice(Math.max(0, inv.start - 3), inv.start)))
      inv =
        ofType(ctx.mentions, investors, ctx.lex)
          .filter((x) => x.end <= inv!.start && /^\s*,\s*$/.test(simp.slice(x.end, inv!.start)))
          .pop() ?? inv;
    const among = AMONG_THEM.exec(simp.slice(m.index + m[0].length));
    if (!inv && among && !negatedAt(ctx, m.index, cs)) {
      const investee = roundRaiser(ctx, raised, m.index);
      if (investee)
        for (const i of describedListAfter(ctx, m.index + m[0].length + among[0].length, investors)) emitAll(emit, i, [investee], 0.7);
    }
    // 中国移动旗下基金领投: a fund the text does not name leads, not its owner.
    if (!inv || negatedAt(ctx, m.index, cs) || /^\s*旗下/.test(simp.slice(inv.end, m.index))) continue;
    // (…主导一轮募资，当时SambaNova估值达50亿美元: the company valued in the round, named after it.)
    const valued = ofType(ctx.mentions, ORG, ctx.lex).find(
      (x) => x.start > m.index && /^\s*(?:的)?(?:估值|市值)/.test(simp.slice(x.end, x.end + 4)),
    );
    const investee = valued ?? roundRaiser(ctx, raised, m.index);
    for (const i of coordinated(ctx.mentions, inv, simp, investors)) emitAll(emit, i, investee ? [investee] : [], 0.7);
    // "… also put money in, as did A and B": those after "as did" took part too.
    const asDid = AS_DID.exec(simp.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (asDid && investee)
      for (const i of describedListAfter(ctx, m.index + m[0].length + asDid[0].length, investors)) emitAll(emit, i, [investee], 0.7);
  }
  if (raised)
    for (const m of allMatches(ZH_LED_OR_JOINED, simp)) {
      const [cs] = clauseAt(simp, m.index);
      const inv = investorBefore(ctx, cs, m.index);
      const investee = roundRaiser(ctx, raised, m.index);
      if (!inv || !investee || negatedAt(ctx, m.index, cs)) continue;
      for (const i of coordinated(ctx.mentions, inv, simp, investors, true)) emitAll(emit, i, [investee], 0.7);
    }
  // "Nvidia joined Enfabrica's $125 million Series B": whoever joins or leads a company's round invests in it.
  for (const m of allMatches(JOINED_ROUND_OF, simp)) {
    const investee = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    if (!investee || !ROUND_OF.test(simp.slice(investee.end, investee.end + 60))) continue;
    const investor = subjectBefore(ctx, m.index, investors);
    if (investor && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0]))
      for (const i of coordinated(ctx.mentions, investor, simp, investors)) emitAll(emit, i, [investee], 0.75);
  }
  for (const m of allMatches(ARE_INVESTORS, simp)) {
    const [cs] = clauseAt(simp, m.index);
    // (Right before the verb: "A and B are investors".)
    const last = investorBefore(ctx, cs, m.index);
    const holder = last && /^\s*$/.test(simp.slice(last.end, m.index)) ? last : undefined;
    const held = ctx.raiser ?? ctx.main ?? ctx.topic;
    if (!holder || !held || negatedAt(ctx, m.index, cs)) continue;
    for (const i of coordinated(ctx.mentions, holder, simp, investors)) emitAll(emit, i, [held], 0.7);
    const asIs = AS_IS.exec(simp.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (asIs) for (const i of describedListAfter(ctx, m.index + m[0].length + asIs[0].length, investors)) emitAll(emit, i, [held], 0.7);
  }
  if (raised || ctx.raiser)
    for (const m of allMatches(INVESTORS_AFTER, simp)) {
      const investee = roundRaiser(ctx, raised, m.index);
      if (!investee || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
      for (const i of describedListAfter(ctx, m.index + m[0].length, investors)) emitAll(emit, i, [investee], 0.7);
    }
  for (const m of allMatches(ZH_HOLDERS_LISTED, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const last = investorBefore(ctx, cs, m.index);
    // (申万宏源证券: a holder's corporate word may follow its name.)
    if (!last || !HOLDER_GAP.test(simp.slice(last.end, m.index)) || negatedAt(ctx, m.index, cs)) continue;
    const holders = coordinated(ctx.mentions, last, simp, investors, true);
    // (JASM由台积电持有过半股权，A、B与C也是股东: the company an earlier clause of the sentence opens with.)
    // (除腾讯外，A、B也在股东名单中: "besides Tencent" names one more holder, not the company held.)
    const opener = ofType(ctx.mentions, ORG, ctx.lex).find(
      (x) => x.start <= 1 && x.end < holders[0]!.start && !x.anaphor && !/^\s*除/.test(simp.slice(0, x.start)),
    );
    // (…位列燧原股东名单: the company named in the phrase.)
    const named = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start > m.index && x.end <= m.index + m[0].length);
    // (…各持股6.25%，C亦在列: a list of holders goes on; the company is the story's, not the clause's opener.)
    const held = named ?? ((cs > 0 && !/在列$/.test(m[0]) && opener) || ctx.main || ctx.topic);
    if (held) for (const i of holders) if (i.id !== held.id) emitAll(emit, i, [held], 0.7);
  }
  for (const m of allMatches(WITH_AMONG, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const investee = raiserBefore(ctx, raised, m.index) ?? subjectBefore(ctx, m.index, ORG, false) ?? ctx.raiser ?? ctx.topic;
    const first = mentionsAfter(ctx, m.index, investors, m.index + m[0].length).find((x) => !x.anaphor);
    if (!investee || !first || negatedAt(ctx, m.index, cs)) continue;
    const inside = coordinated(ctx.mentions, first, simp, investors).filter((x) => x.end <= m.index + m[0].length);
    for (const i of inside) emitAll(emit, headOf(ctx, i), [investee], 0.7);
  }
  for (const m of allMatches(ZH_BRING_IN, simp)) {
    const end = m.index + m[0].length;
    const first = mentionsAfter(ctx, end, investors, end + 1).find((x) => !x.anaphor);
    const listed = first ? coordinated(ctx.mentions, first, simp, investors, true) : [];
    const last = listed[listed.length - 1];
    const investee = subjectBefore(ctx, m.index, ORG) ?? ctx.topic;
    if (!last || !investee || !AS_INVESTOR.test(simp.slice(last.end)) || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of listed) emitAll(emit, i, [investee], 0.7);
  }
  for (const m of allMatches(HOLDERS_OF, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    const include = held && INCLUDE.exec(simp.slice(held.end));
    if (!held || !include || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of describedListAfter(ctx, held.end + include[0].length, investors)) emitAll(emit, i, [held], 0.75);
  }
  for (const m of allMatches(HOLDER_IS, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end === m.index && !x.anaphor);
    const holder = describedListAfter(ctx, m.index + m[0].length, investors)[0];
    if (held && holder && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitAll(emit, holder, [held], 0.75);
  }
  for (const m of allMatches(CORNERSTONE, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const offering = allMatches(OFFERING_OF, simp)
      .map((o) => ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end === o.index && !x.anaphor))
      .find((x) => x);
    // ("A and B signed on as cornerstone investors": the names before; else the names after.)
    const before = /\b(?:as|are|were|became)\s+(?:the\s+|its\s+)?$/i.test(simp.slice(cs, m.index)) && investorBefore(ctx, cs, m.index);
    const after = mentionsAfter(ctx, m.index + m[0].length, investors, m.index + m[0].length + 40).find((x) => !x.anaphor);
    const seed = before || after;
    const listed = seed ? coordinated(ctx.mentions, seed, simp, investors, true) : [];
    // (Before the story has a company of its own, the company the sentence names first: "Acme listed …; A and B came in as
    // cornerstone investors".)
    const held = offering ?? ctx.main ?? ctx.topic ?? firstNamedBesides(ctx, m.index, listed);
    if (held) for (const i of listed) emitAll(emit, i, [held], 0.7);
  }
  for (const m of allMatches(ZH_PLACEMENT, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const last = investorBefore(ctx, cs, m.index);
    if (!last || !PLACEMENT_GAP.test(simp.slice(last.end, m.index)) || negatedAt(ctx, m.index, cs)) continue;
    const listed = coordinated(ctx.mentions, last, simp, investors, true);
    // (In a headline, before the story has a company of its own: the company named first, 兆易创新H股首日爆升 小米、TCL做基石.)
    const held = ctx.main ?? ctx.topic ?? firstNamedBesides(ctx, last.start, listed);
    if (held) for (const i of listed) emitAll(emit, i, [held], 0.7);
  }
  for (const m of allMatches(ZH_SUBSCRIBE, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    const buyer = subjectBefore(ctx, m.index, investors);
    if (!held || !buyer || !SUBSCRIBED_SHARES.test(simp.slice(held.end)) || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of coordinated(ctx.mentions, buyer, simp, investors)) emitAll(emit, i, [held], 0.75);
  }
  for (const m of allMatches(ZH_GET_SHARES, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length && !x.anaphor);
    if (!held) continue;
    // (All of it, 取得ELYZA 100%股权, is a takeover, read by the deal rules.)
    const shares = SHARES_AFTER_HOLDER.exec(simp.slice(held.end, held.end + 24));
    if (!shares || /100%|全部|全数/.test(shares[0])) continue;
    const buyer = subjectBefore(ctx, m.index, investors);
    if (buyer && buyer.id !== held.id && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitAll(emit, buyer, [held], 0.75);
  }
  for (const m of allMatches(BUY_SHARES, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    const buyer = subjectBefore(ctx, m.index, investors, false);
    if (held && buyer && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitAll(emit, buyer, [held], 0.75);
  }
  // "xAI is raising $20 billion, with Nvidia contributing up to $2 billion" / "the round was led by A, with B and the
  // chip designer C joining as strategic investors": who joins a raise or a round invests in its company.
  if (raised || /\bround\b/i.test(simp))
    for (const m of allMatches(WITH_JOINING, simp)) {
      const raiser = roundRaiser(ctx, raised, m.index);
      const end = m.index + m[0].length;
      const first = ofType(ctx.mentions, investors, ctx.lex).find((x) => x.start > m.index && x.end <= end && !x.anaphor);
      const joining = first ? coordinated(ctx.mentions, first, simp, investors, true).filter((x) => x.end <= end) : [];
      for (const i of joining) if (raiser && raiser.id !== i.id) emitAll(emit, i, [raiser], 0.7);
    }
  for (const m of allMatches(BET_ON, simp)) {
    const investee = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    const [cs] = clauseAt(simp, m.index);
    if (!investee || negatedAt(ctx, m.index, cs)) continue;
    // (The subject, and whoever it joins: "X joins A and B in a bet on Y".)
    const subject = investorBefore(ctx, cs, m.index);
    const joins = /\bjoin(?:s|ed|ing)?\s+/.exec(simp.slice(cs, m.index));
    const betters = ofType(ctx.mentions, investors, ctx.lex).filter((x) => x.start >= cs && x.end <= m.index && !x.anaphor);
    for (const b of joins ? betters : subject ? [subject] : []) emitAll(emit, b, [investee], 0.7);
  }
  // "Nvidia has backed autonomous-driving companies Wayve and Oxa and fintech group Revolut": each one backed.
  for (const m of allMatches(HAS_BACKED, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const investor = subjectBefore(ctx, m.index, investors, false);
    if (!investor || negatedAt(ctx, m.index, cs)) continue;
    emitAll(emit, investor, describedListAfter(ctx, m.index + m[0].length, ORG), 0.7);
  }
  // "A and B, which backed Acme's $75 million raise last year alongside C, also returned": all of them invest in Acme.
  for (const m of allMatches(WHICH_BACKED, simp)) {
    const investee = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    if (!investee || !RAISE_OF.test(simp.slice(investee.end))) continue;
    const before = investorBefore(ctx, 0, m.index);
    const last = before && /^\s*$/.test(simp.slice(before.end, m.index)) ? before : undefined;
    const alongside = ALONGSIDE.exec(simp.slice(investee.end).split(/[,;.]\s/)[0]!);
    const along = alongside ? describedListAfter(ctx, investee.end + alongside.index + alongside[0].length, investors) : [];
    for (const i of [...(last ? coordinated(ctx.mentions, last, simp, investors) : []), ...along]) emitAll(emit, i, [investee], 0.7);
  }
  // "counts Sequoia and Lux among its backers": the names before "among its backers" invest in the subject.
  for (const first of ofType(ctx.mentions, investors, ctx.lex)) {
    if (!COUNTS.test(simp.slice(Math.max(0, first.start - 40), first.start))) continue;
    const g = coordinated(ctx.mentions, first, simp, investors);
    if (!AMONG_BACKERS.test(simp.slice(g[g.length - 1]!.end))) continue;
    const lead = simp.slice(Math.max(0, first.start - 40), first.start);
    const at = first.start - (COUNTS.exec(lead)?.[0].length ?? 0);
    // ("Rebellions, which merged with X last year and counts KT among its investors": the relative clause's head.)
    const which = simp.lastIndexOf(', which ', at);
    const orgs = ofType(ctx.mentions, ORG, ctx.lex);
    // (The name right before the verb is its subject: "Samsung, which makes HBM, said Rebellions counts KT…".)
    const direct = orgs.find((x) => x.end <= at && /^\s+(?:also\s+|now\s+|still\s+)?$/.test(simp.slice(x.end, at)));
    const head = which >= 0 ? orgs.find((x) => x.end === which) : undefined;
    const investee = direct ?? head ?? subjectBefore(ctx, at, ORG, false) ?? ctx.topic;
    for (const i of g) emitAll(emit, i, investee ? [investee] : [], 0.75);
  }
  // "OpenAI, in which Microsoft has invested", 微软已投资的OpenAI: the investee before the relative clause.
  for (const m of allMatches(IN_WHICH, simp)) {
    const investor = ofType(ctx.mentions, investors, ctx.lex).find((x) => x.start === m.index + m[0].length);
    const investee = ofType(ctx.mentions, ORG, ctx.lex)
      .filter((x) => x.end <= m.index)
      .pop();
    if (
      investor &&
      investee &&
      /^\s+(?:has|had|have)?\s*(?:also\s+|already\s+)?(?:invested|poured|put)\b/.test(simp.slice(investor.end, investor.end + 30))
    )
      emitAll(emit, investor, [investee], 0.75);
  }
  // 中科曙光是海光信息的第一大股东 / Microsoft, OpenAI's largest shareholder: a shareholder invests.
  for (const m of allMatches(SHAREHOLDER, withoutChineseNames(ctx))) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const investee = ofType(ctx.mentions, ORG, ctx.lex)
      .filter((x) => x.start >= m.index && x.end <= m.index + m[0].length)
      .shift();
    const investor = m[0].startsWith(',')
      ? ofType(ctx.mentions, investors, ctx.lex)
          .filter((x) => x.end <= m.index)
          .pop()
      : subjectBefore(ctx, m.index, investors, false);
    // (X持股约35%，为其最大股东: the holder opens the clause before, 其 is the sentence's other company.)
    if (investee?.anaphor && /其/.test(investee.surface) && cs > 1) {
      const [pcs] = clauseAt(simp, cs - 2);
      const holder = ofType(ctx.mentions, investors, ctx.lex).find((x) => x.start === pcs && !x.anaphor);
      const held = holder && ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.id !== holder.id && !x.anaphor && x.end <= pcs);
      if (holder && held) {
        emitAll(emit, holder, [held], 0.75);
        continue;
      }
    }
    const other =
      investee?.anaphor && investor && investee.id === investor.id
        ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.id !== investor.id && !x.anaphor && x.end <= m.index)
        : investee;
    // (A（大基金）和B均为X的股东: every holder listed as the subject.)
    const holders =
      investor && !investor.anaphor && !m[0].startsWith(',') ? coordinated(ctx.mentions, investor, simp, investors) : [investor];
    if (other) for (const h of holders) if (h && h.id !== other.id) emitAll(emit, h, [other], 0.75);
  }
  const holders = ofType(ctx.mentions, investors, ctx.lex);
  for (const held of ofType(ctx.mentions, ORG, ctx.lex)) {
    if (held.anaphor) continue;
    const [cs] = clauseAt(simp, held.start);
    const m = HELD_COMPANY_BEFORE.exec(simp.slice(cs, held.start));
    if (m && !negatedAt(ctx, held.start, cs)) {
      // (The holder: the first name after 获 in 获腾讯投资的燧原, the nearest name before 为 in 腾讯为…的燧原.)
      const first = m[0].startsWith('获')
        ? holders.find((x) => x.start >= cs + m.index && x.end <= cs + m.index + m[0].length && x.id !== held.id)
        : holders.filter((x) => x.start >= cs && x.end <= cs + m.index).pop();
      if (first) for (const h of coordinated(ctx.mentions, first, simp, investors)) if (h.id !== held.id) emitAll(emit, h, [held], 0.75);
    }
    const w = holders.find((x) => x.start > held.end && WHOSE_HOLDER.test(simp.slice(held.end, x.start)));
    if (w) for (const h of coordinated(ctx.mentions, w, simp, investors)) if (h.id !== held.id) emitAll(emit, h, [held], 0.75);
  }
  // 创意电子是台积电转投资的公司: the company invested in is the subject of the copula.
  for (const m of allMatches(INVESTED_COMPANY, simp)) {
    const investor = ofType(ctx.mentions, investors, ctx.lex).find((x) => x.start > m.index && x.end <= m.index + m[0].length);
    const investee = investor && subjectBefore(ctx, m.index, ORG, false);
    if (investor && investee && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitAll(emit, investor, [investee], 0.75);
  }
  // 出售旗下Altera的51%股权给银湖资本 / sold a 51% stake in Altera to Silver Lake: the buyer of the stake invests.
  for (const m of allMatches(STAKE_SOLD_TO, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const inside = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > m.index && x.end <= m.index + m[0].length);
    const held = inside[inside.length - 1];
    const buyer = mentionsAfter(ctx, m.index + m[0].length, investors, Math.min(ce, m.index + m[0].length + 20))[0];
    if (held && buyer) emitAll(emit, buyer, [held], 0.75);
  }
  // A与B的合资公司Z / "Z, a joint venture between A and B": each partner holds a share of the venture.
  for (const m of allMatches(ZH_JOINT_VENTURE, simp)) {
    // (合资的熊本子公司JASM: a short description of the venture may come before its name.)
    const desc = /^(?:[^，,。；的、与和]{0,6}?(?:子公司|公司|企业|工厂|晶圆厂|厂))?/.exec(simp.slice(m.index + m[0].length))![0];
    const venture = ofType(ctx.mentions, ORG, ctx.lex).find(
      (x) => x.start === m.index + m[0].length || (desc && x.start === m.index + m[0].length + desc.length),
    );
    const last = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end === m.index && !x.anaphor);
    if (venture && last) for (const o of coordinated(ctx.mentions, last, simp, ORG)) emitAll(emit, o, [venture], 0.7);
  }
  for (const m of allMatches(EN_JOINT_VENTURE, simp)) {
    const venture = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end === m.index);
    if (venture) for (const o of describedListAfter(ctx, m.index + m[0].length, ORG)) emitAll(emit, o, [venture], 0.7);
  }
  // Y-backed X: "SoftBank-backed Acme".
  for (const m of allMatches(BACKED_ADJECTIVE, simp)) {
    const investor = ctx.mentions.find((x) => x.start === m.index);
    // ("CoreWeave, the Nvidia-backed cloud company": the name the appositive describes.)
    const appositive = /,\s*(?:the|an?)\s+$/.exec(simp.slice(Math.max(0, m.index - 8), m.index));
    const investee =
      ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length) ??
      (appositive ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end === m.index - appositive[0].length) : undefined);
    if (investor && investee) emitAll(emit, investor, [investee], 0.75);
  }
  // "Nvidia itself is among Nebius's shareholders, alongside venture firm Accel": the holders of the possessor.
  for (const m of allMatches(AMONG_HOLDERS_OF, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].indexOf(m[1]!));
    const [cs] = clauseAt(simp, m.index);
    const holder = investorBefore(ctx, cs, m.index);
    if (!held || !holder || negatedAt(ctx, m.index, cs)) continue;
    emitAll(emit, holder, [held], 0.7);
    const along = ALONGSIDE.exec(simp.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (along)
      for (const i of describedListAfter(ctx, m.index + m[0].length + along.index + along[0].length, investors))
        emitAll(emit, i, [held], 0.7);
  }
  for (const m of allMatches(investCue, simp)) {
    const [cs, ce] = clauseAt(simp, m.index);
    // (投资 inside a name, 上海国有资本投资有限公司, is no verb.)
    if (negatedAt(ctx, m.index, cs) || DIVEST.test(simp.slice(cs, m.index + m[0].length)) || insideName(ctx, m.index)) continue;
    const end = m.index + m[0].length;
    // A对/向/为B提供财务支持: the investee between the preposition and the verb.
    const prep = PREP_TO.exec(simp.slice(cs, m.index));
    if (prep) {
      const pStart = cs + prep.index;
      const inside = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > pStart && x.end <= m.index);
      if (inside.length) emitAll(emit, subjectBefore(ctx, pStart, investors), [inside[inside.length - 1]!], 0.75);
      continue;
    }
    if (PREP_ONLY.includes(m[0])) continue;
    // 美国政府、软银与辉达先后宣布入股英特尔: every investor listed before the verb.
    // (出资支持由A、B等企业出资成立的X: the money goes to X, not to those who set it up.)
    const setUp = /^[^，,。；]{0,4}?(?=由)/.exec(simp.slice(end));
    const funded = setUp ? FUNDED_BY_AT.exec(simp.slice(end + setUp[0].length)) : null;
    let first = funded
      ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === end + setUp![0].length + funded[0].length)
      : mentionsAfter(ctx, end, ORG, ce)[0];
    // (入股台积电在德国德勒斯登成立的ESMC: the company the first one set up there, named after 成立的.)
    const setUpThere = first && SET_UP_THERE.exec(simp.slice(first.end, first.end + 30));
    if (setUpThere) {
      const at = first!.end + setUpThere[0].length;
      first =
        ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start >= at && x.start <= at + 12 && !/[，,。；]/.test(simp.slice(at, x.start))) ??
        first;
    }
    // (…、华硕集团转投资的景硕，…: a relative clause inside a list names one investor and the one it invested in.)
    if (simp[end] === '的') {
      const owner = ofType(ctx.mentions, investors, ctx.lex)
        .filter((x) => x.end <= m.index && /^(?:集团|公司)?\s*(?:转|所|曾|已)?$/.test(simp.slice(x.end, m.index)))
        .pop();
      if (owner && first && first.start <= end + 8) emitAll(emit, owner, [first], 0.75);
      continue;
    }
    // "…, together with Samsung, a longtime backer of the startup": the name the appositive describes.
    const described = ofType(ctx.mentions, investors, ctx.lex)
      .filter((x) => x.end <= m.index && x.start >= cs)
      .pop();
    const appositive = described && /^\s*,\s*(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}$/i.test(simp.slice(described.end, m.index));
    const investor = appositive ? described : subjectBefore(ctx, m.index, investors);
    if (first && investor)
      for (const i of coordinated(ctx.mentions, investor, simp, investors))
        emitAll(emit, i, coordinated(ctx.mentions, first, simp, ORG), 0.75);
    // X在上市前也进行了战略入股: a stake with no company named is in the company the story is about.
    else if (investor && m[0] === '入股' && /^\s*(?:[。；;，,]|$)/.test(simp.slice(end)) && ctx.topic && ctx.topic.id !== investor.id)
      for (const i of coordinated(ctx.mentions, investor, simp, investors)) emitAll(emit, i, [ctx.topic], 0.65);
  }
  // 红杉中国、经纬创投均持有沐曦股份: shareholders invest.
  for (const m of allMatches(HOLDS, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const after = m.index + m[0].length;
    // (持有开源数据库公司X的股份: a description of the company may come first.)
    const held = ofType(ctx.mentions, ORG, ctx.lex).find(
      (x) => x.start >= after && (x.start <= after + 1 || HELD_DESCRIPTION.test(simp.slice(after, x.start))),
    );
    if (
      !held ||
      negatedAt(ctx, m.index, cs) ||
      // (出售了其持有的X股份: the stake is being sold.)
      DIVEST.test(simp.slice(cs, m.index)) ||
      (!/^[^，,。；]{0,4}?(?:的)?(?:股份|股权|股票|\d)/.test(simp.slice(held.end, held.end + 8)) && !/股份$/.test(held.surface))
    )
      continue;
    // (…，并持有X的股份: a clause that goes on with 并 has the sentence's subject.)
    const holder =
      subjectBefore(ctx, m.index, investors) ??
      (/^[，,]?\s*(?:并|并且|且|还|同时)\s*$/.test(simp.slice(cs, m.index)) ? subjectBefore(ctx, m.index, investors, false) : undefined);
    for (const i of holder ? coordinated(ctx.mentions, holder, simp, investors) : []) emitAll(emit, i, [held], 0.75);
  }
  // 从股东名单看…：财政部持股17.44%，A、B各持股6.25%: a stake with no company named is in the story's company.
  // "TSMC holds 70% of ESMC, while Bosch, Infineon and NXP each own 10%": in the company named with the first stake.
  for (const m of allMatches(BARE_STAKE, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const holder = subjectBefore(ctx, m.index, investors);
    if (!holder || holder.anaphor || negatedAt(ctx, m.index, cs)) continue;
    // ("while the supplier Bosch, chipmaker Infineon and the group NXP each own 10%": every holder of the clause.)
    const each = /^each/i.test(m[0])
      ? ofType(ctx.mentions, investors, ctx.lex).filter((x) => x.start >= cs && x.end <= m.index && !x.anaphor)
      : coordinated(ctx.mentions, holder, simp, investors);
    const of = /\b(?:holds?|owns?|held|owned)\s+(?:about\s+|around\s+|some\s+)?[\d.]+\s?%\s+(?:stake\s+in|of)\s+$/;
    const named = ofType(ctx.mentions, ORG, ctx.lex).find(
      (x) => x.end <= m.index && of.test(simp.slice(Math.max(0, x.start - 40), x.start)),
    );
    // ("ESMC is 70% owned by TSMC, with Bosch, Infineon and NXP each holding 10%": the company owned in shares.)
    const owned = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end <= m.index && OWNED_IN_SHARES.test(simp.slice(x.end, m.index)));
    // (华虹宏力持有华虹制造51%股权，大基金二期持股29%: the company the first stake is in; JASM的股权结构…：台积电持股约86.5%:
    // the company whose shareholding the sentence sets out.)
    const zhNamed = isChinese(m[0])
      ? ofType(ctx.mentions, ORG, ctx.lex).find(
          (x) =>
            x.end <= m.index &&
            (/持有$/.test(simp.slice(Math.max(0, x.start - 2), x.start))
              ? /^[\d.]+%(?:的)?股[权份]/.test(simp.slice(x.end, x.end + 10))
              : ZH_SHAREHOLDING.test(simp.slice(x.end, x.end + 8))),
        )
      : undefined;
    const held = named ?? owned ?? zhNamed ?? (isChinese(m[0]) ? (ctx.main ?? ctx.topic) : undefined);
    if (!held) continue;
    for (const i of each) if (i.id !== held.id) emitAll(emit, i, [held], 0.7);
  }
  // 由丰田、索尼等八家企业共同出资成立: the funders listed between 由 and the verb.
  for (const m of allMatches(FUNDED_BY, simp)) {
    const inside = ofType(ctx.mentions, investors, ctx.lex).filter((x) => x.start > m.index && x.end <= m.index + m[0].length);
    // (由A、B等企业出资成立的X: the company after 的, else the subject before 由.)
    const after = m.index + m[0].length;
    const company =
      (simp[after] === '的' ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === after + 1) : undefined) ??
      subjectBefore(ctx, m.index, ORG, false);
    if (!inside.length || !company || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    // (由吉利系的亿咖通科技与安谋科技…: a name that only modifies the next, 吉利系的, stands for it.)
    for (const i of coordinated(ctx.mentions, inside[0]!, simp, investors, true)) emitAll(emit, i, [company], 0.75);
  }
  for (const m of allMatches(SET_UP_BY, simp)) {
    const [cs] = clauseAt(simp, m.index);
    const company = subjectBefore(ctx, m.index, ORG, false);
    const first = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 30);
    if (!company || !first || negatedAt(ctx, m.index, cs)) continue;
    for (const i of coordinated(ctx.mentions, first, simp, ORG)) if (i.id !== company.id) emitAll(emit, headOf(ctx, i), [company], 0.7);
  }
  for (const m of allMatches(WHICH_SET_UP, simp)) {
    const company = ofType(ctx.mentions, ORG, ctx.lex)
      .filter((x) => x.end === m.index)
      .pop();
    const inside = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => x.start > m.index && x.end <= m.index + m[0].length);
    if (!company || !inside.length) continue;
    for (const i of coordinated(ctx.mentions, inside[0]!, simp, ORG)) if (i.id !== company.id) emitAll(emit, i, [company], 0.7);
  }
  for (const m of allMatches(ZH_HOLDER_IS, simp)) {
    const held = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end === m.index && !x.anaphor);
    const holder = mentionsAfter(ctx, m.index + m[0].length, investors, m.index + m[0].length + 1)[0];
    if (!held || !holder || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of coordinated(ctx.mentions, holder, simp, investors)) emitAll(emit, i, [held], 0.75);
  }
  for (const m of allMatches(ZH_CO_FOUNDED, simp)) {
    const company = ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === m.index + m[0].length);
    const founder = subjectBefore(ctx, m.index, investors);
    if (!company || !founder || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of coordinated(ctx.mentions, founder, simp, investors)) emitAll(emit, i, [company], 0.7);
  }
  // 经济产业省已提供超过1.7兆日圆的补助 / 获得政府补助: a subsidy is financial backing.
  for (const m of allMatches(SUBSIDY, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs) || /(?:向|为|给|对)[^，,。]{1,40}$/.test(simp.slice(cs, m.index))) continue;
    const giver = subjectBefore(ctx, m.index, ORG);
    // (The company the sentence named before the giver gets it: 英特尔原计划在马德堡投资…，德国政府承诺提供99亿欧元补助.)
    const receiver = (giver && ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end <= giver.start && x.id !== giver.id)) || ctx.topic;
    if (giver && receiver && !/获得|取得|得到/.test(m[0])) emitAll(emit, giver, [receiver], 0.65);
  }
  grants(ctx, emit);
};

// Money a government or a fund grants a company is financial backing. The amount, or a word for a subsidy, makes it a grant.
// 经产省已向美光提供最高1920亿日元补贴; 美国承诺向三星电子提供64亿美元，向台积电提供66亿美元; 日本政府已为台积电和Rapidus等项目拨出数万亿日元补贴.
const GRANT_TO_ZH = new RegExp(
  `(?:向|为|给|对)([^，,。；]{1,40}?)(?:提供|拨出|拨付|给予|核发|发放)(?:了)?(?=[^，,。；]{0,16}?(?:补助|补贴|资助|${MONEY_ZH}))(?![^，,。；]{0,24}?(?:贷款|融资额度|信贷|授信|订单|采购|服务|算力))`,
  'g',
);
// 美光获得经产省提供的…补贴 / 获日本政府最高1920亿日元补助: the one named after the verb of receiving grants it.
const GRANT_FROM_ZH = /(?:获得|取得|得到|获)(?:了)?([^，,。；]{1,24}?)(?=(?:提供|拨付|核发)?的?[^，,。；]{0,16}?(?:补助|补贴|资助))/g;
// "a grant of up to $4.7 billion for Samsung", "awarded Intel $8.5 billion in grants", "will give Micron up to $6.1 billion in subsidies".
const AMOUNT_EN =
  '(?:(?:up\\s+to|about|roughly|nearly|almost|around|more\\s+than|over)\\s+)?(?:US)?[$€£¥][\\d.,]+\\s*(?:billion|million|bn|m)?';
const AID_EN = '(?:grants?|subsid(?:y|ies)|(?:direct\\s+|federal\\s+|state\\s+|government\\s+)?funding|incentives?|(?:state\\s+)?aid)';
// ("The agency also finalized up to $1.6 billion on Friday for Texas Instruments": a verb of granting and an amount.)
const GRANT_OF_EN = new RegExp(
  `(?:\\b${AID_EN}\\s+(?:of\\s+)?|\\b(?:finaliz|award|approv|earmark|allocat)\\w*\\s+)${AMOUNT_EN}\\s+(?:(?:on|this|last)\\s+\\w+\\s+)?(?:for|to)\\s+$`,
  'i',
);
const GRANTED_EN = new RegExp(
  `\\b(?:award(?:s|ed|ing)?|grant(?:s|ed|ing)?|g[ia]ve|gives|giving|offer(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\\s+$`,
  'i',
);
const GRANTED_AFTER_EN = new RegExp(`^\\s+${AMOUNT_EN}\\s+(?:in\\s+)?(?:[\\w-]+\\s+){0,3}?${AID_EN}\\b`, 'i');

function grants(ctx: Parameters<Rule>[0], emit: Emit): void {
  const { simp } = ctx;
  // (Not a pronoun of one character, 其, nor the reference of no characters where a sentence leaves its subject out.)
  const orgs = ofType(ctx.mentions, ORG, ctx.lex).filter((x) => !x.anaphor || x.surface.length > 1);
  let giver: Mention | undefined;
  for (const m of allMatches(GRANT_TO_ZH, simp)) {
    const [cs] = clauseAt(simp, m.index);
    if (negatedAt(ctx, m.index, cs)) continue;
    const span = m.index + m[0].indexOf(m[1]!);
    const receivers = orgs.filter((x) => x.start >= span && x.end <= span + m[1]!.length);
    // (The giver opens the clause before 向; a clause that goes on from the one before keeps its giver.)
    giver = orgs.find((x) => x.start >= cs && x.end <= m.index && !isReporter(x, simp)) ?? (cs > 0 ? giver : undefined);
    // (欧盟执委会已批准德国对ESMC提供补助: who approves the aid does not give it.)
    if (giver && /批准|核准|同意|允许/.test(simp.slice(giver.end, m.index))) continue;
    emitAll(emit, giver, receivers, 0.7);
  }
  for (const m of allMatches(GRANT_FROM_ZH, simp)) {
    const span = m.index + m[0].indexOf(m[1]!);
    const from = orgs.find((x) => x.start >= span && x.start <= span + 2);
    const receiver = clauseSubject(ctx, m.index, ORG);
    if (from && receiver && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitAll(emit, from, [receiver], 0.7);
  }
  if (isChinese(simp)) return;
  for (const o of orgs) {
    const before = simp.slice(Math.max(0, o.start - 90), o.start);
    const of = GRANT_OF_EN.exec(before);
    const granted = GRANTED_EN.test(before) && GRANTED_AFTER_EN.test(simp.slice(o.end, o.end + 90));
    if (!of && !granted) continue;
    const at = of ? o.start - before.length + of.index : o.start;
    if (negatedAt(ctx, at, clauseAt(simp, at)[0])) continue;
    emitAll(emit, subjectBefore(ctx, at, ORG), [o], 0.7);
  }
}

/** Whether a position falls inside a name (a cue word that is part of it: 上海国有资本投资有限公司). */
function insideName(ctx: Parameters<Rule>[0], pos: number): boolean {
  return ctx.mentions.some((x) => !x.anaphor && x.start < pos && pos < x.end);
}

// Lending is financial backing: 从A、B等机构借入…, 获得由A提供的…贷款, "a $500 million loan from A".
const LENT_ZH =
  /(?:从|向)((?:(?!提供)[^，,。；]){1,40}?)(?:等(?:机构|银行|金融机构|投资者|贷方))?(?:借入|借得|借款|贷款)|(?:获得?|取得)(?:了)?(?:由)?([^，,。；]{1,30}?)提供(?:的)?[^，,。；]{0,24}?(?:贷款|融资额度|信贷额度|授信|信贷|债务融资)/g;
const LENDS_TO_ZH = /向([^，,。；]{1,20}?)提供[^，,。；]{0,20}?(?:贷款|融资额度|信贷额度|授信|债务融资)/g;
// (Borrowing money, not ideas: "borrows heavily from Nvidia's CUDA" is no loan.)
const LENT_EN =
  /\b(?:loans?|credit\s+(?:facility|facilities|line)|debt\s+financing|borrow(?:ed|s|ing)?\s+(?:(?:about|around|nearly|some|more\s+than|over)\s+)?(?:US)?[$€¥£][\d.,]+\s*(?:billion|million|bn|m)?\s+)\s*from\s+/gi;

// "Rapidus was formed with investment from eight companies - A, B and C", "received funding from A and B".
const MONEY_FROM =
  /\b(?:investments?|funding|backing|capital|equity)\s+from\s+(?:(?:[\w-]+\s+){0,3}?(?:companies|firms|investors|groups|backers|banks|funds|corporations)\s*(?:[-–—:,]\s*|,?\s+(?:including|such\s+as|among\s+them)\s+))?/gi;

// Rapidus成立于2022年，由丰田、索尼…等8家企业共同出资成立: those who put up the capital to found a company hold it.
const FOUNDED_WITH_CAPITAL = /由([^。；]{2,240}?)(?:等[^，,。；]{0,12}?)?(?:共同|联合)?出资(?:成立|设立|组建|创立|创办)/g;

/** Lenders back the borrower, the clause's subject; founders who put up the capital hold the company they found. */
const lending: Rule = (ctx, emit) => {
  const { simp } = ctx;
  const orgs = ofType(ctx.mentions, ORG, ctx.lex);
  for (const m of allMatches(FOUNDED_WITH_CAPITAL, simp)) {
    const from = m.index + 1;
    const first = ofType(ctx.mentions, INVESTORS, ctx.lex).find((x) => x.start >= from && !x.anaphor);
    const founded = subjectBefore(ctx, m.index, ORG, false) ?? orgs.find((x) => x.end <= m.index && !x.anaphor);
    if (!first || !founded || first.end > from + m[1]!.length || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of coordinated(ctx.mentions, first, simp, INVESTORS, true))
      if (i.end <= from + m[1]!.length) emitAll(emit, i, [founded], 0.7);
  }
  // (Money or a loan from the names right after "from": each backs the clause's subject.)
  for (const m of [...allMatches(MONEY_FROM, simp), ...allMatches(LENT_EN, simp)]) {
    const first = ofType(ctx.mentions, INVESTORS, ctx.lex).find((x) => x.start === m.index + m[0].length && !x.anaphor);
    const backed = subjectBefore(ctx, m.index, ORG, false);
    if (!first || !backed || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const i of coordinated(ctx.mentions, first, simp, INVESTORS)) emitAll(emit, i, [backed], 0.7);
  }
  for (const m of allMatches(LENT_ZH, simp)) {
    const inside = m[1] ?? m[2]!;
    const from = m.index + m[0].indexOf(inside);
    const first = orgs.find((x) => x.start >= from && x.end <= from + inside.length);
    const borrower = subjectBefore(ctx, m.index, ORG, false);
    if (!first || !borrower || negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) continue;
    for (const l of coordinated(ctx.mentions, first, simp, ORG, true)) if (l.end <= from + inside.length) emitAll(emit, l, [borrower], 0.7);
  }
  // 黑石向CoreWeave提供75亿美元贷款: the lender, the subject, backs the one lent to.
  for (const m of allMatches(LENDS_TO_ZH, simp)) {
    const borrower = orgs.find((x) => x.start > m.index && x.end <= m.index + 1 + m[1]!.length);
    const lender = subjectBefore(ctx, m.index, ORG, false);
    if (borrower && lender && !negatedAt(ctx, m.index, clauseAt(simp, m.index)[0])) emitAll(emit, lender, [borrower], 0.7);
  }
};

export const INVESTMENT_RULES: Rule[] = [investsIn, lending];

/** The company that raised money in this sentence, for "the round" in the sentences after. */
export function raiserIn(ctx: Parameters<Rule>[0]): Mention | undefined {
  const raised = firstMatch(RAISED, ctx.simp);
  // ("anchors a Series C round that values Mistral at 11.7 billion euros": the company the round values raised it.)
  if (!raised) {
    const values = firstMatch(ROUND_VALUES, ctx.simp);
    const end = values ? values.index + values[0].length : -1;
    return values ? ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start === end && !x.anaphor) : undefined;
  }
  // (Who led or joined the financing invested in it; the raiser is another.)
  if (INVESTED_IN_RAISE.test(ctx.simp.slice(Math.max(0, raised.index - 40), raised.index)))
    // ("ASML led a 1.7 billion euro funding round in the company": the one the round is in raised it.)
    return ofType(ctx.mentions, ORG, ctx.lex).find(
      (x) => x.start > raised.index && /^[\w\s]{0,16}?\bin\s+$/.test(ctx.simp.slice(raised.index + raised[0].length, x.start)),
    );
  // ("TechCrunch, which first reported the financing": who reports a raise did not raise it.)
  if (REPORTED_RAISE.test(ctx.simp.slice(Math.max(0, raised.index - 30), raised.index))) return undefined;
  // ("Jane Roe has raised $475 million for her new company, Acme": a founder raises for the company named after.)
  const raiser = beforeLeaders(ctx, subjectBefore(ctx, raised.index, ORG, false));
  return (raiser && !isReporter(raiser, ctx.simp) ? raiser : undefined) ?? raisedFor(ctx, raised.index);
}

const FOR_COMPANY = /^[^.;]{0,60}?\bfor\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}?(?:company|start-?up|venture|firm|business),?\s+$/;
/** The company a person raised money for, named after the raise. */
function raisedFor(ctx: Parameters<Rule>[0], at: number): Mention | undefined {
  return ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.start > at && FOR_COMPANY.test(ctx.simp.slice(at, x.start)));
}

/** The first organization the sentence names before pos that is none of `listed`: the company of an offering in a headline. */
function firstNamedBesides(ctx: Parameters<Rule>[0], pos: number, listed: Mention[]): Mention | undefined {
  return ofType(ctx.mentions, ORG, ctx.lex).find((x) => x.end <= pos && !x.anaphor && !listed.some((l) => l.id === x.id));
}
