import { extractText } from '../../../src/extract';
import { PUBLIC_BODY } from '../../../src/extract/context';
import { rel, ruleRel } from './helpers';

describe('light coreference', () => {
  it('when a later sentence says "the startup", then it means the organization described as a startup', () => {
    expect(rel('Rivos, a chip startup, designs RISC-V chips. Meta said it plans to buy the startup.', 'ACQUIRES')).toEqual([
      ['Meta', 'Rivos'],
    ]);
  });

  it('when a sentence opens with 该公司/該公司/It, then the relation it states belongs to the organization named before', () => {
    expect(rel('雷川科技是一家芯片新创公司。该公司已向英伟达采购GPU。', 'SUPPLIES')).toEqual([['NVIDIA', '雷川科技']]);
    expect(rel('雷川科技是一家晶片新創公司。該公司已向輝達採購GPU。', 'SUPPLIES')).toEqual([['NVIDIA', '雷川科技']]);
    expect(rel('Helio Systems unveiled a new server on Monday. It buys GPUs from Nvidia and AMD.', 'SUPPLIES')).toEqual([
      ['NVIDIA', 'Helio Systems'],
      ['AMD', 'Helio Systems'],
    ]);
  });

  it('when a place modifies the description ("the Austin company"), then the description still refers, and "It" next is that company', () => {
    const text =
      'Korvel Cloud signed a deal with Microsoft. Founded in 2015 as a maker of workstations, the Austin company now rents Nvidia GPUs to developers. It competes with CoreWeave and Nebius for power.';
    expect(rel(text, 'COMPETES_WITH')).toEqual([
      ['CoreWeave', 'Korvel Cloud'],
      ['Korvel Cloud', 'Nebius'],
    ]);
  });

  it('when a sentence opens with a second company and tells of it ("X, based in …, is run by Y, its founder"), then "The company" and "Its" next are that company, not the story’s first', () => {
    const text =
      'Helio Systems raised $80 million last year. Helio Systems said it opposed the rules. Korvex Labs, based in Austin and founded in 2020, is run by Dana Whitfield, its founder and chief executive. The company sells the Zephyr K2 accelerator. Its investors include Tencent and ByteDance.';
    expect(rel(text, 'WORKS_FOR')).toEqual([['Dana Whitfield', 'Korvex Labs']]);
    expect(rel(text, 'INVESTS_IN')).toEqual([
      ['Tencent', 'Korvex Labs'],
      ['ByteDance', 'Korvex Labs'],
    ]);
  });

  it('when a bare 公司 or "the company" opens a sentence after one about investors, then it is the company the story names most', () => {
    const zhHans =
      '雷川科技完成新一轮融资。雷川科技的AI芯片已经量产。国家大基金、启明创投也位列雷川科技股东名单。公司还与中国电信合作建设万卡集群。';
    expect(rel(zhHans, 'PARTNERS_WITH')).toEqual([['China Telecom', '雷川科技']]);
    const zhHant =
      '雷川科技完成新一輪融資。雷川科技的AI晶片已經量產。國家大基金、啟明創投也名列雷川科技股東名單。公司還與中華電信合作建置萬卡叢集。';
    expect(rel(zhHant, 'PARTNERS_WITH')).toEqual([['Chunghwa Telecom', '雷川科技']]);
    const en =
      'Lumora Systems raised $50 million on Monday. Lumora Systems makes inference chips. Sequoia Capital led the round, and Sequoia Capital has backed several chip start-ups. The company has also partnered with Dell to build servers.';
    expect(rel(en, 'PARTNERS_WITH')).toEqual([['Dell', 'Lumora Systems']]);
  });

  it('when a sentence speaks for an executive whose company is known (周启明表示，公司…), then 公司 is that company', () => {
    const text = '澜算科技发布新芯片。澜算科技的芯片已量产。周启明是雷川科技的首席执行官。周启明表示，公司将与中国电信合作。';
    expect(rel(text, 'PARTNERS_WITH')).toEqual([['China Telecom', '雷川科技']]);
  });

  it('when a relation is found through a reference, then its evidence is the sentence that states it', () => {
    const x = extractText('Helio Systems unveiled a new server on Monday. It buys GPUs from Nvidia.');
    expect(x.relations.find((r) => r.type === 'SUPPLIES')?.provenance.map((p) => p.sentence)).toEqual(['It buys GPUs from Nvidia.']);
  });

  it('when "it" is not about a company (it is unclear, on it), then no relation is made up', () => {
    expect(rel('Helio Systems unveiled a new server on Monday. It is unclear whether Nvidia supplies chips.', 'SUPPLIES')).toEqual([]);
  });
});

