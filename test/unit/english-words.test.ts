import fc from 'fast-check';
import { words } from '../../src/extract/discover/english';

describe('when an English sentence is cut into words', () => {
  it('then the words and offsets are what the word pattern matches', () => {
    const char = fc.constantFrom(...'aZ9_&’\'.- ,(”"：中éÉł×\u00a0\n'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        // (Accented letters, but not × or ÷, go on a word: Timothée, Ré.)
        const expected = [...text.matchAll(/[A-Za-z0-9][\w&’'.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f-]*|&/g)].map((m) => ({
          index: m.index,
          text: m[0],
        }));
        expect(words(text)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
