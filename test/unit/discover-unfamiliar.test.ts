import { extractText } from '../../src/extract';
import { entities, rel } from './rules/helpers';

// Regional and small-company news names people and institutions the lexicon has never seen: accented names,
// initials, hyphenated titles, universities and ministries, and Chinese funders named only by what they put in.
describe('discovery of unfamiliar names', () => {
  it('when a title is hyphenated (senior vice-president), then the person is found and works for the company after it', () => {
    const text = 'Marten Olsberg, senior vice-president of strategy for Velkor Systems, said the deal would close soon.';
    expect(entities(text)).toMatchObject({ 'Marten Olsberg': 'Person', 'Velkor Systems': 'Organization' });
    expect(rel(text, 'WORKS_FOR')).toContainEqual(['Marten Olsberg', 'Velkor Systems']);
  });

  it('when a name has accented letters or initials, then it is one person', () => {
    expect(entities('"We share the data," said Tomasz Wierzbiś, director of Kranvel Computing.')).toMatchObject({
      'Tomasz Wierzbiś': 'Person',
    });
    expect(entities('The funds will go to sales, said Dieter Kröhnel, a former Bosch manager.')).toMatchObject({
      'Dieter Kröhnel': 'Person',
    });
    expect(entities('The group, run by chairman and managing director R.K. Venkatram, had a busy week.')).toMatchObject({
      'R.K. Venkatram': 'Person',
    });
  });

  it('when an institution is named by what it is of or for, then the whole name is an organization, "and" included', () => {
    const e = entities('The consortium includes the University of Lodmar and the Ministry of Science and Higher Education.');
    expect(e).toMatchObject({ 'University of Lodmar': 'Organization', 'Ministry of Science and Higher Education': 'Organization' });
    // (Capitals joined by "and" outside an institution's name stay two names.)
    expect(Object.keys(entities('Velkor Systems and Brantwell Labs signed the deal.'))).toEqual(
      expect.arrayContaining(['Velkor Systems', 'Brantwell Labs']),
    );
  });

  it("when an appositive calls a name another company's subsidiary, or a purchase names it, then it is an organization", () => {
    const text = "The servers will sit in Sahel Data Halls, Kovu Group's data-centre subsidiary.";
    expect(entities(text)).toMatchObject({ 'Sahel Data Halls': 'Organization' });
    expect(rel(text, 'SUBSIDIARY_OF')).toContainEqual(['Sahel Data Halls', 'Kovu Group']);
    expect(entities('NXP said it completed its purchase of Trelling, which makes in-vehicle links.')).toMatchObject({
      Trelling: 'Organization',
    });
  });

  it('when a Chinese name follows 的 and takes a post (的王某出任CEO), then it is a person, in both scripts', () => {
    expect(entities('原先在地平线统管研发的庞思远出任CEO。')).toMatchObject({ 庞思远: 'Person' });
    expect(entities('原先在地平線統管研發的龐思遠出任執行長。')).toMatchObject({ 龐思遠: 'Person' });
    // (What a company does after 的 is no person: 的发展出任何… never reads as a name and a post.)
    expect(Object.values(entities('公司的研发出任务书。'))).not.toContain('Person');
  });

  it('when four-character names put in a sum (出资3亿元, 各出资), then each is an organization, in both scripts', () => {
    const e = entities('大基金三期载体澜汀鼎新出资3亿元，川合先导出资1.5亿元，屹峰元创与芯栈智造各出资5000万元。');
    expect(e).toMatchObject({ 澜汀鼎新: 'Organization', 川合先导: 'Organization', 屹峰元创: 'Organization', 芯栈智造: 'Organization' });
    const t = entities('大基金三期載體瀾汀鼎新出資3億元，屹峰元創與芯棧智造各出資5000萬元。');
    expect(t).toMatchObject({ 瀾汀鼎新: 'Organization', 屹峰元創: 'Organization', 芯棧智造: 'Organization' });
    // (A sum put in by the company itself names no one new.)
    expect(Object.values(entities('公司本身出资3亿元。'))).not.toContain('Organization');
  });

  it('when a platform or tech company is named before what it announces (平台公司X宣布), then X is an organization, in both scripts', () => {
    expect(entities('5月28日，机器人底层软硬件平台公司蓝鲸机器宣布完成1亿美元A轮融资。')).toMatchObject({ 蓝鲸机器: 'Organization' });
    expect(entities('5月28日，機器人底層軟硬體平台公司藍鯨機器宣布完成1億美元A輪融資。')).toMatchObject({ 藍鯨機器: 'Organization' });
    // (A time word after the company noun is no name: 该科技公司近日宣布.)
    expect(Object.keys(entities('该科技公司近日宣布完成融资。'))).toEqual([]);
  });

  it('when a Latin name follows 银行 in Chinese text, then it is an organization', () => {
    expect(entities('巴西投资银行Corvina Pactual也为项目提供融资支持。')).toMatchObject({ 'Corvina Pactual': 'Organization' });
  });

  it('when a round is 由A、B等机构联合投资, then each invests in the company that raised it, in both scripts', () => {
    const zh = '平台公司蓝鲸机器宣布完成1亿美元A轮融资。本轮由高瓴资本、五源资本等多家机构联合投资。';
    expect(rel(zh, 'INVESTS_IN')).toEqual(
      expect.arrayContaining([
        ['Hillhouse', '蓝鲸机器'],
        ['5Y Capital', '蓝鲸机器'],
      ]),
    );
    const zht = '平台公司藍鯨機器宣布完成1億美元A輪融資。本輪由高瓴資本、五源資本等多家機構聯合投資。';
    expect(rel(zht, 'INVESTS_IN')).toEqual(expect.arrayContaining([['Hillhouse', '藍鯨機器']]));
    // (联合投资 with its object after it is a joint investment in that object, not in the round's company.)
    expect(rel('平台公司蓝鲸机器宣布完成融资。高瓴资本与五源资本联合投资了一家工厂。', 'INVESTS_IN')).not.toContainEqual([
      'Hillhouse',
      '蓝鲸机器',
    ]);
  });

  it('when a sum, a legal form, a seat or a kind of company stands where a name could, then it is no entity', () => {
    const en = entities('Velkor Systems will buy Trelling, Inc., a chip designer, for up to Rs 183 crore.');
    expect(en).toMatchObject({ 'Velkor Systems': 'Organization', Trelling: 'Organization' });
    expect(Object.keys(en).filter((n) => /^(?:Inc\.?|Rs 183)$/.test(n))).toEqual([]);
    expect(Object.values(entities('芯原控制多数董事席位。'))).not.toContain('Person');
    expect(Object.keys(entities('辉达与泰国科技公司签署合作协议。'))).not.toContain('泰国科技公司');
    expect(Object.keys(entities('輝達與泰國科技公司簽署合作協議。'))).not.toContain('泰國科技公司');
  });

  it("when a known organization's institute or laboratory is named with it, then the unit is one organization, in both scripts", () => {
    const key = (text: string) => rel(text, 'PARTNERS_WITH').map((p) => [...p].sort().join('|'));
    const zh = '生态方面，英伟达已与清华大学智能产业研究院、乐聚机器人等机构建立合作。';
    expect(entities(zh)).toMatchObject({ 清华大学智能产业研究院: 'Organization' });
    expect(key(zh)).toEqual(expect.arrayContaining(['NVIDIA|清华大学智能产业研究院', 'Leju Robotics|NVIDIA']));
    expect(entities('生態方面，輝達已與清華大學智能產業研究院建立合作。')).toMatchObject({ 清華大學智能產業研究院: 'Organization' });
    // (A researcher of the institute names no new unit: 研究员.)
    expect(Object.keys(entities('清华大学研究员张明表示。'))).not.toContain('清华大学研究');
  });

  it('when a list item is a demonym and a description before a name (Finnish development financier Finnfund), then the name is the item', () => {
    const text =
      'Last December Velkor Systems raised $90 million from the Lodmar Development Bank, Finnish development financier Kestrafund and Google.';
    const r = rel(text, 'INVESTS_IN');
    expect(r).toEqual(
      expect.arrayContaining([
        ['Kestrafund', 'Velkor Systems'],
        ['Google', 'Velkor Systems'],
      ]),
    );
    expect(Object.keys(entities(text))).not.toContain('Finnish');
  });

  it('when Chinese names are listed before posts they take, found something or represent a company, then each is a person', () => {
    expect(entities('芯源股份提名的庞思远、龙泽宇当选非独立董事，祁明当选独立董事。')).toMatchObject({
      庞思远: 'Person',
      龙泽宇: 'Person',
      祁明: 'Person',
    });
    expect(entities('芯源股份提名的龐思遠、龍澤宇當選非獨立董事。')).toMatchObject({ 龐思遠: 'Person', 龍澤宇: 'Person' });
    expect(entities('这家由黎思远创办的投资机构位居首位。')).toMatchObject({ 黎思远: 'Person' });
    expect(rel('大基金三期已于5月24日正式成立，法定代表人为祁明。', 'WORKS_FOR')).toEqual([['祁明', 'Big Fund III']]);
  });

  it('when a given name and a surname are followed by "of" an organization and a verb, then the person works there', () => {
    const text = 'Cody Marren of Lodmar Equity Research cut Velkor Systems to Hold from Buy.';
    expect(entities(text)).toMatchObject({ 'Cody Marren': 'Person', 'Lodmar Equity Research': 'Organization' });
    expect(rel(text, 'WORKS_FOR')).toEqual([['Cody Marren', 'Lodmar Equity Research']]);
    // (A place of a place is no person: Santa Clara of California.)
    expect(Object.values(entities('Santa Clara of California is a city.'))).not.toContain('Person');
  });
  it("when a state's or a court's title comes before a name (Chief Minister, state premier, the acting US Attorney), then it is a person", () => {
    expect(entities('Chief Minister Rovan Kelthar Desai called the plant a turning point.')).toMatchObject({
      'Rovan Kelthar Desai': 'Person',
    });
    expect(entities('The opening was attended by the state premier Tobias Wernholt.')).toMatchObject({ 'Tobias Wernholt': 'Person' });
    expect(entities('"We will prosecute," Maren Oskay, the acting US Attorney for the district, said.')).toMatchObject({
      'Maren Oskay': 'Person',
    });
  });

  it('when a name is followed by an age in commas, as court reports write (Tan Wei Loke, 41,), then it is a person', () => {
    const e = entities(
      'Two men, Tan Wei Loke, 41, and Oren Vaszary, 49, were charged on Thursday. Mira Quon, 28, of Pasadena, ran the firm.',
    );
    expect(e).toMatchObject({ 'Tan Wei Loke': 'Person', 'Oren Vaszary': 'Person', 'Mira Quon': 'Person' });
  });
  it('when a Japanese governor, prime minister or company president is named after the title (知事, 首相, 社長), then the whole name is a person, and an official works for no company', () => {
    const text = '縣知事蒲島和夫以及合資夥伴索尼等公司高層也到場；日本首相岸田文雄則透過影片致詞。澄工社長堀田祐一表示，工廠員工約1700人。';
    expect(entities(text)).toMatchObject({ 蒲島和夫: 'Person', 岸田文雄: 'Person', 堀田祐一: 'Person' });
    expect(rel(text, 'WORKS_FOR').map(([p]) => p)).not.toContain('岸田文雄');
  });
  it('when a name after a title ends in a character that opens a verb elsewhere (强, 之), then the name keeps it unless the verb follows', () => {
    expect(entities('学院教授吴明强等人发表论文。分析师陆敬之在脸书直言。')).toMatchObject({ 吴明强: 'Person', 陆敬之: 'Person' });
    expect(Object.keys(entities('董事长王明强调，公司将扩产。'))).toEqual(['王明']);
  });
  it('when an academician, a council chair (主委), a chief legal officer (法務長) or a Korean executive (朴, 南) is named after the title, then that is a person', () => {
    const text = '中國工程院院士戴立海表示看好。國發會主委葉建宏指出，法務長方淑儀則說明義務。由技術負責人南永佑出任，副社長朴成奎表示。';
    expect(entities(text)).toMatchObject({ 戴立海: 'Person', 葉建宏: 'Person', 方淑儀: 'Person', 南永佑: 'Person', 朴成奎: 'Person' });
  });
  it('when a new company\'s name ends in Company or Inc and it "said it would", then the whole name is the company, not its last word', () => {
    expect(Object.keys(entities('Velkor Company said on Monday it would build a plant.'))).toEqual(['Velkor Company']);
    expect(Object.keys(entities('Brantwell Chips Inc said on Monday it would build a plant.'))).toEqual(['Brantwell Chips Inc']);
    expect(entities('The venture, Velkor Semiconductor Manufacturing Company (VKMC), is owned by TSMC.')).toHaveProperty(
      'Velkor Semiconductor Manufacturing Company',
    );
  });
});

