import { rel } from './helpers';

// The relation is symmetric: compare sorted pairs.
const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();
const partners = (text: string) => sorted(rel(text, 'PARTNERS_WITH'));

describe('PARTNERS_WITH battery: joint acts of two coordinated parties', () => {
  it('when two parties collaborate, join forces or work together without "with", then they are partners', () => {
    expect(partners('Helio Systems and Korvex Labs are collaborating on a RISC-V chip.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs joined forces to develop an AI PC.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs partnered to build a data center in Texas.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs will work together on AI chips.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs agreed to cooperate on AI servers.')).toEqual(['Helio Systems + Korvex Labs']);
  });

  it('when a third party reports that two others signed a partnership, then only the two are partners', () => {
    expect(partners('Helio Systems said Korvex Labs and Orbis Networks had signed a partnership.')).toEqual([
      'Korvex Labs + Orbis Networks',
    ]);
    expect(partners('雷川科技表示，澜算科技与曜芯半导体签署了合作协议。')).toEqual(['曜芯半导体 + 澜算科技']);
  });
});

describe('PARTNERS_WITH battery: verbs with the partner after', () => {
  it('when one joins forces or works together with another, then they are partners', () => {
    expect(partners('Helio Systems joined forces with Korvex Labs to challenge Nvidia.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems will work together with Korvex Labs on AI chips.')).toEqual(['Helio Systems + Korvex Labs']);
  });

  it('when Chinese news says 强强联合, 结成联盟 or 共建, then the two are partners', () => {
    expect(partners('雷川科技与澜算科技强强联合，推出智算一体机。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技与澜算科技结成战略联盟。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技与澜算科技共建AI芯片联合实验室。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技與瀾算科技結成策略聯盟。')).toEqual(['瀾算科技 + 雷川科技']);
  });
});

describe('PARTNERS_WITH battery: partnerships only possible, failed or denied', () => {
  it('when a partnership is only possible (may, 可能), then there is none', () => {
    expect(partners('Helio Systems may partner with Korvex Labs, people familiar said.')).toEqual([]);
    expect(partners('分析师认为雷川科技与澜算科技未来可能合作。')).toEqual([]);
  });

  it('when talks failed or the partnership is denied after the cue, then there is none', () => {
    expect(partners('Talks between Helio Systems and Korvex Labs on a partnership collapsed.')).toEqual([]);
    expect(partners('雷川科技與瀾算科技的合作傳聞遭否認。')).toEqual([]);
    expect(partners('雷川科技计划与澜算科技合作的消息并不属实。')).toEqual([]);
    expect(partners('雷川科技与澜算科技的合作谈判破裂。')).toEqual([]);
  });

  it('when a company buys from, competes with or declines another, then they are not partners', () => {
    expect(partners('Helio Systems bought 10,000 GPUs from Korvex Labs.')).toEqual([]);
    expect(partners('Helio Systems competes with Korvex Labs in inference chips.')).toEqual([]);
    expect(partners('Helio Systems declined to partner with Korvex Labs.')).toEqual([]);
    expect(partners('Helio Systems and Korvex Labs are rivals in the AI chip market.')).toEqual([]);
    expect(partners('雷川科技从澜算科技采购了一批GPU。')).toEqual([]);
    expect(partners('雷川科技与澜算科技在AI芯片市场展开竞争。')).toEqual([]);
    expect(partners('雷川科技是澜算科技的客户。')).toEqual([]);
    expect(partners('雷川科技拒绝与澜算科技合作。')).toEqual([]);
    expect(partners('雷川科技與瀾算科技是競爭對手。')).toEqual([]);
    expect(partners('Gartner analyst Alan Priestley said Helio Systems could benefit from the Korvex Labs deal.')).toEqual([]);
  });
});

describe('PARTNERS_WITH battery: engaging a partner', () => {
  it('when a company taps another to design or build, or counts it among its partners, then they are partners', () => {
    expect(partners('Helio Systems tapped Korvex Labs to design its next AI processor.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Korvex Labs counts Helio Systems among its partners.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems tapped the bond market to fund its purchase of Korvex Labs chips.')).toEqual([]);
  });

  it('when 联合 takes the partner before a joint act (A联合B发布), then they are partners; 联合创始人 is no partnership', () => {
    expect(partners('雷川科技联合澜算科技发布白皮书。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技联合澜算科技、曜芯半导体共同推出AI一体机。')).toEqual(['曜芯半导体 + 雷川科技', '澜算科技 + 雷川科技']);
    expect(partners('雷川科技聯合瀾算科技推出AI伺服器。')).toEqual(['瀾算科技 + 雷川科技']);
    expect(partners('雷川科技联合创始人张伟曾任职于澜算科技。')).toEqual([]);
  });

  it('when the partner is a unit introduced by its parent (X旗下的Y), then the unit is the partner', () => {
    expect(partners('FuriosaAI已完成與LG集團旗下AI部門LG AI研究院及沙烏地阿美（Saudi Aramco）的合作測試。')).toEqual([
      'Aramco + FuriosaAI',
      'FuriosaAI + LG AI Research',
    ]);
  });

  it('when advisers are listed before their role (A与B担任联席保荐机构), then each serves the company', () => {
    expect(partners('雷川科技拟在科创板上市。中金公司与中信建投证券担任联席保荐机构。')).toEqual([
      'CICC + 雷川科技',
      'CSC Financial + 雷川科技',
    ]);
  });
});

