import { rel } from './helpers';

const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();

describe('Deal wording', () => {
  it('when a letter of intent or memorandum is signed (签署意向书/備忘錄), then the parties partner', () => {
    expect(sorted(rel('三星电子与OpenAI签署意向书，将为其供应内存芯片。', 'PARTNERS_WITH'))).toEqual(['OpenAI + Samsung']);
    expect(sorted(rel('SK海力士與OpenAI簽署合作備忘錄。', 'PARTNERS_WITH'))).toEqual(['OpenAI + SK hynix']);
  });

  it('when a parent company is named (母公司, parent, parent company), then the unit is its subsidiary', () => {
    expect(rel('谷歌母公司Alphabet公布财报。', 'SUBSIDIARY_OF')).toEqual([['Google', 'Alphabet']]);
    expect(rel('谷歌母公司Alphabet公布財報。', 'SUBSIDIARY_OF')).toEqual([['Google', 'Alphabet']]);
    expect(rel("Google's parent company, Alphabet, reported earnings.", 'SUBSIDIARY_OF')).toEqual([['Google', 'Alphabet']]);
  });

  it('when a company is raising money "with X contributing", then X invests in it', () => {
    expect(rel('xAI is raising $20 billion, with Nvidia contributing as much as $2 billion.', 'INVESTS_IN')).toEqual([['NVIDIA', 'xAI']]);
  });

  it('when "the two companies will jointly develop" (双方将共同开发), then the two named partner; not when they work separately', () => {
    expect(
      sorted(rel('Nvidia will invest $5 billion in Intel, and the two companies will jointly develop products.', 'PARTNERS_WITH')),
    ).toEqual(['Intel + NVIDIA']);
    expect(sorted(rel('英伟达将向英特尔投资50亿美元，双方将共同开发数据中心产品。', 'PARTNERS_WITH'))).toEqual(['Intel + NVIDIA']);
    expect(sorted(rel('輝達將向英特爾投資50億美元，雙方將共同開發資料中心產品。', 'PARTNERS_WITH'))).toEqual(['Intel + NVIDIA']);
    expect(rel('Nvidia and AMD said the two companies will develop their chips separately.', 'PARTNERS_WITH')).toEqual([]);
  });
});
