import { extractText } from '../../../src/extract';
import { allPairs, programOwners } from './helpers';

// Sentences written for these tests: each is a misreading a review of session 27's rules found.

const has = (pairs: string[], pair: string) => expect(pairs).toContain(pair);
const lacks = (pairs: string[], pair: string) => expect(pairs).not.toContain(pair);

describe('investors beside a raise', () => {
  it("hold the raiser named in the sentence, not the story's earlier one", () => {
    const pairs = allPairs(
      'Groq raised $640 million last year. Cerebras raised $1.1 billion from Fidelity, alongside backers including Benchmark.',
      'INVESTS_IN',
    );
    has(pairs, 'Benchmark>Cerebras');
    lacks(pairs, 'Benchmark>Groq');
  });
});

describe('a version of a chip', () => {
  it('特供版 right after a chip is that chip, used; after 的 it is another chip', () => {
    has(allPairs('腾讯大量采购英伟达H20特供版芯片。', 'USES'), 'Tencent>H20');
    has(allPairs('騰訊大量採購輝達H20特供版晶片。', 'USES'), 'Tencent>H20');
    lacks(allPairs('腾讯采购的H20是H100的特供版。', 'USES'), 'Tencent>H100');
  });
  it('"the latest version of" a chip is the chip itself', () => {
    has(allPairs('Meta uses the latest version of the H100.', 'USES'), 'Meta>H100');
    lacks(allPairs('Meta uses a cut-down version of the H100.', 'USES'), 'Meta>H100');
  });
});

describe('customers listed after a second verb', () => {
  it("are the sentence's subject's, not an earlier object's", () => {
    const tsmc = allPairs('TSMC overtook Samsung last year and makes chips for customers including Nvidia.', 'SUPPLIES');
    has(tsmc, 'TSMC>NVIDIA');
    lacks(tsmc, 'Samsung>NVIDIA');
    const broadcom = allPairs('Broadcom helps Google build TPUs and designs chips for customers including Meta.', 'SUPPLIES');
    has(broadcom, 'Broadcom>Meta');
    lacks(broadcom, 'Google>Meta');
  });
  it("are still a relative clause's antecedent's", () => {
    has(
      allPairs('Intel has fallen behind TSMC, its main rival, which makes chips for customers including Nvidia.', 'SUPPLIES'),
      'TSMC>NVIDIA',
    );
  });
});

describe("a company's shareholders named before a verb of saying", () => {
  it('list no holders after it', () => {
    expect(allPairs('英伟达的股东周三表示，包括微软在内的客户正在增加订单。', 'INVESTS_IN')).toEqual([]);
    expect(allPairs('輝達的股東週三表示，包括微軟在內的客戶正在增加訂單。', 'INVESTS_IN')).toEqual([]);
    expect(allPairs('英伟达的股东周三表示，包括微软与谷歌都在加大采购。', 'INVESTS_IN')).toEqual([]);
  });
  it('while a shareholder line-up still lists them', () => {
    has(allPairs('Rebellions的股東陣容相當堅強，包括SK海力士與韓國電信（KT）。', 'INVESTS_IN'), 'KT>Rebellions');
  });
});

describe('goods that support a chip', () => {
  it('are supplied (提供支持X的Y), while support alone is no goods', () => {
    has(allPairs('SK海力士将为英伟达提供支持Blackwell的HBM3E。', 'SUPPLIES'), 'SK hynix>NVIDIA');
    has(allPairs('SK海力士將為輝達提供支援Blackwell的HBM3E。', 'SUPPLIES'), 'SK hynix>NVIDIA');
    has(allPairs('SK hynix will provide Nvidia with HBM3E supporting Blackwell.', 'SUPPLIES'), 'SK hynix>NVIDIA');
    expect(allPairs('软银的经验可为英伟达提供支持。', 'SUPPLIES')).toEqual([]);
  });
});

describe('a company with a time word before a verb', () => {
  it('is no reporter: 今年估计将 is "expected to", 今年的数据中心 its own', () => {
    has(allPairs('甲骨文今年估计将向英伟达采购40万颗GB200芯片。', 'USES'), 'Oracle>GB200');
    has(allPairs('甲骨文今年估計將向輝達採購40萬顆GB200晶片。', 'USES'), 'Oracle>GB200');
    has(allPairs('微软今年的数据中心将大量采用英伟达的GB300。', 'USES'), 'Microsoft>GB300');
    has(allPairs('Oracle is expected to buy 400,000 GB200 chips from Nvidia this year.', 'USES'), 'Oracle>GB200');
  });
});

describe('owners of custom chips', () => {
  it("racks for the subject's own chips leave the subject its program; racks for others' chips do not", () => {
    expect(programOwners('Tesla builds racks designed for its custom chips.')).toEqual(['Tesla']);
    expect(programOwners("Wiwynn builds racks designed for Big Tech's custom chips.")).toEqual([]);
    expect(programOwners('纬颖承接云端业者自研ASIC芯片的服务器专案。')).toEqual([]);
    expect(programOwners('緯穎承接雲端業者自研ASIC晶片的伺服器專案。')).toEqual([]);
  });
  it('a so-called custom chip with its possessor is the possessor’s; a term for custom chips is no one’s', () => {
    expect(programOwners("Google's so-called custom chips run Gemini.")).toEqual(['Google']);
    expect(programOwners("ASICs, the industry's term for custom chips, are booming.")).toEqual([]);
    expect(programOwners('ASICs, so-called custom chips, are booming.')).toEqual([]);
  });
  it('a kind of company the subject is named as does not take its program away', () => {
    expect(programOwners('小米作为手机厂商自研芯片。')).toEqual(['Xiaomi']);
    expect(programOwners('小米作為手機廠商自研晶片。')).toEqual(['Xiaomi']);
    expect(programOwners('特斯拉是车企自研芯片的先行者。')).toEqual(['Tesla']);
    expect(programOwners('特斯拉是車企自研晶片的先行者。')).toEqual(['Tesla']);
    expect(programOwners('越来越多的车企自研芯片。')).toEqual([]);
  });
});

describe('the chips a customer orders', () => {
  it('are no work of its own ("whose HBM4 orders")', () => {
    lacks(allPairs('Micron supplies Nvidia, whose HBM4 orders have tripled.', 'DEVELOPS'), 'NVIDIA>HBM4');
    has(allPairs('FuriosaAI, whose RNGD processor is in production, raised money.', 'DEVELOPS'), 'FuriosaAI>RNGD');
  });
});

describe('pronouns in a relative clause', () => {
  it('"buy its GPUs" are the other party\'s GPUs; "its own chips" stay the antecedent\'s', () => {
    has(allPairs('Nvidia agreed a deal with xAI, which plans to buy its GPUs.', 'SUPPLIES'), 'NVIDIA>xAI');
    expect(extractText('Nvidia agreed a deal with xAI, which plans to use its own chips.').chipPrograms.map((p) => p.owner)).toEqual([
      'xAI',
    ]);
  });
});

describe('a partnership before a takeover', () => {
  it('stays, while the parties of a takeover announced together are no partners', () => {
    has(allPairs('AMD与ZT Systems合作多年后，AMD宣布收购ZT Systems。', 'PARTNERS_WITH'), 'AMD>ZT Systems');
    has(allPairs('AMD與ZT Systems合作多年後，AMD宣布收購ZT Systems。', 'PARTNERS_WITH'), 'AMD>ZT Systems');
    expect(allPairs('软银与Graphcore共同宣布，软银已完成对Graphcore的收购。', 'PARTNERS_WITH')).toEqual([]);
  });
});
