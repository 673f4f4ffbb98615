import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractText } from '../../src/extract';
import { cleanArticle } from '../../src/extract/clean';
import { fold, requiredLiterals, requiredLiteralSets } from '../../src/extract/literals';
import * as regex from '../../src/extract/regex';

const literalsOf = (re: RegExp) => requiredLiterals(re.source, re.flags);

describe('the strings a regex needs', () => {
  it('when a pattern is a list of cue words, then each word (its shortest form) is needed, in lower case', () => {
    expect(literalsOf(/(?:合作|携手)|\b(?:partner(?:s|ed|ing)?\s+with|Collaborat\w*\s+with)\b/gi)).toEqual([
      '合作',
      '携手',
      'partner',
      'collaborat',
    ]);
  });

  it('when a part is optional, repeated, a wide class or a back reference, then it brings nothing', () => {
    expect(literalsOf(/x(?:ab|cd)?y/)).toEqual(['xy', 'xaby', 'xcdy']);
    expect(literalsOf(/(?:ab)*/)).toBeNull();
    expect(literalsOf(/[A-Za-z0-9][\w.-]*/g)).toBeNull();
    expect(literalsOf(/(a)\1/)).toBeNull();
    expect(literalsOf(/[^ab]c?/)).toBeNull();
  });

  it('when a pattern is only zero-width, or uses a flag the reader does not model, then nothing is known', () => {
    expect(literalsOf(/(?!)/g)).toBeNull();
    expect(literalsOf(/^\b$/)).toBeNull();
    expect(literalsOf(/kelvin/iu)).toBeNull();
  });

  it('when lookarounds surround a word, then the word is needed, or what a positive lookaround looks for', () => {
    expect(literalsOf(/(?<![尤极与])其(?![他它中实次余后间])|它(?!们)/g)).toEqual(['其', '它']);
    expect(literalsOf(/(?:由|和)([\u3400-\u9fff]{2,8}?)(?=(?:继续|也)?(?:领投|跟投))/g)).toEqual(['领投', '跟投']);
  });

  it('when a pattern needs a digit, then the digits are its strings', () => {
    expect(literalsOf(/[A-Z][a-z]+\s?\d{2,4}/g)).toEqual([...'0123456789']);
  });

  it('when a pattern needs a name and a number, then a text must hold both', () => {
    expect(requiredLiteralSets('(?:Gaudi|Maia)\\s?(\\d{1,3})', 'g')).toEqual([['maia', 'gaudi'], [...'0123456789']]);
  });

  it('when a regex matches in a text, then the folded text holds one of the strings the regex needs', () => {
    const patterns: RegExp[] = [
      /(?:合作|携手|联手)|\b(?:partner(?:s|ed|ing)?\s+with|collaborat\w*\s+with)\b/gi,
      /\b[Tt]he\s+(?:(?:[\w-]+,?\s+){0,4}?(company|firm))\b/g,
      /(?:是|为|成为)([^，,。；]{1,20}?)的?(?:第[一二三四五]大|最大|主要|大|控股)?(?:股东|投资方)/g,
      /x(?:ab|cd)?y|[Qq]{2}z/gi,
      /a{2,3}b+|c?d[ef]/gi,
      /\x41\u0042[\u0043-\u0045]|\(\.\)/g,
      /(?<=包括|和)(\d{3,4})([A-Z]{1,3})(?![A-Za-z0-9])/g,
      /(?:由|和)(\w{1,3}?)(?=(?:继续|也)?(?:领投|跟投))|x(?<=(?:ab|Q)x)/gi,
      /(?:(?=the)|firm)\w+|\d[a-c]?(?=\d)/g,
    ];
    const alphabet = fc.constantFrom(
      ...'aAbBcdDeEfFqQzxyXY01 ,.()-_合作携手的第一大股东投资方为是成包括和theTHEcompanyfirmpartnerswithcollaborat由继续也领投跟投',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), fc.integer({ min: 0, max: patterns.length - 1 }), (chars, i) => {
        const re = patterns[i]!;
        const text = chars.join('');
        if (re.test(text))
          for (const needs of requiredLiteralSets(re.source, re.flags) ?? []) expect(needs.some((s) => fold(text).includes(s))).toBe(true);
        re.lastIndex = 0;
      }),
      { numRuns: 3000 },
    );
  });
});

describe('allMatches', () => {
  afterEach(() => jest.restoreAllMocks());

  it('when the extractor reads the seed articles, then every search gives what matchAll gives', () => {
    const real = regex.allMatches;
    let calls = 0;
    jest.spyOn(regex, 'allMatches').mockImplementation((re, text) => {
      const got = real(re, text);
      const expected = [...text.matchAll(new RegExp(re.source, re.flags))];
      expect(got.map((m) => [m.index, ...m])).toEqual(expected.map((m) => [m.index, ...m]));
      calls++;
      return got;
    });
    const dir = join(__dirname, '../../seeds/articles');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) extractText(cleanArticle(readFileSync(join(dir, f), 'utf8')));
    expect(calls).toBeGreaterThan(1000);
  });

  it('when the extractor reads the seed articles, then firstMatch and matchesIn give what exec and test give', () => {
    const [first, test] = [regex.firstMatch, regex.matchesIn];
    let calls = 0;
    jest.spyOn(regex, 'firstMatch').mockImplementation((re, text) => {
      const got = first(re, text);
      const want = re.exec(text);
      expect(got && [got.index, ...got]).toEqual(want && [want.index, ...want]);
      calls++;
      return got;
    });
    jest.spyOn(regex, 'matchesIn').mockImplementation((re, text) => {
      const got = test(re, text);
      expect(got).toBe(re.test(text));
      calls++;
      return got;
    });
    const dir = join(__dirname, '../../seeds/articles');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) extractText(cleanArticle(readFileSync(join(dir, f), 'utf8')));
    expect(calls).toBeGreaterThan(100);
  });
});