describe('PARTNERS_WITH battery: partnerships between several and partner roles', () => {
  it('when a joint venture or an alliance is between a list, then each pair of the list are partners', () => {
    expect(partners('Regulators approved the joint venture between Helio Systems and Korvex Labs.')).toEqual([
      'Helio Systems + Korvex Labs',
    ]);
    expect(partners('The alliance between Helio Systems, Korvex Labs and Orbis Networks aims to set a standard.')).toEqual([
      'Helio Systems + Korvex Labs',
      'Helio Systems + Orbis Networks',
      'Korvex Labs + Orbis Networks',
    ]);
  });

  it('when one is teaming (up) with another or they unveil a co-designed product, then they are partners', () => {
    expect(partners('Helio Systems is teaming up with Korvex Labs.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems has teamed with Korvex Labs on the design.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs unveiled a co-designed accelerator.')).toEqual(['Helio Systems + Korvex Labs']);
  });

  it('when one is called one of the partners of another, or its partner without 的, then they are partners', () => {
    expect(partners("Helio Systems is one of Korvex Labs' key partners.")).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('雷川科技是瀾算科技長期合作夥伴。')).toEqual(['瀾算科技 + 雷川科技']);
    expect(partners('雷川科技成为首批合作伙伴。')).toEqual([]);
  });
});

describe('a list with a place possessive before its last name', () => {
  it("when the last of a list is written with its country's possessive (… and Taiwan's TSMC), then it is still an item", () => {
    const pairs = rel(
      "Chey described the relationship between SK hynix, Nvidia and Taiwan's TSMC as a three-way partnership.",
      'PARTNERS_WITH',
    )
      .map((p) => [...p].sort())
      .sort();
    expect(pairs).toEqual([
      ['NVIDIA', 'SK hynix'],
      ['NVIDIA', 'TSMC'],
      ['SK hynix', 'TSMC'],
    ]);
    expect(rel("Nvidia buys HBM from SK hynix and Korea's Samsung.", 'SUPPLIES')).toEqual([
      ['SK hynix', 'NVIDIA'],
      ['Samsung', 'NVIDIA'],
    ]);
  });
});

describe('Partners by building systems on a chip, and partner line-ups', () => {
  it('when makers "will build X systems, joining A and B", then each partners the chip’s maker the story is about', () => {
    const text =
      'Intel launched Gaudi 3 at Computex. Six Taiwanese hardware makers - Asus, Foxconn and Wistron - will build Gaudi 3 systems, joining Dell Technologies and Lenovo, which had already signed on.';
    expect(rel(text, 'PARTNERS_WITH').map((p) => p.filter((x) => x !== 'Intel')[0])).toEqual([
      'ASUS',
      'Foxconn',
      'Wistron',
      'Dell',
      'Lenovo',
    ]);
  });

  it('when the chip’s maker is neither named nor the story’s company, then selling servers based on it is no partnership', () => {
    expect(rel('Dell and Supermicro sell H100-based servers.', 'PARTNERS_WITH')).toEqual([]);
  });

  it('when 首批合作伙伴阵容中，A业者包括X、Y, then each partners the company the story is about (zh-Hans, zh-Hant)', () => {
    expect(rel('英伟达宣布推出NVLink Fusion。首批合作伙伴阵容中，芯片设计业者包括联发科与迈威尔。', 'PARTNERS_WITH')).toEqual([
      ['MediaTek', 'NVIDIA'],
      ['Marvell', 'NVIDIA'],
    ]);
    expect(rel('輝達宣布推出NVLink Fusion。首批合作夥伴陣容中，晶片設計業者包括聯發科、邁威爾與Astera Labs。', 'PARTNERS_WITH')).toEqual([
      ['MediaTek', 'NVIDIA'],
      ['Marvell', 'NVIDIA'],
      ['Astera Labs', 'NVIDIA'],
    ]);
  });
});

describe('联合 a list that ends on its kind and count', () => {
  it('when X联合A、B等近10家厂商，共同发起…, then X partners each (zh-Hans, zh-Hant)', () => {
    expect(partners('阶跃星辰宣布联合华为、沐曦、壁仞科技等近10家芯片厂商，共同发起模型芯片生态创新联盟。')).toEqual(
      sorted([
        ['Huawei', 'StepFun'],
        ['MetaX', 'StepFun'],
        ['Biren', 'StepFun'],
      ]),
    );
    // (华为昇腾: a chip written right after its brand is part of that item of the list.)
    expect(partners('阶跃星辰宣布联合华为昇腾、沐曦、壁仞科技等近10家芯片厂商，共同发起生态联盟。')).toEqual(
      sorted([
        ['Huawei', 'StepFun'],
        ['MetaX', 'StepFun'],
        ['Biren', 'StepFun'],
      ]),
    );
    expect(partners('階躍星辰宣布聯合華為、沐曦等近10家晶片廠商，共同發起生態聯盟。')).toEqual(
      sorted([
        ['Huawei', 'StepFun'],
        ['MetaX', 'StepFun'],
      ]),
    );
  });
});
