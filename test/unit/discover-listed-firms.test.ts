import { entities } from './rules/helpers';

describe('English discovery: firms listed with known companies, units and shares', () => {
  it('when an unknown name of common nouns is listed with known companies, then it is an organization, not a person', () => {
    expect(entities('Crusoe, Blue Owl Capital and Primary Digital Infrastructure said on Wednesday they had raised money.')).toMatchObject({
      'Primary Digital Infrastructure': 'Organization',
    });
  });

  it('when a person’s name (a given name first) is listed with companies, then it is not made an organization', () => {
    expect(entities('Nvidia, AMD and Jane Doe spoke at the event.')).not.toHaveProperty('Jane Doe', 'Organization');
  });

  it('when a unit’s name opens with a generic word (Cloud Intelligence Group), then the whole name is kept', () => {
    expect(entities("Alibaba's Cloud Intelligence Group grew revenue.")).toMatchObject({ 'Cloud Intelligence Group': 'Organization' });
    expect(entities("Alibaba's Cloud Intelligence Group grew revenue.")).not.toHaveProperty('Intelligence Group');
  });

  it('when a sentence opens with "Shares of" a company, then the company is named without them', () => {
    const found = entities('Shares of Astera Labs jumped 72% on their debut.');
    expect(found).toMatchObject({ 'Astera Labs': 'Organization' });
    expect(found).not.toHaveProperty('Shares of Astera Labs');
  });
});
