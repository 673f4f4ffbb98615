import { entities, rel, ruleRel } from './helpers';

describe("a parent after a place's possessive", () => {
  it('when a unit is "a subsidiary of Japan\'s X", then X is its parent', () => {
    expect(rel("Korvia AI, a subsidiary of Japan's Helio Systems, will build the chips.", 'SUBSIDIARY_OF')).toEqual([
      ['Korvia AI', 'Helio Systems'],
    ]);
    expect(rel('Korvia AI, a subsidiary of Helio Systems, will build the chips.', 'SUBSIDIARY_OF')).toEqual([
      ['Korvia AI', 'Helio Systems'],
    ]);
  });
});

describe('a long appositive with a title', () => {
  it('when a person is "title and title of a field at X" or "head of X\'s team", then X employs the person', () => {
    expect(
      rel(
        'Jane Roe, vice president and chief technology officer of computing architecture at Helio Systems, said demand grew.',
        'WORKS_FOR',
      ),
    ).toEqual([['Jane Roe', 'Helio Systems']]);
    expect(
      rel(
        "Jane Roe, executive vice president and head of Helio Systems' foundry business development team, said demand grew.",
        'WORKS_FOR',
      ),
    ).toEqual([['Jane Roe', 'Helio Systems']]);
  });

  it('when the appositive holds no title or a clause, then there is no employment', () => {
    expect(rel('Jane Roe, a longtime customer and critic of Helio Systems, said demand grew.', 'WORKS_FOR')).toEqual([]);
    expect(rel('Jane Roe, who later sold her chips and servers to Helio Systems, said demand grew.', 'WORKS_FOR')).toEqual([]);
  });
});

describe('units listed after 旗下…包括', () => {
  it('when a company 旗下 includes a list of described companies, then each is its subsidiary', () => {
    const expected = [
      ['Toloka', 'Nebius'],
      ['Avride', 'Nebius'],
    ];
    expect(rel('目前Nebius旗下除云平台外，还包括数据标注公司Toloka、机器人公司Avride。', 'SUBSIDIARY_OF')).toEqual(expected);
    expect(rel('目前Nebius旗下除雲端平台外，還包括數據標註公司Toloka、機器人公司Avride。', 'SUBSIDIARY_OF')).toEqual(expected);
  });

  it("when a clause goes on with 并持有 a described company's shares, then the subject invests in it", () => {
    expect(rel('Nebius经营云平台，并持有开源数据库公司ClickHouse的股份。', 'INVESTS_IN')).toEqual([['Nebius', 'ClickHouse']]);
    expect(rel('Nebius經營雲端平台，並持有開源資料庫公司ClickHouse的股份。', 'INVESTS_IN')).toEqual([['Nebius', 'ClickHouse']]);
  });
});

describe('customers and capacity', () => {
  it('when one customer is named and 其他包括 lists the rest, then the supplier supplies each', () => {
    const expected = [
      ['CoreWeave', 'NVIDIA'],
      ['CoreWeave', 'Wistron'],
      ['CoreWeave', 'VAST Data'],
    ];
    expect(rel('CoreWeave表示，英伟达将是这座数据中心的首批客户之一，其他包括电子代工厂纬创、储存业者VAST Data。', 'SUPPLIES')).toEqual(
      expected,
    );
    expect(rel('CoreWeave表示，輝達將是這座資料中心的首批客戶之一，其他包括電子代工廠緯創、儲存業者VAST Data。', 'SUPPLIES')).toEqual(
      expected,
    );
  });

  it('when capacity is leased to a company, then the lessor supplies it', () => {
    expect(rel('In December TeraWulf agreed to lease 72.5 MW to Core42.', 'SUPPLIES')).toEqual([['TeraWulf', 'Core42']]);
    expect(rel('Microsoft signed a deal with Nebius to study power markets.', 'SUPPLIES')).toEqual([]);
  });
});