describe('references to chips and kinds', () => {
  it('when "the chips" or 该芯片 refers back, then it is the chip named before', () => {
    expect(rel('Helio Systems unveiled its Zeta 300 accelerator, and Oracle will use the chips in its cloud.', 'USES')).toEqual([
      ['Oracle', 'Zeta 300'],
    ]);
    expect(rel('雷川科技发布了Zeta 300芯片。该芯片由台积电代工。', 'MANUFACTURES')).toEqual([['TSMC', 'Zeta 300']]);
    expect(rel('雷川科技發布了Zeta 300晶片。該晶片由台積電代工。', 'MANUFACTURES')).toEqual([['TSMC', 'Zeta 300']]);
  });

  it('when "the startup" was never described, then it is the company the story names most, not the subject beside it', () => {
    const text =
      "Korvia AI ships inference chips. Korvia AI competes with Groq. Hyundai Motor Group said it would keep buying the startup's chips.";
    expect(rel(text, 'SUPPLIES')).toEqual([['Korvia AI', 'Hyundai Motor Group']]);
  });
});

describe('descriptions by product', () => {
  it('when "the Claude maker" is named, then it is the maker of Claude', () => {
    expect(rel('Google has invested about $3 billion in the Claude maker.', 'INVESTS_IN')).toEqual([['Google', 'Anthropic']]);
  });
});

describe('references to a reporter, a chipmaker and a named chip', () => {
  it('when a news agency reports what "the company" did, then the company is not the agency', () => {
    expect(rel('Meta was expected to buy chips. Reuters reported that the company planned to deploy the Gaudi chip.', 'USES')).toEqual([
      ['Meta', 'Gaudi'],
    ]);
  });

  it('when a chip is code-named, then "the chip" after it is the code-named one', () => {
    const text =
      "Microsoft's next Maia chip, code-named Braga, was delayed. The chip will fall short of the performance of Nvidia's Blackwell.";
    expect(rel(text, 'COMPETES_WITH').map((p) => [...p].sort())).toEqual([['Blackwell', 'Braga']]);
  });
});

describe('"the company" and units of a known maker', () => {
  it('when another company was called "the AI company" earlier, then "the company" is still the story\'s topic', () => {
    const text =
      'Vexa Labs said Humain, the AI company owned by PIF, would buy its chips. The company, backed by Sequoia, wants to loosen Nvidia’s grip on the market.';
    expect(rel(text, 'COMPETES_WITH').map((p) => [...p].sort())).toEqual([['NVIDIA', 'Vexa Labs']]);
  });

  it('when the unit or parent of a chip maker is named with the chip, then it develops it', () => {
    expect(rel('世芯最大客户为亚马逊旗下的AWS，协助其开发Trainium系列芯片。', 'DEVELOPS')).toEqual([['AWS', 'Trainium']]);
    expect(rel('百度旗下的昆仑芯推出了P800芯片。', 'DEVELOPS')).toEqual([['Kunlunxin', 'Kunlun P800']]);
  });
});

