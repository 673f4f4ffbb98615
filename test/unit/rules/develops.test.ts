import { extractText } from '../../../src/extract';
import { entities, rel } from './helpers';

describe('DEVELOPS and chips named by generation', () => {
  it('when a company trains a model out (训练出R1等模型), then it develops the model', () => {
    expect(rel('今年以来，DeepSeek以较低成本训练出R1等模型。', 'DEVELOPS')).toEqual([['DeepSeek', 'R1']]);
    expect(rel('中國新創DeepSeek宣稱以遠低於美國同業的成本訓練出R1推理模型。', 'DEVELOPS')).toEqual([['DeepSeek', 'R1']]);
  });

  it('when a known family is followed by a generation or suffix, then that is a chip of its own, made by the family maker', () => {
    expect(entities('Huawei unveiled the Ascend 950PR and Ascend 960 chips.')).toMatchObject({
      'Ascend 950PR': 'Chip',
      'Ascend 960': 'Chip',
    });
    expect(rel('Huawei unveiled the Ascend 950PR and Ascend 960 chips.', 'DEVELOPS')).toEqual([
      ['Huawei', 'Ascend 950PR'],
      ['Huawei', 'Ascend 960'],
    ]);
    expect(rel('华为发布了昇腾960与970芯片。', 'DEVELOPS')).toEqual([
      ['Huawei', 'Ascend 960'],
      ['Huawei', 'Ascend 970'],
    ]);
    expect(rel('華為發布了昇騰960與970晶片。', 'DEVELOPS')).toEqual([
      ['Huawei', 'Ascend 960'],
      ['Huawei', 'Ascend 970'],
    ]);
  });

  it('when a chip is given a name (called, 代号为) by its owner, then the owner develops it', () => {
    expect(rel("Korvia AI's first chip, called the K1, will ship next year.", 'DEVELOPS')).toEqual([['Korvia AI', 'K1']]);
    expect(rel('微软的首款AI芯片代号为“天枢”，将于明年推出。', 'DEVELOPS')).toEqual([['Microsoft', '天枢']]);
    expect(rel('微軟的首款AI晶片代號為「天樞」，將於明年推出。', 'DEVELOPS')).toEqual([['Microsoft', '天樞']]);
  });

  it('when chips are launched in one sentence and named in the next, then the launcher develops them', () => {
    const text =
      'Korvia AI has introduced a pair of inference chips for data centers. Shipments of the KX200 begin in 2026 and of the KX300 in 2027.';
    expect(rel(text, 'DEVELOPS')).toEqual([
      ['Korvia AI', 'KX200'],
      ['Korvia AI', 'KX300'],
    ]);
  });

  it('when a company only uses or is denied a chip, then it does not develop it', () => {
    expect(rel('Nvidia did not develop the Gaudi chip.', 'DEVELOPS')).toEqual([]);
    expect(rel('Microsoft trains its models on the Ascend 950PR.', 'DEVELOPS')).toEqual([]);
  });
});

describe('MANUFACTURES with a foundry process', () => {
  it('when a chip is made with a foundry’s process (采用台积电7纳米工艺制造), then the foundry makes it', () => {
    expect(rel('公司推出的BR100芯片采用台积电7纳米工艺制造。', 'MANUFACTURES')).toEqual([['TSMC', 'BR100']]);
  });

  it('when a chip "adopts" a node named by generation or code (採台積電N3P製程, 采用台积电第三代3纳米制程), then the foundry makes it and supplies its designer; a clause without a subject is about the chips the sentence opened with', () => {
    expect(rel('聯發科發表天璣9500 採台積電N3P製程', 'MANUFACTURES')).toEqual([['TSMC', 'Dimensity 9500']]);
    expect(rel('聯發科發表天璣9500 採台積電N3P製程', 'SUPPLIES')).toEqual([['TSMC', 'MediaTek']]);
    expect(rel('骁龙8 Elite Gen 5与天玑9500一样，采用台积电第三代3纳米（N3P）制程。', 'MANUFACTURES').sort()).toEqual([
      ['TSMC', 'Dimensity 9500'],
      ['TSMC', 'Snapdragon 8 Elite Gen 5'],
    ]);
  });

  it('when a chip "will be fabricated both by A … and by B", or "A, which already builds the X chip", then each foundry makes it', () => {
    expect(
      rel(
        'Musk said AI5 will be fabricated both by Samsung at its plant in Texas, and by TSMC at its Arizona site.',
        'MANUFACTURES',
      ).sort(),
    ).toEqual([
      ['Samsung', 'AI5'],
      ['TSMC', 'AI5'],
    ]);
    expect(rel('Samsung, which already builds the current AI4 chip, is a partner too.', 'MANUFACTURES')).toEqual([['Samsung', 'AI4']]);
  });
});

