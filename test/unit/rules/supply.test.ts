import { extractText } from '../../../src/extract';
import { rel, ruleRel } from './helpers';

describe('SUPPLIES', () => {
  it('when one verb names a shareholder and the next a customer ("counts Nvidia as a shareholder and lists Microsoft as its biggest customer"), then the subject supplies the customer', () => {
    expect(rel('CoreWeave counts Nvidia as a shareholder and lists Microsoft as its biggest customer.', 'SUPPLIES')).toEqual([
      ['CoreWeave', 'Microsoft'],
    ]);
  });

  it('when a customer buys from, relies on or trains on a supplier, then the supplier supplies it', () => {
    expect(rel('Anthropic already buys GPUs from Nvidia and AMD.', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'Anthropic'],
      ['AMD', 'Anthropic'],
    ]);
    expect(rel('Tesla relies heavily on Nvidia hardware.', 'SUPPLIES')).toEqual([['NVIDIA', 'Tesla']]);
    expect(rel('OpenAI trains its models on Nvidia H100 chips.', 'SUPPLIES')).toEqual([['NVIDIA', 'OpenAI']]);
    expect(rel('微软向英伟达采购了大量GPU。', 'SUPPLIES')).toEqual([['NVIDIA', 'Microsoft']]);
    expect(rel('字節跳動已採用華為的昇騰晶片。', 'SUPPLIES')).toEqual([['Huawei', 'ByteDance']]);
  });

  it('when a supplier sells to a customer or names its customers, then it supplies each of them', () => {
    expect(rel('AMD supplies MI300X accelerators to Microsoft and Oracle.', 'SUPPLIES')).toEqual([
      ['AMD', 'Microsoft'],
      ['AMD', 'Oracle'],
    ]);
    expect(rel('台積電向蘋果供應晶片。', 'SUPPLIES')).toEqual([['TSMC', 'Apple']]);
    expect(rel('Meta has been among the largest customers of Broadcom.', 'SUPPLIES')).toEqual([['Broadcom', 'Meta']]);
    expect(rel('Ampere的客户包括谷歌和甲骨文。', 'SUPPLIES')).toEqual([
      ['Ampere Computing', 'Google'],
      ['Ampere Computing', 'Oracle'],
    ]);
  });

  it('when a supplier ships a long-described system to a named customer ("shipped its first nanoimprint lithography (NIL) system to the X"), then it supplies it', () => {
    expect(
      rel(
        'Vantora said on Thursday it had shipped its first nanoimprint lithography (NIL) system to the Texas Institute for Electronics.',
        'SUPPLIES',
      ),
    ).toEqual([['Vantora', 'Texas Institute for Electronics']]);
    expect(rel('Vantora shipped its first nanoimprint lithography system to Kioxia.', 'SUPPLIES')).toEqual([['Vantora', 'Kioxia']]);
  });

  it('when the supply is denied or the companies are only named together, then there is none', () => {
    expect(rel('英伟达并未向华为供应芯片。', 'SUPPLIES')).toEqual([]);
    expect(rel('Google does not buy chips from Intel.', 'SUPPLIES')).toEqual([]);
    expect(rel('Intel and AMD both sell chips.', 'SUPPLIES')).toEqual([]);
  });
});

describe('USES', () => {
  it('when a company trains on, adopts or deploys a chip, then it uses the chip (its own maker does not count)', () => {
    expect(rel('Korvia, a cloud startup, trains its models on Trainium.', 'USES')).toEqual([['Korvia', 'Trainium']]);
    expect(rel('字节跳动已采用华为的昇腾芯片。', 'USES')).toEqual([['ByteDance', 'Ascend']]);
    expect(rel('Nvidia uses its own H100 chips in its labs.', 'USES')).toEqual([]);
    expect(rel('Microsoft did not adopt the Gaudi accelerators.', 'USES')).toEqual([]);
  });
});

describe('MANUFACTURES', () => {
  it('when a foundry makes a chip for a designer (为…代工), then the foundry manufactures that chip', () => {
    expect(rel('台积电为微软代工Maia 100芯片。', 'MANUFACTURES')).toEqual([['TSMC', 'Maia 100']]);
    expect(rel('台積電為微軟代工Maia 100晶片。', 'MANUFACTURES')).toEqual([['TSMC', 'Maia 100']]);
  });

  it('when the chip is made by the foundry (由…代工 / made by), then the foundry manufactures it; a denial is none', () => {
    expect(rel('微软的Maia 100芯片由台积电代工。', 'MANUFACTURES')).toEqual([['TSMC', 'Maia 100']]);
    expect(rel('The Maia 100 chip is manufactured by TSMC.', 'MANUFACTURES')).toEqual([['TSMC', 'Maia 100']]);
    expect(rel('Samsung will not manufacture the Maia 100 chip.', 'MANUFACTURES')).toEqual([]);
  });
});

describe('SUPPLIES from customers named, deployments and chip makers', () => {
  it('when a company counts others among its customers, then it supplies them', () => {
    expect(rel('Helio Systems counts Oracle and Meta among its customers.', 'SUPPLIES')).toEqual([
      ['Helio Systems', 'Oracle'],
      ['Helio Systems', 'Meta'],
    ]);
  });

  it("when one company's goods are deployed at another (在…部署), then the first supplies the second", () => {
    expect(rel('寒武纪的推理卡已在百度大规模部署。', 'SUPPLIES')).toEqual([['Cambricon', 'Baidu']]);
    expect(rel('寒武紀的推理卡已在百度大規模部署。', 'SUPPLIES')).toEqual([['Cambricon', 'Baidu']]);
  });

  it('when a user runs a chip whose maker is named with it, then the maker supplies the user; its own chip does not count', () => {
    expect(rel("Helio Systems will deploy AMD's MI355X accelerators.", 'SUPPLIES')).toEqual([['AMD', 'Helio Systems']]);
    expect(rel('AMD will deploy its MI355X accelerators in its own cloud.', 'SUPPLIES')).toEqual([]);
  });
});

describe('MANUFACTURES with a process', () => {
  it('when a chip is made on a foundry process, then the foundry manufactures it', () => {
    expect(rel("The Zeta 300 chip is built on TSMC's 3-nanometer process.", 'MANUFACTURES')).toEqual([['TSMC', 'Zeta 300']]);
    expect(rel('雷川科技发布了Zeta 300芯片，该芯片采用台积电3纳米制程生产。', 'MANUFACTURES')).toEqual([['TSMC', 'Zeta 300']]);
    expect(rel('雷川科技發布了Zeta 300晶片，該晶片採用台積電3奈米製程生產。', 'MANUFACTURES')).toEqual([['TSMC', 'Zeta 300']]);
  });
});

