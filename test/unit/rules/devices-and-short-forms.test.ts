import { rulePairs, unorderedPairs } from './helpers';
import { extractText } from '../../../src/extract';

const names = (text: string) => extractText(text).entities.map((e) => e.name);

// Sentences written for these tests.
describe('a device and the chip it carries', () => {
  it('reads a device that ships with, features, gets or is the first to carry a chip', () => {
    expect(rulePairs('The Galaxy S26 will ship with the Exynos 2600 in Europe.', 'USES')).toEqual(['Galaxy S26>Exynos 2600']);
    expect(rulePairs("Samsung's Galaxy S25 features the Snapdragon 8 Elite.", 'USES')).toEqual(['Galaxy S25>Snapdragon 8 Elite']);
    expect(rulePairs('The Xiaomi 15S Pro is the first phone to carry the XRING O1.', 'USES')).toEqual(['Xiaomi 15S Pro>XRING O1']);
  });
  it('reads the chip first: it powers, debuts in, goes into or is found in the device', () => {
    expect(rulePairs('The Exynos 2600 powers the Galaxy S26 in Europe.', 'USES')).toEqual(['Galaxy S26>Exynos 2600']);
    expect(rulePairs('The Tensor G5 debuted in the Pixel 10 in August.', 'USES')).toEqual(['Pixel 10>Tensor G5']);
    expect(rulePairs('The XRING O1 will go into the Xiaomi 15S Pro.', 'USES')).toEqual(['Xiaomi 15S Pro>XRING O1']);
    expect(rulePairs('The Snapdragon 8 Elite is found in the Galaxy S25 Ultra.', 'USES')).toEqual(['Galaxy S25>Snapdragon 8 Elite']);
  });
  it('reads a possessive device and a chip-powered device', () => {
    expect(rulePairs("The Pixel 10's Tensor G5 is made by TSMC.", 'USES')).toEqual(['Pixel 10>Tensor G5']);
    expect(rulePairs('The Tensor G5-powered Pixel 10 went on sale in August.', 'USES')).toEqual(['Pixel 10>Tensor G5']);
  });
  it('reads 首发于, 用于, 用在 a device in Chinese', () => {
    expect(rulePairs('玄戒O1首发于小米15S Pro。', 'USES')).toEqual(['小米15S Pro>XRING O1']);
    expect(rulePairs('Exynos 2600将率先用在Galaxy S26上。', 'USES')).toEqual(['Galaxy S26>Exynos 2600']);
    expect(rulePairs('Exynos 2600將率先用在Galaxy S26上。', 'USES')).toEqual(['Galaxy S26>Exynos 2600']);
  });
  it('reads no device use where a company, not a device, carries the verb', () => {
    expect(rulePairs('Samsung features the Exynos 2600 in its keynote.', 'USES')).toEqual([]);
  });
});

describe('a carmaker named by the short form of its name', () => {
  it('is that carmaker beside another company (大众与地平线, 比亚迪、理想等车企)', () => {
    expect(unorderedPairs('大众与地平线成立合资公司。', 'PARTNERS_WITH')).toEqual(['Horizon Robotics>Volkswagen Group']);
    expect(rulePairs('地平线为比亚迪、理想等车企提供智驾芯片。', 'SUPPLIES').sort()).toEqual([
      'Horizon Robotics>BYD',
      'Horizon Robotics>Li Auto',
    ]);
    expect(unorderedPairs('大眾與地平線成立合資公司。', 'PARTNERS_WITH')).toEqual(['Horizon Robotics>Volkswagen Group']);
  });
  it('is the word where no company stands beside it', () => {
    expect(names('这是一个理想的结果，大众也很满意。')).toEqual([]);
  });
});

describe('tie-ups and figures', () => {
  it('reads tying up and joining hands with a company as partnering', () => {
    expect(unorderedPairs('Sakura Internet tied up with Nvidia to build an AI cloud.', 'PARTNERS_WITH')).toEqual([
      'NVIDIA>Sakura Internet',
    ]);
    expect(unorderedPairs('Fujitsu joined hands with Nvidia to develop AI agents.', 'PARTNERS_WITH')).toEqual(['Fujitsu>NVIDIA']);
  });
  it("reads a sale to a customer past a figure's comma", () => {
    expect(rulePairs('AMD will sell 50,000 MI450 chips to Oracle next year.', 'SUPPLIES')).toEqual(['AMD>Oracle']);
  });
});
