import { allPairs } from './helpers';

// Sentences written for these tests.

describe('a regulator', () => {
  it('neither uses the chips it rules on nor buys them', () => {
    const en =
      'The Cyberspace Administration of China summoned Nvidia in July over alleged security risks in the H20 and told companies to stop buying the RTX Pro 6000D.';
    expect(allPairs(en, 'USES')).toEqual([]);
    const hant = '美國商務部工業暨安全局（BIS）今年5月發布指引，警告全球企業，使用華為昇騰910B晶片，都可能違反美國出口管制規定。';
    expect(allPairs(hant, 'SUPPLIES')).toEqual([]);
    const hans = '美国商务部工业与安全局（BIS）今年5月发布指引，警告全球企业，使用华为昇腾910B芯片，都可能违反美国出口管制规定。';
    expect(allPairs(hans, 'SUPPLIES')).toEqual([]);
  });
});

describe("a bare title in a story about a company's unit", () => {
  it("is the parent's executive when the lexicon knows the person works there", () => {
    const en =
      'Intel Foundry is still loss-making. Intel Foundry said 18A is shipping. Chief executive Lip-Bu Tan said Intel was going big into 14A.';
    expect(allPairs(en, 'WORKS_FOR')).toEqual(['Lip-Bu Tan>Intel']);
    const hans = '英特尔代工迎来关键一年。英特尔代工的18A已量产。首席执行官陈立武称将大举投入14A。';
    expect(allPairs(hans, 'WORKS_FOR')).toEqual(['Lip-Bu Tan>Intel']);
    const hant = '英特爾代工迎來關鍵一年。英特爾代工的18A已量產。執行長陳立武稱將大舉投入14A。';
    expect(allPairs(hant, 'WORKS_FOR')).toEqual(['Lip-Bu Tan>Intel']);
  });
});
