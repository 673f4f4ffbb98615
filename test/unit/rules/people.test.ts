import { extractText } from '../../../src/extract';
import { entities, rel, relWith } from './helpers';

describe('WORKS_FOR', () => {
  it('when an English appositive or possessive gives a title and an employer, then the person works for it with that role', () => {
    expect(
      relWith(
        'Marta Kowalczyk, chief executive of Zentrix Semiconductor, said the company would ship its first accelerator next year.',
        'WORKS_FOR',
        'role',
      ),
    ).toEqual([['Marta Kowalczyk', 'Zentrix Semiconductor', 'chief executive']]);
    expect(rel('Priya Raman, a senior analyst at Bernstein, said demand was strong.', 'WORKS_FOR')).toEqual([['Priya Raman', 'Bernstein']]);
    expect(rel('Helio Systems CEO Daniel Ortega declined to comment.', 'WORKS_FOR')).toEqual([['Daniel Ortega', 'Helio Systems']]);
    expect(rel("Samsung's chief technology officer Kim Do-hyun joined the panel.", 'WORKS_FOR')).toEqual([['Kim Do-hyun', 'Samsung']]);
    expect(rel('Tom Becker of Larkspur Capital said the valuation was too high.', 'WORKS_FOR')).toEqual([
      ['Tom Becker', 'Larkspur Capital'],
    ]);
  });

  it('when a founder and a former employer are named, then both are kept, the former role as such', () => {
    expect(relWith('Zentrix was founded by Omar Haddad, a former AMD engineer.', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([
        ['Omar Haddad', 'AMD', 'former engineer'],
        ['Omar Haddad', 'Zentrix', 'founder'],
      ]),
    );
  });

  it('when a Chinese title stands before the name, then the name is a person working for the organization before the title', () => {
    expect(entities('雷川科技董事长刘志远表示，公司已完成新一轮融资。')).toMatchObject({ 雷川科技: 'Organization', 刘志远: 'Person' });
    expect(rel('雷川科技董事长刘志远表示，公司已完成新一轮融资。', 'WORKS_FOR')).toEqual([['刘志远', '雷川科技']]);
    expect(rel('雷川科技董事長劉志遠表示，公司已完成新一輪融資。', 'WORKS_FOR')).toEqual([['劉志遠', '雷川科技']]);
    expect(relWith('李明曾是英伟达负责亚太区的副总裁。', 'WORKS_FOR', 'role')).toEqual([['李明', 'NVIDIA', '前副总裁']]);
    expect(rel('王芳現任華邦電子總經理。', 'WORKS_FOR')).toEqual([['王芳', 'Winbond']]);
  });

  it('when the text denies the role or only names both, then there is no WORKS_FOR', () => {
    expect(rel('Lisa Su is not the chief executive of Intel.', 'WORKS_FOR')).toEqual([]);
    expect(rel('王小川不是百度的总裁。', 'WORKS_FOR')).toEqual([]);
    expect(rel('Jane Doe met executives from Intel and AMD on Monday.', 'WORKS_FOR')).toEqual([]);
    expect(rel('据路透社报道，刘志远在会上批评了英伟达。', 'WORKS_FOR')).toEqual([]);
  });
});

describe('WORKS_FOR by pronoun and by moves', () => {
  it('when "its" stands for the employer or a person joins from another company, then both jobs are kept', () => {
    expect(rel('Helio Systems said Jane Porter, its chief financial officer, would retire.', 'WORKS_FOR')).toEqual([
      ['Jane Porter', 'Helio Systems'],
    ]);
    expect(relWith('Omar Haddad joined Helio Systems from AMD in May.', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([
        ['Omar Haddad', 'Helio Systems', undefined],
        ['Omar Haddad', 'AMD', 'former'],
      ]),
    );
  });
});

describe('WORKS_FOR at a business the lexicon files as a product', () => {
  it('when a title follows a cloud business and precedes a person, then the person works there', () => {
    expect(rel('Google Cloud chief executive Thomas Kurian said demand was strong.', 'WORKS_FOR')).toEqual([
      ['Thomas Kurian', 'Google Cloud'],
    ]);
  });
});

describe('WORKS_FOR by hiring, past posts and departures', () => {
  it('when a company hires someone as its officer, then the person works for it (and for the employer of the appositive)', () => {
    expect(rel('Orvane said it had hired Ada Moreau, a former Intel vice president, as its chief financial officer.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Ada Moreau', 'Intel'],
        ['Ada Moreau', 'Orvane'],
      ]),
    );
  });

  it('when someone previously led a team at a company, or worked at it (在…负责), then the person worked for it', () => {
    expect(relWith('Chief executive Ada Moreau said so. Moreau previously led chip design at Qualcomm.', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([['Ada Moreau', 'Qualcomm', 'former']]),
    );
    expect(rel('公司首席技术官赵明远此前在华为海思负责芯片设计。', 'WORKS_FOR')).toEqual(expect.arrayContaining([['赵明远', 'HiSilicon']]));
  });

  it('when someone is leaving "the company", then the person works for the company the story is about', () => {
    expect(rel('Tesla disbanded its chip team. Ada Moreau, who ran the team, is leaving the company.', 'WORKS_FOR')).toEqual([
      ['Ada Moreau', 'Tesla'],
    ]);
  });

  it('when others (not the person) join a company after ", and", then the person does not join it', () => {
    expect(
      rel(
        'Tesla shut its chip team. Ada Moreau is leaving Tesla, and ten of its engineers have joined Kiteform, a new startup.',
        'WORKS_FOR',
      ),
    ).toEqual([['Ada Moreau', 'Tesla']]);
  });

  it('when a person founded the company a relative clause describes (由…创办的), then the person works for that company', () => {
    expect(rel('由前联发科副总经理陈明远创办的新创公司晶曜科技完成融资。', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['陈明远', 'MediaTek'],
        ['陈明远', '晶曜科技'],
      ]),
    );
  });
});

