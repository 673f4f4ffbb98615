import { rel } from './helpers';

// Sentences written for these tests: 华为 holds 为, which is also a copula ("is").
describe('A copula inside a Chinese name', () => {
  it('when 华为 is the subject of 是…的客户/供应商/股东/合作伙伴/竞争对手, then the relation is read', () => {
    expect(rel('华为是中芯国际的主要客户。', 'SUPPLIES')).toEqual([['SMIC', 'Huawei']]);
    expect(rel('华为是比亚迪的芯片供应商。', 'SUPPLIES')).toEqual([['Huawei', 'BYD']]);
    expect(rel('华为是比亚迪的第二大股东。', 'INVESTS_IN')).toEqual([['Huawei', 'BYD']]);
    expect(rel('华为是比亚迪的合作伙伴。', 'PARTNERS_WITH').map((p) => [...p].sort())).toEqual([['BYD', 'Huawei']]);
    expect(rel('华为是英伟达最主要的竞争对手。', 'COMPETES_WITH')).toEqual([['Huawei', 'NVIDIA']]);
  });
});
