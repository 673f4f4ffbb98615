import { unorderedPairs } from './helpers';

// Sentences written for these tests.

describe('"Together with A and B, X builds…"', () => {
  it('makes A and B partners of the subject after them, or of the story\'s company for "it"', () => {
    expect(unorderedPairs('Together with Oracle and SoftBank, OpenAI is building the Stargate network.', 'PARTNERS_WITH')).toEqual([
      'OpenAI>Oracle',
      'OpenAI>SoftBank',
    ]);
    expect(
      unorderedPairs('OpenAI needs compute. Together with Oracle and SoftBank it is building the Stargate network.', 'PARTNERS_WITH'),
    ).toEqual(['OpenAI>Oracle', 'OpenAI>SoftBank']);
    expect(unorderedPairs('Together with Nvidia, AMD is setting up a joint venture.', 'PARTNERS_WITH')).toEqual(['AMD>NVIDIA']);
  });
  it('but not without a joint act', () => {
    expect(unorderedPairs('Together with Nvidia, AMD shares fell.', 'PARTNERS_WITH')).toEqual([]);
  });
  it('as the Chinese 与A、B共同建设 already reads', () => {
    expect(unorderedPairs('OpenAI与甲骨文、软银共同建设星际之门数据中心。', 'PARTNERS_WITH')).toEqual(
      expect.arrayContaining(['OpenAI>Oracle', 'OpenAI>SoftBank']),
    );
  });
});
