import { entities, rel } from './helpers';

describe('Chips introduced indirectly', () => {
  it('when a chip is given a code name in quotes before its chip noun, then the announcer develops it and the foundry it is taped out at makes it', () => {
    const text = '英特爾今日宣布，代號「Nova」的新一代伺服器處理器已在台積電N3製程完成投片。';
    expect(entities(text)['Nova']).toBe('Chip');
    expect(rel(text, 'DEVELOPS')).toContainEqual(['Intel', 'Nova']);
    expect(rel(text, 'MANUFACTURES')).toContainEqual(['TSMC', 'Nova']);
    expect(rel('英特尔宣布，代号“Nova”的新一代服务器处理器已在台积电完成流片。', 'MANUFACTURES')).toContainEqual(['TSMC', 'Nova']);
  });

  it('when a code name follows a developed chip in quotes, then the same company develops it', () => {
    expect(rel('AMD第七代EPYC「Verano」完成投片', 'DEVELOPS')).toContainEqual(['AMD', 'Verano']);
  });

  it("when a brand stands before a chip acronym after the company's possessive, then brand and acronym name one chip", () => {
    const text = "Graphcore said the company's Bolt IPU was manufactured by TSMC.";
    expect(entities(text)['Bolt IPU']).toBe('Chip');
    expect(rel(text, 'MANUFACTURES')).toEqual([['TSMC', 'Bolt IPU']]);
  });

  it('when a chip kind is given an acronym ("…processing units, or XPUs"), then the acronym is a chip', () => {
    expect(entities('Its vision processing units, or VPUs, were pitched as an alternative to GPUs.')['VPU']).toBe('Chip');
  });

  it('when a company is named as a former employer (曾任博世高管), then the next sentence’s 公司 is not that company', () => {
    expect(rel('地平线成立于2015年。总裁张明曾任博世中国区高管。目前公司已量产征程6芯片。', 'DEVELOPS').map(([s]) => s)).toEqual([
      'Horizon Robotics',
    ]);
  });
});

describe('Chinese person names after titles', () => {
  it('when 单 follows a title, then it starts a name; a name before the post it holds (胡某任CEO) is a person', () => {
    expect(entities('公司创始人、董事长兼首席执行官单志强表示，订单增长。')['单志强']).toBe('Person');
    expect(entities('首席执行官单独会见了客户。')).toEqual({});
    expect(entities('芯來科技創始人胡振宇任首席執行官。')['胡振宇']).toBe('Person');
  });
});
