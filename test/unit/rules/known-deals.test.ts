import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractText } from '../../../src/extract';
import { loadLexicon, type Lexicon } from '../../../src/extract/lexicon';

// A lexicon written for these tests: Qorvane Systems is known to have bought Halvard Labs, to buy from Orrin Foundry and
// to work with Velmor AI and to compete with Tessaro Chips.
let dir: string;
let lexicon: Lexicon;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chipgraph-deals-'));
  const orgs = [
    {
      name: 'Qorvane Systems',
      aliases: ['奎沃恩'],
      acquired: ['Halvard Labs'],
      suppliers: ['Orrin Foundry'],
      partners: ['Velmor AI'],
      rivals: ['Tessaro Chips'],
    },
    { name: 'Tessaro Chips', aliases: ['泰萨罗'] },
    { name: 'Brisk Cloud', aliases: ['布里斯克云'] },
    { name: 'Halvard Labs', aliases: ['哈尔瓦德', '哈爾瓦德'] },
    { name: 'Orrin Capital', aliases: ['奥林资本'] },
    { name: 'Orrin Foundry', aliases: ['奥林晶圆'] },
    { name: 'Velmor AI', aliases: ['维尔莫'] },
  ];
  writeFileSync(join(dir, 'organizations.json'), JSON.stringify(orgs));
  lexicon = loadLexicon(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const acquisitions = (text: string) =>
  extractText(text, { lexicon })
    .relations.filter((r) => r.type === 'ACQUIRES')
    .map((r) => [r.subject, r.object, r.confidence]);

describe('ACQUIRES the lexicon knows of', () => {
  it('when a sentence names a known purchase, by name or by "its", then the buyer acquires the company (confidence 0.5)', () => {
    const told = 'Qorvane Systems unveiled a new accelerator. Its networking unit still runs on designs from Halvard Labs, bought in 2019.';
    expect(acquisitions(told)).toEqual([['Qorvane Systems', 'Halvard Labs', 0.5]]);
    expect(acquisitions('奎沃恩发布新芯片。这笔交易是奎沃恩继哈尔瓦德之后的又一次收购。')).toEqual([
      ['Qorvane Systems', 'Halvard Labs', 0.5],
    ]);
    expect(acquisitions('奎沃恩發表新晶片。哈爾瓦德被收入囊中後，奎沃恩的網路業務大增。')).toEqual([
      ['Qorvane Systems', 'Halvard Labs', 0.5],
    ]);
  });

  it('when the two are named without words of buying, or a party denies it, then nothing is read', () => {
    expect(acquisitions('Qorvane Systems and Halvard Labs both showed chips at the fair.')).toEqual([]);
    expect(acquisitions('Qorvane Systems denied that it was buying Halvard Labs.')).toEqual([]);
  });

  it('when the words of a deal are in another clause than both names (shareholders selling before a merger), then they are not its parties; nor when both are listed with a third', () => {
    expect(acquisitions('在合并完成前，股东奥林资本、奎沃恩与哈尔瓦德将出售各自的持股。')).toEqual([]);
    expect(acquisitions('股东奥林资本、奎沃恩和哈尔瓦德将在合并前出售所持股份的3%。')).toEqual([]);
    expect(
      acquisitions('Shareholders Orrin Capital, Qorvane Systems and Halvard Labs will sell 3% of their shares ahead of the merger.'),
    ).toEqual([]);
    expect(acquisitions('Qorvane Systems and Halvard Labs abandon their merger.')).toEqual([['Qorvane Systems', 'Halvard Labs', 0.5]]);
  });
});

describe('What the lexicon knows of the story’s company, with the company referred to', () => {
  const known = (text: string) =>
    extractText(text, { lexicon })
      .relations.filter((r) => r.confidence === 0.5)
      .map((r) => [r.type, r.subject, r.object]);

  it('when a sentence refers to the story’s company (该公司, the company) and names a known supplier or partner with the right words, then they are related', () => {
    expect(known('奎沃恩发布新芯片。该公司的订单持续增加，奥林晶圆正扩产。')).toEqual([['SUPPLIES', 'Orrin Foundry', 'Qorvane Systems']]);
    expect(known('Qorvane Systems unveiled a new accelerator. The company said Velmor AI had worked together with its engineers.')).toEqual(
      [['PARTNERS_WITH', 'Qorvane Systems', 'Velmor AI']],
    );
  });
});

describe('What the lexicon knows of the company a story is about, when the story opens on another', () => {
  const known = (text: string) =>
    extractText(text, { lexicon })
      .relations.filter((r) => r.confidence === 0.5)
      .map((r) => [r.type, r.subject, r.object]);
  const opening =
    'Brisk Cloud plans a new cluster. Qorvane Systems unveiled its second chip on Monday. Qorvane Systems said demand is strong.';

  it('when the company named most has a known supplier or rival named with it in words of the kind, then they are related', () => {
    expect(known(`${opening} Orrin Foundry and Qorvane Systems both reported strong orders.`)).toEqual([
      ['SUPPLIES', 'Orrin Foundry', 'Qorvane Systems'],
    ]);
    expect(known(`${opening} The rivalry between Qorvane Systems and Tessaro Chips is heating up.`)).toEqual([
      ['COMPETES_WITH', 'Qorvane Systems', 'Tessaro Chips'],
    ]);
    expect(known('布里斯克云计划建设新集群。奎沃恩周一发布第二代芯片。奎沃恩表示需求强劲。奥林晶圆与奎沃恩的订单均大增。')).toEqual([
      ['SUPPLIES', 'Orrin Foundry', 'Qorvane Systems'],
    ]);
  });
});
