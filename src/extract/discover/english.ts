import { hasChinese } from '../lang';
import { GENERIC } from './generic';
import {
  alternation,
  EN_TITLES,
  ORG_NOUNS,
  ORG_SUFFIXES,
  ZH_TITLE_ALT,
  isCommonWord,
  isDemonym,
  isFamilyName,
  isGivenName,
  isPlace,
} from './names';
import type { Lexicon } from '../lexicon';
import { nameKey } from '../normalize';
import type { DiscoverySentence, Registry } from './registry';
import { allMatches } from '../regex';

/**
 * English proper names the lexicon lacks, typed by the text's own cues: titles and appositives for
 * people ("Jane Doe, chief executive of Acme"; "Acme CEO Jane Doe"), corporate suffixes, describing
 * nouns ("startup Acme", "Acme, a chip startup") and possessive titles ("Acme's CEO") for organizations.
 */

const TITLE = `(?:${alternation(EN_TITLES)})`;
const NOUN = `(?:${alternation(ORG_NOUNS)})`;
const SUFFIX = new Set(ORG_SUFFIXES);
// The suffixes that name a firm even after a common word (Spark Capital, Orbit Silicon; not Recent Research).
const FIRM_SUFFIX = new Set([
  'Inc',
  'Corp',
  'Ltd',
  'LLC',
  'PLC',
  'Capital',
  'Ventures',
  'Partners',
  'Investments',
  'Holdings',
  'Silicon',
  'Semiconductor',
  'Semiconductors',
  'Technologies',
  'Labs',
  'Microsystems',
  'Microelectronics',
]);

// Cues, tested on the text just before or just after a candidate name.
// Chinese context of a Latin name: 芯片新创公司Zephyr Silicon, Zephyr公司, 执行长Jane Doe.
const ZH_ORG_BEFORE =
  /(公司|企业|集团|厂商|制造商|新创|初创|创企|实验室|子公司|旗下|投资方|投资人|对手|客户|伙伴|供应商|机构|业者|创投|银行)\s*$/;
// (…and what owns or employs: OPPO旗下, OPPO首席执行官, OPPO方面回应称.)
const ZH_ORG_AFTER = new RegExp(`^\\s*(?:公司|集团|科技|实验室|股份|控股|创投|资本|旗下|方面(?:表示|回应|称|证实)|${ZH_TITLE_ALT})`);
// (Every Chinese title the people rules know, 业务长 and 董事总经理 included, and 首席…/博士.)
const ZH_PERSON_BEFORE = new RegExp(`(?:${ZH_TITLE_ALT}|执行官|首席|博士|大亨|富豪|首富)\\s*$`);
// A Latin brand followed by what kind of thing it is: GaussDB分布式数据库, Exadata数据库一体机.
const ZH_PRODUCT_AFTER =
  /^\s*(?!的)[\u3400-\u9fff]{0,4}?(数据库|一体机|平台|系统|软件|模型|大模型|协议|服务|操作系统|作业系统|框架|超节点|集群|超级计算机|超级电脑|超算|工作站)/;
// …or preceded by it: 人工智能平台PAI, 操作系统HarmonyOS.
const ZH_PRODUCT_BEFORE = /(?:平台|操作系统|软件|大模型|模型|框架|数据库|应用|应用程序|聊天机器人|智能助手|AI助手)\s*$/;
// Process and interface technologies are no products of one company: FinFET制程平台, SerDes技术.
const TECHNOLOGY =
  /^(?:FinFET|GAA|GAAFET|EUV|DUV|CMOS|SerDes|RISC-V|CoWoS|SoIC|InFO|PCIe|CXL|DDR\d?|LPDDR\d?|HBM\d?E?|Ethernet|SRAM|DRAM|NAND)$/i;
// (OPPO自研芯片, X推出新芯片: a verb or a word of making between says the name made the chip, it is not the chip.)
const ZH_CHIP_AFTER =
  /^\s*(?:(?!的|自研|自行|自家|自主|研发|开发|设计|推出|发布|采用|搭载|使用|旗下|关停|首款|新|造|打造|用|为|款|家|颗|在|对|于|从|向|把|将|与|和|及|是|也|已|曾|还|都|再|不|没|无|会|能|要)[\u3400-\u9fff]){0,3}?(芯片|晶片|处理器|加速器|加速卡)/;

const PERSON_BEFORE = [
  ZH_PERSON_BEFORE,
  new RegExp(`\\b${TITLE}\\s*,?\\s*$`, 'i'), // Acme CEO | chief executive | analyst
  /\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s*$/, // honorifics
  /\b(?:co-?founders|founders|executives|engineers|researchers|scientists|analysts|professors)\s*,?\s*$/i, // Stripe co-founders A and B
  /\b(?:led|founded|co-founded|headed|run|started|established)\s+(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?by\s*$/i,
];
// "Omar Haddad, a former AMD engineer": an appositive with an employer before the title.
const PERSON_AFTER_ORG_TITLE = new RegExp(
  `^,\\s*(?:an?|the)\\s+(?:former\\s+|senior\\s+|longtime\\s+|veteran\\s+)*[A-Z][\\w&.-]*(?:\\s[A-Z][\\w&.-]*)*(?:\\s*\\([A-Z][A-Z\\d.:]*\\))?\\s+(?:[a-z-]+\\s+)?(?:${TITLE}|veteran|alumnus)\\b`,
);
const PERSON_AFTER = [
  // What people do in business news: take over, step down, join, be appointed.
  /^\s+(?:takes|took|will\s+take)\s+over\b|^\s+(?:steps|stepped|will\s+step)\s+down\b|^\s+(?:was|has\s+been|will\s+be)\s+(?:appointed|named|promoted|hired|elected)\b|^\s+(?:joined|rejoined|resigned|retired|left|quit|departed)\b|^\s+(?:will|is\s+set\s+to|is\s+expected\s+to)\s+(?:join|rejoin|succeed|replace)\s+[A-Z]|^\s+(?:has|had)\s+(?:joined|rejoined|left|resigned)\b|^\s+(?:is|was)\s+(?:leaving|departing|retiring|stepping\s+down)\b/,
  // ", vice president of engineering at Meta" | ", AMD's chief executive" | ", the company's CEO"
  new RegExp(
    `^,\\s*(?:(?:until\\s+(?:now|recently)|formerly|previously|most\\s+recently)\\s+)?(?:the\\s+|an?\\s+|its\\s+|[A-Z][\\w&.-]*(?:\\s[A-Z][\\w&.-]*)*['’]s\\s+)?(?:(?:former|then|current|senior|lead|principal|global|outgoing|incoming|interim|acting)[\\s-]+)*(?:[a-z-]+\\s+){0,2}${TITLE}\\b`,
    'i',
  ),
  // "Aaron Tan Wei Ming, 41, and …", "Jane Roe, 28, of Pasadena": an age in commas, as court and crime reports give it.
  /^,\s*(?:1[6-9]|[2-9]\d),/,
  /^,\s*who\s+(?:(?:has|had|previously|formerly|also)\s+)*(?:leads|led|heads|headed|runs|ran|founded|co-founded|oversees|manages|spent|worked|served|left|joined|rejoined|covers|covered|tracks|follows|came|comes|moved)\b/,
  // "Jane Roe, who made her name designing chips at AMD": a relative clause that speaks of the name as his or hers.
  /^,\s*who\s+[^,.;]{0,40}?\b(?:his|her)\b/,
  // "Jane Roe, who goes by Jan and joined from Cadence": a career verb further on in the relative clause.
  /^,\s*who\s+[^,.;]{0,40}?\b(?:joined|rejoined|left|quit|retired|resigned|founded|co-founded)\b/,
  // "spent 15 years at Intel", "previously worked at Arm": a career at an organization.
  /^\s+(?:(?:previously|formerly|once|also)\s+)?(?:spent\s+(?:\w+\s+){1,3}(?:at|with)|worked\s+(?:at|for)|(?:led|headed|ran)\s+(?:\w+\s+){0,3}at)\s+[A-Z]/,
  // "Jane Roe, a veteran of Intel and Qualcomm": a career at organizations, said of a person.
  /^,\s*an?\s+(?:(?:longtime|former|\d+-year|seasoned)\s+)?(?:veteran|alumnus|alumna)\s+of\s+(?:the\s+)?[A-Z]/,
  // "is an associate professor at MIT", "was a senior engineer with Google"
  new RegExp(`^\\s+(?:is|was|serves\\s+as|served\\s+as)\\s+(?:an?|the)\\s+(?:[a-z-]+\\s+){0,2}${TITLE}\\s+(?:at|of|with|for)\\s+[A-Z]`),
];
// "Acme named Jane Doe as its chief operating officer": who is hired or appointed to a post.
const HIRED_BEFORE =
  /\b(?:named|names|appointed|appoints|hired|hires|tapped|taps|promoted|promotes|recruited|poached)\s+(?:(?:former|ex-)\s*)?$/;
const AS_POST_AFTER = new RegExp(
  `^(?:,[^,]{0,100},)?\\s+(?:as|to\\s+(?:be|lead|run|head))\\s+(?:(?:its|their|the|an?|new)\\s+){0,2}(?:[a-z-]+\\s+){0,2}(?:${TITLE}|lead|run|head)\\b`,
  'i',
);
// "Joe Doe of Acme Capital said": a person and, after "of", the employer.
const OF_ORG_SAID =
  /^\s+(?:of|at|from)\s+([A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]*)*?)\s*,?\s+(?:said|says|told|noted|added|wrote|argued|explained|estimated|predicted|commented|warned|believes)\b/;
