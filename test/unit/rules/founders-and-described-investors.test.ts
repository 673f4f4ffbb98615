import { rulePairs as pairs } from './helpers';

describe('INVESTS_IN: founders who put up the capital, and investors listed with descriptions', () => {
  it('when a company 由A、B及C等N家企业共同出资成立, then each founder invests in it', () => {
    const zhHans =
      'Rapidus成立于2022年8月，由丰田汽车（Toyota）、索尼（Sony）、日本电信电话（NTT）、日本电气（NEC）、软银（SoftBank）、电装（Denso）、铠侠（Kioxia）及三菱UFJ银行（MUFG Bank）等8家日本企业共同出资成立，政府另有补助。';
    const zhHant =
      'Rapidus成立於2022年8月，由豐田汽車（Toyota）、索尼（Sony）、日本電信電話（NTT）、日本電氣（NEC）、軟銀（SoftBank）、電裝（Denso）、鎧俠（Kioxia）及三菱UFJ銀行（MUFG Bank）等8家日本企業共同出資成立，政府另有補助。';
    for (const t of [zhHans, zhHant])
      expect(pairs(t, 'INVESTS_IN')).toEqual(['Toyota', 'Sony', 'NTT', 'NEC', 'SoftBank', 'Denso', 'Kioxia'].map((i) => `${i}>Rapidus`));
  });

  it('when a company is founded by people with no capital named (由陈天石创立), then nobody invests', () => {
    expect(pairs('寒武纪由陈天石与陈云霁创立。', 'INVESTS_IN')).toEqual([]);
  });

  it('when 本轮参与投资的还包括 lists items described before their names, an unknown name and a bracketed gloss, then each named item invests', () => {
    const zhHant =
      'Lambda完成4.8億美元D輪募資。本輪參與投資的還包括ARK Invest、特斯拉前AI總監Andrej Karpathy、Zorbly Advisors、In-Q-Tel（IQT）以及美超微（Supermicro）。';
    expect(pairs(zhHant, 'INVESTS_IN')).toEqual([
      'ARK Invest>Lambda Labs',
      'Andrej Karpathy>Lambda Labs',
      'In-Q-Tel>Lambda Labs',
      'Supermicro>Lambda Labs',
    ]);
    const zhHans = 'Lambda完成4.8亿美元D轮募资。本轮参与投资的还包括ARK Invest、特斯拉前AI总监Andrej Karpathy和美超微。';
    expect(pairs(zhHans, 'INVESTS_IN')).toEqual(['ARK Invest>Lambda Labs', 'Andrej Karpathy>Lambda Labs', 'Supermicro>Lambda Labs']);
  });

  it('when an English list of backers describes each item, then each name invests, as before', () => {
    expect(
      pairs('Lambda raised $480 million. Other backers include billionaire investor Stanley Druckenmiller and ARK Invest.', 'INVESTS_IN'),
    ).toEqual(['Stanley Druckenmiller>Lambda Labs', 'ARK Invest>Lambda Labs']);
  });
});
