import { rulePairs } from './helpers';

// Sentences written for these tests.
describe('a chip made on a foundry process', () => {
  it('reads the process named after the chip that ends the clause before (采用台积电3纳米制程)', () => {
    const hans = '联发科今日发表新一代手机芯片天玑9500，采用台积电第三代3纳米制程（N3P），主打端侧AI。';
    expect(rulePairs(hans, 'MANUFACTURES')).toEqual(['TSMC>Dimensity 9500']);
    const hant = '聯發科今日發表新一代手機晶片天璣9500，採用台積電第三代3奈米製程（N3P），主打端側AI。';
    expect(rulePairs(hant, 'MANUFACTURES')).toEqual(['TSMC>Dimensity 9500']);
    expect(rulePairs('微软发表第二代AI加速器Maia 200，同样以台积电3纳米制程打造。', 'MANUFACTURES')).toEqual(['TSMC>Maia 200']);
  });
  it('reads a long process description after the foundry in English', () => {
    const en = "MediaTek launched the Dimensity 9500, made on TSMC's third-generation 3nm process.";
    expect(rulePairs(en, 'MANUFACTURES')).toEqual(['TSMC>Dimensity 9500']);
  });
  it('reads "the chips" of a later clause as the chip the sentence opened with', () => {
    const hans = 'Trainium3的后段设计由设计服务厂世芯承接，芯片则在台积电生产。';
    expect(rulePairs(hans, 'MANUFACTURES')).toEqual(['TSMC>Trainium3']);
    expect(rulePairs('Trainium3的後段設計由設計服務廠世芯承接，晶片則在台積電生產。', 'MANUFACTURES')).toEqual(['TSMC>Trainium3']);
  });
  it('takes the chip before an appositive, not the one inside it', () => {
    const en =
      'The AI5 chip, successor to the AI4 processor that runs in current cars, will be manufactured by both TSMC and Samsung Electronics.';
    expect(rulePairs(en, 'MANUFACTURES').sort()).toEqual(['Samsung>AI5', 'TSMC>AI5']);
  });
});

describe("a group's own foundry unit", () => {
  it("fabricates the group's chip and does not design it", () => {
    const hant = 'Exynos 2600是三星推出的手機處理器，由三星晶圓代工部門生產。';
    expect(rulePairs(hant, 'MANUFACTURES')).toEqual(['Samsung Foundry>Exynos 2600']);
    const en = "The Exynos 2600, made on Samsung Foundry's 2nm process, would power Galaxy S26 phones.";
    expect(rulePairs(en, 'MANUFACTURES')).toEqual(['Samsung Foundry>Exynos 2600']);
    expect(rulePairs(en, 'DEVELOPS')).toEqual([]);
    expect(rulePairs(en, 'USES')).toEqual(['Galaxy S26>Exynos 2600']);
  });
});

describe('a possessor after a list', () => {
  it('is no item of the list before it', () => {
    const en = "The AI5 chip will be manufactured by both TSMC and Samsung Electronics, Tesla's chief executive said.";
    expect(rulePairs(en, 'SUPPLIES').sort()).toEqual(['Samsung>Tesla', 'TSMC>Tesla']);
  });
});

describe('a chip that powers a device', () => {
  it('reads an adverb and an adjective between the verb and the device', () => {
    expect(rulePairs("Qualcomm's Snapdragon 8 Elite still powers the mainstream Xiaomi 15 series.", 'USES')).toEqual([
      'Xiaomi 15>Snapdragon 8 Elite',
    ]);
  });
});