describe('MANUFACTURES by a company that fabricates for a designer, and chips named by owners', () => {
  it('when a chip is manufactured by a company the lexicon does not call a foundry, then that company makes it', () => {
    expect(rel("Lumetta Labs' VOLT chip is manufactured by Intel on its 18A process.", 'MANUFACTURES')).toEqual([['Intel', 'VOLT']]);
  });
  it('when a chip is called by a common word, then the word is still its name', () => {
    expect(entities('The startup is developing a second chip called Falcon, to be made by TSMC.')['Falcon']).toBe('Chip');
  });
});

describe('USES by the owner of the place a chip is used in', () => {
  it("when a chip is used in a company's data centers, then that company uses it", () => {
    expect(rel("Lumetta Labs' VOLT chip, which is used for inference in Naver's data centers, ships in May.", 'USES')).toContainEqual([
      'Naver',
      'VOLT',
    ]);
  });
});

describe('DEVELOPS from a line-up listed', () => {
  it('when a company says its products or series include chips, then it develops each (zh-Hans, zh-Hant, en)', () => {
    expect(rel('雷川科技成立于2019年。公司主要产品包括RC650、RC630等边缘推理芯片。', 'DEVELOPS')).toEqual([
      ['雷川科技', 'RC650'],
      ['雷川科技', 'RC630'],
    ]);
    expect(rel('雷川科技旗下NPU系列包括RC520、RC720。', 'DEVELOPS')).toEqual([
      ['雷川科技', 'RC520'],
      ['雷川科技', 'RC720'],
    ]);
    expect(rel('Zentrix Semiconductor said its product line includes the ZX100 and ZX200 accelerators.', 'DEVELOPS')).toEqual([
      ['Zentrix Semiconductor', 'ZX100'],
      ['Zentrix Semiconductor', 'ZX200'],
    ]);
  });

  it("when the line-up is another maker's known chips, then they stay that maker's", () => {
    expect(rel('Helio Systems said its portfolio includes servers built on the H100.', 'DEVELOPS')).toEqual([]);
  });
});

describe('A product named in apposition', () => {
  it('when "its first product, the Zephyr accelerator card" follows the company, then Zephyr is a chip it develops, and "each card … fabricated by X" makes X its foundry', () => {
    const text =
      'Korvia AI makes inference chips. Its first product, the Zephyr accelerator card, went into production this year. Each card is made of chiplets fabricated by TSMC.';
    expect(rel(text, 'DEVELOPS')).toEqual([['Korvia AI', 'Zephyr']]);
    expect(rel(text, 'MANUFACTURES')).toEqual([['TSMC', 'Zephyr']]);
  });

  it('when a common word stands between "the" and a chip noun (the Data accelerator), then it is no chip name', () => {
    expect(entities('Korvia AI said the Data accelerator market is growing.')).not.toHaveProperty('Data');
  });
});

