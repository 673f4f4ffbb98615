import { entities, rulePairs } from './helpers';

// Sentences written for these tests: each case a review of this session's rules found misread.
describe('review mend: who the company and the subject are', () => {
  it('keeps "the company" of a speaker: only a round or a stake in "the company" is the story\'s', () => {
    const en =
      'Nvidia unveiled the Rubin platform on Monday. Nvidia said Rubin would ship next year. AMD Chief Executive Lisa Su said OpenAI would buy MI450 chips from the company.';
    expect(rulePairs(en, 'SUPPLIES')).toEqual(['AMD>OpenAI']);
  });
  it('takes no subject inside an appositive past another relative clause', () => {
    const en = 'Lamini, a startup that AMD is backing and that also uses Nvidia H100 chips, raised $25 million.';
    expect(rulePairs(en, 'USES')).toEqual(['Lamini>H100']);
  });
  it('reads "has been building" and hyphenated verbs as a relative subject', () => {
    expect(rulePairs('Microsoft wants access to the chips OpenAI has been building with Broadcom.', 'PARTNERS_WITH')).toEqual([
      'Broadcom>OpenAI',
    ]);
  });
  it('still reads the objects after an aside ("Meta deploys, Zuckerberg has said, H100 GPUs")', () => {
    expect(rulePairs('Meta deploys, Zuckerberg has said, Nvidia H100 GPUs in its clusters.', 'USES')).toEqual(['Meta>H100']);
  });
});

describe('review mend: chips and devices', () => {
  it('takes the chip right before the appositive that precedes the verb', () => {
    const en = "Tesla's cars now run on the AI4 chip, and its successor, the AI5, will be manufactured by Samsung and TSMC.";
    expect(rulePairs(en, 'MANUFACTURES').sort()).toEqual(['Samsung>AI5', 'TSMC>AI5']);
  });
  it('keeps a new chip model a chip (全新L600加速卡)', () => {
    expect(entities('燧原科技发布全新L600加速卡，已获腾讯采用。')).toHaveProperty('L600', 'Chip');
    expect(rulePairs('燧原科技发布全新L600加速卡，已获腾讯采用。', 'USES')).toEqual(['Tencent>L600']);
  });
  it('reads a device only as the first to carry a chip, not any device named before (搭载X的车型还不多)', () => {
    expect(rulePairs('蔚来旗舰轿车ET9销量下滑，而搭载神玑NX9031的车型还不多。', 'USES')).toEqual([]);
  });
});

describe('review mend: reserved chips, goods built with, fleets and short forms', () => {
  it('reads no 供 inside 供应链', () => {
    expect(rulePairs('英伟达发布了Rubin芯片，其供应链伙伴台积电将开发新的封装技术。', 'USES')).toEqual([]);
  });
  it('reads "dedicated to" only after the chips', () => {
    const en = 'Nvidia sells its Blackwell B200 GPUs to everyone, and has a sales team dedicated to Microsoft and Meta.';
    expect(rulePairs(en, 'USES')).toEqual([]);
  });
  it('takes the possessive maker as the maker, not as the one who reserves the chips', () => {
    const en = "AMD's MI355X chips compete with Nvidia's B200, which is reserved for customers such as Meta.";
    expect(rulePairs(en, 'SUPPLIES')).not.toContain('AMD>Meta');
  });
  it('reads no partner in a chip built with', () => {
    expect(rulePairs('Tesla is building with Nvidia H100s.', 'PARTNERS_WITH')).toEqual([]);
  });
  it('reads no fleet in a rack with GPUs', () => {
    expect(rulePairs('HSBC estimates that a rack with 72 Nvidia Blackwell GPUs costs about 3 million dollars.', 'USES')).toEqual([]);
  });
  it('keeps 大众 and 理想 words where they stand as words', () => {
    expect(rulePairs('大众汽车与地平线合作。大众市场车型将采用征程6芯片。', 'USES')).toEqual([]);
    expect(rulePairs('理想汽车发布新车。理想的新车将采用地平线的征程6芯片。', 'USES')).toEqual(['Li Auto>Journey 6']);
  });
});