describe('WORKS_FOR for founders listed together', () => {
  it('when a company was founded in a year by A, its CEO, together with B and C, then all three work for it', () => {
    expect(
      rel('Quarrel AI was founded in 2021 by Mark Ellison, its chief executive, together with Laura Quinn and David Ortiz.', 'WORKS_FOR'),
    ).toEqual([
      ['Mark Ellison', 'Quarrel AI'],
      ['Laura Quinn', 'Quarrel AI'],
      ['David Ortiz', 'Quarrel AI'],
    ]);
  });
});

describe('WORKS_FOR after the title 担当', () => {
  it('when a Korean-style post 担当 stands before a name, then the person works for the company', () => {
    expect(rel('三星电子发布新品。公司存储器开发担当金正浩表示，产品将于明年量产。', 'WORKS_FOR')).toEqual([['金正浩', 'Samsung']]);
  });
});

describe('WORKS_FOR when hired to lead', () => {
  it('when a company hires a person, described in an appositive, to lead a unit, then the person works for it', () => {
    expect(rel('Apple has hired Ruoming Pang, a former Google engineer, to lead its foundation models team.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([['Ruoming Pang', 'Apple']]),
    );
  });
});

describe('WORKS_FOR after a Chinese verb of hiring', () => {
  it('when a company hires another company’s executive (聘用X执行长P), then the person works for both', () => {
    expect(rel('英特尔宣布聘用高通执行副总裁张伟明。', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['张伟明', 'Qualcomm'],
        ['张伟明', 'Intel'],
      ]),
    );
  });
});

describe('WORKS_FOR by the surname of a person the lexicon knows', () => {
  it('when a known person is later named by surname alone, then the surname is the person', () => {
    expect(rel('Jensen Huang spoke first. Huang previously worked at AMD.', 'WORKS_FOR')).toContainEqual(['Jensen Huang', 'AMD']);
  });
});

describe('WORKS_FOR at past posts in a later clause', () => {
  it('when a founder graduated somewhere and 此前曾在A和B工作, then the founder worked for both', () => {
    expect(rel('创始人王立新毕业于北京大学，此前曾在英特尔和微软工作。', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['王立新', 'Intel'],
        ['王立新', 'Microsoft'],
      ]),
    );
  });
  it('when a known research lab of a company is named (谷歌大脑), then it is that lab', () => {
    expect(rel('创始人王立新此前曾在谷歌大脑工作。', 'WORKS_FOR')).toEqual(expect.arrayContaining([['王立新', 'Google Brain']]));
  });
});

describe('WORKS_FOR by a possessive or a plural title', () => {
  it("when a person is named as a company's (Anthropic's Dario Amodei), then the person works for it", () => {
    expect(rel("Satya Nadella's video call included Anthropic's Dario Amodei and AMD's Lisa Su.", 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Dario Amodei', 'Anthropic'],
        ['Lisa Su', 'AMD'],
      ]),
    );
    // A place's person is no employee.
    expect(rel("Taiwan's Lisa Su spoke.", 'WORKS_FOR')).toEqual([]);
  });

  it('when "X co-founders A and B" names several people, then each works for X as co-founder', () => {
    expect(relWith('Halvard co-founders Maria Lund and Peter Lund invested in the round.', 'WORKS_FOR', 'role')).toEqual([
      ['Maria Lund', 'Halvard', 'co-founder'],
      ['Peter Lund', 'Halvard', 'co-founder'],
    ]);
  });
});

