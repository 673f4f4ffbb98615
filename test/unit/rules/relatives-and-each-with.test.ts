import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.

describe('customers listed in a relative clause after an appositive', () => {
  it("are the relative's antecedent's, not the sentence's first company's", () => {
    const en =
      'Analysts said Samsung has fallen behind TSMC, its main rival in contract manufacturing, which makes most AI chips for customers including Nvidia and AMD.';
    expect(rulePairs(en, 'SUPPLIES').sort()).toEqual(['TSMC>AMD', 'TSMC>NVIDIA']);
  });
  it('make no partnership out of "contract manufacturing"', () => {
    const en = 'TSMC, the leader in contract manufacturing, makes chips for customers including Nvidia.';
    expect(unorderedPairs(en, 'PARTNERS_WITH')).toEqual([]);
    expect(unorderedPairs('TSMC signed a supply contract with customers including Nvidia.', 'PARTNERS_WITH')).toEqual(['NVIDIA>TSMC']);
  });
});

describe('a list that signs 分别与 one partner', () => {
  it('partners each of the list with it, not with each other', () => {
    expect(unorderedPairs('三星电子与SK海力士分别与OpenAI签署意向书。', 'PARTNERS_WITH')).toEqual(['OpenAI>SK hynix', 'OpenAI>Samsung']);
    expect(unorderedPairs('三星電子與SK海力士分別與OpenAI簽署意向書。', 'PARTNERS_WITH')).toEqual(['OpenAI>SK hynix', 'OpenAI>Samsung']);
    expect(unorderedPairs('三星电子与SK海力士签署合作协议。', 'PARTNERS_WITH')).toEqual(['SK hynix>Samsung']);
  });
});

describe('a business, unit or stake sold to a company', () => {
  it('is a divestiture, no goods supplied', () => {
    expect(rulePairs('In March, Lambda sold its bitcoin mining business to NYDIG to focus on AI.', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('Intel sold its NAND unit to SK Hynix in 2021.', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('AMD sold 50,000 MI450 chips to Oracle.', 'SUPPLIES')).toEqual(['AMD>Oracle']);
  });
});

describe('review mend, session 27', () => {
  it('reads ", and X used" as a new clause', () => {
    expect(rulePairs('Microsoft has invested in OpenAI, and Meta used Nvidia H100 chips to train Llama.', 'INVESTS_IN')).toEqual([
      'Microsoft>OpenAI',
    ]);
  });
  it('reads a plant only right after the name bought', () => {
    expect(rulePairs('AMD收购ZT Systems以扩大工厂产能。', 'ACQUIRES')).toEqual(['AMD>ZT Systems']);
    expect(rulePairs('软银宣布收购夏普堺工厂的土地。', 'ACQUIRES')).toEqual([]);
  });
});
