import { entities, rel, ruleRel } from './helpers';

// Sentences written for these tests.
describe('INVESTS_IN: shareholder lists and stakes with the company named once', () => {
  it('when a company was capitalised by holders listed after a colon, then each invests in it', () => {
    expect(rel('Rapidus was capitalised by four Japanese groups: Toyota, Sony, NEC and Denso.', 'INVESTS_IN')).toEqual([
      ['Toyota', 'Rapidus'],
      ['Sony', 'Rapidus'],
      ['NEC', 'Rapidus'],
      ['Denso', 'Rapidus'],
    ]);
  });

  it('when described holders "each own" a stake after a stake of the company is named, then each invests in that company', () => {
    expect(
      rel('TSMC holds 70% of ESMC, while the supplier Bosch, chipmaker Infineon and the group NXP each own 10%.', 'INVESTS_IN'),
    ).toEqual([
      ['TSMC', 'ESMC'],
      ['Bosch', 'ESMC'],
      ['Infineon', 'ESMC'],
      ['NXP', 'ESMC'],
    ]);
  });

  it('when a shareholder paragraph gives stakes without the company (A持股N%, B、C各持股, D亦在列), then they hold the story company', () => {
    const text =
      '大基金三期近日正式成立。从股东名单看，大基金三期由多家股东共同出资。国开金融有限责任公司持股10.47%。中国工商银行、中国农业银行各持股6.25%，中国邮政储蓄银行亦在列。';
    expect(
      rel(text, 'INVESTS_IN')
        .map(([s, o]) => `${s} -> ${o}`)
        .sort(),
    ).toEqual([
      'Agricultural Bank of China -> Big Fund III',
      'CDB Capital -> Big Fund III',
      'ICBC -> Big Fund III',
      'Postal Savings Bank of China -> Big Fund III',
    ]);
  });

  it('when a registered name follows its owner (A全资子公司B有限公司), then the owner is no part of the name', () => {
    expect(entities('国家开发银行全资子公司星河芯投资有限责任公司完成出资。')).toMatchObject({ 星河芯投资有限责任公司: 'Organization' });
  });
});

// Sentences written for these tests.
describe('INVESTS_IN: holders named after 的股东, an investee named as such, a backer described', () => {
  it('when holders are named right after X的股东, then each invests in X (zh-Hans, zh-Hant)', () => {
    expect(rel('按照协议，Sapeon的股东SK电讯、SK海力士和SK Square将出售部分持股。', 'INVESTS_IN')).toEqual([
      ['SK Telecom', 'Sapeon'],
      ['SK hynix', 'Sapeon'],
      ['SK Square', 'Sapeon'],
    ]);
    expect(rel('按照協議，Sapeon的股東SK電訊與SK Square將出售部分持股。', 'INVESTS_IN')).toEqual([
      ['SK Telecom', 'Sapeon'],
      ['SK Square', 'Sapeon'],
    ]);
    expect(rel('Sapeon的股东大会将于下月召开。', 'INVESTS_IN')).toEqual([]);
  });

  it('when a company is 另一家公司的重要投资对象, then that one invests in it', () => {
    expect(rel('Rebellions则是韩国电信运营商KT的重要投资对象。', 'INVESTS_IN')).toEqual([['KT', 'Rebellions']]);
  });

  it('when "backed by" is followed by a description of the investor, then the described investor backs the company', () => {
    expect(rel('G42, an AI group backed by the state investor Mubadala, signed the contract.', 'INVESTS_IN')).toEqual([
      ['Mubadala', 'G42'],
    ]);
  });

  it('when a customer described in apposition accounts for a share of "its" revenue, then the seller is the company before, not one in the appositive', () => {
    const text = 'Cerebras filed for an IPO. Its filing showed that G42, a group backed by Mubadala, accounted for 87% of its revenue.';
    expect(rel(text, 'SUPPLIES')).toEqual([['Cerebras', 'G42']]);
  });
});

// Sentences written for these tests.
describe('INVESTS_IN and PARTNERS_WITH: taking part in a round by name, a letter of intent, joint launches', () => {
  it("when an investor 参与了X的新一轮增资, then it invests in X; a phrase with 的 is no investor's name (zh-Hans, zh-Hant)", () => {
    expect(rel('国家大基金三期出资参与了长鑫科技的新一轮增资。', 'INVESTS_IN')).toEqual([['Big Fund III', 'ChangXin Technology Group']]);
    expect(rel('國家大基金三期出資參與了長鑫科技的新一輪增資。', 'INVESTS_IN')).toEqual([['Big Fund III', 'ChangXin Technology Group']]);
    expect(entities('壁仞科技获得了上海国投和平安的投资。')).not.toHaveProperty('平安的投资');
  });

  it('when two companies sign a letter of intent, or 联合发布 something, then they are partners', () => {
    expect(rel('Samsung and OpenAI signed a letter of intent to cooperate on memory.', 'PARTNERS_WITH')).toEqual([['OpenAI', 'Samsung']]);
    expect(rel('百度智能云与昆仑芯联合发布了新一代算力集群。', 'PARTNERS_WITH')).toEqual([['Baidu AI Cloud', 'Kunlunxin']]);
  });
});

