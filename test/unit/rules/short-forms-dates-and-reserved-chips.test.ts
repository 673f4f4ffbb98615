import { entities, rulePairs } from './helpers';

// Sentences written for these tests.
describe('a date written right after a Latin name in Chinese', () => {
  it('ends the name (Anthropic10月宣布 names Anthropic)', () => {
    expect(entities('Anthropic10月宣布，计划使用多达100万颗谷歌TPU。')).toHaveProperty('Anthropic', 'Organization');
    expect(rulePairs('Anthropic10月宣布，计划使用多达100万颗谷歌TPU。', 'USES')).toEqual(['Anthropic>TPU']);
    expect(rulePairs('Anthropic10月宣佈，計劃使用多達100萬顆谷歌TPU。', 'USES')).toEqual(['Anthropic>TPU']);
    expect(rulePairs('OpenAI2025年表示将采购AMD的MI450芯片。', 'SUPPLIES')).toEqual(['AMD>OpenAI']);
  });
  it('leaves a model number after a name alone', () => {
    expect(entities('该公司推出Trainium3芯片。')).toHaveProperty('Trainium3', 'Chip');
  });
});

describe('the short form of a company the article names in full', () => {
  const full = '海光信息宣布终止吸收合并中科曙光。';
  it('is that company in the rest of the story, in both scripts', () => {
    expect(rulePairs(`${full}曙光的服务器大量采用海光的DCU，双方仍是上下游关系。`, 'USES')).toEqual(['Sugon>Hygon DCU']);
    expect(rulePairs('海光信息宣佈終止吸收合併中科曙光。曙光的伺服器大量採用海光的DCU。', 'USES')).toEqual(['Sugon>Hygon DCU']);
  });
  it('is no company where the article never names the full name', () => {
    expect(rulePairs('曙光的服务器大量采用海光的DCU。', 'USES')).toEqual([]);
    expect(entities('曙光初现，国产算力迎来新机遇。')).not.toHaveProperty('Sugon');
  });
});

describe('compute that comes from providers', () => {
  it('reads every provider listed after 算力…来自 as supplying the subject', () => {
    const want = ['CoreWeave>OpenAI', 'Microsoft>OpenAI', 'Oracle>OpenAI'];
    expect(rulePairs('不过，OpenAI目前的算力主要仍来自微软、甲骨文与CoreWeave等云端伙伴。', 'SUPPLIES').sort()).toEqual(want);
    expect(rulePairs('不過，OpenAI目前的算力主要仍來自微軟、甲骨文與CoreWeave等雲端夥伴。', 'SUPPLIES').sort()).toEqual(want);
  });
});

describe('chips deployed for another company to use', () => {
  it('reads 供X训练 as X using the chips and the deployer supplying X', () => {
    const zh = 'AWS的集群已投入使用，部署了近50万颗Trainium2芯片，主要供人工智能初创公司Anthropic训练和运行模型。';
    expect(rulePairs(zh, 'USES')).toContain('Anthropic>Trainium2');
    expect(rulePairs(zh, 'SUPPLIES')).toEqual(['AWS>Anthropic']);
    const hant = 'AWS的叢集已投入使用，部署了近50萬顆Trainium2晶片，主要供人工智慧新創公司Anthropic訓練和運行模型。';
    expect(rulePairs(hant, 'SUPPLIES')).toEqual(['AWS>Anthropic']);
  });
  it('reads "reserved for" as the deployer, not the chip maker, supplying the user', () => {
    const en = 'CoreWeave has installed 20,000 Nvidia GB200 chips reserved for OpenAI workloads.';
    expect(rulePairs(en, 'USES')).toContain('OpenAI>GB200');
    expect(rulePairs(en, 'SUPPLIES').sort()).toEqual(['CoreWeave>OpenAI', 'NVIDIA>CoreWeave']);
  });
  it('reads nothing when the chips are not for the one named', () => {
    expect(rulePairs('AWS部署了近50万颗Trainium2芯片，但并未供Anthropic使用。', 'SUPPLIES')).toEqual([]);
  });
});