describe('WORKS_FOR from a list of posts and joined titles', () => {
  it('when a person 曾任/現任 one post and another (和, 、, 及), then the person works for each organization', () => {
    expect(relWith('李文博曾任英特尔高级总监和高通副总裁。', 'WORKS_FOR', 'role')).toEqual([
      ['李文博', 'Intel', '前总监'],
      ['李文博', 'Qualcomm', '前副总裁'],
    ]);
    expect(rel('李文博現任英特爾副總裁、高通董事。', 'WORKS_FOR')).toEqual([
      ['李文博', 'Intel'],
      ['李文博', 'Qualcomm'],
    ]);
  });

  it('when two titles are joined by 暨 or a Taiwanese title such as 業務長 stands before a Latin name, then the name is a person of the organization', () => {
    expect(rel('美光執行副總裁暨業務長Daniel Ortega表示，需求強勁。', 'WORKS_FOR')).toEqual([['Daniel Ortega', 'Micron']]);
    expect(rel('美光业务长Daniel Ortega表示，需求强劲。', 'WORKS_FOR')).toEqual([['Daniel Ortega', 'Micron']]);
  });
});

describe('WORKS_FOR in relative clauses and "is a … at"', () => {
  it('when a person "who ran … at X" or "who left his post as X\'s CTO", then the person worked for X (former)', () => {
    expect(
      relWith(
        'Peter Lund, who ran artificial intelligence at Halvard Systems until this autumn, has founded a company.',
        'WORKS_FOR',
        'role',
      ),
    ).toEqual([['Peter Lund', 'Halvard Systems', 'former']]);
    expect(
      relWith(
        "Maria Lund, who left her post as Korvia AI's chief technology officer in May, said the systems would help.",
        'WORKS_FOR',
        'role',
      ),
    ).toEqual([['Maria Lund', 'Korvia AI', 'former']]);
  });

  it('when an unknown name "is an associate professor at X", then it is a person who works for X with that title', () => {
    expect(relWith('Jonas Ekberg is an associate professor at Stanford University who studies compilers.', 'WORKS_FOR', 'role')).toEqual([
      ['Jonas Ekberg', 'Stanford University', 'associate professor'],
    ]);
  });
});

describe('WORKS_FOR from a title, then 为/是, then the name', () => {
  it("when a company's clause says 现任首席执行官为X, then X is a person who works for it with that title (zh-Hans, zh-Hant)", () => {
    expect(relWith('澜算科技成立于2019年，现任首席执行官为周启明。', 'WORKS_FOR', 'role')).toEqual([['周启明', '澜算科技', '首席执行官']]);
    expect(relWith('澜算科技成立於2019年，現任執行長為周啟明。', 'WORKS_FOR', 'role')).toEqual([['周啟明', '澜算科技', '執行長']]);
  });

  it('when the words after 是 are an adverb (创始人是曾在英特尔任职的X), then they are no name', () => {
    expect(Object.keys(entities('澜算科技的创始人是曾在英特尔担任高管的周启明。'))).not.toContain('曾在');
  });
});

describe('WORKS_FOR through a described employer and a current job', () => {
  it('when "X, the chief executive of AI networking start-up Y" or "X is already working at Y", then X works for Y', () => {
    expect(
      relWith('Nimbus Labs hired Peter Lund, the chief executive of AI networking start-up Korvia AI, last week.', 'WORKS_FOR', 'role'),
    ).toContainEqual(['Peter Lund', 'Korvia AI', 'chief executive']);
    expect(rel('Peter Lund said the deal had closed. Peter Lund is already working at Nimbus Labs.', 'WORKS_FOR')).toEqual([
      ['Peter Lund', 'Nimbus Labs'],
    ]);
  });
});

describe('WORKS_FOR from a title with no employer named', () => {
  it('when "X, the chief executive," or "Y, now its chief technology officer" names no company, then they work for the one the story is about', () => {
    expect(
      relWith(
        'Korvia AI has closed a $275 million round. Peter Lund, the chief executive, started the company with Maria Lund, now its chief technology officer.',
        'WORKS_FOR',
        'role',
      ),
    ).toEqual([
      ['Peter Lund', 'Korvia AI', 'chief executive'],
      ['Maria Lund', 'Korvia AI', 'chief technology officer'],
    ]);
  });

  it('when the sentence names the company before the person ("X was founded by A, its chief executive"), then A works for X, not for the last company named before', () => {
    expect(
      rel(
        'Korvia AI has raised money from Tessel Ventures. Korvia AI was founded in 2022 by Peter Lund, its chief executive.',
        'WORKS_FOR',
      ),
    ).toEqual([['Peter Lund', 'Korvia AI']]);
  });
});