describe('DEVELOPS: a part the launched product carries, and research reports', () => {
  it('when a company launches a product that carries another maker\'s part (采用三星HBM4的…, "powered by Samsung HBM4"), then it develops the product, not the part', () => {
    for (const text of [
      '外界预期，英伟达将在GTC大会上正式发表采用三星HBM4的Vera Rubin产品。',
      '外界預期，輝達將在GTC大會上正式發表採用三星HBM4的Vera Rubin產品。',
      'Nvidia will unveil Vera Rubin systems powered by Samsung HBM4 at GTC.',
    ])
      expect(rel(text, 'DEVELOPS')).toEqual([['NVIDIA', 'Vera Rubin']]);
  });

  it("when a research firm publishes a report on a chip, then it is a source, not the chip's developer", () => {
    expect(rel('研调机构集邦科技（TrendForce）13日发布报告指出，三大记忆体原厂的HBM4验证已进入尾声。', 'DEVELOPS')).toEqual([]);
    expect(rel('研調機構集邦科技（TrendForce）13日發布報告指出，三大記憶體原廠的HBM4驗證已進入尾聲。', 'DEVELOPS')).toEqual([]);
    expect(entities('研調機構集邦科技13日發布報告指出，HBM4驗證已進入尾聲。')).toMatchObject({ HBM4: 'Chip' });
  });
});

describe('DEVELOPS through "its" after an appositive', () => {
  it('when an appositive names another organization (founded by Harvard dropouts), then "its chip" is the subject\'s', () => {
    expect(
      rel('Zentra, a startup founded by a pair of Harvard dropouts, said it would bring its Orca chip to market.', 'DEVELOPS'),
    ).toEqual([['Zentra', 'Orca']]);
    expect(rel('Zentra, a startup founded by two former Google engineers, will bring its Orca chip to market.', 'DEVELOPS')).toEqual([
      ['Zentra', 'Orca'],
    ]);
  });
});

// Sentences written for these tests.
describe('DEVELOPS: possessive lists, co-developers, "its next-generation" chips and series names', () => {
  it("when a possessive names two chips, then the owner develops both, and a chip's series is the chip", () => {
    expect(rel("Cohere already runs on AMD's MI300X and MI350-series accelerators.", 'DEVELOPS')).toEqual([
      ['AMD', 'MI300X'],
      ['AMD', 'MI350'],
    ]);
  });

  it('when a company co-developed a chip with its owner, then both develop it', () => {
    expect(rel('Broadcom co-developed the first TPUs with Google.', 'DEVELOPS')).toEqual([
      ['Broadcom', 'TPU'],
      ['Google', 'TPU'],
    ]);
  });

  it('when 其 or "its" comes before a chip with a generation or layer count, then the company it stands for develops it', () => {
    expect(rel('美光表示，其12层堆叠HBM3E已开始出货。', 'DEVELOPS')).toEqual([['Micron', 'HBM3E']]);
    expect(rel('Samsung said its sixth-generation HBM4 would ship next year.', 'DEVELOPS')).toEqual([['Samsung', 'HBM4']]);
  });
});

describe('DEVELOPS: both parties (双方共同开发), and a chip of a numbered generation', () => {
  it('when 双方共同开发/联合研发 a chip, then both companies named develop it (a unit beside its parent stands for the parent)', () => {
    expect(
      rel('聯發科與輝達合作關係密切，雙方共同開發的GB10超級晶片已上市。', 'DEVELOPS')
        .map(([s]) => s)
        .sort(),
    ).toEqual(['MediaTek', 'NVIDIA']);
    expect(
      rel('燧原的芯片已在腾讯云上线，腾讯发布的推理芯片“紫霄”亦为双方联合研发成果。', 'DEVELOPS')
        .filter(([, o]) => o === 'Zixiao')
        .map(([s]) => s)
        .sort(),
    ).toEqual(['Enflame', 'Tencent']);
  });

  it('when a company’s 第N代 chip is named, then the company that opens the sentence develops it, not the partner after 与', () => {
    expect(rel('燧原第一代训练芯片“邃思1.0”已在腾讯云上线。', 'DEVELOPS')).toContainEqual(['Enflame', '邃思1.0']);
    expect(rel('SK海力士已與輝達就第六代高頻寬記憶體HBM4完成價格談判。', 'DEVELOPS')).toEqual([['SK hynix', 'HBM4']]);
  });
});

