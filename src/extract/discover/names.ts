/**
 * What names are made of, as data: English given names, places and demonyms come from compromise's
 * lexicon (a maintained NLP library; only its word lists are used here, its tagger costs ~17 ms an
 * article and is not run); role titles, corporate suffixes and Chinese surnames are written here.
 */
import { createRequire } from 'node:module';

type LexiconTags = Record<string, string>;
let words: LexiconTags | undefined;

/** compromise's lexicon: word -> comma-separated tags. Loaded once, only when English names are looked at. */
function lexicon(): LexiconTags {
  if (!words) {
    const req = createRequire(__filename);
    const nlp = req('compromise/two') as { model(): { one: { lexicon: LexiconTags } } };
    words = nlp.model().one.lexicon;
  }
  return words;
}

// What compromise's tags say of a word, as bits, read once per word: words recur from article to article.
const GIVEN = 1;
const FAMILY = 2;
const PLACE = 4;
const DEMONYM = 8;
const COMMON = 16;
const kinds = new Map<string, number>();

function kindOf(word: string): number {
  let kind = kinds.get(word);
  if (kind === undefined) {
    if (kinds.size > 100_000) kinds.clear(); // only has to stay bounded
    const tags = lexicon()[word.toLowerCase()];
    const tagged = (re: RegExp) => re.test(tags ?? '');
    kind =
      (tagged(/\b(?:MaleName|FemaleName|FirstName)\b/) ? GIVEN : 0) |
      (tagged(/\bLastName\b/) ? FAMILY : 0) |
      (tagged(/\b(?:Country|Region|City|Place)\b/) ? PLACE : 0) |
      (tagged(/\bDemonym\b/) ? DEMONYM : 0) |
      (tags !== undefined && !/Name|Place|Country|City|Region|Organization|ProperNoun|Demonym/.test(tags) ? COMMON : 0);
    kinds.set(word, kind);
  }
  return kind;
}

/** A given name (Jane, William, Andrej): the first word of most Western-style person names. */
export const isGivenName = (w: string) => (kindOf(w) & GIVEN) !== 0;
/** A family name compromise knows (Huang, Smith). */
export const isFamilyName = (w: string) => (kindOf(w) & FAMILY) !== 0;
/** A country, region or city (Taiwan, California, Shenzhen), possibly of several words. */
export const isPlace = (w: string) => (kindOf(w) & PLACE) !== 0;
/** Saudi, Korean, South Korean: a demonym says where a company is, it is not part of its name. */
// Demonyms in -ish that compromise's lexicon does not tag as such (Finnish development financier Finnfund).
const ISH_DEMONYMS = new Set(
  'Finnish Polish Swedish Danish Irish Spanish Turkish British English Scottish Welsh Kurdish Flemish'.split(' '),
);
export const isDemonym = (w: string) =>
  ISH_DEMONYMS.has(w) ||
  (kindOf(w) & DEMONYM) !== 0 ||
  (/^(?:North|South|East|West)\s/.test(w) && (kindOf(w.split(' ')[1]!) & DEMONYM) !== 0);

