import { extractText } from '../../../src/extract';
import { programOwners as owners } from './helpers';

// Sentences written for these tests.

describe('chip programs of companies given as examples or told in the present', () => {
  it('reads the examples of a kind of company before the cue', () => {
    const en = 'The round comes as the biggest cloud companies, including Microsoft, Amazon and Google, develop their own inference chips.';
    expect(owners(en)).toEqual(['Amazon', 'Google', 'Microsoft']);
  });
  it('reads "design AI processors in-house" in the present tense', () => {
    expect(owners('Analysts say Baidu and Alibaba also design AI processors in-house.')).toEqual(['Alibaba', 'Baidu']);
  });
  it("reads 自家晶片 as a company's own chips", () => {
    expect(owners('Groq、Cerebras等公司均推出自家推理晶片。')).toEqual(['Cerebras', 'Groq']);
    expect(owners('Groq、Cerebras等公司均推出自家推理芯片。')).toEqual(['Cerebras', 'Groq']);
  });
});

describe('a customer of in-house chips', () => {
  it('has no program of its own (成自研芯片最大客户)', () => {
    expect(owners('亚马逊推出Trainium3，Anthropic成自研芯片最大客户。')).toEqual(['Amazon']);
    expect(owners('亞馬遜推出Trainium3，Anthropic成自研晶片最大客戶。')).toEqual(['Amazon']);
  });
});

describe('a short form that is also a word, listed after known companies', () => {
  it('is the company before an adverb of the joint act (比亚迪、蔚来、理想也都…)', () => {
    const names = extractText('比亚迪、蔚来、理想也都在加大芯片投入。').entities.map((e) => e.name);
    expect(names).toContain('Li Auto');
    expect(extractText('这是一个理想也很难实现的目标。').entities.map((e) => e.name)).not.toContain('Li Auto');
  });
});

describe('a sentence with a cue of own silicon in each of two clauses', () => {
  it('gives the owners of both', () => {
    const hant = 'Groq、Cerebras等公司均推出自家推理晶片，而Google、亞馬遜等雲端巨頭亦自行研發AI晶片。';
    expect(owners(hant)).toEqual(['Amazon', 'Cerebras', 'Google', 'Groq']);
    expect(owners('Xiaomi designs its own phone chips, while Apple and Google also build custom silicon.')).toEqual([
      'Apple',
      'Google',
      'Xiaomi',
    ]);
  });
});
