import iconv from 'iconv-lite';
import { startTestApp, TEST_API_KEY, nodes, type TestApp } from '../helpers';
import { handArticle } from '../fixtures';
import type { Connection, Maybe, RelationType } from '../types';

/**
 * Requests an attacker or a careless client sends: each is answered with a 4xx and a stable code
 * (or with data), quickly, and the server keeps answering everyone else.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  await app.deps.writer.write(handArticle('robust-1', '2025-01-02', [['Alpha Chips', 'PARTNERS_WITH', 'Beta Cloud']]));
  // The first request of a process compiles a lot (Apollo, V8); timings below are of a warm server.
  await app.gql('{ entity(name: "Alpha Chips") { name } stats { articles } }');
});
afterAll(() => app.stop());

const post = (body: string | Buffer, headers: Record<string, string> = {}, signal?: AbortSignal) =>
  fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, signal });

/** `fragment H0 on Entity { ...H1 ...H1 name }` ... : 2^n fields once expanded, n fragments written. */
function exponentialFragments(n: number): string {
  let doc = '{ entity(name: "Alpha Chips") { ...H0 } }\n';
  for (let i = 0; i < n; i++) doc += `fragment H${i} on Entity { ...H${i + 1} ...H${i + 1} name }\n`;
  return `${doc}fragment H${n} on Entity { id }`;
}

describe('when a document expands exponentially through its fragments', () => {
  it('then it is refused at once (not after minutes of work) with QUERY_TOO_COMPLEX while a concurrent query is answered', async () => {
    const started = Date.now();
    const [hostile, stats] = await Promise.all([
      app.gql(exponentialFragments(40)).then((r) => ({ ...r, ms: Date.now() - started })),
      new Promise((ok) => setTimeout(ok, 20)).then(() => app.gql<{ stats: { articles: number } }>('{ stats { articles } }')),
    ]);
    // Unbounded, this document takes minutes; the bound is wide so a loaded machine does not fail it.
    expect(hostile.ms).toBeLessThan(10_000);
    expect({ status: hostile.status, code: hostile.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    expect(stats.data?.stats.articles).toBe(1);
  });

  it('then a deep chain of fragments is measured once per fragment and refused with QUERY_TOO_DEEP', async () => {
    // Each fragment nests one level and spreads the next twice: 30 levels deep, 2^30 paths.
    let doc = '{ entity(name: "Alpha Chips") { ...D0 } }\n';
    for (let i = 0; i < 30; i++)
      doc += `fragment D${i} on Entity { relations(first: 1) { edges { node { subject { ...D${i + 1} ...D${i + 1} } } } } }\n`;
    doc += 'fragment D30 on Entity { id }';
    const res = await app.gql(doc);
    expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'QUERY_TOO_DEEP' });
  });
});

