import { rel } from './helpers';

// The relation is symmetric: compare sorted pairs.
const sorted = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();
const partners = (text: string) => sorted(rel(text, 'PARTNERS_WITH'));

describe('PARTNERS_WITH battery: joint acts of two coordinated parties', () => {
  it('when two parties collaborate, join forces or work together without "with", then they are partners', () => {
    expect(partners('Helio Systems and Korvex Labs are collaborating on a RISC-V chip.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs joined forces to develop an AI PC.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs partnered to build a data center in Texas.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs will work together on AI chips.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems and Korvex Labs agreed to cooperate on AI servers.')).toEqual(['Helio Systems + Korvex Labs']);
  });

  it('when a third party reports that two others signed a partnership, then only the two are partners', () => {
    expect(partners('Helio Systems said Korvex Labs and Orbis Networks had signed a partnership.')).toEqual([
      'Korvex Labs + Orbis Networks',
    ]);
    expect(partners('雷川科技表示，澜算科技与曜芯半导体签署了合作协议。')).toEqual(['曜芯半导体 + 澜算科技']);
  });
});

describe('PARTNERS_WITH battery: verbs with the partner after', () => {
  it('when one joins forces or works together with another, then they are partners', () => {
    expect(partners('Helio Systems joined forces with Korvex Labs to challenge Nvidia.')).toEqual(['Helio Systems + Korvex Labs']);
    expect(partners('Helio Systems will work together with Korvex Labs on AI chips.')).toEqual(['Helio Systems + Korvex Labs']);
  });

  it('when Chinese news says 强强联合, 结成联盟 or 共建, then the two are partners', () => {
    expect(partners('雷川科技与澜算科技强强联合，推出智算一体机。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技与澜算科技结成战略联盟。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技与澜算科技共建AI芯片联合实验室。')).toEqual(['澜算科技 + 雷川科技']);
    expect(partners('雷川科技與瀾算科技結成策略聯盟。')).toEqual(['瀾算科技 + 雷川科技']);
  });
});

describe('PARTNERS_WITH battery: partnerships only possible, failed or denied', () => {
  it('when a partnership is only possible (may, 可能), then there is none', () => {
    expect(partners('Helio Systems may partner with Korvex Labs, people familiar said.')).toEqual([]);
    expect(partners('分析师认为雷川科技与澜算科技未来可能合作。')).toEqual([]);
  });

  it('when talks failed or the partnership is denied after the cue, then there is none', () => {
    expect(partners('Talks between Helio Systems and Korvex Labs on a partnership collapsed.')).toEqual([]);
    expect(partners('雷川科技與瀾算科技的合作傳聞遭否認。')).toEqual([]);
    expect(partners('雷川科技计划与澜算科技合作的消息并不属实。')).toEqual([]);
    expect(partners('雷川科技与澜算科技的合作谈判破裂。')).toEqual([]);
  });

  it('when a company buys from, competes with or declines another, then they are not partners', () => {
    expect(partners('Helio Systems bought 10,000 GPUs from Korvex Labs.')).toEqual([]);
    expect(partners('Helio Systems competes with Korvex Labs in inference chips.')).toEqual([]);
    expect(partners('Helio Systems declined to partner with Korvex Labs.')).toEqual([]);
    expect(partners('Helio Systems and Korvex Labs are rivals in the AI chip market.')).toEqual([]);
    expect(partners('雷川科技从澜算科技采购了一批GPU。')).toEqual([]);
    expect(partners('雷川科技与澜算科技在AI芯片市场展开竞争。')).toEqual([]);
    expect(partners('雷川科技是澜算科技的客户。')).toEqual([]);
    expect(partners('雷川科技拒绝与澜算科技合作。')).toEqual([]);
    expect(partners('雷川科技與瀾算科技是競爭對手。')).toEqual([]);
    expect(partners('Gartner analyst Alan Priestley said Helio Systems could benefit from the Korvex Labs deal.')).toEqual([]);
  });
});
