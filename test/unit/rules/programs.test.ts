import { extractText } from '../../../src/extract';

const owners = (text: string) => extractText(text).chipPrograms.map((p) => p.owner);

describe('Chip programs', () => {
  it('when a company "is developing its own chip with" a partner, then the program is its own (the auxiliary is no copula)', () => {
    expect(owners('Microsoft remains a partner of Nvidia. Meta is also developing its own AI chip with Broadcom.')).toEqual(['Meta']);
  });

  it('when "in-house" is about expertise, not silicon, then there is no program', () => {
    expect(owners("Analysts said Graphcore's team would give SoftBank in-house expertise for its AI ambitions.")).toEqual([]);
    expect(owners('SoftBank said it would design in-house chips for its data centers.')).toEqual(['SoftBank']);
  });

  it('when only a kind of company (企业, 業者) is said to make its own chips, then no named company has a program', () => {
    expect(owners('阿里云首席技术官周靖人表示，越来越多的互联网企业选择自研AI芯片。')).toEqual([]);
    expect(owners('鴻海董事長劉揚偉表示，越來越多的雲端業者選擇自研AI晶片。')).toEqual([]);
  });

  it('when a chip company the lexicon does not know buys a chip unit, then that is no program of its own', () => {
    expect(owners('瑞芯股份近日公告，拟收购芯联科技，收购完成后芯联科技将成为瑞芯股份的控股子公司。')).toEqual([]);
  });

  it('when a fund holds shares through a wholly owned vehicle whose name has 芯, then the vehicle is no chip unit and the fund has no program', () => {
    expect(owners('大基金二期是澜川微电子的重要股东，通过全资子公司青芯（香港）投资有限公司持有澜川微电子股份。')).toEqual([]);
    const x = extractText('大基金二期是澜川微电子的重要股东，通过全资子公司青芯（香港）投资有限公司持有澜川微电子股份。');
    expect(x.relations.filter((r) => r.type === 'SUBSIDIARY_OF').map((r) => [r.subject, r.object])).toEqual([
      ['青芯（香港）投资有限公司', 'Big Fund II'],
    ]);
  });
});

describe('Chip programs of groups', () => {
  it("when a chip maker is a conglomerate's unit, then the conglomerate runs no chip program through it", () => {
    expect(owners('SK集团旗下的SK海力士已完成HBM4开发，并自研AI芯片。')).not.toContain('SK Group');
    expect(owners('百度旗下的昆仑芯自研AI芯片。')).toEqual(['Baidu']);
  });
});

describe('Chip programs of AI-chip challengers and of units', () => {
  it('when an AI-chip challenger develops its chips, then that is its program; an incumbent vendor’s chips are none', () => {
    expect(owners('Cerebras Systems builds the WSE-3, a wafer-scale processor.')).toEqual(['Cerebras']);
    expect(owners('寒武纪推出了思元590芯片。')).toEqual(['Cambricon']);
    expect(owners('Nvidia unveiled the H200 chip.')).toEqual([]);
  });

  it('when a company is "working with" a chip designer to develop an AI processor, then the program is the company’s', () => {
    expect(owners('ByteDance is working with US chip designer Broadcom to develop an advanced artificial intelligence processor.')).toEqual(
      ['ByteDance'],
    );
  });

  it('when chips are "home-grown" with no owner’s possessive, then they are the country’s, no company’s program', () => {
    expect(owners('DeepSeek said its model was trained for soon-to-be-released home-grown chips.')).toEqual([]);
    expect(owners('Meta is testing its first homegrown AI training chip.')).toEqual(['Meta']);
  });

  it('when making one’s own (自行研发) names no silicon, or is a comparison, then there is no program', () => {
    expect(owners('分析人士认为，与伙伴合作开发AI产品，比阿斯麦完全自行研发更具效率。')).toEqual([]);
    expect(owners('腾讯正在自研AI芯片紫霄。')).toEqual(['Tencent']);
  });

  it('when a unit that makes no chips (Google, Alphabet’s) develops one, then the program is the unit’s, not the parent’s', () => {
    expect(owners('Alphabet’s Google introduced its sixth-generation TPU, called Trillium.')).toEqual(['Google']);
  });

  it('when a clause opens with 与 and lists rivals, then none of them is what 公司 refers to next', () => {
    const text =
      '燧原科技成立于2018年。与摩尔线程、沐曦股份走GPGPU路线不同，燧原选择了另一种架构。公司推出的明星产品燧原S60推理加速卡累计落地约7万张。';
    expect(owners(text)).toEqual(['Enflame']);
  });
});

