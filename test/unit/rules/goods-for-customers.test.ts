import { rel, ruleRel } from './helpers';

// Sentences written for these tests.
describe("SUPPLIES: a supplier's goods for a customer's product, named supplier roles and supply deals", () => {
  it("when a supplier's part goes into another company's chip, then the supplier supplies that company", () => {
    expect(rel('美光称，其HBM3E已用于英伟达的GB300平台。', 'SUPPLIES')).toEqual([['Micron', 'NVIDIA']]);
    expect(rel('日月光的封裝技術已打進多項產品，包括輝達的Vera處理器與博通的Tomahawk晶片。', 'SUPPLIES')).toEqual([
      ['ASE', 'NVIDIA'],
      ['ASE', 'Broadcom'],
    ]);
    expect(rel("Samsung said its HBM4 for Nvidia's Vera Rubin platform had entered mass production.", 'SUPPLIES')).toEqual([
      ['Samsung', 'NVIDIA'],
    ]);
    expect(rel("SK hynix will supply the memory for AMD's next accelerator.", 'SUPPLIES')).toEqual([['SK hynix', 'AMD']]);
    expect(rel('Marvell, which designs custom AI silicon for Microsoft, reported results on Tuesday.', 'SUPPLIES')).toEqual([
      ['Marvell', 'Microsoft'],
    ]);
  });

  it('when what is made for the other is no goods, or the part is denied, then there is no supply', () => {
    expect(rel('Its new design makes Groq a serious challenger to Nvidia, whose processors lead the market.', 'SUPPLIES')).toEqual([]);
    expect(rel('Intel built a new campus for Microsoft engineers.', 'SUPPLIES')).toEqual([]);
    expect(rel('美光的HBM3E并未用于英伟达的GB300平台。', 'SUPPLIES')).toEqual([]);
  });

  it('when a company is named a supplier for, or the main customers of, another, then the supply is stated', () => {
    expect(rel("Samsung will be the primary HBM4 supplier for AMD's MI455X.", 'SUPPLIES')).toEqual([['Samsung', 'AMD']]);
    expect(rel('矽品的新廠啟用時，主要客戶輝達也派人出席。', 'SUPPLIES')).toEqual([['SPIL', 'NVIDIA']]);
    expect(rel('在超微方面，新伺服器將在年底出貨，Meta與微軟都是主要採購者。', 'SUPPLIES')).toEqual([
      ['AMD', 'Meta'],
      ['AMD', 'Microsoft'],
    ]);
  });

  it('when a supply deal is named with the other party, then the chip vendor of the two supplies the other', () => {
    expect(rel('Micron, which grew on the back of its supply relationship with Nvidia, raised its forecast.', 'SUPPLIES')).toEqual([
      ['Micron', 'NVIDIA'],
    ]);
    expect(rel('Oracle has a supply agreement with AMD for its new cluster.', 'SUPPLIES')).toEqual([['AMD', 'Oracle']]);
    expect(rel('特斯拉与三星签订了芯片供货协议。', 'SUPPLIES')).toEqual([['Samsung', 'Tesla']]);
  });
});

describe('SUPPLIES: a foundry and the designer of what it makes, orders placed and purchase contracts', () => {
  it("when a foundry makes a designer's chip, then it supplies the designer", () => {
    expect(rel('Rebellions的ATOM推理芯片由三星晶圆代工生产。', 'SUPPLIES')).toEqual([['Samsung Foundry', 'Rebellions']]);
    expect(rel("Samsung Electronics will manufacture Tesla's next-generation AI6 chip in Texas.", 'SUPPLIES')).toEqual([
      ['Samsung', 'Tesla'],
    ]);
  });

  it('when a company places an order with another or signs a purchase contract with it, then the other supplies it', () => {
    expect(rel('Nvidia had placed an order with contract chipmaker TSMC for 300,000 H20 chipsets.', 'SUPPLIES')).toEqual([
      ['TSMC', 'NVIDIA'],
    ]);
    expect(rel('OpenAI已与甲骨文签订规模约3000亿美元的云算力采购合同。', 'SUPPLIES')).toEqual([['Oracle', 'OpenAI']]);
  });
});

describe('MANUFACTURES without a verb of making, and chips ordered from a foundry', () => {
  it("when a chip takes a foundry's process, a foundry is called a chip's foundry, or a designer relies on a foundry, then the foundry makes the chip", () => {
    expect(rel('天璣8500則採台積電4奈米製程，主打高能效。', 'MANUFACTURES')).toEqual([['TSMC', 'Dimensity 8500']]);
    expect(rel('中芯國際正是昇騰晶片的主要代工廠。', 'MANUFACTURES')).toEqual([['SMIC', 'Ascend']]);
    expect(rel('昇騰系列由華為旗下海思設計，目前主要仰賴中芯國際代工生產。', 'MANUFACTURES')).toEqual([['SMIC', 'Ascend']]);
  });

  it('when chips are ordered from a foundry, then it makes them; ordered from a chip vendor, it does not', () => {
    expect(rel('英伟达已向台积电追加订购30万颗H20芯片。', 'MANUFACTURES')).toEqual([['TSMC', 'H20']]);
    expect(rel('Nvidia had placed an order with TSMC for 300,000 H20 chipsets.', 'MANUFACTURES')).toEqual([['TSMC', 'H20']]);
    expect(rel('字节跳动已向英伟达追加订购10万颗H20芯片。', 'MANUFACTURES')).toEqual([]);
  });
});

describe("SUPPLIES: a holder of orders for others' chips, and goods made by another", () => {
  it("when a company's orders include other companies' chips, then it supplies each owner (a cloud service named is no verb)", () => {
    // (The rule's reading: the lexicon also knows Amazon as a customer of TSMC's, named here with a word of orders.)
    expect(
      ruleRel('台積電手上的CoWoS訂單包括谷歌（Google）的TPU、亞馬遜旗下雲端服務AWS的Trainium，以及Meta的MTIA加速器。', 'SUPPLIES'),
    ).toEqual([
      ['TSMC', 'Google'],
      ['TSMC', 'AWS'],
      ['TSMC', 'Meta'],
    ]);
  });

  it('when a company’s goods are made by another ("whose GPUs are manufactured by"), then the maker supplies it', () => {
    expect(rel('Intel still trails Nvidia, whose GPUs are manufactured by TSMC.', 'SUPPLIES')).toEqual([['TSMC', 'NVIDIA']]);
  });
});

describe('SUPPLIES: customers named after "naming"', () => {
  it('when a company cites "some of its biggest customers, naming A, B and C", then it supplies each', () => {
    const t = 'Velkor Foundries Inc said the plan is backed by some of its biggest customers, naming Apple, SpaceX and General Motors.';
    expect(ruleRel(t, 'SUPPLIES')).toEqual(
      expect.arrayContaining([
        ['Velkor Foundries Inc', 'Apple'],
        ['Velkor Foundries Inc', 'SpaceX'],
        ['Velkor Foundries Inc', 'General Motors'],
      ]),
    );
  });
});
