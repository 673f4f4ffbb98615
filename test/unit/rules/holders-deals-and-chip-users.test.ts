import { extractText } from '../../../src/extract';
import { rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('a company described by who holds or invested in it', () => {
  it('reads 为最大外部股东的 / 获…投资的 before the name in both scripts', () => {
    expect(rulePairs('腾讯为最大外部股东的燧原科技已启动上市辅导。', 'INVESTS_IN')).toEqual(['Tencent>Enflame']);
    expect(rulePairs('騰訊為最大外部股東的燧原科技已啟動上市輔導。', 'INVESTS_IN')).toEqual(['Tencent>Enflame']);
    expect(rulePairs('壁仞科技已递交上市申请，获腾讯注资的燧原科技也已启动上市辅导。', 'INVESTS_IN')).toEqual(['Tencent>Enflame']);
    expect(rulePairs('壁仞科技已遞交上市申請，獲騰訊注資的燧原科技也已啟動上市輔導。', 'INVESTS_IN')).toEqual(['Tencent>Enflame']);
  });
  it('reads "whose biggest outside shareholder is" as the holder investing in the company', () => {
    expect(rulePairs('Enflame, whose biggest outside shareholder is Tencent, plans a listing.', 'INVESTS_IN')).toEqual(['Tencent>Enflame']);
  });
  it('does not read an investor in a company as working for it', () => {
    expect(rulePairs('OpenAI chief executive Sam Altman was an early investor in Cerebras.', 'WORKS_FOR')).toEqual(['Sam Altman>OpenAI']);
    expect(rulePairs('Sam Altman is a director of Cerebras.', 'WORKS_FOR')).toEqual(['Sam Altman>Cerebras']);
  });
});

describe('who leads a company, named before it (由X领军的Y)', () => {
  it('reads the leader as working for the company after 的', () => {
    expect(rulePairs('由董事长林百里领军的广达在加州已有生产据点。', 'WORKS_FOR')).toEqual(['Barry Lam>Quanta Computer']);
    expect(rulePairs('由董事長林百里領軍的廣達在加州已有生產據點。', 'WORKS_FOR')).toEqual(['Barry Lam>Quanta Computer']);
  });
});

describe('customers and suppliers named as such', () => {
  it("does not take the next clause's subject for a customer listed after 客户之一", () => {
    expect(rulePairs('腾讯是燧原最主要的客户之一，燧原的推理卡已部署。', 'SUPPLIES')).toEqual(['Enflame>Tencent']);
    expect(rulePairs('騰訊是燧原最主要的客戶之一，燧原的推理卡已部署。', 'SUPPLIES')).toEqual(['Enflame>Tencent']);
  });
  it('reads a customer of chips (是…DCU的重要客户) as using each chip listed', () => {
    expect(rulePairs('中科曙光也是海光DCU和海光CPU的重要客户。', 'USES')).toContain('Sugon>Hygon DCU');
    expect(rulePairs('中科曙光也是海光DCU和海光CPU的重要客戶。', 'USES')).toContain('Sugon>Hygon DCU');
    expect(rulePairs('中科曙光也是海光的重要客户。', 'USES')).toEqual([]);
  });
  it('reads capacity named by its provider ("rent AWS capacity") as the provider supplying the renter', () => {
    expect(rulePairs('OpenAI signed an agreement to rent AWS capacity.', 'SUPPLIES')).toEqual(['AWS>OpenAI']);
    expect(rulePairs('CoreWeave agreed to rent Microsoft a large block of GPU computing capacity.', 'SUPPLIES')).toEqual([
      'CoreWeave>Microsoft',
    ]);
  });
  it('reads "has been serving" a company as supplying it, but not a market', () => {
    expect(rulePairs('Groq has also been serving Meta.', 'SUPPLIES')).toEqual(['Groq>Meta']);
    expect(rulePairs('Nvidia has been serving the Chinese market.', 'SUPPLIES')).toEqual([]);
  });
  it('reads a foundry in apposition ("SMIC, Huawei\'s main domestic foundry") and a provider chosen', () => {
    expect(rulePairs("The dies are fabricated by SMIC, Huawei's main domestic foundry.", 'SUPPLIES')).toEqual(['SMIC>Huawei']);
    expect(rulePairs('Microsoft chose Groq as the inference provider for its network.', 'SUPPLIES')).toEqual(['Groq>Microsoft']);
  });
  it('reads a compute deal (签下算力协议) as sold by the party that sells chips', () => {
    expect(rulePairs('OpenAI同时与英伟达、AMD签下大额算力协议。', 'SUPPLIES').sort()).toEqual(['AMD>OpenAI', 'NVIDIA>OpenAI']);
    expect(rulePairs('OpenAI同時與輝達、AMD簽下大額算力協議。', 'SUPPLIES').sort()).toEqual(['AMD>OpenAI', 'NVIDIA>OpenAI']);
    expect(rulePairs('Cerebras与OpenAI签下总值逾100亿美元的算力合约。', 'SUPPLIES')).toEqual(['Cerebras>OpenAI']);
    // (Neither sells chips: the words do not say who buys.)
    expect(rulePairs('Meta与Anthropic签下算力合约。', 'SUPPLIES')).toEqual([]);
  });
});

describe('chips and their users', () => {
  it('reads "Trainium3 users include A and B" and 的首批客户包括 as each one using the chip', () => {
    expect(unorderedPairs('Early Trainium3 users named by AWS include Anthropic and Apple.', 'USES')).toEqual([
      'Anthropic>Trainium3',
      'Apple>Trainium3',
    ]);
    expect(rulePairs('昇腾910C的首批客户包括百度和腾讯。', 'USES').sort()).toEqual(['Baidu>Ascend 910C', 'Tencent>Ascend 910C']);
    expect(rulePairs('昇騰910C的首批客戶包括百度和騰訊。', 'USES').sort()).toEqual(['Baidu>Ascend 910C', 'Tencent>Ascend 910C']);
  });
  it('reads "built on a TSMC 6-nanometer process" as the foundry making the chip', () => {
    expect(rulePairs('Its current MTIA accelerator, built on a TSMC 6-nanometer process, is sold in racks.', 'MANUFACTURES')).toEqual([
      'TSMC>MTIA',
    ]);
  });
});

describe("a unit's chip program beside its parent's", () => {
  it("is the parent's program, one effort with one owner", () => {
    const x = extractText('百度自研的昆仑芯片已经量产。今年4月，百度智能云宣布点亮由昆仑芯第三代P800芯片组成的三万卡集群。');
    expect(x.chipPrograms.map((p) => [p.owner, p.chips])).toEqual([['Baidu', ['Kunlun', 'Kunlun P800']]]);
    const t = extractText('百度自研的崑崙晶片已經量產。今年4月，百度智能雲宣布點亮由崑崙芯第三代P800晶片組成的三萬卡集群。');
    expect(t.chipPrograms.map((p) => p.owner)).toEqual(['Baidu']);
  });
});

describe('orders, use and deals that name the customer', () => {
  it('reads the orders a seller took "from" companies as sales to them, not purchases', () => {
    expect(rulePairs('Oracle said the new orders came mainly from Meta and Nvidia.', 'SUPPLIES').sort()).toEqual([
      'Oracle>Meta',
      'Oracle>NVIDIA',
    ]);
    expect(rulePairs('甲骨文表示，新增订单主要来自Meta、英伟达等公司。', 'SUPPLIES').sort()).toEqual(['Oracle>Meta', 'Oracle>NVIDIA']);
    expect(rulePairs('甲骨文表示，新增訂單主要來自Meta、輝達等公司。', 'SUPPLIES').sort()).toEqual(['Oracle>Meta', 'Oracle>NVIDIA']);
    expect(rulePairs('Oracle orders chips from Nvidia.', 'SUPPLIES')).toEqual(['NVIDIA>Oracle']);
  });
  it('reads "expand its use of" a provider or its chips as using them', () => {
    const text = 'Anthropic said it would expand its use of Google Cloud to as many as one million TPUs.';
    expect(rulePairs(text, 'SUPPLIES')).toEqual(['Google Cloud>Anthropic']);
    expect(rulePairs(text, 'USES')).toEqual(['Anthropic>TPU']);
  });
  it('reads work spread over kinds of hardware listed after a colon as using each', () => {
    const text = "Anthropic spreads the training of its models over three kinds of hardware: Google's TPUs and Amazon's Trainium chips.";
    expect(rulePairs(text, 'USES').sort()).toEqual(['Anthropic>TPU', 'Anthropic>Trainium']);
  });
  it('reads a cloud contract with a known supplier as its supply', () => {
    expect(rulePairs('OpenAI has also signed a large cloud contract with Oracle.', 'SUPPLIES')).toEqual(['Oracle>OpenAI']);
  });
  it('reads a procurement won (中标了X的采购项目) as a sale to the one procuring', () => {
    expect(rulePairs('昆仑芯今年还中标了中国移动的AI设备集中采购项目。', 'SUPPLIES')).toEqual(['Kunlunxin>China Mobile']);
    expect(rulePairs('崑崙芯今年還中標了中國移動的AI設備集中採購項目。', 'SUPPLIES')).toEqual(['Kunlunxin>China Mobile']);
  });
});

describe('who the sentence is about', () => {
  it('reads a regulator that speaks of using chips as no user of them', () => {
    const text =
      "The Commerce Department's Bureau of Industry and Security said that using Ascend 910B chips anywhere could breach US rules.";
    expect(rulePairs(text, 'USES')).toEqual([]);
    expect(rulePairs('美国商务部宣布，批准Humain购买英伟达GB300芯片。', 'USES')).toEqual(['Humain>GB300']);
  });
  it('hands "the company" on to the one a sentence opens on ("For Anthropic, …", 对于X来说)', () => {
    const text =
      'Amazon Web Services sells Trainium chips. For Anthropic, the choice of chips is about supply. The company also buys TPU capacity from Google Cloud.';
    expect(rulePairs(text, 'SUPPLIES')).toEqual(['Google Cloud>Anthropic']);
    const zh = '亚马逊云科技销售Trainium芯片。对于Anthropic来说，芯片的选择关乎供应。该公司也向谷歌云采购TPU算力。';
    expect(rulePairs(zh, 'SUPPLIES')).toEqual(['Google Cloud>Anthropic']);
    const zt = '亞馬遜雲端銷售Trainium晶片。對於Anthropic來說，晶片的選擇關乎供應。該公司也向谷歌雲端採購TPU算力。';
    expect(rulePairs(zt, 'SUPPLIES')).toEqual(['Google Cloud>Anthropic']);
  });
});

describe("what a company's business opens a sentence on", () => {
  it('hands "it" in the next sentence on to the possessor that opened the last ("Broadcom\'s XPU business …")', () => {
    const text = "Broadcom's XPU business already counts Google and Meta. In October it signed an agreement with OpenAI.";
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['Broadcom>OpenAI']);
  });
  it('does not read "OpenAI-designed accelerators" as goods OpenAI sells', () => {
    expect(rulePairs('Broadcom agreed with OpenAI to deploy 10 gigawatts of OpenAI-designed accelerators.', 'SUPPLIES')).toEqual([]);
    expect(rulePairs('OpenAI will deploy at least 10 gigawatts of Nvidia systems.', 'SUPPLIES')).toEqual(['NVIDIA>OpenAI']);
  });
});

