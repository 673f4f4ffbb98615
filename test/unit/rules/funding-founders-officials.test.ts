import { entities, rel, ruleRel } from './helpers';

const sorted = (pairs: [string, string][]) => pairs.map(([s, o]) => `${s} -> ${o}`).sort();

describe('Names with accented letters', () => {
  it('when a name has accented letters, then it is one name, not cut at the accent', () => {
    expect(entities('José Müller, chief executive of Acme Robotics, said the deal had closed.')).toHaveProperty('José Müller', 'Person');
  });

  it('when Latin names are listed before 共同创办 in Chinese text, then each is a founder of the company', () => {
    const text = 'Mistral AI成立于2023年,由曾任职Google的研究员Hélène Dubois,以及来自Meta的Timothée Marchand和Guillaume Roux共同创办。';
    expect(sorted(rel(text, 'WORKS_FOR')).filter((r) => r.endsWith('Mistral AI'))).toEqual([
      'Guillaume Roux -> Mistral AI',
      'Hélène Dubois -> Mistral AI',
      'Timothée Marchand -> Mistral AI',
    ]);
    const hant = 'SambaNova於2017年由執行長Rodrigo Liang與史丹佛大學教授Ana Ferré、Pierre Lévy等人共同創立。';
    expect(sorted(rel(hant, 'WORKS_FOR')).filter((r) => r.endsWith('SambaNova'))).toEqual([
      'Ana Ferré -> SambaNova',
      'Pierre Lévy -> SambaNova',
      'Rodrigo Liang -> SambaNova',
    ]);
  });

  it('when a name follows "until now its" and a title, then it is a person', () => {
    expect(entities('The firm will go on under Maria Olsen, until now its finance chief, who becomes CEO.')).toHaveProperty(
      'Maria Olsen',
      'Person',
    );
  });
});

describe('A corporate abbreviation ends a name and, before a new name, a sentence', () => {
  it('when "Co." is followed by another company opening a sentence, then the two are not one name', () => {
    const text = 'Its newest processor is produced by Taiwan Semiconductor Manufacturing Co. Samsung Electronics is also a partner.';
    expect(Object.keys(entities(text)).some((n) => /Co\.? Samsung/.test(n))).toBe(false);
    expect(rel(text, 'MANUFACTURES').map(([s]) => s)).not.toContain('Samsung');
  });

  it('when "Co." is followed by a title, then the sentence goes on', () => {
    expect(rel('Samsung Electronics Co. Chairman Lee Jae-yong met the press.', 'WORKS_FOR')).toEqual([['Lee Jae-yong', 'Samsung']]);
  });
});

describe('Governments are organizations', () => {
  it('when a government takes a stake, then it invests, in all three scripts', () => {
    expect(rel('美国政府今年已入股英特尔。', 'INVESTS_IN')).toEqual([['美国政府', 'Intel']]);
    expect(rel('美國政府今年已入股英特爾。', 'INVESTS_IN')).toEqual([['美國政府', 'Intel']]);
    expect(rel('The U.S. government took a 10% stake in Intel in August.', 'INVESTS_IN')).toEqual([['U.S. government', 'Intel']]);
  });

  it('when an official’s title follows a government, then the official works for it', () => {
    expect(rel('香港特區政府財政司司長陳茂波在網誌中表示歡迎。', 'WORKS_FOR')).toEqual([['陳茂波', '香港特區政府']]);
  });

  it('when a sentence says 政府 with no place before it, then no government is named', () => {
    expect(Object.values(entities('市场人士认为政府补贴有限。'))).not.toContain('Organization');
  });
});

