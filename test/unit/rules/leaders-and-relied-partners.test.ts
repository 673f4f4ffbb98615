import { relWith, rulePairs, unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('capacity from listed partners', () => {
  it('reads each partner listed after "capacity from partners such as" as a supplier', () => {
    const text = 'Microsoft signed new contracts for GPU capacity from partners such as Nebius and CoreWeave.';
    expect(rulePairs(text, 'SUPPLIES').sort()).toEqual(['CoreWeave>Microsoft', 'Nebius>Microsoft']);
  });
});

describe('relying on one as a partner', () => {
  it('is a partnership, not a purchase', () => {
    const text = 'For years Google has relied on Broadcom as its TPU design partner.';
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['Broadcom>Google']);
    expect(rulePairs(text, 'SUPPLIES')).toEqual([]);
  });
  it('leaves plain reliance a supply', () => {
    expect(rulePairs('Google relies on Broadcom for networking chips.', 'SUPPLIES')).toEqual(['Broadcom>Google']);
  });
});

describe('agreeing with a company to act', () => {
  it('is a partnership, also past an appositive', () => {
    const text = 'Humain agreed with xAI, the AI developer founded by Elon Musk, to build a data centre in the kingdom.';
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['Humain>xAI']);
  });
  it('is none when it is agreeing with a view', () => {
    expect(unorderedPairs('Most investors agreed with Bernstein that Nvidia would keep its lead.', 'PARTNERS_WITH')).toEqual([]);
  });
});

describe('people who chair, head or once ran a company', () => {
  it('reads chairing a company as a post there, also when the company is "it"', () => {
    expect(rulePairs('Crown Prince Mohammed bin Salman chairs Humain.', 'WORKS_FOR')).toEqual(['Mohammed bin Salman>Humain']);
    const text = 'Humain was launched in May with state money. Crown Prince Mohammed bin Salman chairs it.';
    expect(rulePairs(text, 'WORKS_FOR')).toContain('Mohammed bin Salman>Humain');
  });
  it('reads "a veteran who previously ran X" as a former post', () => {
    const text = 'Tareq Amin, a telecoms veteran who previously ran Aramco Digital, now leads the venture.';
    expect(relWith(text, 'WORKS_FOR', 'role')).toContainEqual(['Tareq Amin', 'Aramco Digital', 'former']);
  });
  it('reads "X alumni" before names as people who worked at X', () => {
    const text = 'The start-up was founded by Meta alumni Guillaume Lample and Timothée Lacroix.';
    expect(rulePairs(text, 'WORKS_FOR').sort()).toEqual(['Guillaume Lample>Meta', 'Timothée Lacroix>Meta']);
  });
});

describe("a person's company", () => {
  it('is the company the story said the person leads', () => {
    const text = "Jane Okafor is the chief executive of Humain. This week Okafor's company agreed with xAI to build a data centre.";
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['Humain>xAI']);
  });
  it('is the company the lexicon knows the person leads, when the story has not said', () => {
    const text = "Tareq Amin spoke at the forum in Riyadh. Later, Amin's company agreed with Cisco to build a data centre.";
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['Cisco>Humain']);
  });
  it('is the company of the person "his company" follows', () => {
    const text = 'Nvidia chief executive Jensen Huang spoke in Riyadh. He said his company agreed with Humain to build an AI factory.';
    expect(unorderedPairs(text, 'PARTNERS_WITH')).toEqual(['Humain>NVIDIA']);
  });
});
