import { allPairs } from './helpers';

// Sentences written for these tests.

describe("a shareholders' meeting", () => {
  it('makes no one who speaks at it a holder', () => {
    expect(allPairs('在特斯拉年度股东大会上，马斯克表示特斯拉需要更多芯片。', 'INVESTS_IN')).toEqual([]);
    expect(allPairs('在11月初的年度股東會上，馬斯克指出，特斯拉需要更多晶片。', 'INVESTS_IN')).toEqual([]);
    expect(allPairs("At Tesla's annual shareholder meeting, Elon Musk said Tesla needs more chips.", 'INVESTS_IN')).toEqual([]);
  });
  it('while a holder named as one still holds', () => {
    expect(allPairs('Elon Musk is a Tesla shareholder.', 'INVESTS_IN')).toEqual(['Elon Musk>Tesla']);
  });
});

describe('capacity bought', () => {
  it('is goods, no takeover of the company that has it', () => {
    expect(allPairs('Nvidia agreed to an order under which it will buy any capacity CoreWeave cannot sell.', 'ACQUIRES')).toEqual([]);
    expect(allPairs('Nvidia agreed to buy CoreWeave.', 'ACQUIRES')).toEqual(['NVIDIA>CoreWeave']);
  });
});

describe('a chip carried in a device (搭载于)', () => {
  it("is no use by the clause's subject of the device", () => {
    expect(allPairs('松果电子推出手机芯片澎湃S1，搭载于小米5C。', 'USES')).toEqual([]);
    expect(allPairs('松果電子推出手機晶片澎湃S1，搭載於小米5C。', 'USES')).toEqual([]);
    expect(allPairs('小米5C搭载澎湃S1芯片。', 'USES')).toEqual(['小米5C>Surge S1']);
  });
});