describe('fleets counted and suppliers listed', () => {
  it('reads a cluster that "held" or "began with" a counted number of chips as its owner using them', () => {
    expect(rulePairs("Tesla's Cortex cluster began with about 50,000 Nvidia H100 GPUs.", 'USES')).toEqual(['Tesla>H100']);
    expect(rulePairs("Tesla's Cortex cluster began with about 50,000 Nvidia H100 GPUs.", 'SUPPLIES')).toEqual(['NVIDIA>Tesla']);
    expect(rulePairs("Nvidia's revenue held 40% of the market.", 'USES')).toEqual([]);
  });
  it('reads each supplier listed before 的客户 (甲骨文是广达与鸿海的重要客户), and after "customers of"', () => {
    expect(rulePairs('甲骨文是广达与鸿海的重要客户。', 'SUPPLIES').sort()).toEqual(['Foxconn>Oracle', 'Quanta Computer>Oracle']);
    expect(rulePairs('甲骨文是廣達與鴻海的重要客戶。', 'SUPPLIES').sort()).toEqual(['Foxconn>Oracle', 'Quanta Computer>Oracle']);
    expect(rulePairs('Oracle is one of the largest customers of Quanta and Foxconn.', 'SUPPLIES').sort()).toEqual([
      'Foxconn>Oracle',
      'Quanta Computer>Oracle',
    ]);
  });
});