describe('suppliers named as such and products carrying chips', () => {
  it('when a company is called the supplier of another, then it supplies it', () => {
    expect(rel('联发科目前仍是小米中低端机型的主要芯片供应商。', 'SUPPLIES')).toEqual([['MediaTek', 'Xiaomi']]);
    expect(rel('SK Hynix is the main supplier of HBM to Nvidia.', 'SUPPLIES')).toEqual([['SK hynix', 'NVIDIA']]);
    expect(rel('SK hynix is the main memory supplier to Nvidia.', 'SUPPLIES')).toEqual([['SK hynix', 'NVIDIA']]);
  });

  it('when 搭载的 opens a relative clause with no name after it (搭载的终端产品), then the subject of an earlier clause uses nothing named later; a product that carries a named chip (iPhone 17搭载的A19 Pro) uses it', () => {
    expect(rel('新芯片采用台积电制程，搭载的终端产品预计第四季上市，Galaxy S25可望成为首批机型。', 'USES')).toEqual([]);
    expect(rel('新晶片採用台積電製程，搭載的終端產品預計第四季上市，Galaxy S25可望成為首批機型。', 'USES')).toEqual([]);
    expect(rel('它足以和苹果iPhone 17搭载的A19 Pro处理器一较高下。', 'USES')).toEqual([['iPhone 17', 'A19 Pro']]);
  });

  it('when a maker sells its chips to a buyer named after 向 (向X出售GB300芯片), then it supplies the buyer and the buyer uses them; a sale of shares is no supply', () => {
    expect(rel('英伟达将向沙特的Humain出售超过1.8万颗GB300芯片。', 'SUPPLIES')).toEqual([['NVIDIA', 'Humain']]);
    expect(rel('英伟达将向沙特的Humain出售超过1.8万颗GB300芯片。', 'USES')).toEqual([['Humain', 'GB300']]);
    expect(rel('輝達將向沙烏地的Humain出售逾1.8萬顆GB300 Grace Blackwell晶片。', 'USES')).toEqual([['Humain', 'GB300']]);
    expect(rel('AMD will ship MI355X GPUs to Oracle next year.', 'USES')).toEqual([['Oracle', 'MI355X']]);
    expect(rel('软银将向微软出售其持有的股份。', 'SUPPLIES')).toEqual([]);
    // (Goods under negotiation are not in use yet.)
    expect(rel('三星正与英伟达洽谈为其下一代平台供应HBM4。', 'USES')).toEqual([]);
  });

  it('when companies are members of a customer\'s supply chain (A、B均为X…供应链的成员) or a maker\'s chips power a customer in a relative clause ("A, whose chips power the B cloud"), then they supply it', () => {
    expect(rel('雷川科技、澜算科技均为台积电先进封装设备供应链的成员。', 'SUPPLIES')).toEqual([
      ['雷川科技', 'TSMC'],
      ['澜算科技', 'TSMC'],
    ]);
    expect(rel('雷川科技、瀾算科技均為台積電先進封裝設備供應鏈的成員。', 'SUPPLIES')).toHaveLength(2);
    expect(rel('Nvidia, whose chips power the Nebius cloud, is among its shareholders.', 'SUPPLIES')).toEqual([['NVIDIA', 'Nebius']]);
    expect(rel('英伟达是全球AI供应链的核心。', 'SUPPLIES')).toEqual([]);
  });

  it('when a customer takes a company on as a supplier (引入X作为新供应商, "brought in X as a second supplier") or its customers "also include" one, then they supply', () => {
    expect(rel('SK海力士引入韩华Semitech作为新供应商。', 'SUPPLIES')).toEqual([['Hanwha Semitech', 'SK hynix']]);
    expect(rel('SK海力士引進韓華Semitech作為新供應商。', 'SUPPLIES')).toEqual([['Hanwha Semitech', 'SK hynix']]);
    expect(rel('SK hynix brought in Hanwha Semitech as a second supplier.', 'SUPPLIES')).toEqual([['Hanwha Semitech', 'SK hynix']]);
    expect(rel('韩美半导体长期供应SK海力士的产线，其客户还包括美光。', 'SUPPLIES')).toContainEqual(['Hanmi Semiconductor', 'Micron']);
  });

  it('when a company entered a supply chain named with Latin goods (打入AMD的GPU模组与基板供应链), or an appositive calls a company "by far its largest customer", then the supply is read', () => {
    expect(rel('纬创已打入AMD的GPU模组与基板供应链。', 'SUPPLIES')).toEqual([['Wistron', 'AMD']]);
    expect(rel('緯創已打入AMD的GPU模組與基板供應鏈。', 'SUPPLIES')).toEqual([['Wistron', 'AMD']]);
    expect(
      rel(
        'Cerebras withdrew the plan after a review of its ties to G42, the Abu Dhabi group that was by far its largest customer.',
        'SUPPLIES',
      ),
    ).toEqual([['Cerebras', 'G42']]);
  });

  it('when a Chinese clause has no subject and the clause before opens with one (…，AMD打造的服务器将出货，客户包括Meta), then that one is its subject, not a name framing the sentence', () => {
    // (The rules' reading: the one sentence is also a story led by NVIDIA, which the lexicon knows supplies Meta and Microsoft.)
    expect(ruleRel('在英伟达的挑战者超微方面，AMD打造的AI服务器预定第4季出货，客户包括Meta与微软等。', 'SUPPLIES')).toEqual([
      ['AMD', 'Meta'],
      ['AMD', 'Microsoft'],
    ]);
    expect(ruleRel('在輝達的挑戰者超微方面，AMD打造的AI伺服器預定第4季出貨，客戶包括Meta與微軟等。', 'SUPPLIES')).toHaveLength(2);
  });

  it('when an appositive says whose goods a company makes ("TSMC, the contract manufacturer that produces Nvidia\'s GPUs"), or the clause before opens with a conjunction and the supplier (而SK海力士作为…，正是英伟达HBM的主要供应商), then it supplies', () => {
    expect(rel("He praised Taiwan's TSMC, the contract manufacturer that produces Nvidia's GPUs, at the event.", 'SUPPLIES')).toEqual([
      ['TSMC', 'NVIDIA'],
    ]);
    expect(
      rel('业内人士指出，英伟达占据主导地位，而SK海力士作为第二大存储芯片制造商，正是英伟达高带宽内存的主要供应商。', 'SUPPLIES'),
    ).toEqual([['SK hynix', 'NVIDIA']]);
  });

  it('when a product carries a chip (搭载X的Y), then the product uses the chip', () => {
    expect(rel('華碩發表搭載輝達GB10超級晶片的個人AI超級電腦Ascent GX10。', 'USES')).toEqual(
      expect.arrayContaining([['Ascent GX10', 'GB10']]),
    );
  });
});

describe('SUPPLIES by service, biggest customers and inability', () => {
  it('when a company serves or names its biggest customer, then it supplies it; one that cannot buy is no customer', () => {
    expect(rel('日月光扩建封装产能，主要服务英伟达与超微的AI芯片需求。', 'SUPPLIES')).toEqual([
      ['ASE', 'NVIDIA'],
      ['ASE', 'AMD'],
    ]);
    expect(rel('英特爾晶圓代工目前最大的外部客戶是微軟。', 'SUPPLIES')).toEqual([['Intel Foundry', 'Microsoft']]);
    expect(rel('智谱无法再采购英伟达的GPU。', 'SUPPLIES')).toEqual([]);
  });
});