describe('INVESTS_IN: a listing placement, a list with Latin names, backers joining with no name before', () => {
  it('when holders 参与了战略配售 or take part 作为基石投资者 in a listing, then each invests in the company listed (zh-Hans, zh-Hant)', () => {
    expect(rel('雷川科技在科创板上市，首日大涨。启明创投、君联资本等机构参与了战略配售。', 'INVESTS_IN')).toEqual([
      ['Qiming Venture Partners', '雷川科技'],
      ['Legend Capital', '雷川科技'],
    ]);
    expect(rel('雷川科技在港交所掛牌，首日大漲。啟明創投、君聯資本等9家企業及機構作為基石投資者，合計認購5億港元。', 'INVESTS_IN')).toEqual(
      [
        ['Qiming Venture Partners', '雷川科技'],
        ['Legend Capital', '雷川科技'],
      ],
    );
  });

  it('when a Chinese list of cornerstone investors names one in Latin words (UBS AM Singapore), then the list goes on past it', () => {
    const text = '雷川科技在港交所上市。公司引入了6家基石投资者，名单包括启明创投、UBS AM Singapore、君联资本及高瓴资本等。';
    expect(rel(text, 'INVESTS_IN').map(([s]) => s)).toEqual(['Qiming Venture Partners', 'UBS', 'Legend Capital', 'Hillhouse']);
  });

  it('when backers "wrote checks, among them" A and B, or "had taken part in an earlier raise", then each invests in the company that raised', () => {
    const raise = 'Lumora Systems has raised $120 million in a Series A round.';
    expect(rel(`${raise} Several well-known individuals also wrote checks, among them Peter Thiel and Kyle Vogt.`, 'INVESTS_IN')).toEqual([
      ['Peter Thiel', 'Lumora Systems'],
      ['Kyle Vogt', 'Lumora Systems'],
    ]);
    expect(rel(`${raise} Sequoia Capital had taken part in an earlier $20 million raise.`, 'INVESTS_IN')).toEqual([
      ['Sequoia Capital', 'Lumora Systems'],
    ]);
  });

  it('when 基石投资者 are listed with no company before them, then they invest in the company listing, not its sponsor named last', () => {
    const zh =
      '壁仞科技2月10日在港交所挂牌。中金公司、国泰君安国际及交银国际为联席保荐人。基石投资者阵容方面，今次共引入16名基石，包括德赛西威、豪威集团及雅戈尔等。';
    const r = rel(zh, 'INVESTS_IN');
    expect(r).toEqual(expect.arrayContaining([['Desay SV', 'Biren']]));
    expect(r.filter(([, o]) => o === 'CICC')).toEqual([]);
    const zht =
      '壁仞科技2月10日在港交所掛牌。中金公司、國泰君安國際及交銀國際為聯席保薦人。基石投資者陣容方面，今次共引入16名基石，包括德賽西威、豪威集團及雅戈爾等。';
    expect(rel(zht, 'INVESTS_IN').filter(([, o]) => o === 'CICC')).toEqual([]);
  });
});

describe('INVESTS_IN: founders of a venture and its holders in shares', () => {
  const pairs = (t: string) => ruleRel(t, 'INVESTS_IN').map(([s, o]) => `${s}>${o}`);
  it('when a long list of founders 由…等8家企业共同出资设立 a company, or the company is named after 出资成立的, then each invests in it (zh-Hans, zh-Hant)', () => {
    const zh =
      '澄芯科技由丰田汽车、电装（Denso）、索尼集团、日本电信电话（NTT）、日本电气（NEC）、软银、铠侠（Kioxia）以及三菱日联银行等8家日本企业于2022年8月共同出资设立。';
    expect(pairs(zh)).toEqual(
      expect.arrayContaining(['Toyota>澄芯科技', 'Denso>澄芯科技', 'NTT>澄芯科技', 'Kioxia>澄芯科技', 'MUFG>澄芯科技']),
    );
    // (The government backs the company set up, not those who set it up.)
    const zht = '日本政府也出資支持由豐田、索尼、NTT等八家企業出資成立的澄芯科技。';
    expect(pairs(zht)).toEqual(expect.arrayContaining(['日本政府>澄芯科技', 'Toyota>澄芯科技', 'Sony>澄芯科技', 'NTT>澄芯科技']));
    expect(pairs(zht)).not.toContain('日本政府>Toyota');
  });
  it('when partners 合资的 a venture (A与B、C合资的X), then each invests in it', () => {
    const t = '台积电与索尼半导体解决方案、电装、丰田汽车合资的澄芯半导体制造公司已在熊本投产。';
    expect(pairs(t)).toEqual(
      expect.arrayContaining(['TSMC>澄芯半导体', 'Sony Semiconductor Solutions>澄芯半导体', 'Denso>澄芯半导体', 'Toyota>澄芯半导体']),
    );
  });
  it('when a venture "is 70% owned by" one, "with" others "each holding 10%", then the others invest in the venture', () => {
    const t = 'The venture, Velkor Chips Inc (VKC), is 70% owned by TSMC, with Bosch, Infineon and NXP each holding 10%.';
    expect(pairs(t)).toEqual(expect.arrayContaining(['Bosch>Velkor Chips Inc', 'Infineon>Velkor Chips Inc', 'NXP>Velkor Chips Inc']));
  });
  it("when a sentence sets out a company's shareholding (X的股权结构：A持股86.5%，B持股6%), then the holders invest in X, not in the story's company", () => {
    const t = '台积电今天在熊本举行典礼。随着二厂计划拍板，澄芯半导体的股权结构同步调整：台积电持股约86.5%，电装持股约5.5%。';
    expect(pairs(t)).toEqual(expect.arrayContaining(['TSMC>澄芯半导体', 'Denso>澄芯半导体']));
    expect(pairs(t)).not.toContain('Denso>TSMC');
  });
  it('when holders 入股A在某地成立的X, then they invest in X, not in A', () => {
    const t = '去年博世也入股台積電在德國德勒斯登成立的澄芯半導體，持股10%。';
    expect(pairs(t)).toContain('Bosch>澄芯半導體');
    expect(pairs(t)).not.toContain('Bosch>TSMC');
  });
});