// Sentences written for these tests.
describe('DEVELOPS: X的chip, a chip vendor shipping a chip, a generation described with its layers', () => {
  it('when a chip follows X的 directly, then X develops it; not when it is supplied to X (zh-Hans, zh-Hant)', () => {
    expect(rel('封装订单包括壁仞的BR166芯片。', 'DEVELOPS')).toEqual([['Biren', 'BR166']]);
    expect(rel('封裝訂單包括壁仞的BR166晶片。', 'DEVELOPS')).toEqual([['Biren', 'BR166']]);
    expect(rel('SK海力士供应辉达的HBM4单价约560美元。', 'DEVELOPS')).not.toContainEqual(['NVIDIA', 'HBM4']);
  });

  it('when a chip vendor begins shipping or mass-producing a chip, then it makes the chip; a foundry does not', () => {
    expect(rel('Micron said it would begin shipping HBM4 in the second quarter.', 'DEVELOPS')).toEqual([['Micron', 'HBM4']]);
    expect(rel('SK海力士已开始量产HBM4。', 'DEVELOPS')).toEqual([['SK hynix', 'HBM4']]);
    expect(rel('TSMC began mass production of the A19 chip.', 'DEVELOPS')).toEqual([]);
  });

  it('when a numbered generation is described with its layers (第五代12层…HBM3E), then the company before it develops it', () => {
    expect(rel('三星电子第五代12层高带宽内存HBM3E通过了英伟达的验证。', 'DEVELOPS')).toEqual([['Samsung', 'HBM3E']]);
    expect(rel('三星電子第五代12層高頻寬記憶體HBM3E通過了輝達的驗證。', 'DEVELOPS')).toEqual([['Samsung', 'HBM3E']]);
  });

  it('when "its" chip is "called" a name after an object of a preposition, then the chip is the subject\'s', () => {
    expect(
      rel(
        'Helio Systems sells capacity to Oracle Cloud customers and unveiled its third-generation accelerator, called Zeta 300.',
        'DEVELOPS',
      ),
    ).toEqual([['Helio Systems', 'Zeta 300']]);
  });

  it('when a series of the topic company is listed model by model, then each model is its own', () => {
    const zh = '雷川科技成立于2018年，目前有训练与推理两条产品线。训练产品“天衡”系列中，天衡Gen1于2022年量产；天衡Gen2于2024年量产。';
    expect(rel(zh, 'DEVELOPS')).toEqual(
      expect.arrayContaining([
        ['雷川科技', '天衡Gen1'],
        ['雷川科技', '天衡Gen2'],
      ]),
    );
    const hant = '雷川科技成立於2018年，目前有訓練與推論兩條產品線。推論產品「天衡」系列中，天衡Gen1於2022年量產；天衡Gen2於2024年量產。';
    expect(rel(hant, 'DEVELOPS')).toEqual(expect.arrayContaining([['雷川科技', '天衡Gen2']]));
    expect(rel('Helio Systems makes the Zeta family of accelerators. Zeta 300 entered volume production in May.', 'DEVELOPS')).toEqual(
      expect.arrayContaining([['Helio Systems', 'Zeta 300']]),
    );
  });
});

// Sentences written for these tests.
describe('DEVELOPS: "its" chips after another company was named', () => {
  it('when "its" names chips the lexicon files under the story\'s company, though another company was named last, then the story\'s company develops them', () => {
    const text =
      'Tenstorrent raised $700 million on Tuesday. "You cannot beat Nvidia on memory," its chief said. Its processors, including the Grayskull and Wormhole chips, are built around small cores.';
    expect(rel(text, 'DEVELOPS')).toEqual(
      expect.arrayContaining([
        ['Tenstorrent', 'Grayskull'],
        ['Tenstorrent', 'Wormhole'],
      ]),
    );
    expect(rel(text, 'DEVELOPS').filter(([s]) => s !== 'Tenstorrent')).toEqual([]);
  });
});

describe('DEVELOPS: a next generation previewed', () => {
  it('when a clause previews the next generation (预告下一代X) after an event named as the place (本届X大会上), then the subject develops it (zh-Hant)', () => {
    expect(rel('本屆re:Invent上，AWS宣布以三奈米製程打造的Trainium3正式上線，並預告下一代Trainium4。', 'DEVELOPS')).toEqual(
      expect.arrayContaining([
        ['AWS', 'Trainium3'],
        ['AWS', 'Trainium4'],
      ]),
    );
  });
});

