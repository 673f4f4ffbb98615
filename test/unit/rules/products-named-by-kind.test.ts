import { extractText } from '../../../src/extract';
import { entities, rulePairs as pairs } from './helpers';

describe('DEVELOPS: products named by their kind after an owner', () => {
  it('when an unknown name follows a possessive and comes before a kind of product (model, operating system), then it is the possessor’s product', () => {
    expect(entities("Arista's EOS operating system runs on the switches.")).toMatchObject({ EOS: 'Product' });
    expect(pairs("Arista's EOS operating system runs on the switches.", 'DEVELOPS')).toEqual(['Arista>EOS']);
    expect(pairs("DeepSeek's R1 reasoning model rattled markets.", 'DEVELOPS')).toEqual(['DeepSeek>R1']);
    expect(pairs('Moonshot AI has open-sourced its Kimi K2 model.', 'DEVELOPS')).toEqual(['Moonshot AI>Kimi K2']);
  });

  it('when a possessive stands before a kind with no name, then no product is made up', () => {
    expect(entities("OpenAI's models are popular.")).toEqual({ OpenAI: 'Organization' });
  });

  it('when a Chinese line-up lists products (旗下产品包括 平台X，以及应用Y), then the company develops each, in both scripts', () => {
    const zhHant = 'MiniMax成立於2021年。旗下產品包括影片生成平台海螺AI，以及海外陪伴型應用Talkie。';
    const zhHans = 'MiniMax成立于2021年。旗下产品包括视频生成平台海螺AI，以及海外陪伴型应用Talkie。';
    for (const t of [zhHant, zhHans]) expect(pairs(t, 'DEVELOPS').sort()).toEqual(['MiniMax>Hailuo AI', 'MiniMax>Talkie']);
  });

  it('when a line-up lists a product the lexicon files under another maker, then the company does not develop it', () => {
    expect(pairs('MiniMax成立于2021年。旗下产品包括视频生成平台海螺AI和微软的Windows。', 'DEVELOPS')).not.toContain('MiniMax>Windows');
  });
});

describe('Rack-scale systems are products of their own', () => {
  it('when a GB200 NVL72 or GB300 NVL72 rack is named, then it is its own product, not the superchip it is built of', () => {
    const t = 'Foxconn ships GB200 NVL72 racks built around the GB200 superchip. 輝達GB300 NVL72第三季出貨。';
    expect(entities(t)).toMatchObject({ 'GB200 NVL72': 'Product', GB200: 'Chip', 'GB300 NVL72': 'Product' });
    expect(pairs(t, 'DEVELOPS').sort()).toEqual(['NVIDIA>GB200', 'NVIDIA>GB200 NVL72', 'NVIDIA>GB300 NVL72']);
  });
});

describe('DEVELOPS: an own chip carried by a product named with its maker', () => {
  it('when a model car carries its maker’s own chips (小鹏G7搭载三颗自研图灵芯片), then the maker develops them and has a program, in both scripts', () => {
    for (const t of ['小鹏G7搭载三颗自研图灵芯片。', '小鵬G7搭載三顆自研圖靈晶片。']) {
      expect(pairs(t, 'DEVELOPS')).toContain('XPeng>Turing AI chip');
      expect(extractText(t).chipPrograms.map((p) => p.owner)).toEqual(['XPeng']);
    }
  });

  it('when the product carries another maker’s chip, then its maker develops nothing', () => {
    expect(pairs('小鹏G7搭载英伟达Orin芯片。', 'DEVELOPS')).not.toContain('XPeng>DRIVE Orin');
  });
});
