import { entities, rel, relWith } from './helpers';

/** How news introduces people with their organizations, in en, zh-Hans and zh-Hant (invented names mostly). */

describe('WORKS_FOR in English appositives', () => {
  it('when a plural possessive gives the title, then the person works for the organization without the apostrophe', () => {
    expect(rel('"We are sold out," said Dana Whitfield, Helio Systems\' chief executive.', 'WORKS_FOR')).toEqual([
      ['Dana Whitfield', 'Helio Systems'],
    ]);
    expect(rel("Helio Systems' chief financial officer Marcus Lee said margins improved.", 'WORKS_FOR')).toEqual([
      ['Marcus Lee', 'Helio Systems'],
    ]);
  });

  it('when the appositive is the organization and its titles with no article, then the person works for it', () => {
    expect(relWith('Tom Hale, Quarkline co-founder and CTO, described the chip.', 'WORKS_FOR', 'role')).toEqual([
      ['Tom Hale', 'Quarkline', 'co-founder and CTO'],
    ]);
    expect(rel('Quarkline co-founder and CTO Tom Hale described the chip.', 'WORKS_FOR')).toEqual([['Tom Hale', 'Quarkline']]);
    expect(rel('The chip was described by Tom Hale, Groq co-founder and CTO.', 'WORKS_FOR')).toEqual([['Tom Hale', 'Groq']]);
  });

  it('when an analyst is "with" a firm or holds an investment title, then the firm employs the person', () => {
    expect(rel('Ellen Park, a senior analyst with Morningstar, said the stock was cheap.', 'WORKS_FOR')).toEqual([
      ['Ellen Park', 'Morningstar'],
    ]);
    expect(rel('Ellen Park, chief economist at Morningstar, said the stock was cheap.', 'WORKS_FOR')).toEqual([
      ['Ellen Park', 'Morningstar'],
    ]);
    expect(rel('The fund is run by former Fidelity portfolio manager Gavin Reed.', 'WORKS_FOR')).toEqual([['Gavin Reed', 'Fidelity']]);
  });

  it("when a name follows the organization and title of an appositive, then the title is the later name's, not the earlier person's", () => {
    expect(rel('Dana Whitfield said, Intel CEO Pat Gelsinger agreed.', 'WORKS_FOR')).toEqual([['Pat Gelsinger', 'Intel']]);
    expect(rel('Dana Whitfield, an analyst at Bernstein, said Nvidia was ahead of AMD.', 'WORKS_FOR')).toEqual([
      ['Dana Whitfield', 'Bernstein'],
    ]);
  });
});