describe('when a document is too large', () => {
  it('then more tokens than the limit is QUERY_TOO_LARGE', async () => {
    const res = await app.gql(`{ stats { ${'articles '.repeat(3100)} } }`);
    expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'QUERY_TOO_LARGE' });
  });

  it('then an alias flood, a flood of fragment spreads and one field repeated many times are QUERY_TOO_LARGE', async () => {
    const aliases = `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`;
    const spreads = `{ stats { ${'...S '.repeat(250)} } } fragment S on Stats { articles }`;
    const repeated = `{ ${'stats { articles } '.repeat(400)} }`;
    for (const q of [aliases, spreads, repeated]) {
      const res = await app.gql(q);
      expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'QUERY_TOO_LARGE' });
    }
    // Within the bounds, the same shapes are answered.
    const fine = await app.gql<{ a9: { articles: number } }>(
      `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: stats { articles }`).join(' ')} }`,
    );
    expect(fine.data?.a9.articles).toBe(1);
  });
});

describe('when the operation name does not match the document', () => {
  it('then an unknown name, an empty name and a missing name among several operations are 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const bodies = [
      { query: '{ stats { articles } }', operationName: 'X' },
      { query: '{ stats { articles } }', operationName: '' },
      { query: 'query A { stats { articles } } query B { stats { entities } }' },
    ];
    for (const body of bodies) {
      const res = await post(JSON.stringify(body));
      const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect({ status: res.status, code: json.errors[0]!.extensions.code }).toEqual({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    }
  });
});

describe('when arguments are invalid', () => {
  it('then an over-large or negative page, a bad date and a foreign cursor are BAD_USER_INPUT with status 400', async () => {
    const queries = [
      '{ articles(first: 1000) { totalCount } }',
      '{ articles(first: -1) { totalCount } }',
      '{ deals(since: "yesterday") { totalCount } }',
      '{ articles(after: "bm90IGEgY3Vyc29y") { totalCount } }',
      '{ entity(name: "Alpha Chips") { relations { edges { node { evidence(first: 0) { totalCount } } } } } }',
    ];
    for (const q of queries) {
      const res = await app.gql(q);
      expect({ q, status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ q, status: 400, code: 'BAD_USER_INPUT' });
    }
  });

  it('then in production a misspelt field gets no suggestion of the schema', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      const res = await prod.gql('{ stats { articls } }');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
      expect((await app.gql('{ stats { articls } }')).errors?.[0]?.message).toMatch(/Did you mean/);
    } finally {
      await prod.stop();
    }
  });
});

describe('when something unexpected fails inside a resolver', () => {
  it('then the client gets INTERNAL_SERVER_ERROR with the request id only, and the log has the stack under that id', async () => {
    const stats = jest.spyOn(app.deps.reader, 'stats').mockImplementation(() => {
      throw new TypeError('secret detail 42');
    });
    try {
      const res = await post(JSON.stringify({ query: '{ stats { articles } }' }));
      const body = await res.text();
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(body).not.toContain('secret detail');
      const json = JSON.parse(body) as { errors: { extensions: { code: string; requestId: string } }[] };
      expect(json.errors[0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
      const line = app.logs.find((l) => l.requestId === requestId && l.err);
      expect(line?.err?.stack).toContain('secret detail 42');
    } finally {
      stats.mockRestore();
    }
  });
});

describe('when a body is not UTF-8', () => {
  const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
  const text = '微软与英伟达宣布合作。';
  const auth = { authorization: `Bearer ${TEST_API_KEY}` };
  const body = (id: string) => JSON.stringify({ query: INGEST, variables: { input: { id, text } } });

  it('then GBK bytes with their charset declared are decoded and stored as the text they are', async () => {
    const res = await post(iconv.encode(body('gbk-declared'), 'gbk'), { ...auth, 'content-type': 'application/json; charset=gbk' });
    expect(res.status).toBe(200);
    const stored = await app.gql<{ article: Maybe<{ text: string }> }>('{ article(id: "gbk-declared") { text } }');
    expect(stored.data!.article!.text).toBe(text);
  });

  it('then GBK bytes declared as UTF-8 (or not declared) are refused with 400 and nothing is written', async () => {
    const before = await app.count('MATCH (n) RETURN count(n)');
    for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
      const res = await post(iconv.encode(body('gbk-undeclared'), 'gbk'), { ...auth, 'content-type': contentType });
      const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect({ status: res.status, code: json.errors[0]!.extensions.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    }
    expect(await app.count('MATCH (n) RETURN count(n)')).toBe(before);
  });

  it('then an unknown charset is refused with 415', async () => {
    const res = await post(body('x'), { ...auth, 'content-type': 'application/json; charset=klingon' });
    expect(res.status).toBe(415);
  });
});

describe('when one article repeats one sentence to the 2 MB limit', () => {
  it('then the fact has that sentence once as evidence and the README entity query stays answerable', async () => {
    const sentence = 'Gamma Silicon partners with Delta Labs.';
    const article = handArticle('repeated', '2025-03-01', [['Gamma Silicon', 'PARTNERS_WITH', 'Delta Labs']]);
    const [rel] = article.extraction.relations;
    const copies = Math.floor((2 * 1024 * 1024) / (sentence.length + 1)) - 1;
    article.text = `${sentence} `.repeat(copies).trim();
    rel!.provenance = Array.from({ length: copies }, (_, i) => ({
      sentence,
      sentenceIndex: i,
      start: i * (sentence.length + 1),
      end: i * (sentence.length + 1) + sentence.length,
    }));
    await app.deps.writer.write(article);
    const q = `{ entity(name: "Gamma Silicon") { name relations(first: 10) { totalCount edges { node { type
      evidence(first: 5) { totalCount edges { node { quote start article { id title publishedAt } } } } } } } } }`;
    type Evidence = { quote: string; start: number; article: { id: string; title: string; publishedAt: string | null } };
    type Fact = { type: RelationType; evidence: Connection<Evidence, 'totalCount'> };
    const res = await app.gql<{ entity: Maybe<{ name: string; relations: Connection<Fact, 'totalCount'> }> }>(q);
    expect(res.errors).toBeUndefined();
    const [fact] = nodes(res.data!.entity!.relations);
    expect(fact!.evidence.totalCount).toBe(1);
    expect(nodes(fact!.evidence)).toEqual([
      { quote: sentence, start: 0, article: { id: 'Article:repeated', title: 'Test article repeated', publishedAt: '2025-03-01' } },
    ]);
  });
});
