import { extractText } from '../../../src/extract';
import { entities, rel } from './helpers';

// Sentences written for these tests.
describe('Who tells of the news is no party to it', () => {
  it('when a news outlet the lexicon knows is named, wherever it stands (路透社指出, "according to Bloomberg"), then it takes part in no relation but its reporters\' employment', () => {
    const parties = (text: string) =>
      extractText(text)
        .relations.filter((r) => r.type !== 'WORKS_FOR')
        .flatMap((r) => [r.subject, r.object]);
    expect(parties('路透社指出，与Groq正面竞争的是Cerebras。')).not.toContain('Reuters');
    expect(parties('路透社指出，與Groq正面競爭的是Cerebras。')).not.toContain('Reuters');
    expect(parties("Reuters noted that Groq's rivals include Cerebras.")).not.toContain('Reuters');
    expect(
      parties('Tenstorrent raised $693 million. Bezos Expeditions took part, as did LG Electronics and Fidelity, according to Bloomberg.'),
    ).not.toContain('Bloomberg');
    // (The rivalry and the round are still read.)
    expect(rel("Reuters noted that Groq's rivals include Cerebras.", 'COMPETES_WITH')).toEqual([['Cerebras', 'Groq']]);
    expect(rel('Bloomberg analyst Jane Roe said Nvidia would gain.', 'WORKS_FOR')).toEqual([['Jane Roe', 'Bloomberg']]);
  });

  it("when an analyst's firm or a publication is named, then it takes part in no relation but its analysts' employment", () => {
    const en = 'JPMorgan analyst Jane Roe said the company holds purchase orders for Amazon’s Trainium3.';
    expect(rel(en, 'ACQUIRES')).toEqual([]);
    expect(rel(en, 'USES')).toEqual([]);
    expect(rel(en, 'SUPPLIES')).toEqual([]);
    expect(rel(en, 'WORKS_FOR')).toEqual([['Jane Roe', 'JPMorgan']]);
    expect(rel('大摩半導體主管王大明表示，Trainium4的設計服務將由世芯-KY承接。', 'SUPPLIES')).toEqual([]);
    expect(
      rel('韓媒《韓國經濟日報》報導，台積電把部分封裝工作外包給日月光，以免訂單流向競爭對手三星電子。', 'PARTNERS_WITH').flat(),
    ).not.toContain('Korea Economic Daily');
  });

  it('when a company is a party and its own people speak, then it still takes part', () => {
    expect(rel('Nvidia chief executive Jensen Huang said Nvidia would supply GPUs to Samsung.', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'Samsung'],
    ]);
  });

  it('when 曾 means "once" before a verb, then it starts no name', () => {
    expect(Object.values(entities('管理团队中有多名副总裁曾任职于AMD、英伟达等芯片厂商。')).filter((t) => t === 'Person')).toEqual([]);
  });
});

describe('Reporters, money and in-house making', () => {
  it('when an agency reported earlier (路透社此前报道称), then it is no party; money provided is no supply', () => {
    const text = '路透社此前报道称，大基金二期曾为中芯国际提供资金支持。';
    expect(rel(text, 'SUPPLIES')).toEqual([]);
    expect(rel(text, 'INVESTS_IN')).toEqual([['Big Fund II', 'SMIC']]);
  });

  it('when a chip maker builds its own chip, then it is no foundry of it', () => {
    expect(rel('三星宣布其HBM4已开始量产，并由三星自家工厂制造。', 'MANUFACTURES').filter(([s]) => s === 'Samsung')).toEqual([]);
  });
});
