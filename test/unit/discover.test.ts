import { entities } from './rules/helpers';

describe('discovery of names the lexicon lacks', () => {
  it('when English text introduces people and companies with titles, appositives and suffixes, then they are typed so', () => {
    expect(entities('Startup Tenstorrent, led by Jim Keller, raised money.')).toMatchObject({
      Tenstorrent: 'Organization',
      'Jim Keller': 'Person',
    });
    expect(entities('Tom Becker of Larkspur Capital said the valuation was too high.')).toMatchObject({
      'Tom Becker': 'Person',
      'Larkspur Capital': 'Organization',
    });
    expect(entities('Korvia, an AI startup from Saudi Arabia, plans to expand.')).toMatchObject({ Korvia: 'Organization' });
  });

  it("when a name carries a modifier (X-headquartered Y, X-powered AI, X's AI), then only the names are kept", () => {
    const e = entities("The Santa Clara-headquartered Groq said Nvidia-powered AI servers dominate, while Qualcomm's AI racks lag.");
    expect(e).toMatchObject({ Groq: 'Organization', NVIDIA: 'Organization', Qualcomm: 'Organization' });
    expect(Object.keys(e).filter((n) => /AI|headquartered|powered/.test(n))).toEqual([]);
  });

  it('when a Chinese title precedes a name or a stem precedes an organization head, then both are found in the original script', () => {
    expect(entities('雷川科技董事長劉志遠表示，公司已完成新一輪融資。')).toMatchObject({ 雷川科技: 'Organization', 劉志遠: 'Person' });
    expect(entities('摩尔线程在上海证交所挂牌。')).toMatchObject({ 上海证交所: 'Organization' });
  });

  it('when capitals only start a sentence or a headline, then they are no names', () => {
    expect(entities('According to the report, demand for chips rose.')).toEqual({});
    expect(entities('Chip Stocks Rally As Demand For Servers Grows Again')).toEqual({});
  });
});

describe('discovery from what names do', () => {
  it("when an unknown word acts as a company twice, then it is one; a person's surname is not", () => {
    const e = entities(
      'Zentrova said it raised $50 million. Zentrova plans to ship chips next year. Jane Doe, its chief executive, said demand is strong. Doe said more.',
    );
    expect(e).toMatchObject({ Zentrova: 'Organization', 'Jane Doe': 'Person' });
    expect(e).not.toHaveProperty('Doe');
  });

  it('when a publication is named as a source (据《…》), then it is an organization and no name inside it is', () => {
    expect(entities('据《科创板日报》报道，小米正在研发新芯片。')).toMatchObject({ 科创板日报: 'Organization' });
    expect(entities('据《科创板日报》报道，小米正在研发新芯片。')).not.toHaveProperty('STAR Market');
  });

  it('when a model number names a computer, then it is a product with its brand, not a chip', () => {
    expect(entities('華碩發表個人AI超級電腦Ascent GX10。')).toMatchObject({ 'Ascent GX10': 'Product' });
  });
});

describe('discovery of investors, ampersands and chip appositives', () => {
  it('when names lead or join a round, contain &, or are called a processor, then they are typed so', () => {
    expect(entities('智谱完成融资，杭州城投产业基金和上海国投领投，阿里巴巴、腾讯继续跟投。')).toMatchObject({
      杭州城投产业基金: 'Organization',
      上海国投: 'Organization',
    });
    expect(entities('智谱完成融资，杭州城投产业基金和上海国投领投，阿里巴巴、腾讯继续跟投。')).not.toHaveProperty('腾讯继续');
    expect(entities('The round was led by Fidelity Management & Research.')).toMatchObject({
      'Fidelity Management & Research': 'Organization',
    });
    expect(entities('It makes the Zeta Engine, a dinner-plate-sized processor.')).toMatchObject({ 'Zeta Engine': 'Chip' });
  });
});
