import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { nameKey, toSimplified } from '../../src/extract/normalize';
import { MAX_SENTENCE, splitSentences } from '../../src/extract/sentences';

/** OpenCC's tw-to-cn then hk-to-cn, but a character whose Simplified form is longer in UTF-16 stays as it was. */
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
function openccSameLength(t: string): string {
  if (!/[\u3000-\ufeff]/.test(t)) return t;
  const from = [...t];
  const to = [...hkToCn(twToCn(t))];
  return to.length === from.length ? to.map((c, i) => (c.length === from[i]!.length ? c : from[i])).join('') : t;
}

describe('normalization', () => {
  it('when names differ only in script, width, case or punctuation, then they share a key', () => {
    expect(nameKey('微軟')).toBe(nameKey('微软'));
    expect(nameKey('ＯｐｅｎＡＩ')).toBe(nameKey('openai'));
    expect(nameKey('Renée James')).toBe(nameKey('Renee-James'));
    expect(nameKey('山姆·奥特曼')).toBe(nameKey('山姆奧特曼'));
    expect(nameKey('Microsoft')).not.toBe(nameKey('Micron'));
  });

  it('when Traditional text is simplified, then offsets are preserved', () => {
    const t = '軟銀集團完成收購美國晶片新創公司';
    const s = toSimplified(t);
    expect(s.length).toBe(t.length);
    expect(s).toContain('软银集团');
  });

  it('when a Traditional character simplifies to one outside the BMP (鋐 → 𬭎), then it stays and offsets hold', () => {
    const t = '散熱龍頭奇鋐董事長沈慶行與黃暐說明';
    const s = toSimplified(t);
    expect(s.length).toBe(t.length);
    expect(s.indexOf('沈庆行')).toBe(t.indexOf('沈慶行'));
    expect(s).toContain('奇鋐董事长');
    expect(nameKey('奇鋐')).toBe(nameKey('奇鋐'.normalize('NFKC')));
  });

  it("when a text is simplified, then the result is OpenCC's tw-to-cn then hk-to-cn converters'", () => {
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const texts = [
      '軟銀集團完成收購美國晶片新創公司，輝達（NVIDIA）執行長黃仁勳表示，台積電將為其代工。',
      '鴻海旗下的鴻揚創投與聯發科、英特爾簽署合作協議；軟體與網路服務、資訊安全、程式設計。',
      '華為昇騰910C晶片已獲得百度採用，滑鼠、印表機、硬碟、記憶體、伺服器、乾隆、於是、著作',
      '⿰氵青 ⿱艹⿰氵青 𠀀𠀁 \ud800 a·b 〇一二 ﹐﹑',
      'Nvidia CEO Jensen Huang 黃仁勳',
      '',
    ];
    for (const t of texts) expect(toSimplified(t)).toBe(/[\u3000-\ufeff]/.test(t) ? hk(tw(t)) : t);
    // (…and where OpenCC writes a character in two UTF-16 units for one, the character is kept.)
    for (const t of ['奇鋐科技與暐', '鋐']) expect(toSimplified(t)).toBe(openccSameLength(t));
  });
});

describe('simplification of any mix of dictionary words', () => {
  it("when a text is made of pieces of the converters' dictionary words, then it is simplified as OpenCC does", () => {
    const words: string[] = [];
    for (const name of ['tw2s', 'hk2s'] as const) {
      const config = OpenCC.Locale.configs[name] as unknown as Record<string, unknown>;
      const dicts = JSON.stringify([config.normalizationChain, config.segmentation, config.conversionChain]);
      for (const d of (JSON.parse(dicts) as unknown[]).flat(3) as string[])
        for (const entry of d.split('|')) words.push(entry.split(' ')[0]!);
    }
    const piece = fc.oneof(
      fc.constantFrom(...words).chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
      fc.constantFrom('的', '。', 'a', ' ', '⿰', '氵', '青', '𠀀', '臺', '灣', '软', '鋐', '暐', '\u{2f9b4}'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const t = pieces.join('');
        expect(toSimplified(t)).toBe(openccSameLength(t));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sentence splitting', () => {
  it('when text mixes Chinese and English, then each sentence keeps its offsets', () => {
    const text = '微软计划推出芯片。OpenAI正在探索!\nMeta said the U.S. market grew. Nvidia declined to comment.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      '微软计划推出芯片。',
      'OpenAI正在探索!',
      'Meta said the U.S. market grew.',
      'Nvidia declined to comment.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('sentence splitting at initials', () => {
  it('when an initial follows a lower-case word ("led by T. Rowe Price"), then the sentence goes on; the name X ending a sentence ("a post on X.") still ends it', () => {
    expect(splitSentences('The round was led by T. Rowe Price, with Fidelity joining.').map((s) => s.text)).toHaveLength(1);
    expect(splitSentences('He wrote a post on X. OpenAI said it would respond.').map((s) => s.text)).toEqual([
      'He wrote a post on X.',
      'OpenAI said it would respond.',
    ]);
  });
});

describe('sentence splitting of run-on text', () => {
  it('when a text has no sentence end for thousands of characters, then it is cut into bounded pieces at clause boundaries, offsets kept', () => {
    const clause = '微软与英伟达合作开发芯片，';
    const text = clause.repeat(300);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.text.endsWith('，')).toBe(true);
    }
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
