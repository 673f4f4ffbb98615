import { allPairs, programOwners, rulePairs } from './helpers';

// Sentences written for these tests: each is a misreading a review of this session's first mend found.

describe('customers listed after a clause of its own', () => {
  it("are the clause's subject's, not a speaker's or an earlier clause's", () => {
    expect(rulePairs('Nvidia said TSMC makes chips for customers including AMD.', 'SUPPLIES')).toEqual(['TSMC>AMD']);
    expect(rulePairs('Apple said on Monday that Broadcom will make modems for customers such as Meta.', 'SUPPLIES')).toEqual([
      'Broadcom>Meta',
    ]);
    expect(rulePairs('Samsung has lost ground because TSMC makes chips for customers such as Apple.', 'SUPPLIES')).toEqual(['TSMC>Apple']);
  });
});

describe('"its" goods in a relative clause', () => {
  it("used or deployed stay the antecedent's; bought, the other party's", () => {
    expect(rulePairs('Microsoft signed a deal with Google, which uses its TPUs to train Gemini.', 'SUPPLIES')).toEqual([]);
    expect(
      rulePairs('Anthropic expanded its partnership with Amazon, which deploys its Trainium chips in its data centers.', 'SUPPLIES'),
    ).toEqual([]);
    expect(rulePairs('Nvidia agreed a deal with xAI, which plans to buy its GPUs.', 'SUPPLIES')).toEqual(['NVIDIA>xAI']);
  });
});

describe('a cut-down version of a chip', () => {
  it('is another chip, with or without 的; "the latest China-specific version" too', () => {
    expect(allPairs('字节跳动大量采购英伟达H100降规版芯片。', 'USES')).toEqual([]);
    expect(allPairs('字節跳動大量採購輝達H100降規版晶片。', 'USES')).toEqual([]);
    expect(allPairs("ByteDance bought the latest China-specific version of Nvidia's H100.", 'USES')).toEqual([]);
  });
});

describe('a partnership of years', () => {
  it('keeps only the pair its clause names from the takeover guard', () => {
    expect(allPairs('软银与Graphcore共同宣布，软银已完成对Graphcore的收购，Graphcore与戴尔合作多年。', 'PARTNERS_WITH')).toEqual([
      'Dell>Graphcore',
    ]);
  });
});

describe('an analysts’ firm that estimates', () => {
  it('stays a reporter, while a company with a time word before 估计将 does not', () => {
    expect(allPairs('集邦咨询估计将有三成的AI服务器采用英伟达的GB200。', 'USES')).toEqual([]);
    expect(allPairs('集邦諮詢估計將有三成的AI伺服器採用輝達的GB200。', 'USES')).toEqual([]);
    expect(allPairs('甲骨文今年估计将向英伟达采购40万颗GB200芯片。', 'USES')).toEqual(['Oracle>GB200']);
  });
});

describe('a shareholder line-up', () => {
  it('still lists holders after 堪称 and before 在内 closing the list', () => {
    expect(allPairs('Rebellions的股东阵容堪称豪华，包括三星电子、SK电讯。', 'INVESTS_IN')).toContain('Samsung>Rebellions');
    expect(allPairs('Rebellions的股東陣容堪稱豪華，包括三星電子、SK電訊。', 'INVESTS_IN')).toContain('Samsung>Rebellions');
    expect(allPairs('Rebellions的股东阵容相当坚强，包括三星电子、SK电讯等韩国大企业在内。', 'INVESTS_IN')).toContain('Samsung>Rebellions');
  });
});

describe('support provided', () => {
  it('is no goods unless it is goods that support a named chip', () => {
    expect(rulePairs('英伟达将为OpenAI提供技术支持与工程师的协助。', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('輝達將為OpenAI提供技術支援與工程師的協助。', 'SUPPLIES')).toEqual([]);
  });
});

describe('owners of custom chips, again', () => {
  it('a company elsewhere in the clause owns no so-called custom chips', () => {
    expect(programOwners('Analysts at Bernstein expect so-called custom chips to grow faster than GPUs.')).toEqual([]);
    expect(programOwners('Quanta said demand for so-called custom chips is rising.')).toEqual([]);
  });
  it("a server maker that is the kind's partner owns none; a pioneer among them does", () => {
    expect(programOwners('广达是云服务商自研芯片的重要合作伙伴。')).toEqual([]);
    expect(programOwners('廣達是雲端服務商自研晶片的重要合作夥伴。')).toEqual([]);
    expect(programOwners('特斯拉是车企自研芯片的先行者。')).toEqual(['Tesla']);
  });
  it('server orders spilling over to in-house chips, however far, own none', () => {
    expect(programOwners('纬颖的服务器订单预计将从GPU机种逐步外溢至自研芯片。')).toEqual([]);
    expect(programOwners('緯穎的伺服器訂單預計將從GPU機種逐步外溢至自研晶片。')).toEqual([]);
  });
});

// A second review, of the rules written after the first mend.

describe('"Together with A, X is developing…"', () => {
  it('is no partnership when rivals only act side by side', () => {
    expect(rulePairs('Along with Nvidia, AMD is developing faster accelerators for data centers.', 'PARTNERS_WITH')).toEqual([]);
    expect(
      rulePairs(
        'Together with Amazon and Google, Microsoft is investing more than $300 billion in AI data centers this year.',
        'PARTNERS_WITH',
      ),
    ).toEqual([]);
  });
});

describe("chips deployed in another company's data centers", () => {
  it("make that company no supplier of the one deploying them; only a cloud's owner supplies", () => {
    expect(rulePairs("Oracle will deploy 50,000 AMD MI450 chips in OpenAI's data centers.", 'SUPPLIES')).not.toContain('OpenAI>Oracle');
  });
});

describe('a foundry named as a reference point', () => {
  it('is not the one that makes the chips', () => {
    expect(rulePairs('英伟达的部分芯片将在台积电以外的晶圆厂生产。', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('輝達的部分晶片將在台積電以外的晶圓廠生產。', 'SUPPLIES')).toEqual([]);
    expect(rulePairs("Some of Nvidia's chips will be made by TSMC rival Samsung.", 'SUPPLIES')).not.toContain('TSMC>NVIDIA');
  });
});

describe('a cue after a semicolon with no clients named', () => {
  it("keeps the clause's subject as the owner", () => {
    expect(programOwners('Microsoft beat estimates; custom chips are a growing part of its AI strategy.')).toEqual(['Microsoft']);
  });
});