describe('what these readings leave alone (review cases)', () => {
  it('reads no users from "customers are …" or 的客户有望', () => {
    expect(rulePairs('Many H100 customers are switching to AMD.', 'USES')).toEqual([]);
    expect(rulePairs('H20的客户有望转向华为。', 'USES')).toEqual([]);
  });
  it('keeps "will provide Microsoft computing capacity" a supply to Microsoft', () => {
    expect(rulePairs('CoreWeave will provide Microsoft computing capacity.', 'SUPPLIES')).toEqual(['CoreWeave>Microsoft']);
  });
  it('reads no post from an investor described at length, and no customer from "serving customers"', () => {
    expect(rulePairs('Sam Altman was an early personal investor in the chip startup Cerebras.', 'WORKS_FOR')).toEqual([]);
    expect(rulePairs('Nvidia is serving customers in China.', 'SUPPLIES')).toEqual([]);
  });
  it('keeps a program after 因为 (no beneficiary), and a unit of its own name its own program', () => {
    expect(extractText('因为谷歌在自研AI芯片，英伟达面临竞争。').chipPrograms.map((p) => p.owner)).toEqual(['Google']);
    const x = extractText('Alphabet said Google is building its own TPU chips. Alphabet also develops its own AI chips.');
    expect(x.chipPrograms.map((p) => p.owner).sort()).toEqual(['Alphabet', 'Google']);
  });
});
