import { extractText } from '../../../src/extract';
import { entities, rel } from './helpers';

// Sentences written for these tests, with invented companies (Zentra AI, Korvex Capital, 雷川科技, 澜算科技) beside a few real investors.
const invests = (text: string) => rel(text, 'INVESTS_IN');

describe('INVESTS_IN battery: English rounds, holders and share purchases', () => {
  it('when "existing backers of X include A and B", then A and B invest in X', () => {
    expect(invests('Existing backers of Zentra AI include Fidelity and Korvex Capital.')).toEqual([
      ['Fidelity', 'Zentra AI'],
      ['Korvex Capital', 'Zentra AI'],
    ]);
  });

  it('when the amount invested is in words ("has invested billions of dollars in X") or "close to" a sum poured in, then the investor invests', () => {
    expect(invests('Microsoft has invested billions of dollars in OpenAI and is entitled to a share of its revenue.')).toEqual([
      ['Microsoft', 'OpenAI'],
    ]);
    expect(invests('Korvex Capital invested two billion dollars in Zentra AI.')).toEqual([['Korvex Capital', 'Zentra AI']]);
    expect(invests('Microsoft has poured close to $14 billion into OpenAI.')).toEqual([['Microsoft', 'OpenAI']]);
  });

  it('when "X\'s shareholders, namely A, the investment firm B and chipmaker C" or a company "lands $N, with A, B and C all backing" it, then each invests', () => {
    expect(
      invests(
        "Zentra AI's shareholders, namely SK Telecom, the investment firm SK Square and memory chipmaker SK Hynix, will sell shares.",
      ),
    ).toEqual([
      ['SK Telecom', 'Zentra AI'],
      ['SK Square', 'Zentra AI'],
      ['SK hynix', 'Zentra AI'],
    ]);
    expect(invests('Zentra AI lands $155 million, with AMD, Intel and Nvidia all backing its optical chiplets.')).toHaveLength(3);
    expect(invests('Zentra AI wins $155 million in contracts, with AMD and Intel all backing its chiplets.')).toEqual([]);
    expect(invests('Nvidia sells Zentra AI the chips that fill its facilities and also owns about 6% of the company.')).not.toContainEqual([
      'Zentra AI',
      'NVIDIA',
    ]);
  });

  it("when a known investor of a company (the lexicon's investors) is named with it in a sentence about investing, then it invests at confidence 0.5; not in a sentence about something else, nor within one group", () => {
    const x = extractText('CoreWeave raised new money this year; Magnetar was again in the round.');
    expect(x.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => [r.subject, r.object, r.confidence])).toEqual([
      ['Magnetar', 'CoreWeave', 0.5],
    ]);
    expect(invests('Magnetar and CoreWeave were both at the Las Vegas conference.')).toEqual([]);
    expect(invests('SK Square reported results, and SK hynix said its shareholders would vote.')).toEqual([]);
  });

  it('when "X\'s biggest investor is A", then A invests in X', () => {
    expect(invests("Zentra AI's biggest investor is Korvex Capital.")).toEqual([['Korvex Capital', 'Zentra AI']]);
  });

  it('when a company announced funding from named investors, then each invests in it', () => {
    expect(invests('Zentra AI announced $60 million in new funding from Korvex Capital and Northgate Ventures.')).toEqual([
      ['Korvex Capital', 'Zentra AI'],
      ['Northgate Ventures', 'Zentra AI'],
    ]);
  });

  it('when someone bought shares of a company, then the buyer invests in it', () => {
    expect(invests('Korvex Capital bought shares of Zentra AI in March.')).toEqual([['Korvex Capital', 'Zentra AI']]);
  });

  it('when a company counts A as a shareholder, then A invests in it', () => {
    expect(invests('Zentra AI counts Korvex Capital as a major shareholder.')).toEqual([['Korvex Capital', 'Zentra AI']]);
  });

  it('when an investor poured or injected money into a company, then it invests in it', () => {
    expect(invests('Korvex Capital has poured $1 billion into Zentra AI.')).toEqual([['Korvex Capital', 'Zentra AI']]);
    expect(invests('Korvex Capital injected fresh capital into Zentra AI.')).toEqual([['Korvex Capital', 'Zentra AI']]);
  });

  it('when a raise names someone "among the backers" after "with", then that one invests in the raiser', () => {
    expect(invests('Zentra AI raised $300 million in a Series C round, with Amazon founder Jeff Bezos among the backers.')).toEqual([
      ['Jeff Bezos', 'Zentra AI'],
    ]);
  });

  it('when a company closed a round and another investor "also participated", then that one invests in it too', () => {
    expect(
      invests('Zentra AI closed a $200 million Series D round. Korvex Capital led the round, and Northgate Ventures also participated.'),
    ).toEqual([
      ['Korvex Capital', 'Zentra AI'],
      ['Northgate Ventures', 'Zentra AI'],
    ]);
  });

  it("when cornerstone investors are named for a company's IPO, then each invests in that company", () => {
    expect(
      invests("Cornerstone investors GIC and Temasek agreed to subscribe for shares worth $300 million in Zentra AI's Hong Kong IPO."),
    ).toEqual([
      ['GIC', 'Zentra AI'],
      ['Temasek', 'Zentra AI'],
    ]);
    expect(invests("GIC and Temasek signed on as cornerstone investors in Zentra AI's listing.")).toEqual([
      ['GIC', 'Zentra AI'],
      ['Temasek', 'Zentra AI'],
    ]);
  });
});

