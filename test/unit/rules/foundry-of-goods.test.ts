import { rulePairs } from './helpers';

// Sentences written for these tests.

describe('the chips of a list of companies made at a foundry', () => {
  it('make the foundry a supplier of each company, with no chip named', () => {
    const want = ['TSMC>AMD', 'TSMC>Broadcom', 'TSMC>NVIDIA'];
    expect(rulePairs('英伟达、AMD和博通的AI芯片几乎全部在台积电生产。', 'SUPPLIES').sort()).toEqual(want);
    expect(rulePairs('輝達、超微與博通的AI晶片幾乎全數在台積電生產。', 'SUPPLIES').sort()).toEqual(want);
    expect(rulePairs("Nvidia's chips are made by TSMC.", 'SUPPLIES')).toEqual(['TSMC>NVIDIA']);
  });
  it('but not when the sentence says they cannot be', () => {
    expect(rulePairs('华为的芯片无法在台积电生产。', 'SUPPLIES')).toEqual([]);
  });
});
