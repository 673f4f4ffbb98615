import { extractText, withFamilyNames } from '../../../src/extract';
import { entities, rel } from './helpers';

describe('Names introduced by what they are', () => {
  it('when a sentence opens with a noun of kind before a name (Startup Lumina Compute), then the noun is no part of the name', () => {
    const text = "Startup Lumina Compute signed a deal with Oracle. Oracle will deploy Lumina's L1 accelerators.";
    expect(entities(text)['Lumina Compute']).toBe('Organization');
    expect(rel(text, 'DEVELOPS')).toEqual([['Lumina Compute', 'L1']]);
  });

  it('when a numbered name (X一号) follows a chip noun, then it is a chip of the subject', () => {
    expect(rel('芯擎科技成立于2018年，其首款7纳米芯片龙鹰一号已在车型上量产。', 'DEVELOPS')).toEqual([['芯擎科技', '龙鹰一号']]);
    expect(rel('芯擎科技成立於2018年，其首款7奈米晶片龍鷹一號已在車型上量產。', 'DEVELOPS')).toEqual([['芯擎科技', '龍鷹一號']]);
  });

  it('when a quoted name follows a platform noun, then it is a product', () => {
    expect(entities('科大讯飞与华为联合打造的算力平台“飞星一号”正式启用。')['飞星一号']).toBe('Product');
    expect(entities('科大訊飛與華為聯合打造的算力平台「飛星一號」正式啟用。')['飛星一號']).toBe('Product');
  });
});

describe('Brands before a CPU or chip after an article', () => {
  it('when a brand follows "a/an" and adjectives before a chip noun (a high-performance Oryon CPU), then it is the developer’s chip', () => {
    expect(rel('Qualcomm has been developing a high-performance, energy-efficient Oryon CPU.', 'DEVELOPS')).toEqual([
      ['Qualcomm', 'Oryon CPU'],
    ]);
    expect(entities('It is a Chinese GPU.')).toEqual({});
  });

  it('when a chip designer was bought by a chip vendor, then its chips are no program of its own', () => {
    const text =
      "Qualcomm has been developing a high-performance Oryon CPU. It follows Qualcomm's acquisition of Nuvia, whose designs became the Oryon CPU.";
    expect(extractText(text).chipPrograms.map((p) => p.owner)).toEqual([]);
  });
});

describe('Chips named in the plural', () => {
  it('when a chip the lexicon names by words is written in the plural (Tensor Processing Units), then it is that chip', () => {
    const text = 'Broadcom already helps Google produce its Tensor Processing Units. Groq sells Language Processing Units.';
    expect(entities(text)).toMatchObject({ TPU: 'Chip', LPU: 'Chip' });
    expect(rel(text, 'DEVELOPS')).toEqual([
      ['Google', 'TPU'],
      ['Groq', 'LPU'],
    ]);
  });
});

describe('Products of the lexicon', () => {
  it('when a company owns apps (旗下拥有抖音、今日头条), then it develops them', () => {
    expect(rel('字节跳动旗下拥有抖音、今日头条等产品。', 'DEVELOPS')).toEqual([
      ['ByteDance', 'Douyin'],
      ['ByteDance', 'Toutiao'],
    ]);
  });
});

describe('chips named by a family, a kind with a model number, or a counted list in quotes', () => {
  it('when a brand is followed by "family/line of … CPUs", then it is a chip its owner develops', () => {
    expect(rel('Ventana has spent most of its life on server designs, chiefly its Veyron family of RISC-V CPUs.', 'DEVELOPS')).toEqual([
      ['Ventana Micro Systems', 'Veyron'],
    ]);
  });

  it('when a chip kind is followed by a Chinese brand and a model number (主控芯片镇岳510), then that is a chip', () => {
    expect(entities('平头哥还推出了固态硬盘主控芯片镇岳510。')).toMatchObject({ 镇岳510: 'Chip' });
    expect(entities('平頭哥還推出了固態硬碟主控晶片鎮岳510。')).toMatchObject({ 鎮岳510: 'Chip' });
    expect(Object.keys(entities('该芯片由小鹏自2020年起自研，芯片集成400亿个晶体管。')).filter((n) => /\d/.test(n))).toEqual([]);
  });

  it('when quoted names follow a count of chips and a colon (两款芯片：“华山”…“庐山”), then each is a chip', () => {
    expect(entities('摩尔线程规划了两款芯片：“华山”主打训练，“庐山”专攻图形渲染。')).toMatchObject({ 华山: 'Chip', 庐山: 'Chip' });
    expect(entities('摩爾線程規劃了兩款晶片：「華山」主打訓練，「廬山」專攻圖形渲染。')).toMatchObject({ 華山: 'Chip', 廬山: 'Chip' });
    expect(entities('摩尔线程的总部在北京，“华山”是一座山。')).not.toHaveProperty('华山');
  });
});

