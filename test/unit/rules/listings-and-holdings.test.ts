import { ruleRel } from './helpers';

const pairs = (text: string, type: Parameters<typeof ruleRel>[1]) => ruleRel(text, type).map(([s, o]) => `${s}>${o}`);

describe('INVESTS_IN: long lists of backers closed by 等…投资 and a listing’s cornerstone investors', () => {
  it('when a company 已获得A、B、C与D等机构投资 or 先后获A、B及C等大企业注资, then each one listed invests in it', () => {
    const zhHans = '在上市之前，天数智芯已获得红杉中国、Princeville Capital、星纳赫资本与元禾控股等机构投资。';
    expect(pairs(zhHans, 'INVESTS_IN')).toEqual(
      expect.arrayContaining(['HongShan>Iluvatar CoreX', 'Princeville Capital>Iluvatar CoreX', '星纳赫资本>Iluvatar CoreX']),
    );
    const zhHant = 'PFN多年來先後獲豐田汽車、發那科(FANUC)及日本電信電話(NTT)等日本大企業注資。';
    expect(pairs(zhHant, 'INVESTS_IN')).toEqual(['Toyota>Preferred Networks', 'Fanuc>Preferred Networks', 'NTT>Preferred Networks']);
  });

  it('when a company’s 股东已包括A、B等机构, then each holds it', () => {
    expect(pairs('上市前，英诺赛科的股东已包括招银国际、毅达资本等机构。', 'INVESTS_IN')).toEqual([
      'CMB International>Innoscience',
      'Addor Capital>Innoscience',
    ]);
  });

  it('when a headline says A、B做基石 or a sentence that investors "came in as cornerstone investors", then they invest in the company listed', () => {
    expect(pairs('兆易創新H股首日爆升37% 小米、TCL做基石', 'INVESTS_IN')).toEqual(['Xiaomi>GigaDevice', 'TCL Technology>GigaDevice']);
    expect(pairs('兆易创新今日挂牌，小米、TCL作为基石投资者合共认购1亿美元。', 'INVESTS_IN')).toEqual([
      'Xiaomi>GigaDevice',
      'TCL Technology>GigaDevice',
    ]);
    expect(pairs('GigaDevice listed in Hong Kong on Tuesday; Xiaomi and TCL came in as cornerstone investors.', 'INVESTS_IN')).toEqual([
      'Xiaomi>GigaDevice',
      'TCL Technology>GigaDevice',
    ]);
  });
});

describe('Holdings: what a company owns, a part of one, its units listed', () => {
  it('when a company "also owns part of" another, then it invests in it; "is part of" still makes a unit', () => {
    const t = "SK hynix, the group's memory maker and Nvidia's main supplier of high-bandwidth memory (HBM), also owns part of Sapeon.";
    expect(pairs(t, 'INVESTS_IN')).toEqual(['SK hynix>Sapeon']);
    expect(pairs(t, 'SUBSIDIARY_OF')).toEqual([]);
    expect(pairs(t, 'SUPPLIES')).toEqual(['SK hynix>NVIDIA']);
    expect(pairs('Sapeon is part of SK Telecom.', 'SUBSIDIARY_OF')).toEqual(['Sapeon>SK Telecom']);
  });

  it('when a company owns companies each written after its kind, then each is its unit, up to the verb that follows the list', () => {
    const t =
      'Besides its cloud business, Nebius owns data-labelling company Toloka AI, education technology firm TripleTen and autonomous-driving developer Avride, and holds a stake in ClickHouse, the open-source database company.';
    expect(pairs(t, 'SUBSIDIARY_OF')).toEqual(['Toloka>Nebius', 'TripleTen>Nebius', 'Avride>Nebius']);
    expect(pairs(t, 'INVESTS_IN')).toEqual(['Nebius>ClickHouse']);
  });

  it('when a name is "owned by the investment firm" X, then X is no unit of the name before it', () => {
    const t =
      'Its members include Arm and Imagination Technologies, the British graphics designer owned by the investment firm Canyon Bridge.';
    expect(pairs(t, 'SUBSIDIARY_OF')).not.toContain('Canyon Bridge>Imagination Technologies');
  });

  it('when "X\'s other units include A, which makes …, and B", then A and B are its units', () => {
    expect(pairs("Acme Holdings's other units include Bolt Robotics, which makes robot arms, and Zeta Labs.", 'SUBSIDIARY_OF')).toEqual([
      'Bolt Robotics>Acme Holdings',
      'Zeta Labs>Acme Holdings',
    ]);
  });

  it('when a name is repeated as the subject of a new clause after ", and", then the list before it is not its list', () => {
    const t = 'Nvidia sells chips to Microsoft and Meta, and Microsoft holds a stake in OpenAI.';
    expect(pairs(t, 'INVESTS_IN')).toEqual(['Microsoft>OpenAI']);
  });
});
