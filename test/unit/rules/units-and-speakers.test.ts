import { entities, rel } from './helpers';

describe('Units, speakers and owners', () => {
  it("when a company's unit is named after a place (台积电亚利桑那公司), then it is an organization and a subsidiary", () => {
    const hans = '台积电亚利桑那公司是台积电在美国设立的子公司，执行长Ray Chuang表示产能满载。';
    expect(entities(hans)['台积电亚利桑那公司']).toBe('Organization');
    expect(rel(hans, 'SUBSIDIARY_OF')).toEqual([['台积电亚利桑那公司', 'TSMC']]);
    expect(rel('三星德州分公司是三星在美國設立的子公司。', 'SUBSIDIARY_OF')).toEqual([['三星德州分公司', 'Samsung']]);
  });

  it("when a speaker's company welcomes another as a customer of its process, then the speaker's company supplies it", () => {
    expect(rel('台积电董事长魏哲家表示，很荣幸英特尔成为3纳米制程的主要客户。', 'SUPPLIES')).toEqual([['TSMC', 'Intel']]);
    expect(rel('台積電董事長魏哲家表示，很榮幸英特爾成為3奈米製程的主要客戶。', 'SUPPLIES')).toEqual([['TSMC', 'Intel']]);
  });

  it('when "its … processing units, or XPUs" is written, then the company the story is about develops them', () => {
    expect(rel('Groq sells cloud access. Its language processing units, or LPUs, run models fast.', 'DEVELOPS')).toContainEqual([
      'Groq',
      'LPU',
    ]);
  });

  it('when a carmaker is written without 汽车 later (吉利汽车…吉利旗下), then both are the same company', () => {
    expect(rel('地平线的客户包括长城汽车、奇瑞集团等车企，长城旗下多款车型已搭载征程6芯片。', 'USES')).toContainEqual([
      '长城汽车',
      'Journey 6',
    ]);
  });

  it('when 智能 qualifies what follows (车规级智能驾驶芯片), then it ends no company name', () => {
    expect(entities('公司主要产品为车规级智能驾驶计算芯片。')).toEqual({});
  });
});