describe('INVESTS_IN battery: English cases that are no investment', () => {
  it('when a bank underwrites or sponsors an offering, or advises, then it does not invest', () => {
    expect(invests("Goldman Sachs and Morgan Stanley are the underwriters of Zentra AI's IPO.")).toEqual([]);
    expect(invests("Goldman Sachs is the sole sponsor of Zentra AI's listing in Hong Kong.")).toEqual([]);
    expect(invests("Morgan Stanley, Zentra AI's financial adviser, said the deal would close this year.")).toEqual([]);
  });

  it('when a stake or an investment was sold or exited, or an investment declined, then there is none', () => {
    expect(invests('Korvex Capital sold its entire stake in Zentra AI in 2023.')).toEqual([]);
    expect(invests('Korvex Capital has exited its investment in Zentra AI.')).toEqual([]);
    expect(invests('Korvex Capital declined to invest in Zentra AI.')).toEqual([]);
  });

  it('when a company invests in its own plant or a fund in a sector, then no company is invested in', () => {
    expect(invests('Zentra AI invested $500 million in its Ohio plant.')).toEqual([]);
    expect(invests('Korvex Capital said it would invest $10 billion in AI infrastructure over five years.')).toEqual([]);
  });

  it("when a company's investors are only mentioned, then no investor is made up", () => {
    expect(invests("Zentra AI's investors were unhappy with the delay.")).toEqual([]);
  });
});

describe('INVESTS_IN battery: Chinese stakes, subscriptions and investors brought in', () => {
  it('when A为X的战略投资者, then A invests in X', () => {
    expect(invests('雷川科技为澜算科技的战略投资者。')).toEqual([['雷川科技', '澜算科技']]);
  });

  it('when A认购X新增注册资本 or 認購X私募股份, then A invests in X (zh-Hans, zh-Hant)', () => {
    expect(invests('雷川科技以2亿元认购澜算科技新增注册资本。')).toEqual([['雷川科技', '澜算科技']]);
    expect(invests('雷川科技以1億美元認購瀾算科技私募股份。')).toEqual([['雷川科技', '瀾算科技']]);
  });

  it('when A向X增资 or A出资参股X, then A invests in X', () => {
    expect(invests('雷川科技向澜算科技增资3亿元。')).toEqual([['雷川科技', '澜算科技']]);
    expect(invests('雷川科技出资1亿元参股澜算科技。')).toEqual([['雷川科技', '澜算科技']]);
  });

  it('when A对X的持股比例 is given, A增持 or 加注X, then A invests in X', () => {
    expect(invests('腾讯对澜算科技的持股比例为12%。')).toEqual([['Tencent', '澜算科技']]);
    expect(invests('腾讯再次加注澜算科技。')).toEqual([['Tencent', '澜算科技']]);
    expect(invests('腾讯增持了小米的股份。')).toEqual([['Tencent', 'Xiaomi']]);
    // (增持评级 is an analyst's rating, no holding.)
    expect(invests('大摩给予小米增持评级。')).toEqual([]);
  });

  it('when X获A、B入股 (or 增资), then A and B invest in X', () => {
    expect(invests('澜算科技获腾讯、小米入股。')).toEqual([
      ['Tencent', '澜算科技'],
      ['Xiaomi', '澜算科技'],
    ]);
  });

  it('when X引入A、B等战略投资者 or 引入A作为股东, then they invest in X', () => {
    expect(invests('澜算科技通过增资扩股引入腾讯、小米等战略投资者。')).toEqual([
      ['Tencent', '澜算科技'],
      ['Xiaomi', '澜算科技'],
    ]);
    expect(invests('澜算科技引入腾讯作为战略投资者。')).toEqual([['Tencent', '澜算科技']]);
  });
});