describe('epithets', () => {
  it("when a later sentence calls a named company by its epithet, then it is that company, not the story's topic", () => {
    expect(
      rel('Helio Systems designs inference chips, and Google has tested them. The search giant also buys GPUs from Nvidia.', 'SUPPLIES'),
    ).toEqual([['NVIDIA', 'Google']]);
    expect(rel('雷川科技推出了推理芯片，阿里巴巴已完成测试。这家电商巨头还向英伟达采购GPU。', 'SUPPLIES')).toEqual([['NVIDIA', 'Alibaba']]);
    expect(rel('雷川科技推出了推論晶片，Google已完成測試。這家搜尋巨擘也向輝達採購GPU。', 'SUPPLIES')).toEqual([['NVIDIA', 'Google']]);
  });

  it('when an epithet fits several named companies, then it is the one the story named most', () => {
    const text =
      'Baidu tests Helio Systems chips. Baidu said the chips cut its costs. Google was also named. The search giant will buy more chips from Helio Systems.';
    expect(rel(text, 'SUPPLIES')).toEqual([['Helio Systems', 'Baidu']]);
  });
  it('when a known company is named in full and then by its name without "AI" (Together AI … Together said), then the short name is it, and "it" after is too', () => {
    const text =
      "Together AI raised $305 million on Thursday. Together said it is deploying Nvidia's Blackwell across its clusters. It is also working with Hypertec Cloud to co-build a cluster.";
    expect(rel(text, 'PARTNERS_WITH')).toContainEqual(['Hypertec Cloud', 'Together AI']);
    expect(rel(text, 'PARTNERS_WITH')).not.toContainEqual(['Hypertec Cloud', 'NVIDIA']);
    expect(extractText(text).entities.find((e) => e.name === 'Together AI')?.aliases).toContain('Together');
    // (The word alone, where the text does not use it as a name, is no mention.)
    const plain = extractText('Together AI raised $305 million on Thursday. Together, the two firms said they would build it.');
    expect(plain.entities.find((e) => e.name === 'Together AI')?.aliases ?? []).not.toContain('Together');
  });
  it("when a Chinese sentence goes on with no subject after 之后/随后/此外 (之後又與微軟合作), then its subject is the last sentence's", () => {
    const hant = '雷川科技于2023年推出雲端服務。之後又與微軟（Microsoft）合作，將Azure技術整合進平台。';
    expect(ruleRel(hant, 'PARTNERS_WITH')).toContainEqual(['Microsoft', '雷川科技']);
    const hans = '雷川科技于2023年推出云端服务。此外，还向英伟达采购了1.6万颗H100。';
    expect(ruleRel(hans, 'SUPPLIES')).toContainEqual(['NVIDIA', '雷川科技']);
    // (A sentence that names its own subject keeps it.)
    expect(ruleRel('雷川科技于2023年推出云端服务。此外，谷歌与微软合作。', 'PARTNERS_WITH')).not.toContainEqual(['Microsoft', '雷川科技']);
  });
});

describe('Governments and regulators in references', () => {
  it('when a regulator is named most, then "the startup" is still the company the story is about, and the regulator buys nothing', () => {
    const text =
      'The European Commission said the European Commission would examine the deal. Nvidia agreed to buy Run:ai. The startup was backed by Insight Partners. The European Commission set a deadline.';
    expect(rel(text, 'INVESTS_IN')).toEqual([['Insight Partners', 'Run:ai']]);
    expect(
      rel("Nvidia asked the court to annul the European Commission's decision to examine its purchase of Run:ai.", 'ACQUIRES'),
    ).not.toContainEqual(['European Commission', 'Run:ai']);
  });

  it("when a name is a ministry, a commission or a union of states, then it is a public body; a company's 事业部 is not", () => {
    expect(['美国商务部', 'European Commission', 'European Union', '日本政府'].filter((n) => PUBLIC_BODY.test(n))).toHaveLength(4);
    expect(['华为海思事业部', '英特爾數據中心事業部', 'Nvidia'].filter((n) => PUBLIC_BODY.test(n))).toEqual([]);
  });

  it('when a government takes a stake, then it still invests', () => {
    expect(rel('The US Commerce Department agreed to take a 10% stake in Intel.', 'INVESTS_IN')).toEqual([
      ['US Commerce Department', 'Intel'],
    ]);
  });
});

describe('Coreference: a list of companies is no "the company"', () => {
  it('when a sentence’s subject is a list of companies, then "the company" later still means the story’s company', () => {
    const text =
      'Nvidia launched a robot computer on Monday. Agility Robotics, Caterpillar and Boston Dynamics are evaluating the computer. Jane Marsh, the company’s vice president of robotics, said demand was strong.';
    expect(rel(text, 'WORKS_FOR')).toEqual([['Jane Marsh', 'NVIDIA']]);
  });
});