describe('WORKS_FOR of people who join, are hired or cover a beat', () => {
  it('when a company has hired a person with no post said, and the appositive gives an employer with its ticker, then both employ the person', () => {
    expect(
      rel('Helio Systems (HLIO.O) has hired Sarvesh Kollamudi, an Intel (INTC.O) senior fellow who spent 28 years there.', 'WORKS_FOR'),
    ).toEqual(
      expect.arrayContaining([
        ['Sarvesh Kollamudi', 'Intel'],
        ['Sarvesh Kollamudi', 'Helio Systems'],
      ]),
    );
    expect(rel('Helio Systems has not hired Sarvesh Kollamudi.', 'WORKS_FOR')).toEqual([]);
  });
  it('when the founders are listed after "founded in <month> <year> by" and the first comes back by family name, then each works for the company', () => {
    const text =
      'Dragan Vukic, a former AMD engineer, left in 2022. Orvalis was founded in August 2023 by Vukic, its chief executive, together with Lejla Vukic and Drago Ignjatic.';
    expect(entities(text)).toMatchObject({ 'Lejla Vukic': 'Person', 'Drago Ignjatic': 'Person' });
    expect(rel(text, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Lejla Vukic', 'Orvalis'],
        ['Drago Ignjatic', 'Orvalis'],
      ]),
    );
  });
  it('when founders are listed with appositives that carry a ticker, then each founder works for the company', () => {
    const text =
      'Orvalis was founded in 2015 by Pradeep Varma, a co-founder of Juniper Networks (JNPR.N), and Bertrand Selle, a former senior software executive at Apple.';
    expect(rel(text, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Pradeep Varma', 'Orvalis'],
        ['Bertrand Selle', 'Orvalis'],
      ]),
    );
  });
  it('when a relative clause says the person "has designed processors at" a list, or "joined" further on, then each listed company employed them', () => {
    const text =
      'Orvalis chief executive Tarn Kessler spoke on Monday. Kessler, who has designed processors at AMD, Apple and Tesla, joined in 2021.';
    expect(rel(text, 'WORKS_FOR')).toEqual(expect.arrayContaining([['Tarn Kessler', 'Apple']]));
    expect(entities('Intel named Srinath Iyer, who goes by Srini and joined this year from Cadence, to run the group.')).toMatchObject({
      'Srinath Iyer': 'Person',
    });
  });
  it('when a person is named, appointed or hired as an officer, then the hiring company employs the person', () => {
    expect(rel('Helio Systems named Priya Nair as its chief operating officer on Tuesday.', 'WORKS_FOR')).toEqual([
      ['Priya Nair', 'Helio Systems'],
    ]);
    expect(rel('Helio Systems appointed former Intel executive Priya Nair as chief operating officer.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Priya Nair', 'Intel'],
        ['Priya Nair', 'Helio Systems'],
      ]),
    );
  });

  it('when a person will join, joined in a relative clause, or spent years at a company, then that company employs the person', () => {
    expect(rel('Priya Nair will join Helio Systems as chief operating officer in June.', 'WORKS_FOR')).toEqual([
      ['Priya Nair', 'Helio Systems'],
    ]);
    expect(relWith('Dana Whitfield, who joined Groq from Intel in 2023, leads the chip team.', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([
        ['Dana Whitfield', 'Groq', undefined],
        ['Dana Whitfield', 'Intel', 'former'],
      ]),
    );
    expect(rel('Tom Hale spent 15 years at Intel before founding his own company.', 'WORKS_FOR')).toEqual([['Tom Hale', 'Intel']]);
    expect(rel('Omar Haddad co-founded Zentrix Labs in 2019.', 'WORKS_FOR')).toEqual([['Omar Haddad', 'Zentrix Labs']]);
    expect(rel('Tom Hale, a longtime Intel veteran, joined Groq in 2022.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Tom Hale', 'Intel'],
        ['Tom Hale', 'Groq'],
      ]),
    );
  });

  it('when an analyst covers a company for a firm, then the firm employs the analyst, not the company covered', () => {
    expect(rel('Ellen Park, who covers Nvidia for Morningstar, said the stock was cheap.', 'WORKS_FOR')).toEqual([
      ['Ellen Park', 'Morningstar'],
    ]);
  });

  it('when a person only talks to or about an organization, then there is no WORKS_FOR', () => {
    expect(rel('Dana Whitfield told Reuters the plant would open in May.', 'WORKS_FOR')).toEqual([]);
    expect(rel('Tom Hale said Groq would ship the chip in March.', 'WORKS_FOR')).toEqual([]);
    expect(rel('Priya Nair will meet Helio Systems executives in June.', 'WORKS_FOR')).toEqual([]);
  });
});

describe('WORKS_FOR in Chinese news conventions', () => {
  it('when a name is followed by its organization and title in brackets, then the name is a person working there', () => {
    expect(rel('周启明（雷川科技创始人）表示，芯片将于明年量产。', 'WORKS_FOR')).toEqual([['周启明', '雷川科技']]);
    expect(rel('周啟明（雷川科技創辦人）表示，晶片明年量產。', 'WORKS_FOR')).toEqual([['周啟明', '雷川科技']]);
  });

  it('when 技术长 follows a company name, then the company ends before the title', () => {
    expect(rel('雷川科技技术长周启明说，新芯片采用5纳米制程。', 'WORKS_FOR')).toEqual([['周启明', '雷川科技']]);
    expect(rel('雷川科技技術長周啟明說，新晶片採用3奈米製程。', 'WORKS_FOR')).toEqual([['周啟明', '雷川科技']]);
  });

  it('when a person joins or leaves a company with no title before the name, then the name is found and both jobs kept', () => {
    expect(rel('周启明已加入雷川科技，出任首席技术官。', 'WORKS_FOR')).toEqual([['周启明', '雷川科技']]);
    expect(rel('周啟明已加入雷川科技，出任技術長。', 'WORKS_FOR')).toEqual([['周啟明', '雷川科技']]);
    expect(relWith('周启明日前离开英伟达，加盟雷川科技。', 'WORKS_FOR', 'role')).toEqual(
      expect.arrayContaining([
        ['周启明', '雷川科技', undefined],
        ['周启明', 'NVIDIA', 'former'],
      ]),
    );
    expect(rel('周启明毕业于清华大学，曾在英特尔工作十年。', 'WORKS_FOR')).toEqual([['周启明', 'Intel']]);
  });

  it('when a person takes a post at 公司, then the company the sentence opened with employs the person', () => {
    expect(relWith('雷川科技近日宣布，周启明出任公司CEO。', 'WORKS_FOR', 'role')).toEqual([['周启明', '雷川科技', 'CEO']]);
    expect(relWith('雷川科技近日宣佈，周啟明出任公司執行長。', 'WORKS_FOR', 'role')).toEqual([['周啟明', '雷川科技', '執行長']]);
    expect(rel('雷川科技宣布，任命周启明为公司首席技术官。', 'WORKS_FOR')).toEqual([['周启明', '雷川科技']]);
  });

  it('when the person founds a company in a later clause of the sentence, then the founder works for it too', () => {
    expect(relWith('周启明曾任英伟达高级总监，2021年创立雷川科技。', 'WORKS_FOR', 'role')).toEqual([
      ['周启明', 'NVIDIA', '前总监'],
      ['周启明', '雷川科技', '创始人'],
    ]);
  });

  it('when a brokerage names its analyst, then the brokerage employs the analyst, not the company discussed', () => {
    expect(rel('富邦投顧分析師周啟明認為，台積電的份額將上升。', 'WORKS_FOR')).toEqual([['周啟明', '富邦投顧']]);
    expect(rel('江川证券首席分析师周启明认为，英伟达的份额将下降。', 'WORKS_FOR')).toEqual([['周启明', '江川证券']]);
  });

  it('when a later clause has its own subject, or the post is denied, then there is no WORKS_FOR for it', () => {
    expect(rel('周启明曾任英伟达高级总监，李文博2021年创立雷川科技。', 'WORKS_FOR')).toEqual([['周启明', 'NVIDIA']]);
    expect(rel('雷川科技表示，周启明不会出任公司CEO。', 'WORKS_FOR')).toEqual([]);
    expect(rel('周启明在会上表示，英伟达的芯片仍然领先。', 'WORKS_FOR')).toEqual([]);
  });
});

