import { extractText } from '../../../src/extract';
import { entities, rel, ruleRel } from './helpers';

const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();

describe('COMPETES_WITH in a second clause with 与', () => {
  it('when a clause with no subject of its own goes on with 与A、B等同行也在…角逐 after a rivalry clause, then its subject competes with them, not with the first rivals', () => {
    const text = '澜川硅业与信越化学、胜高等海外巨头在国内市场直接竞争，与立昂微、TCL中环等国内同行也在扩产节奏上展开角逐。';
    expect(sorted(rel(text, 'COMPETES_WITH'))).toEqual(
      sorted([
        ['澜川硅业', 'Shin-Etsu Chemical'],
        ['澜川硅业', 'SUMCO'],
        ['澜川硅业', 'Lion Microelectronics'],
        ['澜川硅业', 'TCL Zhonghuan'],
      ]),
    );
    expect(
      rel('瀾川矽業與信越化學、勝高等海外巨頭在國內市場直接競爭，與立昂微、TCL中環等國內同行也在擴產節奏上展開角逐。', 'COMPETES_WITH'),
    ).toHaveLength(4);
  });
});

describe('COMPETES_WITH', () => {
  it('when a clause opens by calling its subject a rival of another (作为英伟达的竞争对手，AMD…, "As a rival to Nvidia, AMD …"), then they compete; a partner so described does not', () => {
    expect(rel('作为英伟达的竞争对手，AMD推出了MI450。', 'COMPETES_WITH')).toEqual([['AMD', 'NVIDIA']]);
    expect(rel('身為輝達的主要對手，超微推出了MI450。', 'COMPETES_WITH')).toEqual([['AMD', 'NVIDIA']]);
    expect(rel('As a rival to Nvidia, AMD launched the MI450.', 'COMPETES_WITH')).toEqual([['AMD', 'NVIDIA']]);
    expect(rel('作为英伟达的合作伙伴，AMD推出了MI450。', 'COMPETES_WITH')).toEqual([]);
  });

  it('when a story about an AI-chip challenger names the incumbent (NVIDIA) anywhere, then the lexicon says they compete, at its lower confidence; not when another company leads the story', () => {
    const story = extractText(
      'Cerebras raised $1.1 billion on Tuesday. The company sells wafer-scale chips. Nvidia reported results last week.',
    );
    expect(story.relations.filter((r) => r.type === 'COMPETES_WITH').map((r) => [r.subject, r.object, r.confidence])).toEqual([
      ['Cerebras', 'NVIDIA', 0.5],
    ]);
    expect(rel('寒武纪今年营收大增。英伟达也公布了财报。', 'COMPETES_WITH')).toEqual([['Cambricon', 'NVIDIA']]);
    expect(rel('OpenAI signed a deal with Cerebras. Nvidia reported results last week.', 'COMPETES_WITH')).toEqual([]);
    // (A story about the incumbent: each challenger it names.)
    expect(rel('Nvidia reported record sales. Analysts also follow Groq and Cerebras.', 'COMPETES_WITH').sort()).toEqual([
      ['Cerebras', 'NVIDIA'],
      ['Groq', 'NVIDIA'],
    ]);
  });

  it("when the company a story is about is named with a known rival of it (the lexicon's rivals) in a sentence that speaks of rivalry, then they compete at the lexicon's confidence; not without such words, not with a company the lexicon does not know as its rival, not when the story is about another", () => {
    const rivalry = (text: string) =>
      extractText(text)
        .relations.filter((r) => r.type === 'COMPETES_WITH')
        .map((r) => [r.subject, r.object, r.confidence]);
    expect(rivalry('SK hynix posted record profit. As competition for HBM4 heats up, SK hynix and Micron both added capacity.')).toEqual([
      ['SK hynix', 'Micron', 0.5],
    ]);
    expect(rivalry('海光信息营收大增。随着国产芯片竞争升温，海光信息与寒武纪均扩充了产能。')).toEqual([['Hygon', 'Cambricon', 0.5]]);
    expect(rivalry('聯發科營收創新高。隨著手機晶片競爭升溫，聯發科與高通都推出了新品。')).toEqual([['MediaTek', 'Qualcomm', 0.5]]);
    expect(rivalry('SK hynix posted record profit. SK hynix and Micron both added capacity.')).toEqual([]);
    expect(rivalry('SK hynix posted record profit. As competition for HBM4 heats up, SK hynix and Nvidia both added capacity.')).toEqual(
      [],
    );
    expect(rivalry('OpenAI signed a contract. SK hynix and Micron both added capacity as competition for HBM4 heats up.')).toEqual([]);
  });

  it('when a company enters "a market Nvidia dominates" or "a market dominated by A and B", takes aim at another\'s chips, or wins against it, then they rival; the rival\'s chips are not supplied', () => {
    expect(rel('Etched is one of several young companies hoping to pry open a market Nvidia dominates.', 'COMPETES_WITH')).toEqual([
      ['Etched', 'NVIDIA'],
    ]);
    expect(rel('Groq wants a share of a market dominated by Nvidia and AMD.', 'COMPETES_WITH')).toHaveLength(2);
    expect(rel('Microsoft rolls out Maia 200, takes direct aim at Amazon and Google chips.', 'COMPETES_WITH')).toHaveLength(2);
    expect(rel('Microsoft rolls out Maia 200, takes direct aim at Amazon and Google chips.', 'SUPPLIES')).toEqual([]);
    expect(rel('For Samsung the order is a rare win against TSMC.', 'COMPETES_WITH')).toEqual([['Samsung', 'TSMC']]);
  });

  it('when a company sets out to challenge another or its dominance, then they compete', () => {
    expect(sorted(rel("Groq aims to challenge Nvidia's dominance in inference chips.", 'COMPETES_WITH'))).toEqual(['Groq + NVIDIA']);
    expect(sorted(rel('摩尔线程希望挑战英伟达的主导地位。', 'COMPETES_WITH'))).toEqual(['Moore Threads + NVIDIA']);
    expect(sorted(rel('摩爾線程希望挑戰輝達的主導地位。', 'COMPETES_WITH'))).toEqual(['Moore Threads + NVIDIA']);
  });

  it('when rivals are named (a rival of, 的对手, named as rivals), then each competes with the subject', () => {
    expect(sorted(rel('壁仞科技是英伟达在中国的对手。', 'COMPETES_WITH'))).toEqual(['Biren + NVIDIA']);
    expect(sorted(rel('Meta also named Google, Amazon and Microsoft as rivals.', 'COMPETES_WITH'))).toEqual([
      'Amazon + Meta',
      'Google + Meta',
      'Meta + Microsoft',
    ]);
    expect(sorted(rel('Cerebras competes with Nvidia and AMD.', 'COMPETES_WITH'))).toEqual(['AMD + Cerebras', 'Cerebras + NVIDIA']);
  });

  it('when rivalry is denied or competition is only general, then there is none', () => {
    expect(rel('AMD is not a rival of Korvia AI, its chief said.', 'COMPETES_WITH')).toEqual([]);
    expect(rel('Nvidia and AMD both reported strong sales.', 'COMPETES_WITH')).toEqual([]);
    expect(rel('英伟达和台积电面临激烈的市场竞争。', 'COMPETES_WITH')).toEqual([]);
    // (Two the lexicon knows as rivals, in a story about one of them: only what the lexicon adds, at its confidence.)
    expect(extractText('英伟达和AMD面临激烈的市场竞争。').relations.map((r) => [r.type, r.confidence])).toEqual([['COMPETES_WITH', 0.5]]);
  });
});

