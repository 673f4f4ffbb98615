import { rel, relWith } from './helpers';

// Sentences written for these tests, with invented companies (Helio Systems, Korvex Labs, 雷川科技, 澜算科技) beside a few real ones.
const units = (text: string) => rel(text, 'SUBSIDIARY_OF');

describe('SUBSIDIARY_OF battery: English units named with their parents', () => {
  it('when "the chip unit of Y, X," opens the sentence, then X is a unit of Y; a list after "of Y" names no unit', () => {
    expect(units('The chip unit of Alibaba, T-Head, released a new processor.')).toEqual([['T-Head', 'Alibaba']]);
    expect(units('Helio signed deals with the cloud unit of Alibaba, Tencent and Baidu.')).toEqual([]);
  });

  it('when "X, a Y subsidiary," or "X (a Y subsidiary)" is written, then X is a unit of Y; a Y customer is not', () => {
    expect(units('Korvex Labs, a Helio Systems subsidiary, makes AI accelerators.')).toEqual([['Korvex Labs', 'Helio Systems']]);
    expect(units('Korvex Labs (a Helio Systems subsidiary) makes AI accelerators.')).toEqual([['Korvex Labs', 'Helio Systems']]);
    expect(units('Korvex Labs, a Helio Systems customer, makes AI accelerators.')).toEqual([]);
  });

  it('when "Y said its chip unit X" is written, then X is a unit of Y', () => {
    expect(units('Helio Systems said its chip unit Korvex Labs would build the chips.')).toEqual([['Korvex Labs', 'Helio Systems']]);
  });

  it('when a multi-word owner is written before -owned, then what follows is its unit; not past a clause break, not "state-owned"', () => {
    expect(units('Helio Systems-owned Korvex Labs makes AI accelerators.')).toEqual([['Korvex Labs', 'Helio Systems']]);
    expect(units('The SoftBank-controlled company makes chips; Samsung-owned Harman sells audio gear.')).toEqual([['Harman', 'Samsung']]);
    expect(units('Nvidia partnered with state-owned China Mobile.')).toEqual([]);
  });

  it('when X "operates as a subsidiary of" Y, then X is a unit of Y', () => {
    expect(units('Korvex Labs operates as a subsidiary of Helio Systems.')).toEqual([['Korvex Labs', 'Helio Systems']]);
  });

  it('when "X, Y\'s venture fund," stands in a list of investors, then X is Y\'s unit, not the next name of the list', () => {
    expect(
      units("Existing investors including M12, Microsoft's venture fund, Nautilus Venture Partners and Mirae Asset put in more money."),
    ).toEqual([['M12', 'Microsoft']]);
  });
});

describe('SUBSIDIARY_OF battery: parents named first and owners before a unit name', () => {
  it('when "Y, the parent of X" or "X\' parent Y" is written, then X is a unit of Y', () => {
    expect(units('Helio Systems, the parent of Korvex Labs, reported earnings.')).toEqual([['Korvex Labs', 'Helio Systems']]);
    expect(units("Korvex Labs' parent Helio Systems reported earnings.")).toEqual([['Korvex Labs', 'Helio Systems']]);
  });

  it('when "a unit of Japan\'s Y" puts a country before the parent, then the unit is still Y\'s', () => {
    expect(units("Korvex Labs is a unit of Japan's Helio Systems.")).toEqual([['Korvex Labs', 'Helio Systems']]);
  });

  it('when "Y\'s X unit" names the unit before the noun, then X is a unit of Y', () => {
    expect(units("Helio Systems' Korvex Labs unit makes chips.")).toEqual([['Korvex Labs', 'Helio Systems']]);
  });
});

