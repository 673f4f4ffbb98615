import { entities, rel } from './helpers';

describe('English news wording', () => {
  it("when a company's investment arm is listed (BMW i Ventures, Dell Technologies Capital), then the arm is the investor", () => {
    const text = 'Tenstorrent raised money from investors including Fidelity, Dell Technologies Capital and Samsung.';
    expect(entities(text)['Dell Technologies Capital']).toBe('Organization');
    expect(rel(text, 'INVESTS_IN').map(([s]) => s)).toEqual(['Fidelity', 'Dell Technologies Capital', 'Samsung']);
  });

  it('when a person follows "Chief Technology Officer", then the person is found and works for the company', () => {
    const text = 'Groq Chief Technology Officer Mark Ellison said the chips were ready.';
    expect(entities(text)['Mark Ellison']).toBe('Person');
    expect(rel(text, 'WORKS_FOR')).toEqual([['Mark Ellison', 'Groq']]);
  });

  it('when a company "will become a wholly owned subsidiary" of another, then it is (in three scripts)', () => {
    expect(rel('Ampere will become a wholly owned subsidiary of SoftBank after the deal closes.', 'SUBSIDIARY_OF')).toEqual([
      ['Ampere Computing', 'SoftBank'],
    ]);
    expect(rel('交易完成后，Ampere将成为软银的全资子公司。', 'SUBSIDIARY_OF')).toEqual([['Ampere Computing', 'SoftBank']]);
    expect(rel('交易完成後，Ampere將成為軟銀的全資子公司。', 'SUBSIDIARY_OF')).toEqual([['Ampere Computing', 'SoftBank']]);
  });

  it('when a company is "once its most important partner" in apposition, then it partners the company the story is about', () => {
    expect(
      rel('Cerebras struggled to win customers. Microsoft, once its most important partner, stopped buying its systems.', 'PARTNERS_WITH'),
    ).toEqual([['Cerebras', 'Microsoft']]);
  });
});
