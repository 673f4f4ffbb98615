import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('rivalry stated as a race, a match-up or an aim', () => {
  it('reads racing another company and going up against it', () => {
    expect(unorderedPairs('Samsung is racing SK hynix to supply HBM4 to Nvidia.', 'COMPETES_WITH')).toEqual(['SK hynix>Samsung']);
    const chips = "The Exynos 2600 goes up against Qualcomm's Snapdragon 8 Elite Gen 5.";
    expect(unorderedPairs(chips, 'COMPETES_WITH')).toEqual(['Exynos 2600>Snapdragon 8 Elite Gen 5']);
  });
  it('reads a chip aimed at or meant to rival another', () => {
    expect(unorderedPairs("The MI450 is aimed squarely at Nvidia's Vera Rubin.", 'COMPETES_WITH')).toEqual(['MI450>Vera Rubin']);
    expect(unorderedPairs("Huawei built the Ascend 910C to rival Nvidia's H20.", 'COMPETES_WITH')).toContain('Ascend 910C>H20');
  });
  it('reads no rivalry in marketing aimed at people', () => {
    expect(unorderedPairs("Nvidia's new software is aimed at developers in China.", 'COMPETES_WITH')).toEqual([]);
  });
});

describe('chips picked, tapped or built from', () => {
  it('reads a chip a company picked, chose or taps as used, its maker as supplier', () => {
    expect(rulePairs("Mercedes-Benz picked Nvidia's Drive Orin for its next cars.", 'USES')).toEqual(['Mercedes-Benz Group>DRIVE Orin']);
    expect(rulePairs("BMW chose Qualcomm's Snapdragon Ride for the Neue Klasse.", 'SUPPLIES')).toEqual(['Qualcomm>BMW']);
    expect(rulePairs("OpenAI will tap AMD's MI450 for inference.", 'USES')).toEqual(['OpenAI>MI450']);
  });
  it('reads no use where a company, not a chip, is picked', () => {
    expect(rulePairs('Analysts picked Nvidia as their top stock for next year.', 'USES')).toEqual([]);
  });
  it('reads the chips a system is built from, and TPUs rented', () => {
    expect(rulePairs('The Colossus supercomputer is built from 200,000 Nvidia H100 GPUs.', 'USES')).toEqual(['Colossus>H100']);
    expect(rulePairs("Meta plans to rent Google's TPUs next year.", 'USES')).toEqual(['Meta>TPU']);
  });
});
