import { rulePairs } from './helpers';

// Sentences written for these tests.
describe("a bare title's company, for someone the lexicon knows", () => {
  it("is not the story's company when the lexicon knows them at another (Chief executive Matt Murphy, in a story about Google)", () => {
    const text =
      'Google said on Tuesday it had agreed to buy the start-up. Chief executive Matt Murphy said the deal would help Marvell grow.';
    expect(rulePairs(text, 'WORKS_FOR')).toEqual([]);
  });
  it("is the story's company when it is theirs, and for someone the lexicon does not know", () => {
    expect(
      rulePairs('Google said it had agreed to buy the start-up. Chief executive Sundar Pichai called it a good fit.', 'WORKS_FOR'),
    ).toEqual(['Sundar Pichai>Google']);
    expect(rulePairs('Vexa said it had agreed to buy the start-up. Chief executive Jane Roe called it a good fit.', 'WORKS_FOR')).toEqual([
      'Jane Roe>Vexa',
    ]);
  });
  it('in Chinese too (执行长苏姿丰表示, in a story about Untether AI)', () => {
    const text = 'Untether AI周三宣布停止运营。执行长苏姿丰表示，团队将加入新的项目。';
    expect(rulePairs(text, 'WORKS_FOR')).toEqual([]);
  });
});

describe('a company a possessive pronoun stands for', () => {
  it('is no employer of someone the lexicon knows to work elsewhere ("its team, led by Mustafa Suleyman")', () => {
    const text =
      "According to Microsoft, the chip will serve OpenAI's models, while its Superintelligence team, led by Mustafa Suleyman, plans to use it.";
    expect(rulePairs(text, 'WORKS_FOR')).toEqual([]);
  });
});