/** Phrases as one regex alternation, escaped, their words apart by a space or a hyphen (vice president, vice-president). */
export const alternation = (xs: string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')).join('|');

/**
 * English titles of people at organizations, most specific first. A title may be followed by
 * "of engineering", "for AI": the role is what stands before the employer.
 */
export const EN_TITLES = [
  'chief executive officer',
  'chief executive',
  'chief technology officer',
  'chief financial officer',
  'chief operating officer',
  'chief investment officer',
  'chief strategy officer',
  'chief commercial officer',
  'chief marketing officer',
  'chief product officer',
  'chief information officer',
  'chief revenue officer',
  'chief scientist',
  'chief architect',
  'chief economist',
  'chief strategist',
  'executive vice president',
  'senior vice president',
  'vice president',
  'vice chairman',
  'managing director',
  'general manager',
  'co-founder',
  'cofounder',
  'founder',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  'VP',
  'director',
  'head',
  'executive',
  'analyst',
  'engineer',
  // "an Intel senior fellow", "a former architect at ATI": a company's technical ranks.
  'fellow',
  'architect',
  // "a former Google employee", "an OpenAI staffer", "Meta alumni Guillaume Lample and Timothée Lacroix"
  'employee',
  'alumni',
  'alumnus',
  'alumna',
  'staffer',
  'scientist',
  'researcher',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'partner',
  // An investment house's people: "former Fidelity portfolio manager Gavin Baker".
  'portfolio manager',
  'fund manager',
  // "a former Bosch manager", a government's people: "Poland's digital affairs minister".
  'manager',
  'minister',
  'secretary',
  'governor',
  'mayor',
  // "state premier Michael Kretschmer", "the acting U.S. attorney", "Judge Jane Roe": a state's and a court's people.
  'premier',
  'attorney',
  'prosecutor',
  'judge',
  'commissioner',
  'economist',
  'strategist',
  'professor',
  // A university's or an agency's people: "Vice-chancellor Sharon Pickering", "NASA administrator".
  'pro vice chancellor',
  'vice chancellor',
  'chancellor',
  'provost',
  'rector',
  'dean',
  'administrator',
  'ambassador',
  'senator',
  'investor',
  'leader',
  // "its finance chief", "Meta's AI chief": a field, then chief.
  'chief',
];

/** Chinese titles before or after a name (Simplified; Traditional text is matched on its Simplified view). */
export const ZH_TITLES = [
  '首席执行官',
  '执行长',
  '首席技术官',
  '技术长',
  '首席财务官',
  '财务长',
  '首席运营官',
  '营运长',
  '业务长',
  '策略长',
  '资讯长',
  '行销长',
  '首席商务官',
  '首席营销官',
  '首席科学家',
  '执行副总裁',
  '资深副总裁',
  '执行副总',
  '资深副总',
  '高级副总裁',
  '副总裁',
  '总裁',
  '轮值董事长',
  '副董事长',
  '董事长',
  '董事总经理',
  '董事',
  '合伙人',
  '首席架构师',
  '总经理',
  '联合创始人',
  '创始人',
  '创办人',
  '主席',
  'CEO',
  'CTO',
  'CFO',
  'COO',
  '分析师',
  '首席分析师',
  '科学家',
  '工程师',
  '研究员',
  '发言人',
  '总监',
  '负责人',
  '担当',
  '主管',
  '高管',
  '高层',
  '经理',
  '教授',
  '社长',
  '会长',
  '大臣',
  // A Japanese prefecture's governor and the prime minister (熊本县知事蒲岛郁夫, 日本首相岸田文雄).
  '知事',
  '首相',
  // A head of state (国家主席习近平): the whole title, not the 主席 of a board.
  '国家主席',
  // Officials: 财政司司长, 经济部长, 商务部长; and a fund's manager (通恒投资 基金经理 杨廷武).
  '部长',
  '司长',
  '局长',
  '署长',
  '市长',
  '州长',
  '总统',
  '总理',
  '特别顾问',
  '高级顾问',
  '基金经理',
  // A department's or an institute's head (法人关系处处长, 工研院院长), a Taiwanese company's 协理, an economist.
  '处长',
  '院长',
  // An academician (中国工程院院士戴琼海), a Taiwan council's chair (国发会主委) and a chief legal officer (法务长).
  '院士',
  '主委',
  '法务长',
  // (理研中心主任松冈聪, 校长, 所长; Taiwan's 董座 for a chairman, Hong Kong's 行政总裁 for a chief executive.)
  '主任',
  '所长',
  '副校长',
  '校长',
  '理事长',
  '秘书长',
  '董座',
  '行政总裁',
  '执行董事',
  '协理',
  '经济学家',
  '董事会秘书',
  '董秘',
  // A company's legal representative (法定代表人为张新) is one of its officers.
  '法定代表人',
  // 首席SoC架构师, 大中华区首位Fellow
  '架构师',
  'Fellow',
];
/** Who comments on the news without a post (业内人士马继华, 产业观察家梁振鹏, 私募投资人葛卫东): a name follows, no employer. */
export const ZH_COMMENTATORS = ['人士', '观察家', '投资人', '专家', '评论员'];
/** ZH_TITLES as a regex alternation, longest first (执行副总裁 before 副总裁 before 总裁). */
export const ZH_TITLE_ALT = [...ZH_TITLES].sort((a, b) => b.length - a.length).join('|');

/** Words that end English organization names (Acme Semiconductor, Rational Equity Armor Fund). */
export const ORG_SUFFIXES = [
  'Inc',
  'Corp',
  'Corporation',
  'Company',
  'Co',
  'Ltd',
  'LLC',
  'PLC',
  'AG',
  'SA',
  'GmbH',
  'Lab',
  'Labs',
  'Technologies',
  'Technology',
  'Systems',
  'Semiconductor',
  'Semiconductors',
  'Silicon',
  'Computing',
  'Compute',
  'Group',
  'Holdings',
  'Networks',
  'Electronics',
  'Microsystems',
  'Microelectronics',
  'Devices',
  'Capital',
  'Ventures',
  'Venture',
  'Partners',
  'Research',
  'Bank',
  'Fund',
  'Management',
  'Investments',
  'Securities',
  'Exchange',
  'Institute',
  'University',
  'Foundation',
  'Laboratory',
  'Laboratories',
  'Agency',
  'Administration',
  'Department',
  'Ministry',
  'Commission',
  'Council',
  'Authority',
  'Association',
  'Academy',
  'Robotics',
  'Industries',
  'Dynamics',
  'Photonics',
  'Intelligence',
  'Cloud',
  'Motors',
  'Automation',
  'Centre',
  'Center',
  'Telecom',
  'Communications',
  'Media',
  'News',
  'Times',
  'Journal',
  'Post',
  'Agency',
];

/** Nouns that describe an organization in an appositive or before its name ("Rivos, a chip startup"). */
export const ORG_NOUNS = [
  'startup',
  'start-up',
  'company',
  'companies',
  'specialist',
  'firm',
  'chipmaker',
  'chip maker',
  'chip designer',
  'designer',
  'maker',
  'manufacturer',
  'foundry',
  'supplier',
  'vendor',
  'provider',
  'developer',
  'operator',
  'lab',
  'laboratory',
  'unit',
  'subsidiary',
  'division',
  'arm',
  'affiliate',
  'group',
  'conglomerate',
  'giant',
  'rival',
  'competitor',
  'customer',
  'investor',
  'backer',
  'shareholder',
  'fund',
  'bank',
  'brokerage',
  'consultancy',
  'agency',
  'outlet',
  'newspaper',
  'publication',
  'hyperscaler',
  'unicorn',
  'joint venture',
  'venture',
  'spin-off',
  'spinoff',
];

/**
 * Common Chinese surnames (the first character of most Chinese person names), used to find a name
 * after a title when jieba does not know it: 执行长黄仁勋, 创办人张建中.
 */
export const ZH_SURNAMES = new Set(
  // Surnames that are also common function words (于, 和, 向, 时, 全, 应 …) are left out: 执行长于周三表示 names no one.
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤' +
    // (Korean family names the Chinese press writes: 朴, 权, 南, 玄, 慎, 禹; 全 stays out, a function word.)
    '朴权南玄慎禹' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池麻苑迟邝盖谈闻'
  ).split(''),
);