describe('SUBSIDIARY_OF battery: Chinese units named with their parents (zh-Hans, zh-Hant)', () => {
  it('when the parent stands in brackets after the unit (A（B全资子公司）, A（B旗下）), then A is a unit of B; a customer in brackets is not', () => {
    expect(units('澜算科技（雷川科技全资子公司）发布了新芯片。')).toEqual([['澜算科技', '雷川科技']]);
    expect(units('澜算科技（雷川科技旗下）發布了新晶片。')).toEqual([['澜算科技', '雷川科技']]);
    expect(units('澜算科技（雷川科技的客户）发布了新芯片。')).toEqual([]);
  });

  it('when A隶属于B (隸屬於), then A is a unit of B; not when it no longer is', () => {
    expect(units('澜算科技隶属于雷川科技。')).toEqual([['澜算科技', '雷川科技']]);
    expect(units('澜算科技隸屬於雷川科技。')).toEqual([['澜算科技', '雷川科技']]);
    expect(units('澜算科技不再隶属于雷川科技。')).toEqual([]);
  });

  it('when B旗下 is followed by a description ending in 机构/平台/团队, then the name after it is the unit', () => {
    expect(units("今年7月，沙特阿美旗下风险投资机构Wa'ed Ventures向Rebellions投资1500万美元。")).toEqual([["Wa'ed Ventures", 'Aramco']]);
  });

  it("when 旗下 opens a sentence after a connective (其中，旗下 / 至于旗下), then the unit is the story's company's", () => {
    expect(units('雷川科技发布新芯片。其中，旗下澜算科技负责设计。')).toEqual([['澜算科技', '雷川科技']]);
    expect(units('雷川科技發布新晶片。至於旗下澜算科技的量產時程，目前仍規劃在明年。')).toEqual([['澜算科技', '雷川科技']]);
  });
});

const deals = (text: string) => relWith(text, 'ACQUIRES', 'status');

describe('ACQUIRES battery: how a purchase is told and its status', () => {
  it('when the target was acquired by the buyer (was acquired by, 已被/去年被…收购), then the deal is completed; "is being acquired" is not yet', () => {
    expect(deals('Korvex Labs was acquired by Helio Systems in 2023.')).toEqual([['Helio Systems', 'Korvex Labs', 'completed']]);
    expect(deals('Korvex Labs is being acquired by Helio Systems.')).toEqual([['Helio Systems', 'Korvex Labs', 'announced']]);
    expect(deals('澜算科技已被雷川科技收购。')).toEqual([['雷川科技', '澜算科技', 'completed']]);
    expect(deals('澜算科技去年被雷川科技收購。')).toEqual([['雷川科技', '澜算科技', 'completed']]);
  });

  it('when a target is described and then "later acquired by" a buyer, then the buyer acquired it', () => {
    expect(
      deals('He had worked at Broadcom and then at Inphi, the data-center connectivity firm later acquired by Marvell Technology.'),
    ).toEqual([['Marvell', 'Inphi', 'completed']]);
  });

  it('when "X, the chip designer Y bought in 2015" leaves out the relative pronoun, then Y acquired X', () => {
    expect(deals('The chips are designed by Annapurna Labs, the Israeli chip designer Amazon bought in 2015.')).toEqual([
      ['Amazon', 'Annapurna Labs', 'completed'],
    ]);
  });

  it('when a purchase is dated in the past before the target (去年收购的X), then it is completed', () => {
    expect(deals('雷川科技去年收购的澜算科技发布了新芯片。')).toEqual([['雷川科技', '澜算科技', 'completed']]);
  });

  it('when a buyer 洽购 a company or will 买下对方 after talks with it, then it considers buying it (zh-Hant, zh-Hans)', () => {
    expect(deals('英特爾傳以16億美元洽購AI晶片新創SambaNova。')).toEqual([['Intel', 'SambaNova', 'considering']]);
    expect(deals('雷川科技正与澜算科技进行深入谈判，拟以约16亿元买下对方。')).toEqual([['雷川科技', '澜算科技', 'considering']]);
  });

  it('when a company turns down or receives a takeover offer, then the bidder considered buying it; an offer denied is none', () => {
    expect(deals('FuriosaAI rejected Meta’s $800 million takeover offer.')).toEqual([['Meta', 'FuriosaAI', 'considering']]);
    expect(deals('FuriosaAI拒絕了Meta開出的8億美元收購提議。')).toEqual([['Meta', 'FuriosaAI', 'considering']]);
    expect(deals('Korvex Labs turned down an acquisition offer from Helio Systems.')).toEqual([
      ['Helio Systems', 'Korvex Labs', 'considering'],
    ]);
    expect(deals('Helio Systems launched a hostile takeover bid for Korvex Labs.')).toEqual([
      ['Helio Systems', 'Korvex Labs', 'considering'],
    ]);
    expect(deals('雷川科技向澜算科技提出收购要约。')).toEqual([['雷川科技', '澜算科技', 'considering']]);
    expect(deals('Korvex Labs said Helio Systems had made no takeover offer.')).toEqual([]);
  });

  it('when a majority or controlling stake is bought, then the buyer acquires the company; a 10% stake is only an investment', () => {
    expect(deals('Helio Systems acquired a controlling stake in Korvex Labs.')).toEqual([['Helio Systems', 'Korvex Labs', 'completed']]);
    expect(deals('Helio Systems bought a 10% stake in Korvex Labs.')).toEqual([]);
  });

  it('when a buyer "snapped up" a company or 入主 it, then it acquires it', () => {
    expect(deals('Helio Systems snapped up Korvex Labs for $400 million.')).toEqual([['Helio Systems', 'Korvex Labs', 'completed']]);
    expect(deals('雷川科技以5亿元入主澜算科技。')).toEqual([['雷川科技', '澜算科技', 'announced']]);
  });
});

