import { entities, rel, relWith, ruleRel } from './helpers';

describe('ACQUIRES', () => {
  it('when a buyer agrees to, completes or weighs a purchase, then the buyer acquires the target with that status', () => {
    expect(relWith('Nimbus Labs said on Monday it had agreed to acquire Korvia AI for $2 billion.', 'ACQUIRES', 'status')).toEqual([
      ['Nimbus Labs', 'Korvia AI', 'announced'],
    ]);
    expect(relWith('Nimbus Labs has completed its acquisition of Korvia AI.', 'ACQUIRES', 'status')).toEqual([
      ['Nimbus Labs', 'Korvia AI', 'completed'],
    ]);
    expect(relWith('微软拟收购芯片初创公司雷川科技。', 'ACQUIRES', 'status')).toEqual([['Microsoft', '雷川科技', 'considering']]);
    expect(relWith('軟銀已完成收購雷川科技。', 'ACQUIRES', 'status')).toEqual([['SoftBank', '雷川科技', 'completed']]);
  });

  it('when the target comes first (was acquired by, 被…收购), then the direction is still buyer -> target', () => {
    expect(rel('Korvia AI was acquired by Nimbus Labs last year.', 'ACQUIRES')).toEqual([['Nimbus Labs', 'Korvia AI']]);
    expect(rel('雷川科技去年被腾讯收购。', 'ACQUIRES')).toEqual([['Tencent', '雷川科技']]);
  });

  it('when a buyer snaps up a company or takes control of it (取得…的控制权), then it acquires it; control of a process is no deal', () => {
    expect(relWith('SoftBank snaps up struggling chip designer Korvia AI.', 'ACQUIRES', 'status')).toEqual([
      ['SoftBank', 'Korvia AI', 'announced'],
    ]);
    expect(rel('Nimbus Labs took control of Korvia AI in March.', 'ACQUIRES')).toEqual([['Nimbus Labs', 'Korvia AI']]);
    expect(relWith('北方华创已正式取得涂胶设备厂商雷川科技的控制权。', 'ACQUIRES', 'status')).toEqual([['NAURA', '雷川科技', 'completed']]);
    expect(relWith('北方華創擬取得雷川科技的控股權。', 'ACQUIRES', 'status')).toEqual([['NAURA', '雷川科技', 'considering']]);
    expect(rel('北方华创取得了进展，雷川科技表示欢迎。', 'ACQUIRES')).toEqual([]);
  });

  it('when a deal is denied or goods are bought, then there is no acquisition', () => {
    expect(rel('英特尔否认将收购雷川科技。', 'ACQUIRES')).toEqual([]);
    expect(rel('Intel denied reports that it would buy Korvia AI.', 'ACQUIRES')).toEqual([]);
    expect(rel('Intel bought 5,000 chips from Korvia AI.', 'ACQUIRES')).toEqual([]);
  });
});

describe('INVESTS_IN', () => {
  it('when an investor funds, backs or buys into a company, then it invests in it (a person too)', () => {
    expect(rel('Nimbus Labs led a $300 million funding round in Korvia AI.', 'INVESTS_IN')).toEqual([['Nimbus Labs', 'Korvia AI']]);
    expect(rel('英偉達入股英特爾。', 'INVESTS_IN')).toEqual([['NVIDIA', 'Intel']]);
    expect(rel('雷川科技获得了腾讯的投资。', 'INVESTS_IN')).toEqual([['Tencent', '雷川科技']]);
    expect(rel('Korvia AI, which has the backing of Intel CEO Lip-Bu Tan, designs RISC-V chips.', 'INVESTS_IN')).toEqual([
      ['Lip-Bu Tan', 'Korvia AI'],
    ]);
  });

  it('when the investment is denied or a rival is merely named, then there is none', () => {
    expect(rel('腾讯未投资雷川科技。', 'INVESTS_IN')).toEqual([]);
    expect(rel('OpenAI的竞争对手Anthropic获得了投资。', 'INVESTS_IN')).toEqual([]);
  });
});

