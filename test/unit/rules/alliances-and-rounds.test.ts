import { entities, rulePairs as pairs, unorderedPairs } from './helpers';

describe('PARTNERS_WITH: founders and members of an alliance partner it', () => {
  it('when companies found an alliance named in quotes with a bracketed English gloss, then each partners it (zh-Hant and zh-Hans)', () => {
    const zhHant =
      '超微、博通、思科與微軟等4家科技大廠宣布成立「UALink推廣小組」（Ultra Accelerator Link Promoter Group），將共同制定互連標準。';
    const zhHans =
      '超微、博通、思科与微软等4家科技大厂宣布成立“UALink推广小组”（Ultra Accelerator Link Promoter Group），将共同制定互连标准。';
    for (const t of [zhHant, zhHans])
      expect(unorderedPairs(t, 'PARTNERS_WITH')).toEqual([
        'AMD>Ultra Accelerator Link Promoter Group',
        'Broadcom>Ultra Accelerator Link Promoter Group',
        'Cisco>Ultra Accelerator Link Promoter Group',
        'Microsoft>Ultra Accelerator Link Promoter Group',
      ]);
  });

  it('when companies form or join a consortium in English, then each partners it; not when they did not join', () => {
    expect(unorderedPairs('AMD, Broadcom and Intel formed the Ultra Ethernet Consortium in 2023.', 'PARTNERS_WITH')).toEqual([
      'AMD>Ultra Ethernet Consortium',
      'Broadcom>Ultra Ethernet Consortium',
      'Intel>Ultra Ethernet Consortium',
    ]);
    expect(unorderedPairs('Samsung joined the CXL Consortium.', 'PARTNERS_WITH')).toEqual(['CXL Consortium>Samsung']);
    expect(pairs('Nvidia did not join the UALink Consortium.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('INVESTS_IN: investors of a round named late, shares received', () => {
  it('when a firm’s name is a month and a firm suffix (March Capital), then it is one organization and invests with the others listed', () => {
    expect(entities('Investors included March Capital and Lux Capital.')).toEqual({
      'March Capital': 'Organization',
      'Lux Capital': 'Organization',
    });
    const t =
      'Together AI said it had raised $305 million. Salesforce Ventures, Nvidia, Kleiner Perkins, March Capital, Emergence Capital and Coatue also put in money.';
    expect(pairs(t, 'INVESTS_IN')).toContain('March Capital>Together AI');
    expect(pairs(t, 'INVESTS_IN')).toContain('Salesforce Ventures>Together AI');
  });

  it('when investors "also joined that round", then they invest in the company that raised it', () => {
    expect(pairs('Lambda raised $320 million led by USIT. T. Rowe Price also joined that round.', 'INVESTS_IN')).toContain(
      'T. Rowe Price>Lambda Labs',
    );
  });

  it('when a company gets another company’s shares (获得…的X股份), then it invests in it (zh-Hans and zh-Hant); support is no shares', () => {
    expect(pairs('作为协议的一部分，OpenAI还将通过定向增发获得价值3.5亿美元的CoreWeave股份。', 'INVESTS_IN')).toEqual(['OpenAI>CoreWeave']);
    expect(pairs('作為協議的一部分，OpenAI還將透過定向增發取得價值3.5億美元的CoreWeave股份。', 'INVESTS_IN')).toEqual(['OpenAI>CoreWeave']);
    expect(pairs('英伟达获得了微软的大力支持。', 'INVESTS_IN')).toEqual([]);
  });
});

describe('Subjects: a name after "alongside" is an aside', () => {
  it('when "alongside X" stands between commas, then the relative clause after it is the subject’s, not X’s', () => {
    const t =
      'Lambda rents GPUs to developers. It is one of a handful of providers, alongside CoreWeave, that compete with Amazon Web Services and Microsoft.';
    const rivals = unorderedPairs(t, 'COMPETES_WITH');
    expect(rivals).toContain('AWS>Lambda Labs');
    expect(rivals).toContain('Lambda Labs>Microsoft');
    expect(rivals).not.toContain('CoreWeave>Microsoft');
  });
});

describe('INVESTS_IN: a round led by one of the shareholders just listed', () => {
  it('when shareholders are listed and then one leads a round (其中阿里巴巴领投一轮融资), then each invests in the company, not in the lead, in both scripts', () => {
    for (const t of [
      'MiniMax成立于2021年。公司背后股东包括阿里巴巴、腾讯，其中阿里巴巴领投一轮6亿美元融资。',
      'MiniMax成立於2021年。公司背後股東包括阿里巴巴、騰訊，其中阿里巴巴領投一輪6億美元融資。',
    ]) {
      const found = pairs(t, 'INVESTS_IN');
      expect(found).toEqual(expect.arrayContaining(['Alibaba>MiniMax', 'Tencent>MiniMax']));
      expect(found).not.toContain('Tencent>Alibaba');
      expect(Object.keys(entities(t))).not.toContain('其中阿里巴巴');
    }
  });

  it('when a round is said to be led by an investor after the raise, then the raiser is still the company', () => {
    expect(pairs('MiniMax完成6亿美元融资，由阿里巴巴领投。', 'INVESTS_IN')).toEqual(['Alibaba>MiniMax']);
  });
});
