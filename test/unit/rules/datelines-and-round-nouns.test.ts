import { entities, rulePairs as pairs, rel } from './helpers';

describe('A dateline names the publication, and a round noun names nobody', () => {
  it('when a story opens with a dateline (新浪科技讯 北京时间…), then the publication is not the company that raised the round', () => {
    const zhHans =
      '新浪科技讯 北京时间3月2日早间消息，埃隆·马斯克创办的人工智能公司xAI周一宣布，已完成新一轮融资。本轮参投方包括红杉资本、贝莱德等机构。';
    expect(rel(zhHans, 'INVESTS_IN').filter(([, o]) => o === 'Sina')).toEqual([]);
    const zhHant =
      '新浪科技訊 北京時間3月2日早間消息，埃隆·馬斯克創辦的人工智能公司xAI周一宣布，已完成新一輪融資。本輪參投方包括紅杉資本、貝萊德等機構。';
    expect(rel(zhHant, 'INVESTS_IN').filter(([, o]) => o === 'Sina')).toEqual([]);
  });

  it('when the investors are listed after 本轮参投方包括 / 本輪領投方為, then 本轮 is no organization and invests in nothing', () => {
    for (const t of ['xAI完成新一轮融资，本轮参投方包括红杉资本、贝莱德等机构。', 'xAI完成新一輪融資，本輪領投方為紅杉資本。']) {
      expect(Object.keys(entities(t)).filter((n) => /本[轮輪]/.test(n))).toEqual([]);
      expect(rel(t, 'INVESTS_IN').filter(([s]) => /本[轮輪]/.test(s))).toEqual([]);
    }
  });

  it('when investors are named before the verb (由腾讯领投，红杉资本跟投), then they still invest', () => {
    expect(rel('xAI完成新一轮融资，本轮由腾讯领投，红杉资本跟投。', 'INVESTS_IN')).toEqual(
      expect.arrayContaining([
        ['Tencent', 'xAI'],
        ['Sequoia Capital', 'xAI'],
      ]),
    );
  });

  it('when an English story names the publication in its dateline, then nothing changes for it', () => {
    expect(pairs('SAN FRANCISCO (Reuters) - Nvidia invested in xAI, the startup said.', 'INVESTS_IN')).toEqual(['NVIDIA>xAI']);
  });
});