describe('ACQUIRES battery: sales, passives with 由, opening participles', () => {
  it('when a company is sold to a buyer (sold X to Y, was sold to Y, sell itself to Y, 将X出售给Y), then the buyer acquires it', () => {
    expect(deals('Zentra AI sold Korvex Labs to Helio Systems.')).toEqual([['Helio Systems', 'Korvex Labs', 'completed']]);
    expect(deals('Korvex Labs was sold to Helio Systems in 2022.')).toEqual([['Helio Systems', 'Korvex Labs', 'completed']]);
    expect(deals('Korvex Labs agreed to sell itself to Helio Systems.')).toEqual([['Helio Systems', 'Korvex Labs', 'announced']]);
    expect(deals('雷川科技将澜算科技出售给澜海集团。')).toEqual([['澜海集团', '澜算科技', 'announced']]);
  });

  it('when a stake or chips are sold to a buyer, then no company is acquired', () => {
    expect(deals('Zentra AI sold its stake in Korvex Labs to Helio Systems.')).toEqual([]);
    expect(deals("Nvidia's H20 chips were sold to Alibaba.")).toEqual([]);
    expect(deals('Nvidia sold to Microsoft more chips than ever.')).toEqual([]);
    expect(deals('雷川科技将芯片卖给澜海集团。')).toEqual([]);
  });

  it('when X已由Y收购 or Y将X收入囊中, then Y acquires X', () => {
    expect(deals('澜算科技已由雷川科技收购。')).toEqual([['雷川科技', '澜算科技', 'completed']]);
    expect(deals('雷川科技将澜算科技收入囊中。')).toEqual([['雷川科技', '澜算科技', 'announced']]);
  });

  it('when "After acquiring X, Y…" opens the sentence, then Y acquired X; "will be bought by" is not yet completed', () => {
    expect(deals('After acquiring Korvex Labs, Helio Systems expanded its lineup.')).toEqual([
      ['Helio Systems', 'Korvex Labs', 'completed'],
    ]);
    expect(deals('Korvex Labs will be bought by Helio Systems for $1 billion.')).toEqual([['Helio Systems', 'Korvex Labs', 'announced']]);
  });
});

describe('ACQUIRES battery: goods, plants and businesses bought are no takeover', () => {
  it("when a company's chips, plant or business are bought, then the company itself is not acquired", () => {
    expect(deals("Helio Systems bought Korvex Labs' chips.")).toEqual([]);
    expect(deals("Helio Systems bought Korvex Labs' Austin plant.")).toEqual([]);
    expect(deals("Helio Systems agreed to buy Korvex Labs' networking business.")).toEqual([]);
    expect(deals('雷川科技以28億元買下澜算科技竹南廠。')).toEqual([]);
  });

  it('when products are bought before another company is named, then that company is no target', () => {
    expect(
      deals(
        "Marvell said it had issued Amazon warrants linked to the cloud company's future purchases of Photonic Fabric products, and AWS publicly backed the transaction.",
      ),
    ).toEqual([]);
  });

  it('when a buyer acquires a company to grow a business, or buys from it, then the goods words do not undo the takeover', () => {
    expect(deals('雷川科技收购澜算科技以扩大芯片业务。')).toEqual([['雷川科技', '澜算科技', 'announced']]);
    expect(deals('Helio Systems bought chips from Korvex Labs.')).toEqual([]);
    expect(deals('Helio Systems declined to buy Korvex Labs.')).toEqual([]);
  });
});