describe('COMPETES_WITH by clashing and closing gaps', () => {
  it('when companies clash in a market or one closes the gap with another, then they compete', () => {
    expect(sorted(rel('華碩此舉將與戴爾、惠普在AI PC市場正面交鋒。', 'COMPETES_WITH'))).toEqual(['ASUS + Dell', 'ASUS + HP']);
    expect(sorted(rel('这笔订单有助三星缩小与台积电在先进制程上的差距。', 'COMPETES_WITH'))).toEqual(['Samsung + TSMC']);
    expect(sorted(rel('Samsung hopes to close the gap with TSMC in advanced nodes.', 'COMPETES_WITH'))).toEqual(['Samsung + TSMC']);
  });
});

describe('COMPETES_WITH by lists of rivals and chip benchmarks', () => {
  it('when rivals are listed after "include" or 包括 (with relative clauses), then each is a rival', () => {
    expect(sorted(rel("Orvane's rivals include Groq, Cerebras and Etched.", 'COMPETES_WITH'))).toEqual([
      'Cerebras + Orvane',
      'Etched + Orvane',
      'Groq + Orvane',
    ]);
    expect(sorted(rel('世芯的主要对手包括台积电转投资的创意电子，以及近年积极抢攻的联发科。', 'COMPETES_WITH'))).toEqual([
      'Alchip + Global Unichip',
      'Alchip + MediaTek',
    ]);
  });

  it('when a chip is benchmarked against another (对标, 与…相当), then the chips compete', () => {
    expect(sorted(rel('晶曜科技的首款芯片“曜星100”性能对标英伟达A100。', 'COMPETES_WITH'))).toEqual(['A100 + 曜星100']);
    expect(sorted(rel('平头哥发布芯片“真武PPU”，该芯片的指标与英伟达H20相当。', 'COMPETES_WITH'))).toEqual(['H20 + 真武PPU']);
    expect(rel('英伟达H20的需求相当大。', 'COMPETES_WITH')).toEqual([]);
  });

  it('when listed companies together vie with a rival (A、B和C…与X争夺), then each competes with it', () => {
    expect(sorted(rel('阿里、百度和腾讯等云厂商自研芯片，也是为了与华为争夺算力市场。', 'COMPETES_WITH'))).toEqual([
      'Alibaba + Huawei',
      'Baidu + Huawei',
      'Huawei + Tencent',
    ]);
  });
});

