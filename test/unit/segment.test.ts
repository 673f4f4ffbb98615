import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { extractText } from '../../src/extract';
import { cleanArticle } from '../../src/extract/clean';
import { toSimplified } from '../../src/extract/normalize';
import { chineseOrgNames, mayHoldOrgNames, segmentAll, words } from '../../src/extract/segment';
import { splitSentences } from '../../src/extract/sentences';

describe('when a text is segmented', () => {
  it("then its words and tags are jieba's tag() words and tags, with and without the HMM", () => {
    const jieba = Jieba.withDict(dict);
    const texts = [
      '据悉，壁仞科技近日发布了新一代GPU芯片，由香港联交所上市。',
      '英伟达公司发布了H100芯片，AT&T与4S店、C++和3.5 GHz的B轮融资。',
      '执行长黄仁勋表示，摩尔线程智能科技 (Moore Threads) 将于2025年量产😀。',
      'Nvidia CEO Jensen Huang said 20,000 GPUs …',
      '',
    ];
    for (const text of texts)
      for (const hmm of [false, true])
        expect(words(text, hmm).map(({ word, tag }) => ({ word, tag }))).toEqual(
          jieba.tag(text, hmm).map(({ word, tag }) => ({ word, tag })),
        );
  });

  it('then texts segmented together get the words each gets alone', () => {
    const texts = ['据悉，壁仞科技近日发布了新一代GPU芯片。', '执行长黄仁勋表示 将于2025年量产', 'AT&T与4S店', '。', '英伟达H100'];
    const alone = texts.map((t) => words(t));
    const together = segmentAll(texts, () => texts.map((t) => words(t)));
    expect(together).toEqual(alone);
  });
});

describe('when a Chinese article names an organization the lexicon lacks', () => {
  it('then a name-like stem before an organization head is found, and common words are not', () => {
    expect(chineseOrgNames('据悉，壁仞科技近日发布了新一代GPU芯片。').map((o) => o.name)).toEqual(['壁仞科技']);
    expect(chineseOrgNames('沐曦集成电路与燧原科技均在研发AI芯片。').map((o) => o.name)).toEqual(['沐曦集成电路', '燧原科技']);
    expect(chineseOrgNames('美国科技巨头纷纷入局人工智能，这家公司的技术领先。')).toEqual([]);
  });

  it('then the offsets point at the name in the text given', () => {
    const text = '据悉，壁仞科技近日发布了新一代GPU芯片。';
    const [o] = chineseOrgNames(text);
    expect(text.slice(o!.start, o!.start + o!.name.length)).toBe('壁仞科技');
  });

  it('then extraction makes it an organization in the original script, with its relations', () => {
    for (const text of ['澜曜半导体与台积电宣布合作，共同开发AI芯片。', '瀾曜半導體與台積電宣布合作，共同開發AI晶片。']) {
      const x = extractText(text);
      const org = x.entities.find((e) => ['澜曜半导体', '瀾曜半導體'].includes(e.name));
      expect(org).toMatchObject({ type: 'Organization' });
      expect(x.relations.some((r) => r.type === 'PARTNERS_WITH' && [r.subjectId, r.objectId].includes(org!.id))).toBe(true);
    }
  });
});

describe('when a sentence holds no organization head and no organization name jieba knows', () => {
  it('then mayHoldOrgNames says so, and chineseOrgNames finds nothing in it', () => {
    expect(mayHoldOrgNames('据悉，壁仞科技近日发布了新一代GPU芯片。')).toBe(true);
    expect(mayHoldOrgNames('他们已经在香港联交所上市')).toBe(true); // 香港联交所: nt in jieba's dictionary
    expect(mayHoldOrgNames('这款产品将于明年第一季度量产。')).toBe(false);
    const dir = join(__dirname, '../../seeds/articles');
    let without = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')))
      for (const s of splitSentences(cleanArticle(readFileSync(join(dir, f), 'utf8')))) {
        const simp = toSimplified(s.text);
        if (mayHoldOrgNames(simp)) continue;
        without++;
        expect(chineseOrgNames(simp)).toEqual([]);
      }
    expect(without).toBeGreaterThan(10);
  });
});

// Sentences written for these tests.
describe('A quotation closing after the period', () => {
  it('when a quoted sentence ends with ." and a new sentence follows, then they are two sentences', () => {
    expect(splitSentences('He called it "great for America." Huang has long argued that curbs help rivals.').map((s) => s.text)).toEqual([
      'He called it "great for America."',
      'Huang has long argued that curbs help rivals.',
    ]);
    expect(splitSentences('She said: “We are ready.” The shares rose.').map((s) => s.text)).toEqual([
      'She said: “We are ready.”',
      'The shares rose.',
    ]);
    // (An abbreviation before a name still does not end a sentence.)
    expect(splitSentences('Mr. Huang spoke.').map((s) => s.text)).toEqual(['Mr. Huang spoke.']);
  });
});
