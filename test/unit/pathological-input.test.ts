import { cleanArticle } from '../../src/extract/clean';
import { extractText } from '../../src/extract';

// Text that made a pattern backtrack without end (exponential in the number of words or list
// separators) or cost the square of its length. Each case used to hold the extractor for minutes or
// more; the suite's per-test timeout is the hang guard, and each case also checks what is extracted.
// All texts are written for this test.

const names = (text: string) => extractText(cleanArticle(text)).entities.map((e) => e.name);

describe('text that once made a pattern backtrack without end', () => {
  it('when an English sentence is all in capitals, then extraction finishes', () => {
    const text = 'ZETA LABS, THE CHIP DESIGNER FUNDED BY ACME AND GLOBEX VENTURES, PLANS A LISTING. NVIDIA SAID IT WOULD NOT COMMENT.';
    expect(Array.isArray(names(text))).toBe(true);
    // The shareholder pattern that backtracked still reads a shareholder.
    const { relations } = extractText(cleanArticle("Nvidia is Orbit Silicon's largest shareholder."));
    expect(relations.map((r) => [r.subject, r.type, r.object])).toContainEqual(['NVIDIA', 'INVESTS_IN', 'Orbit Silicon']);
  });

  it('when a run of capitalised words follows "of" after a name, then extraction finishes', () => {
    expect(names('Marta Quill of ALPHABET BETAMAX GAMMARAY DELTAWING EPSILON ZULU spoke.').length).toBeGreaterThanOrEqual(0);
    expect(names('Marta Quill of Orbit Silicon said the chip was late.')).toEqual(expect.arrayContaining(['Marta Quill']));
  });

  it('when a Chinese sentence has long runs joined by 和/与/及 before an investment, lead or list word, then extraction finishes', () => {
    for (const text of [
      '该公司获得' + '甲乙和丙丁与戊己及'.repeat(12) + '支持。',
      '本轮由' + '甲乙和丙丁与'.repeat(16) + '资金。',
      '客户包括' + '甲乙与丙丁和'.repeat(16) + '公司。',
    ]) {
      expect(Array.isArray(names(text))).toBe(true);
    }
    // A real list in the same shape is still read.
    expect(names('本轮由星河资本和远山创投领投。')).toEqual(expect.arrayContaining(['星河资本', '远山创投']));
  });
});

describe('scraped text whose cleaning once cost the square of its length', () => {
  const long = 300_000;

  it('when a line has a long run of whitespace before a stray pipe, then it is cleaned', () => {
    expect(cleanArticle('Nvidia' + '\t'.repeat(long) + '|')).toBe('Nvidia');
    expect(cleanArticle('Nvidia' + ' '.repeat(long) + 'x')).toBe('Nvidia x');
  });

  it('when a page repeats an opening tag that is never closed, then it is cleaned', () => {
    expect(cleanArticle('<p>Nvidia</p>' + '<p'.repeat(long / 2))).toContain('Nvidia');
    expect(cleanArticle('<p>Nvidia</p>' + '<!--'.repeat(long / 4))).toContain('Nvidia');
    expect(cleanArticle('<p>Nvidia</p>' + '<script>'.repeat(long / 8))).toContain('Nvidia');
  });

  it('keeps what the earlier patterns did on ordinary pages', () => {
    // One run of pipes goes from each end; an inner pipe stays.
    expect(cleanArticle('a | |\n| b\n|| c ||')).toBe('a |\nb\nc');
    // Scripts, styles and comments go, whatever the case of their tags; <scripts> is no script.
    expect(cleanArticle('<div>A<SCRIPT>x</Script >B<!-- c -->C<style>s</style>D<scripts>E</scripts></div>')).toBe('A B C D E');
    // A block that is never closed is left to the tag stripper, as before.
    expect(cleanArticle('<p>A</p><script>never closed')).toBe('A\nnever closed');
  });
});
