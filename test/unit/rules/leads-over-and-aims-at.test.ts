import { unorderedPairs } from './helpers';

// Sentences written for these tests.
describe('a lead over others, and parts aimed squarely at theirs', () => {
  it('makes rivals of the one ahead and each one behind ("an early lead over A and B")', () => {
    const text = 'Vexa Labs said it had finished its HBM4 design, claiming an early lead over Samsung Electronics and Micron Technology.';
    expect(unorderedPairs(text, 'COMPETES_WITH')).toEqual(['Micron>Vexa Labs', 'Samsung>Vexa Labs']);
  });
  it('makes rivals of the one aiming and the possessor aimed at', () => {
    const text = "Vexa Labs is aiming the new parts squarely at Apple's M-series Macs.";
    expect(unorderedPairs(text, 'COMPETES_WITH')).toEqual(['Apple>Vexa Labs']);
  });
  it('reads no rivalry in a lead of a race or an aim with no target', () => {
    expect(unorderedPairs('Vexa Labs took the lead in the race, Samsung Electronics said.', 'COMPETES_WITH')).toEqual([]);
    expect(unorderedPairs('Vexa Labs aims to ship the parts to Samsung Electronics next year.', 'COMPETES_WITH')).toEqual([]);
  });
});

describe("someone's most direct rival", () => {
  it('is a noun, so the company the sentence sells to later is no rival', () => {
    const text = "Vexa Labs is Nvidia's most direct rival in Europe, selling its driving platform to BMW.";
    expect(unorderedPairs(text, 'COMPETES_WITH').filter((p) => p.includes('BMW') && p.includes('NVIDIA'))).toEqual([]);
  });
});
