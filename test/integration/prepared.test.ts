import { join } from 'node:path';
import { readSeedArticles } from '../../src/ingest/service';
import { startTestApp, TEST_API_KEY, type TestApp } from '../helpers';

const SEEDS = join(__dirname, '../../seeds/articles');
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ MAX_QUERY_COST: '500' });
  await app.clear();
  for (const a of readSeedArticles(SEEDS)) await app.deps.ingest.ingest(a);
});
afterAll(() => app.stop());

/** One raw HTTP exchange: what a client sees of the answer, byte for byte (status, content type, body). */
async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
}

/** The parts of an answer's body these tests read. */
type Answer = {
  data?: { entity?: { name: string; relations: { edges: unknown[] } }; articles?: { totalCount: number } };
  errors?: { extensions: { code: string } }[];
};
const parsed = (r: { body: string }) => JSON.parse(r.body) as Answer;
const codeOf = (r: { body: string }) => parsed(r).errors?.[0]?.extensions.code;

/** Sends a request twice and says whether the second was answered as a prepared query. */
async function twice(body: unknown, headers: Record<string, string> = {}) {
  const first = await post(body, headers);
  const hits = app.prepared.hits;
  const second = await post(body, headers);
  return { first, second, prepared: app.prepared.hits > hits };
}

const ENTITY = `query Entity($name: String!, $n: Int) {
  entity(name: $name) { ...E relations(first: $n) { totalCount edges { cursor node { type object { name } evidence(first: 2) { edges { node { quote } } } } } } }
}
fragment E on Entity { id name type aliases mentionCount }`;

describe('when a client sends the same query again', () => {
  it.each([
    [
      'the newest articles',
      { query: '{ articles(first: 5) { totalCount edges { cursor node { id title publishedAt } } pageInfo { hasNextPage endCursor } } }' },
    ],
    ['an entity, with variables and a fragment', { query: ENTITY, variables: { name: '微軟', n: 3 } }],
    [
      'aliases and __typename',
      { query: '{ a: stats { articles entities } b: chipPrograms(first: 2) { edges { node { __typename id owner { name } } } } }' },
    ],
    [
      'one named operation of several',
      { query: 'query A { stats { articles } } query B { articles(first: 2) { edges { node { title } } } }', operationName: 'B' },
    ],
  ])('then %s is answered as a prepared query, byte for byte what Apollo answered', async (_, body) => {
    const { first, second, prepared } = await twice(body);
    expect(first.status).toBe(200);
    expect(first.body).not.toContain('"errors"');
    expect(prepared).toBe(true);
    expect(second).toEqual(first);
  });

  it('then each Accept gets the content type Apollo negotiates for it', async () => {
    const body = { query: '{ stats { chipPrograms } }' };
    for (const accept of [
      'application/json',
      'application/graphql-response+json',
      'application/graphql-response+json, application/json;q=0.9',
    ]) {
      const { first, second, prepared } = await twice(body, { accept });
      expect(prepared).toBe(true);
      expect(second).toEqual(first);
    }
    const json = await post(body, { accept: 'application/json' });
    const graphql = await post(body, { accept: 'application/graphql-response+json' });
    expect(json.type).not.toBe(graphql.type);
  });

  it('then its variables still decide: a new value is answered, a costly one refused, a wrong type refused by Apollo', async () => {
    await twice({ query: ENTITY, variables: { name: 'OpenAI', n: 1 } });
    const hits = app.prepared.hits;
    const other = await post({ query: ENTITY, variables: { name: 'Microsoft', n: 2 } });
    expect(app.prepared.hits).toBe(hits + 1);
    expect(parsed(other).data!.entity!).toMatchObject({ name: 'Microsoft' });
    expect(parsed(other).data!.entity!.relations.edges).toHaveLength(2);

    // The cost limit (500 here) is checked with each request's variables.
    const costly = await post({ query: ENTITY, variables: { name: 'Microsoft', n: 100 } });
    expect(costly.status).toBe(400);
    expect(codeOf(costly)).toBe('QUERY_TOO_COMPLEX');
    const wrongType = await post({ query: ENTITY, variables: { name: 'Microsoft', n: 'three' } });
    expect(wrongType.status).toBe(400);
    expect(codeOf(wrongType)).toBe('BAD_USER_INPUT');
    const negative = await post({ query: ENTITY, variables: { name: 'Microsoft', n: -1 } });
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(app.prepared.hits).toBe(hits + 1);
  });

  it('then what it reads is read again: an article ingested since appears', async () => {
    const body = { query: '{ articles(first: 50) { totalCount edges { node { id } } } }' };
    const before = (await twice(body)).second;
    const ingested = await post(
      {
        query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }',
        variables: {
          input: { id: 'prepared-later', text: 'Nvidia and TSMC signed a new packaging agreement.', publishedAt: '2030-01-01' },
        },
      },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(ingested.body).not.toContain('"errors"');
    const hits = app.prepared.hits;
    const after = await post(body);
    expect(app.prepared.hits).toBe(hits + 1);
    expect(parsed(after).data!.articles!.totalCount).toBe(parsed(before).data!.articles!.totalCount + 1);
    expect(after.body).toContain('Article:prepared-later');
  });

  it('then mutations, bodies with extensions, GET requests and answers with errors always go through Apollo', async () => {
    const hits = app.prepared.hits;
    const mutation = {
      query: 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }',
      variables: { input: { id: 'prepared-twice', text: 'Samsung supplies HBM to AMD.' } },
    };
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    expect((await twice(mutation, auth)).prepared).toBe(false);
    expect((await twice({ query: '{ stats { articles } }', extensions: {} })).prepared).toBe(false);
    const missing = await twice({ query: '{ stats { articles } articles(first: -1) { totalCount } }' });
    expect(missing.prepared).toBe(false);
    expect(codeOf(missing.first)).toBe('BAD_USER_INPUT');
    expect(missing.second).toEqual(missing.first);
    const get = `${app.url}?query=${encodeURIComponent('{ stats { articles } }')}`;
    for (let i = 0; i < 2; i++) expect((await fetch(get, { headers: { 'apollo-require-preflight': 'true' } })).status).toBe(200);
    expect(app.prepared.hits).toBe(hits);
  });

  it('then the same text with an empty or unknown operation name is not taken for it', async () => {
    const query = '{ stats { entities } }';
    expect((await twice({ query })).prepared).toBe(true);
    const hits = app.prepared.hits;
    for (const operationName of ['', 'X']) {
      const res = await post({ query, operationName });
      expect({ status: res.status, code: codeOf(res) }).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    }
    expect((await post({ query, operationName: null })).status).toBe(200);
    expect(app.prepared.hits).toBe(hits + 1);
  });

  it('then the same text with another Content-Type is not taken for it', async () => {
    const query = '{ stats { relations } }';
    await twice({ query });
    const hits = app.prepared.hits;
    const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) });
    expect(res.status).toBe(400);
    expect(app.prepared.hits).toBe(hits);
  });
});
