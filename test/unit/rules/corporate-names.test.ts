import { entities, rel, ruleRel } from './helpers';

describe('Chinese company names ending in a corporate word', () => {
  it('when such names are listed with other companies, then each is an organization and takes part in the relation', () => {
    expect(rel('地平线的客户包括长城汽车、奇瑞集团、长安汽车等车企。', 'SUPPLIES')).toEqual([
      ['Horizon Robotics', '长城汽车'],
      ['Horizon Robotics', '奇瑞集团'],
      ['Horizon Robotics', '长安汽车'],
    ]);
    expect(rel('地平線的投資方包括騰訊、廣汽資本以及東風集團旗下東風資本等。', 'INVESTS_IN').map(([s]) => s)).toEqual([
      'Tencent',
      '廣汽資本',
      '東風資本',
    ]);
  });

  it("when a known company's venture arm is listed, then it is an organization of its own; the company's own corporate word is the company", () => {
    const found = entities('寒武纪的股东包括阿里巴巴、蔚来资本和联想创投等机构，蔚来汽车也在其中。');
    expect(found['蔚来资本']).toBe('Organization');
    expect(found['NIO']).toBe('Organization');
    expect(found['蔚来汽车']).toBeUndefined();
  });

  it('when a name ending in 股份 or 集团 opens a clause with a company verb, then it is an organization', () => {
    expect(entities('芯片设计企业瑞芯股份近日披露半年报。')['瑞芯股份']).toBe('Organization');
    expect(entities('未来三年集团将投入更多资金。')).toEqual({});
  });

  it('when a pronoun is set against its clause names, then it stands for the earlier company the story is about', () => {
    expect(
      rel('壁仞科技发布新品。壁仞科技表示需求强劲。高瓴资本、启明创投均持有壁仞科技股份，腾讯也成为其股东。', 'INVESTS_IN'),
    ).toContainEqual(['Tencent', 'Biren']);
  });
});

describe('Names after a verb of buying into', () => {
  it('when an unknown name follows 入股/收购 and ends at punctuation or 持股, then it is an organization the buyer invests in or acquires', () => {
    expect(rel('鸿海宣布入股芯驰，持股约一成。', 'INVESTS_IN')).toEqual([['Foxconn', '芯驰']]);
    expect(rel('鴻海宣布入股芯馳，持股約一成。', 'INVESTS_IN')).toEqual([['Foxconn', '芯馳']]);
    expect(entities('公司将收购资产。')).toEqual({});
  });
});

describe('Fields are no company names', () => {
  it('when a technology word stands before 科技 in a list (大数据科技), then it is no organization', () => {
    expect(entities('公司业务涵盖人工智能、大数据科技和云计算科技等领域。')).toEqual({});
    expect(entities('公司業務涵蓋人工智慧、大數據科技和雲端運算科技等領域。')).toEqual({});
  });
});

describe('short Chinese names the text says are companies', () => {
  it('when a name is "一家…公司", was founded in a year, or follows 新创, then it is an organization (zh-Hans, zh-Hant)', () => {
    expect(entities('雷川是一家AI芯片公司。')).toMatchObject({ 雷川: 'Organization' });
    expect(entities('雷川成立於2015年，總部位於新竹。')).toMatchObject({ 雷川: 'Organization' });
    expect(entities('邊緣AI晶片新創雷川今天宣布完成融資。')).toMatchObject({ 雷川: 'Organization' });
    // A pronoun or a time word before 是一家 is no name.
    expect(Object.keys(entities('该公司是一家芯片公司。目前是一家小公司。'))).toEqual([]);
  });
});

describe('Unknown names in a list of companies', () => {
  it('when a list of three or more (、…和, no 等) is mostly companies, then its other name items are organizations (zh-Hans, zh-Hant)', () => {
    expect(entities('投资方包括蓝湖集团旗下的青禾基金、第七象限、杭州数联集团、正泓机器人和协远科技。')).toMatchObject({
      第七象限: 'Organization',
      正泓机器人: 'Organization',
    });
    expect(entities('投資方包括藍湖集團旗下的青禾基金、第七象限、杭州數聯集團、正泓機器人和協遠科技。')).toMatchObject({
      第七象限: 'Organization',
      正泓機器人: 'Organization',
    });
  });

  it('when an item opens a phrase, holds a function word or reads as a person, then it is no organization', () => {
    const found = entities('股东包括蓝湖集团、协远科技、一批国产厂商和李嘉诚。');
    expect(found['一批国产厂商']).toBeUndefined();
    expect(found['李嘉诚']).not.toBe('Organization');
  });
});

