import { programOwners, rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('以X闻名: known for its own chip', () => {
  it('develops it, through 后者 too', () => {
    expect(rulePairs('软银已收购英国芯片公司Graphcore，后者以IPU处理器闻名。', 'DEVELOPS')).toEqual(['Graphcore>IPU']);
    expect(rulePairs('軟銀已收購英國晶片公司Graphcore，後者以IPU處理器聞名。', 'DEVELOPS')).toEqual(['Graphcore>IPU']);
  });
  it('develops nothing that is no chip or product', () => {
    expect(rulePairs('Graphcore以低价闻名。', 'DEVELOPS')).toEqual([]);
  });
});

describe('一争高下 / 一决高下', () => {
  it('makes rivals', () => {
    expect(unorderedPairs('软银设想打造一家AI芯片企业，与英伟达一争高下。', 'COMPETES_WITH')).toEqual(['NVIDIA>SoftBank']);
  });
});

describe('a chip 已用于 a device described after it', () => {
  it('is used by the device, in the clause after the chip too', () => {
    const text = '双方合作开发的GB10超级芯片，已用于辉达个人AI超级电脑DGX Spark。';
    expect(rulePairs(text, 'USES')).toEqual(['DGX Spark>GB10']);
  });
  it('is not used by a model it trains', () => {
    expect(rulePairs('P800芯片，已用于百度文心大模型的训练。', 'USES')).not.toContain('ERNIE>Kunlun P800');
  });
});

describe('a chip 装上 a device', () => {
  it('is used by the device, a time word between', () => {
    expect(rulePairs('小鹏的图灵芯片今年装上小鹏G7。', 'USES')).toEqual(['小鹏G7>Turing AI chip']);
    expect(rulePairs('小鵬的圖靈晶片今年裝上小鵬G7。', 'USES')).toEqual(['小鵬G7>Turing AI chip']);
  });
});

describe('X控股的Y', () => {
  it('is a unit of X', () => {
    expect(rulePairs('软银控股的芯片设计公司Arm也在改变角色。', 'SUBSIDIARY_OF')).toEqual(['Arm>SoftBank']);
    expect(rulePairs('軟銀控股的晶片設計公司Arm也在改變角色。', 'SUBSIDIARY_OF')).toEqual(['Arm>SoftBank']);
  });
});

describe('各自的/自己的芯片项目', () => {
  it("is each listed company's own chip program, in both scripts", () => {
    expect(programOwners('目前市场仍由英伟达、地平线等厂商主导，比亚迪、蔚来、理想等车企也在推进各自的芯片项目。')).toEqual([
      'BYD',
      'Li Auto',
      'NIO',
    ]);
    expect(programOwners('蔚來也在推進自己的晶片計劃。')).toEqual(['NIO']);
  });
  it('is no program without its own (该芯片项目 is the one the story is about)', () => {
    expect(programOwners('蔚来也在关注英伟达的芯片项目。')).toEqual([]);
  });
});

describe('more words for one own chips', () => {
  it('自有芯片 and 定制AI加速器 in Chinese', () => {
    expect(programOwners('蔚来也在研发自有芯片。')).toEqual(['NIO']);
    expect(programOwners('OpenAI将与博通共同开发定制AI加速器。')).toEqual(['OpenAI']);
  });
  it('"for its next AI processor" in English', () => {
    expect(programOwners('Preferred Networks picked the 2nm process for its next AI processor.')).toEqual(['Preferred Networks']);
  });
});
