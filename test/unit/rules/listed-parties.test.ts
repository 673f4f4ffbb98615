import { rel } from './helpers';

describe('Every party of a list takes part', () => {
  it('when an item of a list brings a description of its kind (CoreWeave和大模型开发商OpenAI, "and ChatGPT maker OpenAI"), then it is still an item', () => {
    expect(rel('英伟达已投资数据中心运营商CoreWeave和大模型开发商OpenAI。', 'INVESTS_IN')).toEqual([
      ['NVIDIA', 'CoreWeave'],
      ['NVIDIA', 'OpenAI'],
    ]);
    expect(rel('Nvidia has invested in cloud operator CoreWeave and ChatGPT maker OpenAI.', 'INVESTS_IN')).toEqual([
      ['NVIDIA', 'CoreWeave'],
      ['NVIDIA', 'OpenAI'],
    ]);
  });

  it("when a Chinese clause opens with an adverb of time (此前, 此外), then it keeps the sentence's subject", () => {
    expect(rel('近年来，英伟达持续布局AI生态，此前已直接投资CoreWeave。', 'INVESTS_IN')).toEqual([['NVIDIA', 'CoreWeave']]);
    expect(rel('近年來，輝達持續佈局AI生態，此前已直接投資CoreWeave。', 'INVESTS_IN')).toEqual([['NVIDIA', 'CoreWeave']]);
  });

  it('when production is entrusted to a list of foundries (交由A、B和C代工), then each supplies the subject', () => {
    expect(rel('壁仞科技的芯片主要交由台积电、三星和中芯国际等晶圆厂代工。', 'SUPPLIES').map(([s]) => s)).toEqual([
      'TSMC',
      'Samsung',
      'SMIC',
    ]);
    expect(rel('聯發科的晶片主要交由台積電與三星代工。', 'SUPPLIES').map(([s]) => s)).toEqual(['TSMC', 'Samsung']);
  });

  it('when holders listed with a gloss are all said to be shareholders (A（简称）和B均为X的股东), then each invests', () => {
    expect(rel('国家集成电路产业投资基金（大基金）和腾讯均为壁仞科技的股东。', 'INVESTS_IN')).toEqual([
      ['Big Fund', 'Biren'],
      ['Tencent', 'Biren'],
    ]);
    expect(rel('國家集成電路產業投資基金（大基金）和騰訊均為壁仞科技的股東。', 'INVESTS_IN')).toEqual([
      ['Big Fund', 'Biren'],
      ['Tencent', 'Biren'],
    ]);
  });

  it('when an opening participle says who founded the company (Founded by A and CTO B, X…), then both work for X', () => {
    expect(
      rel('Founded in 2016 by Jonathan Ross and Chief Technology Officer Mark Ellison, Groq raised $300 million.', 'WORKS_FOR'),
    ).toEqual([
      ['Jonathan Ross', 'Groq'],
      ['Mark Ellison', 'Groq'],
    ]);
  });
});