// Sentences written for these tests.
describe('Chips: a brand between a known maker and a chip noun (zh-Hans, zh-Hant)', () => {
  it('when a Latin brand stands between a known maker and 芯片/晶片/CPU, then it is a chip made by that maker', () => {
    expect(rel('理想汽车新车型将采用英伟达Thor芯片。', 'DEVELOPS')).toEqual([['NVIDIA', 'Thor']]);
    expect(rel('理想汽車新車型將採用輝達Thor晶片。', 'USES')).toEqual([['Li Auto', 'Thor']]);
    expect(entities('高通Oryon CPU性能强劲。')).toMatchObject({ Oryon: 'Chip' });
  });
});

describe('chips named by a series or a quoted name with its gloss', () => {
  it('when a Chinese series name stands before a description of chips (X系列…芯片), then X is a chip of the company launching it', () => {
    expect(rel('雷川科技先后推出面向自动驾驶的天衡系列高算力芯片。', 'DEVELOPS')).toEqual([['雷川科技', '天衡']]);
    expect(rel('雷川科技發布天衡系列AI晶片。', 'DEVELOPS')).toEqual([['雷川科技', '天衡']]);
    expect(entities('雷川科技推出全新系列芯片。')).toEqual({ 雷川科技: 'Organization' });
  });

  it('when a quoted chip name carries its English gloss before the chip noun, then it is still a chip', () => {
    expect(rel('雷川科技的车型全数采用公司自研的「天衡」（Tianheng）AI芯片。', 'DEVELOPS')).toEqual([['雷川科技', '天衡']]);
  });
});

// Sentences written for these tests.
describe('Organizations the lexicon lacks, from what they do', () => {
  it('when a single unknown name is what chips are supplied to, or competes, supplies or licenses, then it is an organization; a surname alone is not', () => {
    expect(entities('Nvidia will supply chips to Vela.')).toMatchObject({ Vela: 'Organization' });
    expect(entities('Korvex competes with Vela in China.')).toMatchObject({ Korvex: 'Organization', Vela: 'Organization' });
    expect(entities('Nvidia will license technology from Vela.')).toMatchObject({ Vela: 'Organization' });
    expect(entities('Huang said demand was strong. Huang invested in startups.')).not.toHaveProperty('Huang');
    expect(entities('Nvidia will supply chips to China.')).toMatchObject({ China: 'Place' });
  });
});

describe('Products named with their kind', () => {
  it('when a name is followed by the kind of product it is (the X service, its X and Y software stacks), then it is a product, its maker the company its name opens with', () => {
    expect(entities('Groq said the GroqCloud service will carry on.')).toMatchObject({ GroqCloud: 'Product' });
    expect(rel('Groq said the GroqCloud service will carry on.', 'DEVELOPS')).toEqual([['Groq', 'GroqCloud']]);
    expect(entities('Tenstorrent offers its TT-Buda and TT-Metalium software stacks.')).toMatchObject({
      'TT-Buda': 'Product',
      'TT-Metalium': 'Product',
    });
    expect(entities('Analysts said the Jane Doe service was slow.')).not.toHaveProperty('Jane Doe');
  });
});

describe('Chips named by a version or an acronym', () => {
  it("when a known family is followed by a lower-case version (TPU v7e), or a Chinese chip noun is given an acronym in brackets, then it is a chip; its family's maker keeps its program", () => {
    expect(rel('Google针对即将推出的TPU v7e，已再向联发科追加订单。', 'DEVELOPS')).toEqual([['Google', 'TPU v7e']]);
    expect(entities('SambaNova的产品为自研的可重构资料流处理器（RDU），与辉达的GPU竞争。')).toMatchObject({ RDU: 'Chip' });
    expect(extractText('至于Meta的「MTIA v4」专案，设计收入已结束。').chipPrograms.map((p) => p.owner)).toEqual(['Meta']);
  });

  it('when a product follows 了, then the particle is no part of its name', () => {
    expect(entities('百度创始人李彦宏发布了文心大模型5.0。')).not.toHaveProperty('了文心');
  });
});