describe('Chip programs from in-house chips named beside their maker', () => {
  it('when a company’s in-house chip is named beside it, then that is its program; not when it only describes former engineers', () => {
    expect(owners('Google將旗下TPU伺服器的組裝訂單交給英業達。')).toEqual(['Google']);
    expect(owners('Orvane was founded by former Google TPU engineers.')).toEqual([]);
  });

  it('when a server’s integration levels (L10, L11) are named, then they are no chips and no program', () => {
    const x = extractText('供應鏈消息指出，廣達將承接到L10階段，再交由其他業者負責L11至L12組裝。');
    expect(x.entities.filter((e) => e.type === 'Chip')).toEqual([]);
    expect(x.chipPrograms).toEqual([]);
  });
});

// Sentences written for these tests.
describe("Chip programs: a known chip unit's chip is its parent's program", () => {
  it("when a chip unit the lexicon files under a company that sells no chips develops a chip, and both are named, then the program is the parent's (en, zh-Hans, zh-Hant)", () => {
    expect(owners('Alibaba is spending more on AI. T-Head unveiled the Zhenwu 810 chip.')).toEqual(['Alibaba']);
    expect(owners('阿里巴巴今年加大AI投入。平头哥发布了真武810芯片。')).toEqual(['Alibaba']);
    expect(owners('阿里巴巴今年加大AI投入。平頭哥發布了真武810晶片。')).toEqual(['Alibaba']);
  });

  it('when the parent is not named, then the unit, which sells chips, has no program', () => {
    expect(owners('T-Head unveiled the Zhenwu 810 chip.')).toEqual([]);
  });

  it('when a design house develops an AI chip for a client, then the client has a program; a server built for it does not make one', () => {
    expect(owners('创意为韩国AI芯片新创FuriosaAI开发的5纳米AI加速器已完成流片。')).toEqual(['FuriosaAI']);
    expect(owners('創意為南韓AI晶片新創FuriosaAI開發的5奈米AI加速器已完成設計定案。')).toEqual(['FuriosaAI']);
    expect(owners('Marvell designs custom AI chips for Helio Systems, which will deploy them next year.')).toEqual(['Helio Systems']);
    expect(owners('鸿海为雷川科技打造AI服务器。')).toEqual([]);
  });

  it('when two companies design a chip together (jointly designed, 联合设计, 共同開發), then the one that does not sell chips owns the program; servers built together make none', () => {
    expect(owners('Reports said OpenAI and Broadcom have jointly designed a chip that will be used next year.')).toEqual(['OpenAI']);
    expect(owners('Helio Systems co-designed the accelerator with Broadcom.')).toEqual(['Helio Systems']);
    expect(owners('据报道，OpenAI与博通联合设计了一款推理芯片。')).toEqual(['OpenAI']);
    expect(owners('據報導，Helio Systems與博通共同開發了一款晶片。')).toEqual(['Helio Systems']);
    expect(owners('Helio Systems与各大云厂商共同开发客制化芯片（ASIC）服务器。')).toEqual([]);
    expect(owners('Helio Systems and Broadcom jointly designed chip servers for the cloud.')).toEqual([]);
  });

  it('when a list of companies makes its own chips (A、B和C都在自研芯片, "A and B have developed their own AI chips"), then each owns a program; a partner after 与 does not', () => {
    expect(owners('Helio Systems and Korvia AI have developed their own AI chips.').sort()).toEqual(['Helio Systems', 'Korvia AI']);
    expect(owners('谷歌、亚马逊和Meta都在自研芯片。').sort()).toEqual(['Amazon', 'Google', 'Meta']);
    expect(owners('工厂为谷歌、亚马逊、Meta等云服务商的自研芯片提供组装服务。').sort()).toEqual(['Amazon', 'Google', 'Meta']);
    expect(owners('字节跳动正与博通开发定制芯片。')).toEqual(['ByteDance']);
    expect(owners('字节跳动与博通合作开发自研芯片。')).toEqual(['ByteDance']);
  });

  it('when a foundry lets its customers design "their own chips", then the foundry has no program', () => {
    expect(owners('Rapidus will hand a design kit to early customers so they can start designing their own chips.')).toEqual([]);
    expect(owners('Helio Systems will hand a design kit to early customers so they can start designing their own chips.')).toEqual([]);
  });

  it('when the article calls a company the lexicon does not know an AI-chip company, then the chips it develops are its program, whatever its name', () => {
    expect(owners('澜芯科技是一家AI芯片初创公司，推出了推理芯片LX100。')).toEqual(['澜芯科技']);
    expect(owners('國產GPU企業澜芯科技發布了新一代訓練晶片LS200。')).toEqual(['澜芯科技']);
    expect(owners('Korvex Semiconductor, an AI chip startup, unveiled its K2 accelerator.')).toEqual(['Korvex Semiconductor']);
    // (A chip company of another kind sells its chips: no program.)
    expect(owners('澜芯科技是一家模拟芯片公司，推出了LX100。')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('Programs: whose effort it is', () => {
  it('when a unit is named before its parent (TikTok母公司字节跳动, "TikTok parent ByteDance") and the sentence tells of a chip, then the parent owns the program', () => {
    expect(
      extractText('TikTok母公司字节跳动正与美国芯片设计企业博通合作，开发一款先进的人工智能处理器。').chipPrograms.map((p) => p.owner),
    ).toEqual(['ByteDance']);
    expect(extractText('TikTok parent ByteDance is developing an AI chip with Broadcom.').chipPrograms.map((p) => p.owner)).toEqual([
      'ByteDance',
    ]);
  });

  it("when \"the company's chip\" follows a round's investor, then the chip is the startup's, not the investor's; a fund under a government is no chip unit", () => {
    const text =
      "Etched raised $120 million to build Sohu. The Series A was led by returning backer Primary Venture Partners. The company's chip, called Sohu, hard-wires the transformer into silicon.";
    expect(extractText(text).chipPrograms.map((p) => p.owner)).toEqual(['Etched']);
    expect(extractText('基石投资者包括阿里巴巴以及宁波市政府旗下基金甬宁高芯。').chipPrograms).toEqual([]);
  });
});

describe('Chip programs: designs licensed to chipmakers', () => {
  it("when a chip is built on a core its designer licenses (Arm's Cortex-X925), then the designer develops the core but has no chip program for it; its own chip still is one", () => {
    for (const text of [
      '联发科发布天玑9500，采用Arm的Cortex-X925核心。',
      '聯發科發表天璣9500，採用Arm的Cortex-X925核心。',
      'MediaTek unveiled the Dimensity 9500, built on Arm Cortex-X925 cores.',
    ]) {
      const r = extractText(text);
      expect(r.relations.filter((x) => x.type === 'DEVELOPS').map((x) => [x.subject, x.object])).toContainEqual(['Arm', 'Cortex-X925']);
      expect(r.chipPrograms.map((p) => p.owner)).not.toContain('Arm');
    }
    expect(
      extractText('Arm unveiled its first in-house chip, the Arm AGI CPU, with Meta as lead customer.').chipPrograms.map((p) => p.owner),
    ).toEqual(['Arm']);
  });
});

describe('Chip programs of public bodies', () => {
  it('when a government or a ministry is named with custom or home-grown chips, then it has no program; a company still does', () => {
    expect(owners('业内人士分析，这款定制芯片的算力密度需控制在美国商务部设定的门槛之下。')).toEqual([]);
    expect(owners('日本政府表示将自研AI芯片。')).toEqual([]);
    expect(owners('字节跳动正在自研AI芯片。')).toEqual(['ByteDance']);
  });
});

describe('Chip programs of chip vendors', () => {
  it('when the story is about a chip vendor bringing out an AI chip of its own, then that is its program', () => {
    expect(owners('联发科今日发布天玑9500旗舰芯片，该芯片集成新一代NPU。')).toEqual(['MediaTek']);
    expect(owners('聯發科今日推出天璣9500晶片，AI算力較前代提升一倍。')).toEqual(['MediaTek']);
    expect(owners('Qualcomm unveiled the Snapdragon 8 Elite Gen 5 on Tuesday, a phone chip with a faster NPU.')).toEqual(['Qualcomm']);
  });

  it('when the vendor is the incumbent, a memory maker or a foundry, or the story is about its customer, then its chips stay products', () => {
    expect(owners('Nvidia unveiled the Rubin CPX GPU on Tuesday, aimed at long-context inference.')).toEqual([]);
    expect(owners('SK hynix unveiled HBM4 samples on Tuesday.')).toEqual([]);
    expect(owners('Dell said it will ship servers with Qualcomm AI100 chips, which Qualcomm unveiled last year.')).toEqual([]);
    expect(owners('联发科的天玑9500芯片由台积电代工。')).toEqual([]);
    expect(owners('TSMC unveiled the A16 process for AI chips on Tuesday.')).toEqual([]);
    expect(owners('台积电本周推出用于AI芯片的A16制程。')).toEqual([]);
  });

  it("when a foundry or a group's chipmaker brings out an AI chip it designs itself (Intel's Gaudi 3, Samsung's Mach-1), then that is its program", () => {
    expect(owners("Intel's main AI accelerator, Gaudi 3, is shipping now, and a successor is expected next year.")).toEqual(['Intel']);
    expect(owners('英特尔目前的主力AI加速器Gaudi 3已经开始出货，下一代产品预计明年推出。')).toEqual(['Intel']);
    expect(owners('英特爾目前的主力AI加速器Gaudi 3已開始出貨，下一代產品預計明年推出。')).toEqual(['Intel']);
    expect(owners('三星电子本周推出Mach-1 AI推理芯片。')).toEqual(['Samsung']);
    expect(owners('Samsung unveiled the Mach-1 AI inference chip this week.')).toEqual(['Samsung']);
  });

  it("when the vendor's own chip is only named beside it in a sentence that launches it for AI work, then that is enough (出货, 问世, 發表)", () => {
    expect(owners("Qualcomm's main data center accelerator, the Cloud AI 100 Ultra, is shipping now.")).toEqual(['Qualcomm']);
    expect(owners('高通目前的主力AI加速卡Cloud AI 100 Ultra已开始出货。')).toEqual(['Qualcomm']);
    expect(owners('在英特尔，他推动了代号Ponte Vecchio的数据中心GPU问世。')).toEqual(['Intel']);
    expect(owners('英特爾上月在高峰會上發表代號Crescent Island的資料中心GPU。')).toEqual(['Intel']);
  });
});

describe('Chip programs of AI-chip start-ups the lexicon knows', () => {
  it('when an inference-chip start-up (Taalas, Kneron) brings out its chip, then that is its program, whatever story it is', () => {
    expect(owners('Taalas says its HC1 chip hard-wires one model.')).toEqual(['Taalas']);
    expect(owners('Kneron launched the KL720 chip this year.')).toEqual(['Kneron']);
  });
});

describe('Chip programs named in a relative clause', () => {
  it('when in-house chips are "that A, B and C have built", then A, B and C have programs, not the names before the cue', () => {
    expect(
      owners(
        'Korvane competes with Groq and Cerebras Systems, as well as the in-house accelerators that Amazon, Google and Meta have built.',
      ),
    ).toEqual(['Amazon', 'Google', 'Meta']);
    expect(owners('Rivals include the custom chips which Microsoft and Alibaba are developing.')).toEqual(['Microsoft', 'Alibaba']);
    // (A foundry in the relative clause makes the chips; the program is still the subject's.)
    expect(owners('Meta uses in-house chips that TSMC makes.')).toEqual(['Meta']);
  });
});

describe('Chip programs and the architecture they build on', () => {
  it('when 自研 follows 基于Arm架构的, then the program is the launching company’s, not the architecture owner’s', () => {
    expect(owners('谷歌同时推出了基于Arm架构的自研CPU Axion的新实例。')).toEqual(['Google']);
    expect(owners('谷歌同時推出了基於Arm架構的自研CPU Axion。')).toEqual(['Google']);
  });
});

describe('Chip programs told by what a company is making or building up', () => {
  it('when chips are ones "it is designing with" a partner, then they are the subject’s program', () => {
    expect(owners('OpenAI agreed to deploy 10 gigawatts of accelerators it is designing with Broadcom.')).toEqual(['OpenAI']);
    expect(owners('Analysts compared the chips Microsoft is developing with the ones Nvidia sells.')).toEqual(['Microsoft']);
  });
  it('when a company builds up its own chip team or effort, then it has a program, not the names after its verb', () => {
    expect(owners('OpenAI has hired former Google TPU engineers to build its chip team.')).toEqual(['OpenAI']);
    expect(owners('Meta acquired Rivos to speed up its chip efforts.')).toEqual(['Meta']);
    expect(owners('蔚来将芯片业务分拆成立独立公司。')).toEqual(['NIO']);
    expect(owners('蔚來將晶片業務分拆成立獨立公司。')).toEqual(['NIO']);
  });
  it('when a chip seller speaks of its chip team or business, then that is its trade, no program', () => {
    expect(owners('Nvidia said its chip team had grown.')).toEqual([]);
  });
  it('when a company works with a chip designer on an AI chip (与博通合作设计), then the company has a program', () => {
    expect(owners('ByteDance is working with Broadcom on an AI processor.')).toEqual(['ByteDance']);
    expect(owners('OpenAI正与博通合作设计首款AI芯片。')).toEqual(['OpenAI']);
    expect(owners('OpenAI正與博通合作設計首款AI晶片。')).toEqual(['OpenAI']);
    expect(owners('Nvidia is working with Foxconn on AI servers.')).toEqual([]);
  });
});

describe('Chip programs named with a kind of chip between "own" and the chip', () => {
  it('when a company develops "its own autonomous-driving chip" or "its own inference chips", then it has a program', () => {
    expect(owners('Hyundai is developing its own autonomous-driving chip.')).toEqual(['Hyundai Motor Group']);
    expect(owners('Meta is building its own inference chips.')).toEqual(['Meta']);
    expect(owners('Nvidia sells its own networking chips.')).toEqual([]);
  });
});

describe('Chip programs of each company named as making the chips', () => {
  it('when "the chips Amazon and Google are designing", then both have programs', () => {
    expect(owners("Analysts compared the chips Amazon and Google are designing with Nvidia's.")).toEqual(['Amazon', 'Google']);
  });
});

describe('Chip programs whose owner is named beside the cue, not before it', () => {
  it('when the cue is a possessor\'s ("rather than on Amazon\'s own chips", 采用亚马逊的自研芯片), then the possessor owns it', () => {
    expect(owners("Pinecrest AI signed a deal to rent servers that run on Nvidia GPUs rather than on Amazon's own chips.")).toEqual([
      'Amazon',
    ]);
    expect(owners('该初创公司的模型改为采用亚马逊的自研芯片训练。')).toEqual(['Amazon']);
    expect(owners('該新創公司的模型改為採用亞馬遜的自研晶片訓練。')).toEqual(['Amazon']);
  });
  it('when only a kind of company builds its own chips, then the examples given after it own them', () => {
    expect(
      owners('Every hyperscaler designing its own AI chips, from Google with its TPU to Amazon with Trainium, buys design software.'),
    ).toEqual(['Google', 'Amazon']);
    expect(owners('一些科技公司多年来一直在构建自己的处理器，但成果有限，例如Meta。')).toEqual(['Meta']);
    expect(owners('一些科技公司多年來一直在構建自己的處理器，但成果有限，例如Meta。')).toEqual(['Meta']);
    expect(owners('Every hyperscaler is designing its own AI chips.')).toEqual([]);
  });
  it('when a clause names no owner, then a company named in a later clause owns nothing', () => {
    expect(owners('对大型云端业者来说，自研芯片的重点在于压低成本，谷歌云端本身也仍是英伟达的大客户。')).toEqual([]);
    expect(owners('對大型雲端業者來說，自研晶片的重點在於壓低成本，谷歌雲端本身也仍是輝達的大客戶。')).toEqual([]);
  });
  it('when a cluster is built for a customer (为Anthropic打造), then the builder owns the chips inside, not the customer', () => {
    expect(owners('亚马逊投资了Anthropic，并为Anthropic打造采用自研Trainium2芯片的超级计算集群。')).toEqual(['Amazon']);
    expect(owners('亞馬遜投資了Anthropic，並為Anthropic打造採用自研Trainium2晶片的超級運算叢集。')).toEqual(['Amazon']);
  });
  it('when accelerators are "OpenAI-designed", then OpenAI has a program', () => {
    expect(owners('Broadcom will deploy 10 gigawatts of OpenAI-designed accelerators.')).toEqual(['OpenAI']);
    expect(owners('Foxconn will assemble the Nvidia-designed chips.')).toEqual([]);
  });
  it("when a design house works with a company on that company's chip, then the company has a program", () => {
    expect(
      owners("Marvell's custom-chip unit has worked with Amazon Web Services on Trainium and with Microsoft on its Maia programme."),
    ).toEqual(['AWS', 'Microsoft']);
    expect(owners('Marvell has worked with Broadcom on networking.')).toEqual([]);
  });
  it("when a cloud unit is named beside its parent's chip (谷歌云端内部使用的TPU), then the program is the parent's", () => {
    const x = extractText('谷歌推出新一代TPU。过去只在谷歌云端内部使用的TPU由台积电代工。');
    expect(x.chipPrograms.map((p) => p.owner)).toEqual(['Google']);
    const t = extractText('谷歌推出新一代TPU。過去只在谷歌雲端內部使用的TPU由台積電代工。');
    expect(t.chipPrograms.map((p) => p.owner)).toEqual(['Google']);
  });
});