describe('SUPPLIES and USES by goods from a supplier, passives and participles', () => {
  it('when a chip is paired with memory from a supplier, then the supplier supplies the chip maker (a comparison does not)', () => {
    expect(
      rel(
        'Orvane Labs unveiled its Z9 accelerator. The Z9 is made by TSMC and pairs each die with HBM3E memory from SK Hynix.',
        'SUPPLIES',
      ),
    ).toEqual([['SK hynix', 'Orvane Labs']]);
    expect(rel('Orvane says its chips run faster than graphics processors from Nvidia.', 'SUPPLIES')).toEqual([]);
  });

  it('when a chip 获得 customers 采用, then they use it and its maker supplies them (the maker does not use it)', () => {
    const text = '华为的昇腾910C已获得百度与科大讯飞采用，中国电信也导入了寒武纪的思元590。';
    expect(rel(text, 'USES')).toEqual(
      expect.arrayContaining([
        ['Baidu', 'Ascend 910C'],
        ['iFlytek', 'Ascend 910C'],
        ['China Telecom', 'Siyuan 590'],
      ]),
    );
    expect(rel(text, 'USES')).not.toContainEqual(['Huawei', 'Siyuan 590']);
    expect(rel(text, 'SUPPLIES')).toEqual(expect.arrayContaining([['Huawei', 'Baidu']]));
  });

  it("when a company is one of a supplier's largest customers, buying its chips, then the supplier supplies it and it uses the chips", () => {
    const text = "Tesla has been one of Nvidia's largest customers, buying tens of thousands of H100 GPUs.";
    expect(rel(text, 'SUPPLIES')).toEqual([['NVIDIA', 'Tesla']]);
    expect(rel(text, 'USES')).toEqual([['Tesla', 'H100']]);
  });

  it('when a company rents out or adds servers of a chip, then it uses the chip; relying more heavily on suppliers is supply', () => {
    expect(rel('Lambda Labs, which rents out Nvidia H100 GPUs, will add Z9 servers.', 'USES')).toEqual([['Lambda Labs', 'H100']]);
    expect(rel('Tesla will rely more heavily on Nvidia and AMD for training.', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'Tesla'],
      ['AMD', 'Tesla'],
    ]);
  });

  it('when a chip is used for an organization (用于百度…), then the organization uses it', () => {
    expect(rel('昆仑芯推出P800芯片，其P800芯片已用于百度文心大模型的训练。', 'USES')).toEqual([['Baidu', 'Kunlun P800']]);
  });

  it('when one foundry makes one chip and another foundry the next, then each makes only its own', () => {
    expect(rel('TSMC will manufacture the AI5, and Samsung signed a contract to produce the AI6.', 'MANUFACTURES')).toEqual([
      ['TSMC', 'AI5'],
      ['Samsung', 'AI6'],
    ]);
  });
});

describe('SUPPLIES by a foundry with no chip named, by a unit written after its parent, and not to a peer', () => {
  it('when a foundry makes unnamed chips for a customer (为X代工芯片), then it supplies the customer', () => {
    expect(rel('中芯国际为百度代工7纳米芯片。', 'SUPPLIES')).toEqual([['SMIC', 'Baidu']]);
  });
  it('when a parent is written right before its unit (百度昆仑芯), then the unit is the subject', () => {
    expect(rel('据悉，百度昆仑芯已向中国联通供货。', 'SUPPLIES')).toEqual([['Kunlunxin', 'China Unicom']]);
  });
  it('when a supplier becomes one more supplier after a peer (继X之后), then the peer is no customer', () => {
    expect(rel('美光已开始向英伟达供货，成为继三星之后的又一家供应商。', 'SUPPLIES')).toEqual([['Micron', 'NVIDIA']]);
  });
});

describe('SUPPLIES with "supply A with" and to companies "such as"', () => {
  it('when a supplier will supply a customer with capacity, then it supplies the customer', () => {
    expect(rel('CoreWeave will supply Mistral AI with 20 megawatts of computing capacity.', 'SUPPLIES')).toEqual([
      ['CoreWeave', 'Mistral AI'],
    ]);
  });
  it('when a company is a supplier of chips to companies such as A and B, then it supplies each', () => {
    expect(rel('Cambricon has become a key supplier of AI chips to internet companies such as Baidu and Tencent.', 'SUPPLIES')).toEqual([
      ['Cambricon', 'Baidu'],
      ['Cambricon', 'Tencent'],
    ]);
  });
});

describe('SUPPLIES by a share of revenue, and never between a unit and its parent', () => {
  it("when a customer accounted for a share of a supplier's revenue, then the supplier supplies it", () => {
    expect(rel('Groq disclosed that Humain, a Saudi AI company, accounted for 40% of its revenue.', 'SUPPLIES')).toEqual([
      ['Groq', 'Humain'],
    ]);
    expect(rel('腾讯贡献了寒武纪30%的营收。', 'SUPPLIES')).toEqual([['Cambricon', 'Tencent']]);
  });
  it('when a parent is written right before its unit in a partnership, then the parent is no partner of its unit', () => {
    const pairs = rel('亚马逊AWS与Anthropic合作打造新的算力集群。', 'PARTNERS_WITH');
    expect(pairs).toContainEqual(['Anthropic', 'AWS']);
    expect(pairs).not.toContainEqual(['Amazon', 'AWS']);
  });
});

describe('USES in its own data centers', () => {
  it('when a company plans to use chips in its (其) data centers, then it uses them', () => {
    expect(rel('Meta正与谷歌洽谈，计划在其数据中心使用TPU。', 'USES')).toEqual([['Meta', 'TPU']]);
  });
});

describe('SUPPLIES by every listed subject', () => {
  it('when two suppliers, described together, both supply a customer, then each supplies it', () => {
    expect(rel('Micron and Samsung, the two memory makers, both supply HBM to AMD.', 'SUPPLIES')).toEqual([
      ['Micron', 'AMD'],
      ['Samsung', 'AMD'],
    ]);
  });
});

describe('SUPPLIES to a customer that signed on as one of the first', () => {
  it('when a company signed on as one of "its" first customers, then the company named before supplies it', () => {
    expect(
      rel('Tenstorrent will ship its first server chip next year, and Meta has signed on as one of its first customers.', 'SUPPLIES'),
    ).toEqual([['Tenstorrent', 'Meta']]);
  });
});

describe('no SUPPLIES when buying is hard', () => {
  it('when a company finds it hard to buy (难以采购) a supplier’s GPUs, then there is no supply', () => {
    expect(rel('科大讯飞被列入实体清单，因此难以采购英伟达的高端GPU。', 'SUPPLIES')).toEqual([]);
  });
});

describe('SUPPLIES after batch5: a priced purchase, an entrusted foundry, "it" before a verb, a relative "whose"', () => {
  it('when a company buys goods worth a sum from a supplier, then the supplier supplies it', () => {
    expect(rel('Nebius said it would buy servers and networking gear worth about $2 billion from Dell.', 'SUPPLIES')).toEqual([
      ['Dell', 'Nebius'],
    ]);
  });
  it('when chips are entrusted to a foundry for production (交由X生产), then the foundry supplies the designer', () => {
    expect(rel('世芯的芯片主要交由台积电以先进制程生产。', 'SUPPLIES')).toEqual([['TSMC', 'Alchip']]);
  });
  it('when "it" opens a clause after a time phrase, then it stands for the company named before', () => {
    expect(
      rel('Microsoft has signed several such deals. In May it agreed to buy capacity worth $3 billion from CoreWeave.', 'SUPPLIES'),
    ).toEqual([['CoreWeave', 'Microsoft']]);
  });
  it('when a relative clause opens with "whose", then its verb belongs to the name before it', () => {
    expect(rel('Microsoft competes with Amazon for OpenAI, whose models run on Azure.', 'USES')).toEqual([['OpenAI', 'Azure']]);
  });
  it('when "open-source" is written, then "source" is no verb of buying', () => {
    expect(rel('RISC-V is an open-source architecture that offers an alternative to those from Arm and AMD.', 'SUPPLIES')).toEqual([]);
  });
});

