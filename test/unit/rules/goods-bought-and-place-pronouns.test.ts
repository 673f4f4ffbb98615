import { rel, rulePairs as pairs } from './helpers';

describe('ACQUIRES: buying goods is no takeover of a company named later', () => {
  it('when a chip is named between the verb and a company (purchases of the H20, the chip Nvidia designed), then no takeover', () => {
    expect(rel('Huawei cut purchases of the H20, the cut-down chip Nvidia designed for China.', 'ACQUIRES')).toEqual([]);
    expect(rel('華為減少採購H20，這款晶片由輝達設計。', 'ACQUIRES')).toEqual([]);
  });

  it('when services and capacity with a decimal amount are bought before a reporting company, then no takeover', () => {
    const t =
      'Microsoft has the option to buy additional services and capacity that would lift the total to about $19.4 billion, Nebius said.';
    expect(rel(t, 'ACQUIRES')).toEqual([]);
  });

  it('when a company is bought, then the takeover stays', () => {
    expect(pairs('AMD agreed to buy ZT Systems, the server maker, for $4.9 billion.', 'ACQUIRES')).toEqual(['AMD>ZT Systems']);
  });
});

describe('Pronouns: a place acting as subject owns "its"', () => {
  it('when "Beijing presses its tech champions", then "its" is no company named before, which neither buys nor uses the chip', () => {
    const t = 'Huawei makes chips. The episode comes as Beijing presses its tech champions to cut purchases of the H20.';
    expect(rel(t, 'USES')).toEqual([]);
  });

  it('when a company is the clause’s subject, then "its" is still that company’s', () => {
    expect(pairs('Nvidia makes chips. Meta said its data centres use the H100.', 'USES')).toEqual(['Meta>H100']);
  });
});

describe('WORKS_FOR: a Taiwanese dateline names the agency, not an employer', () => {
  it('when a story opens with （中央社記者…台北25日電）, then the executive works for his company only', () => {
    const zhHant = '（中央社記者陳家豪台北25日電）百度今天在武漢舉行開發者大會，百度創辦人、董事長兼執行長李彥宏宣布新產品。';
    const zhHans = '（中央社记者陈家豪台北25日电）百度今天在武汉举行开发者大会，百度创办人、董事长兼执行长李彦宏宣布新产品。';
    for (const t of [zhHant, zhHans]) expect(pairs(t, 'WORKS_FOR')).toEqual(['Robin Li>Baidu']);
  });
});
