import { allPairs, entities, rulePairs } from './helpers';

// Sentences written for these tests.
const invests = (text: string) => allPairs(text, 'INVESTS_IN');

describe('a word of listing or of time', () => {
  it("is nobody's name (投资人包括…, 此前领投…)", () => {
    const hant = 'Graphcore過去累計募資約7億美元，投資人包括紅杉資本、微軟以及三星等。';
    expect(Object.keys(entities(hant))).not.toContain('包括');
    expect(rulePairs(hant, 'INVESTS_IN').sort()).toEqual(['Microsoft>Graphcore', 'Samsung>Graphcore', 'Sequoia Capital>Graphcore']);
    expect(Object.keys(entities('而此前领投其B轮融资的韩国电信运营商KT仍持有股份。'))).not.toContain('此前');
  });
});

describe('companies a rule read as funded in a sentence', () => {
  it('put no money into the round the story is about', () => {
    const text =
      'xAI完成200亿美元E轮融资，英伟达、思科作为战略投资者入局。业内人士指出，英伟达通过入股大模型公司锁定需求：除xAI外，英伟达还投资了OpenAI、Anthropic和法国的Mistral AI。';
    expect(invests(text)).toEqual(['Cisco>xAI', 'NVIDIA>Anthropic', 'NVIDIA>Mistral AI', 'NVIDIA>OpenAI', 'NVIDIA>xAI']);
  });
});

describe('a round led in "the company"', () => {
  it("is a round in the story's company, not in the one named last", () => {
    const text =
      'Mistral AI, the French model developer, is turning into a cloud company. Mistral’s new service will run on 18,000 Nvidia chips, a wave that Nvidia is helping to build. Three months later, ASML led a 1.7 billion euro funding round in the company. Existing backers, among them Andreessen Horowitz and Bpifrance, also joined the round. The deal valued Mistral at 11.7 billion euros.';
    expect(invests(text)).toEqual(['ASML>Mistral AI', 'Andreessen Horowitz>Mistral AI', 'Bpifrance>Mistral AI']);
  });
});
