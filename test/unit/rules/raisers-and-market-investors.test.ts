import { allPairs } from './helpers';

// Sentences written for these tests.

const investments = (text: string) => allPairs(text, 'INVESTS_IN');

describe('a round led by a list after 由', () => {
  it('was raised by the subject before 由, not by the last of the list', () => {
    const hans = '蓝耘科技去年完成由腾讯与阿里巴巴主导的融资。联想与浪潮也是股东。';
    expect(investments(hans)).toEqual(expect.arrayContaining(['Inspur>蓝耘科技', 'Lenovo>蓝耘科技']));
    expect(investments(hans).filter((p) => p.endsWith('>Alibaba'))).toEqual([]);
    const hant = '藍耘科技去年完成由騰訊與阿里巴巴主導的融資。聯想與浪潮也是股東。';
    expect(investments(hant).filter((p) => p.endsWith('>Alibaba'))).toEqual([]);
  });
});

describe("the market's investors and their mood", () => {
  it('make no company of the sentence an investor in the last raise', () => {
    const hans = '摩尔线程完成新一轮融资。不过联想与浪潮首日表现平淡，也反映投资人对算力租赁模式仍有疑虑。';
    expect(investments(hans).filter((p) => p.startsWith('Lenovo') || p.startsWith('Inspur'))).toEqual([]);
    const hant = '摩爾線程完成新一輪融資。不過聯想與浪潮首日表現平淡，也反映投資人對算力租賃模式仍有疑慮。';
    expect(investments(hant).filter((p) => p.startsWith('Lenovo') || p.startsWith('Inspur'))).toEqual([]);
    const en = 'Moore Threads closed a new round. Lenovo and Inspur slipped as investors worried about rental demand.';
    expect(investments(en).filter((p) => p.startsWith('Lenovo') || p.startsWith('Inspur'))).toEqual([]);
  });
  it('still lets investors named in a round put money in', () => {
    expect(investments('Moore Threads closed a new round. Lenovo and Inspur were among the investors.')).toEqual(
      expect.arrayContaining(['Inspur>Moore Threads', 'Lenovo>Moore Threads']),
    );
  });
});

describe("an investment that is part of a company's round", () => {
  it('makes the investor no raiser, and a possessor before 股东阵容…包括 holds the listed', () => {
    const hant = '申成奎表示，三星上週的投資屬於本輪募資的一部分。Rebellions的股東陣容相當堅強，包括SK海力士與韓國電信（KT）。';
    expect(investments(hant)).toEqual(expect.arrayContaining(['KT>Rebellions', 'SK hynix>Rebellions']));
    expect(investments(hant).filter((p) => p.endsWith('>Samsung'))).toEqual([]);
    const hans = '申成奎表示，三星上周的投资属于本轮募资的一部分。Rebellions的股东阵容相当坚强，包括SK海力士与韩国电信（KT）。';
    expect(investments(hans).filter((p) => p.endsWith('>Samsung'))).toEqual([]);
  });
});
