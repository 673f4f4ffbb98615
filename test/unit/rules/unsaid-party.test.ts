import { entities, rel } from './helpers';

// Sentences that name one side of a relation and leave the other to the story: whose customer list, whose partners,
// who competes. The story is about 雷川科技 / Lumora Systems, named in the sentences before.
const ZH_HANS = '雷川科技发布新一代推理芯片。雷川科技表示芯片已经量产。';
const ZH_HANT = '雷川科技發表新一代推論晶片。雷川科技表示晶片已經量產。';
const EN =
  'Lumora Systems unveiled a new inference chip. Lumora Systems said the chip is shipping. Analysts at Morgan Stanley praised it. ';

describe('Lists of a role with the owner unsaid (均在其客户名单之中, 均在首波合作名单中)', () => {
  it('when names 均在其客户名单之中, then the story’s company supplies each (zh-Hans, zh-Hant)', () => {
    expect(rel(`${ZH_HANS}腾讯、阿里巴巴等均在其客户名单之中。`, 'SUPPLIES')).toEqual([
      ['雷川科技', 'Tencent'],
      ['雷川科技', 'Alibaba'],
    ]);
    expect(rel(`${ZH_HANT}騰訊、阿里巴巴等均在其客戶名單之中。`, 'SUPPLIES')).toEqual([
      ['雷川科技', 'Tencent'],
      ['雷川科技', 'Alibaba'],
    ]);
  });

  it('when names 均在首波合作名单中 or 已成为平台的首批合作伙伴, then each partners with the story’s company', () => {
    expect(rel(`${ZH_HANS}华硕、宏碁均在首波合作名单中。`, 'PARTNERS_WITH')).toEqual([
      ['ASUS', '雷川科技'],
      ['Acer', '雷川科技'],
    ]);
    expect(rel(`${ZH_HANT}華碩、宏碁等已成為平台的首批合作夥伴。`, 'PARTNERS_WITH')).toEqual([
      ['ASUS', '雷川科技'],
      ['Acer', '雷川科技'],
    ]);
  });

  it('when the list names whose it is (在两家公司的客户名单之中), then no one is assumed', () => {
    expect(rel(`${ZH_HANS}中芯国际、华虹集团等晶圆厂都在两家公司的客户名单之中。`, 'SUPPLIES')).toEqual([]);
  });
});

describe('Buyers and rivals of the story’s company, in English', () => {
  it('when names "were among the groups placing large orders", then the story’s company supplies each', () => {
    expect(rel(`${EN}Tencent, Alibaba and ByteDance were among the Chinese technology groups placing large orders.`, 'SUPPLIES')).toEqual([
      ['Lumora Systems', 'Tencent'],
      ['Lumora Systems', 'Alibaba'],
      ['Lumora Systems', 'ByteDance'],
    ]);
  });

  it('when "the company listed Huawei as a competitor", then the company competes with Huawei', () => {
    expect(rel(`${EN}For a second year, the company listed Huawei as a competitor in its annual report.`, 'COMPETES_WITH')).toEqual([
      ['Huawei', 'Lumora Systems'],
    ]);
  });
});

describe('与A、B等同行一较高下', () => {
  it('when 公司 sets itself against A and B "and other peers" (等同行), then it competes with each, not A with B (zh-Hans, zh-Hant)', () => {
    expect(rel(`${ZH_HANS}公司希望借此与英伟达、AMD等同行一较高下。`, 'COMPETES_WITH')).toEqual([
      ['NVIDIA', '雷川科技'],
      ['AMD', '雷川科技'],
    ]);
    expect(rel(`${ZH_HANT}公司希望藉此與輝達、AMD等同業一較高下。`, 'COMPETES_WITH')).toEqual([
      ['NVIDIA', '雷川科技'],
      ['AMD', '雷川科技'],
    ]);
  });
});

describe('A plural common noun opening a sentence', () => {
  it('when a sentence opens "Rivals Quorix Labs and KLA", then the noun is no part of the first name', () => {
    const names = entities(
      'Rivals Quorix Labs and Brightwave Systems have been hit by export controls. Rivals Lam Research and KLA gained.',
    );
    expect(Object.keys(names).sort()).toEqual(['Brightwave Systems', 'KLA', 'Lam Research', 'Quorix Labs']);
  });
});
