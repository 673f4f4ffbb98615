import { rel } from './helpers';

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
