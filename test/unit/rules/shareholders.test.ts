import { entities, rel } from './helpers';

// Sentences written for these tests.
describe('INVESTS_IN: shareholder lists and stakes with the company named once', () => {
  it('when a company was capitalised by holders listed after a colon, then each invests in it', () => {
    expect(rel('Rapidus was capitalised by four Japanese groups: Toyota, Sony, NEC and Denso.', 'INVESTS_IN')).toEqual([
      ['Toyota', 'Rapidus'],
      ['Sony', 'Rapidus'],
      ['NEC', 'Rapidus'],
      ['Denso', 'Rapidus'],
    ]);
  });

  it('when described holders "each own" a stake after a stake of the company is named, then each invests in that company', () => {
    expect(
      rel('TSMC holds 70% of ESMC, while the supplier Bosch, chipmaker Infineon and the group NXP each own 10%.', 'INVESTS_IN'),
    ).toEqual([
      ['TSMC', 'ESMC'],
      ['Bosch', 'ESMC'],
      ['Infineon', 'ESMC'],
      ['NXP', 'ESMC'],
    ]);
  });

  it('when a shareholder paragraph gives stakes without the company (A持股N%, B、C各持股, D亦在列), then they hold the story company', () => {
    const text =
      '大基金三期近日正式成立。从股东名单看，大基金三期由多家股东共同出资。国开金融有限责任公司持股10.47%。中国工商银行、中国农业银行各持股6.25%，中国邮政储蓄银行亦在列。';
    expect(
      rel(text, 'INVESTS_IN')
        .map(([s, o]) => `${s} -> ${o}`)
        .sort(),
    ).toEqual([
      'Agricultural Bank of China -> Big Fund III',
      'CDB Capital -> Big Fund III',
      'ICBC -> Big Fund III',
      'Postal Savings Bank of China -> Big Fund III',
    ]);
  });

  it('when a registered name follows its owner (A全资子公司B有限公司), then the owner is no part of the name', () => {
    expect(entities('国家开发银行全资子公司星河芯投资有限责任公司完成出资。')).toMatchObject({ 星河芯投资有限责任公司: 'Organization' });
  });
});