describe('rounds led (牵头) and joined (参与), and who raised them', () => {
  it('when a round is 由A与B牵头 and C、D等机构参与, then each invests in the company that raised it', () => {
    const expected = [
      ['Blackstone', 'CoreWeave'],
      ['Magnetar', 'CoreWeave'],
      ['Coatue', 'CoreWeave'],
      ['Carlyle', 'CoreWeave'],
    ];
    expect(
      rel('CoreWeave宣布完成75亿美元债务融资，由黑石集团与对冲基金Magnetar Capital牵头，Coatue及凯雷集团等机构参与。', 'INVESTS_IN'),
    ).toEqual(expected);
    expect(
      rel('CoreWeave宣布完成75億美元債務融資，由黑石集團與對沖基金Magnetar Capital牽頭，Coatue及凱雷集團等機構參與。', 'INVESTS_IN'),
    ).toEqual(expected);
  });

  it('when the company raised a round 由A领投 and others 跟投, then they invest in the company, not in the lead', () => {
    const expected = [
      ['Coatue', 'CoreWeave'],
      ['Magnetar', 'CoreWeave'],
      ['Fidelity', 'CoreWeave'],
    ];
    const sorted = (xs: [string, string][]) => xs.sort((a, b) => a[0].localeCompare(b[0]));
    expect(sorted(rel('两周前，CoreWeave刚完成由Coatue领投的11亿美元股权融资，Magnetar及富达（Fidelity）跟投。', 'INVESTS_IN'))).toEqual(
      sorted(expected as [string, string][]),
    );
    expect(sorted(rel('兩周前，CoreWeave剛完成由Coatue領投的11億美元股權融資，Magnetar及富達（Fidelity）跟投。', 'INVESTS_IN'))).toEqual(
      sorted(expected as [string, string][]),
    );
  });

  it('when a place or a description with another name comes before the company, then the company is still the subject', () => {
    const expected = [['Magnetar', 'CoreWeave']];
    expect(ruleRel('美国云端服务商CoreWeave宣布完成一笔融资，由Magnetar牵头。', 'INVESTS_IN')).toEqual(expected);
    expect(ruleRel('专门出租英伟达GPU算力的云端服务商CoreWeave宣布完成一笔融资，由Magnetar牵头。', 'INVESTS_IN')).toEqual(expected);
    expect(ruleRel('專門出租輝達GPU算力的雲端服務商CoreWeave宣布完成一筆融資，由Magnetar牽頭。', 'INVESTS_IN')).toEqual(expected);
  });

  it('when 牵头 or 参与 is said of no raise, then there is no investment', () => {
    expect(rel('由工信部牵头，华为与中兴等企业参与制定标准。', 'INVESTS_IN')).toEqual([]);
  });
});

