import { entities, rulePairs, unorderedPairs } from './helpers';
import { extractText } from '../../../src/extract';

const names = (text: string) => extractText(text).entities.map((e) => e.name);
const pairs = (text: string, type: string) =>
  extractText(text)
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.subject}>${r.object}`)
    .sort();

// Sentences written for these tests.
describe('investors a company drew (吸引了A、B等投资方)', () => {
  it('reads each listed investor as investing in the company that drew them', () => {
    const text = '创立初期，Graphcore吸引了红杉资本、微软和三星等投资方。';
    expect(rulePairs(text, 'INVESTS_IN').sort()).toEqual(['Microsoft>Graphcore', 'Samsung>Graphcore', 'Sequoia Capital>Graphcore']);
    const hant = '創立初期，Graphcore吸引了紅杉資本、微軟和三星等投資方。';
    expect(rulePairs(hant, 'INVESTS_IN').sort()).toEqual(['Microsoft>Graphcore', 'Samsung>Graphcore', 'Sequoia Capital>Graphcore']);
  });
  it('leaves no known investment of one of them in another company the sentence names', () => {
    // (The lexicon knows Sequoia as an investor of NVIDIA; here it put money into Graphcore.)
    const text = '创立初期，Graphcore吸引了红杉资本、微软等投资方，被视为英伟达的挑战者。';
    expect(pairs(text, 'INVESTS_IN')).toEqual(['Microsoft>Graphcore', 'Sequoia Capital>Graphcore']);
  });
});

describe('a Chinese description written before a known Latin name', () => {
  it('is no organization of its own (阿布扎比科技集团G42)', () => {
    const text = 'OpenAI宣布将与阿布扎比科技集团G42合作建设计算集群。';
    expect(names(text)).not.toContain('阿布扎比科技集团');
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['G42>OpenAI']);
    expect(names('Cerebras與阿布達比科技集團G42合作打造超級電腦。')).not.toContain('阿布達比科技集團');
  });
  it('is still an organization where the text also writes it alone', () => {
    expect(names('阿布扎比科技集团G42宣布扩建。阿布扎比科技集团还表示将招聘更多工程师。')).toContain('阿布扎比科技集团');
  });
});

describe('words that only look like names', () => {
  it('a wave of listings in quotes after GPU (国产GPU“上市潮”) is no chip', () => {
    expect(entities('壁仞上市后，国产GPU“上市潮”仍在延续。')).not.toHaveProperty('上市潮');
    expect(entities('壁仞上市後，國產GPU「上市潮」仍在延續。')).not.toHaveProperty('上市潮');
  });
  it('联合开发 is the verb, not an organization', () => {
    expect(names('双方将联合开发数据中心和PC产品。')).toEqual([]);
  });
  it('the fees for using GPUs (使用费用) are no use of the chips bought later in the sentence', () => {
    const text = '印度政府已补贴3万颗GPU的使用费用，塔塔通讯（Tata Communications）等业者也向英伟达采购H100。';
    expect(pairs(text, 'USES')).toEqual(['Tata Communications>H100']);
    const hant = '印度政府已補貼3萬顆GPU的使用費用，塔塔通訊（Tata Communications）等業者也向輝達採購H100。';
    expect(pairs(hant, 'USES')).toEqual(['Tata Communications>H100']);
  });
});
