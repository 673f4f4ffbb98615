import { extractText } from '../../../src/extract';
import { entities, rel, ruleRel } from './helpers';

describe('SUBSIDIARY_OF', () => {
  it('when a unit is named with its parent (appositive, possessive, "a unit of", 旗下, 附属公司), then it is a subsidiary of the parent', () => {
    expect(rel("AWS, Amazon's cloud unit, said demand was strong.", 'SUBSIDIARY_OF')).toEqual([['AWS', 'Amazon']]);
    expect(rel('Nimbus Cloud, the cloud unit of Helio Systems, will offer the chips.', 'SUBSIDIARY_OF')).toEqual([
      ['Nimbus Cloud', 'Helio Systems'],
    ]);
    expect(rel('Helio Systems said its subsidiary Korvia AI would build the chips.', 'SUBSIDIARY_OF')).toEqual([
      ['Korvia AI', 'Helio Systems'],
    ]);
    expect(rel('阿里巴巴旗下的平头哥半导体发布了新芯片。', 'SUBSIDIARY_OF')).toEqual([['T-Head', 'Alibaba']]);
    expect(rel('阿里巴巴旗下的平頭哥半導體發布了新晶片。', 'SUBSIDIARY_OF')).toEqual([['T-Head', 'Alibaba']]);
    expect(rel('昆侖芯目前屬百度的非全資附屬公司。', 'SUBSIDIARY_OF')).toEqual([['Kunlunxin', 'Baidu']]);
  });

  it('when a Chinese unit is introduced after 旗下子公司 in a later clause, then its parent is the sentence subject', () => {
    expect(rel('雷川科技董事长刘志远表示，旗下子公司雷川智能已量产。', 'SUBSIDIARY_OF')).toEqual([['雷川智能', '雷川科技']]);
  });

  it('when ownership is denied or two companies are merely named, then there is none', () => {
    expect(rel('Korvia AI is no longer a subsidiary of Helio Systems.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('Helio Systems and Korvia AI both make chips.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('SUBSIDIARY_OF by control and by name', () => {
  it('when a company is controlled or majority-owned by another, or named after it beside it, then it is its subsidiary', () => {
    expect(rel('SoftBank owns about 90% of Arm.', 'SUBSIDIARY_OF')).toEqual([['Arm', 'SoftBank']]);
    expect(rel('SoftBank owns about 10% of Arm.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('Samsung said Samsung Foundry would build the chips.', 'SUBSIDIARY_OF')).toEqual([['Samsung Foundry', 'Samsung']]);
    expect(
      rel('Groq will build a data center with Aramco Digital, the technology arm of oil giant Saudi Aramco.', 'SUBSIDIARY_OF'),
    ).toEqual([['Aramco Digital', 'Aramco']]);
  });
});

describe('SUBSIDIARY_OF through a possessive owner', () => {
  it("when a company is owned by a country's fund, then it is the fund's", () => {
    expect(rel("Humain, the AI company owned by Saudi Arabia's Public Investment Fund, plans more data centers.", 'SUBSIDIARY_OF')).toEqual(
      [['Humain', 'PIF']],
    );
  });
});

describe('SUBSIDIARY_OF after a copula and 旗下', () => {
  it('when A是(country)B旗下的(kind) closes the clause, then A is a subsidiary of B', () => {
    expect(rel('平頭哥是阿里巴巴旗下的晶片公司。', 'SUBSIDIARY_OF')).toEqual([['T-Head', 'Alibaba']]);
    expect(rel('SK海力士是南韓SK集團旗下企業，去年獲利創新高。', 'SUBSIDIARY_OF')).toEqual([['SK hynix', 'SK Group']]);
  });

  it('when a name follows 为B旗下的, then the copula names a customer, not the unit', () => {
    expect(rel('世芯最大的客户为亚马逊旗下的AWS。', 'SUBSIDIARY_OF')).toEqual([['AWS', 'Amazon']]);
  });

  it('when 旗下的 is followed by a short description without a verb, then the name after it is the unit', () => {
    expect(rel('字节跳动旗下的云计算平台火山引擎宣布降价。', 'SUBSIDIARY_OF')).toEqual([['Volcano Engine', 'ByteDance']]);
    // (The rules' reading; the lexicon knows 火山引擎 as ByteDance's, and adds it at its confidence.)
    expect(ruleRel('字节跳动旗下拥有抖音和火山引擎。', 'SUBSIDIARY_OF')).toEqual([]);
  });

  it("when a story names a unit the lexicon files under its parent, and the parent, anywhere, then the unit belongs to it at the lexicon's confidence; not when only one is named", () => {
    const owned = (text: string) =>
      extractText(text)
        .relations.filter((r) => r.type === 'SUBSIDIARY_OF')
        .map((r) => [r.subject, r.object, r.confidence]);
    expect(owned('AWS cut prices on Monday. Amazon reported results later in the week.')).toEqual([['AWS', 'Amazon', 0.5]]);
    expect(owned('海思发布新芯片。华为同日公布了财报。')).toEqual([['HiSilicon', 'Huawei', 0.5]]);
    expect(owned('海思發布新晶片。華為同日公布了財報。')).toEqual([['HiSilicon', 'Huawei', 0.5]]);
    expect(owned('AWS cut prices on Monday. Microsoft reported results later in the week.')).toEqual([]);
  });
});

describe('SUBSIDIARY_OF from what the field knows and from group lists', () => {
  it("when a company is written as its known parent's (\"Alphabet's Google\"), then it is the parent's subsidiary; another possessor is not", () => {
    expect(rel("Meta will rent chips from Alphabet's Google.", 'SUBSIDIARY_OF')).toEqual([['Google', 'Alphabet']]);
    expect(rel("Meta will rent chips from Microsoft's rival Google.", 'SUBSIDIARY_OF')).toEqual([]);
  });

  it("when a bare 集团 opens a clause with 旗下 and a counted list of companies, then each is the named group's (zh-Hans, zh-Hant)", () => {
    expect(rel('三星集团方面，集团旗下三星电子、三星电机与三星SDS三家公司代表出席。', 'SUBSIDIARY_OF')).toEqual([
      ['Samsung', 'Samsung Group'],
      ['Samsung Electro-Mechanics', 'Samsung Group'],
      ['Samsung SDS', 'Samsung Group'],
    ]);
    expect(rel('三星集團方面，集團旗下三星電子、三星電機與三星SDS三家公司代表出席。', 'SUBSIDIARY_OF')).toHaveLength(3);
  });

  it('when 旗下拥有 lists registered names, their short names and a company after its country, counted as 多家子公司, then each is a unit', () => {
    const text = '江城集团旗下拥有澜川微电子有限公司（澜川微电子）、青禾科技股份有限公司（青禾科技）以及芬兰Vantora公司等多家子公司。';
    expect(rel(text, 'SUBSIDIARY_OF')).toEqual([
      ['澜川微电子有限公司', '江城集团'],
      ['青禾科技股份有限公司', '江城集团'],
      ['Vantora', '江城集团'],
    ]);
    expect(Object.keys(entities(text)).filter((n) => /拥有|^澜川微电子$|^青禾科技$/.test(n))).toEqual([]);
    expect(
      rel(
        '江城集團旗下擁有澜川微電子有限公司（澜川微電子）、青禾科技股份有限公司（青禾科技）以及芬蘭Vantora公司等多家子公司。',
        'SUBSIDIARY_OF',
      ),
    ).toHaveLength(3);
    // (A short name in brackets is the company's only when made of its name's characters.)
    expect(extractText('江城集团旗下另有澜川微电子有限公司（澜川）等晶圆厂。').entities.flatMap((e) => e.aliases)).toContain('澜川');
    expect(extractText('江城集团旗下另有澜川微电子有限公司（青禾）等晶圆厂。').entities.flatMap((e) => e.aliases)).not.toContain('青禾');
  });

  it('when a buyer takes the minority stakes of companies under it, counted after the last short name, then each is its unit', () => {
    const text = '江城集团拟收购旗下澜川微电子有限公司（澜川微电子）和青禾科技股份有限公司（青禾科技）两家公司的少数股权。';
    expect(rel(text, 'SUBSIDIARY_OF')).toEqual([
      ['澜川微电子有限公司', '江城集团'],
      ['青禾科技股份有限公司', '江城集团'],
    ]);
    expect(rel(text, 'ACQUIRES')).toHaveLength(2);
  });

  it('when the list after 旗下X goes on with other companies and is not counted, then only X is the unit', () => {
    expect(rel('江城集团宣布与OpenAI合作。江城集团旗下青川资本、腾讯和阿里巴巴都参与了本轮融资。', 'SUBSIDIARY_OF')).toEqual([
      ['青川资本', '江城集团'],
    ]);
  });

  it("when a sentence opens with 旗下 (after a clause break), then the unit is the story's company's", () => {
    expect(rel('SK集团方面，集团旗下的SK海力士将供应内存；旗下电信商SK电讯则与OpenAI签署备忘录。', 'SUBSIDIARY_OF')).toEqual([
      ['SK hynix', 'SK Group'],
      ['SK Telecom', 'SK Group'],
    ]);
  });
});

describe('SUBSIDIARY_OF through "the group\'s" unit', () => {
  it("when a unit is described as the group's arm, then it belongs to the group named before that shares its name, or to the modifier the sentence names", () => {
    const text =
      "Helio signed deals with the Korvane Group and Marlow Industries. Korvane Telecom, the group's network business, will build the cloud. Helio will also work with Korvane Motors, the group's carmaker, on design.";
    expect(rel(text, 'SUBSIDIARY_OF')).toEqual([
      ['Korvane Telecom', 'Korvane Group'],
      ['Korvane Motors', 'Korvane Group'],
    ]);
    expect(rel("Helio met Samsung. The Samsung deal covers Harman, the group's audio unit.", 'SUBSIDIARY_OF')).toEqual([
      ['Harman', 'Samsung'],
    ]);
    // (No group named so far that the unit shares a name with: no parent is guessed.)
    expect(rel("Helio met the Korvane Group. It will work with Jio Platforms, the group's digital arm.", 'SUBSIDIARY_OF')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('A brand of a group', () => {
  it('when a company is called the brand of another, then it is a unit of that group', () => {
    expect(rel('Li Auto and ZEEKR, the electric brand of Geely, ordered the chip.', 'SUBSIDIARY_OF')).toEqual([['Zeekr', 'Geely Auto']]);
  });
});

// Sentences written for these tests.
describe("SUBSIDIARY_OF: X's cloud arm Y", () => {
  it("when a company's arm is named after the possessive, then it is the company's unit; Arm the company is no arm", () => {
    expect(rel("ByteDance's cloud arm Volcano Engine sells computing power.", 'SUBSIDIARY_OF')).toEqual([['Volcano Engine', 'ByteDance']]);
    expect(rel("SoftBank's Arm Holdings designs chips.", 'SUBSIDIARY_OF')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('SUBSIDIARY_OF: units named with their owner', () => {
  it('when a unit is "its X unit", "X\'s Y Group", the owner is "Y\'s parent" in apposition, or 隶属 a described parent, then it is the owner\'s unit', () => {
    expect(rel('Amazon, which designs its chips through its Annapurna Labs unit, says the chips are in service.', 'SUBSIDIARY_OF')).toEqual(
      [['Annapurna Labs', 'Amazon']],
    );
    expect(rel("Charlie Kawwas, president of Broadcom's Semiconductor Solutions Group, joined the call.", 'SUBSIDIARY_OF')).toEqual([
      ['Semiconductor Solutions Group', 'Broadcom'],
    ]);
    expect(rel("Alphabet, Google's parent, has invested about $3 billion in the start-up.", 'SUBSIDIARY_OF')).toEqual([
      ['Google', 'Alphabet'],
    ]);
    expect(rel('算能科技隸屬加密貨幣挖礦機製造商比特大陸（Bitmain），目前未回應置評請求。', 'SUBSIDIARY_OF')).toEqual([
      ['Sophgo', 'Bitmain'],
    ]);
  });

  it('when a centre "belongs to" a university or is named "at"/"of" one, then it is the university\'s unit; a company at a school is not', () => {
    const text =
      'The consortium includes the Lodmar Centre for Networking at Velkor University of Technology and the Institute for Data Modelling (IDM) of the University of Brantwell.';
    expect(rel(text, 'SUBSIDIARY_OF')).toEqual(
      expect.arrayContaining([
        ['Lodmar Centre for Networking', 'Velkor University of Technology'],
        ['Institute for Data Modelling', 'University of Brantwell'],
      ]),
    );
    expect(
      rel('"A pivotal step," said the director of ACC Kranvel, which belongs to the University of Lodmar.', 'SUBSIDIARY_OF'),
    ).toContainEqual(['ACC Kranvel', 'University of Lodmar']);
    expect(rel('Velkor Systems presented its chip at the University of Lodmar.', 'SUBSIDIARY_OF')).toEqual([]);
  });

  it("when A隶属 a tycoon旗下的 Latin-named 集团, then A is the group's unit, the group is named with 集团, and the tycoon is a person", () => {
    const zht = 'Velkor Systems隸屬印度地產大亨Ravi Mendhar旗下的Mendhar集團，在孟買經營資料中心。';
    const t = extractText(zht);
    expect(Object.fromEntries(t.entities.map((e) => [e.name, e.type]))).toMatchObject({
      'Ravi Mendhar': 'Person',
      Mendhar集團: 'Organization',
    });
    expect(rel(zht, 'SUBSIDIARY_OF')).toEqual([['Velkor Systems', 'Mendhar集團']]);
    const zh = 'Velkor Systems隶属印度地产大亨Ravi Mendhar旗下的Mendhar集团。';
    expect(rel(zh, 'SUBSIDIARY_OF')).toEqual([['Velkor Systems', 'Mendhar集团']]);
  });
  it("when an office is written as a department's (the Commerce Department's Bureau of …), a fund as its parent's (its Samsung Catalyst Fund), or 由X全资持有, then it is a unit of that parent", () => {
    expect(
      rel("In a civil case, the Commerce Department's Bureau of Industry and Security (BIS) imposed a penalty.", 'SUBSIDIARY_OF'),
    ).toHaveLength(1);
    expect(rel('Samsung co-led an earlier round through its Samsung Catalyst Fund.', 'SUBSIDIARY_OF')).toContainEqual([
      'Samsung Catalyst Fund',
      'Samsung',
    ]);
    expect(rel('其第一大股东祥发投资持股约11%，祥发投资由旭达投资全资持有。', 'SUBSIDIARY_OF')).toContainEqual(['祥发投资', '旭达投资']);
    expect(rel('其第一大股東祥發投資持股約11%，祥發投資由旭達投資全資持有。', 'SUBSIDIARY_OF')).toContainEqual(['祥發投資', '旭達投資']);
  });
});

describe('SUBSIDIARY_OF: a company set up by one organization', () => {
  it('when X 成立/設立 a registered company or 组建 a 子公司 alone, then that company is its unit; founded together or 成立于 a year, none', () => {
    expect(rel('2021年，小米在上海成立澜芯技术有限公司，重新启动手机芯片研发。', 'SUBSIDIARY_OF')).toEqual([
      ['澜芯技术有限公司', 'Xiaomi'],
    ]);
    expect(rel('2021年，小米在上海設立澜芯技術有限公司，重新啟動手機晶片研發。', 'SUBSIDIARY_OF')).toEqual([
      ['澜芯技術有限公司', 'Xiaomi'],
    ]);
    expect(rel('华为与长安汽车共同成立澜蓝科技有限公司。', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('寒武纪成立于2016年。', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('SUBSIDIARY_OF: 全资附属的', () => {
  it('when X全资附属的Y, then Y is a unit of X (zh-Hans, zh-Hant)', () => {
    expect(rel('国家开发银行全资附属的国开金融认缴360亿元。', 'SUBSIDIARY_OF')).toEqual([['CDB Capital', 'China Development Bank']]);
    expect(rel('國家開發銀行全資附屬的國開金融認繳360億元。', 'SUBSIDIARY_OF')).toEqual([['CDB Capital', 'China Development Bank']]);
  });
});

describe('SUBSIDIARY_OF: a verb after the unit noun', () => {
  it('when 子公司 is followed by a verb (子公司已被列入美国商务部实体清单), then the name after the verb is no unit (zh-Hans, zh-Hant)', () => {
    expect(rel('寒武纪称，由于公司及部分子公司已被列入美国商务部“实体清单”，供应链存在不确定性。', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('寒武紀稱，由於公司及部分子公司已被列入美國商務部「實體清單」，供應鏈存在不確定性。', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('阿里巴巴旗下的平头哥发布芯片。', 'SUBSIDIARY_OF')).toEqual([['T-Head', 'Alibaba']]);
  });
});

describe('SUBSIDIARY_OF: a Chinese office named with its parent', () => {
  it("when an office's name starts with its known parent's full name (美国商务部工业与安全局), then it is the parent's unit, in both scripts", () => {
    expect(rel('美国商务部工业与安全局（BIS）当地时间1月15日宣布新规。', 'SUBSIDIARY_OF')).toContainEqual([
      'BIS',
      'US Commerce Department',
    ]);
    expect(rel('美國商務部工業與安全局5月發布指引。', 'SUBSIDIARY_OF')).toContainEqual(['BIS', 'US Commerce Department']);
    // (A research institute or a fund's phase is no office: nothing from its name alone.)
    expect(rel('中国科学院计算技术研究所今天发布报告。', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('SUBSIDIARY_OF: a parent described before its name', () => {
  it('when X is "a subsidiary of the conglomerate\'s holding company Y", then X is Y\'s unit', () => {
    expect(
      rel(
        "Velkor Electronics, a subsidiary of the salt-to-software conglomerate's holding company Velkor Sons, is building a fab.",
        'SUBSIDIARY_OF',
      ),
    ).toContainEqual(['Velkor Electronics', 'Velkor Sons']);
  });
});

describe('SUBSIDIARY_OF: "counts X among its subsidiaries"', () => {
  it('when a group counts companies among its subsidiaries or units, then each is its unit', () => {
    expect(rel('Alphabet counts Waymo and Verily among its units.', 'SUBSIDIARY_OF')).toEqual([
      ['Waymo', 'Alphabet'],
      ['Verily', 'Alphabet'],
    ]);
    expect(
      rel('SoftBank Group counts the chip designer Arm and the telecom operator SoftBank Corp among its subsidiaries.', 'SUBSIDIARY_OF'),
    ).toEqual([
      ['Arm', 'SoftBank'],
      ['SoftBank Corp', 'SoftBank'],
    ]);
  });
});

describe('SUBSIDIARY_OF: "X, which controls Y"', () => {
  it('when a relative clause says a company controls another, then the other is its unit; control of a market is none', () => {
    expect(rel('Weeks later SoftBank Group, which controls Arm, committed $2 billion to Intel.', 'SUBSIDIARY_OF')).toEqual([
      ['Arm', 'SoftBank'],
    ]);
    expect(rel('Nvidia controls the market for AI chips.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});