/** A word compromise knows as an ordinary word (The, According, Both): capitalised only by its place. */
export const isCommonWord = (w: string) => (kindOf(w) & COMMON) !== 0;

/**
 * Common Japanese family names as the Chinese press writes them (Simplified): a Japanese name after a title is a
 * family name of two characters or more and a given name of one to three (社长田中邦裕, 大臣斋藤健, 技术长牧野淳一郎),
 * longer than the Chinese names the title rules otherwise read.
 */
export const JA_SURNAMES = new Set(
  (
    '田中 佐藤 铃木 高桥 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 松本 井上 木村 清水 山口 斋藤 松田 后藤 河岛 牧野 ' +
    '池田 桥本 石川 山下 中岛 前田 藤田 小川 冈田 长谷川 村上 近藤 石井 坂本 远藤 青木 藤井 西村 福田 太田 三浦 藤原 冈本 ' +
    '松井 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 森田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 ' +
    '谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 小山 大冢 平野 菅原 久保 松尾 野口 新井 大西 柳井 丰田 ' +
    '稻盛 永守 盐野 真锅 野村 黑田 北川 星野 小池 植田 西川 岸田 大桥 细谷 川村 平井 吉川 宫川 北野 东原 饭田 土屋 熊谷 ' +
    '黑川 服部 秋山 佐野 中田 荒井 小松 岩崎 樱井 野田 细川 石原 古川 松浦 吉村 滨田 白石 森本 吉冈 小泉 安倍 石破 高市 ' +
    '宫永 三村 泽井 鹤田 十仓 榊原 米仓 小宫 相川 奥田 筒井 片山 武藤 野中 江口 寺田 菊池 望月 杉本 千叶 关口 ' +
    '松冈 高野 上原 西田 西野 川口 川上 大石 大久保 浅野 中西 西山 中井 水野 小西 本田 福井 今村 平田 岩田 松村 山崎 ' +
    '吉野 宫田 松下 高山 桑原 前川 成田 堀田 蒲岛 及川 冢本 广濑 吉永 堀场 东'
  ).split(' '),
);