describe('COMPETES_WITH in 与A、B等…的竞争', () => {
  it('when a list after 与 is closed by 等 and a kind, then each item rivals the subject, and the one helped is the subject', () => {
    expect(rel('百度在与阿里巴巴、腾讯等云厂商的竞争中领先。', 'COMPETES_WITH')).toEqual([
      ['Alibaba', 'Baidu'],
      ['Baidu', 'Tencent'],
    ]);
    expect(rel('分析师称，新芯片将帮助百度降低成本，并在与阿里巴巴等对手的竞争中占优。', 'COMPETES_WITH')).toEqual([['Alibaba', 'Baidu']]);
  });
});

describe('COMPETES_WITH by purpose and by narrowing the gap', () => {
  it('when a buyer buys a company "to take on" a rival, then the buyer is the rival, not the company bought', () => {
    expect(rel('Intel agreed to buy Quarrel AI for $2 billion to take on Nvidia in data centers.', 'COMPETES_WITH')).toEqual([
      ['Intel', 'NVIDIA'],
    ]);
  });
  it('when a company narrows the gap with another, then they compete', () => {
    expect(rel('AMD is trying to narrow the gap with Nvidia in AI chips.', 'COMPETES_WITH')).toEqual([['AMD', 'NVIDIA']]);
  });
});

describe('COMPETES_WITH named after a sentence about competition', () => {
  it('when a company faces fierce competition and the next sentence opens its clauses with companies, then those are its rivals', () => {
    expect(rel('百度在自动驾驶芯片市场面临激烈竞争。英伟达占据高端市场，高通也在积极布局。', 'COMPETES_WITH')).toEqual([
      ['Baidu', 'NVIDIA'],
      ['Baidu', 'Qualcomm'],
    ]);
  });
  it('when a section opens with 在竞争方面, then its subjects rival the company the story is about', () => {
    expect(rel('美光公布了新一代内存。在竞争方面，三星电子与SK海力士也在加快研发。', 'COMPETES_WITH')).toEqual([
      ['Micron', 'Samsung'],
      ['Micron', 'SK hynix'],
    ]);
  });
  it('when the sentence after names companies but none faced competition, then there is no rivalry', () => {
    expect(rel('百度发布了新芯片。英伟达占据高端市场，高通也在积极布局。', 'COMPETES_WITH')).toEqual([]);
  });
});

describe('COMPETES_WITH for a chip seen as an alternative', () => {
  it('when a chip is called the alternative to another (替代品, alternative to), then the chips compete', () => {
    expect(rel('寒武纪思元590被视为英伟达A100的替代品。', 'COMPETES_WITH')).toContainEqual(['A100', 'Siyuan 590']);
    expect(rel('Analysts see the MI355X as an alternative to the B200.', 'COMPETES_WITH')).toEqual([['B200', 'MI355X']]);
  });
});

describe('COMPETES_WITH in what a speaker reports', () => {
  it('when an executive says a company is his company’s main rival, then that company, not the speaker’s, is the rival', () => {
    expect(rel('英伟达CEO黄仁勋表示，寒武纪是一家很强的公司，是英伟达在中国的主要竞争对手。', 'COMPETES_WITH')).toEqual([
      ['Cambricon', 'NVIDIA'],
    ]);
  });
});

describe('COMPETES_WITH by racing', () => {
  it('when a company is racing against others, then it competes with each', () => {
    expect(rel('Groq is racing against Nvidia and AMD for inference customers.', 'COMPETES_WITH')).toEqual([
      ['Groq', 'NVIDIA'],
      ['AMD', 'Groq'],
    ]);
  });
});

describe('COMPETES_WITH from 面临来自…的竞争', () => {
  it('when a company faces competition from lists of companies, then each listed company is its rival, not each other’s', () => {
    expect(rel('天数智芯表示，公司面临来自英伟达等国际厂商以及华为、海光等国内企业的竞争。', 'COMPETES_WITH')).toEqual([
      ['Iluvatar CoreX', 'NVIDIA'],
      ['Huawei', 'Iluvatar CoreX'],
      ['Hygon', 'Iluvatar CoreX'],
    ]);
  });
});

