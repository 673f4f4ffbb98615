import { rulePairs } from './helpers';

// Sentences written for these tests.
describe('systems a company builds on', () => {
  it('reads products built on as used ("operates clusters built on Nvidia\'s GB200 NVL72 systems")', () => {
    const en = "Nebius, run by its founder Arkady Volozh, operates clusters built on Nvidia's GB200 NVL72 and HGX B200 systems.";
    expect(rulePairs(en, 'USES').sort()).toEqual(['Nebius>GB200 NVL72', 'Nebius>HGX B200']);
  });
  it('reads compute "running first on" systems as used', () => {
    const en = "Anthropic will contract for one gigawatt of compute, running first on Nvidia's Grace Blackwell systems.";
    expect(rulePairs(en, 'USES')).toEqual(['Anthropic>GB200']);
    expect(rulePairs(en, 'SUPPLIES')).toEqual(['NVIDIA>Anthropic']);
  });
});

describe('a fleet counted after "with"', () => {
  it("is used by each subject but the chip's maker", () => {
    const en = 'Deutsche Telekom and Nvidia opened an AI cloud in a Munich data center, with about 10,000 Nvidia Blackwell GPUs.';
    expect(rulePairs(en, 'USES')).toEqual(['Deutsche Telekom>Blackwell']);
    expect(rulePairs('Eli Lilly is building a supercomputer with more than 1,000 Blackwell Ultra GPUs.', 'USES')).toEqual([
      'Eli Lilly>Blackwell Ultra',
    ]);
  });
  it('is no use by the maker itself', () => {
    expect(rulePairs('Nvidia shipped servers with 10,000 Blackwell GPUs last quarter.', 'USES')).toEqual([]);
  });
});