describe('Subjects: names after prepositions with descriptions, glosses, and "the chipmaker"', () => {
  const verdict =
    'A federal jury in Delaware on Friday found that Qualcomm (QCOM.O) did not breach its licence with Arm Holdings (ARM.O) when it folded technology from its $1.4 billion purchase of startup Nuvia into its own processors, a win for the chipmaker as it pushes its Snapdragon X Elite chips into laptops.';
  it('when a name follows a preposition and a description ("purchase of startup Nuvia"), then it is no subject of "its own processors"', () => {
    const x = extractText(verdict);
    expect(x.chipPrograms.map((p) => p.owner)).not.toContain('Nuvia');
    expect(x.relations.filter((r) => r.type === 'DEVELOPS' && r.object === 'Snapdragon X Elite').map((r) => r.subject)).toEqual([
      'Qualcomm',
    ]);
  });

  it('when "purchase of" is a takeover noun, then nothing is used; "the chipmaker" is the sentence’s own chipmaker', () => {
    const x = extractText(verdict);
    expect(x.relations.filter((r) => r.type === 'USES' || r.type === 'SUPPLIES')).toEqual([]);
    expect(x.chipPrograms.map((p) => p.owner)).not.toContain('Arm');
  });

  it('when a gloss follows a name after a preposition ("by broadcaster Central Korvane Television (CKTV)"), or a name is where something is ("in a China Unicom data centre"), then neither owns the in-house silicon', () => {
    const owners = extractText(
      "An AI processor designed by Alibaba Group's chip unit T-Head runs in a China Unicom data centre, according to a report aired by state broadcaster Central Korvane Television (CKTV), showing how far Alibaba's in-house silicon has come.",
    ).chipPrograms.map((p) => p.owner);
    expect(owners).not.toContain('CKTV');
    expect(owners).not.toContain('China Unicom');
  });
});

describe('A description is never the subject of its own clause', () => {
  it('when companies in a sentence are investors "in the company", then the company is the story’s, not one of them', () => {
    const text =
      'Korvex Labs sells the Zephyr K2 accelerator to carmakers. Parts supplier Denso and carmaker Mercedes-Benz are strategic investors in the company.';
    const investments = rel(text, 'INVESTS_IN');
    expect(investments).toContainEqual(['Mercedes-Benz Group', 'Korvex Labs']);
    expect(investments.map(([, o]) => o)).toEqual(investments.map(() => 'Korvex Labs'));
  });

  it('when the subject has an appositive naming its owner, then the owner is no antecedent either', () => {
    const text =
      'Korvex Labs sells the Zephyr K2 accelerator to carmakers. Sony Semiconductor Solutions, the image-sensor arm of Sony, and chip designer Arm both took stakes in the company in 2023.';
    const investees = rel(text, 'INVESTS_IN').map(([, o]) => o);
    expect(investees).toContain('Korvex Labs');
    expect(investees).not.toContain('Sony');
    expect(investees).not.toContain('Sony Semiconductor Solutions');
  });

  it('when Chinese investors are said to take part in 该公司/該公司融资, then they invest in the company named before, not in one of themselves', () => {
    expect(rel('澜算科技发布了新一代推理芯片。阿里巴巴、腾讯等互联网公司均曾参与该公司融资。', 'INVESTS_IN')).toEqual(
      expect.arrayContaining([
        ['Alibaba', '澜算科技'],
        ['Tencent', '澜算科技'],
      ]),
    );
    expect(rel('瀾算科技發表了新一代推理晶片。阿里巴巴、騰訊等網路公司均曾參與該公司融資。', 'INVESTS_IN')).toEqual(
      expect.arrayContaining([
        ['Alibaba', '瀾算科技'],
        ['Tencent', '瀾算科技'],
      ]),
    );
    expect(rel('智谱发布了新一代推理芯片。阿里巴巴、腾讯、美团等互联网公司均曾参与该公司融资。', 'INVESTS_IN')).toEqual(
      expect.arrayContaining([
        ['Alibaba', 'Zhipu AI'],
        ['Tencent', 'Zhipu AI'],
        ['Meituan', 'Zhipu AI'],
      ]),
    );
  });

  it('when the subject reports on itself ("Korvex said the company …"), then the company is still the subject', () => {
    expect(rel('Nvidia makes GPUs. Korvex Labs said the company would buy chips from AMD.', 'SUPPLIES')).toEqual([['AMD', 'Korvex Labs']]);
  });

  it('when a description stands right before the name it describes ("the artificial intelligence company SenseTime"), then it refers to no one else', () => {
    const text =
      'The U.S. barred Nvidia from shipping the H800 to China. Zhang Wen, a former president of the artificial intelligence company SenseTime, set up Biren in 2019.';
    const employers = rel(text, 'WORKS_FOR').map(([, o]) => o);
    expect(employers).toContain('SenseTime');
    expect(employers).not.toContain('NVIDIA');
  });
});