describe('COMPETES_WITH at home', () => {
  it('when a company competes at home with another, then they compete', () => {
    expect(rel('Rebellions competes at home with FuriosaAI.', 'COMPETES_WITH')).toEqual([['FuriosaAI', 'Rebellions']]);
  });
});

describe('COMPETES_WITH among one another, and between products’ makers', () => {
  it('when listed companies compete with one another (彼此角逐, each other), then every pair competes', () => {
    expect(rel('智谱AI与MiniMax、百川智能等公司彼此展开角逐。', 'COMPETES_WITH')).toHaveLength(3);
    expect(rel('Groq, Cerebras and SambaNova compete with each other for inference customers.', 'COMPETES_WITH')).toHaveLength(3);
  });
  it('when a product competes with products written after their makers (百度文心一言), then the makers compete', () => {
    expect(rel('在大模型市场，腾讯混元与百度文心一言、阿里巴巴通义千问等产品竞争激烈。', 'COMPETES_WITH')).toEqual([
      ['Baidu', 'Tencent'],
      ['Alibaba', 'Tencent'],
    ]);
  });
});

describe('COMPETES_WITH by rivals listed around the rival noun', () => {
  it('when rivals are listed before 对手 after 面临 or 与, then each rivals the subject', () => {
    expect(sorted(rel('寒武纪在云端市场面临英伟达、AMD等国际对手的竞争。', 'COMPETES_WITH'))).toEqual([
      'AMD + Cambricon',
      'Cambricon + NVIDIA',
    ]);
    expect(sorted(rel('壁仞科技正與輝達、超微等競爭對手爭奪客戶。', 'COMPETES_WITH'))).toEqual(['AMD + Biren', 'Biren + NVIDIA']);
  });

  it('when the rival noun is followed by 为 or by a place and 的, then the named ones are rivals', () => {
    expect(sorted(rel('在手机芯片市场，联发科的主要竞争对手为高通。', 'COMPETES_WITH'))).toEqual(['MediaTek + Qualcomm']);
    expect(sorted(rel('分析師認為，世芯的主要競爭對手包括美國的博通和Marvell。', 'COMPETES_WITH'))).toEqual([
      'Alchip + Broadcom',
      'Alchip + Marvell',
    ]);
  });

  it('when "rivals to X, including A and B" is written, then each listed one rivals X', () => {
    expect(sorted(rel('Rivals to Intel, including AMD and Arm, are gaining share in servers.', 'COMPETES_WITH'))).toEqual([
      'AMD + Intel',
      'Arm + Intel',
    ]);
  });
});

describe('COMPETES_WITH with a market before a second list', () => {
  it('when a market comes between the rival and ", and with startups such as …", then those rival the subject too', () => {
    expect(sorted(rel('AMD competes head-on with Nvidia in data center GPUs, and with startups such as Groq.', 'COMPETES_WITH'))).toEqual([
      'AMD + Groq',
      'AMD + NVIDIA',
    ]);
  });
});

describe('COMPETES_WITH named by a bare rival noun or a market that has rivals', () => {
  it('when a news outlet reports on "rival X", then X rivals the company the story is about, not the outlet', () => {
    expect(
      sorted(rel('Quillon raised $40 million. Bloomberg reported this month that rival Tessel Ventures had raised more.', 'COMPETES_WITH')),
    ).toEqual(sorted([['Tessel Ventures', 'Quillon']]));
  });

  it('when a market "already has" rivals listed before 对手, then each rivals the story\'s company (zh-Hans, zh-Hant)', () => {
    for (const text of [
      '雷川科技完成融资。不过，国内赛道已有寒武纪、燧原等强劲对手。',
      '雷川科技完成融資。不過，國內賽道已有寒武紀、燧原等強勁對手。',
    ])
      expect(sorted(rel(text, 'COMPETES_WITH'))).toEqual(
        sorted([
          ['Cambricon', '雷川科技'],
          ['Enflame', '雷川科技'],
        ]),
      );
  });
});

describe('COMPETES_WITH after a place possessive or a fronted phrase', () => {
  it("when the rival is named with its country (Israel's X) or the verb has 'more directly', then it is still the rival", () => {
    expect(sorted(rel("Quillon raised $40 million. It competes more directly with Israel's Tessel Ventures.", 'COMPETES_WITH'))).toEqual(
      sorted([['Quillon', 'Tessel Ventures']]),
    );
  });

  it('when "it" competes after a fronted phrase, then "it" is the company named before', () => {
    expect(
      sorted(rel('Quillon raised $40 million. In the market for edge chips it competes with Tessel Ventures.', 'COMPETES_WITH')),
    ).toEqual(sorted([['Quillon', 'Tessel Ventures']]));
  });
});