describe('INVESTS_IN battery: Chinese cases that are no investment', () => {
  it('when a stake held is being sold (出售其持有的X股份, 出清持股), then there is none', () => {
    expect(invests('雷川科技出售了其持有的澜算科技5%股份。')).toEqual([]);
    expect(invests('雷川科技已出清瀾算科技持股。')).toEqual([]);
  });

  it('when a company brings in something other than an investor, or raises its own subsidiary, then no investor is made up', () => {
    expect(invests('澜算科技引入腾讯的云服务。')).toEqual([]);
    expect(invests('澜算科技完成增资，注册资本增至5亿元。')).toEqual([]);
  });

  it('when a securities firm sponsors or underwrites a listing, then it does not invest', () => {
    expect(invests('中信证券担任澜算科技IPO的保荐人。')).toEqual([]);
    expect(invests('元大證券擔任瀾算科技上市的承銷商。')).toEqual([]);
  });

  it("when 投资者关系 or a fund's target sector is meant, then no investment in a company", () => {
    expect(invests('澜算科技的投资者关系部门表示，公司经营正常。')).toEqual([]);
    expect(invests('大基金二期将重点投资半导体设备和材料领域。')).toEqual([]);
    expect(invests('雷川科技拒绝投资澜算科技。')).toEqual([]);
  });
});