describe('WORKS_FOR of founders, and He/She for the last person named', () => {
  it('when a person (or He opening the next sentence) co-founded or started a company, then the person works for it as (co-)founder', () => {
    expect(
      relWith(
        'Korvia AI chief executive Peter Lund said the chip works. He co-founded Nervana Systems, an early maker of accelerators. He later started Velmora AI.',
        'WORKS_FOR',
        'role',
      ),
    ).toEqual([
      ['Peter Lund', 'Korvia AI', 'chief executive'],
      ['Peter Lund', 'Nervana Systems', 'co-founder'],
      ['Peter Lund', 'Velmora AI', 'founder'],
    ]);
    expect(rel('Peter Lund, the chief executive of Korvia AI, co-founded Nervana Systems in 2014.', 'WORKS_FOR')).toEqual([
      ['Peter Lund', 'Korvia AI'],
      ['Peter Lund', 'Nervana Systems'],
    ]);
  });

  it('when 他曾创办X follows a sentence about a person, then that person founded X (zh-Hans, zh-Hant)', () => {
    expect(relWith('澜算科技首席执行官周启明表示芯片已量产。他曾创办雷川科技。', 'WORKS_FOR', 'role')).toEqual([
      ['周启明', '澜算科技', '首席执行官'],
      ['周启明', '雷川科技', '创始人'],
    ]);
    expect(relWith('瀾算科技執行長周啟明表示晶片已量產。他曾創辦雷川科技。', 'WORKS_FOR', 'role')).toContainEqual([
      '周啟明',
      '雷川科技',
      '創始人',
    ]);
  });
});

describe('WORKS_FOR from a post taken and a post run before', () => {
  it('when "X, who took over as A\'s chief executive in April after running B\'s data center group", then X works for A (the title) and formerly for B', () => {
    expect(
      relWith(
        "Jane Roe, who took over as Nokia's chief executive in April after running Intel's data center group, praised the deal.",
        'WORKS_FOR',
        'role',
      ),
    ).toEqual([
      ['Jane Roe', 'Nokia', 'chief executive'],
      ['Jane Roe', 'Intel', 'former'],
    ]);
    expect(rel("Jane Roe, who praised Nokia's chief executive, spoke after Intel's results.", 'WORKS_FOR')).toEqual([]);
  });
});

describe('WORKS_FOR: founders listed, speakers with an adverb, posts held', () => {
  it('when founders are listed after a known person, names with no given name are people too once a later one has one', () => {
    expect(
      rel(
        'Untether was founded in 2018 by Martin Snelgrove, Darrick Wiebe and Raymond Chik, who came out of the University of Toronto.',
        'WORKS_FOR',
      ),
    ).toEqual([
      ['Martin Snelgrove', 'Untether'],
      ['Darrick Wiebe', 'Untether'],
      ['Raymond Chik', 'Untether'],
    ]);
    expect(entities('Untether was founded by Martin Snelgrove, Bank Street and Raymond Chik.')['Bank Street']).not.toBe('Person');
  });

  it('when a title and a name come before a verb of saying with a time or adverb between (董事长洪进扬先前曾表示), or the title is 执行副总, then the name is a person', () => {
    expect(entities('群创董事长洪进扬先前曾表示，公司会持续推动产能调整。')).toMatchObject({ 洪进扬: 'Person' });
    expect(entities('群創董事長洪進揚先前曾表示，公司會持續推動產能調整。')).toMatchObject({ 洪進揚: 'Person' });
    expect(rel('群创董事长洪进扬先前曾表示，公司会持续推动产能调整。', 'WORKS_FOR')).toEqual([['洪进扬', 'Innolux']]);
    expect(entities('研究机构执行副总林伟智表示，量产时程符合预期。')).toMatchObject({ 林伟智: 'Person' });
  });

  it('when a company "由P担任执行长", then P works for it in that post', () => {
    expect(relWith('交易完成后，Altera由前迈威尔高管侯赛因（Raghib Hussain）担任执行长。', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([['Raghib Hussain', 'Altera', '执行长']]),
    );
    expect(relWith('交易完成後，Altera由前邁威爾高層侯賽因（Raghib Hussain）擔任執行長。', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([['Raghib Hussain', 'Altera', '执行长']]),
    );
    expect(rel('Altera由侯赛因（Raghib Hussain）担任顾问一事未获证实。', 'WORKS_FOR')).toEqual([]);
  });
});

describe('WORKS_FOR from a past job in a relative clause', () => {
  it('when a person "designed processors at" or "had helped start a program at" companies, then each listed company employed them', () => {
    expect(rel('Chief executive Jane Doe, who designed processors at Apple, Tesla and AMD, joined in May.', 'WORKS_FOR')).toEqual([
      ['Jane Doe', 'Apple'],
      ['Jane Doe', 'Tesla'],
      ['Jane Doe', 'AMD'],
    ]);
    expect(rel('The firm was started by Jane Doe, who had helped start the accelerator program at Google.', 'WORKS_FOR')).toEqual([
      ['Jane Doe', 'Google'],
    ]);
  });
});

describe('WORKS_FOR: second posts, units headed, founders of a group', () => {
  it('when an appositive gives a second post, a unit the person heads, or "founder of the X Group", then each names an employer', () => {
    expect(rel('Jane Doe, chief executive of BlackRock and chairman of MGX, said the purchase would help.', 'WORKS_FOR')).toEqual([
      ['Jane Doe', 'BlackRock'],
      ['Jane Doe', 'MGX'],
    ]);
    expect(rel("Jane Doe, the president who heads Samsung's memory division, told shareholders.", 'WORKS_FOR')).toEqual([
      ['Jane Doe', 'Samsung'],
    ]);
    expect(rel("Jane Doe, the senior vice president in charge of AMD's AI group, said so.", 'WORKS_FOR')).toEqual([['Jane Doe', 'AMD']]);
    expect(rel('The firm was set up with support from Jane Doe, founder of the Tata Group.', 'WORKS_FOR')).toEqual([
      ['Jane Doe', 'Tata Group'],
    ]);
  });
});

describe('WORKS_FOR: a past job after an appositive', () => {
  it('when "a chip engineer who previously worked at A and B" describes a person, then A and B employed them', () => {
    expect(rel('Arm has already brought in Jane Doe, a chip engineer who previously worked at Intel and Qualcomm.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Jane Doe', 'Intel'],
        ['Jane Doe', 'Qualcomm'],
      ]),
    );
  });
});

