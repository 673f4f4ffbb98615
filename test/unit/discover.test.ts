import { extractText } from '../../src/extract';
import { entities } from './rules/helpers';

const extractAliases = (text: string, name: string) => extractText(text).entities.find((e) => e.name === name)?.aliases ?? [];

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

describe('discovery of listed companies, named chips, funds and models', () => {
  it('when an unknown name is listed with known companies, then it is an organization (a person or an adverb is not)', () => {
    expect(entities('Brightwell said Quorra and Humain would be among its first customers.')).toMatchObject({
      Quorra: 'Organization',
    });
    expect(entities('Separately, Intel and AMD cut prices.')).not.toHaveProperty('Separately');
    expect(entities('Nvidia and Jensen met the press.')).not.toHaveProperty('Jensen');
  });

  it('when a model number stands in apposition to a chip noun, then it is a chip', () => {
    expect(entities('Orlane unveiled its second accelerator, the Z7, and compared it with its predecessor, the Z5.')).toMatchObject({
      Z7: 'Chip',
      Z5: 'Chip',
    });
  });

  it('when a fund is named after a known company, or investors are listed before 跟投, then each is an organization', () => {
    expect(entities('星河智算获得小米长江产业基金投资。')).toMatchObject({ 小米长江产业基金: 'Organization' });
    expect(entities('本轮由腾讯领投，国投创合、合肥产投跟投。')).toMatchObject({ 国投创合: 'Organization', 合肥产投: 'Organization' });
    expect(entities('本轮由腾讯领投，国投创合、合肥产投跟投。')).not.toHaveProperty('由腾讯');
  });

  it('when a name stands before 大模型 after a possessive, then it is a product; a generic modifier is not', () => {
    expect(entities('科大讯飞将用这些芯片训练其星火大模型。')).toMatchObject({ 星火: 'Product' });
    expect(entities('科大讯飞将用这些芯片训练其多模态大模型。')).not.toHaveProperty('多模态');
  });

  it('when a kind word precedes a glossed name, then the name starts after the last kind word', () => {
    expect(entities('另一家新創公司星宸智算（Stellacore）宣布與聯電合作。')).toMatchObject({ Stellacore: 'Organization' });
    const e = extractAliases('另一家新創公司星宸智算（Stellacore）宣布與聯電合作。', 'Stellacore');
    expect(e).toContain('星宸智算');
    expect(e).not.toContain('公司星宸智算');
  });
});

describe('discovery: conjunctions before Chinese names', () => {
  it('when a conjunction runs into a listed name (并从高通、海思等), then the name is the known one, not a new organization', () => {
    const names = Object.keys(entities('该公司从2021年开始招募芯片人才，并从高通、华为海思等公司挖来多名工程师。'));
    expect(names).toEqual(expect.arrayContaining(['Qualcomm', 'HiSilicon']));
    expect(names.some((n) => n.startsWith('并'))).toBe(false);
  });
});

describe('discovery: described lists, possessed chip names and nationality before AI', () => {
  it('when a demonym and AI describe a lab before its name, then only the name is an organization', () => {
    const found = entities('Intel agreed to buy Danish AI lab Korrin AI last month.');
    expect(found['Korrin AI']).toBe('Organization');
    expect(found['Danish AI']).toBeUndefined();
  });

  it('when an owner calls a capitalised word its chip, then the word is a chip', () => {
    expect(entities('Brellix said it would ship its Tundra chip next year to cloud customers.')['Tundra']).toBe('Chip');
  });

  it('when an unknown employer stands before a long title and a name, then it is an organization', () => {
    expect(entities('The round drew former Zapcart chief technology officer Nora Blake.')['Zapcart']).toBe('Organization');
  });
});

describe('discovery: technologies, 等 after a listed name, backers', () => {
  it('when a process technology precedes 制程平台, then it is no product or organization', () => {
    expect(entities('联电与英特尔合作开发12纳米FinFET制程平台。')['FinFET']).toBeUndefined();
  });
  it('when a listed investor is followed by 等, then 等 is not part of its name', () => {
    const found = entities('本轮融资由阿里巴巴领投，砺思资本、小红书等跟投。');
    expect(found['小红书']).toBe('Organization');
    expect(found['小红书等']).toBeUndefined();
  });
  it('when a short name is described as a longtime backer, then it is an organization, but a person so described stays a person', () => {
    expect(entities('The round included KT, a longtime backer of the startup.')['KT']).toBe('Organization');
    expect(entities('The round included Peter Brandt, a longtime backer of the startup.')['Peter Brandt']).not.toBe('Organization');
  });
});
