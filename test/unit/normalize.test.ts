import { nameKey, toSimplified } from '../../src/extract/normalize';
import { MAX_SENTENCE, splitSentences } from '../../src/extract/sentences';

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
