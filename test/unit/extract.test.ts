import { extract } from '../../src/extract';

const rel = (x: ReturnType<typeof extract>, type: string) =>
  x.relations.filter((r) => r.type === type).map((r) => [r.subject, r.object, r.status ?? null]);

describe('extraction', () => {
  it('when one company is written in Traditional and Simplified script, then it is one entity with both spellings', () => {
    const x = extract('微軟宣佈與OpenAI合作。微软随后发布了新芯片。');
    const ms = x.entities.filter((e) => e.name === 'Microsoft');
    expect(ms).toHaveLength(1);
    expect(ms[0]!.aliases).toEqual(expect.arrayContaining(['微軟', '微软']));
    expect(rel(x, 'PARTNERS_WITH')).toEqual([['Microsoft', 'OpenAI', null]]);
  });

  it('when an acquisition is completed, considered or denied, then its status says so and a denial is no fact', () => {
    expect(rel(extract('軟銀已完成收購Ampere Computing。'), 'ACQUIRES')).toEqual([['SoftBank', 'Ampere Computing', 'completed']]);
    expect(rel(extract('Meta was in talks to acquire South Korean chip startup FuriosaAI.'), 'ACQUIRES')).toEqual([
      ['Meta', 'FuriosaAI', 'considering'],
    ]);
    expect(rel(extract('Intel denied it would acquire Groq.'), 'ACQUIRES')).toEqual([]);
  });

  it('when a name is unknown to the lexicon, then context types it and a bilingual gloss merges its spellings', () => {
    const x = extract('芯片新创公司Zephyr Silicon由前英特尔高管约翰·多伊(John Doe)创立。多伊表示将扩大团队。');
    const zephyr = x.entities.find((e) => e.name === 'Zephyr Silicon');
    expect(zephyr?.type).toBe('Organization');
    const doe = x.entities.filter((e) => e.type === 'Person');
    expect(doe).toHaveLength(1);
    expect([doe[0]!.name, ...doe[0]!.aliases]).toEqual(expect.arrayContaining(['John Doe', '约翰·多伊']));
    expect(rel(x, 'WORKS_FOR')).toEqual(
      expect.arrayContaining([
        ['John Doe', 'Intel', null],
        ['John Doe', 'Zephyr Silicon', null],
      ]),
    );
  });

  it('when a company builds its own chips, then it has a chip program with the chips and a status', () => {
    const x = extract('Acme Corp has scrapped its in-house AI chip after tests failed.');
    expect(x.chipPrograms).toEqual([expect.objectContaining({ owner: 'Acme Corp', status: 'setback' })]);
    const y = extract('Google said its TPU chips are deployed in its data centers, built by Broadcom.');
    expect(y.chipPrograms.map((p) => [p.owner, p.chips])).toEqual([['Google', ['TPU']]]);
  });

  it('when a chip vendor makes chips, then that is not an in-house chip program', () => {
    expect(extract('Nvidia unveiled its own H200 chips.').chipPrograms).toEqual([]);
  });

  it('when a fact is extracted, then its evidence is the sentence and its offsets in the cleaned text', () => {
    const raw = '|\n标题\n|\n英伟达向微软供应GPU芯片。';
    const x = extract(raw);
    const supply = x.relations.find((r) => r.type === 'SUPPLIES')!;
    expect([supply.subject, supply.object]).toEqual(['NVIDIA', 'Microsoft']);
    const ev = supply.provenance[0]!;
    expect(ev.sentence).toBe('英伟达向微软供应GPU芯片。');
    expect('标题\n英伟达向微软供应GPU芯片。'.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});

describe('chip programs of units and of chips named beside their maker', () => {
  it('when a chip unit belongs to a company that sells no chips, then the company has a program', () => {
    expect(extract('百度旗下的昆仑芯已递交上市申请。').chipPrograms.map((p) => p.owner)).toEqual(['Baidu']);
  });

  it('when a chip is only named beside its maker, then that is no program; a foundry making it for the owner is', () => {
    expect(extract('Orvane was founded by former Google TPU engineers.').chipPrograms).toEqual([]);
    expect(extract('Samsung will produce Tesla’s AI6 chip.').chipPrograms.map((p) => p.owner)).toEqual(['Tesla']);
  });
});

describe('chip programs from a chip team or a processor developed with a partner', () => {
  it('when a company builds a chip team from a year, or develops an AI processor with a partner, then it has a program', () => {
    const x = extract('快手从2022年开始组建芯片团队，并从英特尔招募了工程师。');
    expect(x.chipPrograms).toEqual([expect.objectContaining({ owner: 'Kuaishou', since: 2022 })]);
    const y = extract('美团正与博通合作开发一款人工智能处理器。');
    expect(y.chipPrograms.map((p) => p.owner)).toEqual(['Meituan']);
  });
});