describe('Investors listed in more ways', () => {
  it('when a round "also drew" investors, then each invests in who raised it', () => {
    expect(
      sorted(rel('Orbit Silicon raised $300 million last year in a round that also drew BlackRock, Cisco and Altimeter.', 'INVESTS_IN')),
    ).toEqual(['Altimeter Capital -> Orbit Silicon', 'BlackRock -> Orbit Silicon', 'Cisco -> Orbit Silicon']);
  });

  it('when an investor has put "half a billion dollars" into a company, then it invests in it', () => {
    expect(rel('BlackRock has put more than half a billion dollars into Groq since 2019.', 'INVESTS_IN')).toEqual([['BlackRock', 'Groq']]);
  });

  it('when holders are listed before 位列X股东名单, then they hold X, not the company named after 除', () => {
    expect(sorted(ruleRel('燧原科技冲刺科创板。除腾讯外，国家集成电路产业投资基金、美图公司等也位列燧原股东名单。', 'INVESTS_IN'))).toEqual(
      ['Big Fund -> Enflame', '美图公司 -> Enflame'],
    );
  });

  it('when an offering’s cornerstone investors are listed after 包括, then each invests in the listed company', () => {
    const hant = '壁仞科技在香港上市。基石投資者陣容亮眼，合共20家機構認購約3億美元，包括瑞銀、平安人壽，以及產業資本中興通訊等。';
    expect(sorted(rel(hant, 'INVESTS_IN'))).toEqual(['UBS -> Biren', 'ZTE -> Biren', '平安人壽 -> Biren']);
    const hans = '壁仞科技在香港上市。基石投资者阵容亮眼，合共20家机构认购约3亿美元，包括瑞银、平安人寿，以及产业资本中兴通讯等。';
    expect(sorted(rel(hans, 'INVESTS_IN'))).toEqual(['UBS -> Biren', 'ZTE -> Biren', '平安人寿 -> Biren']);
  });
});

describe('MANUFACTURES for every chip of a list', () => {
  it('when chips listed together were manufactured by a foundry, then it makes each', () => {
    expect(sorted(rel('Its first two chips, Grayskull and Wormhole, were manufactured by GlobalFoundries.', 'MANUFACTURES'))).toEqual([
      'GlobalFoundries -> Grayskull',
      'GlobalFoundries -> Wormhole',
    ]);
    expect(sorted(rel('H100和H200由台积电代工。', 'MANUFACTURES'))).toEqual(['TSMC -> H100', 'TSMC -> H200']);
  });
});

describe('Rivals named in more ways', () => {
  it('when an analyst estimates a company’s share and then lists 其竞争对手, then the rivals are the company’s, not the analyst’s', () => {
    const text = '沐曦股份在科创板上市。伯恩斯坦估算沐曦的市场份额仅约1%，其国内竞争对手包括海光信息、壁仞科技和摩尔线程等。';
    expect(sorted(rel(text, 'COMPETES_WITH'))).toEqual(['Biren -> MetaX', 'Hygon -> MetaX', 'MetaX -> Moore Threads']);
  });

  it('when two companies 是多年的老对手, then they compete', () => {
    expect(rel('在移动通信市场上，SK电讯与KT是多年的老对手。', 'COMPETES_WITH')).toEqual([['KT', 'SK Telecom']]);
    expect(rel('華為與小米是多年的競爭對手。', 'COMPETES_WITH')).toEqual([['Huawei', 'Xiaomi']]);
  });

  it('when a company wants to 一较高下 with others, then it competes with each', () => {
    expect(sorted(rel('亞馬遜希望在AI運算市場與輝達及Google一較高下。', 'COMPETES_WITH'))).toEqual([
      'Amazon -> Google',
      'Amazon -> NVIDIA',
    ]);
  });
});

describe('Past and future jobs in more ways', () => {
  it('when a person is "known for chip design work at" companies, then each was an employer', () => {
    const text = 'Dana Whitfield, Orbit Silicon’s chief executive, is best known for chip design work at AMD, Apple and Intel.';
    expect(sorted(rel(text, 'WORKS_FOR'))).toEqual([
      'Dana Whitfield -> AMD',
      'Dana Whitfield -> Apple',
      'Dana Whitfield -> Intel',
      'Dana Whitfield -> Orbit Silicon',
    ]);
  });

  it('when people listed with their titles "will move to" a company, then each works for it', () => {
    const text = 'Groq said founder Jonathan Ross, president Sunny Madra and other senior staff will move to Nvidia.';
    expect(sorted(rel(text, 'WORKS_FOR')).filter((r) => r.endsWith('NVIDIA'))).toEqual([
      'Jonathan Ross -> NVIDIA',
      'Sunny Madra -> NVIDIA',
    ]);
  });

  it('when two people 曾在X共事, then both worked at X', () => {
    expect(sorted(rel('联合创始人张亚林曾与赵立东在AMD共事多年。', 'WORKS_FOR')).filter((r) => r.endsWith('AMD'))).toEqual([
      'Zhang Yalin -> AMD',
      'Zhao Lidong -> AMD',
    ]);
  });

  it('when 此前曾在 a described company 任职, then the person worked there', () => {
    expect(sorted(rel('沐曦由陈维良创办，他现任公司董事长，此前曾在美国芯片大厂AMD任职多年。', 'WORKS_FOR'))).toEqual([
      'Chen Weiliang -> AMD',
      'Chen Weiliang -> MetaX',
    ]);
  });
});

