import { entities, rulePairs as pairs } from './rules/helpers';

describe('Chinese discovery of people: surnames and family names of foreigners', () => {
  it('when a founder’s surname is 阎 (閻), then the name after the title is a person with employers, in both scripts', () => {
    for (const t of [
      'MiniMax成立于2021年，创办人兼执行长阎俊杰曾任商汤科技副总裁。',
      'MiniMax成立於2021年，創辦人兼執行長閻俊傑曾任商湯科技副總裁。',
    ]) {
      const found = pairs(t, 'WORKS_FOR');
      expect(found.length).toBe(2);
      expect(found.map((p) => p.split('>')[1]).sort()).toEqual(['MiniMax', 'SenseTime']);
    }
  });

  it('when a foreigner is named in Chinese with a Latin gloss, then the family name alone refers to them later', () => {
    const zhHant = '這項專案由普拉迪普．辛杜（Pradeep Sindhu）主導。辛杜是瞻博網路（Juniper Networks）的共同創辦人。';
    const zhHans = '这项专案由普拉迪普·辛杜（Pradeep Sindhu）主导。辛杜是瞻博网络（Juniper Networks）的共同创办人。';
    for (const t of [zhHant, zhHans]) {
      expect(pairs(t, 'WORKS_FOR')).toEqual(['Pradeep Sindhu>Juniper Networks']);
      expect(Object.values(entities(t)).filter((type) => type === 'Person')).toHaveLength(1);
    }
  });
});

describe('Chinese discovery of dotted foreign names: where the name ends and starts', () => {
  it('when a known dotted name follows a verb (超越比尔·盖茨), then it is the known person, not a new one with the verb', () => {
    for (const t of ['艾利森的身家一度超越比尔·盖茨。', '艾利森的身家一度超越比爾·蓋茨。']) {
      const people = Object.entries(entities(t))
        .filter(([, type]) => type === 'Person')
        .map(([name]) => name);
      expect(people.sort()).toEqual(['Bill Gates', 'Larry Ellison']);
    }
  });

  it('when a verb follows an unknown dotted name (主导, 加入), then the name ends before it, in both scripts', () => {
    expect(entities('这项专案由普拉迪普·辛杜主导。')).toHaveProperty('普拉迪普·辛杜', 'Person');
    expect(entities('這項專案由普拉迪普·辛杜主導。')).toHaveProperty('普拉迪普·辛杜', 'Person');
    expect(entities('前英特尔高管约翰·多伊加入公司。')).toHaveProperty('约翰·多伊', 'Person');
    expect(entities('加里·迪克森表示看好。')).toHaveProperty('加里·迪克森', 'Person');
  });
});

describe('Chinese discovery of registered company names: where the name starts', () => {
  it('when a verb or a party’s role stands before a registered name, then the name starts after it, in both scripts', () => {
    expect(entities('公司近日接到合作方四川并济科技有限公司的通知。')).toHaveProperty('四川并济科技有限公司', 'Organization');
    expect(entities('公司近日接到合作方四川並濟科技有限公司的通知。')).toHaveProperty('四川並濟科技有限公司', 'Organization');
    const t = '市场监管总局公布关于附加限制性条件批准英伟达收购迈络思科技有限公司股权案的决定。';
    expect(Object.keys(entities(t)).filter((n) => n.endsWith('有限公司'))).toEqual([]);
    expect(entities(t)).toHaveProperty('Mellanox', 'Organization');
  });
});
