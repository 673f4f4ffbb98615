import { entities, rulePairs } from './helpers';

// Sentences written for these tests.
describe("a device's model named after the noun of its kind", () => {
  it('is a product (旗舰轿车ET9, 全新ES8) in both scripts', () => {
    expect(entities('蔚来旗舰轿车ET9开始交付。')).toHaveProperty('ET9', 'Product');
    expect(entities('蔚來旗艦轎車ET9開始交付。')).toHaveProperty('ET9', 'Product');
    expect(entities('9月上市的全新ES8颇受欢迎。')).toHaveProperty('ES8', 'Product');
  });
  it('uses the chip it is the first device to carry (成为首款搭载X的车型)', () => {
    expect(rulePairs('蔚来旗舰轿车ET9开始交付，成为首款搭载神玑NX9031的车型。', 'USES')).toEqual(['ET9>Shenji NX9031']);
    expect(rulePairs('蔚來旗艦轎車ET9開始交付，成為首款搭載神璣NX9031的車型。', 'USES')).toEqual(['ET9>Shenji NX9031']);
  });
  it('uses the chip that goes into production in it (已在X及Y上量产)', () => {
    const text = '蔚来旗舰轿车ET9与全新ES8相继上市。神玑NX9031已在ET9及全新ES8上量产。';
    expect(rulePairs(text, 'USES').sort()).toEqual(['ES8>Shenji NX9031', 'ET9>Shenji NX9031']);
  });
  it('reads no device where a chip is deployed on a platform', () => {
    expect(rulePairs('神玑NX9031已在Azure上部署。', 'USES')).toEqual([]);
  });
});

describe('a fleet of chips started up or offered', () => {
  it('reads "switched on a cluster of" and "brought online" as using the chips', () => {
    expect(rulePairs('Baidu said it had switched on a cluster of 30,000 P800 chips.', 'USES')).toEqual(['Baidu>Kunlun P800']);
    const en = 'Microsoft has brought online the first cluster of Nvidia GB300 NVL72 systems.';
    expect(rulePairs(en, 'USES')).toEqual(['Microsoft>GB300 NVL72']);
    expect(rulePairs(en, 'SUPPLIES')).toEqual(['NVIDIA>Microsoft']);
  });
  it('reads a counted fleet a cloud offers, but not a maker offering its own chips', () => {
    expect(rulePairs('Oracle will offer 50,000 AMD Instinct MI450 GPUs next year.', 'USES')).toEqual(['Oracle>MI450']);
    expect(rulePairs('AMD will offer 50,000 MI450 GPUs next year.', 'USES')).toEqual([]);
    expect(rulePairs('Oracle will offer a discount on MI450 GPUs.', 'USES')).toEqual([]);
  });
});
