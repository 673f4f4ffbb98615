import { entities, rel } from './helpers';

// Sentences written for these tests.
describe('Who tells of the news is no party to it', () => {
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