describe('SUPPLIES by a possessor naming its customer', () => {
  it('when a company is "Y\'s largest customer" (copula or apposition), then Y supplies it, in that direction', () => {
    expect(rel("Microsoft is Nvidia's largest customer.", 'SUPPLIES')).toEqual([['NVIDIA', 'Microsoft']]);
    expect(rel("Microsoft, Nvidia's largest customer, accounted for 19% of its revenue.", 'SUPPLIES')).toEqual([['NVIDIA', 'Microsoft']]);
    expect(rel("Microsoft is not Nvidia's largest customer.", 'SUPPLIES')).toEqual([]);
    expect(rel('微软是英伟达最大的客户。', 'SUPPLIES')).toEqual([['NVIDIA', 'Microsoft']]);
    expect(rel('微軟是輝達最大的客戶。', 'SUPPLIES')).toEqual([['NVIDIA', 'Microsoft']]);
  });

  it('when a company makes a chip "with X as its first customer" (or "as lead customer"), then it supplies X', () => {
    expect(rel('Arm will also make its own chip, with Meta as its first customer.', 'SUPPLIES')).toEqual([['Arm', 'Meta']]);
    expect(rel('Arm unveils its first in-house chip, with Meta as lead customer.', 'SUPPLIES')).toEqual([['Arm', 'Meta']]);
  });

  it('when a maker produces accelerators or processors for a customer (为X生产, 替X制造), then it supplies the customer (zh-Hans, zh-Hant)', () => {
    expect(rel('台積電以這些設備為輝達生產AI加速器，並替蘋果製造iPhone處理器。', 'SUPPLIES').sort()).toEqual([
      ['TSMC', 'Apple'],
      ['TSMC', 'NVIDIA'],
    ]);
    expect(rel('台积电替苹果制造处理器。', 'SUPPLIES')).toEqual([['TSMC', 'Apple']]);
    expect(rel('台积电认为苹果制造处理器的能力有限。', 'SUPPLIES')).toEqual([]);
  });
});

describe('Orders placed and chips named by their architecture', () => {
  it('when a buyer 向X下了…订单 (places an order with X), then X supplies it (zh-Hans, zh-Hant)', () => {
    expect(rel('OpenAI也向甲骨文下了大规模云端算力订单。', 'SUPPLIES')).toEqual([['Oracle', 'OpenAI']]);
    expect(rel('OpenAI也向甲骨文下了大規模雲端算力訂單。', 'SUPPLIES')).toEqual([['Oracle', 'OpenAI']]);
  });

  it('when a chip is said to be a product of an architecture and then 由X代工, then X makes the chip, not the architecture', () => {
    expect(rel('H200是英伟达推出的Hopper架构产品，由台积电以4纳米制程代工。', 'MANUFACTURES')).toEqual([['TSMC', 'H200']]);
    expect(rel('H200是輝達推出的Hopper架構產品，由台積電以4奈米製程代工。', 'MANUFACTURES')).toEqual([['TSMC', 'H200']]);
  });
});