describe('Registered partnership names', () => {
  it('when a name ends in 合伙企业(（有限合伙）), then the whole name back to a function word is an organization', () => {
    expect(entities('其中合肥清岚集电企业管理合伙企业（有限合伙）持股21%。')).toMatchObject({
      '合肥清岚集电企业管理合伙企业（有限合伙）': 'Organization',
    });
    expect(entities('股份將轉讓給蘇州藍湖投資合伙企業。')).toMatchObject({ 蘇州藍湖投資合伙企業: 'Organization' });
  });
});

describe('Code names in quotes', () => {
  it('when a quoted name stands next to what it names (GPU架构“X”, “Y”智能SoC芯片, “Z”集群), then it is a chip or a product (zh-Hans, zh-Hant)', () => {
    expect(entities('澜算科技发布了新一代GPU架构“青川”，笔记本内置自研的“石门”智能SoC芯片，并推出“云梯”万卡智算集群。')).toMatchObject({
      青川: 'Chip',
      石门: 'Chip',
      云梯: 'Product',
    });
    expect(entities('瀾算科技發布了新一代GPU架構「青川」。')).toMatchObject({ 青川: 'Chip' });
  });

  it('when a quoted phrase names nothing (a slogan, a nickname), then it is no entity', () => {
    expect(Object.keys(entities('澜算科技主打“用得起、用得好”，被称为“资本宠儿”。'))).toEqual(['澜算科技']);
  });
});

describe('Registered company names', () => {
  it('when a name ends in its legal form, then the whole registered name is one organization, without the words that lead it', () => {
    const found = entities(
      '澜川微电子拟向杭州远澜股权投资有限公司、苏州青禾创业投资中心（有限合伙）及江城发展集团股份有限公司三名股东发行股份。',
    );
    expect(found['杭州远澜股权投资有限公司']).toBe('Organization');
    expect(found['苏州青禾创业投资中心（有限合伙）']).toBe('Organization');
    expect(found['江城发展集团股份有限公司']).toBe('Organization');
    expect(Object.keys(found).some((n) => n.startsWith('拟向') || n.startsWith('及'))).toBe(false);
    const hant = entities('瀾川微電子擬向杭州遠瀾股權投資有限公司發行股份。');
    expect(hant['杭州遠瀾股權投資有限公司']).toBe('Organization');
  });

  it('when a known company is given its registered name, then no leftover of that name (集团股份有限公司) is a company of its own', () => {
    const found = Object.keys(entities('国内硅片龙头上海硅产业集团股份有限公司（以下简称“沪硅产业”）日前发布重组草案。'));
    expect(found.filter((n) => /^集团|股份有限公司$/.test(n))).toEqual([]);
    expect(
      Object.keys(entities('國內矽片龍頭上海硅產業集團股份有限公司（以下簡稱「滬硅產業」）日前發布重組草案。')).filter((n) =>
        /^集團/.test(n),
      ),
    ).toEqual([]);
  });

  it('when a corporate-word name opens a clause before 旗下, then it is a company, unless it holds a known one with the word leading it', () => {
    expect(entities('江城集团旗下拥有澜川微电子、青禾科技等多家子公司。')).toMatchObject({ 江城集团: 'Organization' });
    expect(Object.keys(entities('该工厂由夏普出售，是软银集团旗下的数据中心项目。')).filter((n) => /^是/.test(n))).toEqual([]);
  });

  it('when a place of registration stands in brackets inside the name, then it is part of the name and no gloss of a place', () => {
    const found = entities('江城基金通过全资子公司青禾（香港）投资有限公司持有澜川微电子股份。');
    expect(found['青禾（香港）投资有限公司']).toBe('Organization');
    expect(found['Hong Kong']).toBeUndefined();
  });

  it("when the registered name adds only business words to a known company's name, then it is that company", () => {
    const found = entities('腾讯科技（深圳）有限公司今日公告，将增持澜川微电子。');
    expect(found['Tencent']).toBe('Organization');
    expect(Object.keys(found).filter((n) => n.includes('有限公司'))).toEqual([]);
  });

  it('when the text gives the short name it will use (下称), then both name one organization', () => {
    const r = rel('澜川微电子将收购澜川北方集成电路制造（北京）有限公司（下称“澜川北方”）49%股权。澜川北方去年营收增长。', 'ACQUIRES');
    expect(r).toHaveLength(1);
    const found = entities('江城产业投资基金股份有限公司（以下简称“江城一期”）持有澜川微电子股份，江城一期为第二大股东。');
    expect(Object.keys(found).filter((n) => n.includes('江城'))).toEqual(['江城产业投资基金股份有限公司']);
  });
});

