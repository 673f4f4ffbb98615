import { rel } from './helpers';

describe("a parent after a place's possessive", () => {
  it('when a unit is "a subsidiary of Japan\'s X", then X is its parent', () => {
    expect(rel("Korvia AI, a subsidiary of Japan's Helio Systems, will build the chips.", 'SUBSIDIARY_OF')).toEqual([
      ['Korvia AI', 'Helio Systems'],
    ]);
    expect(rel('Korvia AI, a subsidiary of Helio Systems, will build the chips.', 'SUBSIDIARY_OF')).toEqual([
      ['Korvia AI', 'Helio Systems'],
    ]);
  });
});

describe('a long appositive with a title', () => {
  it('when a person is "title and title of a field at X" or "head of X\'s team", then X employs the person', () => {
    expect(
      rel(
        'Jane Roe, vice president and chief technology officer of computing architecture at Helio Systems, said demand grew.',
        'WORKS_FOR',
      ),
    ).toEqual([['Jane Roe', 'Helio Systems']]);
    expect(
      rel(
        "Jane Roe, executive vice president and head of Helio Systems' foundry business development team, said demand grew.",
        'WORKS_FOR',
      ),
    ).toEqual([['Jane Roe', 'Helio Systems']]);
  });

  it('when the appositive holds no title or a clause, then there is no employment', () => {
    expect(rel('Jane Roe, a longtime customer and critic of Helio Systems, said demand grew.', 'WORKS_FOR')).toEqual([]);
    expect(rel('Jane Roe, who later sold her chips and servers to Helio Systems, said demand grew.', 'WORKS_FOR')).toEqual([]);
  });
});

describe('units listed after 旗下…包括', () => {
  it('when a company 旗下 includes a list of described companies, then each is its subsidiary', () => {
    const expected = [
      ['Toloka', 'Nebius'],
      ['Avride', 'Nebius'],
    ];
    expect(rel('目前Nebius旗下除云平台外，还包括数据标注公司Toloka、机器人公司Avride。', 'SUBSIDIARY_OF')).toEqual(expected);
    expect(rel('目前Nebius旗下除雲端平台外，還包括數據標註公司Toloka、機器人公司Avride。', 'SUBSIDIARY_OF')).toEqual(expected);
  });

  it("when a clause goes on with 并持有 a described company's shares, then the subject invests in it", () => {
    expect(rel('Nebius经营云平台，并持有开源数据库公司ClickHouse的股份。', 'INVESTS_IN')).toEqual([['Nebius', 'ClickHouse']]);
    expect(rel('Nebius經營雲端平台，並持有開源資料庫公司ClickHouse的股份。', 'INVESTS_IN')).toEqual([['Nebius', 'ClickHouse']]);
  });
});

describe('customers and capacity', () => {
  it('when one customer is named and 其他包括 lists the rest, then the supplier supplies each', () => {
    const expected = [
      ['CoreWeave', 'NVIDIA'],
      ['CoreWeave', 'Wistron'],
      ['CoreWeave', 'VAST Data'],
    ];
    expect(rel('CoreWeave表示，英伟达将是这座数据中心的首批客户之一，其他包括电子代工厂纬创、储存业者VAST Data。', 'SUPPLIES')).toEqual(
      expected,
    );
    expect(rel('CoreWeave表示，輝達將是這座資料中心的首批客戶之一，其他包括電子代工廠緯創、儲存業者VAST Data。', 'SUPPLIES')).toEqual(
      expected,
    );
  });

  it('when capacity is leased to a company, or a deal is signed with one for GPU capacity, then the lessor supplies', () => {
    expect(rel('In December TeraWulf agreed to lease 72.5 MW to Core42.', 'SUPPLIES')).toEqual([['TeraWulf', 'Core42']]);
    expect(rel('Microsoft signed a deal worth $17.4 billion with Nebius for GPU capacity in New Jersey.', 'SUPPLIES')).toEqual([
      ['Nebius', 'Microsoft'],
    ]);
    expect(rel('Microsoft signed a deal with Nebius to study power markets.', 'SUPPLIES')).toEqual([]);
  });
});
