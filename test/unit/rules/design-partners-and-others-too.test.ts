import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('a chip designed or built with a company', () => {
  it('reads "designs with" and "is building with" a company as a partnership', () => {
    expect(unorderedPairs('The TPU that Google designs with Broadcom is in its seventh generation.', 'PARTNERS_WITH')).toEqual([
      'Broadcom>Google',
    ]);
    expect(unorderedPairs('Analysts expect more from the chips OpenAI is building with Broadcom.', 'PARTNERS_WITH')).toEqual([
      'Broadcom>OpenAI',
    ]);
  });
  it('finds the subject of a clause inside an appositive', () => {
    const en =
      "Microsoft's agreement gives it access to the startup's work, including the chips OpenAI is building with Broadcom, which Microsoft can use.";
    expect(unorderedPairs(en, 'PARTNERS_WITH')).toEqual(['Broadcom>OpenAI']);
  });
  it('reads no partner in goods built with', () => {
    expect(unorderedPairs('xAI is building with Nvidia H100 GPUs.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('what others do as well', () => {
  it('is no object of the verb before (", as do the TPUs")', () => {
    const en = "AMD's accelerators depend on TSMC packaging, as do the Tensor Processing Units that Google designs.";
    expect(rulePairs(en, 'USES')).toEqual([]);
    expect(rulePairs(en, 'SUPPLIES')).toEqual(['TSMC>AMD']);
  });
});
