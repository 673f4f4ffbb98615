import { rulePairs as pairs } from './helpers';

describe('SUPPLIES: capacity let, bought or run on a cloud', () => {
  it('when capacity is let with 租给, then the landlord supplies the tenant, in both scripts', () => {
    expect(pairs('Crusoe将全部容量以长期租约租给甲骨文。', 'SUPPLIES')).toEqual(['Crusoe>Oracle']);
    expect(pairs('Crusoe將全部容量以長期租約租給甲骨文。', 'SUPPLIES')).toEqual(['Crusoe>Oracle']);
  });

  it('when a purchase contract with a company is described at length, then that company supplies the buyer, not the other way', () => {
    const t = 'OpenAI已與甲骨文（Oracle）簽署一項為期約5年、價值約3000億美元的運算能力採購合約。';
    expect(pairs(t, 'SUPPLIES')).toEqual(['Oracle>OpenAI']);
  });

  it('when a lab trains its models on a cloud (在阿里云上训练), then the cloud supplies it, in both scripts', () => {
    expect(pairs('月之暗面将在阿里云上训练和部署模型。', 'SUPPLIES')).toEqual(['Alibaba Cloud>Moonshot AI']);
    expect(pairs('月之暗面將在阿里雲上訓練和部署模型。', 'SUPPLIES')).toEqual(['Alibaba Cloud>Moonshot AI']);
    expect(pairs('英伟达在美国上市。', 'SUPPLIES')).toEqual([]);
  });
});

describe('USES: chips a company provides or builds a cluster of', () => {
  it('when a cloud provides another maker’s chips (提供英伟达H100), then it uses them and the maker supplies it; the maker is no customer', () => {
    for (const t of ['Vultr提供英伟达H100与GH200。', 'Vultr提供輝達H100與GH200。']) {
      expect(pairs(t, 'USES').sort()).toEqual(['Vultr>GH200', 'Vultr>H100']);
      expect(pairs(t, 'SUPPLIES')).toEqual(['NVIDIA>Vultr']);
    }
  });

  it('when a company builds a cluster or supercomputer of a number of chips, then it uses them', () => {
    expect(pairs('Inflection AI is building a cluster of 22,000 H100s together with CoreWeave.', 'USES')).toEqual(['Inflection AI>H100']);
    expect(pairs('xAI is building a supercomputer of 100,000 Nvidia H100 GPUs in Memphis.', 'USES')).toEqual(['xAI>H100']);
  });
});