describe('Advisers of an offering or a deal', () => {
  it('when a sponsor or adviser is named for an offering, then it partners with the company, in all three scripts', () => {
    expect(sorted(rel('沐曦股份公开发行4010万股，保荐人（主承销商）为华泰联合证券。', 'PARTNERS_WITH'))).toEqual(['MetaX -> 华泰联合证券']);
    expect(sorted(rel('燧原科技衝刺科創板。公司擬募資60億元，保薦機構為中信證券。', 'PARTNERS_WITH'))).toEqual([
      'CITIC Securities -> Enflame',
    ]);
    expect(sorted(rel('海光信息终止吸收合并中科曙光。中信证券担任合并方海光信息的独立财务顾问。', 'PARTNERS_WITH'))).toEqual([
      'CITIC Securities -> Hygon',
    ]);
    expect(sorted(rel('Biren filed for a Hong Kong listing, with CICC and Morgan Stanley as joint sponsors.', 'PARTNERS_WITH'))).toEqual([
      'Biren -> CICC',
      'Biren -> Morgan Stanley',
    ]);
  });
});

describe('SUPPLIES stated in more ways', () => {
  it('when a supplier is "its chip supplier", then it supplies the company "its" stands for', () => {
    expect(rel('CoreWeave rents out GPUs. Nvidia, which is its chip supplier, agreed to a deal.', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'CoreWeave'],
    ]);
  });

  it('when a company agrees to rent another GPU capacity, then it supplies that company', () => {
    expect(rel('Nebius Group has agreed to rent Microsoft a large block of GPU computing capacity.', 'SUPPLIES')).toEqual([
      ['Nebius', 'Microsoft'],
    ]);
  });

  it('when a customer "generated" a share of a supplier’s revenue, then the supplier supplies it', () => {
    expect(rel('Microsoft generated about 71% of CoreWeave’s revenue in the June quarter.', 'SUPPLIES')).toEqual([
      ['CoreWeave', 'Microsoft'],
    ]);
  });

  it('when chips go 向 a long list of customers with their glosses, then each customer is supplied', () => {
    expect(sorted(rel('昆仑芯将向新华三（H3C）、中兴通讯（ZTE）等服务器厂商提供AI芯片。', 'SUPPLIES'))).toEqual([
      'Kunlunxin -> H3C',
      'Kunlunxin -> ZTE',
    ]);
  });
});

describe('Deals, holders and speakers', () => {
  it('when a supply is called a contract, then the two also partner (a commercial deal)', () => {
    const text = 'Nebius has signed a five-year contract to rent Microsoft a large block of GPU computing capacity.';
    expect(rel(text, 'SUPPLIES')).toEqual([['Nebius', 'Microsoft']]);
    expect(rel(text, 'PARTNERS_WITH').map((pair) => pair.sort().join(' ~ '))).toEqual(['Microsoft ~ Nebius']);
    expect(rel('Nebius rents Microsoft a large block of GPU computing capacity.', 'PARTNERS_WITH')).toEqual([]);
  });

  it('when an appositive calls a company "the X-backed" one, then X invests in the company', () => {
    expect(rel('CoreWeave, the Nvidia-backed cloud company, has signed a contract.', 'INVESTS_IN')).toEqual([['NVIDIA', 'CoreWeave']]);
  });

  it('when a company is among another’s shareholders, alongside a firm, then both hold it', () => {
    expect(sorted(rel('Nvidia itself is among Nebius’s shareholders, alongside venture firm Accel.', 'INVESTS_IN'))).toEqual([
      'Accel -> Nebius',
      'NVIDIA -> Nebius',
    ]);
  });

  it('when an executive "left to join" a described company, then the person works for it', () => {
    const text = 'Its chief technology officer, Sachin Katti, left to join ChatGPT developer OpenAI.';
    expect(rel(text, 'WORKS_FOR').map(([s, o]) => `${s} -> ${o}`)).toContain('Sachin Katti -> OpenAI');
  });

  it('when a bare title’s holder speaks for the company that opens what they say, then that is the employer', () => {
    expect(
      rel('Nebius rents GPUs. Chief executive Satya Nadella said that Microsoft has always adjusted the balance.', 'WORKS_FOR'),
    ).toEqual([['Satya Nadella', 'Microsoft']]);
    expect(rel('FuriosaAI拒絕了收購。執行長祖克柏（Mark Zuckerberg）1月表示，Meta今年將投入650億美元於AI。', 'WORKS_FOR')).toEqual([
      ['Mark Zuckerberg', 'Meta'],
    ]);
  });

  it('when a one-letter name after a lower-case word ends a sentence, then the next sentence starts there', () => {
    expect(Object.keys(entities('Katti announced the move in a post on X. OpenAI president Greg Brockman welcomed him.'))).toContain(
      'OpenAI',
    );
  });
});

