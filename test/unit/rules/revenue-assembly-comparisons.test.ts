import { rulePairs as pairs } from './helpers';

describe('SUPPLIES: customers named by their share of revenue, by whose goods they run on, by what is assembled for them', () => {
  it('when a customer "was responsible for" a share of a supplier’s revenue (a bare possessive apostrophe), then the supplier supplies it', () => {
    expect(pairs("G42 was responsible for 87% of Cerebras' revenue in the first half.", 'SUPPLIES')).toEqual(['Cerebras>G42']);
    expect(pairs("Microsoft is responsible for about 19% of Nvidia's annual revenue.", 'SUPPLIES')).toEqual(['NVIDIA>Microsoft']);
  });

  it('when a company’s chips "power services from" a list, then it supplies each listed company', () => {
    const t = 'Groq, whose chips power services from Meta, Samsung and Aramco, raised money this week.';
    expect(pairs(t, 'SUPPLIES').sort()).toEqual(['Groq>Aramco', 'Groq>Meta', 'Groq>Samsung']);
  });

  it('when an assembler makes phones or servers for a brand, in Chinese or English, then it supplies the brand', () => {
    for (const t of [
      '富士康为苹果组装iPhone。',
      '鴻海為蘋果組裝iPhone。',
      'Foxconn assembles iPhones for Apple.',
      '鸿海是苹果iPhone的最大组装商。',
    ])
      expect(pairs(t, 'SUPPLIES')).toEqual(['Foxconn>Apple']);
  });

  it('when the goods are rented from a provider, then the maker named on the goods is no buyer: the clause’s subject is', () => {
    for (const t of ["Mistral AI is renting Nvidia chips from Oracle's cloud.", "Mistral AI rents Nvidia's GPUs from Oracle."])
      expect(pairs(t, 'SUPPLIES')).toContain('Oracle>Mistral AI');
    expect(pairs("Mistral AI rents Nvidia's GPUs from Oracle.", 'SUPPLIES')).not.toContain('Oracle>NVIDIA');
  });
});

describe('USES: models trained on a chip, systems developed on a platform', () => {
  it('when a lab trains a long-named model on a chip, then it uses the chip and the chip’s maker supplies it', () => {
    const t = "Anthropic trained the latest version of its Claude models on Amazon's Trainium chips.";
    expect(pairs(t, 'USES')).toEqual(['Anthropic>Trainium']);
    expect(pairs(t, 'SUPPLIES')).toEqual(['Amazon>Anthropic']);
  });

  it('when a carmaker develops its system on a platform (以…平台开发), then it uses the platform, in both scripts', () => {
    expect(pairs('比亚迪以英伟达DRIVE Orin平台开发其智能驾驶系统。', 'USES')).toEqual(['BYD>DRIVE Orin']);
    expect(pairs('比亞迪以輝達DRIVE Orin平台研發其智慧駕駛系統。', 'USES')).toEqual(['BYD>DRIVE Orin']);
  });
});

describe('COMPETES_WITH: one chip said to be faster or cheaper than another (比…快)', () => {
  it('when a Chinese sentence compares two chips with 比, then they compete, in both scripts', () => {
    expect(pairs('MI300X比英伟达H100快。', 'COMPETES_WITH').map((p) => p.split('>').sort().join('>'))).toEqual(['H100>MI300X']);
    expect(pairs('據稱昇騰910C的推理速度比H20高出三成。', 'COMPETES_WITH').map((p) => p.split('>').sort().join('>'))).toEqual([
      'Ascend 910C>H20',
    ]);
  });

  it('when 比 compares something other than two chips, then no rivalry', () => {
    expect(pairs('英伟达的股价比去年高出三成。', 'COMPETES_WITH')).toEqual([]);
    expect(pairs('昇腾910B与H100相比差距仍大。', 'COMPETES_WITH')).toEqual([]);
  });
});