const SAID = /^,?\s+(?:said|says|told|noted|added|wrote|argued|explained|commented|warned)\b/;
const OF_ORG = /^\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*\s*(?:,|\s+[a-z])/;
// "Omar Haddad co-founded Zentrix Labs": a given name founding something (companies found companies too: a given name first).
const FOUNDED_AFTER = /^\s+(?:(?:also|later|previously|first|once)\s+)?(?:co-founded|cofounded|founded)\s+[A-Z]/;
const SAID_BEFORE = /\b(?:said|according to|told)\s*$/i;

// Who leads a round is an investor, mostly a firm (a person only by a given name): "the round was co-led by Acme Wealth".
const ROUND_LED = /\b(?:round|financing|raise|funding|investment|tranche|Series\s+[A-H]\d?)\b[^.;]{0,25}?\b(?:co-)?led\s+by\s*$/i;
const ORG_BEFORE = [
  ZH_ORG_BEFORE,
  new RegExp(`\\b${NOUN}s?\\s*$`, 'i'), // chip startup Acme | rival Acme | software startups Acme and Bolt
  new RegExp(`\\b${TITLE}(?:\\s+(?:of|for)\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?)?\\s+(?:of|at)\\s*$`, 'i'), // vice president of engineering at
  /\b(?:chips|GPUs|processors|accelerators|hardware|servers|capacity|compute)\s+from\s*$/i, // bought chips from Acme
  /\b(?:round|stake)\s+(?:in|for)\s*$/i, // a funding round in Acme
  /\b(?:acquire[sd]?|acquiring|acquisition of|purchase of|takeover of|buyout of|collaboration between|invest(?:s|ed|ing)?(?:\s+[$€¥£]?[\d.,]+\s*(?:billion|million|bn|m))?\s+in|stakes?\s+in|backed\s+by|partner(?:s|ed|ing)?\s+with|partnership\s+with|alliance\s+with|deal\s+with|agreement\s+with|spun\s+off|spin-off\s+of|subsidiary\s+of|unit\s+of|division\s+of)\s*$/i,
  /[A-Za-z]-(?:headquartered|based)\s+(?:[a-z-]+\s+){0,2}$/, // a Santa Clara-based (chip) Acme
  /\b(?:investors|backers|customers|clients|partners|rivals|competitors|shareholders|suppliers)\s+(?:including|such\s+as|like|include)\s*$/i, // investors including Acme
  ROUND_LED, // the round was co-led by Acme Wealth
  // supply chips to Acme, sold servers to Acme, compete with Acme, license technology from Acme, orders from Acme
  /\b(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}?to\s*$/i,
  /\b(?:compet(?:e|es|ed|ing)\s+(?:directly\s+|head-on\s+)?(?:with|against)|licen[cs](?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?from|orders?\s+from|contracts?\s+with|merge\s+with|merger\s+with)\s*$/i,
];
// A title, "of" and capitalised words before a name; the rest of a unit's name and "at" a company after it.
const UNIT_IN_TITLE_BEFORE = new RegExp(`\\b${TITLE}\\s+(?:of|for)\\s+(?:(?:[A-Z][\\w&-]*|and|&)\\s+){0,4}$`, 'i');
const UNIT_IN_TITLE_AFTER = /^(?:\s+(?:and|&)\s+[A-Z][\w&-]*)?(?:\s+[A-Z][\w&-]*){0,3}\s+at\s+(?:the\s+)?[A-Z]/;
// The titles that name a company's own people right after its name.
const HEAD_TITLE = '(?:CEO|CTO|CFO|COO|chief executive|president|chairman|founder|co-founder|co-founders|founders)';
const ORG_AFTER = [
  // Acme, a chip startup | Acme, Bolt's data-centre subsidiary
  new RegExp(`^,\\s*(?:an?|the|(?:[A-Z][\\w&.-]*\\s){0,2}[A-Z][\\w&.-]*['’]s)\\s+(?:[\\w$.'-]+\\s+){0,5}?(${NOUN})\\b`, 'i'),
  ZH_ORG_AFTER,
  new RegExp(`^['’]s?\\s+(?:(?:former|new|current)\\s+)?${TITLE}\\b`), // Acme's CEO, Helio Systems' CEO
  // Acme's rivals, Acme's chips, Acme's valuation: what only companies have.
  /^['’]s\s+(?:(?:main|biggest|largest|closest|key|new|latest|first|own|current|major|top|existing|early|two|three|four|five|several|many)\s+){0,3}(?:rivals?|competitors?|customers?|clients?|investors?|backers?|shareholders?|shares|stock|chips?|accelerators?|processors?|GPUs?|revenue|sales|valuation|market\s+value|board|headquarters|fabs?|foundry|IPO|listing)\b/,
  // Acme CEO Jane Doe, Acme co-founder and CTO Jane Doe
  new RegExp(`^\\s+${HEAD_TITLE}(?:\\s+and\\s+${HEAD_TITLE})?\\s+[A-Z]`),
  new RegExp(`^\\s+(?:chief\\s+[a-z]+\\s+officer|vice\\s+president|general\\s+manager)\\s+[A-Z][a-z]+\\s[A-Z]`), // Acme chief technology officer Jane Doe
  // Acme was founded/acquired/backed…, Acme, which is based in…: what only happens to organizations.
  /^,?\s+(?:which\s+|that\s+)?(?:was|is|has been|had been)\s+(?:(?:co-)?founded|started|established|incorporated|spun off|listed|acquired|bought|backed|based|headquartered|valued)\b/,
  /^,?\s+(?:which\s+|that\s+)?(?:has|had)\s+(?:the\s+)?(?:financial\s+)?backing\b/,
  /^,?\s+(?:said\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+)?(?:has\s+|had\s+)?(?:raised|raises|secured)\s+(?:[$€¥£]|US\$)\s?[\d.,]+/, // Acme (said it) raised $50 million
];

// Acme competes with…, Acme supplies…, Acme shipped its first chips: what companies do (a surname alone does not).
const ORG_VERB_AFTER =
  /^\s+(?:(?:also|already|now|currently)\s+)?(?:competes\s+(?:with|against)|supplies|manufactures|fabricates|licenses|licensed|shipped|ships|sells|acquired|acquires|invested|invests|partnered|partners\s+with|posted|reported\s+(?:revenue|sales|a\s+(?:loss|profit))|went\s+public|listed\s+its\s+shares)\b/;

// "Jane Doe, Acme co-founder and CTO,": an organization between a person's name and its titles, in apposition.
const ORG_IN_APPOSITIVE = new RegExp(`^\\s+${HEAD_TITLE}(?:\\s+and\\s+${HEAD_TITLE})?\\s*[,;]`);
const PERSON_THEN_COMMA = /\b[A-Z][a-z]+\s[A-Z][a-z]+,\s*$/;

// A noun of kind right before a name (chip startup Acme), and right after one (Silo AI lab).
const NOUN_BEFORE = new RegExp(`\\b(${NOUN})\\s*$`, 'i');
const NOUN_AFTER = new RegExp(`^\\s+${NOUN}s?\\b`, 'i');

const CHIP_APPOSITIVE =
  /^,\s*(?:a|an|its|the)\s+(?:[\w-]+\s+){0,3}?(?:chip|accelerator|processor|processing\s+unit|GPU|NPU|CPU|TPU|SoC|system-on-(?:a-)?chip|superchip|ASIC)\b(?!\s+(?:startup|start-up|company|maker|designer|firm|developer|unit|business|supplier|vendor|and|or|IP|rival|challenger|cloud|licensor|specialist|pioneer|giant|house)s?\b)/;
const PRODUCT_KIND =
  '(?:(?:network\\s+)?(?:interface\\s+)?cards?|switch(?:es)?|switch\\s+fabric|platform|software(?:\\s+stack)?|stack|server|rack|appliance|chiplet|light\\s+source|workstation|supercomputer|system)';
const PRODUCT_APPOSITIVE = new RegExp(
  `^,\\s*(?:a|an|its|the)\\s+(?:[\\w-]+\\s+){0,4}?${PRODUCT_KIND}\\b(?!\\s+(?:maker|company|firm|vendor|supplier|startup))`,
  'i',
);
const PRODUCT_NOUN_AFTER =
  /^\s+(?:(?:driving|inference|software|cloud|AI|chat|coding|developer)\s+)?(?:service|platform|software(?:\s+stacks?)?|stacks?|app|assistant|framework|compiler|SDK|toolkit|suite|API|systems?|operating\s+system|(?:(?:reasoning|language|foundation|frontier|video|image|AI|open|open-source|open-weight)\s+){1,2}models?|(?:(?:Ethernet|network|switch)\s+)?(?:switch(?:es)?|network\s+cards?|NICs?|SuperNICs?)|(?:smart\s+)?(?:DSP\s+)?(?:retimers?|(?:cable\s+|optical\s+)?modules?)|(?:CXL\s+)?memory\s+controllers?)s?\b/;
// "its Magic V5 handset": a device's model (with a number in it: "its Vantrix smartphones" are the maker's) before its kind.
const DEVICE_NOUN_AFTER =
  /^\s+(?:(?:electric|flagship|foldable|new)\s+)?(?:SUV|sedan|minivan|MPV|smartphone|handset|laptop|notebook|tablet|headset|humanoid(?:\s+robot)?)s?\b/;
const AND_NAME = /^\s+and\s+[A-Z][\w-]*(?:\s[A-Z0-9][\w-]*)?(?=\s)/;
const PRODUCT_LEAD = /\b(?:the|its|their|a|an|and|new|own)\s*$|['’]s\s*$/i;
const PRODUCT_NOUN_BEFORE = new RegExp(
  `\\b(?:its|their|a|an|the)\\s+(?:own\\s+|new\\s+)?(?:[\\w-]+\\s+){0,2}?${PRODUCT_KIND},?\\s+(?:called\\s+|named\\s+|dubbed\\s+)?$`,
  'i',
);
// (Letters with accents, Kröger, Magryś, and initials, J. or S.N.)
// (McIntosh-Smith, O'Loughlin: a surname's prefix before a second capital.)
const PERSON_TOKEN = /^(?:(?:Mc|O['’])?[A-Z][a-zà-ÿā-ž]+(?:-(?:Mc)?[A-Za-zà-ÿā-ž][a-zà-ÿā-ž]+)?|(?:[A-Z]\.){1,3})$/;
// Particles inside Western names: Femke de Vries, Ursula von der Leyen.
const NAME_PARTICLE = /^(?:de|van|von|der|den|da|di|du|del|della|le|la|bin|al|ter|ten)$/;
// (Sets of the words, not patterns: candidates() asks about every word of every sentence.)
const TITLE_TOKEN = new Set(
  // ("Technology Secretary Peter Kyle", "Prime Minister …": a government's titles too.)
  'CEO CTO CFO COO VP SVP EVP Chief Executive President Chairman Chairwoman Founder Co-founder Director Analyst Vice Secretary Minister Governor Commissioner Senator Ambassador Chancellor'.split(
    ' ',
  ),
);
// ("Vice-chancellor Sharon Pickering": a title written as one hyphened word.)
const EN_TITLE_SET = new Set(EN_TITLES.map((t) => t.toLowerCase()));
const hyphenedTitle = (tok: string) => tok.includes('-') && EN_TITLE_SET.has(tok.toLowerCase().replace(/-/g, ' '));
const CONNECTOR = new Set('of for de van von der den da di du del le la bin al &'.split(' '));
// The head nouns that end a title after Chief, and the abbreviations whose period is part of the word.
// (Chief Minister Himanta Biswa Sarma, Chief Justice: a government's titles end there too.)
const TITLE_HEAD = new Set([
  'Officer',
  'Scientist',
  'Architect',
  'Executive',
  'Economist',
  'Strategist',
  'Engineer',
  'Minister',
  'Secretary',
  'Justice',
]);
// Initials whose periods are the word's: J., S.N.
const INITIALS = /^(?:[A-Z]\.){1,3}$/;
const ABBREVIATION = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.', 'Jr.', 'St.']);
const LEGAL_FORM_ONLY = /^(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|GmbH|Pte|Bhd|Sdn\s+Bhd)\.?$/;
const CORPORATE_ABBREVIATION = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.']);
// A word glued to a name by a hyphen that is not part of it: Santa Clara-based, Nvidia-powered.
const HYPHEN_MODIFIER =
  /^([A-Z][\w.&-]*?)-(?:based|headquartered|powered|backed|built|designed|made|owned|led|listed|focused|funded|controlled|linked|affiliated|run|operated|style|like|compatible|native|class|series|grade|level|sized|centric|first|only|specific|related|friendly|ready|enabled|optimi[sz]ed|bound|registered|dominated|supplied|developed|made|exclusive|branded|specific|certified|approved|sanctioned)$/;

const ADVERB = /^[A-Z][a-z]{3,}ly$/;
// (Separately, Additionally; but Kimberly, Beverly and Emily are names.)
const isAdverb = (word: string) => ADVERB.test(word) && !isGivenName(word);
const KOREAN_FAMILY = new Set(
  'Lee Kim Park Choi Choe Jung Chung Jeong Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin Kwon Hwang Ahn Song Yoo Yu Hong Jeon Jun Ko Koh Moon Yang Son Bae Baek Heo Nam Noh Roh Ha Kyung Ryu Chae Cha Kwak Byun Min Won Woo Koo Sung Eom Kye Jin Paik'.split(
    ' ',
  ),
);
const KOREAN_GIVEN = /^[A-Z][a-z]{1,4}-[a-z]{2,5}$/;

// An institution named by what it is of or for: University of Warsaw, Ministry of Science and Higher Education,
// Wrocław Centre for Networking and Supercomputing.
const INSTITUTION_HEAD = new Set(
  'University Ministry Institute Academy Department Office Centre Center Bureau Council Commission Agency Authority School College Federation Bank Administration'.split(
    ' ',
  ),
);
const institutional = (tokens: string[]) => {
  const i = tokens.findIndex((t) => t === 'of' || t === 'for');
  return i > 0 && INSTITUTION_HEAD.has(tokens[i - 1]!);
};

interface Candidate {
  name: string;
  start: number;
  end: number;
}

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
const isLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number) => isUpper(c) || isLower(c) || isDigit(c);
/** A word that starts with a capital, or with lower case and then a capital (iPhone, eBay). */
const capitalised = (tok: string) => {
  let i = 0;
  while (i < tok.length && isLower(tok.charCodeAt(i))) i++;
  return i < tok.length && isUpper(tok.charCodeAt(i));
};

/** A run of capitalised words being read. */
interface Run {
  tokens: string[];
  start: number;
  end: number;
}

/** Ends a run: its candidates go out (a person's name and an employer after "of" are two); no run is left. */
function close(out: Candidate[], cur: Run | undefined): undefined {
  if (cur) {
    while (cur.tokens.length && (CONNECTOR.has(cur.tokens[cur.tokens.length - 1]!) || cur.tokens[cur.tokens.length - 1] === 'and'))
      cur.tokens.pop();
    // "Joe Doe of Acme Fund": a person's name and the employer after "of" are two names.
    const of = cur.tokens.findIndex((t) => t === 'of');
    if (of > 0 && personShaped(cur.tokens.slice(0, of).join(' '))) {
      const head = cur.tokens.slice(0, of).join(' ');
      out.push({ name: head, start: cur.start, end: cur.start + head.length });
      cur = { tokens: cur.tokens.slice(of + 1), start: cur.start + head.length + 4, end: 0 };
    }
    if (cur.tokens.length) {
      const name = cur.tokens.join(' ');
      out.push({ name, start: cur.start, end: cur.start + name.length });
    }
  }
  return undefined;
}

/** A name's characters after its first: letters, digits, _ & ’ ' . - */
const continuesWord = (c: number) =>
  isAlnum(c) || c === 0x5f || c === 0x26 || c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d || isAccented(c);
/** Latin letters with accents (é, ü, ł): Timothée, Ré, Müller are one word each. */
const isAccented = (c: number) => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;

/** The words of a sentence, what /[A-Za-z0-9][\w&’'.-]*|&/g matches (accented letters going on a word), with their offsets (scanned: no match objects). */
export function words(simp: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  for (let i = 0; i < simp.length;) {
    const c = simp.charCodeAt(i);
    if (isAlnum(c)) {
      let j = i + 1;
      while (j < simp.length && continuesWord(simp.charCodeAt(j))) j++;
      out.push({ index: i, text: simp.slice(i, j) });
      i = j;
    } else {
      if (c === 0x26) out.push({ index: i, text: '&' });
      i++;
    }
  }
  return out;
}

/** Capitalised runs of a sentence split at titles, possessives, hyphen modifiers and stray punctuation. */
function candidates(simp: string): Candidate[] {
  const out: Candidate[] = [];
  let cur: Run | undefined;
  let last = 0;
  // "Chief Technology Officer Simon Knowles": the words of a title after Chief, up to its head noun, are no name.
  let title = 0;
  for (const m of words(simp)) {
    let tok = m.text;
    if (title > 0) {
      title = TITLE_HEAD.has(tok) || title >= 3 ? 0 : title + 1;
      if (isUpper(tok.charCodeAt(0))) {
        cur = close(out, cur);
        last = m.index + tok.length;
        continue;
      }
      title = 0;
    }
    if (tok === 'Chief') title = 1;
    // (Words of one name stand one space apart.)
    const spaced = m.index - last === 1 && simp.charCodeAt(last) === 0x20;
    last = m.index + tok.length;
    if (!spaced || (m.index > 0 && isAlnum(simp.charCodeAt(m.index - 1)))) cur = close(out, cur);
    let end = false;
    // A period ends the word unless it is an initial (J.) or an abbreviation (Inc.).
    if (tok.endsWith('.') && !INITIALS.test(tok) && !ABBREVIATION.has(tok)) {
      tok = tok.slice(0, -1);
      end = true;
    }
    // (A corporate abbreviation ends the name: "Taiwan Semiconductor Manufacturing Co. Samsung Electronics" is two.)
    else if (CORPORATE_ABBREVIATION.has(tok) && !/^,?\s*Ltd\b/.test(simp.slice(m.index + tok.length, m.index + tok.length + 6))) end = true;
    // A possessive ends the name: Acme's.
    if (tok.length >= 3 && tok.endsWith('s') && (tok[tok.length - 2] === "'" || tok[tok.length - 2] === '’')) {
      tok = tok.slice(0, -2);
      end = true;
    }
    // …and so does a plural's: Helio Systems' chief executive.
    else if (tok.length >= 3 && tok[tok.length - 2] === 's' && (tok.endsWith("'") || tok.endsWith('’'))) {
      tok = tok.slice(0, -1);
      end = true;
    }
    // (Hyphen modifiers and titles start with a capital, connectors do not.)
    const upper = isUpper(tok.charCodeAt(0));
    const hy = upper && tok.includes('-') ? HYPHEN_MODIFIER.exec(tok) : null;
    if (hy && tok.toLowerCase() !== 'co-founder') {
      tok = hy[1]!;
      end = true;
    }
    // (A number goes on a name, Snapdragon 8, but not after a connector: "TSMC for 300,000 chips".)
    const capital =
      capitalised(tok) || (cur !== undefined && isDigit(tok.charCodeAt(0)) && !CONNECTOR.has(cur.tokens[cur.tokens.length - 1] ?? ''));
    // (An institution's name goes on past "and": Ministry of Science and Higher Education.)
    const joins = cur && (CONNECTOR.has(tok) || (tok === 'and' && institutional(cur.tokens)));
    if ((isUpper(tok.charCodeAt(0)) && (TITLE_TOKEN.has(tok) || hyphenedTitle(tok))) || (!capital && !joins)) {
      cur = close(out, cur);
      continue;
    }
    if (!cur) cur = { tokens: [], start: m.index, end: 0 };
    cur.tokens.push(tok);
    if (end) cur = close(out, cur);
  }
  close(out, cur);
  return out;
}

const personShaped = (name: string) => {
  const ts = name.split(' ');
  return (
    ts.length >= 2 &&
    ts.length <= 5 &&
    PERSON_TOKEN.test(ts[0]!) &&
    PERSON_TOKEN.test(ts[ts.length - 1]!) &&
    ts.every((t) => PERSON_TOKEN.test(t) || NAME_PARTICLE.test(t)) &&
    !SUFFIX.has(ts[ts.length - 1]!) &&
    !isPlace(name)
  );
};

// Words that open a sentence before a name without being part of it (The Capital Group is rare; The Venture Partners never).
const DETERMINER =
  /^(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Some|Many|Both|All|Each|Every|Other|Several|Such|Most|Few|Two|Three)$/;
// What may stand before a sentence's first word.
const LEAD = /^[\s"“‘'(•·*-]*/;
// A dateline (a place in capitals, a date in brackets) and its dash before the story's first word.
const DATELINE_DASH = /^[A-Z][A-Z .,'-]{1,40}(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,30}\))?\s*[—–-]{1,2}\s*$/;
const UNIT_HEAD = /^(?:Group|Division|Unit|Business)$/;
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

// (Rivals, Customers, Analysts: the plural of a common word, which the word list has in the singular only.)
const commonPlural = (w: string) =>
  /^[A-Z][a-z]+s$/.test(w) && (isCommonWord(w.slice(0, -1)) || (/(?:s|x|ch|sh)es$/.test(w) && isCommonWord(w.slice(0, -2))));

/** Drops what capitalisation alone does not make a name: a sentence's first word, demonyms, generic terms. */
function trim(c: Candidate, simp: string, lead = LEAD.exec(simp)![0].length): Candidate | undefined {
  let { name, start } = c;
  // (A dateline's dash opens the sentence too: "LAS VEGAS (Dec 2025) — When Amazon Web Services chief executive…")
  if (start > lead && DATELINE_DASH.test(simp.slice(0, start))) lead = start;
  if (isPlace(name)) return undefined; // Saudi Arabia is a place, not a company called Arabia
  if (LEGAL_FORM_ONLY.test(name)) return undefined; // "Kinara, Inc.": the name's legal form alone
  for (;;) {
    const [first, ...rest] = name.split(' ');
    if (!rest.length) break;
    const two = `${first} ${rest[0]}`;
    // (A month before a firm's suffix is its name: March Capital, not March and Capital.)
    const monthFirm = MONTH.test(first!) && rest.length === 1 && FIRM_SUFFIX.has(rest[0]!);
    // (Nor a generic word that opens a unit's name: Cloud Intelligence Group, Data Center Group.)
    const unitName = rest.length >= 2 && UNIT_HEAD.test(rest[rest.length - 1]!) && /^[A-Z]/.test(first!);
    // ("In April 2024 Microsoft invested": a year before a name is no part of it.)
    const drop = /^(?:19|20)\d\d,?$/.test(first!)
      ? first!
      : isDemonym(two)
        ? two
        : (GENERIC.has(first!.toLowerCase()) && !monthFirm && !unitName) ||
            isDemonym(first!) ||
            // (Only quotes, bullets and spaces before it: the sentence's first word; but not when a corporate
            // suffix is all that would be left, Spark Capital, Orbit Silicon.)
            (start <= lead &&
              !(rest.length === 1 && (FIRM_SUFFIX.has(rest[0]!) || (KOREAN_FAMILY.has(first!) && KOREAN_GIVEN.test(rest[0]!)))) &&
              // (…nor when what would be left opens with a common word too: Primary Venture Partners, not Venture Partners.)
              // ("Shares of Astera Labs": a lower-case word after the first is no part of such a name.)
              !(
                FIRM_SUFFIX.has(rest[rest.length - 1]!) &&
                isCommonWord(rest[0]!) &&
                /^[A-Z]/.test(rest[0]!) &&
                !isAdverb(first!) &&
                !DETERMINER.test(first!)
              ) &&
              (isCommonWord(first!) || commonPlural(first!) || isAdverb(first!) || ORG_NOUNS.includes(first!.toLowerCase())))
          ? first!
          : undefined;
    if (!drop) break;
    name = name.slice(drop.length + 1);
    start += drop.length + 1;
  }
  if (GENERIC.has(name.toLowerCase()) || isDemonym(name) || (isCommonWord(name) && !name.includes(' '))) return undefined;
  // Separately, Additionally: a sentence opened by an adverb.
  if (isAdverb(name) && start <= lead) return undefined;
  return { name, start, end: start + name.length };
}

// The candidates of a sentence and each trimmed: three passes read them (englishNames, listedWith…).
// (A name the lexicon knows is kept whole: June Paik is not a month and Paik.)
const names = new WeakMap<DiscoverySentence, { raw: Candidate[]; trimmed: (Candidate | undefined)[] }>();
function namesOf(s: DiscoverySentence, lex: Lexicon): { raw: Candidate[]; trimmed: (Candidate | undefined)[] } {
  let n = names.get(s);
  if (!n) {
    const raw = candidates(s.simp);
    const lead = LEAD.exec(s.simp)![0].length;
    names.set(s, (n = { raw, trimmed: raw.map((c) => (lex.byKey.has(nameKey(c.name)) ? c : trim(c, s.simp, lead))) }));
  }
  return n;
}

/**
 * Whether a text has five words or more and none in lower case of four letters or more: the words of
 * /[A-Za-z][\w'’-]* /g, none of them /^[a-z][a-z'’-]{3,}$/ (scanned: no match objects).
 */
function titleCase(simp: string): boolean {
  let count = 0;
  for (let i = 0; i < simp.length;) {
    if (!isLetter(simp.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    let lowerOnly = isLower(simp.charCodeAt(i));
    for (; j < simp.length; j++) {
      const c = simp.charCodeAt(j);
      if (!(isAlnum(c) || c === 0x5f || c === 0x27 || c === 0x2019 || c === 0x2d)) break;
      if (!(isLower(c) || c === 0x27 || c === 0x2019 || c === 0x2d)) lowerOnly = false;
    }
    if (lowerOnly && j - i >= 4) return false;
    count++;
    i = j;
  }
  return count >= 5;
}
const isLetter = (c: number) => isUpper(c) || isLower(c);

// An investment arm named after its company: BMW i Ventures, Qualcomm Ventures, Samsung Catalyst Fund.
const ARM_NAME =
  /\b([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)\s(?:[a-z]\s)?(?:Ventures|Capital|Investments|Catalyst\s+Fund|Venture\s+Capital|Growth\s+Fund)\b/g;

// A country's government is an organization: "the U.S. government took a stake", "Japan's government".
const GOVERNMENT = /\b(U\.S\.|US|UK|[A-Z][a-z]+)\s+government\b/g;

export function englishNames(s: DiscoverySentence, reg: Registry): void {
  const { simp } = s;
  for (const m of allMatches(GOVERNMENT, simp)) {
    const place = m[1]!;
    if (/^(?:U\.S\.|US|UK)$/.test(place) || isPlace(place) || isDemonym(place)) {
      const surface = s.text.substr(m.index, m[0].length);
      if (!reg.known(surface)) reg.add(surface, 'Organization', [surface], { noun: 'government' });
    }
  }
  for (const m of allMatches(ARM_NAME, simp)) {
    // (Only when the company is known, or the arm's name has a letter of its own (BMW i Ventures), and the arm is not
    // known: the arm is a business of its own.)
    const stem = reg.typeOf(m[1]!);
    if (reg.known(m[0]) || (stem ? stem !== 'Organization' : !/\s[a-z]\s/.test(m[0]))) continue;
    reg.add(s.text.substr(m.index, m[0].length), 'Organization', [s.text.substr(m.index, m[0].length)]);
  }
  const cjk = hasChinese(simp);
  // A Title Case headline capitalises every word: its capitals prove nothing.
  if (!cjk && titleCase(simp)) return;
  const { raw: found, trimmed } = namesOf(s, reg.lex);
  for (const [k, raw] of found.entries()) {
    if (raw.name.length < 2 || /^\d/.test(raw.name)) continue;
    const c = trimmed[k];
    if (!c) continue;
    // ("battling Nvidia for AI customers": a known name, then for/of, is that name and some words, not a longer name.)
    const head = /^(.+?)\s(?:for|of)\s/.exec(c.name)?.[1];
    if (head && reg.known(head) && !reg.known(c.name)) continue;
    const before = simp.slice(Math.max(0, c.start - 60), c.start);
    // ("Kinara, Inc., a chip designer": what follows the legal form speaks of the name.)
    const after = simp.slice(c.end, c.end + 90).replace(/^,\s*(?:Inc|Corp|Ltd|LLC|PLC)\.?(?=,)/, '');
    // (Samsung Electronics Co., Nvidia Corp.: a known company with its corporate abbreviation is that company.)
    const knownId = reg.known(c.name) ?? reg.known(c.name.replace(/\s+(?:Co|Inc|Corp|Ltd)\.$/, ''));
    if (knownId) {
      // Wafer Scale Engine for the lexicon's Wafer-Scale Engine: the same name written differently is a new spelling.
      const entry = reg.lex.entries.get(knownId);
      if (entry) reg.add(entry.name, entry.type, [c.name], { lexiconId: knownId });
      // "Rivos, a chip startup": a known name described, for "the startup" later on.
      const noun = ORG_AFTER[0]!.exec(after)?.[1] ?? NOUN_BEFORE.exec(before)?.[1];
      if (noun) reg.describe(c.name, noun.toLowerCase());
      continue;
    }
    const tokens = c.name.split(' ');
    if (TECHNOLOGY.test(c.name)) continue;
    // "vice president of Compute and Networking Services at AWS": a unit named in a title, before "at" and its company.
    if (UNIT_IN_TITLE_BEFORE.test(before) && UNIT_IN_TITLE_AFTER.test(after)) continue;
    // Lee Dong-soo, Kyung Kye-hyun: a Korean family name, then a given name of two syllables joined by a hyphen.
    if (tokens.length === 2 && KOREAN_FAMILY.has(tokens[0]!) && KOREAN_GIVEN.test(tokens[1]!)) {
      reg.add(c.name, 'Person', [c.name]);
      continue;
    }
    if (personShaped(c.name)) {
      const ofOrg = OF_ORG_SAID.exec(after);
      // ("Cody Acree of Benchmark Equity Research cut Marvell": a given name, then "of" and an organization.)
      const said =
        isGivenName(tokens[0]!) && (SAID.test(after) || SAID_BEFORE.test(before) || FOUNDED_AFTER.test(after) || OF_ORG.test(after));
      if (
        (PERSON_BEFORE.some((r) => r.test(before)) && (isGivenName(tokens[0]!) || !ROUND_LED.test(before))) ||
        PERSON_AFTER.some((r) => r.test(after)) ||
        (cjk && ZH_FOUNDED_AFTER.test(after) && !SUFFIX.has(tokens[tokens.length - 1]!)) ||
        PERSON_AFTER_ORG_TITLE.test(after) ||
        (HIRED_BEFORE.test(before) && AS_POST_AFTER.test(after)) ||
        ofOrg ||
        said
      ) {
        reg.add(c.name, 'Person', [c.name]);
        const employer = ofOrg?.[1]?.trim().replace(/['’]s$/, '');
        if (employer && !reg.known(employer) && !isPlace(employer) && !personShaped(employer))
          reg.add(employer, 'Organization', [employer]);
        continue;
      }
    }
    if (isPlace(c.name)) continue;
    // "the Arm-based Cobalt 100 CPU": a chip's model, then its kind in capitals.
    // (Not a year's or a ranking's figure: "Its FY2026 GPU shipments", "The Top 500 CPU list".)
    if (
      tokens.length >= 2 &&
      /^(?:CPU|GPU|NPU|TPU|DPU|APU|SoC|ASIC)s?$/.test(tokens[tokens.length - 1]!) &&
      /\d/.test(c.name) &&
      !/^(?:FY|CY|Q[1-4]|H[12])?\d/i.test(tokens[0]!) &&
      !(isCommonWord(tokens[0]!) && tokens.length === 3 && /^\d+$/.test(tokens[1]!))
    ) {
      // (Its maker's name before it is no part of it: "AMD Instinct MI450 GPUs", "Nvidia H800 GPUs".)
      let model = c.name.slice(0, c.name.lastIndexOf(' ')).trim();
      const maker = reg.known(tokens[0]!);
      if (maker && reg.lex.entries.get(maker)?.type === 'Organization') model = model.slice(tokens[0]!.length).trim();
      if (model && !reg.known(model)) reg.add(model, 'Chip', [model]);
      continue;
    }
    // "its G7 SUV": a car's model, then its kind in capitals.
    if (tokens.length >= 2 && /^(?:SUV|MPV)s?$/.test(tokens[tokens.length - 1]!) && /\d/.test(c.name)) {
      const model = c.name.slice(0, c.name.lastIndexOf(' ')).trim();
      if (!reg.known(model)) reg.add(model, 'Product', [model]);
      continue;
    }
    // "Sohm, a chip built to run transformers": an appositive that says it is a chip.
    if (CHIP_APPOSITIVE.test(after)) {
      reg.add(c.name, 'Chip', [c.name]);
      continue;
    }
    // "introduced JetStream, a network interface card", "its software stack, Aviator": a product said to be one.
    // (The cheap tests first: a comma after the name, or the name ending its clause.)
    if (
      tokens.length <= 2 &&
      ((after.charCodeAt(0) === 0x2c && PRODUCT_APPOSITIVE.test(after)) ||
        (/^\s*(?:[,.;]|$)/.test(after) && PRODUCT_NOUN_BEFORE.test(before))) &&
      !personShaped(c.name)
    ) {
      reg.add(c.name, 'Product', [c.name]);
      continue;
    }
    // "the GroqCloud service", "its Horizon Mono and Horizon Pilot driving systems": a name, then the kind of product it is.
    // (A name that opens with its maker's, GroqCloud, is that maker's.)
    const kind =
      PRODUCT_NOUN_AFTER.exec(after) ??
      (/\d/.test(c.name) ? DEVICE_NOUN_AFTER.exec(after) : null) ??
      (AND_NAME.test(after) ? PRODUCT_NOUN_AFTER.exec(after.replace(AND_NAME, ' ')) : null);
    if (tokens.length <= 3 && kind && PRODUCT_LEAD.test(before) && !personShaped(c.name) && !reg.known(c.name)) {
      // (…or the company whose possessive comes before it: Arista's EOS operating system, DeepSeek's R1 reasoning model.)
      const possessor = /([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?)['’]s?\s*$/.exec(before)?.[1];
      const maker = [tokens[0]!, tokens[0]!.replace(/(?<=[a-z])[A-Z][a-z]+$/, ''), ...(possessor ? [possessor] : [])]
        .map((t) => reg.known(t))
        .find((id) => id && reg.lex.entries.get(id)?.type === 'Organization');
      reg.add(c.name, 'Product', [c.name], { makerId: maker });
      continue;
    }
    // Hiranandani集团: a Latin name the lexicon lacks before 集团 names the group with it.
    const group = cjk ? /^\s*(集团|集團)/.exec(after) : null;
    if (group && tokens.length <= 3 && !personShaped(c.name)) {
      const surface = s.text.substr(c.start, c.name.length + group[0].length);
      reg.add(surface, 'Organization', [surface]);
      continue;
    }
    if (institutional(tokens) && !/\d/.test(c.name)) {
      reg.add(c.name, 'Organization', [c.name]);
      continue;
    }
    const appositive = ORG_AFTER[0]!.exec(after);
    // "Korvia AI", "Helio Labs": a corporate last word after a name that is not itself known (Qualcomm AI is Qualcomm's AI).
    const last = tokens[tokens.length - 1]!.replace(/\.$/, '');
    // ("Finnish AI lab Silo AI": AI before a noun of kind describes the lab, it ends no name.)
    // ("The Joint Venture will be based in Hefei": a venture of two, no firm called so.)
    const suffix =
      tokens.length >= 2 &&
      ((SUFFIX.has(last) && !(last === 'Venture' && /^(?:Joint|New|Corporate|The|A)$/.test(tokens[tokens.length - 2]!))) ||
        (last === 'AI' && !reg.known(tokens.slice(0, -1).join(' ')) && !NOUN_AFTER.test(after)));
    // A person's name with no person cue is still no organization: "buy from Jane Doe".
    // ("Peter Thiel, a longtime backer of X": a person's name described as an investor stays a person's.)
    if (personShaped(c.name) && isGivenName(tokens[0]!) && !suffix && (!appositive || /investor|backer|shareholder/i.test(appositive[1]!)))
      continue;
    const inAppositive = tokens.length <= 2 && PERSON_THEN_COMMA.test(before) && ORG_IN_APPOSITIVE.test(after);
    if (
      suffix ||
      appositive ||
      inAppositive ||
      ORG_BEFORE.some((r) => r.test(before)) ||
      ORG_AFTER.slice(1).some((r) => r.test(after)) ||
      (ORG_VERB_AFTER.test(after) && !(tokens.length === 1 && (isFamilyName(tokens[0]!) || isGivenName(tokens[0]!))))
    ) {
      reg.add(c.name, 'Organization', [c.name], {
        noun: appositive?.[1]?.toLowerCase() ?? NOUN_BEFORE.exec(before)?.[1]?.toLowerCase(),
      });
    } else if (
      cjk &&
      // (Millennium M2000超级计算机: up to three words before the noun; 推理模型R1: a code after it.)
      // (Not a known maker before a known product: Cerebras CS-2系统 is the CS-2.)
      ((tokens.length <= 3 &&
        !personShaped(c.name) &&
        !(tokens.length > 1 && reg.known(tokens.slice(1).join(' '))) &&
        ZH_PRODUCT_AFTER.test(simp.slice(c.end, c.end + 12))) ||
        // (…not a version number: 大模型V3.0.)
        (tokens.length === 1 && ZH_PRODUCT_BEFORE.test(before) && /^[A-Za-z][A-Za-z\d.-]*$/.test(c.name) && !/^[Vv]\d/.test(c.name)))
    ) {
      reg.add(c.name, 'Product', [c.name]);
    } else if (cjk && tokens.length === 1 && ZH_CHIP_AFTER.test(simp.slice(c.end, c.end + 12))) {
      reg.add(c.name, 'Chip', [c.name]);
    } else if (cjk && /^[A-Z][a-z]+[A-Z][A-Za-z]+$/.test(c.name)) {
      reg.add(c.name, 'Organization', [c.name]); // a CamelCase brand in Chinese text
    }
  }
}

// What companies do as subjects in business news. A single capitalised word doing it twice in an article
// is a company the lexicon lacks (people are introduced by full name first; their surnames are known by then).
const CORPORATE_VERB =
  /^\s+(?:said|says|announced|announces|unveiled|unveils|launched|launches|plans|planned|raised|raises|agreed|signed|acquired|bought|invested|reported|declined|shipped|ships|designs|develops|makes|sells|supplies|has\s+(?:raised|signed|agreed|launched|unveiled|built|developed)|will\s+(?:launch|ship|supply|buy|acquire|invest|build|deploy|use))\b/;

// "X said it had hired …": a subject referred to as "it" is no person.
const IT_VERB =
  /^,?\s+(?:said|says|announced|confirmed|added)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:had|has|would|will|was|is|plans|planned|expects|aims|intends)\b/;
// A sentence's subject doing business: "X announced partnerships with", "X raised $40 million".
const STRONG_VERB =
  /^\s+(?:(?:also|has|had|on\s+\w+day)\s+)*(?:announced\s+(?:a\s+|an\s+|its\s+)?(?:\w+\s+)?(?:partnerships?|deal|agreement|acquisition|investment|funding|chip|processor|accelerator)|raised\s+(?:[$€¥£]|US\$)|unveiled\s+(?:a|an|its)\s+(?:\w+\s+){0,3}(?:chips?|processors?|accelerators?|GPUs?)|signed\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:deal|agreement|contract))/;

const personWordsOf = new WeakMap<Registry['lex'], Set<string>>();
/** The words of the lexicon's people's names, computed once per lexicon. */
function lexiconPersonWords(lex: Registry['lex']): Set<string> {
  let words = personWordsOf.get(lex);
  if (!words) {
    words = new Set(
      [...lex.entries.values()].filter((e) => e.type === 'Person').flatMap((e) => [e.name, ...e.aliases].flatMap((s) => s.split(/[\s·]/))),
    );
    personWordsOf.set(lex, words);
  }
  return words;
}

const SINGLE_NAME = /(?<![\w'’.-])([A-Z][a-z]+[A-Za-z]*|[A-Z]{2,5})(?![\w'’-])/g;
/** Single-word organizations known only by what they do, seen in at least two sentences of the article. */
export function subjectsOfBusinessVerbs(sentences: DiscoverySentence[], reg: Registry): void {
  const seen = new Map<string, number>();
  const acting = new Set<string>();
  for (const { simp } of sentences) {
    if (hasChinese(simp)) continue;
    for (const m of allMatches(SINGLE_NAME, simp)) {
      const w = m[1]!;
      const after = simp.slice(m.index + w.length, m.index + w.length + 40);
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (CORPORATE_VERB.test(after)) acting.add(w);
      // Once is enough for what only a company does: "X said it had hired", "X announced partnerships".
      if (IT_VERB.test(after) || (STRONG_VERB.test(after) && /^[\s"“]*$/.test(simp.slice(0, m.index)))) seen.set(w, 2);
    }
  }
  // Surnames of the people in the article or the lexicon ("Keller said") are people, not companies.
  const known = lexiconPersonWords(reg.lex);
  const personWords = new Set<string>();
  for (const d of reg.all()) if (d.type === 'Person') for (const s of d.spellings) for (const t of s.split(/[\s·]/)) personWords.add(t);
  for (const w of acting) {
    if (
      (seen.get(w) ?? 0) < 2 ||
      known.has(w) ||
      personWords.has(w) ||
      reg.known(w) ||
      GENERIC.has(w.toLowerCase()) ||
      isCommonWord(w) ||
      isGivenName(w) ||
      isPlace(w) ||
      isDemonym(w)
    )
      continue;
    reg.add(w, 'Organization', [w]);
  }
}

/**
 * People listed with a person the article introduced: "founded by Jane Roe, its CEO, together with Ann Lee
 * and Tom Park". Only names that start with a known given name.
 */
export function listedWithPeople(s: DiscoverySentence, reg: Registry): void {
  const { simp } = s;
  const cjk = hasChinese(simp);
  const cs = namesOf(s, reg.lex).trimmed.filter((c): c is Candidate => !!c);
  let prevPerson: Candidate | undefined;
  // (A person the article named in full may come back by family name alone: "by Bajic, its CEO, together with …".)
  let known: Set<string> | undefined;
  const surnames = () =>
    (known ??= new Set(
      reg
        .all()
        .filter((d) => d.type === 'Person')
        .flatMap((d) => d.spellings.filter((x) => x.includes(' ')).map((x) => x.slice(x.lastIndexOf(' ') + 1))),
    ));
  // Person-shaped names of the list with no given name, kept until a later item shows the list is of people:
  // "by Martin Snelgrove, Darrick Wiebe and Raymond Chik".
  let pending: Candidate[] = [];
  for (const c of cs) {
    const gap = simp.slice(prevPerson?.end ?? 0, c.start);
    const joined = prevPerson && (cjk ? ZH_LIST_GAP.test(gap) : EN_PERSON_GAP.test(gap));
    if (reg.typeOf(c.name) === 'Person' || (!c.name.includes(' ') && surnames().has(c.name))) {
      // (A later item already known as a person shows the list is of people.)
      if (joined) for (const p of pending) reg.add(p.name, 'Person', [p.name]);
      prevPerson = c;
      pending = [];
      continue;
    }
    const shaped = joined && !reg.known(c.name) && personShaped(c.name);
    // (In Chinese text a Latin name after a person's, before 等人 or 共同创办, is a person's whatever its given name.)
    if (shaped && (isGivenName(c.name.split(' ')[0]!) || (cjk && ZH_FOUNDED_AFTER.test(simp.slice(c.end))))) {
      for (const p of [...pending, c]) reg.add(p.name, 'Person', [p.name]);
      prevPerson = c;
      pending = [];
    } else if (shaped && !pending.length && /\band\s+$/.test(gap) && !c.name.split(' ').some((t) => isCommonWord(t))) {
      // (The last of a list whose items before were people: "together with Lejla Roe and Drago Vuk".)
      reg.add(c.name, 'Person', [c.name]);
      prevPerson = c;
    } else if (shaped && !c.name.split(' ').some((t) => isCommonWord(t))) {
      pending.push(c);
      prevPerson = c;
    } else {
      prevPerson = undefined;
      pending = [];
    }
  }
}

// Between two people of one list: "A, B and C", "A, its CEO, together with B"; 、 和 与 及 以及 in Chinese text.
const EN_PERSON_GAP = /^(?:,[^,.;]{1,40},)?\s*(?:,\s*)?(?:and|together\s+with|along\s+with)\s+$|^\s*,\s*$/;
const ZH_LIST_GAP = /^\s*(?:[、,，和与及]|以及)\s*$/;
// What follows founders' names in Chinese text: 等人共同创办, 共同创立, 联合创办.
const ZH_FOUNDED_AFTER = /^\s*(?:(?:[、和与及]|以及)\s*[A-Z][^，,。；]{0,40}?)?(?:等人|等)?(?:共同|联合)?(?:创办|创立|创建|成立)(?!的)/;

// Between two names of one list: "A, B and C", "A and B", "A or B".
const LIST_GAP = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * Names listed with known organizations are organizations too: "said Lambda and Humain would be among its
 * first customers", "partnerships with Supermicro, Arista Networks and Broadcom". A listed name that could
 * be a person (a given or family name), a place or a common word is left alone.
 */
export function listedWithOrganizations(s: DiscoverySentence, reg: Registry): void {
  const { simp } = s;
  if (hasChinese(simp)) return;
  const cs = namesOf(s, reg.lex).trimmed.filter((c): c is Candidate => !!c);
  let chain: Candidate[] = [];
  for (const c of cs) {
    const prev = chain[chain.length - 1];
    if (prev && !LIST_GAP.test(simp.slice(prev.end, c.start))) chain = listed(reg, chain, simp);
    chain.push(c);
  }
  listed(reg, chain, simp);
}

/**
 * The names of one list become organizations when one of them is known as one; the next list starts empty.
 * (In a list of a round's leads, a name shaped like a person's is a firm unless it starts with a given name: Jump Trading.)
 */
function listed(reg: Registry, chain: Candidate[], simp: string): Candidate[] {
  if (chain.length >= 2 && chain.some((c) => reg.typeOf(c.name) === 'Organization')) {
    const leads = ROUND_LED.test(simp.slice(Math.max(0, chain[0]!.start - 60), chain[0]!.start));
    for (const c of chain) {
      const tokens = c.name.split(' ');
      if (
        reg.known(c.name) ||
        tokens.length > 3 ||
        /\d/.test(c.name) ||
        // (…but one that neither opens with a given name nor ends with a family name is a firm's: Primary Digital
        // Infrastructure, Crescent Cove.)
        (personShaped(c.name) && !leads && (isGivenName(tokens[0]!) || isFamilyName(tokens[tokens.length - 1]!))) ||
        tokens.some((t) => isGivenName(t) || isFamilyName(t) || GENERIC.has(t.toLowerCase())) ||
        isCommonWord(c.name) ||
        isPlace(c.name) ||
        isDemonym(c.name)
      )
        continue;
      reg.add(c.name, 'Organization', [c.name]);
    }
  }
  return [];
}

// "the Malaysia Semiconductor Industry Association (MSIA)", "Central South CAD Center, or CSCC,": a name and the
// acronym its capitals make are one organization.
const ACRONYM_GLOSS =
  /\b([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|the|on|in|de|&))+)\s*(?:\(\s*([A-Z][A-Za-z&]{1,9})\s*\)|,\s+or\s+([A-Z][A-Za-z&]{1,9})\s*,)/g;
const ORG_HEAD =
  /\s(?:Association|Center|Centre|Council|Institute|Agency|Authority|Commission|Committee|Ministry|Department|University|College|Laboratory|Lab|Bank|Fund|Corporation|Company|Group|Organi[sz]ation|Administration|Office|Foundation|Board|Exchange|Alliance|Consortium|Society|Federation|Union|Initiative|Bureau|Service|Forum|Partnership|Network)$/;
const ACRONYM_SMALL = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', '&']);
const CORP_ABBREVIATION = /^(?:Corp|Inc|Co|Ltd|Corporation|Company|Limited|plc|PLC|LLC|AG|SA|NV)\.?$/;

export function acronymGlosses(s: DiscoverySentence, reg: Registry): void {
  const { text } = s;
  if (!text.includes('(') && !/,\s+or\s+[A-Z]/.test(text)) return;
  for (const m of allMatches(ACRONYM_GLOSS, text)) {
    const acronym = m[2] ?? m[3]!;
    const words = m[1]!.split(/\s+/);
    // The shortest end of the run whose capitals spell the acronym (the words before it are no part of the name).
    let long: string | undefined;
    for (let k = words.length - 1; k >= 0 && !long; k--) {
      const tail = words.slice(k);
      if (ACRONYM_SMALL.has(tail[0]!)) continue;
      // (Sony Semiconductor Solutions Corp. (SSS): a corporate abbreviation at the end is spelled or left out.)
      const spelled = tail.filter((w) => !ACRONYM_SMALL.has(w));
      for (const words of CORP_ABBREVIATION.test(spelled[spelled.length - 1]!) ? [spelled, spelled.slice(0, -1)] : [spelled]) {
        const initials = words.map((w) => w[0]);
        if (initials.join('') === acronym.replace(/&/g, '').toUpperCase() && initials.length === acronym.replace(/[a-z&]/g, '').length)
          long = tail.join(' ');
      }
    }
    if (!long || long.split(' ').length < 2) continue;
    const [idL, idA] = [reg.known(long), reg.known(acronym)];
    const id = idL ?? idA;
    const type = id ? (reg.typeOf(long) ?? reg.typeOf(acronym)) : ORG_HEAD.test(` ${long}`) ? 'Organization' : undefined;
    if (type !== 'Organization') continue;
    // (An acronym the lexicon gives another name is not this one's.)
    if (idA && reg.lex.entries.has(idA) && idL !== idA) continue;
    const entry = idL ? reg.lex.entries.get(idL) : undefined;
    // (The acronym found apart already, "The VCIC said": its entry is folded into the name's.)
    const apart = idA && idA !== idL ? idA : undefined;
    reg.add(entry?.name ?? long, 'Organization', apart ? [long] : [long, acronym], { lexiconId: entry ? idL : undefined });
    if (apart) reg.merge(reg.known(long)!, apart);
  }
}