describe('Rivals in an appositive, by customers, and to catch up with', () => {
  it('when "X, its longtime domestic rival" follows a company, or a company "goes after the same customers as" others, then they compete', () => {
    expect(
      rel('Korvia AI is not the only local contender. Nimbus Labs, its longtime domestic rival, signed up a customer.', 'COMPETES_WITH'),
    ).toEqual([['Korvia AI', 'Nimbus Labs']]);
    expect(rel('Korvia AI also goes after the same inference customers as Groq and Cerebras.', 'COMPETES_WITH')).toEqual([
      ['Groq', 'Korvia AI'],
      ['Cerebras', 'Korvia AI'],
    ]);
  });

  it('when a company 要追赶的是A、B和C (is catching up with), then it competes with each, and 是 is no part of a name (zh-Hans, zh-Hant)', () => {
    expect(rel('长鑫科技要追赶的是三星电子、SK海力士和美光科技三大巨头。', 'COMPETES_WITH')).toEqual([
      ['ChangXin Technology Group', 'Samsung'],
      ['ChangXin Technology Group', 'SK hynix'],
      ['ChangXin Technology Group', 'Micron'],
    ]);
    expect(rel('長鑫科技要追趕的是三星電子、SK海力士和美光科技三大巨頭。', 'COMPETES_WITH')).toEqual([
      ['ChangXin Technology Group', 'Samsung'],
      ['ChangXin Technology Group', 'SK hynix'],
      ['ChangXin Technology Group', 'Micron'],
    ]);
  });
});

describe('COMPETES_WITH: more ways of saying it', () => {
  it('when a clause opened by 与 says 同台竞争 after a research firm is cited (按X的说法), then the subject competes, not the firm (zh-Hans, zh-Hant)', () => {
    expect(rel('按集邦科技的说法，澜起在该领域位列全球前二，与美国的Astera Labs同台竞争。', 'COMPETES_WITH')).toEqual([
      ['Astera Labs', 'Montage Technology'],
    ]);
    expect(rel('按集邦科技的說法，瀾起在該領域位列全球前二，與美國的Astera Labs同台競爭。', 'COMPETES_WITH')).toEqual([
      ['Astera Labs', 'Montage Technology'],
    ]);
  });

  it("when a company faces another's competition (面对X的竞争), or a listed subject has an adverb before 与, then they compete", () => {
    expect(rel('在晶圆代工市场，英特尔还得面对台积电的强力竞争。', 'COMPETES_WITH')).toEqual([['Intel', 'TSMC']]);
    expect(rel('在服务器市场，新华三长期与浪潮信息、超聚变等厂商正面竞争。', 'COMPETES_WITH')).toEqual([
      ['H3C', 'Inspur'],
      ['H3C', 'xFusion'],
    ]);
  });

  it("when a company pitches its chips against, or chases, another's products, then it competes with that company", () => {
    expect(rel("AMD has pitched its MI400 accelerators directly against Nvidia's Rubin generation.", 'COMPETES_WITH')).toEqual([
      ['AMD', 'NVIDIA'],
    ]);
    expect(rel("The round leaves xAI with a large cash pile as it chases OpenAI's ChatGPT.", 'COMPETES_WITH')).toEqual([['OpenAI', 'xAI']]);
  });
});

// Sentences written for these tests.
describe('COMPETES_WITH: chips set side by side, and rivals named in a framing clause', () => {
  it('when two chips are compared (将A与B对比), then they compete; a comparison with last year is none', () => {
    expect(rel('分析师常将思元590与英伟达A100对比。', 'COMPETES_WITH')).toEqual([['A100', 'Siyuan 590']]);
    expect(rel('与去年同期对比，英伟达营收增长三成。', 'COMPETES_WITH')).toEqual([]);
  });

  it('when a clause opens with rivals (至于A等对手的竞争), then they compete with the company named next', () => {
    expect(rel('至於英特爾等對手的競爭，台積電表示並不害怕。', 'COMPETES_WITH')).toEqual([['Intel', 'TSMC']]);
  });
});

