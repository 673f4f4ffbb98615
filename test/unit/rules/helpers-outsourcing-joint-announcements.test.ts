import { rel, rulePairs as pairs, unorderedPairs } from './helpers';

describe('PARTNERS_WITH: a chip developed with a helper, work outsourced, a joint announcement', () => {
  it('when a customer’s chips "are developed with X’s help" (in a whose-clause), then the customer partners the helper', () => {
    const t =
      'Broadcom co-designs accelerators for customers, including Google, whose Tensor Processing Units (TPUs) are developed with Broadcom’s help.';
    expect(unorderedPairs(t, 'PARTNERS_WITH')).toContain('Broadcom>Google');
    expect(unorderedPairs("Meta's MTIA chips are designed with help from Broadcom.", 'PARTNERS_WITH')).toEqual(['Broadcom>Meta']);
  });

  it('when a company outsources work to units named under their parent, then it partners each unit, in both scripts and English', () => {
    expect(unorderedPairs('台积电的部分后段制程已外包给日月光旗下的矽品精密。', 'PARTNERS_WITH')).toEqual(['SPIL>TSMC']);
    expect(unorderedPairs('台積電的部分後段製程已外包給日月光旗下的矽品精密。', 'PARTNERS_WITH')).toEqual(['SPIL>TSMC']);
    expect(unorderedPairs('TSMC outsources part of the packaging work to Amkor.', 'PARTNERS_WITH')).toEqual(['Amkor>TSMC']);
  });

  it('when a company announces a plan together with others (联合…宣布), then they partner, in both scripts', () => {
    for (const t of ['OpenAI联合软银和甲骨文宣布“星际之门”计划。', 'OpenAI聯合軟銀和甲骨文宣布「星際之門」計畫。'])
      expect(unorderedPairs(t, 'PARTNERS_WITH')).toEqual(
        ['OpenAI>SoftBank', 'OpenAI>Oracle'].map((p) => p.split('>').sort().join('>')).sort(),
      );
  });

  it('when nothing is outsourced or helped, then no partnership is read', () => {
    expect(rel('台积电没有把后段制程外包给日月光。', 'PARTNERS_WITH')).toEqual([]);
    expect(rel('Google’s TPUs are developed in-house.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('WORKS_FOR: an analyst of Bloomberg Intelligence', () => {
  it('when an analyst of 彭博行业研究 speaks, then he works for Bloomberg Intelligence, not the news service', () => {
    expect(pairs('彭博行业研究高级分析师曼迪普·辛格（Mandeep Singh）表示看好。', 'WORKS_FOR')).toEqual([
      'Mandeep Singh>Bloomberg Intelligence',
    ]);
  });
});