describe('What is not a relation', () => {
  it('when a company bought another’s switch chips, then that is no acquisition', () => {
    expect(rel('ByteDance has bought Broadcom’s Tomahawk switch chips.', 'ACQUIRES')).toEqual([]);
    expect(rel('Nvidia bought Mellanox for $7 billion.', 'ACQUIRES')).toEqual([['NVIDIA', 'Mellanox']]);
  });

  it('when ", and" opens a new clause with its own subject, then that subject is no item of the list before', () => {
    const text =
      'Meta and Google deploy custom chips to reduce their dependence on Nvidia, and ByteDance has made catching up its priority.';
    expect(rel(text, 'SUPPLIES').map(([s]) => s)).not.toContain('ByteDance');
  });

  it('when an official’s bare title names a person, then the person works for no company of the story', () => {
    expect(rel('字节跳动加大投入。本月，美国总统特朗普宣布放行英伟达H200对华销售。', 'WORKS_FOR')).toEqual([]);
  });

  it('when buying is stopped (停止采购), then there is no supply', () => {
    expect(rel('监管部门要求运营者停止采购美光产品。', 'SUPPLIES')).toEqual([]);
  });

  it('when a service will be taken over by a company (将由X接手), then X is no customer', () => {
    expect(rel('亚马逊的Trainium4设计服务将由世芯接手。', 'SUPPLIES')).toEqual([]);
  });
});

describe('People and firms the text introduces', () => {
  it('when a sentence opens with a given name ending in -ly (Kimberly), then it is a name, not an adverb', () => {
    expect(sorted(rel('Kimberly Forrest, chief investment officer at Bokeh Capital Partners, said it was good.', 'WORKS_FOR'))).toEqual([
      'Kimberly Forrest -> Bokeh Capital Partners',
    ]);
    expect(Object.keys(entities('Separately, Acme Robotics said it raised $5 million.'))).toEqual(['Acme Robotics']);
  });

  it('when a Latin name follows 创投业者 in Chinese text, then it is an organization', () => {
    expect(entities('南韓創投業者DSC Investment的股價重挫16%。')).toHaveProperty('DSC Investment', 'Organization');
  });
});

describe('Listed companies named with their stock codes', () => {
  it('when a kind of company comes before a short name and its code, then the short name is the company', () => {
    expect(Object.keys(entities('新创公司耐能-KY（6902）公布财报。'))).toEqual(['耐能']);
    expect(Object.keys(entities('晶片設計廠世芯-KY（3661）近期獲外資調高目標價。'))).toEqual(['Alchip']);
  });

  it('when the short name is a known company’s without its corporate word (創意 for 创意电子), then it is that company', () => {
    const text = 'ASIC設計服務廠創意（3443）近期獲外資調高目標價。報告指出，創意最受矚目的專案是為Google打造的處理器。';
    expect(sorted(rel(text, 'PARTNERS_WITH'))).toEqual(['Global Unichip -> Google']);
  });
});

describe('Rivalry in more shapes', () => {
  it('when a company’s "challenge to" one rival goes on "and to" another, then it competes with both', () => {
    const text =
      'The deal sharpens Marvell’s challenge to Broadcom, which dominates custom chips, and to Nvidia, which ties its GPUs together.';
    expect(sorted(rel(text, 'COMPETES_WITH'))).toEqual(['Broadcom -> Marvell', 'Marvell -> NVIDIA']);
  });

  it('when two companies are called "rivals" in an appositive, then they compete', () => {
    expect(
      rel('It is unusual to see Nvidia and AMD, rivals in the market for AI accelerators, backing the same supplier.', 'COMPETES_WITH'),
    ).toEqual([['AMD', 'NVIDIA']]);
  });

  it('when a rivals list goes on "as well as" after a relative clause, then every rival is taken', () => {
    const text =
      'Ayar’s rivals include Celestial AI, which raised $250 million last March, as well as optical makers Lumentum and Coherent.';
    expect(sorted(rel(text, 'COMPETES_WITH'))).toEqual(['Ayar -> Celestial AI', 'Ayar -> Coherent', 'Ayar -> Lumentum']);
  });

  it('when a company offers "an alternative to" another’s products, then they compete', () => {
    expect(
      rel('The launch is Amazon’s latest attempt to offer a cheaper alternative to Nvidia’s graphics processors.', 'COMPETES_WITH'),
    ).toEqual([['Amazon', 'NVIDIA']]);
  });

  it('when rivals are named before 对手 in a framing clause (在A、B等对手主导…之际), then the next subject competes with them', () => {
    expect(sorted(rel('在博通、Marvell等美系對手主導雲端ASIC市場之際，聯發科能否如期量產將是關鍵。', 'COMPETES_WITH'))).toEqual([
      'Broadcom -> MediaTek',
      'Marvell -> MediaTek',
    ]);
  });
});