// Sentences written for these tests.
describe('WORKS_FOR: a title in a company, 同时担任, a corporate investment arm', () => {
  it('when a person is "an executive vice president in X\'s memory business", then the person works for X', () => {
    expect(rel("Jaejune Kim, an executive vice president in Samsung's memory business, spoke on the call.", 'WORKS_FOR')).toEqual([
      ['Jaejune Kim', 'Samsung'],
    ]);
  });

  it('when a person 同时担任 a title at a company, then the person is found and works for it', () => {
    expect(rel('王军同时担任中科曙光董事、总裁。', 'WORKS_FOR')).toEqual([['王军', 'Sugon']]);
  });

  it('when a person is a director of a corporate investment arm (腾讯投资), then the arm, not its parent, employs the person', () => {
    expect(rel('腾讯投资董事总经理姚磊文进入燧原董事会。', 'WORKS_FOR')).toEqual([['姚磊文', 'Tencent Investment']]);
  });
});

// Sentences written for these tests.
describe('WORKS_FOR: a person the lexicon knows, named later by surname', () => {
  it("when another person shares the surname, then the surname is theirs, not the known person's", () => {
    const found = rel('Jensen Huang spoke first. Later, Amy Huang of Larkspur Capital said the valuation was too high.', 'WORKS_FOR');
    expect(found).toEqual([['Amy Huang', 'Larkspur Capital']]);
  });

  it('when a name starts with a month (June Paik) and is listed with a company, then its surname is no organization', () => {
    const text = '"We will keep going," June Paik, FuriosaAI\'s chief executive, told reporters. Paik previously worked at Samsung.';
    expect(entities(text)).not.toHaveProperty('Paik');
    expect(rel(text, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['June Paik', 'FuriosaAI'],
        ['June Paik', 'Samsung'],
      ]),
    );
  });
});

// Sentences written for these tests.
describe('WORKS_FOR: posts named around the company', () => {
  it('when a person "runs" a company in a relative clause, or the company\'s "chief executive is" the person, then the person works for it', () => {
    expect(rel('The plan was confirmed by Lisa Su, who runs AMD.', 'WORKS_FOR')).toEqual([['Lisa Su', 'AMD']]);
    // (Each company listed, after "also": "who also runs Helio Systems and Korvia AI".)
    expect(rel('The plan was confirmed by Jane Roe, who also runs Helio Systems and Korvia AI.', 'WORKS_FOR')).toEqual([
      ['Jane Roe', 'Helio Systems'],
      ['Jane Roe', 'Korvia AI'],
    ]);
    expect(rel('Arm, whose chief executive is Rene Haas, declined to comment.', 'WORKS_FOR')).toEqual([['Rene Haas', 'Arm']]);
  });

  it("when the head of a company's unit is named in apposition, then the company employs the person", () => {
    expect(rel("The head of Samsung's foundry business, Han Jin-man, spoke on Tuesday.", 'WORKS_FOR')).toEqual([
      ['Han Jin-man', 'Samsung'],
    ]);
  });

  it('when the company and post follow the name in brackets, then the person works for it and the bracket is no spelling of the name (zh-Hans, zh-Hant)', () => {
    expect(rel('黄仁勋（英伟达CEO）表示，需求强劲。', 'WORKS_FOR')).toEqual([['Jensen Huang', 'NVIDIA']]);
    expect(rel('黃仁勳（輝達執行長）表示，需求強勁。', 'WORKS_FOR')).toEqual([['Jensen Huang', 'NVIDIA']]);
    expect(entities('黄仁勋（英伟达CEO）表示，需求强劲。')).toMatchObject({ NVIDIA: 'Organization' });
  });
});

