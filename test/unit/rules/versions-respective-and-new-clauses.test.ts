import { extractText } from '../../../src/extract';
import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.

describe('a chip named as what another is a version of', () => {
  it('is not the chip used', () => {
    const en = 'Zhipu trained the model on 4,096 Nvidia H20 chips, a cut-down version of the H100 made for China.';
    expect(rulePairs(en, 'USES')).toEqual(['Zhipu AI>H20']);
    expect(rulePairs('智谱采购了大量H20芯片，这是H100的特供版。', 'USES')).toEqual(['Zhipu AI>H20']);
    expect(rulePairs('智譜採購了大量H20晶片，這是H100的特供版。', 'USES')).toEqual(['Zhipu AI>H20']);
  });
});

describe('a list of companies each running its own chip', () => {
  it('reads the chips respectively, with no supplier between the two', () => {
    const hans = '谷歌、亚马逊等云巨头都在部署自研的TPU和Trainium芯片。';
    expect(rulePairs(hans, 'USES').filter((p) => p === 'Amazon>TPU' || p === 'Google>Trainium')).toEqual([]);
    expect(rulePairs(hans, 'SUPPLIES')).toEqual([]);
    const hant = '谷歌、亞馬遜等雲端巨頭都在部署自研的TPU和Trainium晶片。';
    expect(rulePairs(hant, 'USES').filter((p) => p === 'Amazon>TPU' || p === 'Google>Trainium')).toEqual([]);
    expect(rulePairs(hant, 'SUPPLIES')).toEqual([]);
  });
  it("still lets a customer use another's chip", () => {
    expect(rulePairs('Anthropic and Google use TPUs.', 'USES')).toEqual(['Anthropic>TPU']);
  });
});

describe('a name after ", and" or a Chinese comma with a verb of its own', () => {
  it('opens a new clause, not another item of the list', () => {
    const en = 'Zhipu chief executive Zhang Peng was an early investor in Cerebras, and Zhipu once considered buying the chipmaker.';
    expect(rulePairs(en, 'INVESTS_IN')).toEqual(['Zhang Peng>Cerebras']);
    expect(rulePairs('博通收购VMware，Marvell估值已达千亿美元', 'ACQUIRES')).toEqual(['Broadcom>VMware']);
    expect(rulePairs('博通收購VMware，Marvell估值已達千億美元', 'ACQUIRES')).toEqual(['Broadcom>VMware']);
  });
});

describe('investors named beside new backers', () => {
  it("hold the round's company, not the new backers", () => {
    const en =
      "Groq said it raised $640 million. BlackRock and Samsung joined as new backers, alongside existing investors including Cisco Investments, the network group's venture arm.";
    expect(rulePairs(en, 'INVESTS_IN')).toContain('Cisco Investments>Groq');
    expect(rulePairs(en, 'INVESTS_IN')).not.toContain('Cisco Investments>Samsung');
  });
});

describe('a takeover the two parties announce together', () => {
  it('makes them no partners', () => {
    const hans = '软银与Ampere共同宣布，软银已完成对Ampere的收购，后者将成为软银的全资子公司。';
    expect(unorderedPairs(hans, 'PARTNERS_WITH')).toEqual([]);
    expect(rulePairs(hans, 'SUBSIDIARY_OF')).toEqual(['Ampere Computing>SoftBank']);
    const hant = '軟銀與Ampere共同宣布，軟銀已完成對Ampere的收購，後者將成為軟銀的全資子公司。';
    expect(unorderedPairs(hant, 'PARTNERS_WITH')).toEqual([]);
    expect(rulePairs(hant, 'SUBSIDIARY_OF')).toEqual(['Ampere Computing>SoftBank']);
  });
  it('leaves partners who announce something else together', () => {
    expect(unorderedPairs('软银与Ampere共同宣布成立合资公司。', 'PARTNERS_WITH')).toEqual(['Ampere Computing>SoftBank']);
  });
});

describe('talent, help or ideas provided', () => {
  it('are no goods supplied', () => {
    expect(rulePairs('Ampere的工程团队可为软银的芯片计划提供现成的人才储备。', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('Ampere的工程團隊可為軟銀的晶片計劃提供現成的人才儲備。', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('英伟达为微软提供GPU。', 'SUPPLIES')).toEqual(['NVIDIA>Microsoft']);
  });
});

describe('companies on a list of partners', () => {
  it("are the story company's partners, not each other's (A和B也在合作名单之列)", () => {
    const hans = '英伟达发布NVLink Fusion。芯片设计软件厂商Synopsys和Cadence也在合作名单之列。';
    expect(unorderedPairs(hans, 'PARTNERS_WITH')).not.toContain('Cadence>Synopsys');
    const hant = '輝達發表NVLink Fusion。晶片設計軟體廠商Synopsys和Cadence也在合作名單之列。';
    expect(unorderedPairs(hant, 'PARTNERS_WITH')).not.toContain('Cadence>Synopsys');
  });
});

describe('a chip named in an appositive after its maker', () => {
  it('is developed by the name before the appositive, as stated, not only as the maker named beside it', () => {
    const stated = (t: string) =>
      extractText(t)
        .relations.filter((r) => r.type === 'DEVELOPS' && r.confidence > 0.6)
        .map((r) => `${r.subject}>${r.object}`);
    expect(stated('The deal leaves Rebellions, the Seoul-based designer of the ATOM chip, as the main rival.')).toEqual([
      'Rebellions>ATOM',
    ]);
    expect(stated('Samsung backs FuriosaAI, whose RNGD processor is in use at LG.')).toEqual(['FuriosaAI>RNGD']);
  });
  it("gives a known AI-chip start-up its program though the story is another's", () => {
    const en = 'Samsung opened a new fab. It also backs FuriosaAI, whose RNGD processor is in use at LG.';
    expect(extractText(en).chipPrograms.map((p) => p.owner)).toContain('FuriosaAI');
  });
});

describe('a plant written right after a company', () => {
  it('is the part bought, not the company (收购夏普堺工厂的土地)', () => {
    expect(rulePairs('软银宣布以约1000亿日元收购夏普堺工厂的土地与建物。', 'ACQUIRES')).toEqual([]);
    expect(rulePairs('軟銀宣布以約1000億日圓收購夏普堺工廠的土地與建物。', 'ACQUIRES')).toEqual([]);
    expect(rulePairs('软银宣布以约1000亿日元收购夏普。', 'ACQUIRES')).toEqual(['SoftBank>Sharp Corporation']);
  });
});
