import { rel, rulePairs as pairs } from './helpers';

describe('INVESTS_IN: investors a company speaks to hold nothing', () => {
  it('when an executive "told investors in December", then neither the executive nor the company invests, and the post stays', () => {
    const t = 'Broadcom Chief Executive Hock Tan told investors in December that three customers were building chips with the company.';
    expect(rel(t, 'INVESTS_IN')).toEqual([]);
    expect(pairs(t, 'WORKS_FOR')).toEqual(['Hock Tan>Broadcom']);
  });

  it('when a founder "told investors" of a plan that names a known backer, then the lexicon adds no investment or partnership for that sentence', () => {
    const t = "Musk told investors in May that xAI intends to string together 100,000 of Nvidia's H100 processors.";
    expect(rel(t, 'INVESTS_IN')).toEqual([]);
    expect(rel(t, 'PARTNERS_WITH')).toEqual([]);
  });

  it('when a company is "one of the investors in" another, or investors in a round are named, then they still invest', () => {
    expect(pairs('SoftBank is one of the investors in OpenAI.', 'INVESTS_IN')).toEqual(['SoftBank>OpenAI']);
    expect(pairs('Nvidia is among the investors in xAI, which raised $6 billion in December.', 'INVESTS_IN')).toEqual(['NVIDIA>xAI']);
  });
});
