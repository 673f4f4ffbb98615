import { extractText } from '../../../src/extract';
import { BACKOFF_CONFIDENCE } from '../../../src/extract/rules/backoff';
import { rel } from './helpers';

const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();

describe('back-off: who took part in a funding round the story told of', () => {
  it("when a later sentence names the round's leads or investors in a shape no rule reads, then each invests in the raiser", () => {
    const raise = 'Orvane said on Monday it had raised $90 million in a Series B round. ';
    expect(rel(`${raise}The round was co-led by trading firm Jane Street and SoftBank.`, 'INVESTS_IN')).toEqual([
      ['Jane Street', 'Orvane'],
      ['SoftBank', 'Orvane'],
    ]);
    expect(rel('澜芯科技宣布完成5亿元B轮融资。本轮投资方阵容包括产业资本红杉中国、高瓴资本与腾讯。', 'INVESTS_IN')).toEqual([
      ['HongShan', '澜芯科技'],
      ['Hillhouse', '澜芯科技'],
      ['Tencent', '澜芯科技'],
    ]);
    expect(rel('瀾芯科技宣布完成5億元B輪融資。本輪投資方陣容包括產業資本紅杉中國、高瓴資本與騰訊。', 'INVESTS_IN')).toEqual([
      ['HongShan', '瀾芯科技'],
      ['Hillhouse', '瀾芯科技'],
      ['Tencent', '瀾芯科技'],
    ]);
  });

  it('when a name is denied, is a rival or a dependence, or is an exchange, then it is no investor', () => {
    const raise = 'Orvane said on Monday it had raised $90 million in a Series B round. ';
    expect(
      rel(`${raise}The round was co-led by trading firm Jane Street, while Nvidia was not among the investors.`, 'INVESTS_IN'),
    ).toEqual([['Jane Street', 'Orvane']]);
    expect(rel(`${raise}Its investors hope the chips will cut the industry's reliance on Nvidia.`, 'INVESTS_IN')).toEqual([]);
    expect(rel('澜芯科技宣布完成5亿元B轮融资。本轮融资由深交所相关人士见证，投资方未披露。', 'INVESTS_IN')).toEqual([]);
  });

  it('when a rule already relates two names, then the back-off adds no relation of another kind between them', () => {
    // (The rules read Samsung as Orvane's supplier; the sentence's "joined" alone does not make it an investor too.)
    const { relations } = extractText(
      'Orvane raised $90 million in a Series B round. Samsung, which supplies memory to Orvane, also joined.',
    );
    expect(relations.filter((r) => r.subject === 'Samsung').map((r) => [r.type, r.object])).toEqual([['SUPPLIES', 'Orvane']]);
    expect(rel('Orvane raised $90 million in a Series B round. Samsung also joined.', 'INVESTS_IN')).toEqual([['Samsung', 'Orvane']]);
  });
});

describe('back-off: rivals named around words of rivalry', () => {
  it('when the subject works in a market another dominates, or faces competition from a list, then they compete', () => {
    expect(
      sorted(rel('Like many chip startups, Groq is trying to win business in a market dominated by Nvidia and AMD.', 'COMPETES_WITH')),
    ).toEqual(['AMD + Groq', 'Groq + NVIDIA']);
    const zh = sorted(rel('寒武纪面临英伟达、高通以及联发科等大厂的竞争。', 'COMPETES_WITH'));
    expect(zh).toEqual(expect.arrayContaining(['Cambricon + MediaTek', 'Cambricon + NVIDIA', 'Cambricon + Qualcomm']));
    const hant = sorted(rel('寒武紀面臨輝達、高通以及聯發科等大廠的競爭。', 'COMPETES_WITH'));
    expect(hant).toEqual(expect.arrayContaining(['Cambricon + MediaTek', 'Cambricon + NVIDIA', 'Cambricon + Qualcomm']));
  });

  it("when a back-off relation is kept, then its confidence is below every rule's", () => {
    // (A market another dominates is read by a rivalry rule now; a later "also joined" of a round is still the back-off's.)
    const r = extractText('Orvane raised $90 million in a Series B round. Samsung also joined.').relations;
    expect(r.map((x) => [x.type, x.confidence])).toEqual([['INVESTS_IN', BACKOFF_CONFIDENCE]]);
  });

  it("when the firm is the analysts' or the rival sits in another clause, then it is no rival", () => {
    expect(rel('Analysts at Bernstein said Groq still has to win business in a market dominated by Nvidia.', 'COMPETES_WITH')).toEqual([
      ['Groq', 'NVIDIA'],
    ]);
    expect(rel('智谱与月之暗面在大模型领域竞争激烈，两家公司均获得了阿里巴巴的投资。', 'COMPETES_WITH').flat()).not.toContain('Alibaba');
  });
});

describe('a funding round read by back-off, and a partnership a rule found for the same pair', () => {
  it('when a lead investor of the round is later said to work with the company, then it is both investor and partner', () => {
    const text =
      'Helio Systems raised $700 million in a new round. The financing was led by Korvex Securities and South Korean investment firm Dana Partners. Dana Partners said Korean companies that work with Helio Systems had given positive feedback.';
    expect(rel(text, 'INVESTS_IN')).toEqual([
      ['Korvex Securities', 'Helio Systems'],
      ['Dana Partners', 'Helio Systems'],
    ]);
    expect(rel(text, 'PARTNERS_WITH')).toEqual([['Dana Partners', 'Helio Systems']]);
  });
});