describe('chip programs named by comparison or by the story', () => {
  const owners = (text: string) => extractText(text).chipPrograms.map((p) => p.owner);

  it('when an in-house chip is only the yardstick for another chip, then its maker has no program from it', () => {
    expect(owners('Its CPU cores are pitched as a match for the A19 Pro that Apple put inside the iPhone 17.')).not.toContain('Apple');
    expect(owners('新芯片与苹果A18一样，采用台积电3纳米制程。')).not.toContain('Apple');
    expect(owners('實測成績足以和蘋果iPhone 17搭載的A19 Pro處理器一較高下。')).not.toContain('Apple');
    expect(owners('业内认为，新芯片在性能上已接近高通骁龙8至尊版和苹果A18 Pro。')).not.toContain('Apple');
    expect(owners('Reviewers found the chip close to the A18 Pro that Apple designed for the iPhone 16.')).not.toContain('Apple');
    // (Named as its maker's own work, the chip still makes a program.)
    expect(owners('Apple put its new A19 Pro inside the iPhone 17.')).toContain('Apple');
  });

  it('when the story is about an AI-chip challenger, then it has a program though no chip is named, and keeps it once bought', () => {
    expect(owners('Etched raised $120 million from investors. Etched said the money would go to hiring.')).toContain('Etched');
    const bought = extractText(
      '軟銀收購Graphcore。Graphcore將成為軟銀的全資子公司，並繼續沿用原有名稱營運。Graphcore表示，規模大得驚人。',
    ).chipPrograms.map((p) => p.owner);
    expect(bought).toContain('Graphcore');
    // (A challenger only named in passing by a story about another company has none.)
    expect(owners('Microsoft said its cloud grew fast. Microsoft also named Etched among the start-ups it watches.')).not.toContain(
      'Etched',
    );
  });
  it('when a listed company is glossed by its stock code and its name starts with 和, then the whole name is the company', () => {
    expect(entities('代工大廠和芯（6999）23日晚間舉辦法說會。')).toMatchObject({ 和芯: 'Organization' });
    expect(entities('代工大厂和芯（6999）23日晚间举办法说会。')).toMatchObject({ 和芯: 'Organization' });
  });

  it("when Taiwan's press writes a known company by its market name (晶心科 for 晶心科技), then it is that company", () => {
    const e = entities('晶心科手握約6個雲端專案，緯穎科則擴大產能。');
    expect(e).toMatchObject({ 'Andes Technology': 'Organization', Wiwynn: 'Organization' });
    expect(entities('晶心科手握约6个云端项目。')).toMatchObject({ 'Andes Technology': 'Organization' });
  });

  it('when a Traditional name holds a character whose Simplified form lies outside the BMP (鋐), then the names after it keep their offsets', () => {
    expect(entities('散熱龍頭奇鋐（3017）董事長沈慶行12日在法說會上直言。')).toMatchObject({ 沈慶行: 'Person' });
  });
  it('when a title is one hyphened word opening the sentence (Vice-chancellor), or an academic one, then the name after it is a person', () => {
    expect(entities('Vice-chancellor Marla Teversham said the machine would open next year.')).toMatchObject({
      'Marla Teversham': 'Person',
    });
  });

  it('when Chinese news uses 董座, 主任 or 行政总裁 as the title, then the name after it is a person (a Japanese name too)', () => {
    expect(entities('散熱廠奇鋐董座沈慶行表示客戶不會用。')).toMatchObject({ 沈慶行: 'Person' });
    expect(entities('研究中心主任松岡聰在記者會上表示。')).toMatchObject({ 松岡聰: 'Person' });
    expect(entities('研究中心主任松冈聪在记者会上表示。')).toMatchObject({ 松冈聪: 'Person' });
  });

  it('when an unknown institution stands right before a title (橡樹嶺實驗室主任X), then it is an organization and the person works there, not for a company named before', () => {
    const text = '超微（AMD）執行長蘇姿丰表示將合作。橡樹嶺實驗室主任史崔佛（Stephen Streiffer）表示，新系統的運算能力是現有的3倍。';
    expect(entities(text)).toMatchObject({ 橡樹嶺實驗室: 'Organization', 'Stephen Streiffer': 'Person' });
    expect(rel(text, 'WORKS_FOR')).toContainEqual(['Stephen Streiffer', '橡樹嶺實驗室']);
    expect(rel(text, 'WORKS_FOR')).not.toContainEqual(['Stephen Streiffer', 'AMD']);
    const zh = '橡树岭实验室主任史崔佛（Stephen Streiffer）表示，新系统的运算能力是现有的3倍。';
    expect(rel(zh, 'WORKS_FOR')).toContainEqual(['Stephen Streiffer', '橡树岭实验室']);
  });

  it('when a founder is introduced by what he was (由台商X创办) or a successor as his son (X之子Y), then both are people', () => {
    const text = '沪电由台商吴礼淦创办。据报道，吴礼淦之子吴传林接班后，立志再造一个沪士。';
    expect(entities(text)).toMatchObject({ 吴礼淦: 'Person', 吴传林: 'Person' });
    expect(entities('滬電由台商吳禮淦創辦，吳禮淦之子吳傳林接班。')).toMatchObject({ 吳禮淦: 'Person', 吳傳林: 'Person' });
  });

  it('when a transliterated name is double-barrelled (西蒙·麦金托什-史密斯) or a verb follows it (亚历山大·茹伊签署), then the name is whole and ends there', () => {
    const text = 'BriCS主任西蒙·麦金托什-史密斯（Simon McIntosh-Smith）教授形容，建设过程就像走钢丝。';
    expect(entities(text)).toMatchObject({ 'Simon McIntosh-Smith': 'Person' });
    expect(extractText(text).entities.find((e) => e.name === 'Simon McIntosh-Smith')?.aliases).toContain('西蒙·麦金托什-史密斯');
    expect(entities('合同由Eviden集团高级副总裁亚历山大·茹伊签署。')).toMatchObject({ 亚历山大·茹伊: 'Person' });
  });
  it('when a known company is written with a legal form (United Microelectronics Corp), or by its first word after its full name (Faraday), then it is that one company', () => {
    const corp = extractText(
      'Faraday Technology, in which Taiwanese foundry United Microelectronics Corp (UMC) is the largest shareholder, owns no fabs.',
    );
    expect(corp.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(['Faraday Technology', 'UMC']);
    const short = extractText('Faraday shares rose. Faraday Technology will design the chip on 18A. Faraday said Arm would help.');
    expect(short.entities.filter((e) => /Faraday/.test(e.name)).map((e) => e.name)).toEqual(['Faraday Technology']);
  });
  it('when a new company is written with and without its legal form (Korlin Sdn Bhd, Korlin), then it is one company, found by both', () => {
    for (const text of [
      'The chip came from Korlin Sdn Bhd, the designer said. Korlin plans more.',
      'Velmora Holdings Co said it bought a rival. Velmora expects growth.',
    ]) {
      const found = extractText(text).entities.filter((x) => x.type === 'Organization');
      expect(found).toHaveLength(1);
      expect(found[0]!.aliases).toContain(text.includes('Korlin') ? 'Korlin' : 'Velmora');
    }
  });

  it('when a registered Chinese name leads with its place (上海天数智芯半导体股份有限公司) or follows what kind of company it is, then it is the known company, or a name of its own', () => {
    expect(entities('天数智芯今日在港交所上市。上海天数智芯半导体股份有限公司此次发行H股。')).not.toHaveProperty(
      '上海天数智芯半导体股份有限公司',
    );
    expect(entities('天數智芯今日在港交所上市。上海天數智芯半導體股份有限公司此次發行H股。')).not.toHaveProperty(
      '上海天數智芯半導體股份有限公司',
    );
    expect(entities('蔚来芯片公司安徽神玑技术有限公司完成融资。')).toMatchObject({
      NIO: 'Organization',
      安徽神玑技术有限公司: 'Organization',
    });
  });
  it('when an organization is given the acronym its capitals spell, in brackets or after ", or", then the two are one organization', () => {
    const bracketed = extractText('The dinner of the Velkaria Chip Industry Council (VCIC) was held. The VCIC said it would grow.');
    expect(bracketed.entities.filter((e) => e.type === 'Organization').map((e) => [e.name, e.aliases])).toEqual([
      ['Velkaria Chip Industry Council', ['VCIC']],
    ]);
    const or = extractText('The tools went through Central South CAD Center, or CSCC, an alias of the school. CSCC bought them.');
    expect(or.entities.filter((e) => e.type === 'Organization')).toHaveLength(1);
    // (Capitals that spell no acronym given are two names: Leibniz Supercomputing Centre (LRZ).)
    expect(entities('The Leibniz Supercomputing Centre (LRZ) will run it.')).toMatchObject({
      'Leibniz Supercomputing Centre': 'Organization',
    });
  });

  it('when a surname has a particle (Fabrizio Del Maffeo), then the particle and surname alone are the person', () => {
    const text = 'Fabrizio Del Maffeo, chief executive of Axelera AI, said the chips work. Del Maffeo said more would come.';
    expect(extractText(text).entities.find((e) => e.name === 'Fabrizio Del Maffeo')?.aliases).toContain('Del Maffeo');
    const unknown = 'Marco Di Vestri, chief executive of Velkor Systems, spoke. Di Vestri said more would come.';
    expect(
      extractText(unknown)
        .entities.filter((e) => e.type === 'Person')
        .map((e) => e.name),
    ).toEqual(['Marco Di Vestri']);
  });
  it('when a known chip is named with its family or maker before it (AMD Instinct MI455X), then it is that chip', () => {
    const chips = extractText('Samsung will supply HBM4 for the AMD Instinct MI455X GPU. The MI455X ships next year.').entities.filter(
      (e) => e.type === 'Chip' && /MI455X/.test(e.name),
    );
    expect(chips.map((e) => e.name)).toEqual(['MI455X']);
  });
  it('when a known chip is named in full and then by its last word (DRIVE Thor … Thor), then the word is the chip; alone it is nothing', () => {
    const text = 'Nvidia unveiled DRIVE Thor at GTC. Li Auto had already committed to Thor, and XPeng will use Thor as its AI brain.';
    expect(rel(text, 'USES')).toEqual(
      expect.arrayContaining([
        ['Li Auto', 'DRIVE Thor'],
        ['XPeng', 'DRIVE Thor'],
      ]),
    );
    expect(rel('Li Auto had already committed to Thor.', 'USES')).toEqual([]);
  });
});

describe('discovery: Latin product names in Chinese text', () => {
  const names = (t: string) => extractText(t).entities.map((e) => `${e.name}/${e.type}`);
  it('when up to three Latin words come before 超级计算机/工作站/作业系统, then they name a product', () => {
    expect(names('楷登电子今年推出了Korvex M2000超级计算机。')).toContain('Korvex M2000/Product');
    expect(names('系統將執行輝達的Zephyr OS作業系統。')).toContain('Zephyr OS/Product');
  });
  it('when a code follows 模型 (推理模型R1), then it names a product; a known maker before a known product stays that product', () => {
    expect(names('澜算科技在今年初推出推理模型K1后，尝试训练下一代模型K2。')).toEqual(expect.arrayContaining(['K1/Product', 'K2/Product']));
    expect(names('首台由64台Cerebras CS-2系统组成。')).not.toContain('Cerebras CS-2/Product');
  });
});

describe('discovery: how Taiwan, Hong Kong and headlines write names', () => {
  const people = (t: string) =>
    extractText(t)
      .entities.filter((e) => e.type === 'Person')
      .map((e) => [e.name, ...e.aliases].sort());
  it('when a transliterated name is dotted with ． or ‧ (克雷．馬古克), then it is one person with its Latin gloss, though its first part spells a known company', () => {
    for (const dot of ['．', '‧', '·']) {
      const text = `甲骨文宣布，拔擢總裁克雷${dot}馬古克（Clay Magouyrk）與總裁麥克${dot}西西里亞（Mike Sicilia）出任共同執行長。`;
      expect(people(text)).toEqual(
        expect.arrayContaining([[`克雷${dot}馬古克`, 'Clay Magouyrk'].sort(), [`麥克${dot}西西里亞`, 'Mike Sicilia'].sort()]),
      );
      // (克雷 is Cray's Chinese name: inside the person's name it names no company.)
      expect(entities(text)).not.toHaveProperty('Cray');
      expect(rel(text, 'WORKS_FOR')).toEqual(
        expect.arrayContaining([
          ['Clay Magouyrk', 'Oracle'],
          ['Mike Sicilia', 'Oracle'],
        ]),
      );
    }
  });
  it('when a Latin name goes on in ideographs before its gloss (Google雲端（Google Cloud）), then the ideographs alone elsewhere are no name', () => {
    const text = '他熟悉雲端基礎設施。甲骨文與Google雲端（Google Cloud）競爭。';
    const e = extractText(text);
    expect(e.entities.find((x) => x.name === 'Google Cloud')?.aliases).toContain('Google雲端');
    expect(e.relations.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.subject, r.object].sort())).toEqual([
      ['Google Cloud', 'Oracle'],
    ]);
    // (A Latin word that names no company, GPU, stays out: the kind before the name says where it starts.)
    const gpu = extractText('中國GPU設計商澄芯線程（Chengxin Threads）今日在上海證交所掛牌。').entities.find(
      (x) => x.name === 'Chengxin Threads',
    );
    expect(gpu?.aliases).toContain('澄芯線程');
  });
  it('when a headline runs known companies together without a separator (輝達諾基亞戴爾參投), then each is itself, not one new company', () => {
    const e = entities('Velkoria完成B輪募資 Aker領投、輝達諾基亞戴爾參投');
    expect(e).toMatchObject({ NVIDIA: 'Organization', Nokia: 'Organization', Dell: 'Organization' });
    expect(Object.keys(e)).not.toContain('輝達諾基亞戴爾');
  });
});

describe('events named by their kind', () => {
  it('when a company day, summit or forum is named (en), then it is an event, without the words that lead into it', () => {
    expect(
      entities('Velkor showed the chip at its first Autonomy & AI Day in Palo Alto. The OCP Global Summit opened on Tuesday.'),
    ).toMatchObject({
      'Autonomy & AI Day': 'Event',
      'OCP Global Summit': 'Event',
    });
    expect(Object.values(entities('The company said on Monday it would invest.'))).not.toContain('Event');
  });
  it('when a Chinese event is named after a brand (OPPO未来科技大会, 骁龙技术峰会), then the event starts at the brand nearest its kind', () => {
    const e = entities('OPPO在2021年OPPO未来科技大会上发布新芯片。高通在骁龙技术峰会上发布新芯片。');
    expect(e).toMatchObject({ OPPO未来科技大会: 'Event', 骁龙技术峰会: 'Event', Qualcomm: 'Organization' });
    expect(Object.values(entities('公司在发布会上表示，峰会将于明年举行。'))).not.toContain('Event');
  });
});
