import { rel, rulePairs as pairs } from './helpers';

describe('SUPPLIES: money spent on a company’s goods or capacity', () => {
  it('when a company spends money on another’s chips or capacity, then the other supplies it and nothing is taken over', () => {
    expect(pairs('Meta spent $10 billion on Nvidia chips last year.', 'SUPPLIES')).toEqual(['NVIDIA>Meta']);
    expect(rel('Meta spent $10 billion on Nvidia chips last year.', 'ACQUIRES')).toEqual([]);
    const t = 'Microsoft has agreed to spend what could amount to billions of dollars over several years on CoreWeave capacity.';
    expect(pairs(t, 'SUPPLIES')).toEqual(['CoreWeave>Microsoft']);
  });

  it('when the money is paid for a company itself, then it is still a takeover', () => {
    expect(pairs('Broadcom paid $61 billion for VMware.', 'ACQUIRES')).toEqual(['Broadcom>VMware']);
  });

  it('when capacity is rented through a cloud to developers including a company, then the renter supplies it', () => {
    expect(pairs('Google also rents TPU capacity through Google Cloud to outside developers, including Apple.', 'SUPPLIES')).toEqual([
      'Google>Apple',
    ]);
  });
});

describe('USES: software adapted to chips (支持/支援…算力平台)', () => {
  it('when a company’s models support a chip among domestic compute platforms, then it uses the chip, in both scripts', () => {
    for (const t of ['智谱表示GLM系列已支持华为昇腾等国产算力平台。', '智譜表示GLM系列已支援華為昇騰等國產算力平台。'])
      expect(pairs(t, 'USES')).toEqual(['Zhipu AI>Ascend']);
  });

  it('when an earlier clause names a maker whose goods are relied on, then that maker is no user', () => {
    const t = '为降低对英伟达GPU的依赖，智谱推进适配，公司表示GLM系列已支持华为昇腾等国产算力平台。';
    expect(pairs(t, 'USES')).not.toContain('NVIDIA>Ascend');
  });
});
