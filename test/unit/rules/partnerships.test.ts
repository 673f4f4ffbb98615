import { extractText } from '../../../src/extract';
import { entities, rel, ruleRel } from './helpers';

const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();

describe('PARTNERS_WITH', () => {
  it('when partners are enumerated after a verb or a noun, then the subject partners with each of them', () => {
    expect(sorted(rel('Helio Systems counts partners such as Samsung, SK Hynix and TSMC.', 'PARTNERS_WITH'))).toEqual([
      'Helio Systems + SK hynix',
      'Helio Systems + Samsung',
      'Helio Systems + TSMC',
    ]);
    expect(sorted(rel('英伟达与联发科、高通合作开发车用芯片。', 'PARTNERS_WITH'))).toEqual(['MediaTek + NVIDIA', 'NVIDIA + Qualcomm']);
    expect(sorted(rel('輝達與聯發科、高通合作開發車用晶片。', 'PARTNERS_WITH'))).toEqual(['MediaTek + NVIDIA', 'NVIDIA + Qualcomm']);
  });

  it('when a deal, agreement or joint work is stated, then the two are partners', () => {
    expect(sorted(rel('Qualcomm said it would work with Korvia AI on data-center chips.', 'PARTNERS_WITH'))).toEqual([
      'Korvia AI + Qualcomm',
    ]);
    expect(sorted(rel('AMD and Oracle announced a partnership.', 'PARTNERS_WITH'))).toEqual(['AMD + Oracle']);
    expect(sorted(rel('In a new partnership, Korvia AI will deploy Groq chips in its data centers.', 'PARTNERS_WITH'))).toEqual([
      'Groq + Korvia AI',
    ]);
  });

  it('when a partnership is denied, only weighed, or the companies are only named together, then there is none', () => {
    expect(rel('Intel said it has no plans to partner with Samsung.', 'PARTNERS_WITH')).toEqual([]);
    expect(rel('微软正在考虑是否与AMD合作。', 'PARTNERS_WITH')).toEqual([]);
    expect(rel('Nvidia and Intel met regulators on Monday.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH by development stated as a noun', () => {
  it('when a company unveils a thing after (joint) development with others, then it partners each of them', () => {
    expect(
      rel(
        'Canon unveiled the tool after more than a decade of development with memory maker Kioxia and Dai Nippon Printing.',
        'PARTNERS_WITH',
      ),
    ).toEqual([
      ['Canon', 'Kioxia'],
      ['Canon', 'Dai Nippon Printing'],
    ]);
    expect(rel('Canon unveiled the tool after years of joint development work with Kioxia.', 'PARTNERS_WITH')).toEqual([
      ['Canon', 'Kioxia'],
    ]);
    expect(rel('The tool is still under development.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH by design work and stated partnership', () => {
  it('when one company designs chips for another (为…设计), then they are partners; a copula 为 is not "for"', () => {
    expect(sorted(rel('Marvell designs custom AI chips for Microsoft.', 'PARTNERS_WITH'))).toEqual(['Marvell + Microsoft']);
    expect(sorted(rel('联发科正为谷歌设计新一代芯片。', 'PARTNERS_WITH'))).toEqual(['Google + MediaTek']);
    expect(sorted(rel('聯發科正為谷歌設計新一代晶片。', 'PARTNERS_WITH'))).toEqual(['Google + MediaTek']);
    expect(rel('Ampere的主力产品为以Arm技术打造的处理器。', 'PARTNERS_WITH')).toEqual([]);
  });

  it('when a company is called the partner of another, then they are partners', () => {
    expect(sorted(rel('联发科成为英伟达的战略合作伙伴。', 'PARTNERS_WITH'))).toEqual(['MediaTek + NVIDIA']);
    expect(sorted(rel('Cohere is a key partner of Oracle.', 'PARTNERS_WITH'))).toEqual(['Cohere + Oracle']);
  });
});

describe('PARTNERS_WITH by joint ventures, licences and contracts', () => {
  it('when companies form a joint venture, license designs or sign a contract, then they are partners', () => {
    expect(sorted(rel('海光信息此前与AMD合资成立了一家公司。', 'PARTNERS_WITH'))).toEqual(['AMD + Hygon']);
    expect(sorted(rel('Tenstorrent agreed to license its RISC-V designs to Rapidus.', 'PARTNERS_WITH'))).toEqual(['Rapidus + Tenstorrent']);
    expect(sorted(rel('三星電子已與特斯拉簽訂價值165億美元的合約。', 'PARTNERS_WITH'))).toEqual(['Samsung + Tesla']);
  });
});

describe('PARTNERS_WITH stated as ties, mutual roles and help', () => {
  it('when ties between two are deepened, two are called partners of each other, or one helps the other design, then they are partners', () => {
    expect(sorted(rel('The deal deepens ties between Cohere and Oracle.', 'PARTNERS_WITH'))).toEqual(['Cohere + Oracle']);
    expect(sorted(rel('日月光与台积电既是合作伙伴也是竞争对手。', 'PARTNERS_WITH'))).toEqual(['ASE + TSMC']);
    expect(sorted(rel('The chip was designed by Microsoft with help from Marvell.', 'PARTNERS_WITH'))).toEqual(['Marvell + Microsoft']);
    expect(sorted(rel('聯發科已取得谷歌新一代晶片的設計訂單。', 'PARTNERS_WITH'))).toEqual(['Google + MediaTek']);
  });

  it('when an order for goods is won, then the seller supplies the buyer (no partnership)', () => {
    expect(rel('鸿海已获得英伟达服务器机柜的大量订单。', 'SUPPLIES')).toEqual([['Foxconn', 'NVIDIA']]);
    expect(rel('鸿海已获得英伟达服务器机柜的大量订单。', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH in an appositive', () => {
  it("when a company is introduced as another one's partner, then they are partners", () => {
    expect(sorted(rel("OpenAI, Microsoft's close partner, asked for new features.", 'PARTNERS_WITH'))).toEqual(['Microsoft + OpenAI']);
  });
});

describe('PARTNERS_WITH in plural partnerships', () => {
  it('when a company announces partnerships with a list, then it partners with each', () => {
    expect(sorted(rel('Orvane announced partnerships with Supermicro, Arista Networks and Broadcom.', 'PARTNERS_WITH'))).toEqual([
      'Arista + Orvane',
      'Broadcom + Orvane',
      'Orvane + Supermicro',
    ]);
  });
});

describe('PARTNERS_WITH a list with glosses', () => {
  it('when a listed partner carries an English gloss in brackets, then the list goes on after it', () => {
    expect(rel('英特尔表示，将与艾克尔（Amkor）及日月光在马来西亚合作进行封装。', 'PARTNERS_WITH')).toEqual([
      ['Amkor', 'Intel'],
      ['ASE', 'Intel'],
    ]);
  });
});

describe('PARTNERS_WITH by a joint act', () => {
  it('when two companies will jointly develop products, then they are partners', () => {
    expect(rel('Qualcomm and Meta will jointly develop AI glasses chips, the companies said.', 'PARTNERS_WITH')).toEqual([
      ['Meta', 'Qualcomm'],
    ]);
  });
});

describe('PARTNERS_WITH not with a possessive', () => {
  it('when "working with" names no company and "its" follows later, then there is no partner', () => {
    expect(
      rel(
        'Lumetta Labs makes chips. Its CEO said Lumetta Labs was working with several cloud companies, and that its chips would ship in May.',
        'PARTNERS_WITH',
      ),
    ).toEqual([]);
  });
});

describe('PARTNERS_WITH by a memorandum and by 联合打造', () => {
  it('when a company signs a memorandum of understanding with another, then they are partners', () => {
    expect(rel('Last month Intel signed a memorandum of understanding with Saudi AI company Humain.', 'PARTNERS_WITH')).toEqual([
      ['Humain', 'Intel'],
    ]);
  });
  it('when two companies "have jointly designed" or "jointly built" something (a past form), then they are partners', () => {
    expect(rel('Reports said OpenAI and Broadcom have jointly designed a chip.', 'PARTNERS_WITH')).toEqual([['Broadcom', 'OpenAI']]);
    expect(rel('Helio Systems and Korvex Semiconductor jointly built a test line last year.', 'PARTNERS_WITH')).toHaveLength(1);
  });

  it('when "the two have long been close partners" follows a sentence\'s two companies, then they partner', () => {
    expect(rel('Microsoft has invested in OpenAI, and the two have long been close partners.', 'PARTNERS_WITH')).toEqual([
      ['Microsoft', 'OpenAI'],
    ]);
  });

  it('when a company "helps A and B build their in-house processors", then it partners each; helping people is no partnership', () => {
    expect(rel('Marvell helps Amazon and Microsoft build their in-house AI processors.', 'PARTNERS_WITH')).toHaveLength(2);
    expect(rel('Broadcom helps Google design its TPU chips.', 'PARTNERS_WITH')).toEqual([['Broadcom', 'Google']]);
    expect(rel('The Marvell tool helps engineers build faster chips.', 'PARTNERS_WITH')).toEqual([]);
  });

  it('when a company builds a platform jointly with another (与X联合打造), then they are partners', () => {
    expect(rel('百度宣布与华为联合打造的算力平台正式启用。', 'PARTNERS_WITH')).toEqual([['Baidu', 'Huawei']]);
  });
});

describe('PARTNERS_WITH by partner lists without a subject', () => {
  it('when partners are listed after 伙伴 (also after a comma) in a sentence without a subject, then they partner the story company', () => {
    expect(sorted(rel('高通发布新一代服务器芯片。首批合作伙伴包括微软、戴尔。', 'PARTNERS_WITH'))).toEqual([
      'Dell + Qualcomm',
      'Microsoft + Qualcomm',
    ]);
    expect(sorted(rel('聯發科執行長蔡力行表示，公司將拜會供應鏈夥伴，包括台積電與日月光。', 'PARTNERS_WITH'))).toEqual([
      'ASE + MediaTek',
      'MediaTek + TSMC',
    ]);
  });

  it('when partners follow "partners, including", then the subject partners with each', () => {
    expect(sorted(rel('Intel named its launch partners, including Dell and Lenovo.', 'PARTNERS_WITH'))).toEqual([
      'Dell + Intel',
      'Intel + Lenovo',
    ]);
  });
});

describe('PARTNERS_WITH in joint chip design', () => {
  it('when a chip is designed together (共同设计/合作設計), then the two partner', () => {
    expect(sorted(rel('OpenAI正在与博通共同设计其首款自研AI芯片。', 'PARTNERS_WITH'))).toEqual(['Broadcom + OpenAI']);
    expect(sorted(rel('蘋果正與博通合作設計AI伺服器晶片。', 'PARTNERS_WITH'))).toEqual(['Apple + Broadcom']);
  });

  it('when a code name stands in apposition before "with" the partner, then the developer partners with it', () => {
    expect(sorted(rel('Apple is developing its own AI server chip, code-named Baltra, with Broadcom.', 'PARTNERS_WITH'))).toEqual([
      'Apple + Broadcom',
    ]);
  });
});

describe('PARTNERS_WITH by designing with a company', () => {
  it('when a company "designs its X accelerators with" or "co-designed the X chip with" another, then they are partners; building with a maker\'s GPUs is not', () => {
    expect(rel('Meta designs its MTIA accelerators with Broadcom.', 'PARTNERS_WITH')).toEqual([['Broadcom', 'Meta']]);
    expect(rel('Meta co-designed the MTIA chip with Broadcom.', 'PARTNERS_WITH')).toEqual([['Broadcom', 'Meta']]);
    expect(rel('Meta builds data centers with Nvidia GPUs.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH: partners named as such', () => {
  it('when companies are brought in as partners, or a partner is named right after 合作伙伴/合作车厂 (zh-Hans, zh-Hant), then they partner', () => {
    expect(rel('Microsoft has also brought in GE Vernova and NextEra Energy as energy partners.', 'PARTNERS_WITH')).toEqual([
      ['GE Vernova', 'Microsoft'],
      ['Microsoft', 'NextEra Energy'],
    ]);
    expect(rel('鸿海在当地的合作车厂Lordstown Motors已申请破产。', 'PARTNERS_WITH')).toEqual([['Foxconn', 'Lordstown Motors']]);
    expect(rel('鴻海在當地的合作車廠Lordstown Motors已聲請破產。', 'PARTNERS_WITH')).toEqual([['Foxconn', 'Lordstown Motors']]);
    // (A partnership noun is no partner's name.)
    expect(rel('鸿海与该公司建立合作伙伴关系。', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH: contracts signed in the plural', () => {
  it('when a company "has signed smaller contracts with A and B" or "contracts with both A and B", then it partners with each', () => {
    expect(rel('Microsoft has signed smaller contracts with Nscale and Lambda.', 'PARTNERS_WITH')).toEqual([
      ['Microsoft', 'Nscale'],
      ['Lambda Labs', 'Microsoft'],
    ]);
    expect(rel('CoreWeave has signed multi-billion-dollar contracts with both Microsoft and OpenAI.', 'PARTNERS_WITH')).toEqual([
      ['CoreWeave', 'Microsoft'],
      ['CoreWeave', 'OpenAI'],
    ]);
  });
});

// Sentences written for these tests.
describe('PARTNERS_WITH: ties, completed negotiations, named partners and joined projects', () => {
  it('when two companies are said to be bound, to have closed a negotiation or to have close ties, then they partner', () => {
    expect(sorted(rel('外界关注燧原与腾讯的深度绑定。', 'PARTNERS_WITH'))).toEqual(sorted([['Enflame', 'Tencent']]));
    expect(sorted(rel('SK海力士已與輝達就HBM4完成價格與數量談判。', 'PARTNERS_WITH'))).toEqual(sorted([['SK hynix', 'NVIDIA']]));
    expect(sorted(rel("MediaTek's close relationship with TSMC helped it win the order.", 'PARTNERS_WITH'))).toEqual(
      sorted([['MediaTek', 'TSMC']]),
    );
  });

  it("when a company is named another's partner after the copula, or joins its project, then they partner", () => {
    expect(sorted(rel('Meta目前主要的ASIC設計夥伴仍是博通。', 'PARTNERS_WITH'))).toEqual(sorted([['Meta', 'Broadcom']]));
    expect(sorted(rel("Google's long-time design partner is Broadcom.", 'PARTNERS_WITH'))).toEqual(sorted([['Google', 'Broadcom']]));
    expect(sorted(rel('世芯也参与微软Maia 200加速器的相关专案。', 'PARTNERS_WITH'))).toEqual(sorted([['Alchip', 'Microsoft']]));
    expect(sorted(rel('Companies that work with Tenstorrent, including LG Electronics, praised its chips.', 'PARTNERS_WITH'))).toEqual(
      sorted([['Tenstorrent', 'LG Electronics']]),
    );
  });

  it('when the negotiation is still going on, then there is no partnership yet', () => {
    expect(sorted(rel('SK海力士仍在與輝達就HBM4價格進行談判。', 'PARTNERS_WITH'))).toEqual(sorted([]));
  });
});

describe('PARTNERS_WITH: 签约 and joint development', () => {
  it('when a company signs with listed partners (与A、B等伙伴分别签约), or two develop a plant together, then they partner', () => {
    expect(sorted(rel('地平线当天还与启辰汽车、阿里云等生态伙伴分别签约。', 'PARTNERS_WITH'))).toEqual(
      sorted([
        ['Horizon Robotics', '启辰汽车'],
        ['Horizon Robotics', 'Alibaba Cloud'],
      ]),
    );
    expect(
      sorted(rel('The plant that STMicroelectronics and GlobalFoundries are developing together opens in 2027.', 'PARTNERS_WITH')),
    ).toEqual(sorted([['STMicroelectronics', 'GlobalFoundries']]));
  });
});

describe('PARTNERS_WITH: signing up partners, deals struck, outsourcing and design for a described client', () => {
  it('when a company signs up a list or strikes a deal for another’s technology, then they partner; signing up for a service is none', () => {
    expect(sorted(rel('Nvidia signs up MediaTek, Marvell and Alchip at Computex.', 'PARTNERS_WITH'))).toEqual(
      sorted([
        ['NVIDIA', 'MediaTek'],
        ['NVIDIA', 'Marvell'],
        ['NVIDIA', 'Alchip'],
      ]),
    );
    expect(sorted(rel("Nvidia strikes $20 billion deal for Groq's inference technology.", 'PARTNERS_WITH'))).toEqual(
      sorted([['NVIDIA', 'Groq']]),
    );
    expect(rel('Google signed up for the service last year.', 'PARTNERS_WITH')).toEqual([]);
  });

  it('when work is outsourced (委外) or a chip is designed for a described client (为…新创X开发, 替X设计), then they partner', () => {
    expect(sorted(rel('傳台積電將輝達Rubin部分封裝委外日月光、艾克爾。', 'PARTNERS_WITH'))).toEqual(
      sorted([
        ['TSMC', 'ASE'],
        ['TSMC', 'Amkor'],
      ]),
    );
    expect(sorted(rel('世芯為南韓AI晶片新創FuriosaAI開發的加速器已完成流片。', 'PARTNERS_WITH'))).toEqual(
      sorted([['Alchip', 'FuriosaAI']]),
    );
    expect(sorted(rel('世芯替SanDisk設計的控制晶片將貢獻營收。', 'PARTNERS_WITH'))).toEqual(sorted([['Alchip', 'Sandisk']]));
  });
});

// Sentences written for these tests.
describe('PARTNERS_WITH: a partner in apposition, a time word after the subject', () => {
  it('when a company is "the long-time partner of/behind" another in apposition, then the two are partners', () => {
    expect(rel('Broadcom, the long-time partner of Google, declined to comment.', 'PARTNERS_WITH')).toEqual([['Broadcom', 'Google']]);
    expect(rel("Alchip, the design partner behind Amazon's Trainium chips, declined to comment.", 'PARTNERS_WITH')).toEqual([
      ['Alchip', 'Amazon'],
    ]);
  });

  it('when a time word (当天, 近日) follows a known company before 与…签约, then it is that company that signs with each (zh-Hans, zh-Hant)', () => {
    expect(rel('哈啰当天还与阿里云、禾赛等生态伙伴分别签约。', 'PARTNERS_WITH')).toEqual([
      ['Alibaba Cloud', 'Hello Inc'],
      ['Hello Inc', 'Hesai'],
    ]);
    expect(rel('哈囉近日與阿里雲簽約。', 'PARTNERS_WITH')).toEqual([['Alibaba Cloud', 'Hello Inc']]);
  });
});

// Sentences written for these tests.
describe('PARTNERS_WITH and SUPPLIES: 携手 with the partner after it, an order won, participation with no raiser', () => {
  it('when a company 携手/联手 another with no 与 before, then they are partners (zh-Hans, zh-Hant)', () => {
    expect(rel('联发科携手英伟达打造GB10超级芯片。', 'PARTNERS_WITH')).toEqual([['MediaTek', 'NVIDIA']]);
    expect(rel('聯發科攜手輝達打造GB10超級晶片。', 'PARTNERS_WITH')).toEqual([['MediaTek', 'NVIDIA']]);
  });

  it('when a company won an order from another, then the winner supplies it and neither buys from the other', () => {
    expect(rel('Samsung won an order from Tesla to make its AI6 chips.', 'SUPPLIES')).toEqual([['Samsung', 'Tesla']]);
  });

  it('when participation follows "led by" and the story has named no raiser, then the lead is no investee', () => {
    expect(rel('The round was led by Fidelity, with participation from Nvidia.', 'INVESTS_IN')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('PARTNERS_WITH: close ties, and a list called partners', () => {
  it("when two companies have close ties (关系紧密), or a listed group is called another's partners (它们是X的合作伙伴), then they partner (zh-Hant)", () => {
    expect(rel('外界普遍預期，聯發科與台積電關係緊密。', 'PARTNERS_WITH')).toEqual([['MediaTek', 'TSMC']]);
    expect(rel('他也點名廣達、鴻海與緯創等台灣大廠，形容它們是AWS不可或缺的合作夥伴。', 'PARTNERS_WITH')).toEqual(
      expect.arrayContaining([
        ['AWS', 'Quanta Computer'],
        ['AWS', 'Foxconn'],
        ['AWS', 'Wistron'],
      ]),
    );
    expect(rel('他与张三关系密切。', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH: licensing from, joint pushes, partners of, help in building', () => {
  it('when a company licenses technology from another, then they partner (en)', () => {
    expect(rel('Nvidia has agreed to license technology from AI chip startup Groq.', 'PARTNERS_WITH')).toEqual([['Groq', 'NVIDIA']]);
  });

  it('when companies jointly push a project (共同推动), one is the partner of others (是A、B的主要伙伴), or helps another build (协助X打造…的Y), then they partner (zh-Hant)', () => {
    expect(rel('軟銀也與OpenAI、甲骨文（Oracle）共同推動「星際之門」計畫。', 'PARTNERS_WITH')).toEqual([
      ['OpenAI', 'SoftBank'],
      ['Oracle', 'SoftBank'],
    ]);
    expect(rel('博通近年更是Google、Meta等科技巨頭打造客製化AI晶片的主要夥伴。', 'PARTNERS_WITH')).toEqual([
      ['Broadcom', 'Google'],
      ['Broadcom', 'Meta'],
    ]);
    expect(rel('協助Google打造TPU的博通（Broadcom）股價也隨之走揚。', 'PARTNERS_WITH')).toEqual([['Broadcom', 'Google']]);
  });
});

describe('PARTNERS_WITH: 认为 is no copula', () => {
  it("when someone believes (认为) one company is another's main partner, then they partner (zh-Hans)", () => {
    expect(rel('分析师认为博通是Google打造AI芯片的主要伙伴。', 'PARTNERS_WITH')).toEqual([['Broadcom', 'Google']]);
  });
});

describe('PARTNERS_WITH and SUPPLIES from field knowledge', () => {
  // [type, subject, object, confidence] of the relations of a text.
  const known = (text: string) => extractText(text).relations.map((r) => [r.type, r.subject, r.object, r.confidence]);

  it("when the company a story is about is named with a known partner of it (the lexicon's partners) in a sentence that speaks of working together, then they partner at the lexicon's confidence; not without such words, not with a company it does not know as a partner, not when the story is about another", () => {
    expect(known('OpenAI raised new funds. OpenAI and Microsoft also showed a joint roadmap together.')).toEqual([
      ['PARTNERS_WITH', 'OpenAI', 'Microsoft', 0.5],
    ]);
    expect(known('OpenAI发布新模型。OpenAI在合作伙伴大会上感谢了微软。')).toEqual([['PARTNERS_WITH', 'OpenAI', 'Microsoft', 0.5]]);
    expect(known('OpenAI發布新模型。OpenAI在合作夥伴大會上感謝了微軟。')).toEqual([['PARTNERS_WITH', 'OpenAI', 'Microsoft', 0.5]]);
    expect(known('OpenAI发布新模型。OpenAI在大会上感谢了微软。')).toEqual([]);
    expect(known('Korvia AI raised new funds. Korvia AI and Microsoft also showed a joint roadmap together.')).toEqual([]);
    expect(known('Google reported results. OpenAI and Microsoft also showed a joint roadmap together.')).toEqual([]);
  });

  it("when the company a story is about is named with a known supplier or customer of it in a sentence that speaks of supplying, then the supplier supplies the customer at the lexicon's confidence, whichever leads the story", () => {
    const supplies = (text: string) => known(text).filter(([type]) => type === 'SUPPLIES');
    expect(supplies('Nvidia reported results. Nvidia said SK hynix remains on schedule with HBM4 supplies.')).toEqual([
      ['SUPPLIES', 'SK hynix', 'NVIDIA', 0.5],
    ]);
    expect(supplies('英伟达公布财报。英伟达表示，SK海力士的HBM4供货稳定。')).toEqual([['SUPPLIES', 'SK hynix', 'NVIDIA', 0.5]]);
    expect(supplies('台積電公布財報。台積電稱，蘋果的訂單依舊強勁。')).toEqual([['SUPPLIES', 'TSMC', 'Apple', 0.5]]);
    expect(supplies('Nvidia reported results. Nvidia said SK hynix remains on schedule with HBM4.')).toEqual([]);
    expect(supplies('台积电公布财报。台积电称，苹果的新品依旧强劲。')).toEqual([]);
  });

  it('when the subject signs an agreement with a list (与A、B和C等公司达成合作协议), then it partners each, and they do not partner one another', () => {
    const key = (text: string) => rel(text, 'PARTNERS_WITH').map((p) => [...p].sort().join('|'));
    const zh = key('英伟达已与微软、谷歌和亚马逊等公司达成合作协议。');
    expect(zh).toEqual(expect.arrayContaining(['Microsoft|NVIDIA', 'Google|NVIDIA', 'Amazon|NVIDIA']));
    expect(zh).not.toContain('Google|Microsoft');
    const zht = key('輝達已與微軟、谷歌和亞馬遜等公司達成合作協議。');
    expect(zht).not.toContain('Google|Microsoft');
    expect(zht).toEqual(expect.arrayContaining(['Microsoft|NVIDIA']));
  });

  it('when 以及 joins a list, then the item before it keeps its whole name (甲骨文以及微软)', () => {
    expect(Object.keys(entities('英伟达已与甲骨文以及微软、谷歌和亚马逊等公司洽谈。'))).toEqual(
      expect.arrayContaining(['Oracle', 'Microsoft']),
    );
    expect(Object.keys(entities('英伟达已与甲骨文以及微软、谷歌和亚马逊等公司洽谈。')).filter((n) => n.endsWith('以'))).toEqual([]);
  });
  it('when A与B、C及D共同宣布 and the partnership is said in the next clause, then A partners each of them (zh-Hans, zh-Hant)', () => {
    const hans = 'G42与OpenAI、甲骨文、英伟达、软银集团及思科22日共同宣布，将在阿布扎比合作建设数据中心。';
    expect(ruleRel(hans, 'PARTNERS_WITH').filter(([a, b]) => a === 'G42' || b === 'G42')).toHaveLength(5);
    const hant = 'G42與OpenAI、甲骨文、輝達、軟銀集團及思科22日共同宣布，將在阿布達比合作建設資料中心。';
    expect(ruleRel(hant, 'PARTNERS_WITH').filter(([a, b]) => a === 'G42' || b === 'G42')).toHaveLength(5);
  });
});

describe('PARTNERS_WITH: 联合 a described partner', () => {
  it('when X 联合 a partner described first (联合日本芯片设计公司A与B，推出…), then X partners with each', () => {
    expect(rel('鸿海曾于2021年联合日本芯片设计公司Socionext与Hailo，推出边缘AI服务器。', 'PARTNERS_WITH')).toEqual([
      ['Foxconn', 'Socionext'],
      ['Foxconn', 'Hailo'],
    ]);
  });
});

describe('PARTNERS_WITH: an agreement reached (达成协议)', () => {
  it('when A与B达成协议/安排, then they partner (zh-Hans, zh-Hant); a takeover agreement reached is no partnership', () => {
    expect(rel('KDDI去年6月便与夏普达成协议，将工厂改建为数据中心。', 'PARTNERS_WITH')).toEqual([['KDDI', 'Sharp Corporation']]);
    expect(rel('KDDI去年6月便與夏普達成協議，將工廠改建為資料中心。', 'PARTNERS_WITH')).toEqual([['KDDI', 'Sharp Corporation']]);
    expect(rel('去年微软还与甲骨文达成安排，将平台延伸至甲骨文云。', 'PARTNERS_WITH')).toEqual([['Microsoft', 'Oracle']]);
    expect(rel('英伟达与Mellanox達成併購協議。', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('PARTNERS_WITH: 外判予 (Hong Kong for outsourcing)', () => {
  it('when A将生产外判予B, then A partners with B, as with 外包给', () => {
    expect(rel('Arm會將晶片生產外判予台積電。', 'PARTNERS_WITH')).toEqual([['Arm', 'TSMC']]);
    expect(rel('Arm将芯片生产外判给台积电。', 'PARTNERS_WITH')).toEqual([['Arm', 'TSMC']]);
  });
});

describe('PARTNERS_WITH: where a thing ends up', () => {
  it('when dies of a design "ended up with Huawei", then no one partners with Huawei; "designs chips with Broadcom" still partners', () => {
    expect(rel('TSMC made nearly 3 million dies matching Sophgo’s design that probably ended up with Huawei.', 'PARTNERS_WITH')).toEqual(
      [],
    );
    expect(rel('Meta designs chips with Broadcom.', 'PARTNERS_WITH').map((p) => [...p].sort())).toEqual([['Broadcom', 'Meta']]);
  });
});

describe('PARTNERS_WITH among the parties of a list that act together', () => {
  it('when a list of companies teams up, joins forces or forms an alliance, then each pair partners (en, zh-Hans, zh-Hant)', () => {
    const pairs = ['Helio Systems + Korvex Labs', 'Helio Systems + Orbis Motors', 'Korvex Labs + Orbis Motors'];
    expect(
      sorted(rel('Helio Systems, Korvex Labs and Orbis Motors team up with chip firms to design car processors.', 'PARTNERS_WITH')),
    ).toEqual(pairs);
    expect(sorted(rel('Helio Systems, Korvex Labs and Orbis Motors have formed an alliance.', 'PARTNERS_WITH'))).toEqual(pairs);
    expect(sorted(rel('丰田、本田与马自达联手开发车用芯片。', 'PARTNERS_WITH'))).toHaveLength(3);
    expect(sorted(rel('豐田、本田和馬自達共同開發車用晶片。', 'PARTNERS_WITH'))).toHaveLength(3);
  });
  it('when the word is part of a name (Valor Equity Partners, VentureTech Alliance), then it states no partnership', () => {
    expect(rel('Fidelity, Ribbit Capital and Valor Equity Partners also joined the round.', 'PARTNERS_WITH')).toEqual([]);
    expect(rel('老股东IAG Capital Partners、VentureTech Alliance与Sutter Hill Ventures全部跟投。', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe("PARTNERS_WITH by helping design another company's chip", () => {
  it('when a chip "co-developed with" a company, or X的芯片由B协助设计 / 有B参与开发, then the owner and the helper partner', () => {
    expect(rel("Alphabet's Google co-developed a network processor code-named Kestrel with Intel.", 'PARTNERS_WITH')).toEqual([
      ['Google', 'Intel'],
    ]);
    expect(sorted(rel('Meta的推理芯片由博通协助设计，亚马逊的训练芯片则有迈威尔参与开发。', 'PARTNERS_WITH'))).toEqual([
      'Amazon + Marvell',
      'Broadcom + Meta',
    ]);
    expect(sorted(rel('Meta的推理晶片由博通協助設計。', 'PARTNERS_WITH'))).toEqual(['Broadcom + Meta']);
  });
});
