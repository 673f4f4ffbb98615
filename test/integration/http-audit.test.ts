import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../helpers';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// The GraphQL over HTTP specification's audits (graphql-http), against the real server and Neo4j.
describe('when a GraphQL-over-HTTP client talks to the server', () => {
  const audits = serverAudits({ url: () => app.url, fetchFn: fetch });
  const musts = audits.filter((a) => a.name.startsWith('MUST'));

  it('then there are MUST audits to run', () => {
    expect(musts.length).toBeGreaterThan(10);
  });

  for (const audit of musts) {
    it(`then ${audit.name}`, async () => {
      const result = await audit.fn();
      expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({ status: 'ok', reason: undefined });
    });
  }
});

describe('when the server runs with the production configuration', () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => prod.stop());

  it('then introspection is refused and no Sandbox page is served, while queries work', async () => {
    const intro = await prod.gql('{ __schema { queryType { name } } }');
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/embeddable-sandbox/i);
    expect((await prod.gql('{ stats { articles } }')).errors).toBeUndefined();
  });
});
