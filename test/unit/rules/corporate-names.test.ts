import { entities, rel } from './helpers';

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
      合肥清岚集电企业管理合伙企业: 'Organization',
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