describe('Fund phases', () => {
  it("when a known fund's name is followed by 二期 or 三期, then that phase is a fund of its own, however the fund is written", () => {
    const found = entities('澜川微电子获得国家集成电路产业投资基金、上海集成电路产业投资基金二期和上海集成电路基金二期的投资。');
    expect(found['Big Fund']).toBe('Organization');
    expect(found['上海集成电路产业投资基金二期']).toBe('Organization');
    expect(Object.keys(found).filter((n) => n.startsWith('上海'))).toEqual(['上海集成电路产业投资基金二期']);
    expect(entities('大基金二期与大基金三期同时入股澜川微电子。')).toMatchObject({
      'Big Fund II': 'Organization',
      'Big Fund III': 'Organization',
    });
  });
});

describe('short names of known companies named in full first', () => {
  it('when an article names a known company in full (耐能智慧) and later by its stem (耐能), then the stem is that company (here facing rivals named in a later clause than the first words of rivalry)', () => {
    for (const text of [
      '边缘AI芯片新创耐能智慧（Kneron）今宣布上市。市场近年竞争激烈，耐能面临英伟达、高通以及联发科等大厂的竞争。',
      '邊緣AI晶片新創耐能智慧（Kneron）今宣布上市。市場近年競爭激烈，耐能面臨輝達、高通以及聯發科等大廠的競爭。',
    ])
      expect(rel(text, 'COMPETES_WITH').filter((p) => p.includes('Kneron'))).toHaveLength(3);
  });

  it('when the stem appears without the full name first, then it is no name', () => {
    expect(entities('耐能面临英伟达、高通以及联发科等大厂的竞争。')).not.toHaveProperty('Kneron');
    expect(entities('耐能面临英伟达的竞争。耐能智慧（Kneron）今宣布上市。')).toMatchObject({ Kneron: 'Organization' });
  });
});

// Sentences written for these tests.
describe('A number after a connector', () => {
  it('when "for" and a number follow a company, then they are no part of its name', () => {
    expect(entities('Nvidia placed an order with TSMC for 300,000 chips.')).toMatchObject({ TSMC: 'Organization' });
    expect(Object.keys(entities('Nvidia placed an order with TSMC for 300,000 chips.'))).not.toContain('TSMC for 300');
  });
});

describe('Straight quotes', () => {
  it('when two quotations in straight quotes stand side by side, then the words between them are no quoted chip', () => {
    expect(Object.keys(entities('新势力车企正从"买芯片"转向"造芯片"。'))).toEqual([]);
    expect(entities('摩尔线程发布了两款芯片"华山"与"庐山"。')).toMatchObject({ 华山: 'Chip', 庐山: 'Chip' });
  });
});

describe('Advisers listed before their role', () => {
  it('when two brokers are joined by 与 before 担任, then each is an organization of its own', () => {
    expect(entities('中信证券与星河证券担任本次发行的承销商。')).toMatchObject({
      'CITIC Securities': 'Organization',
      星河证券: 'Organization',
    });
    expect(Object.keys(entities('中信证券与星河证券担任本次发行的承销商。'))).not.toContain('中信证券与星河证券');
  });
});

