import { extractText } from '../../../src/extract';

const made = (text: string) =>
  extractText(text).relations.filter((r) => r.type === 'MANUFACTURES').map((r) => [r.subject, r.object]);

describe('MANUFACTURES', () => {
  it('when a foundry makes a chip for a designer (为…代工), then the foundry manufactures that chip', () => {
    expect(made('台积电为微软代工Maia 100芯片。')).toEqual([['TSMC', 'Maia 100']]);
    expect(made('台積電為微軟代工Maia 100晶片。')).toEqual([['TSMC', 'Maia 100']]);
  });

  it('when the chip is made by the foundry (由…代工 / made by), then the foundry manufactures it', () => {
    expect(made('微软的Maia 100芯片由台积电代工。')).toEqual([['TSMC', 'Maia 100']]);
    expect(made('The Maia 100 chip is manufactured by TSMC.')).toEqual([['TSMC', 'Maia 100']]);
  });
});
