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

  it('when a transliterated name has several dotted parts, then it is one person, and an institution named after one is an organization', () => {
    const e = entities('董事长是该国安全顾问、王室成员阿卜杜·拉赫曼·本·哈米德，公司曾与哈利法·本·扎耶德科技大学等机构合作。');
    expect(e).toMatchObject({ '阿卜杜·拉赫曼·本·哈米德': 'Person', '哈利法·本·扎耶德科技大学': 'Organization' });
    expect(Object.keys(e).filter((n) => n.includes('·'))).toHaveLength(2);
    const t = entities('董事長是該國安全顧問、王室成員阿卜杜·拉赫曼·本·哈米德。');
    expect(t).toMatchObject({ '阿卜杜·拉赫曼·本·哈米德': 'Person' });
    expect(Object.keys(entities('新闻：安德鲁·斯通进入董事会。'))).toEqual(['安德鲁·斯通']);
  });

  it('when a Japanese name follows a title, then the whole name is a person (family name and given name)', () => {
    expect(entities('该公司社长田中和博此前接受采访时表示，需求强劲。')).toMatchObject({ 田中和博: 'Person' });
    expect(entities('經濟產業大臣佐藤健在記者會上說明。')).toMatchObject({ 佐藤健: 'Person' });
    expect(entities('技術長山本健一郎在聲明中表示，將採用新製程。')).toMatchObject({ 山本健一郎: 'Person' });
    // (A Chinese name after a title keeps its usual length; a preposition after a title is no name.)
    expect(entities('董事长田立新表示，公司将扩产。')).toMatchObject({ 田立新: 'Person' });
    expect(Object.values(entities('一位券商分析师对记者表示，前景乐观。'))).not.toContain('Person');
  });

  it('when a Korean name is written family name first with a hyphenated given name, then it is a person, also opening a sentence', () => {
    expect(entities('Lee Dong-soo wrote about the dispute on his blog.')).toMatchObject({ 'Lee Dong-soo': 'Person' });
    expect(entities('The lab invited Choi Jin-ho to the meeting in Seoul.')).toMatchObject({ 'Choi Jin-ho': 'Person' });
  });

  it('when a school or institute is named with a city or a proper stem, then it is an organization; a country and 大学 is not one', () => {
    expect(entities('研究团队来自格拉斯哥大学与图卢兹大学。')).toMatchObject({ 格拉斯哥大学: 'Organization', 图卢兹大学: 'Organization' });
    expect(entities('里昂理工大學的研究人員表示。')).toMatchObject({ 里昂理工大學: 'Organization' });
    expect(Object.values(entities('美国大学的研究人员表示，芯片人才短缺。'))).not.toContain('Organization');
  });

  it('when words stand before a name in a list or before an investor, then they are no part of it', () => {
    const e = entities('公告显示，这家公司的客户包括英伟达、英特尔、三星电子与台积电。');
    expect(Object.keys(e).filter((n) => n.includes('客户'))).toEqual([]);
    expect(entities('产业资本之外，市场化风投则有远川创投和蓝湾资本。')).toMatchObject({ 远川创投: 'Organization' });
    expect(Object.keys(entities('这次上市距蓝湾资本当初的计划晚了四年。'))).toEqual(['蓝湾资本']);
    expect(entities('本轮还有临江先导基金参与。')).toMatchObject({ 临江先导基金: 'Organization' });
  });

  it('when a chip is named with a generation mark or followed by "AI accelerator", then the chip name is whole and without AI', () => {
    expect(entities('The handset runs the Snapdragon 8 Gen 3 and the tablet the Snapdragon 8+ Gen 1.')).toMatchObject({
      'Snapdragon 8 Gen 3': 'Chip',
      'Snapdragon 8+ Gen 1': 'Chip',
    });
    const e = entities('Zentra unveiled its Orca 200 AI accelerator for data centers.');
    expect(e).toMatchObject({ 'Orca 200': 'Chip' });
    expect(Object.keys(e).filter((n) => n.endsWith(' AI'))).toEqual([]);
    expect(Object.keys(entities('Zentra will build RISC-V-based AI chips for televisions.')).filter((n) => n.includes('based'))).toEqual(
      [],
    );
  });

  it('when a Latin name in Chinese text makes, owns or employs (自研芯片, 旗下, 首席执行官), then it is an organization, not a chip', () => {
    const e = entities('在ZORVO自研芯片计划中，ZORVO旗下芯片公司交出三颗芯片。ZORVO首席执行官陈明达表示，ZORVO在芯片业务上投入巨大。');
    expect(e).toMatchObject({ ZORVO: 'Organization', 陈明达: 'Person' });
    expect(entities('公司推出VX2等推理加速卡产品。')).toMatchObject({ VX2: 'Chip' });
    expect(Object.keys(entities('启信宝信息显示，该公司参保人数为1261人。'))).toEqual([]);
  });

  it('when a single character follows the head 芯 of an unknown name (无问芯穹), then it ends the name; a function word does not', () => {
    expect(entities('AI基础设施企业星问芯穹今日宣布完成A轮融资。')).toMatchObject({ 星问芯穹: 'Organization' });
    expect(entities('AI基礎設施企業星問芯穹今日宣布完成A輪融資。')).toMatchObject({ 星問芯穹: 'Organization' });
    expect(entities('AI基础设施企业星问芯将于明年上市。')).toMatchObject({ 星问芯: 'Organization' });
  });

  it('when capitals only start a sentence or a headline, then they are no names', () => {
    expect(entities('According to the report, demand for chips rose.')).toEqual({});
    expect(entities('Chip Stocks Rally As Demand For Servers Grows Again')).toEqual({});
  });

  it('when a firm name of common words opens a sentence (Primary Venture Partners), then it is whole; an opening determiner or adverb is no part of a name', () => {
    expect(entities('Primary Venture Partners, which backed the company before, led the financing.')).toEqual({
      'Primary Venture Partners': 'Organization',
    });
    expect(entities('Yesterday Sequoia Capital led the round.')).toEqual({ 'Sequoia Capital': 'Organization' });
    expect(Object.keys(entities('The Orbit Venture Partners fund led the round.'))).toEqual(['Orbit Venture Partners']);
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

describe('discovery: a ticker after a description, an acronym after a corporate abbreviation', () => {
  it('when a ticker follows "a wholly owned unit of Sony Group Corp.", then the name is the capitalised words, not the description', () => {
    const names = Object.keys(entities('SSS is a wholly owned unit of Sony Group Corp. (6758.T). It makes image sensors.'));
    expect(names.filter((n) => /wholly|unit of/.test(n))).toEqual([]);
    expect(names).toContain('Sony');
  });

  it('when a known company is written with "Corp." and then its acronym in brackets, then the acronym is its spelling', () => {
    const t = 'Raspberry Pi Ltd signed a tie-up with Sony Semiconductor Solutions Corp. (SSS). SSS took a stake in Raspberry Pi Ltd.';
    expect(extractAliases(t, 'Sony Semiconductor Solutions')).toContain('SSS');
    expect(Object.keys(entities(t))).not.toContain('SSS');
    const u = 'Acme signed a deal with Zentrix Photonics Corp. (ZP) on Monday. ZP later took a stake in Acme.';
    expect(Object.keys(entities(u))).not.toContain('ZP');
  });
});
