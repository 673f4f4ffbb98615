import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('rivalry stated as a race, a match-up or an aim', () => {
  it('reads racing another company and going up against it', () => {
    expect(unorderedPairs('Samsung is racing SK hynix to supply HBM4 to Nvidia.', 'COMPETES_WITH')).toEqual(['SK hynix>Samsung']);
    expect(unorderedPairs('Samsung is racing through its HBM4 tests before Nvidia decides.', 'COMPETES_WITH')).toEqual([]);
    const chips = "The Exynos 2600 goes up against Qualcomm's Snapdragon 8 Elite Gen 5.";
    expect(unorderedPairs(chips, 'COMPETES_WITH')).toEqual(['Exynos 2600>Snapdragon 8 Elite Gen 5']);
  });
  it('reads a chip aimed at or meant to rival another, not export controls aimed at a chip', () => {
    expect(unorderedPairs('New export controls aimed at the H20 hit Nvidia, whose B30A may follow.', 'COMPETES_WITH')).toEqual([]);
    expect(unorderedPairs("The MI450 is aimed squarely at Nvidia's Vera Rubin.", 'COMPETES_WITH')).toEqual(['MI450>Vera Rubin']);
    expect(unorderedPairs("Huawei built the Ascend 910C to rival Nvidia's H20.", 'COMPETES_WITH')).toContain('Ascend 910C>H20');
  });
  it('reads no rivalry in marketing aimed at people', () => {
    expect(unorderedPairs("Nvidia's new software is aimed at developers in China.", 'COMPETES_WITH')).toEqual([]);
  });
});

describe('chips a system is built from, and chips rented', () => {
  it('reads the chips a system is built from, and TPUs rented', () => {
    expect(rulePairs('The Colossus supercomputer is built from 200,000 Nvidia H100 GPUs.', 'USES')).toEqual(['Colossus>H100']);
    expect(rulePairs("Meta plans to rent Google's TPUs next year.", 'USES')).toEqual(['Meta>TPU']);
  });
});
