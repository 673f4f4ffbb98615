import { serverAudits } from 'graphql-http';
import { MAX_BODY_BYTES } from '../../src/graphql/server';
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
      expect({ status: result.status, reason: result.status === 'ok' ? undefined : result.reason }).toEqual({
        status: 'ok',
        reason: undefined,
      });
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

describe('when a client sends an oversized body or a GET', () => {
  it('then the answer is 413 with a BAD_REQUEST error, and the server keeps answering', async () => {
    const big = JSON.stringify({ query: `{ stats { articles } } # ${'x'.repeat(MAX_BODY_BYTES)}` });
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect((await app.gql('{ stats { articles } }')).errors).toBeUndefined();
  });

  it('then a GET with the query in the query string is answered, once it cannot be a cross-site simple request', async () => {
    const url = `${app.url}?query=${encodeURIComponent('{ stats { articles } }')}`;
    const simple = await fetch(url, { headers: { accept: 'application/json' } });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
    const res = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(typeof ((await res.json()) as { data: { stats: { articles: unknown } } }).data.stats.articles).toBe('number');
  });
});
