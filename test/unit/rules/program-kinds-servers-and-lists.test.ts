import { programOwners as owners, rulePairs } from './helpers';

// Sentences written for these tests.

describe("a kind of company right before a cue of one's own silicon", () => {
  it('owns the cue, not the subject that builds servers for it', () => {
    expect(owners('仁宝和英业达都在争夺云服务商的定制芯片项目。')).toEqual([]);
    expect(owners('英業達也承接雲端業者自研ASIC晶片的伺服器專案。')).toEqual([]);
    expect(owners("Inventec is bidding for hyperscalers' custom chips, analysts said.")).toEqual([]);
  });
  it('gives its examples before 等 as the owners', () => {
    expect(owners('分析师认为，腾讯、百度等大型云端业者自研芯片的比重将持续提高。')).toEqual(['Baidu', 'Tencent']);
    expect(owners('分析師認為，騰訊、百度等大型雲端業者自研晶片的比重將持續提高。')).toEqual(['Baidu', 'Tencent']);
  });
});

describe('servers built for in-house chips', () => {
  it('make no program of the server maker', () => {
    expect(owners('英业达AI服务器订单从GPU扩展至自研芯片')).toEqual([]);
    expect(owners('Inventec has started building racks for custom chips at its Texas plant.')).toEqual([]);
  });
  it('still leave the owner of the chips its program', () => {
    expect(owners('英业达开始为亚马逊的自研芯片组装服务器。')).toEqual(['Amazon']);
  });
});

describe('a list of possessors before the cue', () => {
  it('gives each of them a program', () => {
    expect(owners('谷歌的TPU以及微软、Meta的自研加速器都在争夺数据中心预算。')).toEqual(['Google', 'Meta', 'Microsoft']);
    expect(owners('谷歌的TPU以及微軟、Meta的自研加速器都在爭奪資料中心預算。')).toEqual(['Google', 'Meta', 'Microsoft']);
  });
});

describe('a word glossed as custom chips', () => {
  it('names no owner', () => {
    const en = 'Inventec says its customers buy both GPUs and ASICs, the industry term for custom chips, for their data centres.';
    expect(owners(en)).toEqual([]);
    expect(owners('英业达表示，客户同时采购GPU与ASIC，即定制芯片。')).toEqual([]);
  });
});

describe('"a processor of its own"', () => {
  it("is a cue of one's own silicon", () => {
    expect(owners('Zeekr is working on a processor of its own for its next cars.')).toEqual(['Zeekr']);
    expect(owners('Zeekr buys Nvidia chips today.')).toEqual([]);
  });
});

describe('a pronoun in a relative clause with no name of its own', () => {
  it("is the relative's antecedent", () => {
    const en =
      'Samsung is working with Rebellions on memory, while Hyundai Motor Group, which invested in 2024, has said the deal supports its efforts to develop its own chips for cars.';
    expect(owners(en)).toEqual(['Hyundai Motor Group']);
  });
});

describe('a partner after 与 with a place and a bracketed gloss', () => {
  it('leaves the program to the subject before 与', () => {
    expect(owners('快手正与美国博通（Broadcom）合作开发自家AI芯片。')).toEqual(['Kuaishou']);
    expect(owners('快手正與美國博通（Broadcom）合作開發自家AI晶片。')).toEqual(['Kuaishou']);
  });
});

describe('a publication reporting with a time word before its verb', () => {
  it('owns no program (彭博社今年早些时候报道称)', () => {
    expect(owners('彭博社今年早些时候报道称，孙正义计划打造自有的AI芯片业务。')).toEqual([]);
    expect(owners('彭博社今年早些時候報導稱，孫正義計劃打造自有的AI晶片業務。')).toEqual([]);
  });
});

describe("a known AI-chip challenger's chip bought by a carmaker", () => {
  it('is no program of the challenger where the story is about the carmaker', () => {
    expect(owners('理想汽车发布新款L6，入门版本已换用地平线征程6M。')).toEqual([]);
    expect(owners('理想汽車發布新款L6，入門版本已換用地平線征程6M。')).toEqual([]);
  });
  it('is a program where the story is about the challenger', () => {
    expect(owners('地平线发布征程6M，面向中高阶智驾市场。')).toEqual(['Horizon Robotics']);
  });
});

describe('chips listed with a possessor each', () => {
  it("gives each chip to its own possessor (Nio's A and Xpeng's B)", () => {
    expect(rulePairs("Nio's Shenji NX9031 and Xpeng's Turing chip are already in cars.", 'DEVELOPS')).toEqual([
      'NIO>Shenji NX9031',
      'XPeng>Turing',
    ]);
    expect(rulePairs('蔚来的神玑NX9031和小鹏的图灵芯片都已上车。', 'DEVELOPS').sort()).toEqual([
      'NIO>Shenji NX9031',
      'XPeng>Turing AI chip',
    ]);
  });
});

describe("a possessor before a chip vendor's -built chip", () => {
  it("owns the program (OpenAI's first Broadcom-built accelerator)", () => {
    expect(owners("Zhipu's first Broadcom-built accelerator is expected in 2026.")).toEqual(['Zhipu AI']);
    expect(owners('A Broadcom-built accelerator is expected in 2026.')).toEqual([]);
  });
});

describe('memory chips', () => {
  it("are no AI silicon of a group's program", () => {
    expect(
      owners('SK hynix will supply HBM3E. SK chairman Chey Tae-won said the group would build an AI factory around the chips.'),
    ).toEqual([]);
  });
});