describe('where a Chinese company name starts', () => {
  it('when 获/獲 comes before the investor (X获A入股), then it is no part of the name', () => {
    expect(rel('雷川科技获澜算科技、腾讯入股。', 'INVESTS_IN')).toEqual([
      ['澜算科技', '雷川科技'],
      ['Tencent', '雷川科技'],
    ]);
    expect(rel('雷川科技獲澜算科技入股。', 'INVESTS_IN')).toEqual([['澜算科技', '雷川科技']]);
  });

  it('when a registered name follows where and how it was founded (在上海共同成立…有限公司), then the name starts after the verb', () => {
    expect(entities('三家投资主体在上海共同成立造父智能科技有限公司。')).toEqual({
      Shanghai: 'Place',
      造父智能科技有限公司: 'Organization',
    });
    expect(entities('澜算科技出资设立芯研科技有限公司。')).toEqual({ 澜算科技: 'Organization', 芯研科技有限公司: 'Organization' });
  });

  it('when an enumeration of companies runs into a long clause, then the cut-off end of it is no company', () => {
    const text = '今年6月，哈啰、蚂蚁集团与宁德时代通过旗下投资主体在上海共同成立造父智能科技有限公司。';
    expect(Object.keys(entities(text)).filter((n) => n.startsWith('投资主'))).toEqual([]);
    expect(ruleRel(text, 'INVESTS_IN').map(([s]) => s)).toEqual(['Hello Inc', 'Ant Group', 'CATL']);
  });

  it('when 同 or a verb of partnering stands before a company with a corporate word, then it is no part of the name', () => {
    expect(rel('雷川科技将同澜算科技展开合作。', 'PARTNERS_WITH').map((p) => [...p].sort())).toEqual([['澜算科技', '雷川科技']]);
    expect(entities('雷川科技找上瀾算科技合作開發。')).toEqual({ 雷川科技: 'Organization', 瀾算科技: 'Organization' });
  });

  it('when 控股 follows a company as the verb of holding (Y控股的X, X系Y控股子公司), then Y is the parent and 控股 no part of its name', () => {
    expect(rel('雷川科技控股的澜算科技发布了新芯片。', 'SUBSIDIARY_OF')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel('澜算科技系雷川科技控股子公司。', 'SUBSIDIARY_OF')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel('瀾算科技是雷川科技全資子公司。', 'SUBSIDIARY_OF')).toEqual([['瀾算科技', '雷川科技']]);
  });
});

// Sentences written for these tests.
describe('Chinese names cut from the words around them', () => {
  it('when a chip model follows 其中 or 第三代, or a fund opens with 和 after 由, then the name keeps none of those words and all of its own', () => {
    expect(entities('公司目前有三条产品线。其中曦云C600已于2025年量产。')).toMatchObject({ 'Xiyun C600': 'Chip' });
    expect(entities('公司目前有三条产品线。其中曦云C600已于2025年量产。')).not.toHaveProperty('中曦云C600');
    expect(entities('该公司推出第三代天垓Gen3芯片。')).toMatchObject({ 天垓Gen3: 'Chip' });
    expect(entities('资本方面，沐曦的天使轮由和利资本领投。')).toMatchObject({ 和利资本: 'Organization' });
    expect(entities('资本方面，沐曦的天使轮由和利资本领投。')).not.toHaveProperty('利资本');
  });

  it('when a phrase only names a kind of company, a market, a comparison or a nickname, then it is no entity', () => {
    const e = {
      ...entities('美国的出口管制正迫使中国科技公司加速推进自研。'),
      ...entities('据香港媒體報導，天数智芯上市。'),
      ...entities('沐曦的产品在国内市场与英伟达正面竞争。'),
      ...entities('与寒武纪、沐曦等选择A股科创板的同行不同，天数智芯转道港股。'),
      ...entities('沐曦与摩尔线程被并称为“国产GPU双子星”。'),
    };
    for (const name of ['中国科技公司', '香港媒體', '在国内市场', '同行不同', '国产GPU双子星']) expect(e).not.toHaveProperty(name);
    const f = {
      ...entities('美國三大半導體公司的股價同步下跌，美中科技角力加劇。'),
      ...entities('报告指出，更多科技公司正在加大投入。'),
    };
    for (const name of ['美國三大半導體', '美國三大半導體公司', '美中科技', '更多科技公司']) expect(f).not.toHaveProperty(name);
  });
});

describe('Registered names at the end of a list', () => {
  it('when a registered name follows another company and 以及 or 和, then the list joint is where it starts', () => {
    const found = entities('交易对方分别为北京亦庄国际投资发展有限公司、华星科技发展集团以及北京卓越投资管理有限公司。');
    expect(found).toHaveProperty('华星科技发展集团', 'Organization');
    expect(found).toHaveProperty('北京卓越投资管理有限公司', 'Organization');
    expect(Object.keys(found).some((n) => n.includes('以及'))).toBe(false);
    expect(entities('华星科技发展集团和北京卓越投资管理有限公司共同出资。')).toHaveProperty('北京卓越投资管理有限公司', 'Organization');
  });
});

describe('A maker before its chip in a list of companies', () => {
  it('when a known company and its known chip stand together in a list (华为昇腾、寒武纪等厂商), then they are the two, not a new company', () => {
    expect(entities('國產晶片的占比正逐年提升，華為昇騰、寒武紀等廠商都是主要受益者。')).toEqual({
      Huawei: 'Organization',
      Ascend: 'Chip',
      Cambricon: 'Organization',
    });
  });
});
