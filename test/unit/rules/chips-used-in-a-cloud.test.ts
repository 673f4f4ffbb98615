import { rulePairs } from './helpers';

// Sentences written for these tests.

describe("chips used in another company's cloud", () => {
  it("are supplied by the cloud's owner, which the maker supplies", () => {
    const pairs = rulePairs("Poolside agreed to use more than 40,000 Nvidia GB300 chips in CoreWeave's cloud.", 'SUPPLIES');
    expect(pairs.sort()).toEqual(['CoreWeave>Poolside', 'NVIDIA>CoreWeave']);
  });
  it('while chips in its own data centers come from their maker', () => {
    expect(rulePairs('Meta uses Nvidia H100 GPUs in its data centers.', 'SUPPLIES')).toEqual(['NVIDIA>Meta']);
  });
});
