import { allPairs, rulePairs } from './helpers';

// Sentences written for these tests.

describe('a chip the new one is measured against', () => {
  it('is not the chip later customers adopt', () => {
    const hant =
      '輝達推出Jetson AGX Thor。輝達指出，相較上一代Jetson AGX Orin，新平台的效能提升7.5倍。輝達表示，亞馬遜、卡特彼勒及Meta等已率先採用。';
    expect(allPairs(hant, 'USES')).toEqual(['Amazon>Jetson Thor', 'Caterpillar>Jetson Thor', 'Meta>Jetson Thor']);
    const hans =
      '英伟达推出Jetson AGX Thor。英伟达指出，相较上一代Jetson AGX Orin，新平台的性能提升7.5倍。英伟达表示，亚马逊、卡特彼勒及Meta等已率先采用。';
    expect(allPairs(hans, 'USES')).toEqual(['Amazon>Jetson Thor', 'Caterpillar>Jetson Thor', 'Meta>Jetson Thor']);
  });
});

describe('a company others are an alternative to', () => {
  it('is no party of the trade (提供X之外的选择)', () => {
    expect(rulePairs('客户需求快速增长，甲骨文希望提供英伟达之外的选择。', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('客戶需求快速成長，甲骨文希望提供輝達之外的選擇。', 'SUPPLIES')).toEqual([]);
  });
});

describe('"also a big customer" after a clause that buys from a company', () => {
  it("is that company's customer, not the buyer's", () => {
    const hans = 'Lambda计划明年上市。微软向Lambda租用算力，英伟达也是大客户。';
    expect(rulePairs(hans, 'SUPPLIES')).toEqual(expect.arrayContaining(['Lambda Labs>NVIDIA', 'Lambda Labs>Microsoft']));
    expect(rulePairs(hans, 'SUPPLIES')).not.toContain('Microsoft>NVIDIA');
    const hant = 'Lambda計畫明年上市。微軟向Lambda租用算力，輝達也是大客戶。';
    expect(rulePairs(hant, 'SUPPLIES')).not.toContain('Microsoft>NVIDIA');
  });
});
