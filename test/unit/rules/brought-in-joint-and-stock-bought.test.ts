import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('a company brought in, picked or chosen to design or work on something', () => {
  it('partners the one who chose it', () => {
    expect(unorderedPairs("Reports said Vexa Labs had brought in Taiwan's MediaTek to work on its next chip.", 'PARTNERS_WITH')).toEqual([
      'MediaTek>Vexa Labs',
    ]);
    expect(unorderedPairs('In August, RIKEN picked Fujitsu to design the overall system.', 'PARTNERS_WITH')).toEqual(['Fujitsu>RIKEN']);
  });
  it('is no partner when picked for something else', () => {
    expect(unorderedPairs('Analysts picked Fujitsu to outperform RIKEN this year.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('two companies building something joint', () => {
  it('are partners ("A and B will also build a joint data factory")', () => {
    expect(unorderedPairs('Uber and Vexa Labs will also build a joint data factory next year.', 'PARTNERS_WITH')).toEqual([
      'Uber>Vexa Labs',
    ]);
  });
});

describe('联同 (together with) in both scripts', () => {
  it('partners the subject and the one after it', () => {
    expect(unorderedPairs('智谱联同华为开源新一代图像模型。', 'PARTNERS_WITH')).toEqual(['Huawei>Zhipu AI']);
    expect(unorderedPairs('智譜聯同華為開源新一代圖像模型。', 'PARTNERS_WITH')).toEqual(['Huawei>Zhipu AI']);
  });
});

describe("some of a company's stock bought", () => {
  it('is an investment, not a takeover', () => {
    const text = "Vexa Labs said it had bought $2 billion of Korvia Cloud's Class A stock.";
    expect(rulePairs(text, 'ACQUIRES')).toEqual([]);
    expect(rulePairs(text, 'INVESTS_IN')).toEqual(['Vexa Labs>Korvia Cloud']);
  });
});

describe('a company named after "with" that supplies the goods', () => {
  it('supplies the sentence\'s subject ("with Nvidia supplying GPUs", "with Nvidia, which will supply 18,000 chips")', () => {
    expect(rulePairs('In August, RIKEN picked Fujitsu to design the system, with Nvidia supplying GPUs.', 'SUPPLIES')).toEqual([
      'NVIDIA>RIKEN',
    ]);
    const text =
      'Vexa Labs unveiled a cloud platform it is building with Nvidia, which will supply 18,000 Blackwell chips for the first phase.';
    expect(rulePairs(text, 'SUPPLIES')).toEqual(['NVIDIA>Vexa Labs']);
  });
  it('supplies no one when what it provides is no goods', () => {
    expect(rulePairs('RIKEN picked Fujitsu to design the system, with Nvidia providing advice.', 'SUPPLIES')).toEqual([]);
  });
});
