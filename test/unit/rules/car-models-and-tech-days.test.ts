import { entities, programOwners, rulePairs } from './helpers';

// Sentences written for these tests.
describe('a Latin-named tech day in Chinese text', () => {
  it('is one event, its words spaced, and no company owns a program by it', () => {
    const text = '在今年的NIO IN科技日上，蔚来宣布公司自研的智能驾驶芯片神玑NX9031已经流片。';
    const named = entities(text);
    expect(named).toHaveProperty('NIO IN科技日', 'Event');
    expect(named).not.toHaveProperty('NIO IN');
    expect(programOwners(text)).toEqual(['NIO']);
  });
  it('stays one event in Traditional script too', () => {
    expect(entities('在NIO IN科技日上，蔚來發表了新車。')).toHaveProperty('NIO IN科技日', 'Event');
  });
});

describe('a Chinese event named after a brand', () => {
  it('is no event when a title or a verb of attending stands between (辉达执行长黄仁勋亲自出席论坛)', () => {
    expect(Object.values(entities('輝達執行長黃仁勳親自出席論壇並發表演講。'))).not.toContain('Event');
    expect(entities('在今年的小鹏科技日上，何小鹏发布新车。')).toHaveProperty('小鹏科技日', 'Event');
  });
});

describe("a car's model followed by SUV or MPV in English", () => {
  it('is a product without the kind, not an organization', () => {
    const text = 'XPeng has moved to its own Turing chip; its G7 SUV already ships with it.';
    const named = entities(text);
    expect(named).toHaveProperty('G7', 'Product');
    expect(named).not.toHaveProperty('G7 SUV');
    expect(programOwners(text)).toEqual(['XPeng']);
    expect(rulePairs(text, 'DEVELOPS')).toContain('XPeng>G7');
  });
  it('leaves a known company before the kind alone', () => {
    expect(entities('Tesla SUV sales fell in the quarter.')).toHaveProperty('Tesla', 'Organization');
  });
});

describe('a device named before the noun of its kind in English', () => {
  it('is a product its maker develops (its Magic V5 handset)', () => {
    const text = 'Honor said its Magic V5 handset runs the new chip.';
    expect(entities(text)).toHaveProperty('Magic V5', 'Product');
    expect(rulePairs(text, 'DEVELOPS')).toEqual(['HONOR>Magic V5']);
  });
});

describe('a name the appositive or the noun after it says the kind of', () => {
  it('is a chip after ", a new AI processing unit" (or a CPU, an SoC)', () => {
    const text = 'Dutch start-up Korvia Labs unveiled Brontes, a new AI processing unit for edge servers.';
    expect(entities(text)).toHaveProperty('Brontes', 'Chip');
    expect(rulePairs(text, 'DEVELOPS')).toEqual(['Korvia Labs>Brontes']);
    expect(entities('The firm also showed Tamar, an Arm-based server CPU.')).toHaveProperty('Tamar', 'Chip');
  });
  it("is a product before 'open models', its possessor's", () => {
    const text = "Nvidia's Clara open models will be offered to drug makers.";
    expect(entities(text)).toHaveProperty('Clara', 'Product');
    expect(rulePairs(text, 'DEVELOPS')).toEqual(['NVIDIA>Clara']);
  });
});

describe('a word before a known company in a list of them', () => {
  it('is no part of a new company (但蔚来、小鹏、理想等)', () => {
    const text = '英伟达和高通仍占据主要份额，但蔚来、小鹏、理想等新势力纷纷押注自研芯片。';
    const named = entities(text);
    expect(named).not.toHaveProperty('但蔚来');
    expect(programOwners(text)).toEqual(['Li Auto', 'NIO', 'XPeng']);
  });
});

describe("a dateline's dash before the story's first word", () => {
  it('opens the sentence: "When" or "Shares of" after it is no part of a name', () => {
    const text = 'LAS VEGAS (Dec 2025) — When Vexa Labs chief executive Jane Roe took the stage, the applause was loud.';
    const named = entities(text);
    expect(named).toHaveProperty('Vexa Labs', 'Organization');
    expect(named).not.toHaveProperty('When Vexa Labs');
    expect(rulePairs(text, 'WORKS_FOR')).toEqual(['Jane Roe>Vexa Labs']);
    expect(entities('SAN FRANCISCO, Nov 18 - When Vexa Labs said it would list, shares rose.')).toHaveProperty('Vexa Labs', 'Organization');
  });
  it('leaves a name after a dash inside a sentence whole', () => {
    expect(entities('Two firms — General Orbit Labs and Vexa Labs — said they would merge.')).toHaveProperty(
      'General Orbit Labs',
      'Organization',
    );
  });
});

describe('a chip named with a glued-on word or its kind in capitals', () => {
  it('is the chip alone ("the Arm-based Cobalt 100 CPU"), and its maker develops it', () => {
    const text = 'Vexa Labs introduced its first accelerator, Zephyr 100, together with the Arm-based Cirrus 100 CPU.';
    const named = entities(text);
    expect(named).toHaveProperty('Cirrus 100', 'Chip');
    expect(named).not.toHaveProperty('Cirrus 100 CPU');
    expect(named).not.toHaveProperty('Arm-based Cirrus 100');
    expect(rulePairs(text, 'DEVELOPS').sort()).toEqual(['Vexa Labs>Cirrus 100', 'Vexa Labs>Zephyr 100']);
  });
  it("leaves the maker's name before the chip a company of its own (AMD Instinct MI450 GPUs)", () => {
    const named = entities('Oracle will offer 50,000 AMD Instinct MI450 GPUs next year.');
    expect(named).toHaveProperty('AMD', 'Organization');
    expect(named).not.toHaveProperty('AMD Instinct MI450');
  });
  it('drops the kind of card before a Chinese brand (加速卡云燧T20)', () => {
    const named = entities('燧原先后推出云端训练加速卡云燧T20及推理卡云燧i20。');
    expect(Object.keys(named).some((n) => n.startsWith('速卡'))).toBe(false);
  });
});

describe('words that are no company', () => {
  it('a year before a name ("In April 2024 Microsoft invested")', () => {
    const named = entities('In April 2024 Microsoft invested $1.5 billion in G42.');
    expect(named).toHaveProperty('Microsoft', 'Organization');
    expect(named).not.toHaveProperty('2024 Microsoft');
  });
  it('a technology ending in 技术 (交换与光通信技术), unless a legal form follows', () => {
    const named = entities('诺基亚将在英伟达的基础设施中采用自家的数据中心交换与光通信技术。');
    expect(Object.keys(named).some((n) => n.endsWith('技术'))).toBe(false);
  });
});
