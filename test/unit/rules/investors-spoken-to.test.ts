import { rel, rulePairs as pairs } from './helpers';

describe('INVESTS_IN: investors a company speaks to hold nothing', () => {
  it('when an executive "told investors in December", then neither the executive nor the company invests, and the post stays', () => {
    const t = 'Broadcom Chief Executive Hock Tan told investors in December that three customers were building chips with the company.';
    expect(rel(t, 'INVESTS_IN')).toEqual([]);
    expect(pairs(t, 'WORKS_FOR')).toEqual(['Hock Tan>Broadcom']);
  });

  it('when a founder "told investors" of a plan that names a known backer, then the lexicon adds no investment or partnership for that sentence', () => {
    const t = "Musk told investors in May that xAI intends to string together 100,000 of Nvidia's H100 processors.";
    expect(rel(t, 'INVESTS_IN')).toEqual([]);
    expect(rel(t, 'PARTNERS_WITH')).toEqual([]);
  });

  it('when a company is "one of the investors in" another, or investors in a round are named, then they still invest', () => {
    expect(pairs('SoftBank is one of the investors in OpenAI.', 'INVESTS_IN')).toEqual(['SoftBank>OpenAI']);
    expect(pairs('Nvidia is among the investors in xAI, which raised $6 billion in December.', 'INVESTS_IN')).toEqual(['NVIDIA>xAI']);
  });
});

describe('INVESTS_IN the lexicon knows: not between partners listed side by side', () => {
  it('when a known investor and its investee are listed together as a project’s founders that will invest, then the lexicon adds no investment between them', () => {
    const zhHans = '“星际之门”是软银、OpenAI、甲骨文与阿联酋投资机构MGX共同宣布的项目，计划在四年内投资最高5000亿美元。';
    const zhHant = '「星際之門」由軟銀、OpenAI及甲骨文等牽頭，計劃於四年內在美國投資最多5000億美元。';
    const en = 'SoftBank, OpenAI and Oracle said the venture would invest up to $500 billion in data centres.';
    for (const t of [zhHans, zhHant, en]) expect(rel(t, 'INVESTS_IN').filter(([, o]) => o === 'OpenAI')).toEqual([]);
  });

  it('when a sentence says the investor backs the company, then the investment stays', () => {
    expect(rel('SoftBank, which led the latest round of OpenAI, is its biggest investor.', 'INVESTS_IN')).toEqual([['SoftBank', 'OpenAI']]);
    expect(rel('软银投资了OpenAI。', 'INVESTS_IN')).toEqual([['SoftBank', 'OpenAI']]);
  });
});