describe('INVESTS_IN in funding rounds', () => {
  it('when investors lead or join a round, then each invests in the company that raised it', () => {
    const text =
      'Brightline Compute said it had raised $120 million. The round was led by Northgate Capital, and Helix Ventures also took part in the round.';
    expect(rel(text, 'INVESTS_IN')).toEqual([
      ['Northgate Capital', 'Brightline Compute'],
      ['Helix Ventures', 'Brightline Compute'],
    ]);
    expect(rel('雷川科技完成新一轮融资，由腾讯领投，红杉中国跟投。', 'INVESTS_IN')).toEqual(
      expect.arrayContaining([['Tencent', '雷川科技']]),
    );
    expect(rel('雷川科技完成新一輪融資，由騰訊領投。', 'INVESTS_IN')).toEqual([['Tencent', '雷川科技']]);
  });

  it('when a stake is bought or sold, then buying is an investment, not an acquisition, and selling is neither', () => {
    expect(rel('Nvidia bought a $5 billion stake in Intel.', 'INVESTS_IN')).toEqual([['NVIDIA', 'Intel']]);
    expect(rel('Nvidia bought a $5 billion stake in Intel.', 'ACQUIRES')).toEqual([]);
    expect(rel('SoftBank sold its entire stake in Nvidia.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('shareholders and mergers', () => {
  it('when a company is called the (largest) shareholder of another, then it invests in it', () => {
    expect(rel("Microsoft, OpenAI's largest shareholder, said it would keep its stake.", 'INVESTS_IN')).toEqual([['Microsoft', 'OpenAI']]);
    expect(rel('中科曙光目前是海光信息的第一大股东。', 'INVESTS_IN')).toEqual([['Sugon', 'Hygon']]);
    expect(rel('中科曙光目前是海光信息的第一大股東。', 'INVESTS_IN')).toEqual([['Sugon', 'Hygon']]);
  });

  it('when one company plans to absorb another (吸收合并), then it acquires it, status considering', () => {
    expect(relWith('海光信息正在筹划以换股方式吸收合并中科曙光。', 'ACQUIRES', 'status')).toEqual([['Hygon', 'Sugon', 'considering']]);
  });
});

describe('INVESTS_IN by backers named and stakes added', () => {
  it('when a company counts investors among its backers, then each invests in it', () => {
    expect(rel('Orvane Labs, which counts Sequoia Capital and Lux Capital among its backers, is hiring.', 'INVESTS_IN')).toEqual([
      ['Sequoia Capital', 'Orvane Labs'],
      ['Lux Capital', 'Orvane Labs'],
    ]);
  });

  it('when an existing shareholder adds to its stake (继续加注), then it invests; an unnamed fund of a company does not make the company an investor', () => {
    expect(rel('晶曜科技完成B轮融资，老股东红杉中国继续加注。', 'INVESTS_IN')).toEqual([['HongShan', '晶曜科技']]);
    expect(rel('晶曜科技完成B轮融资 中国移动旗下基金领投', 'INVESTS_IN')).toEqual([]);
  });
});

describe('ACQUIRES a list, with "it" in a later clause', () => {
  it('when a buyer "also bought startups A and B" after a first deal, then it acquires each, and "it" is the buyer', () => {
    expect(
      rel(
        'In May Qualcomm agreed to buy chip startup Brindle Labs for $300 million, and last year it also bought software startups Quillo and Marrowsoft.',
        'ACQUIRES',
      ),
    ).toEqual([
      ['Qualcomm', 'Brindle Labs'],
      ['Qualcomm', 'Quillo'],
      ['Qualcomm', 'Marrowsoft'],
    ]);
  });
});

describe('INVESTS_IN from a described list of backers', () => {
  it('when "other backers include" lists people with descriptions before their names, then each backs the company that raised', () => {
    expect(
      rel(
        'Lumetta Labs said it has raised $40 million. Other backers include veteran investor Paul Harding, former Intel chief technology officer Nora Blake and Figma CEO Dylan Field.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Paul Harding', 'Lumetta Labs'],
      ['Nora Blake', 'Lumetta Labs'],
      ['Dylan Field', 'Lumetta Labs'],
    ]);
  });
});

describe('ACQUIRES past a described target, and INVESTS_IN by a stake sold to a buyer', () => {
  it('when the target is described with a name inside the description (Arm-based chip designer X), then X is the target', () => {
    expect(rel('高通以24亿美元收购安谋架构服务器芯片商Ampere。', 'ACQUIRES')).toEqual([['Qualcomm', 'Ampere Computing']]);
    expect(rel('Qualcomm agreed to buy Arm-based server chip designer Ampere for $2.4 billion.', 'ACQUIRES')).toEqual([
      ['Qualcomm', 'Ampere Computing'],
    ]);
    expect(rel('Qualcomm agreed to buy Arm-based server chip designer Ampere for $2.4 billion.', 'SUPPLIES')).toEqual([]);
  });
  it('when a company sells a stake in its unit to a buyer, then the buyer invests in the unit, not the seller', () => {
    expect(rel('AMD sold a 40% stake in Xilinx to Silver Lake.', 'INVESTS_IN')).toEqual([['Silver Lake', 'Xilinx']]);
    expect(rel('英特尔宣布出售Altera的51%股权给银湖资本。', 'INVESTS_IN')).toEqual([['Silver Lake', 'Altera']]);
  });
});

describe('INVESTS_IN by an investor in a company', () => {
  it('when a company is called the largest investor in another, then it invests in it', () => {
    expect(rel('Google is the second-largest investor in Anthropic.', 'INVESTS_IN')).toEqual([['Google', 'Anthropic']]);
  });
});

describe('INVESTS_IN from 投资方包括 / 股东有', () => {
  it('when the investors or shareholders of a company are listed, then each invests in it', () => {
    expect(rel('壁仞科技宣布完成新一轮融资，投资方包括腾讯、中国移动等。', 'INVESTS_IN')).toEqual([
      ['Tencent', 'Biren'],
      ['China Mobile', 'Biren'],
    ]);
  });
});

describe('INVESTS_IN past an appositive owner', () => {
  it("when an investor is described as another's arm (GV, Alphabet's venture arm), then the arm invests, not its owner", () => {
    expect(
      rel(
        'Lumetta Labs raised $80 million. Existing investors Fidelity and GV, Alphabet’s venture capital arm, also joined the round.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Fidelity', 'Lumetta Labs'],
      ['GV', 'Lumetta Labs'],
    ]);
  });
});

describe('INVESTS_IN by shareholders with venture names', () => {
  it('when shareholders listed include a new venture name and a known one written with 资本, then each invests', () => {
    expect(rel('摩尔线程的主要股东包括云晖创投、IDG资本和腾讯。', 'INVESTS_IN')).toEqual([
      ['云晖创投', 'Moore Threads'],
      ['IDG', 'Moore Threads'],
      ['Tencent', 'Moore Threads'],
    ]);
  });
});

describe('INVESTS_IN by a company invested in and a holder that is 其 largest shareholder', () => {
  it('when a list of rivals names one item by who invested in it (A、B集团旗下的C、D集团转投资的E), then only D invests, in E alone', () => {
    const text = '揖斐电的主要对手包括台湾的欣兴电子、台塑集团旗下的南亚电路板（南电）、华硕集团转投资的景硕，以及奥地利的AT&S。';
    expect(rel(text, 'INVESTS_IN')).toEqual([['ASUS', 'Kinsus Interconnect']]);
    expect(
      rel('揖斐電的主要對手包括台灣的欣興電子、台塑集團旗下的南亞電路板（南電）、華碩集團轉投資的景碩，以及奧地利的AT&S。', 'INVESTS_IN'),
    ).toEqual([['ASUS', 'Kinsus Interconnect']]);
  });

  it('when a company is another’s invested company (是X转投资的公司) or X holds 35% as 其 largest shareholder, then X invests in it', () => {
    expect(rel('世芯是台积电转投资的公司。', 'INVESTS_IN')).toEqual([['TSMC', 'Alchip']]);
    expect(rel('世芯近年成长快速，台积电持股约35%，为其最大股东。', 'INVESTS_IN')).toEqual([['TSMC', 'Alchip']]);
  });
});

describe('INVESTS_IN in more round wordings', () => {
  it('when a round is co-led, other investors in it are listed, or others take part "with participation from", then each invests in the company that raised', () => {
    expect(rel('Quillon raised $40 million. The round was co-led by Brightwater Capital and Tessel Ventures.', 'INVESTS_IN')).toEqual([
      ['Brightwater Capital', 'Quillon'],
      ['Tessel Ventures', 'Quillon'],
    ]);
    expect(
      rel('Quillon raised $40 million. Other investors in the round include Brightwater Capital and Tessel Ventures.', 'INVESTS_IN'),
    ).toEqual([
      ['Brightwater Capital', 'Quillon'],
      ['Tessel Ventures', 'Quillon'],
    ]);
    // The company that raised, not the lead investor named just before, gets the later investors.
    expect(
      rel(
        'Quillon raised $40 million in a round led by Brightwater Capital, with participation from Tessel Ventures and Orrin Partners.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Brightwater Capital', 'Quillon'],
      ['Tessel Ventures', 'Quillon'],
      ['Orrin Partners', 'Quillon'],
    ]);
  });

  it('when investors "also put money in, as did" others, then all of them invest, the first of a list opening the sentence too', () => {
    expect(
      rel(
        'Quillon raised $40 million. Spark Capital, Tessel Ventures and Orrin Partners also put money in, as did Halvard co-founders Maria Lund and Peter Lund.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Spark Capital', 'Quillon'],
      ['Tessel Ventures', 'Quillon'],
      ['Orrin Partners', 'Quillon'],
      ['Maria Lund', 'Quillon'],
      ['Peter Lund', 'Quillon'],
    ]);
  });
});