// Sentences written for these tests.
describe('WORKS_FOR: careers and founders in relative clauses', () => {
  it('when a relative clause says where a person made their name or what their career includes, then each employer listed is a former one (en)', () => {
    expect(
      rel('Rhea Lindgren, who made her name designing processors at AMD, Apple and Tesla, became chief executive.', 'WORKS_FOR'),
    ).toEqual(
      expect.arrayContaining([
        ['Rhea Lindgren', 'AMD'],
        ['Rhea Lindgren', 'Apple'],
        ['Rhea Lindgren', 'Tesla'],
      ]),
    );
    expect(
      rel(
        'Omar Haddad, a former executive of Zentrix Semiconductor whose career also includes Cisco Systems and Xilinx, joined in May.',
        'WORKS_FOR',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['Omar Haddad', 'Zentrix Semiconductor'],
        ['Omar Haddad', 'Cisco'],
        ['Omar Haddad', 'Xilinx'],
      ]),
    );
  });

  it('when a company is described as founded by a person (P创立的X), then the person works for it (zh-Hans, zh-Hant)', () => {
    expect(rel('业内人士指出，张建中创立的摩尔线程已提交上市申请。', 'WORKS_FOR')).toEqual([['Zhang Jianzhong', 'Moore Threads']]);
    expect(rel('張忠謀一手創辦的台積電今日公布財報。', 'WORKS_FOR')).toEqual([['Morris Chang', 'TSMC']]);
  });

  it('when a person returns to a company, then they work for it; a kind of company (创投公司) is no organization of its own', () => {
    expect(rel('Google paid Korvex for a licence as co-founder Dana Whitfield returned to Google.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([['Dana Whitfield', 'Google']]),
    );
    expect(entities('他與陳立武創辦的創投公司華登國際是SambaNova的創始投資人之一。')).not.toHaveProperty('創投公司');
  });

  it('when a Chinese post is held at an organization and its city (在AMD上海任职), or the description of the organization is long, then the person works for it', () => {
    expect(rel('创始人陈维良此前在AMD上海任职十余年。', 'WORKS_FOR')).toEqual(expect.arrayContaining([['Chen Weiliang', 'AMD']]));
    expect(rel('董事长兼CEO陈维良此前曾在AMD主持GPU研发工作。', 'WORKS_FOR')).toEqual(expect.arrayContaining([['Chen Weiliang', 'AMD']]));
    expect(rel('亚马逊副总裁布沙拉表示，需求强劲。布沙拉是以色列晶片設計公司Annapurna Labs的共同創辦人。', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([['布沙拉', 'Annapurna Labs']]),
    );
  });
});

describe('WORKS_FOR: officers by bare title, appositives and joint founders', () => {
  it("when an officer's bare title opens the name, or an appositive says the person was until now its officer, then the person works for the story's company; a head of state does not", () => {
    expect(rel('Broadcom reported results. Chief Financial Officer Dana Whitfield said gross margin came in at 78%.', 'WORKS_FOR')).toEqual(
      [['Dana Whitfield', 'Broadcom']],
    );
    expect(rel('Groq raised money. Simon Edwards, until now its chief financial officer, becomes chief executive.', 'WORKS_FOR')).toEqual([
      ['Simon Edwards', 'Groq'],
    ]);
    expect(rel('Broadcom reported results. President Donald Trump said tariffs would rise.', 'WORKS_FOR')).toEqual([]);
  });

  it('when a person "helped create" a company\'s product, heads a capitalised unit "at" a company, or joins "together with" another, then each works for it (en)', () => {
    expect(rel("Jonathan Ross, who helped create Google's Tensor Processing Unit, founded Groq.", 'WORKS_FOR')).toEqual(
      expect.arrayContaining([['Jonathan Ross', 'Google']]),
    );
    expect(rel('"It is efficient," said Scott Guthrie, executive vice president of Cloud + AI at Microsoft.', 'WORKS_FOR')).toEqual([
      ['Scott Guthrie', 'Microsoft'],
    ]);
    expect(rel('Jonathan Ross will join Nvidia together with Groq president Sunny Madra.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([['Sunny Madra', 'NVIDIA']]),
    );
  });

  it('when a company was founded by one person "联合" others, or a person 曾任 an architect or is a Fellow, then each works for it (zh-Hans)', () => {
    expect(rel('地平线成立于2015年7月，由余凯，联合黄畅等人创办。', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Yu Kai', 'Horizon Robotics'],
        ['Huang Chang', 'Horizon Robotics'],
      ]),
    );
    expect(rel('联合创始人彭莉曾任AMD首席SoC架构师。', 'WORKS_FOR')).toEqual(expect.arrayContaining([['彭莉', 'AMD']]));
  });
});

describe('WORKS_FOR: what the lexicon knows of a person', () => {
  it('when the story names a person and the organization the lexicon gives as theirs now, then the person works for it, weakly; a former one only where a sentence names both', () => {
    const r = extractText('Jensen Huang spoke at the conference on Tuesday. Shares of Nvidia rose 3% after the keynote.');
    const w = r.relations.filter((x) => x.type === 'WORKS_FOR');
    expect(w.map((x) => [x.subject, x.object])).toEqual([['Jensen Huang', 'NVIDIA']]);
    expect(w[0]!.confidence).toBeLessThan(0.6);
    expect(rel('Pat Gelsinger spoke at the conference on Tuesday. Shares of Intel fell 3% afterwards.', 'WORKS_FOR')).toEqual([]);
    expect(rel('Pat Gelsinger spoke about Intel at the conference on Tuesday.', 'WORKS_FOR')).toEqual([['Pat Gelsinger', 'Intel']]);
  });
});

describe('WORKS_FOR: career paths told in passing', () => {
  it('when a person is "previously Acme\'s vice president", then Acme is a former employer', () => {
    const text =
      "Lumora Systems appointed Dana Whitfield, previously Nvidia's vice president of investor relations, as chief financial officer.";
    expect(relWith(text, 'WORKS_FOR', 'role')).toEqual([
      ['Dana Whitfield', 'NVIDIA', 'former vice president'],
      ['Dana Whitfield', 'Lumora Systems', 'chief financial officer'],
    ]);
  });

  it('when people 同在X任职的A、B, then each worked at X (zh-Hans, zh-Hant)', () => {
    const hans = rel(
      '雷川科技成立于2020年。创始人周启明与同在英伟达任职的陈雨桐、李明一起创办了雷川科技，陈雨桐现任首席技术官。',
      'WORKS_FOR',
    );
    expect(hans).toContainEqual(['陈雨桐', 'NVIDIA']);
    expect(
      rel('雷川科技成立於2020年。創辦人周啟明與同在輝達任職的陳雨桐一起創辦了雷川科技，陳雨桐現任技術長。', 'WORKS_FOR'),
    ).toContainEqual(['陳雨桐', 'NVIDIA']);
  });

  it('when a person 离开X后转任Y, then both employed the person (zh-Hans, zh-Hant)', () => {
    expect(rel('工程师陈力铭离开台积电后转任东京威力科创。', 'WORKS_FOR')).toEqual([
      ['陈力铭', 'TSMC'],
      ['陈力铭', 'Tokyo Electron'],
    ]);
    expect(rel('工程師陳力銘離開台積電後轉任東京威力科創。', 'WORKS_FOR')).toEqual([
      ['陳力銘', 'TSMC'],
      ['陳力銘', 'Tokyo Electron'],
    ]);
  });

  it('when a person 有X与Y的研发经验, then each company employed the person', () => {
    expect(rel('另一位联席CEO王勇则有AMD与昆仑芯的芯片研发管理经验。', 'WORKS_FOR')).toEqual([
      ['王勇', 'AMD'],
      ['王勇', 'Kunlunxin'],
    ]);
  });

  it('when a later clause says the person 曾任 posts (为…校友，曾任A副总裁及B首席技术官) or 曾任职 a company, then each is an employer', () => {
    const zh = '创办人兼董事长庞思远为清华大学校友，曾任美国博通副总裁及紫光展锐首席技术官；行政总裁龙泽宇则曾任职海思半导体。';
    expect(rel(zh, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['庞思远', 'Broadcom'],
        ['庞思远', 'UNISOC'],
        ['龙泽宇', 'HiSilicon'],
      ]),
    );
    const zht = '創辦人兼董事長龐思遠為清華大學校友，曾任美國博通副總裁及紫光展銳首席技術官。';
    expect(rel(zht, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['龐思遠', 'Broadcom'],
        ['龐思遠', 'UNISOC'],
      ]),
    );
    // (Another person named before the later clause is its subject: the first person held no such posts.)
    expect(rel('庞思远为清华大学校友，其同学龙泽宇曾任博通副总裁。', 'WORKS_FOR')).not.toContainEqual(['庞思远', 'Broadcom']);
  });

  it('when "founder and chairman X told" follows a clause about a company, or X "ran the AI division of" one, then X works or worked for it', () => {
    const text =
      'Velkor Systems has started assembling its AI factory after securing GPUs from Nvidia, founder and chairman Dario Fenwick told delegates.';
    expect(relWith(text, 'WORKS_FOR', 'role')).toContainEqual(['Dario Fenwick', 'Velkor Systems', 'founder and chairman']);
    const ran = '"We are here to stay," said Mira Castell, who ran the AI division of Bitfury before co-founding Velkor Systems.';
    expect(relWith(ran, 'WORKS_FOR', 'role')).toContainEqual(['Mira Castell', 'Bitfury', 'former']);
    // (Running a race or a test of a company is no post there.)
    expect(rel('Mira Castell, who ran a benchmark of Bitfury hardware, said it was fast.', 'WORKS_FOR')).not.toContainEqual([
      'Mira Castell',
      'Bitfury',
    ]);
  });
  it('when people listed with their titles 都出身 a company, then each of them worked there (zh-Hans, zh-Hant)', () => {
    const hans = '晶心科董事长暨执行长林志明、总经理暨技术长苏泓萌都出身智原。';
    expect(rel(hans, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Frankwell Lin', 'Faraday Technology'],
        ['苏泓萌', 'Faraday Technology'],
      ]),
    );
    const hant = '晶心科董事長暨執行長林志明、總經理暨技術長蘇泓萌都出身智原。';
    expect(rel(hant, 'WORKS_FOR')).toContainEqual(['Frankwell Lin', 'Faraday Technology']);
  });
});