describe('what is no investment, person or company', () => {
  it('when investors are told or tapped, a company is led by its chief, or a name stands in a new clause, then the back-off reads no round', () => {
    expect(
      rel('Helio Systems raised money last year. Korvia AI, led by chief executive Jane Roe, agreed to buy Nimbus Cloud.', 'INVESTS_IN'),
    ).toEqual([]);
    expect(
      rel('Helio Systems raised money last year. Korvia AI and Nimbus Cloud have also tapped investors to buy GPUs.', 'INVESTS_IN'),
    ).toEqual([]);
    expect(
      rel('Helio Systems raised $100 million in a round led by Korvia AI, and its chips are manufactured by Nimbus Cloud.', 'INVESTS_IN'),
    ).toEqual([['Korvia AI', 'Helio Systems']]);
  });

  it('when two companies "both acquired minority stakes" in a third, then they invest in it and buy nothing', () => {
    expect(rel('Sony and Arm both acquired minority stakes in Raspberry Pi in 2023.', 'ACQUIRES')).toEqual([]);
    expect(rel('Sony and Arm both acquired minority stakes in Raspberry Pi in 2023.', 'INVESTS_IN')).toEqual([
      ['Sony', 'Raspberry Pi Ltd'],
      ['Arm', 'Raspberry Pi Ltd'],
    ]);
  });

  it('when 曾 opens an adverb (曾长期担任), then it is no surname, and the post is read as a former one', () => {
    const expected = [['Lip-Bu Tan', 'Cadence']];
    expect(ruleRel('陈立武本身也是创投出身，曾长期担任电子设计自动化大厂益华电脑执行长。', 'WORKS_FOR')).toEqual(expected);
    expect(ruleRel('陳立武本身也是創投出身，曾長期擔任電子設計自動化大廠益華電腦執行長。', 'WORKS_FOR')).toEqual(expected);
  });

  it('when a country and a kind of company stand before a name (瑞典公司Arriver), then that phrase is no company', () => {
    expect(rel('高通的视觉技术来自2022年收购的瑞典公司Arriver。', 'ACQUIRES')).toEqual([['Qualcomm', 'Arriver']]);
    expect(rel('高通的視覺技術來自2022年收購的瑞典公司Arriver。', 'ACQUIRES')).toEqual([['Qualcomm', 'Arriver']]);
  });

  it('when a person with a gloss owns a company (马斯克（Elon Musk）旗下), then the reporting source is no parent', () => {
    expect(rel('据彭博社报道，埃隆·马斯克（Elon Musk）旗下人工智能公司xAI正在筹划融资。', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('據彭博社報道，埃隆·馬斯克（Elon Musk）旗下人工智能公司xAI正在籌劃融資。', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('past employers, agreements and stakes', () => {
  it('when the last appositive is "an architect who previously designed chips at A, B and C", then each employed the person', () => {
    expect(
      rel(
        '"We are ready," said Jim Keller, Tenstorrent\'s chief executive, a veteran architect who previously designed chips at Apple and Tesla.',
        'WORKS_FOR',
      ),
    ).toEqual([
      ['Jim Keller', 'Tenstorrent'],
      ['Jim Keller', 'Apple'],
      ['Jim Keller', 'Tesla'],
    ]);
  });

  it('when a person held a post before joining (加入X前曾任) or worked at a company in a relative clause (曾在X参与…的), then that company employed them', () => {
    expect(ruleRel('英特尔技术长卡蒂（Sachin Katti）离职。卡蒂加入英特尔前曾任斯坦福大学副教授。', 'WORKS_FOR')).toContainEqual([
      'Sachin Katti',
      'Stanford University',
    ]);
    expect(ruleRel('英特爾技術長卡蒂（Sachin Katti）離職。卡蒂加入英特爾前曾任史丹佛大學副教授。', 'WORKS_FOR')).toContainEqual([
      'Sachin Katti',
      'Stanford University',
    ]);
    expect(ruleRel('该实验室由曾在谷歌参与TPU开发的禹东赫（Woo Dong-hyuk）领导。', 'WORKS_FOR')).toContainEqual([
      'Woo Dong-hyuk',
      'Google',
    ]);
    expect(ruleRel('該實驗室由曾在谷歌參與TPU開發的禹東赫（Woo Dong-hyuk）領導。', 'WORKS_FOR')).toContainEqual([
      'Woo Dong-hyuk',
      'Google',
    ]);
  });

  it('when a company announced an agreement of its own with another, then they partner', () => {
    expect(
      rel('Lambda, another GPU cloud operator, announced a multibillion-dollar agreement of its own with Microsoft.', 'PARTNERS_WITH'),
    ).toEqual([['Lambda Labs', 'Microsoft']]);
  });

  it('when a company 取得 a percentage of another, then it invests; a majority (过半股权), then it acquires', () => {
    expect(rel('软银以补助款转换，取得英特尔约10%股权。', 'INVESTS_IN')).toEqual([['SoftBank', 'Intel']]);
    expect(rel('軟銀以補助款轉換，取得英特爾約10%股權。', 'INVESTS_IN')).toEqual([['SoftBank', 'Intel']]);
    expect(rel('KDDI宣布取得东京大学背景的初创企业ELYZA过半股权。', 'ACQUIRES')).toEqual([['KDDI', 'ELYZA']]);
    expect(rel('KDDI宣布取得東京大學背景的初創企業ELYZA過半股權。', 'ACQUIRES')).toEqual([['KDDI', 'ELYZA']]);
  });

  it('when a company borrows from lenders or gets a loan they provide, then they back it, and supply nothing', () => {
    expect(rel('CoreWeave从黑石、Magnetar等机构借入逾百亿美元。', 'INVESTS_IN')).toEqual([
      ['Blackstone', 'CoreWeave'],
      ['Magnetar', 'CoreWeave'],
    ]);
    expect(rel('Lambda也獲得了由麥格理集團提供、以GPU作抵押的5億美元貸款。', 'INVESTS_IN')).toEqual([['Macquarie', 'Lambda Labs']]);
    expect(rel('Lambda也獲得了由麥格理集團提供、以GPU作抵押的5億美元貸款。', 'SUPPLIES')).toEqual([]);
    expect(rel('Lambda secured a $500 million loan from Macquarie Group.', 'INVESTS_IN')).toEqual([['Macquarie', 'Lambda Labs']]);
  });

  it('when a cluster of named chips is built for a described customer (为AI初创X建成…由H100组成的丛集), then the builder supplies it and it uses them', () => {
    for (const text of [
      'CoreWeave为AI初创Inflection AI建成一个由约2.2万颗H100组成的运算丛集。',
      'CoreWeave為AI初創Inflection AI建成一個由約2.2萬顆H100組成的運算叢集。',
    ]) {
      expect(rel(text, 'SUPPLIES')).toEqual([['CoreWeave', 'Inflection AI']]);
      expect(rel(text, 'USES')).toEqual([['Inflection AI', 'H100']]);
    }
  });

  it("when one maker's chips go up against others' goods after an opening phrase, then the makers are rivals", () => {
    expect(
      rel("In the maker market, Hailo's chips go up against Nvidia's Jetson modules and Google's Coral accelerators.", 'COMPETES_WITH'),
    ).toContainEqual(['Google', 'Hailo']);
    expect(rel("In the maker market, Hailo's chips sold well and Google's accelerators did too.", 'COMPETES_WITH')).toEqual([]);
  });

  it("when a Chinese phrase holds a verb's 了 or a time word, then it is no company name", () => {
    expect(Object.keys(entities('三星今年成立了实验室，由禹东赫领导。'))).not.toContain('三星今年成立了实验室');
  });
});

describe('customers in headlines and "the startup"', () => {
  it('when a foundry is named most and "the startup\'s investors" follow, then the startup is the other company', () => {
    expect(
      rel(
        "Samsung said it will make AI accelerators for Japan's Preferred Networks. Samsung will use its 2nm process. Samsung said the order mattered. The startup's investors include Toyota Motor, NTT and Fanuc.",
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Toyota', 'Preferred Networks'],
      ['NTT', 'Preferred Networks'],
      ['Fanuc', 'Preferred Networks'],
    ]);
  });

  it("when a company will manufacture goods for (a place's) company, wins it as a customer, or is turned to for goods, then it supplies it", () => {
    expect(rel("Samsung said it will manufacture AI accelerators for Japan's Preferred Networks.", 'SUPPLIES')).toEqual([
      ['Samsung', 'Preferred Networks'],
    ]);
    expect(rel('Samsung wins Preferred Networks as 2nm AI chip customer', 'SUPPLIES')).toEqual([['Samsung', 'Preferred Networks']]);
    expect(rel("Raspberry Pi turns to Israel's Hailo for $70 AI Kit", 'SUPPLIES')).toEqual([['Hailo', 'Raspberry Pi Ltd']]);
    expect(rel('Samsung named Preferred Networks as a partner in its research program.', 'SUPPLIES')).toEqual([]);
  });
});

describe('subjects of later clauses and of the story', () => {
  it('when "and its cloud arm" follows a clause about another company, then the unit is the clause subject\'s', () => {
    expect(rel("KT led Rebellions' Series B financing, and its cloud arm, KT Cloud, runs ATOM servers.", 'SUBSIDIARY_OF')).toEqual([
      ['KT Cloud', 'KT'],
    ]);
  });

  it('when a relative clause "counts the telecom group X among its investors" after a merger, then X invests in its head and the merged company does not', () => {
    expect(
      ruleRel(
        'Furiosa competes with Rebellions, which merged with Sapeon Korea last year and counts the telecom group KT among its investors.',
        'INVESTS_IN',
      ),
    ).toEqual([['KT', 'Rebellions']]);
  });

  it('when a sentence opens "led by chief executive P," before the company and its verb, then P works for it', () => {
    expect(
      ruleRel(
        "Samsung said it will manufacture AI accelerators for Japan's Preferred Networks (PFN). Samsung's foundry division will build the chips. Founded in 2014 and led by chief executive Toru Nishikawa, Tokyo-based PFN is best known for its software.",
        'WORKS_FOR',
      ),
    ).toEqual([['Toru Nishikawa', 'Preferred Networks']]);
    expect(rel('The round was led by Jane Roe, Acme and Beta Corp.', 'WORKS_FOR')).toEqual([]);
  });

  it('when a supplier is named mostly for its goods ("Nvidia GPUs") or after "backed by", then "the company" and "it" are the story\'s own company', () => {
    const text =
      'Lambda, the GPU cloud operator backed by Nvidia, reached an agreement with Microsoft. Founded in 2012, the company now rents Nvidia GPUs by the hour to developers. It competes with CoreWeave and Crusoe for GPU supply.';
    expect(rel(text, 'COMPETES_WITH')).toEqual([
      ['CoreWeave', 'Lambda Labs'],
      ['Crusoe', 'Lambda Labs'],
    ]);
    expect(rel(text, 'SUPPLIES')).toEqual([['NVIDIA', 'Lambda Labs']]);
  });
});

describe('names trimmed and partners of a speaker', () => {
  it('when a description stands before a Chinese registered name, then it is cut off and the known company is found', () => {
    expect(Object.keys(entities('国产自动驾驶芯片企业黑芝麻智能国际控股有限公司今日在港交所上市。'))).toContain(
      'Black Sesame Technologies',
    );
    expect(Object.keys(entities('國產自動駕駛晶片企業黑芝麻智能國際控股有限公司今日在港交所上市。'))).toContain(
      'Black Sesame Technologies',
    );
    expect(Object.keys(entities('继晶泰科技之后，又一家特专科技公司登陆港股。'))).not.toContain('特专科技公司');
  });

  it('when a sentence opens with a quantity and a number ("Roughly 20 members"), then that is no chip', () => {
    const text =
      'Tesla designed the D1 chip for Dojo and its AI5 chips. Roughly 20 members of the Dojo group had left. About 100 engineers stayed.';
    expect(Object.keys(entities(text))).not.toContain('Roughly 20');
    expect(Object.keys(entities(text))).not.toContain('About 100');
  });

  it("when a person the sentence opens with announces partnerships 与A、B等企业, then the person's company partners each, not they one another", () => {
    for (const text of [
      '英伟达执行长黄仁勋访韩。黄仁勋前一天才宣布与Palantir、礼来等企业的一系列合作。',
      '輝達執行長黃仁勳訪韓。黃仁勳前一天才宣布與Palantir、禮來等企業的一系列合作。',
    ])
      expect(rel(text, 'PARTNERS_WITH')).toEqual([
        ['NVIDIA', 'Palantir'],
        ['Eli Lilly', 'NVIDIA'],
      ]);
  });
});

describe('investment from a list, use on a chip, chips positioned against', () => {
  it('when a company was formed "with investment from eight companies - A, B and C -", then each invests in it', () => {
    expect(
      rel(
        'Rapidus was formed in 2022 with investment from eight Japanese companies - Toyota Motor, NTT and MUFG Bank - and got subsidies.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Toyota', 'Rapidus'],
      ['NTT', 'Rapidus'],
      ['MUFG Bank', 'Rapidus'],
    ]);
    expect(rel('Helio Systems has not received funding from Toyota.', 'INVESTS_IN')).toEqual([]);
  });

  it('when a company tests or trains on a chip (在X加速器上测试), or is a platform for one, then it uses the chip', () => {
    expect(rel('Naver在英特尔Gaudi 2加速器上测试并优化其大模型。', 'USES')).toEqual([['Naver', 'Gaudi 2']]);
    expect(rel('Naver在英特爾Gaudi 2加速器上測試並優化其大模型。', 'USES')).toEqual([['Naver', 'Gaudi 2']]);
    expect(rel("Vultr has become one of the more visible cloud platforms for AMD's Instinct MI300X accelerator.", 'USES')).toEqual([
      ['Vultr', 'MI300X'],
    ]);
  });

  it('when models are said to have finished training or adaptation on a chip (在昇腾上完成训练或适配), then their owners, or a model’s maker, use it', () => {
    expect(rel('科大讯飞的星火大模型、智谱等厂商的模型也先后宣布在昇腾上完成训练或适配。', 'USES')).toEqual([
      ['Zhipu AI', 'Ascend'],
      ['iFlytek', 'Ascend'],
    ]);
    expect(rel('科大訊飛的星火大模型、智譜等廠商的模型也先後宣布在昇騰上完成訓練或適配。', 'USES')).toHaveLength(2);
    expect(rel('輝達指出，gpt-oss系列模型是在輝達H100 GPU上完成訓練。', 'USES')).toEqual([['OpenAI', 'H100']]);
    expect(rel('英伟达的模型在H100上完成训练。', 'USES')).toEqual([]);
  });

  it('when a chip is "the chip X positions against Y\'s Z", then the chips compete', () => {
    expect(rel("Vultr offers AMD's MI300X accelerator, the chip AMD positions against Nvidia's H100.", 'COMPETES_WITH')).toContainEqual([
      'H100',
      'MI300X',
    ]);
  });
});

describe('what these readings must not take', () => {
  it.each([
    ['黑石向CoreWeave提供75亿美元贷款。', 'INVESTS_IN', [['Blackstone', 'CoreWeave']]],
    ["AMD's new software stack borrows heavily from Nvidia's CUDA.", 'INVESTS_IN', []],
    ['Blackstone provided a loan to CoreWeave.', 'SUPPLIES', []],
    ['Nebius signed a $17.4 billion deal with Microsoft for GPU capacity.', 'SUPPLIES', []],
    ['OpenAI turned to Microsoft for advice on its governance.', 'SUPPLIES', []],
    ['英伟达旗下拥有多款芯片，客户包括微软、谷歌和亚马逊。', 'SUBSIDIARY_OF', []],
    ['摩尔线程完成新一轮融资，并与华为共同牵头制定行业标准。', 'INVESTS_IN', []],
    ['Samsung, which makes HBM, said that Rebellions counts KT among its investors.', 'INVESTS_IN', [['KT', 'Rebellions']]],
    ['三星为了追赶台积电开发2纳米芯片。', 'SUPPLIES', []],
    ['Anna Kim, senior vice president for sales at a distributor of Nvidia chips, said demand grew.', 'WORKS_FOR', []],
    ['Gartner named Oracle as the top cloud for enterprise customers.', 'SUPPLIES', []],
    ["Intel's chips compete with AMD's processors in PCs, and Dell's products use both.", 'COMPETES_WITH', [['AMD', 'Intel']]],
    ['阿里巴巴取得ELYZA 100%股权。', 'INVESTS_IN', []],
  ] as const)('when the text is "%s", then %s is %j', (text, type, expected) => {
    expect(ruleRel(text, type)).toEqual(expected);
  });

  it("when 企业 begins a registered name's own words (…企业发展集团有限公司), then nothing is cut", () => {
    expect(Object.keys(entities('深圳市人工智能企业发展集团有限公司今日成立。'))).not.toContain('发展集团有限公司');
  });
});

describe('a kind of company as a subject', () => {
  it("when a clause's subject is a kind of company named by no one (日本企业, 国内车企), then no named company earlier in the sentence is its subject", () => {
    for (const text of [
      '分析人士指出，日本政府此番出手，但日本企业在算力上仍严重依赖亚马逊云科技（AWS）、微软、谷歌等美国巨头。',
      '分析人士指出，日本政府此番出手，但日本企業在算力上仍嚴重依賴亞馬遜雲端（AWS）、微軟、谷歌等美國巨頭。',
    ])
      expect(rel(text, 'SUPPLIES')).toEqual([]);
    expect(rel('小米表示，国内车企纷纷采用英伟达芯片。', 'SUPPLIES')).toEqual([]);
    expect(rel('小米表示，公司将采用英伟达芯片。', 'SUPPLIES')).toEqual([['NVIDIA', 'Xiaomi']]);
  });
});