describe('INVESTS_IN battery: Chinese holders after a copula, in a shareholder list, as co-founders', () => {
  it('when X的控股股东为A (or 第一大股东是A), then A invests in X', () => {
    expect(invests('澜算科技的控股股东为雷川科技，持股约30%。')).toEqual([['雷川科技', '澜算科技']]);
    expect(invests('澜算科技的第一大股东是雷川科技。')).toEqual([['雷川科技', '澜算科技']]);
    expect(invests('澜算科技的股东为其提供了资金。')).toEqual([]);
  });

  it('when A也出现在股东名单之中 in a story about a company, then A invests in that company', () => {
    expect(invests('澜算科技完成工商变更。此外，腾讯也出现在股东名单之中。')).toEqual([['Tencent', '澜算科技']]);
  });

  it('when A、B与C共同出资设立X, then each of them invests in X', () => {
    expect(invests('丰田、索尼与电装共同出资设立Rapidus。')).toEqual([
      ['Toyota', 'Rapidus'],
      ['Sony', 'Rapidus'],
      ['Denso', 'Rapidus'],
    ]);
  });

  it('when A旗下的投资平台B is named, then A does not invest in B (投资平台 is a noun)', () => {
    expect(invests('腾讯旗下的投资平台雷川资本近日更名。')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('INVESTS_IN: rounds named by their series', () => {
  it('when an investor led "the Series H round", or "the Series A was led by" a described backer, then it invests in the company that raised', () => {
    expect(rel('Zentrix raised $90 million on Monday. Larkspur Capital led the Series H round.', 'INVESTS_IN')).toEqual([
      ['Larkspur Capital', 'Zentrix'],
    ]);
    expect(rel('Zentrix raised $90 million on Monday. The Series A was led by returning backer Larkspur Capital.', 'INVESTS_IN')).toEqual([
      ['Larkspur Capital', 'Zentrix'],
    ]);
  });

  it('when investors "also invested, as did" others, one of them described in apposition, then all invest in the raiser, not in the one the apposition names', () => {
    const r = rel(
      'Zentrix raised $90 million on Monday. Benchmark, Coatue and 1789 Capital, the firm backed by Donald Trump Jr., also invested, as did Fidelity and Altimeter.',
      'INVESTS_IN',
    );
    expect(r).toEqual(
      expect.arrayContaining([
        ['Benchmark', 'Zentrix'],
        ['Coatue', 'Zentrix'],
        ['1789 Capital', 'Zentrix'],
        ['Fidelity', 'Zentrix'],
        ['Altimeter Capital', 'Zentrix'],
      ]),
    );
    expect(r.filter(([, o]) => o !== 'Zentrix' && o !== '1789 Capital')).toEqual([]);
  });

  it('when holders are listed "besides" one named first (除X外), then the list holds the story\'s company, not X; a post joined is no round', () => {
    expect(rel('燧原科技冲刺科创板。除腾讯外，国家集成电路产业投资基金、美图公司也出现在股东名单中。', 'INVESTS_IN')).toEqual(
      expect.arrayContaining([['Big Fund', 'Enflame']]),
    );
    expect(rel('燧原科技冲刺科创板。除腾讯外，国家集成电路产业投资基金、美图公司也出现在股东名单中。', 'INVESTS_IN')).not.toEqual(
      expect.arrayContaining([['Big Fund', 'Tencent']]),
    );
    expect(
      rel(
        'Zentrix raised $90 million on Monday. Omar Haddad, formerly of Cisco Systems and Xilinx, joined as chief architect in January.',
        'INVESTS_IN',
      ),
    ).toEqual([]);
  });
});

describe('INVESTS_IN: investors after a description, and investment obtained', () => {
  it('when a company obtains (拿到) investment from a list, its largest outside holder is named after a description, or its investors include a described one, then each invests in it (zh-Hans, zh-Hant)', () => {
    expect(rel('沐曦成立仅两个月便拿到红杉中国、真格基金等机构的天使投资。', 'INVESTS_IN')).toEqual([
      ['HongShan', 'MetaX'],
      ['ZhenFund', 'MetaX'],
    ]);
    expect(rel('受消息影响，FuriosaAI最大的外部股东、韩国风投机构DSC Investment股价周一下挫16%。', 'INVESTS_IN')).toEqual([
      ['DSC Investment', 'FuriosaAI'],
    ]);
    expect(rel('Rebellions並在全球募得超過2.25億美元資金，投資人包括南韓電信業者KT。', 'INVESTS_IN')).toEqual([['KT', 'Rebellions']]);
  });
});

describe('INVESTS_IN: a bet on a company, and a round led with the company valued after it', () => {
  it('when one joins others in a bet on a company, or a fund led a round (主导一轮募资) in which the company named after was valued, then each invests in it', () => {
    expect(rel("Jeff Bezos joins Samsung and LG in $693 million bet on Jim Keller's Tenstorrent", 'INVESTS_IN')).toEqual([
      ['Jeff Bezos', 'Tenstorrent'],
      ['Samsung', 'Tenstorrent'],
      ['LG', 'Tenstorrent'],
    ]);
    expect(rel('Analysts say the company made a big bet on AI.', 'INVESTS_IN')).toEqual([]);
    expect(
      rel('英特尔洽购SambaNova。日本軟銀旗下願景基金二期在2021年主導一輪6.76億美元募資，當時SambaNova估值達50億美元。', 'INVESTS_IN'),
    ).toEqual([['願景基金二期', 'SambaNova']]);
  });
});

describe('INVESTS_IN: Latin-named investors listed in Chinese text', () => {
  it('when a round’s investors are listed (投资者共同参与，包括…, 既有股東…也持續加碼), then each Latin name invests, a given name opening a person', () => {
    const zh = extractText(
      '以色列芯片公司Korvane宣布完成1亿美元融资。本轮融资由新老投资者共同参与，包括Marwick家族、Alfred Harlow、Talvane Motors、Comrix，以及以色列股权众筹平台OurCrowd。',
    );
    expect(zh.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => r.subject)).toEqual(
      expect.arrayContaining(['Alfred Harlow', 'Talvane Motors', 'Comrix', 'OurCrowd']),
    );
    expect(zh.entities.find((e) => e.name === 'Alfred Harlow')?.type).toBe('Person');
    const hant = extractText(
      'Korvane AI宣布完成1億美元B輪融資。本輪其他新投資人還包括Capital TEN、Brightfield Digital與Morwen Labs；既有股東Anzu Partners、ACVC及S5V也持續加碼。',
    );
    expect(hant.relations.filter((r) => r.type === 'INVESTS_IN').map((r) => r.subject)).toEqual(
      expect.arrayContaining(['Capital TEN', 'Brightfield Digital', 'ACVC', 'S5V']),
    );
  });
});

describe('INVESTS_IN: listed investees and money put into a fund (出资)', () => {
  it('when A、B及C等均曾获X注资, then X invests in each (zh-Hans, zh-Hant)', () => {
    const investees = (t: string) =>
      rel(t, 'INVESTS_IN')
        .map(([, o]) => o)
        .sort();
    expect(investees('中芯国际、华虹半导体及长江存储等均曾获大基金注资。')).toEqual(['Hua Hong Semiconductor', 'SMIC', 'YMTC']);
    expect(investees('中芯國際、華虹半導體及長江存儲等均曾獲大基金注資。')).toEqual(['Hua Hong Semiconductor', 'SMIC', 'YMTC']);
  });

  it('when a company 出资 a fund, then it invests in it; 出资成立 and an amount alone name no investee', () => {
    expect(rel('工商银行在公告中指出，出资大基金三期有助服务国家战略。', 'INVESTS_IN')).toEqual([['ICBC', 'Big Fund III']]);
    expect(rel('工商銀行在公告中指出，出資大基金三期有助服務國家戰略。', 'INVESTS_IN')).toEqual([['ICBC', 'Big Fund III']]);
    expect(rel('工商银行出资600亿元。', 'INVESTS_IN')).toEqual([]);
  });
});

describe('INVESTS_IN by holders who fund or own a company together', () => {
  it('when a group member is named with its group (吉利系的A) among the founders who fund a company, then the member invests, not the group', () => {
    expect(rel('澜擎科技由腾讯系的澜川科技与安谋科技共同出资组建。', 'INVESTS_IN')).toEqual([
      ['澜川科技', '澜擎科技'],
      ['Arm China', '澜擎科技'],
    ]);
  });
  it('when a list 由A、B与C三方共同持股, then each holds the company, and 由 opening the list is no part of the first name', () => {
    const text = '领克是由吉利汽车、吉利控股与沃尔沃汽车三方共同持股的品牌。';
    expect(rel(text, 'INVESTS_IN').map(([a]) => a)).toEqual(['Geely Auto', 'Geely Holding', 'Volvo Cars']);
    expect(Object.keys(entities(text))).not.toContain('由吉利汽车');
  });
});

describe('INVESTS_IN after "raised …, from"', () => {
  it('when money was raised "over two rounds, from A and the investor B", then each invests in the raiser', () => {
    expect(
      rel(
        'Orvalis Labs emerged from stealth. The Toronto-based company raised $50 million over two rounds, from Quiet Capital and the veteran investor Pierre Lamond.',
        'INVESTS_IN',
      ),
    ).toEqual([
      ['Quiet Capital', 'Orvalis Labs'],
      ['Pierre Lamond', 'Orvalis Labs'],
    ]);
  });
});

describe('Grants and subsidies from a government', () => {
  it('when a government grants money in English ("awarded X $N in grants", "a grant of $N for X", "give X $N in subsidies"), then it invests in X', () => {
    expect(rel('The Commerce Department awarded Korvex Labs $850 million in grants.', 'INVESTS_IN')).toEqual([
      ['US Commerce Department', 'Korvex Labs'],
    ]);
    expect(rel('The Commerce Department on Friday finalized a grant of up to $4.7 billion for Korvex Labs.', 'INVESTS_IN')).toEqual([
      ['US Commerce Department', 'Korvex Labs'],
    ]);
    expect(rel('The Commerce Department will give Korvex Labs up to $610 million in subsidies.', 'INVESTS_IN')).toEqual([
      ['US Commerce Department', 'Korvex Labs'],
    ]);
    expect(
      rel('The Commerce Department also finalized up to $1.6 billion on Friday for Korvex Labs to build plants.', 'INVESTS_IN'),
    ).toEqual([['US Commerce Department', 'Korvex Labs']]);
  });

  it('when 向A提供N，向B提供M lists grants clause by clause, then the giver before the first 向 invests in each, and supplies none', () => {
    const text = '美国商务部已初步承诺向澜算科技提供64亿美元，向台积电提供66亿美元，向英特尔提供85亿美元。';
    expect(rel(text, 'INVESTS_IN')).toEqual([
      ['US Commerce Department', '澜算科技'],
      ['US Commerce Department', 'TSMC'],
      ['US Commerce Department', 'Intel'],
    ]);
    expect(rel(text, 'SUPPLIES')).toEqual([]);
    expect(rel('日本政府已为澜算科技和Rapidus等项目拨出数万亿日元补贴。', 'INVESTS_IN')).toEqual([
      ['日本政府', '澜算科技'],
      ['日本政府', 'Rapidus'],
    ]);
  });

  it('when a company 获/獲 a government’s subsidy, then the government invests in it', () => {
    expect(rel('瀾算科技在8月獲美國商務部初步承諾最高16億美元補助。', 'INVESTS_IN')).toEqual([['US Commerce Department', '瀾算科技']]);
    expect(rel('澜算科技获得日本经济产业省最高1920亿日元补贴。', 'INVESTS_IN')).toEqual([['METI', '澜算科技']]);
  });

  it('when a grant is denied, then there is none; a loan provided is still backing, read once', () => {
    expect(rel('美国商务部向澜算科技提供5亿美元贷款。', 'INVESTS_IN').filter(([s]) => s === 'US Commerce Department')).toEqual([
      ['US Commerce Department', '澜算科技'],
    ]);
    expect(rel('The Commerce Department did not award Korvex Labs $850 million in grants.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('Market shares, approvals and joint ventures described', () => {
  it('when a company "held 9.3% of the global foundry market", then that is a market share, no stake', () => {
    expect(rel('According to TrendForce, Korvex Labs held 9.3% of the global foundry market, far behind TSMC.', 'INVESTS_IN')).toEqual([]);
    expect(rel('SoftBank holds 90% of Korvex Labs.', 'INVESTS_IN')).toEqual([['SoftBank', 'Korvex Labs']]);
  });

  it('when a government promises aid after a clause about a company’s plant, then that company gets it', () => {
    expect(rel('英特爾原計畫在馬德堡投資逾300億歐元興建晶圓廠，德國政府承諾提供99億歐元補助。', 'INVESTS_IN')).toEqual([
      ['German federal government', 'Intel'],
    ]);
  });

  it('when a commission approves a state’s aid to a company, then the commission gives nothing', () => {
    expect(rel('歐盟執委會已批准德國對瀾算科技提供50億歐元補助。', 'INVESTS_IN')).toEqual([]);
  });

  it('when A与B、C合资的熊本子公司X names a joint venture with a description, then each partner invests in X and none is its parent', () => {
    const text = '台积电与索尼、电装合资的熊本子公司JASM已投产。';
    expect(rel(text, 'INVESTS_IN')).toEqual([
      ['TSMC', 'JASM'],
      ['Sony', 'JASM'],
      ['Denso', 'JASM'],
    ]);
    expect(rel(text, 'SUBSIDIARY_OF').filter(([, p]) => p !== 'TSMC')).toEqual([]);
    expect(rel('台積電與索尼、電裝合資的熊本子公司JASM已投產。', 'INVESTS_IN').map(([s]) => s)).toEqual(['TSMC', 'Sony', 'Denso']);
  });
});