describe('People: surname prefixes, government titles, careers and commentators', () => {
  it('when a surname has a prefix (McIntosh-Smith, O’Loughlin), then the name is still a person with an employer', () => {
    expect(rel('Duncan McIntosh-Smith, director of Norvale Computing, said the machine was ready.', 'WORKS_FOR')).toEqual([
      ['Duncan McIntosh-Smith', 'Norvale Computing'],
    ]);
    expect(rel("Kevin O'Loughlin, an analyst at Brightwater Research, said demand was strong.", 'WORKS_FOR')).toEqual([
      ["Kevin O'Loughlin", 'Brightwater Research'],
    ]);
  });

  it('when a government title is written in capitals before the name (Technology Secretary …), then the name alone is a person', () => {
    expect(entities('The centre was opened by Technology Secretary Alan Pryce, who pressed the button.')).toMatchObject({
      'Alan Pryce': 'Person',
    });
  });

  it('when a name is "a veteran of" companies or "came from" one, then it is a person', () => {
    expect(entities('Korvane hired Steve Marlow, a veteran of Intel and Qualcomm.')).toMatchObject({ 'Steve Marlow': 'Person' });
    expect(entities('They include Nicolas Varenne, who came from Hewlett Packard Enterprise.')).toMatchObject({
      'Nicolas Varenne': 'Person',
    });
  });

  it('when a commentator with no post is named (业内人士, 观察家, 投資人), then the name is a person with no employer', () => {
    const zh = extractText('资深产业观察家蒋振东对媒体表示，燧原借助腾讯的订单获得了收入保障。');
    expect(zh.entities.find((e) => e.name === '蒋振东')?.type).toBe('Person');
    expect(zh.relations.filter((r) => r.type === 'WORKS_FOR')).toEqual([]);
    expect(entities('早年入股的知名私募投資人孫衛東，單日帳面浮盈估計超過190億元。')).toMatchObject({ 孫衛東: 'Person' });
    // (Not a verb phrase after the role: 投資人受訪時說.)
    expect(Object.values(entities('一位大陸投資人受訪時說，市場願意給出高估值。'))).not.toContain('Person');
  });

  it('when a transliterated name of five characters follows a title (董事会主席阿斯特丽德·兰布雷希特), then it is whole', () => {
    expect(rel('诺瓦研究中心董事会主席阿斯特丽德·兰布雷希特表示，这台机器将服务欧洲。', 'WORKS_FOR')).toEqual([
      ['阿斯特丽德·兰布雷希特', '诺瓦研究中心'],
    ]);
  });
});

