import { cleanArticle } from '../../../src/extract/clean';
import { entities, rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests: each is a misreading a review of this session's rules found.
describe('review mend, session 26', () => {
  it('"A and the B" that opens a new clause lists no B', () => {
    const text = 'Nvidia sold H20 chips to Alibaba and the Commerce Department opened an investigation.';
    expect(rulePairs(text, 'SUPPLIES')).not.toContain('NVIDIA>US Commerce Department');
  });

  it('keeps the story under a bare link heading once a line ends a sentence or a blank line comes', () => {
    expect(cleanArticle('正文。\n延伸閱讀\n黃仁勳表示：「AI是新的工業革命。」\n輝達說，微軟是最大客戶！')).toBe(
      '正文。\n黃仁勳表示：「AI是新的工業革命。」\n輝達說，微軟是最大客戶！',
    );
    expect(cleanArticle('Body.\nRelated stories\n\nAMD supplies MI355X chips to Oracle (AMD.O)\nMore text here.')).toBe(
      'Body.\nAMD supplies MI355X chips to Oracle (AMD.O)\nMore text here.',
    );
  });

  it('reads someone new in the post at the company the story speaks of, whatever the lexicon knew', () => {
    expect(
      rulePairs('Hailo raised $100 million. Its new chief executive, Charlie Kawwas, said the money would fund chips.', 'WORKS_FOR'),
    ).toContain('Charlie Kawwas>Hailo');
    expect(
      rulePairs('Hailo raised money. Chief executive Charlie Kawwas, who joined from Broadcom, said it would fund chips.', 'WORKS_FOR'),
    ).toContain('Charlie Kawwas>Hailo');
    // ("the new deal" after the name says nothing of the person.)
    expect(
      rulePairs(
        'Google said it had agreed to buy the start-up. Chief executive Matt Murphy said the new deal would help Marvell.',
        'WORKS_FOR',
      ),
    ).toEqual([]);
  });

  it('gives the goods supplied "with" a company to the subject of the clause, not a company after a preposition', () => {
    expect(rulePairs('Analysts at Morgan Stanley said Meta is building the cluster with Nvidia supplying GPUs.', 'SUPPLIES')).toEqual([
      'NVIDIA>Meta',
    ]);
    expect(
      rulePairs('Intel lost share to AMD last year, while Meta expanded its cluster with Nvidia supplying GPUs.', 'SUPPLIES'),
    ).toContain('NVIDIA>Meta');
    expect(rulePairs('Oracle competes with AMD, which will supply 50,000 chips to Microsoft.', 'SUPPLIES')).not.toContain('AMD>Oracle');
  });

  it('reads no partner chosen over another or in talks', () => {
    expect(unorderedPairs('Nvidia was chosen over AMD to design the new supercomputer.', 'PARTNERS_WITH')).toEqual([]);
  });

  it('keeps a company described by its trade a company ("a CPU and GPU designer", "a TPU rival")', () => {
    expect(entities('Korvane, a CPU and GPU designer, raised $50 million.')).toHaveProperty('Korvane', 'Organization');
    expect(entities('Lambrix, a TPU rival, raised money from Sequoia.')).toHaveProperty('Lambrix', 'Organization');
  });

  it('makes no chip of a fiscal year or a ranking, no product of a brand before SUV or smartphones, no firm of a joint venture', () => {
    expect(Object.values(entities('Its FY2026 GPU shipments rose 20%.'))).not.toContain('Chip');
    expect(Object.values(entities('The Top 500 CPU list was published.'))).not.toContain('Chip');
    expect(entities('Chips for the Varo SUV came from Nvidia.')).not.toHaveProperty('Varo');
    expect(rulePairs('Vantrix said its Vantrix smartphones use MediaTek chips.', 'SUPPLIES')).toEqual(['MediaTek>Vantrix']);
    expect(entities('The Joint Venture will be based in Hefei.')).not.toHaveProperty('Joint Venture');
  });

  it('reads a chip put into a device with "chip" after its name, and "X\'s most direct rival"', () => {
    expect(rulePairs('Xiaomi put the XRING O1 chip into the Xiaomi 15S Pro.', 'USES')).toEqual(['Xiaomi 15S Pro>XRING O1']);
    expect(unorderedPairs("Qualcomm is Nvidia's most direct rival in the West.", 'COMPETES_WITH')).toEqual(['NVIDIA>Qualcomm']);
  });
});