describe('Families named with the kind of part', () => {
  const spellings = (text: string, name: string) => extractText(text).entities.find((e) => e.name === name)?.aliases ?? [];

  it('when a chip is named with its kind after it (Oryon CPU), then the bare family name is one of its spellings', () => {
    expect(spellings('Qualcomm has been developing a high-performance Oryon CPU for its laptops.', 'Oryon CPU')).toContain('Oryon');
  });

  it('when another entity of the story has the bare name, or the bare name is too short, then the chip does not take it', () => {
    const chip = (name: string) => ({ id: name, name, type: 'Chip' as const, aliases: [] as string[] });
    const [oryon, labs, x1, npu] = withFamilyNames([
      chip('Oryon CPU'),
      { id: 'o', name: 'Oryon', type: 'Organization', aliases: [] },
      chip('X1 chip'),
      chip('Hexagon NPU'),
    ]);
    expect(oryon!.aliases).toEqual([]);
    expect(labs!.aliases).toEqual([]);
    expect(x1!.aliases).toEqual([]);
    expect(npu!.aliases).toEqual(['Hexagon']);
  });
});

describe('Short names that are common words', () => {
  it('when 浪潮 is a wave (AI浪潮, 借…的浪潮), then it is not Inspur; named as a company, it is', () => {
    expect(entities('在AI浪潮下，广达营收大增。')).toEqual({ 'Quanta Computer': 'Organization' });
    expect(entities('英特尔错过了AI加速器浪潮，又试图借开放指令集的浪潮扩大版图。')).not.toHaveProperty('Inspur');
    expect(entities('新华三在AI服务器市场与浪潮、中科曙光竞争。')).toHaveProperty('Inspur', 'Organization');
    expect(entities('浪潮表示将扩大产能。')).toHaveProperty('Inspur', 'Organization');
  });
});

describe('Transliterated names after a verb', () => {
  it('when a dotted name follows 接替, 从 or 给, then the verb is no part of the name', () => {
    expect(entities('拉吉卜·侯赛因将于5月5日起接替桑德拉·里维拉出任首席执行官。')).toEqual({
      '拉吉卜·侯赛因': 'Person',
      '桑德拉·里维拉': 'Person',
    });
    expect(entities('董事会把职位交给玛丽亚·洛佩兹。')).toHaveProperty('玛丽亚·洛佩兹', 'Person');
  });
});

describe("A maker's name written onto its product's", () => {
  const spellings = (text: string, name: string) => extractText(text).entities.find((e) => e.name === name)?.aliases ?? [];

  it('when a Chinese text writes the maker onto its product or unit (微软Azure, 亚马逊AWS), then that is a spelling of the product or unit too', () => {
    expect(spellings('公司的模型部署在微软Azure上。', 'Azure')).toContain('微软Azure');
    expect(spellings('该模型由亚马逊AWS托管。', 'AWS')).toContain('亚马逊AWS');
  });

  it('when the company before it is not its maker, then nothing is joined', () => {
    expect(spellings('该服务将由甲骨文Azure互联提供。', 'Azure')).not.toContain('甲骨文Azure');
  });
});

describe('Kinds of chips', () => {
  it('when a text names a kind of chip (an NPU, ASICs, 中央处理器), then it is no entity and no end of a relation; the named chip is', () => {
    const x = extractText('Rebellions began mass production of ATOM, a neural processing unit (NPU) used in data centres.');
    expect(x.entities.map((e) => e.name)).toEqual(['Rebellions', 'ATOM']);
    expect(x.relations.filter((r) => r.type === 'DEVELOPS').map((r) => r.object)).toEqual(['ATOM']);
    expect(entities('该公司自研的中央处理器与ASIC芯片均已量产。')).toEqual({});
  });
});

describe('Names that are measurements or adverbs', () => {
  it('when a chip noun is followed by a measurement (芯片面积109平方毫米), then that is no chip', () => {
    expect(Object.keys(entities('玄戒O1采用台积电3nm工艺制造，芯片面积109平方毫米。'))).not.toContain('面积109');
    expect(entities('该公司发布了主控芯片镇岳510。')).toMatchObject({ 镇岳510: 'Chip' });
  });

  it('when a chip noun is followed by a list (芯片包括昇腾910C), then the list word is no part of a chip name', () => {
    expect(entities('该系列芯片包括昇腾910C、昇腾910B等型号。')).toMatchObject({ 'Ascend 910C': 'Chip', 'Ascend 910B': 'Chip' });
    expect(Object.keys(entities('该系列晶片包括昇騰910C等型號。')).filter((n) => /包/.test(n))).toEqual([]);
  });

  it('when an adverb and a verb stand before 半導體 (最受半導體業界矚目), then they make no company', () => {
    expect(Object.keys(entities('其中最受半導體業界矚目的，是三星自家研發的Exynos 2500處理器。'))).not.toContain('最受半導體');
  });
});