describe('SUPPLIES by renting from a supplier', () => {
  it('when a customer rents or leases chips from a possessed company ("from Alphabet\'s Google"), then that company supplies it; a stake or an office bought is no supply', () => {
    expect(rel("Meta will rent tensor processing units from Alphabet's Google.", 'SUPPLIES')).toEqual([['Google', 'Meta']]);
    expect(rel('Meta leases GPU capacity from Oracle.', 'SUPPLIES')).toEqual([['Oracle', 'Meta']]);
    expect(rel('Meta bought a stake from SoftBank.', 'SUPPLIES')).toEqual([]);
    expect(rel('Meta bought office space from Oracle.', 'SUPPLIES')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('USES: passives, what a site is built with, chips stockpiled or supplied', () => {
  it('when a chip is used by a company in a passive (被…用于, 由…使用), then that company uses it', () => {
    expect(rel('Rebellions的ATOM处理器已被KT Cloud用于其NPU云服务。', 'USES')).toEqual([['KT Cloud', 'ATOM']]);
    expect(rel('目前上線的Trainium晶片多數由Anthropic使用。', 'USES')).toEqual([['Anthropic', 'Trainium']]);
    // (A product of the agent adopts it: 被AMD的MI350系列采用 is no use by AMD of the chip named before.)
    expect(rel('美光的HBM3E已用于英伟达的GB300，并被AMD的MI350系列采用。', 'USES').filter(([s]) => s === 'AMD')).toEqual([]);
  });

  it('when a company builds with a chip (以…建置, 基于…部署), then it uses the chip', () => {
    expect(rel('鴻海宣布以輝達GB200伺服器，在高雄建置算力中心。', 'USES')).toEqual([['Foxconn', 'GB200']]);
  });

  it('when a company stockpiles chips, or a chip is supplied to it, then it uses them (and their maker supplies it)', () => {
    expect(rel("ByteDance stockpiled Nvidia's A100 and H100 processors last year.", 'USES')).toEqual([
      ['ByteDance', 'A100'],
      ['ByteDance', 'H100'],
    ]);
    expect(rel("ByteDance stockpiled Nvidia's A100 and H100 processors last year.", 'SUPPLIES')).toEqual([['NVIDIA', 'ByteDance']]);
    expect(rel('FuriosaAI agreed to supply its RNGD accelerator to LG AI Research.', 'USES')).toEqual([['LG AI Research', 'RNGD']]);
  });
});

// Sentences written for these tests.
describe('USES: chips carried by named makers’ products', () => {
  it('when a chip will power products from a list of makers, or goes into a maker’s product, then each maker uses it', () => {
    expect(rel('Qualcomm said the Snapdragon 8 Elite Gen 5 will also power phones from OnePlus, OPPO and Samsung.', 'USES')).toEqual([
      ['OnePlus', 'Snapdragon 8 Elite Gen 5'],
      ['OPPO', 'Snapdragon 8 Elite Gen 5'],
      ['Samsung', 'Snapdragon 8 Elite Gen 5'],
    ]);
    expect(rel("Micron's HBM3E is built into Nvidia's Blackwell platform.", 'USES')).toEqual([['NVIDIA', 'HBM3E']]);
    expect(rel('征程6系列已在理想汽车、比亚迪等车企的多款新车上搭载。', 'USES')).toEqual([
      ['Li Auto', 'Journey 6'],
      ['BYD', 'Journey 6'],
    ]);
    expect(rel("BYD will build its next cars around Nvidia's DRIVE Thor computer.", 'USES')).toEqual([['BYD', 'DRIVE Thor']]);
    expect(rel('FuriosaAI的RNGD晶片已獲LG AI Research採用。', 'USES')).toEqual([['LG AI Research', 'RNGD']]);
  });

  it('when the chip is not said to go into the products, then no maker uses it', () => {
    expect(rel('Qualcomm said the Snapdragon 8 Elite Gen 5 will not power phones from OnePlus.', 'USES')).toEqual([]);
  });
});

// Sentences written for these tests.
describe("SUPPLIES: customers ranked, buyers of a chip, parts used in a customer's chips", () => {
  it("when a foundry's top customers are listed, or customers are ranked among its customers, then it supplies each", () => {
    expect(rel('台积电的前三大客户为辉达、博通与超微。', 'SUPPLIES')).toEqual([
      ['TSMC', 'NVIDIA'],
      ['TSMC', 'Broadcom'],
      ['TSMC', 'AMD'],
    ]);
    expect(rel('台積電今年營收創高。在輝達之後，博通與超微分居第二、第三大客戶。', 'SUPPLIES')).toEqual([
      ['TSMC', 'Broadcom'],
      ['TSMC', 'AMD'],
    ]);
    expect(rel("Broadcom and AMD are TSMC's second- and third-largest customers.", 'SUPPLIES')).toEqual([
      ['TSMC', 'Broadcom'],
      ['TSMC', 'AMD'],
    ]);
  });

  it("when companies are the main buyers of a chip, then the chip's maker supplies each, though the sentence does not name it", () => {
    expect(rel('字节跳动、阿里巴巴、腾讯等都是H20的主要买家。', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'ByteDance'],
      ['NVIDIA', 'Alibaba'],
      ['NVIDIA', 'Tencent'],
    ]);
    expect(rel('字節跳動、阿里巴巴等都是H20的主要買家。', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'ByteDance'],
      ['NVIDIA', 'Alibaba'],
    ]);
  });

  it("when a maker's parts are used in a customer's processors, then the maker supplies the customer, not the other way round", () => {
    expect(rel("Ibiden makes most of the package substrates used in Nvidia's top-end AI processors.", 'SUPPLIES')).toEqual([
      ['Ibiden', 'NVIDIA'],
    ]);
  });
});

// Sentences written for these tests.
describe('USES and SUPPLIES: committed to a chip, a chip sitting in vehicles, a customer lined up', () => {
  it('when carmakers have committed to a chip, then each uses it', () => {
    expect(rel('Li Auto and ZEEKR had already committed to DRIVE Thor.', 'USES')).toEqual([
      ['Li Auto', 'DRIVE Thor'],
      ['Zeekr', 'DRIVE Thor'],
    ]);
  });

  it('when a chip "sits in vehicles from" a carmaker, then the carmaker uses it and the chip\'s maker named supplies it', () => {
    const text = 'Earlier Nvidia car computers, notably DRIVE Orin, sit in vehicles from NIO and other Chinese brands.';
    expect(rel(text, 'USES')).toEqual([['NIO', 'DRIVE Orin']]);
    expect(rel(text, 'SUPPLIES')).toEqual([['NVIDIA', 'NIO']]);
  });

  it('when a launch comes "with X lined up as an early customer", then the launcher supplies X', () => {
    expect(rel('MediaTek unveiled its Dimensity 9500 this week, with vivo lined up as an early customer.', 'SUPPLIES')).toEqual([
      ['MediaTek', 'vivo'],
    ]);
  });
});

describe('SUPPLIES from suppliers named with their customer, and delivery through others', () => {
  it("when companies are listed as a customer's suppliers (A、B等Y供应商, Y供应商X, X是Y供应商), then each supplies it", () => {
    expect(rel('雷川科技将通过新华三、中兴通讯等中国移动一线服务器供应商交付芯片。', 'SUPPLIES')).toEqual(
      expect.arrayContaining([
        ['H3C', 'China Mobile'],
        ['ZTE', 'China Mobile'],
      ]),
    );
    expect(rel('蘋果供應商鴻海上調了營收預期。', 'SUPPLIES')).toEqual([['Foxconn', 'Apple']]);
    expect(rel('鸿海是苹果供应商。', 'SUPPLIES')).toEqual([['Foxconn', 'Apple']]);
  });

  it('when a company delivers or sells through others (通过A、B交付), then it supplies them; obtaining compute through one is buying from it', () => {
    expect(rel('雷川科技将通过新华三、中兴通讯等服务器厂商交付芯片。', 'SUPPLIES')).toEqual([
      ['雷川科技', 'H3C'],
      ['雷川科技', 'ZTE'],
    ]);
    expect(rel('雷川科技通过澜算科技取得算力。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
  });
});

describe('SUPPLIES in more supply-chain wordings', () => {
  it('when goods come from, are provided by, or are supplied by a company, then it supplies the subject', () => {
    expect(rel('雷川科技的HBM主要来自SK海力士。', 'SUPPLIES')).toEqual([['SK hynix', '雷川科技']]);
    expect(rel('雷川科技的算力由澜算科技提供。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel("Helio Systems' servers use processors supplied by Intel.", 'SUPPLIES')).toEqual([['Intel', 'Helio Systems']]);
  });

  it('when a company delivers to, enters the supply chain of, or is adopted by another, then it supplies it', () => {
    expect(rel('澜算科技向雷川科技交付首批芯片。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel('澜算科技的芯片已进入雷川科技的供应链。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel('澜算科技打入雷川科技供应链。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel('澜算科技獲雷川科技採用。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
    expect(rel('雷川科技采用澜算科技的光模块。', 'SUPPLIES')).toEqual([['澜算科技', '雷川科技']]);
  });

  it("when a company's chips power another's servers, or it supplies goods for another's products, then it supplies that company", () => {
    expect(rel("Intel's processors power Helio Systems' new servers.", 'SUPPLIES')).toEqual([['Intel', 'Helio Systems']]);
    expect(rel("SK hynix is the sole supplier of HBM for Helio Systems' accelerators.", 'SUPPLIES')).toEqual([
      ['SK hynix', 'Helio Systems'],
    ]);
    expect(rel('Helio Systems picked Intel to supply its servers.', 'SUPPLIES')).toEqual([['Intel', 'Helio Systems']]);
  });

  it('when testing or a negation is said, then no supply is made up', () => {
    expect(rel('澜算科技尚未进入雷川科技的供应链。', 'SUPPLIES')).toEqual([]);
  });
});

// Sentences written for these tests.
describe('SUPPLIES: suppliers named as such, customers listed, clouds that host', () => {
  it("when a company is another's supplier by a possessive, or in apposition, then it supplies the possessor (en)", () => {
    expect(rel("Samsung, the world's largest memory maker, is Nvidia's main HBM supplier.", 'SUPPLIES')).toEqual([['Samsung', 'NVIDIA']]);
    expect(
      rel("SK hynix, a memory maker and the main supplier of high-bandwidth memory for Nvidia's GPUs, expects growth.", 'SUPPLIES'),
    ).toEqual([['SK hynix', 'NVIDIA']]);
    expect(rel("Samsung is TSMC's biggest rival.", 'SUPPLIES')).toEqual([]);
  });

  it("when customers are listed among a company's customers (在X的客户中，以A、B…), or orders are released to a supplier (对X释单), then the company supplies them (zh-Hant)", () => {
    expect(rel('在緯創的客戶中，以微軟、Meta與戴爾（Dell）拉貨最積極。', 'SUPPLIES')).toEqual([
      ['Wistron', 'Microsoft'],
      ['Wistron', 'Meta'],
      ['Wistron', 'Dell'],
    ]);
    expect(rel('Google擴大對IC設計大廠聯發科（2454）釋單，訂單量暴增一倍。', 'SUPPLIES')).toEqual([['MediaTek', 'Google']]);
  });

  it("when a company runs its infrastructure on a provider's cloud (架在AWS上), then the provider supplies it (zh-Hant, zh-Hans)", () => {
    expect(rel('新創公司雲策科技將基礎設施架在AWS上。', 'SUPPLIES')).toEqual([['AWS', '雲策科技']]);
    expect(rel('云策科技把书架放在仓库里，和AWS无关。', 'SUPPLIES')).toEqual([]);
  });
});

describe('USES: more verbs of use', () => {
  it('when a company switches to (改用), draws on (动用) a chip, or is "a user of" it, then it uses the chip (zh-Hant, en)', () => {
    expect(rel('生成式影片新創Decart也表示，改用Trainium3後推論速度快了4倍。', 'USES')).toEqual([['Decart', 'Trainium3']]);
    expect(rel('Anthropic動用了逾50萬顆Trainium2晶片訓練新模型。', 'USES')).toEqual([['Anthropic', 'Trainium2']]);
    expect(rel('KT, another Korean telecom operator, is an early backer and a user of ATOM in its cloud.', 'USES')).toEqual([
      ['KT', 'ATOM'],
    ]);
  });
});

describe('SUPPLIES: customers and suppliers named as such, in more shapes', () => {
  it('when a company\'s customers "are" a list, customers "rank among" its largest, or a supplier is the possessor\'s in apposition, then it supplies them (en)', () => {
    expect(
      rel("Zentrix's three existing customers for the custom chips it calls XPUs are Google, Meta and ByteDance.", 'SUPPLIES'),
    ).toEqual([
      ['Zentrix', 'Google'],
      ['Zentrix', 'Meta'],
      ['Zentrix', 'ByteDance'],
    ]);
    expect(rel("Microsoft and Google both rank among Nvidia's largest customers.", 'SUPPLIES')).toEqual([
      ['NVIDIA', 'Microsoft'],
      ['NVIDIA', 'Google'],
    ]);
    expect(rel("Analysts expect SK hynix, Nvidia's main HBM supplier, to provide most of the memory.", 'SUPPLIES')).toEqual([
      ['SK hynix', 'NVIDIA'],
    ]);
  });

  it("when a company is introduced as a supplier (作为X的供应商之一), customers pull goods from it (向X拉货), goods are obtained from it (向X取得) or it wins an order in a customer's procurement, then it supplies them (zh-Hans, zh-Hant)", () => {
    expect(rel('作为英伟达的核心供应商之一，工业富联当日收涨9.2%。', 'SUPPLIES')).toEqual([['Foxconn Industrial Internet', 'NVIDIA']]);
    expect(rel('其中以微軟與戴爾（Dell）向緯創拉貨最為積極。', 'SUPPLIES')).toEqual([
      ['Wistron', 'Microsoft'],
      ['Wistron', 'Dell'],
    ]);
    expect(rel('Anthropic宣布將向Google取得最多100萬顆TPU。', 'SUPPLIES')).toEqual([['Google', 'Anthropic']]);
    expect(rel('今年8月，昆仑芯还在中国移动的推理服务器集中采购中拿下十亿元级订单。', 'SUPPLIES')).toEqual([['Kunlunxin', 'China Mobile']]);
  });
});

describe('SUPPLIES: 认为 is no copula', () => {
  it("when a sentence says someone believes (认为) A and B are its main customers, or C is D's supplier, then the copula is 是, not the 为 of 认为 (zh-Hans)", () => {
    expect(rel('中际旭创二季度需求以800G为主，业内普遍认为英伟达和谷歌是其主要客户。', 'SUPPLIES')).toEqual([
      ['InnoLight', 'NVIDIA'],
      ['InnoLight', 'Google'],
    ]);
    expect(rel('分析师认为三星是苹果的主要供应商。', 'SUPPLIES')).toEqual([['Samsung', 'Apple']]);
  });
});

describe('SUPPLIES: a deal to provide', () => {
  it('when a company signed an agreement with another to provide capacity, then it supplies the other; the list under 旗下 goes on with the last clause that opens with a name', () => {
    expect(
      rel(
        'In January Cerebras signed a multi-year agreement with OpenAI, worth more than $10 billion, to provide 750 megawatts of computing capacity.',
        'SUPPLIES',
      ),
    ).toEqual([['Cerebras', 'OpenAI']]);
    expect(rel('阿里巴巴发布了真武芯片，百度则早已向外部客户销售芯片，并计划推动旗下芯片公司昆仑芯尽快上市。', 'SUBSIDIARY_OF')).toEqual([
      ['Kunlunxin', 'Baidu'],
    ]);
  });
});

describe('SUPPLIES: the buyers of the company a relative clause describes', () => {
  it('when buyers are named of a company described by a relative clause that names another (被视为X挑战者的Y), then Y supplies them (zh-Hant)', () => {
    expect(ruleRel('至於被視為輝達主要挑戰者的超微，其MI450架構AI伺服器預定第四季出貨，Meta與微軟都是主要買家。', 'SUPPLIES')).toEqual([
      ['AMD', 'Meta'],
      ['AMD', 'Microsoft'],
    ]);
  });
});

describe('SUPPLIES: goods that go into a list of customers’ products', () => {
  it('when a supplier’s goods 打进…包括A的X处理器、B的Y处理器和C的Z芯片, then it supplies each owner, however long the list (zh-Hans, zh-Hant)', () => {
    const expected = [
      ['ASE', 'AMD'],
      ['ASE', 'NVIDIA'],
      ['ASE', 'Broadcom'],
    ];
    expect(
      rel('日月光的封装技术已打进多项关键产品，包括超微的Zorin服务器处理器、英伟达的Quill服务器处理器和博通的Tessel网络芯片。', 'SUPPLIES'),
    ).toEqual(expected);
    expect(
      rel('日月光的封裝技術已打進多項關鍵產品，包括超微的Zorin伺服器處理器、輝達的Quill伺服器處理器和博通的Tessel網路晶片。', 'SUPPLIES'),
    ).toEqual(expected);
  });

  it("when 客户包括 has no owner right before it, then the sentence's first company supplies them, not a name describing its people", () => {
    const zh = '回顾耐能智慧早年发展，公司由一群工程师组成团队，曾获创业基金领投，高通也参与跟投，早期客户包括腾讯、格力与华硕等。';
    const r = rel(zh, 'SUPPLIES');
    expect(r).toEqual(expect.arrayContaining([['Kneron', 'Tencent']]));
    expect(r.filter(([s]) => s === 'Qualcomm')).toEqual([]);
    const zht = '回顧耐能智慧早年發展，公司由一群工程師組成團隊，曾獲創業基金領投，高通也參與跟投，早期客戶包括騰訊、格力與華碩等。';
    expect(rel(zht, 'SUPPLIES').filter(([s]) => s === 'Qualcomm')).toEqual([]);
    // (A possessor of something else opens the sentence: the company of the clause supplies them.)
    const tw = '在輝達的挑戰者超微（AMD）方面，AMD打造的AI伺服器預定第4季出貨，客戶包括Meta與微軟等。';
    expect(rel(tw, 'SUPPLIES')).toEqual(expect.arrayContaining([['AMD', 'Meta']]));
  });

  it('when a chip 由 phones of two makers 率先采用, then each maker uses it, in both scripts', () => {
    expect(rel('天璣9500去年由vivo X300系列與OPPO Find X9系列率先採用。', 'USES')).toEqual(
      expect.arrayContaining([
        ['vivo', 'Dimensity 9500'],
        ['OPPO', 'Dimensity 9500'],
      ]),
    );
    expect(rel('天玑9500去年由vivo X300系列与OPPO Find X9系列率先采用。', 'USES')).toEqual(
      expect.arrayContaining([['vivo', 'Dimensity 9500']]),
    );
  });
  it('when a client list "includes" or customers "range from", then the company supplies each, past words that say what they are', () => {
    const en =
      'Velkor Cloud raised $250 million on Tuesday. Its client list includes the AI code editor Quillby, search startup Perplexity, Notion and Shopify.';
    expect(rel(en, 'SUPPLIES')).toEqual(
      expect.arrayContaining([
        ['Velkor Cloud', 'Perplexity'],
        ['Velkor Cloud', 'Notion'],
        ['Velkor Cloud', 'Shopify'],
      ]),
    );
    expect(rel("Teradyne's customers range from Qualcomm to Texas Instruments.", 'SUPPLIES')).toEqual(
      expect.arrayContaining([
        ['Teradyne', 'Qualcomm'],
        ['Teradyne', 'Texas Instruments'],
      ]),
    );
    expect(rel('京元电的客户名单包括英伟达与谷歌。', 'SUPPLIES')).toEqual(expect.arrayContaining([['KYEC', 'NVIDIA']]));
  });

  it('when goods are sold "to all three memory makers, A, B and C", then each listed one is a customer; one name after a comma is not', () => {
    const text =
      'FormFactor opened a plant. The company has said it now sells probe cards to all three major memory makers, SK hynix, Samsung Electronics and Micron Technology.';
    expect(rel(text, 'SUPPLIES')).toEqual(
      expect.arrayContaining([
        ['FormFactor', 'SK hynix'],
        ['FormFactor', 'Samsung'],
        ['FormFactor', 'Micron'],
      ]),
    );
    expect(rel('Velkor sells probe cards to all three memory makers, Micron said on Monday.', 'SUPPLIES')).toEqual([]);
  });
  it('when a company "becomes the primary source of" goods "for" another, then it supplies that one, not the other way', () => {
    expect(rel('Samsung becomes the primary source of HBM4 for AMD.', 'SUPPLIES')).toEqual([['Samsung', 'AMD']]);
    expect(rel('SK hynix is now the sole supplier of HBM3E to Helio Systems, people said.', 'SUPPLIES')).toContainEqual([
      'SK hynix',
      'Helio Systems',
    ]);
  });
  it('when a company 囤积 (stockpiles) chips, then it uses them (zh-Hans, zh-Hant); 借助 its own subsidiary buys nothing', () => {
    expect(rel('软银正借助旗下子公司Arm推动AI芯片自研。', 'SUPPLIES')).toEqual([]);
    const zh = '知情人士称，字节跳动在限制生效前囤积了大量英伟达芯片，包括A100和H100。';
    expect(rel(zh, 'USES')).toEqual(
      expect.arrayContaining([
        ['ByteDance', 'A100'],
        ['ByteDance', 'H100'],
      ]),
    );
    expect(rel('知情人士稱，字節跳動在限制生效前囤積了大量輝達晶片，包括A100和H100。', 'USES')).toContainEqual(['ByteDance', 'A100']);
  });
});

describe('USES and SUPPLIES when the verb names no chip', () => {
  it('when customers "use the chips" of the sentence before, then each uses the story’s chip and its maker supplies each', () => {
    const text = 'Qualcomm says the Snapdragon X Elite is its fastest PC chip. Laptops from Dell, Lenovo and Acer use the chips.';
    expect(rel(text, 'SUPPLIES')).toEqual(
      expect.arrayContaining([
        ['Qualcomm', 'Dell'],
        ['Qualcomm', 'Lenovo'],
        ['Qualcomm', 'Acer'],
      ]),
    );
    // ("for its own use" is a noun: nothing is used.)
    expect(rel('Microsoft has backed Korvane since 2021 and said it would evaluate the chips for its own use.', 'USES')).toEqual([]);
  });

  it('when a list of carmakers 均已宣布将采用/均已宣布將採用 with the object left out, then each uses the chip the sentence named first', () => {
    expect(rel('英伟达的车载计算平台DRIVE Thor预计明年量产，比亚迪、小鹏和极氪均已宣布将采用。', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'BYD'],
      ['NVIDIA', 'XPeng'],
      ['NVIDIA', 'Zeekr'],
    ]);
    // (The first chip, not the core it is built with; 系列 ends a listed product line.)
    expect(rel('天璣9400搭配安謀Cortex-X925核心，vivo X200系列與OPPO Find X8系列都已搶先採用。', 'USES')).toEqual([
      ['vivo X200', 'Dimensity 9400'],
      ['OPPO Find X8', 'Dimensity 9400'],
    ]);
  });

  it('when a purchase is the alternative set aside (rather than, 而非), then it is no supply', () => {
    expect(ruleRel('Tesla is designing in-house chips for its robots rather than buying from Broadcom.', 'SUPPLIES')).toEqual([]);
    expect(ruleRel('特斯拉选择自研芯片，而非向博通采购芯片。', 'SUPPLIES')).toEqual([]);
  });
});

describe('SUPPLIES to customers listed at length, and subjects owned by a person', () => {
  it('when a company 已向A（gloss）、B（gloss）等客户提供 a chip, then it supplies each and each uses the chip', () => {
    const text = 'FuriosaAI表示，去年底起，公司已向LG AI研究院（LG AI Research）、沙特阿美（Saudi Aramco）等客户提供RNGD样片。';
    expect(rel(text, 'SUPPLIES')).toEqual([
      ['FuriosaAI', 'LG AI Research'],
      ['FuriosaAI', 'Aramco'],
    ]);
  });

  it('when a person’s company opens the sentence (埃隆·马斯克旗下的xAI…，部署了…), then the company is the clause’s user', () => {
    expect(rel('埃隆·马斯克旗下的xAI在孟菲斯建成超级计算集群，部署了10万颗英伟达H100 GPU。', 'USES')).toEqual([['xAI', 'H100']]);
  });
});

describe('USES: listed buyers of listed chips', () => {
  it('when "A, B and C were among the biggest buyers of Nvidia’s A800 and H800", then each uses each', () => {
    const uses = rel('Alibaba, Baidu and Tencent were among the biggest buyers of Nvidia’s A800 and H800.', 'USES');
    expect(uses.map(([s, o]) => `${s}>${o}`).sort()).toEqual([
      'Alibaba>A800',
      'Alibaba>H800',
      'Baidu>A800',
      'Baidu>H800',
      'Tencent>A800',
      'Tencent>H800',
    ]);
  });
});

describe('USES: a noun ending in 款 before the verb', () => {
  it('when 将在次世代车款采用X的Y, then the subject uses Y; who launches 一款搭载Y的手机 is a customer of Y', () => {
    expect(rel('丰田汽车宣布，将在次世代车款采用英伟达的DRIVE Orin平台。', 'USES')).toEqual([['Toyota', 'DRIVE Orin']]);
    expect(rel('豐田汽車宣布，將在次世代車款採用輝達的DRIVE Orin平台。', 'USES')).toEqual([['Toyota', 'DRIVE Orin']]);
    expect(rel('小米推出一款搭载骁龙8的手机。', 'USES')).toEqual([['Xiaomi', 'Snapdragon 8']]);
  });
});

describe('USES and SUPPLIES: relied on, and "a major Nvidia client"', () => {
  it('when the subject "has relied mainly on A100 processors", then it uses them', () => {
    expect(rel('Baidu has relied mainly on A100 processors to train its models.', 'USES')).toEqual([['Baidu', 'A100']]);
  });
  it('when the subject "has long been a major Nvidia client", then Nvidia supplies it; not when it is not one', () => {
    expect(ruleRel('Korvex Cloud has long been a major Nvidia client.', 'SUPPLIES')).toEqual([['NVIDIA', 'Korvex Cloud']]);
    expect(ruleRel('Korvex Cloud is an early Cerebras customer.', 'SUPPLIES')).toEqual([['Cerebras', 'Korvex Cloud']]);
    expect(ruleRel('Korvex Cloud is not a Samsung customer.', 'SUPPLIES')).toEqual([]);
  });
});

describe('SUPPLIES: a list of customers before 等…客户', () => {
  it('when A、B和C等大客户 opens a clause, then the company an earlier clause or the story is about supplies each (zh-Hans, zh-Hant)', () => {
    const sup = (t: string) =>
      ruleRel(t, 'SUPPLIES')
        .map(([s, o]) => `${s}>${o}`)
        .sort();
    expect(sup('台积电发布财报。台积电营收增长。英伟达、AMD和苹果等美国大客户不受影响。')).toEqual([
      'TSMC>AMD',
      'TSMC>Apple',
      'TSMC>NVIDIA',
    ]);
    expect(sup('台積電發布財報。台積電營收成長。輝達、AMD和蘋果等美國大客戶不受影響。')).toEqual(['TSMC>AMD', 'TSMC>Apple', 'TSMC>NVIDIA']);
    expect(sup('字节跳动发布新模型。对台积电而言，英伟达、苹果等大客户都在该工艺上量产。')).toEqual(['TSMC>Apple', 'TSMC>NVIDIA']);
  });
  it('when 隨著 opens the list, then it is no part of the first name', () => {
    const names = extractText('不過，法人認為，隨著輝達、蘋果、超微等大客戶陸續在亞利桑那投片。').entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['NVIDIA', 'Apple', 'AMD']));
    expect(names.some((n) => n.includes('隨著'))).toBe(false);
  });
});

describe('USES by the biggest buyers of a product', () => {
  it('when a company is the biggest buyer of a product (是CoWoS最大的买家), then it uses the product and its maker supplies it', () => {
    const text = '英伟达正是CoWoS最大的买家。';
    expect(rel(text, 'USES')).toEqual([['NVIDIA', 'CoWoS']]);
    expect(rel(text, 'SUPPLIES')).toEqual([['TSMC', 'NVIDIA']]);
  });
});

describe('A subsidy is no supply', () => {
  it('when a ministry 向X提供…补贴/補助/资助, then it supplies nothing to X', () => {
    expect(rel('经产省已批准向樱花互联网提供约6亿日元补贴。', 'SUPPLIES')).toEqual([]);
    expect(rel('經濟部已核准向瀾算科技提供約6億元補助。', 'SUPPLIES')).toEqual([]);
    expect(rel('基金会向澜算科技提供两千万元资助，用于芯片研发。', 'SUPPLIES')).toEqual([]);
    // (Goods provided still are.)
    expect(rel('台积电向澜算科技提供5纳米晶圆。', 'SUPPLIES')).toEqual([['TSMC', '澜算科技']]);
  });
});

describe('Devices launched with a chip, and chips a list of companies has deployed', () => {
  it('when companies 推出/發表 a device 搭载/搭載 a chip, then each uses the chip, bought from its maker named there', () => {
    const text = '宏碁、华硕和微星等厂商将陆续推出搭载锐龙AI 300的笔记本电脑，AMD预计相关设计将超过100款。';
    expect(rel(text, 'USES').map(([s]) => s)).toEqual(['Acer', 'ASUS', 'MSI']);
    expect(rel(text, 'SUPPLIES')).toEqual([
      ['AMD', 'Acer'],
      ['AMD', 'ASUS'],
      ['AMD', 'MSI'],
    ]);
    expect(rel('華碩推出搭載Snapdragon X Elite的新款筆電。', 'USES')).toEqual([['ASUS', 'Snapdragon X Elite']]);
    // (联想 and 聯想 are Lenovo.)
    expect(rel('联想推出搭载锐龙AI 300的笔记本电脑。', 'USES').map(([s]) => s)).toEqual(['Lenovo']);
    expect(rel('聯想推出搭載Snapdragon X Elite的新款筆電。', 'USES')).toEqual([['Lenovo', 'Snapdragon X Elite']]);
  });

  it('when the chip’s own maker launches a design carrying it, then it uses nothing', () => {
    expect(rel('高通推出搭载骁龙8 Gen 3的参考设计。', 'USES')).toEqual([]);
  });

  it('when a clause ends on 均已部署 after a chip named before, then each company of the clause uses that chip', () => {
    const text = '苏姿丰透露，MI300X已成为AMD增长最快的产品，微软、Meta、甲骨文等云服务商均已部署。';
    expect(rel(text, 'USES')).toEqual([
      ['Microsoft', 'MI300X'],
      ['Meta', 'MI300X'],
      ['Oracle', 'MI300X'],
    ]);
    expect(rel('蘇姿丰透露，MI300X已成為AMD成長最快的產品，微軟與甲骨文皆已部署。', 'USES')).toEqual([
      ['Microsoft', 'MI300X'],
      ['Oracle', 'MI300X'],
    ]);
    // (Not when the clause names what it deployed: then that is what it uses.)
    expect(rel('MI300X已上市，微软已部署H100。', 'USES')).toEqual([['Microsoft', 'H100']]);
  });
});

describe('Chips picked by customers, and vehicles built on a computer', () => {
  it('when chips "have been picked by A and B", then each uses them, bought from their maker; the list ends after its "and"', () => {
    const text =
      'Nvidia’s rivals are Qualcomm, whose Snapdragon Ride chips have been picked by BMW and General Motors, and Mobileye, the driver-assistance specialist.';
    expect(rel(text, 'USES')).toEqual([
      ['BMW', 'Snapdragon Ride'],
      ['General Motors', 'Snapdragon Ride'],
    ]);
    expect(rel(text, 'SUPPLIES')).toEqual([
      ['Qualcomm', 'BMW'],
      ['Qualcomm', 'General Motors'],
    ]);
  });

  it('when a carmaker "will build its next vehicles on" a computer, then it uses it; "build on its success" uses nothing', () => {
    expect(
      rel("Nvidia said Toyota will build its next generation of vehicles on the chipmaker's DRIVE AGX Orin computer.", 'USES'),
    ).toEqual([['Toyota', 'DRIVE Orin']]);
    expect(rel('Toyota will build on its success in hybrids.', 'USES')).toEqual([]);
  });
});

describe('Hired to build, with a ticker between', () => {
  it('when a lab "has hired Hewlett Packard Enterprise (HPE.N) to build its system", then HPE supplies the lab', () => {
    expect(rel('Korvex Labs has hired Hewlett Packard Enterprise (HPE.N) to build its next supercomputer.', 'SUPPLIES')).toEqual([
      ['HPE', 'Korvex Labs'],
    ]);
  });
});