describe('Chips and products named in more ways', () => {
  it('when quoted chip names follow a count of chips, joined by 与, then each is a chip', () => {
    const e = entities('摩尔线程披露了基于该架构的两款芯片“华山”与“庐山”。');
    expect([e['华山'], e['庐山']]).toEqual(['Chip', 'Chip']);
    expect(entities('摩尔线程还发布了面向端侧的“长江”智能SoC。')).toHaveProperty('长江', 'Chip');
  });

  it('when a Chinese brand is followed by a generation (天垓Gen1) in a sentence about chips, then it is a chip', () => {
    const e = entities('天垓Gen1于2021年量产，是国内首款7纳米通用GPU芯片；智铠Gen1X于2022年发布。');
    expect([e['天垓Gen1'], e['智铠Gen1X']]).toEqual(['Chip', 'Chip']);
  });

  it('when an appositive or a noun before says what product a name is, then it is a product', () => {
    expect(entities('In September d-Matrix introduced JetStream, a network interface card for inference.')).toHaveProperty(
      'JetStream',
      'Product',
    );
    expect(entities('The startup ships its own software stack, Aviator.')).toHaveProperty('Aviator', 'Product');
    expect(entities('Acme Systems, a server maker, raised money.')).toHaveProperty('Acme Systems', 'Organization');
  });
});

describe('Lists of parties and registration places', () => {
  it('when a list of cornerstone investors names unknown firms with (香港), then each is an investor', () => {
    const text =
      '天数智芯在港上市。公司引入了18家基石投资者，名单包括中兴通讯（香港）、华胜天成（香港）、第四范式、汇添富（香港）、芯鑫控股、明山资本等。';
    expect(sorted(rel(text, 'INVESTS_IN'))).toEqual([
      '4Paradigm -> Iluvatar CoreX',
      'ZTE -> Iluvatar CoreX',
      '华胜天成（香港） -> Iluvatar CoreX',
      '明山资本 -> Iluvatar CoreX',
      '汇添富（香港） -> Iluvatar CoreX',
      '芯鑫控股 -> Iluvatar CoreX',
    ]);
  });

  it('when holders are listed before 等机构亦在股东名单之列, then each holds the company', () => {
    expect(sorted(rel('天数智芯在港上市。红杉中国、国盛资本和元禾控股等机构亦在股东名单之列。', 'INVESTS_IN'))).toEqual([
      'HongShan -> Iluvatar CoreX',
      'Oriza Holdings -> Iluvatar CoreX',
      '国盛资本 -> Iluvatar CoreX',
    ]);
  });

  it('when a sponsor is named before 担任保荐人, then it partners with the company and is no topic for 公司 after', () => {
    const text = '天数智芯在港上市。本次募资约37亿港元，华泰国际担任保荐人。公司同时引入了基石投资者，名单包括瑞银、平安人寿。';
    expect(sorted(rel(text, 'PARTNERS_WITH'))).toEqual(['Iluvatar CoreX -> 华泰国际']);
    expect(rel(text, 'INVESTS_IN').map(([, o]) => o)).not.toContain('华泰国际');
  });
});

describe('挑战者 names a rival', () => {
  it('when a company is called another’s 挑战者, then they compete, in both Chinese scripts', () => {
    expect(rel('輝達的挑戰者超微（AMD）新一代AI伺服器將在第四季出貨。', 'COMPETES_WITH')).toEqual([['AMD', 'NVIDIA']]);
    expect(rel('英伟达占据主导，昆仑芯等国产厂商则被视为其在华最直接的挑战者。', 'COMPETES_WITH')).toEqual([['Kunlunxin', 'NVIDIA']]);
  });
});