describe('ACQUIRES in a relative clause, INVESTS_IN from bare participation', () => {
  it('when "X, (a …) that/which Y bought/acquired" names the target first, then Y acquires X (completed), but not goods or a stake', () => {
    expect(
      relWith('He co-founded Korvia AI, an early maker of accelerators that Nimbus Labs bought in 2016.', 'ACQUIRES', 'status'),
    ).toEqual([['Nimbus Labs', 'Korvia AI', 'completed']]);
    expect(rel('She later started Velmora AI, which Halvard Systems acquired in 2023 for $1.3 billion.', 'ACQUIRES')).toEqual([
      ['Halvard Systems', 'Velmora AI'],
    ]);
    expect(rel('Korvia AI makes the chips that Nimbus Labs bought last year.', 'ACQUIRES')).toEqual([]);
  });

  it('when investors "led the financing", "also took part" or "wrote a cheque" after a raise, then they invest in the raiser, not in one another', () => {
    expect(
      rel(
        'Quillon has raised $475 million for its analog chip. Spark Capital and Orrin Partners led the financing together. Tessel Ventures also took part, and Halvard Systems wrote a cheque, as did Halvard co-founder Maria Lund.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Spark Capital', 'Quillon'],
      ['Orrin Partners', 'Quillon'],
      ['Tessel Ventures', 'Quillon'],
      ['Halvard Systems', 'Quillon'],
      ['Maria Lund', 'Quillon'],
    ]);
    // With no raise told, taking part is no investment.
    expect(rel('Tessel Ventures also took part, and Halvard wrote a cheque.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('INVESTS_IN from lists of holders and participants', () => {
  it('when a round "had three co-leads: A, B and C" and "also taking part were D and E", then each invests in the raiser', () => {
    expect(
      rel(
        'Quillon, a Santa Clara start-up, has closed a $275 million funding round. The Series C had three co-leads: Spark Capital, Orrin Partners and Temasek. Also taking part were Tessel Ventures and Nautilus Venture Partners.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Spark Capital', 'Quillon'],
      ['Orrin Partners', 'Quillon'],
      ['Temasek', 'Quillon'],
      ['Tessel Ventures', 'Quillon'],
      ['Nautilus Venture Partners', 'Quillon'],
    ]);
  });

  it('when "A, B and C are investors, as is D" names no company, then they hold the story\'s company; "investors in X" is left to X', () => {
    expect(
      rel(
        'Quillon, a chip start-up, makes inference chips. SK hynix, SK Telecom and KT are investors, as is Aramco Ventures.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['SK hynix', 'Quillon'],
      ['SK Telecom', 'Quillon'],
      ['KT', 'Quillon'],
      ['Aramco Ventures', 'Quillon'],
    ]);
  });

  it('when the listed holders "were earlier backers" or "are other major investors", then they hold the story\'s company', () => {
    expect(
      rel('Quillon, a chip start-up, makes inference chips. Nvidia, Oracle and Salesforce Ventures were earlier backers.', 'INVESTS_IN'),
    ).toEqual([
      ['NVIDIA', 'Quillon'],
      ['Oracle', 'Quillon'],
      ['Salesforce Ventures', 'Quillon'],
    ]);
    expect(rel('Quillon, a chip start-up, makes inference chips. Nvidia and Oracle are other major investors.', 'INVESTS_IN')).toHaveLength(
      2,
    );
  });

  it("when a company agrees to buy an amount of another's shares, then it invests; buying an amount of chips is no investment", () => {
    expect(rel('Nvidia agreed in September to buy $5 billion of Intel shares.', 'INVESTS_IN')).toEqual([['NVIDIA', 'Intel']]);
    expect(rel('Microsoft agreed to buy $5 billion of Nvidia chips.', 'INVESTS_IN')).toEqual([]);
  });

  it("when holders are listed before 均在股东名单之列 / 均為股東, then each holds the story's company (zh-Hans, zh-Hant)", () => {
    expect(rel('雷川科技共有60名股东。阿里巴巴、腾讯、青禾资本等均在股东名单之列。', 'INVESTS_IN')).toEqual([
      ['Alibaba', '雷川科技'],
      ['Tencent', '雷川科技'],
      ['青禾资本', '雷川科技'],
    ]);
    expect(rel('雷川科技共有60名股東。阿里巴巴、騰訊等均為其股東。', 'INVESTS_IN')).toEqual([
      ['Alibaba', '雷川科技'],
      ['Tencent', '雷川科技'],
    ]);
  });

  it("when A、B与C也是股东 follows a clause that opens with a company, then each holds that company (not the story's main one)", () => {
    expect(ruleRel('台积电在熊本设立雷川科技。雷川科技由台积电持有过半股权，索尼、电装与丰田汽车也是股东。', 'INVESTS_IN')).toEqual([
      ['Sony', '雷川科技'],
      ['Denso', '雷川科技'],
      ['Toyota', '雷川科技'],
    ]);
    expect(ruleRel('台積電在熊本設立雷川科技。雷川科技由台積電持有過半股權，索尼、電裝與豐田汽車也是股東。', 'INVESTS_IN')).toHaveLength(3);
  });

  it("when investors are allotted shares of the story's placement (获配, 在获配之列), then each invests in its company (zh-Hans, zh-Hant)", () => {
    expect(
      rel(
        '雷川科技完成定增，募资30亿元。青禾基金获配8亿元；阿里巴巴、腾讯分别获配5亿元和3亿元。远澜基金以及申万宏源证券也在获配之列。',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['青禾基金', '雷川科技'],
      ['Alibaba', '雷川科技'],
      ['Tencent', '雷川科技'],
      ['远澜基金', '雷川科技'],
      ['Shenwan Hongyuan', '雷川科技'],
    ]);
    expect(rel('雷川科技完成定增。阿里巴巴、騰訊分別獲配5億元和3億元。', 'INVESTS_IN')).toEqual([
      ['Alibaba', '雷川科技'],
      ['Tencent', '雷川科技'],
    ]);
    expect(rel('雷川科技完成定增。获配对象共13家。', 'INVESTS_IN')).toEqual([]);
  });
});

describe('ACQUIRES by 将X纳入旗下', () => {
  it('when a buyer 将X纳入旗下 (takes X under its wing), then the buyer acquires X, whoever stands before the verb', () => {
    expect(rel('2016年美光再将雷川科技纳入旗下。', 'ACQUIRES')).toEqual([['Micron', '雷川科技']]);
    expect(rel('2016年美光再將雷川科技納入旗下。', 'ACQUIRES')).toEqual([['Micron', '雷川科技']]);
  });
});

describe('INVESTS_IN by putting money into a company or joining its round', () => {
  it('when X "put $14 billion into Y" or "joined Y\'s $125 million Series B", then X invests in Y', () => {
    expect(rel('Nimbus Labs put $14.3 billion into Korvia AI in June.', 'INVESTS_IN')).toEqual([['Nimbus Labs', 'Korvia AI']]);
    expect(rel("Nvidia joined Korvia AI's $125 million Series B in 2023.", 'INVESTS_IN')).toEqual([['NVIDIA', 'Korvia AI']]);
    // Joining a company is no investment.
    expect(rel('Peter Lund joined Korvia AI in 2023.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('INVESTS_IN with participation after a lead', () => {
  it('when "the round was led by A, with participation from B", then B invests in the raiser, not in A', () => {
    const found = rel(
      'Korvia AI raised $80 million this week. The round was led by new investors advised by T. Rowe Price Associates, with participation from Fidelity and GV.',
      'INVESTS_IN',
    );
    expect(found).toContainEqual(['Fidelity', 'Korvia AI']);
    expect(found).toContainEqual(['GV', 'Korvia AI']);
    expect(found.filter(([, o]) => o !== 'Korvia AI')).toEqual([]);
  });
});

describe('ACQUIRES in a relative clause with the buyer named again after', () => {
  it('when "X, a start-up that Y bought in 2016, and she stayed at Y" names the buyer once more after the verb, then Y still acquires X', () => {
    expect(
      rel(
        'She co-founded Korvia AI, an early maker of accelerators that Nimbus Labs bought in 2016, and she stayed on at Nimbus Labs.',
        'ACQUIRES',
      ),
    ).toEqual([['Nimbus Labs', 'Korvia AI']]);
  });
});

describe('A raise by a founder for the company', () => {
  it('when a person "has raised $X for his new company, Y", then Y is the raiser that later participants ("also took part") invest in', () => {
    expect(
      rel(
        'Peter Lund, who ran AI at Nimbus Labs, has raised $475 million for his new hardware company, Korvia AI. Spark Capital led the financing. Tessel Ventures also took part.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Spark Capital', 'Korvia AI'],
      ['Tessel Ventures', 'Korvia AI'],
    ]);
  });
});

describe("INVESTS_IN by a round's leads and joiners", () => {
  const raise = 'Korvane, a chip start-up in Ohio, has raised $90 million in a Series B round.';

  it('when a publication "first reported the financing", then it is no raiser and the round stays the company\'s', () => {
    expect(
      rel(
        `${raise} TechCrunch, which first reported the financing on Monday, called it large. The round was led by Zeta Capital.`,
        'INVESTS_IN',
      ),
    ).toEqual([['Zeta Capital', 'Korvane']]);
  });

  it('when a round "was co-led by" names with no given name, then they are firms that invest (a given name stays a person)', () => {
    expect(
      rel(`${raise} According to the company, the round was co-led by Arena Private Wealth, Jump Trading and Zeta Capital.`, 'INVESTS_IN'),
    ).toEqual([
      ['Arena Private Wealth', 'Korvane'],
      ['Jump Trading', 'Korvane'],
      ['Zeta Capital', 'Korvane'],
    ]);
    expect(entities(`${raise} The round was led by Jane Roe.`)['Jane Roe']).toBe('Person');
  });

  it('when the round was led by A "with B and C joining as strategic investors", then B and C invest too', () => {
    expect(
      rel(
        `${raise} The round was led by Zeta Capital, with Arm and Qatar Investment Authority joining as strategic investors.`,
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Zeta Capital', 'Korvane'],
      ['Arm', 'Korvane'],
      ['Qatar Investment Authority', 'Korvane'],
    ]);
  });

  it('when "A and B, which backed X\'s earlier raise alongside C, also returned", then A, B and C invest in X', () => {
    expect(
      rel(
        `${raise} Atreides Management and DFJ Growth, which backed Korvane's $75 million raise last year alongside Flume Ventures, also returned.`,
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Atreides Management', 'Korvane'],
      ['DFJ Growth', 'Korvane'],
      ['Flume Ventures', 'Korvane'],
    ]);
  });
});

describe('INVESTS_IN by "has backed"', () => {
  it('when X "has backed" a list of described companies, then X invests in each; "has been backed by" is not X backing', () => {
    expect(
      rel(
        'Nvidia has backed autonomous-driving companies Wayve and Oxa, fintech group Revolut and voice-AI start-up PolyAI.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['NVIDIA', 'Wayve'],
      ['NVIDIA', 'Oxa'],
      ['NVIDIA', 'Revolut'],
      ['NVIDIA', 'PolyAI'],
    ]);
    expect(rel('Revolut has been backed by Nvidia.', 'INVESTS_IN')).toEqual([['NVIDIA', 'Revolut']]);
  });

  it('when a buyer bought a "specialist" named after it, then the named company is bought', () => {
    expect(rel('Nokia bought optical networking specialist Infinera earlier this year.', 'ACQUIRES')).toEqual([['Nokia', 'Infinera']]);
  });
});

describe('INVESTS_IN by investment drawn, stakes owned, shareholder lists and joint ventures', () => {
  it('when a company "drew/received investment from" others, or a firm "owns about 6% of" one, then they invest', () => {
    expect(rel('Anthropic drew fresh investment from Microsoft and Nvidia last year.', 'INVESTS_IN')).toEqual([
      ['Microsoft', 'Anthropic'],
      ['NVIDIA', 'Anthropic'],
    ]);
    expect(rel('Opposition was led by Two Seas Capital, an investment firm that owns about 6% of Core Scientific.', 'INVESTS_IN')).toEqual([
      ['Two Seas Capital', 'Core Scientific'],
    ]);
  });

  it('when a shareholder list goes on (股东名单中还有A和B), then each holds the company', () => {
    expect(rel('除基石投资者外，澜起科技的股东名单中还有英特尔和三星。', 'INVESTS_IN')).toEqual([
      ['Intel', 'Montage Technology'],
      ['Samsung', 'Montage Technology'],
    ]);
    expect(rel('除基石投資者外，瀾起科技的股東名單中還有英特爾和三星。', 'INVESTS_IN')).toEqual([
      ['Intel', 'Montage Technology'],
      ['Samsung', 'Montage Technology'],
    ]);
  });

  it('when a joint venture is named with its partners (A与B的合资公司Z, "Z, a joint venture between A and B"), then each partner invests in it', () => {
    const both = [
      ['CARIAD', 'CARIZON'],
      ['Horizon Robotics', 'CARIZON'],
    ];
    expect(rel('旗下软件公司CARIAD与地平线的合资公司酷睿程（CARIZON）将在中国自主研发芯片。', 'INVESTS_IN')).toEqual(both);
    expect(rel('旗下軟體公司CARIAD與地平線的合資公司酷睿程（CARIZON）將在中國自主研發晶片。', 'INVESTS_IN')).toEqual(both);
    expect(rel('Carizon, a joint venture between CARIAD and Horizon Robotics, will design the chip.', 'INVESTS_IN')).toEqual([
      ['CARIAD', 'Carizon'],
      ['Horizon Robotics', 'Carizon'],
    ]);
    expect(rel('CARIAD and Horizon Robotics said their talks on a joint venture had ended.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('ACQUIRES and "buying in"', () => {
  it('when a company is said to be buying in (a stake or an order), then it acquires no one; buying a company still is a takeover', () => {
    expect(rel('"Sandia buying in is the strongest signal Cerebras could have," he said.', 'ACQUIRES')).toEqual([]);
    expect(rel('AMD is buying Xilinx for $35 billion.', 'ACQUIRES')).toEqual([['AMD', 'Xilinx']]);
  });
});

describe('INVESTS_IN by setting a company up and by a shareholder list after a colon', () => {
  it('when companies set up a company ("was set up by A and B", "X, which A and B set up"), then each invests in it', () => {
    expect(rel('MGX was set up last year by Mubadala and G42 to invest in AI.', 'INVESTS_IN')).toEqual([
      ['Mubadala', 'MGX'],
      ['G42', 'MGX'],
    ]);
    expect(rel('It is the first deal by MGX, which Mubadala and G42 set up in 2024.', 'INVESTS_IN')).toEqual([
      ['Mubadala', 'MGX'],
      ['G42', 'MGX'],
    ]);
    // (A person who sets a company up founds it; that is no investment.)
    expect(rel('The lab was set up by Jane Doe in 2019.', 'INVESTS_IN')).toEqual([]);
  });

  it('when a shareholder line-up is listed after a colon (zh-Hans, zh-Hant), then every holder listed invests in the company', () => {
    const expected = [
      ['IDG', 'Biren'],
      ['Hillhouse', 'Biren'],
      ['ZTE', 'Biren'],
    ];
    expect(rel('上市前，壁仞科技的股东阵容已相当庞大：财务投资方IDG资本、高瓴创投，以及中兴通讯等产业资本。', 'INVESTS_IN')).toEqual(
      expected,
    );
    expect(rel('上市前，壁仞科技的股東陣容已相當龐大：財務投資方IDG資本、高瓴創投，以及中興通訊等產業資本。', 'INVESTS_IN')).toEqual(
      expected,
    );
  });
});

describe('INVESTS_IN: more ways a round is joined', () => {
  it('when investors "took large pieces of the round", a round "also drew" them, or they "put in money", then each invests in the raiser', () => {
    expect(
      rel(
        'Groq raised $750 million. BlackRock and Deutsche Telekom Capital Partners, the venture arm of Deutsche Telekom, took large pieces of the round.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['BlackRock', 'Groq'],
      ['Deutsche Telekom Capital Partners', 'Groq'],
    ]);
    expect(rel('Groq raised $640 million last year. That round also drew KDDI and Type One Ventures.', 'INVESTS_IN')).toEqual([
      ['KDDI', 'Groq'],
      ['Type One Ventures', 'Groq'],
    ]);
    expect(rel('Tenstorrent raised $700 million. Fidelity and Baillie Gifford also put in money.', 'INVESTS_IN')).toEqual([
      ['Fidelity', 'Tenstorrent'],
      ['Baillie Gifford', 'Tenstorrent'],
    ]);
  });

  it('when a news outlet "had reported" the talks, then a later round is not the outlet\'s', () => {
    const text =
      'Bloomberg had reported in July that Groq was in talks to raise money. In 2024 the company raised $640 million. That round also drew KDDI.';
    expect(rel(text, 'INVESTS_IN')).toEqual([['KDDI', 'Groq']]);
  });
});

// Sentences written for these tests.
describe('ACQUIRES: a takeover denied', () => {
  it('when a spokesperson pushes back on the idea that the company is buying another, then no acquisition is read', () => {
    expect(rel('An Nvidia spokesperson pushed back on the idea that the chipmaker was buying Groq outright.', 'ACQUIRES')).toEqual([]);
    expect(rel('Vela Systems is buying Korvex Semiconductor for $2 billion.', 'ACQUIRES')).toEqual([
      ['Vela Systems', 'Korvex Semiconductor'],
    ]);
  });
});

describe('ACQUIRES: companies approached about a takeover', () => {
  it('when a company approached others about possible acquisitions, then it considers acquiring each; approaching about a partnership is none', () => {
    expect(
      relWith(
        'Nvidia, in turn, approached makers of SRAM-heavy chips including Cerebras and Groq about possible acquisitions.',
        'ACQUIRES',
        'status',
      ),
    ).toEqual([
      ['NVIDIA', 'Cerebras', 'considering'],
      ['NVIDIA', 'Groq', 'considering'],
    ]);
    expect(rel('Nvidia approached Groq about a partnership.', 'ACQUIRES')).toEqual([]);
  });
});

describe('ACQUIRES: past takeovers in passing, and a bid turned down', () => {
  it('when a sentence names the sum a company paid for another, or "the X business Y bought", then Y acquired X; paying for a licence or for assets is none', () => {
    expect(
      relWith(
        "CNBC reported that Nvidia would pay $20 billion for Groq's assets, well above the $7 billion it paid for Mellanox in 2019.",
        'ACQUIRES',
        'status',
      ),
    ).toEqual([['NVIDIA', 'Mellanox', 'completed']]);
    expect(rel('Its software segment, built largely on the VMware business Broadcom bought in 2023, grew 17%.', 'ACQUIRES')).toEqual([
      ['Broadcom', 'VMware'],
    ]);
    expect(rel('Google paid Character.AI roughly $2.7 billion for a license.', 'ACQUIRES')).toEqual([]);
  });

  it("when a company turned down another's takeover offer (拒绝X的收购要约), then the bidder considered acquiring it (zh-Hans)", () => {
    expect(relWith('FuriosaAI已拒绝Meta Platforms提出的8亿美元收购要约，决定继续独立发展。', 'ACQUIRES', 'status')).toEqual([
      ['Meta', 'FuriosaAI', 'considering'],
    ]);
  });
});

describe('Purchases of a part of a company', () => {
  it("when a company buys another's unit or business (Arm's Artisan IP unit, 安谋的Artisan基础IP业务), then it does not acquire that company", () => {
    expect(rel("Cadence agreed to buy Arm's Artisan foundation IP unit for an undisclosed sum.", 'ACQUIRES')).toEqual([]);
    expect(rel('楷登电子买下了安谋的Artisan基础IP业务。', 'ACQUIRES')).toEqual([]);
    expect(rel('Cadence agreed to buy Arm for $10 billion.', 'ACQUIRES')).toEqual([['Cadence', 'Arm']]);
  });
});

describe('ACQUIRES: goods named after the seller', () => {
  it('when a buyer buys a company’s modules, boards or licences ("buy Nvidia modules"), then that is a purchase of goods, no takeover', () => {
    expect(rel('Deere and Caterpillar buy Nvidia modules for their machines.', 'ACQUIRES')).toEqual([]);
    expect(rel('Caterpillar buys Nvidia Jetson modules.', 'ACQUIRES')).toEqual([]);
    expect(rel('Caterpillar agreed to buy Nvidia for $1 billion.', 'ACQUIRES')).toEqual([['Caterpillar', 'NVIDIA']]);
  });
});

describe('ACQUIRES: a maker’s named chips bought are goods', () => {
  it('when buyers bought "Nvidia’s A800 and H800", then no one acquires Nvidia, and each buyer uses each chip', () => {
    expect(rel('Alibaba and Baidu bought Nvidia’s A800 and H800 last year.', 'ACQUIRES')).toEqual([]);
    expect(rel('Alibaba and Baidu bought Nvidia’s A800 and H800 last year.', 'USES')).toHaveLength(4);
    expect(rel('Nvidia bought Mellanox in 2019.', 'ACQUIRES')).toEqual([['NVIDIA', 'Mellanox']]);
  });
});

describe('ACQUIRES: what a purchase is not', () => {
  it('when stock is bought and a company is named in the next clause, or a purchase is ruled out ("without buying"), then nobody acquires it', () => {
    const text =
      'Weeks ago the U.S. government agreed to take a stake of roughly 10% in Intel through an $8.9 billion purchase of common stock, and after that SoftBank Group committed $2 billion.';
    expect(rel(text, 'ACQUIRES')).toEqual([]);
    expect(rel(text, 'INVESTS_IN')).toEqual(expect.arrayContaining([['U.S. government', 'Intel']]));
    expect(
      rel("Big companies hire talent without buying a company outright, as in Microsoft's 2024 deal with Inflection AI.", 'ACQUIRES'),
    ).toEqual([]);
  });
});