describe('DEVELOPS: the known maker of a chip the story names elsewhere', () => {
  it('when no sentence says who develops a chip and the story names its known maker, then the maker develops it, weakly and with no program', () => {
    expect(rel('英伟达表示需求强劲。新一代GB300已具备量产条件。', 'DEVELOPS')).toEqual([['NVIDIA', 'GB300']]);
    const r = extractText(
      "Alphabet's Google reported earnings on Tuesday. Separately, Anthropic said it would use up to one million TPUs.",
    );
    const dev = r.relations.find((x) => x.type === 'DEVELOPS' && x.object === 'TPU');
    expect(dev?.subject).toBe('Google');
    expect(dev!.confidence).toBeLessThan(0.6);
    expect(r.chipPrograms).toEqual([]);
    // (A maker the story does not name develops nothing in it.)
    expect(rel('Anthropic said it would use up to one million TPUs.', 'DEVELOPS')).toEqual([]);
  });

  it('when a maker is glued to what it built ("Kestrel, the HPE-built system"), then it develops it; "-powered" says nothing of that', () => {
    expect(rel('The machine will be faster than Kestrel, the HPE-built system the centre switched on in 2024.', 'DEVELOPS')).toEqual([
      ['HPE', 'Kestrel'],
    ]);
    expect(rel('The machine will be faster than Kestrel, the Nvidia-powered system the centre switched on in 2024.', 'DEVELOPS')).toEqual(
      [],
    );
  });
});

describe('DEVELOPS: a new chip brand in apposition', () => {
  it('when a brand is set beside "its … processing unit" or after "a successor chip,", then it is a chip the subject develops', () => {
    const text =
      'Korvane Labs will spend the money on Talvik, its second-generation AI processing unit. It is also working on a successor chip, Morrow, that stacks memory on logic.';
    expect(entities(text)).toMatchObject({ Talvik: 'Chip', Morrow: 'Chip' });
    expect(rel(text, 'DEVELOPS')).toEqual([
      ['Korvane Labs', 'Talvik'],
      ['Korvane Labs', 'Morrow'],
    ]);
    // (A common word or a place in that position is no brand.)
    expect(entities('Korvane Labs will ship more in Europe, its biggest chip market.').Europe).toBe('Place');
    expect(entities('Korvane Labs will grow Services, its second chip business.')).not.toHaveProperty('Services');
  });

  it('when a Latin brand follows a Chinese chip noun (晶片/芯片/首款产品), then it is a chip', () => {
    expect(entities('新创公司Korvane推出Transformer专用芯片Talvik。')).toMatchObject({ Talvik: 'Chip' });
    expect(entities('新創公司Korvane將用資金量產其首款產品Talvik。')).toMatchObject({ Talvik: 'Chip' });
    expect(rel('新創公司Korvane推出專用晶片Talvik。', 'DEVELOPS')).toEqual([['Korvane', 'Talvik']]);
  });
});

describe('MANUFACTURES: the word inside a name', () => {
  it('when "Manufacturing" is part of the foundry’s name, then it is no verb for the company named before', () => {
    const text =
      'Samsung has tried to lure customers away from Taiwan Semiconductor Manufacturing Co (2330.TW), which makes the H100 of Nvidia.';
    expect(rel(text, 'MANUFACTURES')).toEqual([['TSMC', 'H100']]);
  });
});

describe('MANUFACTURES: relative clauses and how much a foundry makes', () => {
  it('when a chip is followed by ", which F manufactures for D", then F makes it', () => {
    const t = 'The Blackwell B300, which Taiwan Semiconductor Manufacturing Co (TSMC) manufactures for Nvidia, has been barred from sale.';
    expect(rel(t, 'MANUFACTURES')).toContainEqual(['TSMC', 'B300']);
  });
  it('when a chip "is made largely by" a foundry, then the foundry makes it', () => {
    const t = "Huawei is ramping up its Ascend 990 accelerator, which is made largely by SMIC, China's biggest contract chipmaker.";
    expect(rel(t, 'MANUFACTURES')).toContainEqual(['SMIC', 'Ascend 990']);
  });
});
