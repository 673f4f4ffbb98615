import { entities, rulePairs } from './helpers';

// Sentences written for these tests.
describe('a round "that values" a company', () => {
  it('was raised by that company, so backers who "also took part" in the next sentence invest in it', () => {
    const text =
      'The deal anchors a 600 million euro Series B round that values Vexa Labs at 4 billion euros. ' +
      'Existing backers including Index Ventures and Bpifrance also took part.';
    expect(rulePairs(text, 'INVESTS_IN').sort()).toEqual(['Bpifrance>Vexa Labs', 'Index Ventures>Vexa Labs']);
  });
  it('names no raiser when no company follows the verb', () => {
    const text = 'The round that values the start-up at 4 billion euros closed. Index Ventures and Bpifrance also took part.';
    expect(rulePairs(text, 'INVESTS_IN')).toEqual([]);
  });
});

describe('a name ending in Venture', () => {
  it('is a fund, and an item of the list of backers after a place possessive', () => {
    const text = "Vexa Labs closed a Series A round earlier in the year. Backers include Bpifrance and Taiwan's Cathay Venture.";
    expect(entities(text)).toHaveProperty('Cathay Venture', 'Organization');
    expect(rulePairs(text, 'INVESTS_IN').sort()).toEqual(['Bpifrance>Vexa Labs', 'Cathay Venture>Vexa Labs']);
  });
});