describe('COMPETES_WITH: 竞争者, 相较于…等对手, lagging', () => {
  it('when a company is seen as another’s main competitor, or a company is compared with rivals, or lags them, then they compete', () => {
    expect(sorted(rel('華為被視為輝達在中國市場最主要的競爭者。', 'COMPETES_WITH'))).toEqual(sorted([['Huawei', 'NVIDIA']]));
    expect(sorted(rel('輝達已預訂了80萬片晶圓，相較於博通、超微等對手，占比相當可觀。', 'COMPETES_WITH'))).toEqual(
      sorted([
        ['NVIDIA', 'Broadcom'],
        ['NVIDIA', 'AMD'],
      ]),
    );
    expect(sorted(rel('Investors worried that Micron was lagging SK hynix and Samsung on bandwidth.', 'COMPETES_WITH'))).toEqual(
      sorted([
        ['Micron', 'SK hynix'],
        ['Micron', 'Samsung'],
      ]),
    );
  });
});

describe('COMPETES_WITH: a gloss inside a list of rivals', () => {
  it('when the last rival carries its English name in brackets (超微（AMD）等对手), then every listed rival counts', () => {
    expect(sorted(rel('輝達已預訂了80萬片晶圓，相較於博通、超微（AMD）等對手，占比相當可觀。', 'COMPETES_WITH'))).toEqual(
      sorted([
        ['NVIDIA', 'Broadcom'],
        ['NVIDIA', 'AMD'],
      ]),
    );
  });
});

// Sentences written for these tests.
describe('COMPETES_WITH: battles, ground lost, leads ahead of, dominance broken, a substitute', () => {
  it('when a company battles another, loses ground to it, or leads a market ahead of others, then they are rivals', () => {
    expect(rel('AMD is battling Nvidia for AI data-center customers.', 'COMPETES_WITH')).toEqual([['AMD', 'NVIDIA']]);
    expect(rel('Intel lost ground to TSMC in advanced manufacturing.', 'COMPETES_WITH')).toEqual([['Intel', 'TSMC']]);
    expect(rel('SK hynix leads the HBM market, ahead of Samsung and Micron.', 'COMPETES_WITH')).toEqual([
      ['Samsung', 'SK hynix'],
      ['Micron', 'SK hynix'],
    ]);
  });

  it("when a company would break another's dominance or is seen as its substitute, then they are rivals (zh-Hans, zh-Hant)", () => {
    expect(rel('摩尔线程希望打破英伟达在GPU市场的垄断。', 'COMPETES_WITH')).toEqual([['Moore Threads', 'NVIDIA']]);
    expect(rel('摩爾線程希望打破輝達在GPU市場的壟斷。', 'COMPETES_WITH')).toEqual([['Moore Threads', 'NVIDIA']]);
    expect(rel('壁仞科技被视为英伟达在中国的潜在替代者。', 'COMPETES_WITH')).toEqual([['Biren', 'NVIDIA']]);
  });

  it('when a known company is followed by "for" and other words, then it is that company, not a longer name', () => {
    expect(entities('AMD is battling Nvidia for AI data-center customers.')).not.toHaveProperty('Nvidia for AI');
  });
});

