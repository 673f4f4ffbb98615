import { rel, relWith } from './helpers';

/** How news introduces people with their organizations, in en, zh-Hans and zh-Hant (invented names mostly). */

describe('WORKS_FOR in English appositives', () => {
  it('when a plural possessive gives the title, then the person works for the organization without the apostrophe', () => {
    expect(rel('"We are sold out," said Dana Whitfield, Helio Systems\' chief executive.', 'WORKS_FOR')).toEqual([
      ['Dana Whitfield', 'Helio Systems'],
    ]);
    expect(rel("Helio Systems' chief financial officer Marcus Lee said margins improved.", 'WORKS_FOR')).toEqual([
      ['Marcus Lee', 'Helio Systems'],
    ]);
  });

  it('when the appositive is the organization and its titles with no article, then the person works for it', () => {
    expect(relWith('Tom Hale, Quarkline co-founder and CTO, described the chip.', 'WORKS_FOR', 'role')).toEqual([
      ['Tom Hale', 'Quarkline', 'co-founder and CTO'],
    ]);
    expect(rel('Quarkline co-founder and CTO Tom Hale described the chip.', 'WORKS_FOR')).toEqual([['Tom Hale', 'Quarkline']]);
    expect(rel('The chip was described by Tom Hale, Groq co-founder and CTO.', 'WORKS_FOR')).toEqual([['Tom Hale', 'Groq']]);
  });

  it('when an analyst is "with" a firm or holds an investment title, then the firm employs the person', () => {
    expect(rel('Ellen Park, a senior analyst with Morningstar, said the stock was cheap.', 'WORKS_FOR')).toEqual([
      ['Ellen Park', 'Morningstar'],
    ]);
    expect(rel('Ellen Park, chief economist at Morningstar, said the stock was cheap.', 'WORKS_FOR')).toEqual([
      ['Ellen Park', 'Morningstar'],
    ]);
    expect(rel('The fund is run by former Fidelity portfolio manager Gavin Reed.', 'WORKS_FOR')).toEqual([['Gavin Reed', 'Fidelity']]);
  });

  it("when a name follows the organization and title of an appositive, then the title is the later name's, not the earlier person's", () => {
    expect(rel('Dana Whitfield said, Intel CEO Pat Gelsinger agreed.', 'WORKS_FOR')).toEqual([['Pat Gelsinger', 'Intel']]);
    expect(rel('Dana Whitfield, an analyst at Bernstein, said Nvidia was ahead of AMD.', 'WORKS_FOR')).toEqual([
      ['Dana Whitfield', 'Bernstein'],
    ]);
  });
});

describe('WORKS_FOR after Chinese titles', () => {
  it('when a department head is named with 处长 and a comment adverb follows, then the whole name works for the company', () => {
    expect(rel('雷川科技今天召開法說會，法人關係處處長蘇志凱亦出席說明。', 'WORKS_FOR')).toEqual([['蘇志凱', '雷川科技']]);
  });
});
