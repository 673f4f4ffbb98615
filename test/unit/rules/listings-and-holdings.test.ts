import { rulePairs as pairs } from './helpers';

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
      'Nebius raised $700 million on Monday. Besides its cloud business, Nebius owns data-labelling company Toloka AI, education technology firm TripleTen and autonomous-driving developer Avride, and holds a stake in ClickHouse, the open-source database company.';
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

describe('Consortia, institutes named after their parent, stock received', () => {
  it('when X牵头的联合体成员包括A和B or "a consortium led by X includes A and B", then each member partners X', () => {
    expect(pairs('三星SDS牵头的联合体成员还包括KT和Kakao。', 'PARTNERS_WITH')).toEqual(['KT>Samsung SDS', 'Kakao>Samsung SDS']);
    expect(pairs('三星SDS牽頭的聯合體成員還包括KT和Kakao。', 'PARTNERS_WITH')).toEqual(['KT>Samsung SDS', 'Kakao>Samsung SDS']);
    expect(pairs('The consortium led by Samsung SDS includes Naver Cloud, Kakao and KT.', 'PARTNERS_WITH')).toEqual([
      'Naver Cloud>Samsung SDS',
      'Kakao>Samsung SDS',
      'KT>Samsung SDS',
    ]);
  });

  it('when a Chinese institute is written after its parent’s name (百度深度学习研究院) and the parent is named, then it is the parent’s', () => {
    expect(pairs('余凯曾任百度深度学习研究院常务副院长，2015年离开百度后创办地平线。', 'SUBSIDIARY_OF')).toEqual([
      '百度深度学习研究院>Baidu',
    ]);
    expect(pairs('餘凱曾任百度深度學習研究院常務副院長，2015年離開百度後創辦地平線。', 'SUBSIDIARY_OF')).toEqual([
      '百度深度學習研究院>Baidu',
    ]);
  });

  it('when a company "received $350 million of CoreWeave stock", then it invests in CoreWeave; grants received are no stake', () => {
    expect(
      pairs('OpenAI, which as part of the agreement received $350 million of CoreWeave stock ahead of the IPO.', 'INVESTS_IN'),
    ).toEqual(['OpenAI>CoreWeave']);
    expect(pairs('Intel received $8 billion of grants from the government.', 'INVESTS_IN')).toEqual([]);
  });
});