describe('COMPETES_WITH in more news conventions', () => {
  const pairs = (text: string) => rel(text, 'COMPETES_WITH').map((p) => [...p].sort());
  it('when one company lags, trails or ranks right behind another, then they are rivals; lagging expectations is no rivalry', () => {
    expect(pairs('雷川科技在HBM市场上落后于SK海力士和美光科技。')).toEqual([
      ['SK hynix', '雷川科技'],
      ['Micron', '雷川科技'],
    ]);
    expect(pairs('雷川科技是僅次於台積電的全球第二大晶圓代工廠。')).toEqual([['TSMC', '雷川科技']]);
    expect(pairs('For Helio Systems, which has long trailed Nvidia in accelerators, the order is a boost.')).toEqual([
      ['Helio Systems', 'NVIDIA'],
    ]);
    expect(pairs('Helio Systems began benchmarking itself against Apple five years ago.')).toEqual([['Apple', 'Helio Systems']]);
    expect(pairs('雷川科技的营收落后于预期。')).toEqual([]);
  });

  it('when a company loses share to, gains ground on or is a threat to another, then they are rivals', () => {
    expect(pairs('Helio Systems is gaining ground on Nvidia in inference.')).toEqual([['Helio Systems', 'NVIDIA']]);
    expect(pairs('Helio Systems is seen as a serious threat to Nvidia.')).toEqual([['Helio Systems', 'NVIDIA']]);
    expect(pairs('Helio Systems wants to win customers away from Nvidia.')).toEqual([['Helio Systems', 'NVIDIA']]);
  });

  it("when the verbs are 竞技, 力拚, 对决, 竞赛 or 抢攻 a rival's share, then the two are rivals", () => {
    expect(pairs('在推理芯片市场，雷川科技与英伟达、AMD同台竞技。')).toEqual([
      ['NVIDIA', '雷川科技'],
      ['AMD', '雷川科技'],
    ]);
    expect(pairs('雷川科技力拚輝達。')).toEqual([['NVIDIA', '雷川科技']]);
    expect(pairs('雷川科技與超微正面對決。')).toEqual([['AMD', '雷川科技']]);
    expect(pairs('雷川科技被視為與特斯拉在自駕領域的技術競賽再升級。')).toEqual([['Tesla', '雷川科技']]);
    expect(pairs('雷川科技搶攻輝達市占。')).toEqual([['NVIDIA', '雷川科技']]);
    expect(pairs('雷川科技试图打破英伟达垄断。')).toEqual([['NVIDIA', '雷川科技']]);
  });

  it('when competition comes 来自 named companies, then they rival the one facing it', () => {
    expect(pairs('雷川科技面临来自英伟达和AMD的激烈竞争。')).toEqual([
      ['NVIDIA', '雷川科技'],
      ['AMD', '雷川科技'],
    ]);
  });

  it("when a company sets itself against another company's chip (对标), then it rivals the chip's maker", () => {
    expect(pairs('雷川科技對標輝達H100。')).toEqual([['NVIDIA', '雷川科技']]);
  });

  it('when companies are ranked by their shares of one market, then the leader rivals each of the others; a stake is no market share', () => {
    expect(pairs('今年第二季全球HBM出貨量中，SK海力士以62%的占比居冠，美光以21%居次，三星電子則為17%。')).toEqual([
      ['Micron', 'SK hynix'],
      ['SK hynix', 'Samsung'],
    ]);
    expect(pairs('SK hynix held 62% of the HBM market in the second quarter, Micron 21% and Samsung 17%.')).toEqual([
      ['Micron', 'SK hynix'],
      ['SK hynix', 'Samsung'],
    ]);
    expect(pairs('雷川科技持有澜算科技10%股份，占比居首。')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('COMPETES_WITH: behind others, and a declared challenge', () => {
  it('when a company lags (落后) or ranks behind (排在…之后) a list of others, then it competes with each (zh-Hans, zh-Hant)', () => {
    expect(rel('分析人士認為，英特爾在資料中心市場長期落後輝達與超微（AMD）。', 'COMPETES_WITH')).toEqual(
      expect.arrayContaining([
        ['Intel', 'NVIDIA'],
        ['AMD', 'Intel'],
      ]),
    );
    expect(rel('天数智芯的份额只有约0.3%，排在英伟达、海光信息和沐曦之后。', 'COMPETES_WITH').length).toBe(3);
    expect(rel('该公司技术落后，英伟达则领先。', 'COMPETES_WITH')).toEqual([]);
  });

  it('when a company declares war on another (向X宣战), then they compete (zh-Hant)', () => {
    expect(rel('外界常把AWS自研晶片解讀為向AI晶片龍頭輝達宣戰。', 'COMPETES_WITH')).toEqual([['AWS', 'NVIDIA']]);
  });
});

describe('COMPETES_WITH: a dominated market, a compound "X challenger", a chip that beats another', () => {
  it('when a company seeks a place in a market another dominates (由X主导的市场), or is called "an X challenger", then they compete (zh-Hant, en)', () => {
    expect(rel('Rebellions希望在由輝達主導的全球AI半導體市場中爭取一席之地。', 'COMPETES_WITH')).toEqual([['NVIDIA', 'Rebellions']]);
    expect(
      rel(
        'Last month Cerebras signed a deal to supply OpenAI, one of the largest deals any Nvidia challenger has landed.',
        'COMPETES_WITH',
      ),
    ).toEqual([['Cerebras', 'NVIDIA']]);
  });

  it("when a chip delivers some times another's performance and beats a third, then the first chip competes with both", () => {
    expect(
      rel(
        "Microsoft said Maia 200 delivers three times the FP4 performance of Amazon's third-generation Trainium and beats Google's TPU on FP8.",
        'COMPETES_WITH',
      ),
    ).toEqual([
      ['Maia 200', 'Trainium'],
      ['Maia 200', 'TPU'],
    ]);
  });
});

describe('COMPETES_WITH: a chip faster than another, or standing in for many of them', () => {
  it('when a chip runs faster and more cheaply than another, or can stand in for a number of another, then they compete (en)', () => {
    expect(
      rel(
        "Etched claims its Sohu chip runs inference faster and more cheaply than Nvidia's upcoming B200 GPUs, and that eight Sohu chips can stand in for 160 H100 processors.",
        'COMPETES_WITH',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['B200', 'Sohu'],
        ['H100', 'Sohu'],
      ]),
    );
  });

  it('when names stand in apposition to "rivals that…" after "keep pace with", then they rival the subject, not each other', () => {
    const text = 'The new chips should help NXP keep pace with Infineon and Renesas, rivals that are also adding AI to microcontrollers.';
    const r = rel(text, 'COMPETES_WITH').map((p) => [...p].sort().join('|'));
    expect(r).toEqual(expect.arrayContaining(['Infineon|NXP', 'NXP|Renesas']));
    expect(r).not.toContain('Infineon|Renesas');
    // ("A and B, longtime rivals, …" still pairs the two.)
    expect(rel('Intel and AMD, longtime rivals, both cut prices.', 'COMPETES_WITH').map((p) => [...p].sort().join('|'))).toContain(
      'AMD|Intel',
    );
  });
  it('when one chip is said to be N times another, equal to it (相当于) or stronger (强于), or its challenger, then the two compete; a generation against the one before does not', () => {
    expect(rel('按照业内测算，神玑NX9031的实际算力约为英伟达Orin-X的四倍。', 'COMPETES_WITH')).toHaveLength(1);
    expect(rel('按照業內測算，神璣NX9031的實際算力約為輝達Orin-X的四倍。', 'COMPETES_WITH')).toHaveLength(1);
    expect(rel('H20在性能上被认为仅略强于华为的昇腾910B。', 'COMPETES_WITH')).toEqual([['Ascend 910B', 'H20']]);
    expect(
      rel('The MI455X is the centerpiece of the effort to take on the Vera Rubin in rack-scale systems.', 'COMPETES_WITH'),
    ).toContainEqual(['MI455X', 'Vera Rubin']);
    expect(rel('HBM4的带宽是HBM3E的两倍。', 'COMPETES_WITH')).toEqual([]);
  });
  it('when a market is held by a list of leaders (市场长期由A、B和C三家把持), or another company "is also competing", then the story\'s company competes with them', () => {
    const hans = '长鑫科技冲刺科创板。全球DRAM市场长期由三星、SK海力士和美光三家把持，合计份额超过九成。';
    expect(rel(hans, 'COMPETES_WITH')).toEqual(
      expect.arrayContaining([
        ['ChangXin Technology Group', 'Samsung'],
        ['ChangXin Technology Group', 'SK hynix'],
        ['ChangXin Technology Group', 'Micron'],
      ]),
    );
    const hant = '長鑫科技衝刺科創板。全球DRAM市場長期由三星、SK海力士和美光三家把持。';
    expect(rel(hant, 'COMPETES_WITH')).toContainEqual(['ChangXin Technology Group', 'Micron']);
    const en = 'SK hynix will ship HBM4 to Nvidia first. U.S.-based Micron Technology is also competing for orders.';
    expect(rel(en, 'COMPETES_WITH')).toContainEqual(['Micron', 'SK hynix']);
  });
});

describe('COMPETES_WITH: a chip sold as an answer to or substitute for another', () => {
  it('when a chip is "marketed as an answer to Nvidia’s A100" or "bought as a substitute for" it, then the chips compete, and the foundry does not rival Nvidia', () => {
    const answer = 'Its flagship K100 GPU was fabricated by TSMC and was marketed as a home-grown answer to Nvidia’s A100.';
    expect(rel(answer, 'COMPETES_WITH')).toEqual([['A100', 'K100']]);
    const substitute =
      'The Ascend 910B, which Chinese internet companies have bought as a substitute for Nvidia’s A100, is designed by Huawei.';
    expect(rel(substitute, 'COMPETES_WITH')).toEqual([['A100', 'Ascend 910B']]);
  });
});

describe('COMPETES_WITH: lists in apposition and subjects set against others', () => {
  it('when a list with tickers stands in apposition to "X\'s main rivals", then each competes with X', () => {
    const t = "A step that toolmakers Applied Materials (AMAT.O) and Lam Research (LRCX.O), Tokyo Electron's main rivals, say would help.";
    expect(ruleRel(t, 'COMPETES_WITH')).toEqual(
      expect.arrayContaining([
        ['Applied Materials', 'Tokyo Electron'],
        ['Lam Research', 'Tokyo Electron'],
      ]),
    );
  });
  it('when a sentence opens "Unlike A and B, C …", then "It" in the next sentence is C, not A', () => {
    const t =
      'GlobalFoundries (GF) will invest $16 billion. Unlike Taiwan Semiconductor Manufacturing Co (TSMC) and Samsung Electronics, GF stopped pursuing the most advanced nodes. It competes with UMC and SMIC in mature nodes.';
    const r = ruleRel(t, 'COMPETES_WITH').map((p) => p.sort().join('|'));
    expect(r).toEqual(expect.arrayContaining(['GlobalFoundries|UMC', 'GlobalFoundries|SMIC']));
    expect(r).not.toContain('TSMC|UMC');
  });
});
