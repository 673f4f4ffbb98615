import { rulePairs as pairs } from './helpers';

describe('SUPPLIES and USES: a customer’s share of a year’s revenue, a fleet counted, chips deployed in a data centre', () => {
  it('when a customer "accounted for 62% of X\'s 2024 revenue", then X supplies it', () => {
    expect(pairs("Microsoft (MSFT.O) accounted for 62% of CoreWeave's 2024 revenue of $1.92 billion.", 'SUPPLIES')).toEqual([
      'CoreWeave>Microsoft',
    ]);
    expect(pairs("Microsoft accounted for 19% of Nvidia's fiscal 2024 revenue.", 'SUPPLIES')).toEqual(['NVIDIA>Microsoft']);
  });

  it('when a company "runs more than 250,000 Nvidia GPUs, most of them H100 processors", then it uses the H100', () => {
    const t = 'CoreWeave runs more than 250,000 Nvidia GPUs across 32 data centres, most of them H100 processors.';
    expect(pairs(t, 'USES')).toEqual(['CoreWeave>H100']);
    expect(pairs('CoreWeave runs a cloud for AI labs.', 'USES')).toEqual([]);
  });

  it('when a chip 已部署在X的云数据中心 (zh-Hans, zh-Hant), then X uses it', () => {
    expect(pairs('ATOM目前已部署在KT的云数据中心，为KT的AI服务提供算力。', 'USES')).toEqual(['KT>ATOM']);
    expect(pairs('ATOM目前已部署於KT的資料中心。', 'USES')).toEqual(['KT>ATOM']);
  });
});

describe('References: 后者 / 前者, "the latter"', () => {
  it('when a sentence names A and B and then 为后者供应, then the latter is B', () => {
    const t = 'FuriosaAI与LG AI研究院签约，为后者供应RNGD芯片。';
    expect(pairs(t, 'SUPPLIES')).toEqual(['FuriosaAI>LG AI Research']);
    expect(pairs(t, 'USES')).toEqual(['LG AI Research>RNGD']);
    expect(pairs('FuriosaAI與LG AI研究院簽約，為後者供應RNGD晶片。', 'SUPPLIES')).toEqual(['FuriosaAI>LG AI Research']);
    expect(pairs('FuriosaAI signed with LG AI Research in July and will supply the latter with RNGD chips.', 'SUPPLIES')).toEqual([
      'FuriosaAI>LG AI Research',
    ]);
  });
});

describe('COMPETES_WITH: rivals listed across 以及, facing them with no subject named', () => {
  it('when a clause with no subject will 面对A，以及B等对手竞争, then the story’s company competes with both', () => {
    const t =
      '天數智芯今天掛牌。分析指出，天數智芯與寒武紀等選擇科創板的同業不同；未來在港股將直接面對壁仞科技，以及百度旗下正籌備分拆上市的崑崙芯等對手競爭。';
    expect(pairs(t, 'COMPETES_WITH')).toEqual(expect.arrayContaining(['Biren>Iluvatar CoreX', 'Iluvatar CoreX>Kunlunxin']));
    expect(pairs('天数智芯将直接面对壁仞科技，以及昆仑芯等对手竞争。', 'COMPETES_WITH')).toEqual([
      'Biren>Iluvatar CoreX',
      'Iluvatar CoreX>Kunlunxin',
    ]);
  });
});

describe('What a sentence does not say: chips bought are no takeover, banks underwriting are no partners, a new clause ends the goods', () => {
  it('when neoclouds "buy its chips, a group that also includes CoreWeave", then no one acquires CoreWeave', () => {
    const t = 'For Nvidia, the investment adds to its stakes in the neoclouds that buy its chips, a group that also includes CoreWeave.';
    expect(pairs(t, 'ACQUIRES')).toEqual([]);
  });

  it('when a company is bought "from" its owner, then the owner supplies nothing', () => {
    expect(pairs("Nvidia's $40 billion bid to buy Arm from SoftBank was abandoned in 2022.", 'SUPPLIES')).toEqual([]);
    expect(pairs('Meta buys GPUs from Nvidia.', 'SUPPLIES')).toEqual(['NVIDIA>Meta']);
  });

  it('when banks "underwrote the deal", then they are not partners; two companies that signed a deal are', () => {
    expect(pairs('Barclays and Mizuho underwrote the deal.', 'PARTNERS_WITH')).toEqual([]);
    expect(pairs('Samsung and Nvidia signed a deal to supply HBM.', 'PARTNERS_WITH')).toHaveLength(1);
  });

  it('when a new clause with its own subject follows ("…, Nvidia has built …, and Amazon\'s Graviton …"), then the first subject uses none of its chips', () => {
    const t =
      "Apple uses Arm technology in every iPhone, Nvidia has built its Grace CPU on Arm's Neoverse designs, and Amazon's Graviton processors are also Arm-based.";
    expect(pairs(t, 'USES')).toEqual([]);
    expect(pairs('Meta uses H100 and MI300X chips.', 'USES')).toEqual(['Meta>H100', 'Meta>MI300X']);
  });
});

describe('COMPETES_WITH: a company set against companies with 对标', () => {
  it('when a company or its goods 直接对标A、B和C(的同类机台), then it rivals each of them (zh-Hans, zh-Hant)', () => {
    expect(pairs('新凯来的刻蚀设备直接对标应用材料、泛林集团和东京电子的同类机台。', 'COMPETES_WITH')).toEqual([
      'Applied Materials>SiCarrier',
      'Lam Research>SiCarrier',
      'SiCarrier>Tokyo Electron',
    ]);
    expect(pairs('新凱來的蝕刻設備直接對標應用材料、泛林集團的同類機台。', 'COMPETES_WITH')).toEqual([
      'Applied Materials>SiCarrier',
      'Lam Research>SiCarrier',
    ]);
  });
});