describe('WORKS_FOR after Chinese titles', () => {
  it('when a department head is named with 处长 and a comment adverb follows, then the whole name works for the company', () => {
    expect(rel('雷川科技今天召開法說會，法人關係處處長蘇志凱亦出席說明。', 'WORKS_FOR')).toEqual([['蘇志凱', '雷川科技']]);
  });
});

describe('WORKS_FOR: words that stand where a Chinese name would', () => {
  it('when a time or frequency word follows a title before a verb of saying (发言人当天也回应称, 高层多次表示), then it is no person (zh-Hans, zh-Hant)', () => {
    expect(Object.values(entities('中国商务部新闻发言人当天也回应称，中方坚决反对。'))).not.toContain('Person');
    expect(Object.values(entities('美光科技宣布扩产。美光高層多次表示，公司需要扩充产能。'))).not.toContain('Person');
  });
  it('when a head of state is named (国家主席习近平), then he works for no company the story names', () => {
    expect(rel('高通营收增长。外界预期，川普与中国国家主席习近平将在月底会面。', 'WORKS_FOR')).toEqual([]);
  });
  it('when titles and names alternate in a list (创办人张忠谋、董事长刘德音), then the title is no person', () => {
    const e = entities('台積電創辦人張忠謀、董事長劉德音、總裁魏哲家親自出席。');
    expect(Object.keys(e)).not.toContain('董事長');
    expect(e).toMatchObject({ 'Mark Liu': 'Person', 'C.C. Wei': 'Person' });
  });
});

describe('WORKS_FOR: people who run a company', () => {
  it('when two people introduced with their ages "ran" a company, then each works for it', () => {
    const t =
      'Mira Quon, 28, of Pasadena, and Oren Vaszary, 31, of Ontario, California, ran Brantwell Trading Inc, a company set up in 2022.';
    expect(rel(t, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Mira Quon', 'Brantwell Trading Inc'],
        ['Oren Vaszary', 'Brantwell Trading Inc'],
      ]),
    );
  });
});

describe('WORKS_FOR along a Chinese career and by hiring a titled person', () => {
  it('when a sentence opens with a person and its later clauses tell posts (早年任职X，其后在Y担任…), then each employer is theirs', () => {
    const text = '刘德音拥有柏克莱电机博士学位，早年任职德州仪器，其后在新加坡特许半导体担任资深副总裁，1993年加入台积电。';
    expect(rel(text, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Mark Liu', 'Texas Instruments'],
        ['Mark Liu', 'Chartered Semiconductor'],
      ]),
    );
    expect(rel('劉德音早年任職德州儀器，其後在特許半導體擔任資深副總裁。', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Mark Liu', 'Texas Instruments'],
        ['Mark Liu', 'Chartered Semiconductor'],
      ]),
    );
    expect(rel('王明表示，英伟达在台积电投片。', 'WORKS_FOR')).toEqual([]);
  });
  it('when a company pays "to hire Acme chief executive Jane Roe", then she works for both', () => {
    expect(rel('Helio Systems paid $900 million to hire Korvex chief executive Rana Sethi and staff.', 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Rana Sethi', 'Korvex'],
        ['Rana Sethi', 'Helio Systems'],
      ]),
    );
  });
});

describe('WORKS_FOR of a person referred to after a word of time', () => {
  it('when "Earlier he held senior roles at A and B" follows a person, then each employed that person', () => {
    const text =
      'Helio Systems named Kaveh Tarzian, a senior executive at Arm, to lead its server unit. Earlier he held senior engineering roles at NXP Semiconductors and Qualcomm.';
    expect(rel(text, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['Kaveh Tarzian', 'NXP'],
        ['Kaveh Tarzian', 'Qualcomm'],
      ]),
    );
  });
});
