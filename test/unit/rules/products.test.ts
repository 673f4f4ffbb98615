import { entities, rel } from './helpers';

const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();

describe('Products and chips named after their owner', () => {
  it('when a known model is written with a version (Qwen3-Max, Gemini 2.5 Pro), then the version is a product of its own, developed by who releases it', () => {
    expect(rel('阿里云同日发布了最新旗舰模型Qwen3-Max。', 'DEVELOPS')).toContainEqual(['Alibaba Cloud', 'Qwen3-Max']);
    expect(rel('阿里雲同日發布了最新旗艦模型Qwen3-Max。', 'DEVELOPS')).toContainEqual(['Alibaba Cloud', 'Qwen3-Max']);
    expect(rel('Google released Gemini 2.5 Pro last year.', 'DEVELOPS')).toEqual([['Google', 'Gemini 2.5 Pro']]);
  });

  it('when a maker whose models carry its name is followed by a model number (小米15S Pro, 小米平板7 Ultra, OPPO Find X9, Cisco 8000), then that is its product; a date, a year or a quantity is not', () => {
    expect(rel('小米发布了小米15S Pro手机和小米平板7 Ultra。', 'DEVELOPS').sort()).toEqual([
      ['Xiaomi', '小米15S Pro'],
      ['Xiaomi', '小米平板7 Ultra'],
    ]);
    expect(entities('vivo X300系列與OPPO Find X9系列將首發這款晶片。')).toMatchObject({
      'vivo X300': 'Product',
      'OPPO Find X9': 'Product',
    });
    expect(rel('Cisco said its Cisco 8000 routers will use the chip.', 'DEVELOPS')).toEqual([['Cisco', 'Cisco 8000']]);
    const plain = entities('小米3月发布财报，蔚来2025年交付10万辆，Cisco 2025 revenue rose.');
    expect(Object.values(plain).filter((t) => t === 'Product')).toEqual([]);
  });

  it('when a Latin name follows a product noun (人工智能平台PAI) under a company (旗下), then it is that company’s product; a version number is not', () => {
    expect(rel('阿里云旗下的人工智能平台PAI将集成英伟达的软件。', 'DEVELOPS')).toEqual([['Alibaba Cloud', 'PAI']]);
    expect(rel('阿里雲旗下的人工智慧平台PAI將整合輝達的軟體。', 'DEVELOPS')).toEqual([['Alibaba Cloud', 'PAI']]);
    expect(entities('科大讯飞正式推出讯飞星火认知大模型V3.0。')['V3.0']).toBeUndefined();
  });

  it("when a name ending in s owns a chip with the apostrophe alone (Rebellions' ATOM chip), then it develops the chip", () => {
    expect(rel("Rebellions' ATOM chip is manufactured by Samsung Electronics.", 'DEVELOPS')).toEqual([['Rebellions', 'ATOM']]);
  });

  it('when rivals are listed after 与 with 和 inside the list, then each rivals the subject, not one another', () => {
    expect(sorted(rel('阿里云正在与微软、亚马逊和谷歌等云服务商争夺海外市场。', 'COMPETES_WITH'))).toEqual([
      'Alibaba Cloud + Amazon',
      'Alibaba Cloud + Google',
      'Alibaba Cloud + Microsoft',
    ]);
    expect(sorted(rel('阿里雲正在與微軟、亞馬遜和谷歌等雲端業者爭奪海外市場。', 'COMPETES_WITH'))).toEqual([
      'Alibaba Cloud + Amazon',
      'Alibaba Cloud + Google',
      'Alibaba Cloud + Microsoft',
    ]);
  });
});

// Sentences written for these tests.
describe('Products: a known line followed by a model stays whole', () => {
  it("when a product line the lexicon knows is followed by a model and tiers, then the model is its own product, made by the line's maker (en, zh-Hans, zh-Hant)", () => {
    expect(entities('Apple showed the iPhone 17 Pro Max on Tuesday.')).toMatchObject({ 'iPhone 17 Pro Max': 'Product' });
    expect(entities('Apple showed the iPhone 17 Pro Max on Tuesday.')).not.toHaveProperty('iPhone');
    expect(rel('Samsung unveiled the Galaxy S26 on Monday.', 'DEVELOPS')).toEqual([['Samsung', 'Galaxy S26']]);
    expect(entities('小米发布了红米Turbo 5 Max。')).toMatchObject({ '红米Turbo 5 Max': 'Product' });
    expect(entities('小米發表了紅米Turbo 5 Max。')).toMatchObject({ '紅米Turbo 5 Max': 'Product' });
  });

  it('when the line stands alone, then it is the line', () => {
    expect(entities('Samsung sold more Galaxy phones this year.')).toMatchObject({ Galaxy: 'Product' });
  });
});