describe('WORKS_FOR: hires described at length', () => {
  it('when a company "named X, previously … (a long aside), as" a post, then X works for it and for the former employer', () => {
    expect(
      rel(
        'In July, Cerebras named Dana Whitfield, previously vice president of investor relations at Nvidia (NVDA.O), as chief financial officer.',
        'WORKS_FOR',
      ),
    ).toEqual(expect.arrayContaining([['Dana Whitfield', 'Cerebras']]));
  });

  it('when the company 延攬/延揽 someone described at length (曾任…、後轉戰…高層的X), then X works for the company', () => {
    const text =
      '澜算科技宣布完成新一轮融资。澜算科技表示资金将用于扩大团队。公司延揽曾任賓士（Mercedes-Benz）電子電氣研發主管、後轉戰博世（Bosch）高層的哈拉德·克羅格（Harald Kröger），出任汽車業務負責人。';
    expect(rel(text, 'WORKS_FOR')).toEqual(expect.arrayContaining([['哈拉德·克羅格', '澜算科技']]));
  });
});

describe('WORKS_FOR: employees and staffers', () => {
  it('when a person is "a former Google employee" or "an OpenAI staffer", then the person works or worked there', () => {
    expect(rel('Korvane Labs was started by Tom Hale, a former Google employee, and Ann Brody.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([['Tom Hale', 'Google']]),
    );
    expect(rel('Ann Brody, an OpenAI staffer, said the chips were late.', 'WORKS_FOR')).toEqual([['Ann Brody', 'OpenAI']]);
  });
});

describe('WORKS_FOR: a unit named in a title before "at" its company', () => {
  it('when "vice president of Compute and Networking Services at Korvex", then the unit is no organization or person, and Korvex employs the person', () => {
    const text = 'Dana Whitfield, vice president of Compute and Networking Services at Korvex Cloud, said the deal helps customers.';
    const x = extractText(text);
    expect(x.entities.map((e) => e.name).sort()).toEqual(['Dana Whitfield', 'Korvex Cloud']);
    expect(rel(text, 'WORKS_FOR')).toEqual([['Dana Whitfield', 'Korvex Cloud']]);
  });
});
