import { programOwners } from './helpers';

// Sentences written for these tests.

describe('a name that starts with 比', () => {
  it('is no comparison: 比亚迪 owns the chips it develops', () => {
    expect(programOwners('比亚迪正在自研芯片。')).toEqual(['BYD']);
    expect(programOwners('比亞迪正在自研晶片。')).toEqual(['BYD']);
    expect(programOwners('比亚迪、小鹏等车企纷纷投入自研芯片。')).toEqual(['BYD', 'XPeng']);
  });
  it('while a comparison still owns nothing', () => {
    expect(programOwners('比阿斯麦完全自行研发芯片更具效率。')).toEqual([]);
  });
});

describe('其自研 after a maker commissioned', () => {
  it('is the commissioning company’s program, not the maker’s', () => {
    expect(programOwners('Preferred Networks已委托三星生产其自研的新一代AI处理器。')).toEqual(['Preferred Networks']);
    expect(programOwners('Preferred Networks已委託三星生產其自研的新一代AI處理器。')).toEqual(['Preferred Networks']);
  });
});

describe("groups' chip arms named as such", () => {
  it('are programs of their own', () => {
    expect(programOwners('明年，昆仑芯、平头哥等互联网大厂旗下芯片业务的进展，值得关注。')).toEqual(['Kunlunxin', 'T-Head']);
    expect(programOwners('明年，崑崙芯、平頭哥等網路大廠旗下晶片業務的進展，值得關注。')).toEqual(['Kunlunxin', 'T-Head']);
  });
});
