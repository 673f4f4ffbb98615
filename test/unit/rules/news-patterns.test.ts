import { entities, rel } from './helpers';

const sorted = (xs: [string, string][]) => xs.map((p) => p.join(' -> ')).sort();
const pairs = (xs: [string, string][]) => xs.map((p) => [...p].sort().join(' + ')).sort();

describe('WORKS_FOR along a chain of posts before a name', () => {
  it('when a name follows several organization-and-title pairs, then the person works for each organization', () => {
    expect(sorted(rel('阿里巴巴集团首席执行官、阿里云董事长兼首席执行官吴泳铭出席了活动。', 'WORKS_FOR'))).toEqual([
      'Eddie Wu -> Alibaba',
      'Eddie Wu -> Alibaba Cloud',
    ]);
    expect(sorted(rel('華為常務董事、華為雲CEO張平安也在會上致辭。', 'WORKS_FOR'))).toEqual([
      'Zhang Pingan -> Huawei',
      'Zhang Pingan -> Huawei Cloud',
    ]);
    expect(sorted(rel('Alibaba Cloud chief executive Eddie Wu spoke at the event.', 'WORKS_FOR'))).toEqual(['Eddie Wu -> Alibaba Cloud']);
  });
});

describe('COMPETES_WITH a second list of rivals', () => {
  it('when a company competes with one rival and "with startups such as" others, then it competes with all', () => {
    expect(
      pairs(
        rel(
          'Intel competes with Nvidia, whose GPUs dominate data centers, and with a growing field of startups such as Groq and Cerebras.',
          'COMPETES_WITH',
        ),
      ),
    ).toEqual(['Cerebras + Intel', 'Groq + Intel', 'Intel + NVIDIA']);
    expect(pairs(rel('英特尔与英伟达竞争。', 'COMPETES_WITH'))).toEqual(['Intel + NVIDIA']);
    expect(pairs(rel('英特爾與輝達競爭。', 'COMPETES_WITH'))).toEqual(['Intel + NVIDIA']);
  });
});

describe('INVESTS_IN by shareholders and backers described as such', () => {
  it('when a company is a shareholder or the largest investor of another, then it invests in it', () => {
    expect(sorted(rel('Cisco remains a major shareholder of Tenstorrent.', 'INVESTS_IN'))).toEqual(['Cisco -> Tenstorrent']);
    expect(sorted(rel('Microsoft remains OpenAI’s largest investor.', 'INVESTS_IN'))).toEqual(['Microsoft -> OpenAI']);
    expect(sorted(rel('思科仍是Tenstorrent的主要股东。', 'INVESTS_IN'))).toEqual(['Cisco -> Tenstorrent']);
    expect(sorted(rel('思科仍是Tenstorrent的主要股東。', 'INVESTS_IN'))).toEqual(['Cisco -> Tenstorrent']);
  });

  it('when an appositive calls a name a backer of a company, then that name invests, not the clause subject', () => {
    expect(sorted(rel('Tenstorrent signed the deal with Samsung, a longtime backer of Tenstorrent.', 'INVESTS_IN'))).toEqual([
      'Samsung -> Tenstorrent',
    ]);
  });

  it('when a company is not a shareholder, then it does not invest', () => {
    expect(rel('Cisco is not a shareholder of Tenstorrent.', 'INVESTS_IN')).toEqual([]);
  });
});

describe('SUBSIDIARY_OF by outright ownership', () => {
  it('when a company owns another outright, then the owned company is its subsidiary', () => {
    expect(sorted(rel('SoftBank also owns Arm.', 'SUBSIDIARY_OF'))).toEqual(['Arm -> SoftBank']);
    expect(sorted(rel('软银还拥有Arm。', 'SUBSIDIARY_OF'))).toEqual(['Arm -> SoftBank']);
    expect(sorted(rel('軟銀還擁有Arm。', 'SUBSIDIARY_OF'))).toEqual(['Arm -> SoftBank']);
  });

  it('when only a stake is owned, or the company is owned jointly, then there is no subsidiary', () => {
    expect(rel('SoftBank owns a stake in Arm.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(rel('Arm is not owned by Intel, and Intel never owned Arm.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('SUPPLIES and USES by where a company’s models run', () => {
  it('when a company’s models run on another’s cloud, then the provider supplies it and it uses the cloud', () => {
    expect(sorted(rel('OpenAI, whose models run on Microsoft’s Azure cloud, grew fast.', 'SUPPLIES'))).toEqual(['Microsoft -> OpenAI']);
    expect(sorted(rel('OpenAI, whose models run on Microsoft’s Azure cloud, grew fast.', 'USES'))).toEqual(['OpenAI -> Azure']);
    expect(sorted(rel('OpenAI的模型都运行在微软的Azure云上。', 'SUPPLIES'))).toEqual(['Microsoft -> OpenAI']);
    expect(sorted(rel('OpenAI的模型都運行在微軟的Azure雲上。', 'SUPPLIES'))).toEqual(['Microsoft -> OpenAI']);
  });

  it('when a chip is used in a customer’s data centers, then its maker named in the sentence supplies the customer', () => {
    expect(sorted(rel('Amazon’s Trainium chip is used in Anthropic’s data centers.', 'SUPPLIES'))).toEqual(['Amazon -> Anthropic']);
  });
});

describe('SUPPLIES by several makers working for one customer', () => {
  it('when companies listed together assemble goods for a customer, then each supplies it', () => {
    expect(sorted(rel('鸿海和纬创都为英伟达组装AI服务器。', 'SUPPLIES'))).toEqual(['Foxconn -> NVIDIA', 'Wistron -> NVIDIA']);
    expect(sorted(rel('鴻海和緯創都為輝達組裝AI伺服器。', 'SUPPLIES'))).toEqual(['Foxconn -> NVIDIA', 'Wistron -> NVIDIA']);
    expect(sorted(rel('Foxconn and Wistron both supply AI servers to Nvidia.', 'SUPPLIES'))).toEqual([
      'Foxconn -> NVIDIA',
      'Wistron -> NVIDIA',
    ]);
  });
});

describe('Fund names after words of ownership', () => {
  it('when a fund is named after 通过旗下, then the name starts at the fund’s own words', () => {
    expect(entities('小米通过旗下小米长江产业基金投资了这家公司。')).toHaveProperty('小米长江产业基金', 'Organization');
    expect(entities('小米透過旗下小米長江產業基金投資了這家公司。')).toHaveProperty('小米長江產業基金', 'Organization');
  });
});
