import { rulePairs } from './helpers';

// Sentences written for these tests.
describe('devices and the chips that go into them', () => {
  it('reads "X, a smaller chip with a modem, which powers the new Y"', () => {
    const text = 'Xiaomi also showed the XRING T1, a smaller chip with a modem, which powers the new Xiaomi Watch S4.';
    expect(rulePairs(text, 'USES')).toEqual(['Xiaomi Watch S4>XRING T1']);
  });
  it('reads a chip put or fitted into a device', () => {
    expect(rulePairs('Xiaomi fits DRIVE AGX Thor as standard in the YU7 SUV.', 'USES')).toEqual(['YU7>DRIVE Thor']);
    expect(rulePairs('Xiaomi put the XRING O1 into its Xiaomi 15S Pro.', 'USES')).toEqual(['Xiaomi 15S Pro>XRING O1']);
  });
  it('reads no use where the chip is put on hold', () => {
    expect(rulePairs('Xiaomi put the XRING O1 on hold for the Xiaomi 15S Pro.', 'USES')).toEqual([]);
  });
});

describe('a company that "would build" its products on a chip', () => {
  it("uses it, and the chip's maker supplies it", () => {
    const text = "BYD said it would build its next-generation vehicles on Nvidia's DRIVE Thor.";
    expect(rulePairs(text, 'USES')).toEqual(['BYD>DRIVE Thor']);
    expect(rulePairs(text, 'SUPPLIES')).toEqual(['NVIDIA>BYD']);
  });
});
