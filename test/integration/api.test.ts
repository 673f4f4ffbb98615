import { join } from 'node:path';
import { readSeedArticles } from '../../src/ingest/service';
import { nodes, startTestApp, TEST_API_KEY, type TestApp } from '../helpers';
import type { ChipProgramStatus, Connection, EntityType, Identified, Maybe, Named, RelationType } from '../types';

const SEEDS = join(__dirname, '../../seeds/articles');
let app: TestApp;

const graphCounts = async () => ({
  nodes: await app.count('MATCH (n) RETURN count(n)'),
  relationships: await app.count('MATCH ()-[r]->() RETURN count(r)'),
});

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  for (const a of readSeedArticles(SEEDS)) await app.deps.ingest.ingest(a);
});
afterAll(() => app.stop());

const ENTITY_QUERY = `query ($name: String!) {
  entity(name: $name) {
    id name type aliases
    relations(types: [PARTNERS_WITH]) { edges { node { type subject { name } object { name } evidence { edges { node { quote start end article { id text } } } } } } }
  }
}`;
type EntityAnswer = {
  entity: Maybe<{
    id: string;
    name: string;
    type: EntityType;
    aliases: string[];
    relations: Connection<{
      type: RelationType;
      subject: Named;
      object: Named;
      evidence: Connection<{ quote: string; start: number; end: number; article: { id: string; text: string } }>;
    }>;
  }>;
};
type StatsAnswer = { stats: { articles: number; entities: number; relations: number; chipPrograms: number } };

describe('when an analyst asks for an entity by any spelling', () => {
  it('then 微软 returns Microsoft with its partnership with OpenAI and the sentence that says so', async () => {
    const res = await app.gql<EntityAnswer>(ENTITY_QUERY, { name: '微软' });
    expect(res.errors).toBeUndefined();
    const e = res.data!.entity;
    expect(e).toMatchObject({ name: 'Microsoft', type: 'Organization' });
    const withOpenAI = nodes(e!.relations).find((r) => [r.subject.name, r.object.name].includes('OpenAI'));
    expect(withOpenAI).toBeDefined();
    const ev = nodes(withOpenAI!.evidence)[0]!;
    expect(ev.article.id).toBe('Article:000_12274d2e8085e09b');
    expect(ev.quote).toContain('微软和OpenAI');
    // offsets point into the stored, cleaned article text
    expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('then 微軟 and "microsoft" resolve to the same node as 微软', async () => {
    const ids = await Promise.all(
      ['微軟', 'microsoft', 'Microsoft'].map(async (name) => (await app.gql<EntityAnswer>(ENTITY_QUERY, { name })).data!.entity?.id),
    );
    expect(new Set(ids)).toEqual(new Set(['Entity:microsoft']));
  });

  it('then full-text search in Traditional script finds the Simplified-script entity', async () => {
    const res = await app.gql<{ search: { score: number; entity: Named }[] }>('{ search(query: "軟銀") { score entity { name } } }');
    expect(res.data!.search[0]!.entity.name).toBe('SoftBank');
  });

  it('then chip programs list Microsoft with its chip Athena', async () => {
    type Program = { owner: Named; chips: Named[]; status: ChipProgramStatus; evidence: Connection<{ quote: string }, 'totalCount'> };
    const res = await app.gql<{ chipPrograms: Connection<Program> }>(
      '{ chipPrograms(owner: "微软") { edges { node { owner { name } chips { name } status evidence { totalCount edges { node { quote } } } } } } }',
    );
    const programs = nodes(res.data!.chipPrograms);
    expect(programs).toHaveLength(1);
    expect(programs[0]!.chips.map((c) => c.name)).toContain('Athena');
    expect(nodes(programs[0]!.evidence).length).toBeGreaterThan(0);
    expect(programs[0]!.evidence.totalCount).toBeGreaterThanOrEqual(nodes(programs[0]!.evidence).length);
  });

  it('then chip programs page in owner order, one at a time as in one page, with their total', async () => {
    const Q =
      'query ($after: String) { chipPrograms(first: 1, after: $after) { totalCount edges { node { id owner { name } } } pageInfo { hasNextPage endCursor } } }';
    type Page = Connection<Identified & { owner: Named }, 'totalCount' | 'pageInfo'>;
    const all = (
      await app.gql<{ chipPrograms: Connection<Identified, 'totalCount'> }>(
        '{ chipPrograms(first: 50) { totalCount edges { node { id } } } }',
      )
    ).data!.chipPrograms;
    const ids = nodes(all).map((p) => p.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(all.totalCount).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i <= ids.length; i++) {
      const page: Page = (await app.gql<{ chipPrograms: Page }>(Q, { after })).data!.chipPrograms;
      expect(page.totalCount).toBe(ids.length);
      seen.push(...nodes(page).map((p) => p.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
  });

  it('then articles come back newest first with their metadata', async () => {
    const res = await app.gql<{ articles: Connection<{ id: string; language: string; publishedAt: string | null }> }>(
      '{ articles(first: 10) { edges { node { id language publishedAt } } } }',
    );
    const dates = nodes(res.data!.articles).map((a) => a.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(nodes(res.data!.articles).map((a) => a.language))).toEqual(new Set(['zh-Hans', 'zh-Hant', 'en']));
  });
});

describe('when the same articles are ingested again', () => {
  it('then no count changes', async () => {
    const before = await graphCounts();
    const stats = (await app.gql<StatsAnswer>('{ stats { articles entities relations chipPrograms } }')).data!.stats;
    for (const a of readSeedArticles(SEEDS)) await app.deps.ingest.ingest(a);
    expect(await graphCounts()).toEqual(before);
    expect((await app.gql<StatsAnswer>('{ stats { articles entities relations chipPrograms } }')).data!.stats).toEqual(stats);
    expect(stats.articles).toBe(readSeedArticles(SEEDS).length);
  });
});

describe('when a client writes', () => {
  const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id language } entities relations } }';
  const input = { id: 'test-article-1', text: '微軟與輝達宣佈合作。\n微軟已完成收購Acme Silicon公司。' };

  it('then without an API key it is refused with UNAUTHENTICATED and nothing is written', async () => {
    const before = await graphCounts();
    const res = await app.gql(INGEST, { input });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await graphCounts()).toEqual(before);
  });

  it('then with the API key the article is stored and its facts are queryable', async () => {
    type Ingested = { ingestArticle: { article: { id: string; language: string }; entities: number; relations: number } };
    const res = await app.gql<Ingested>(INGEST, { input }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle.article).toEqual({ id: 'Article:test-article-1', language: 'zh-Hant' });
    type Rel = { subject: Identified; object: Identified; evidence: Connection<{ article: Identified }> };
    const rel = await app.gql<{ entity: Maybe<{ relations: Connection<Rel> }> }>(
      '{ entity(name: "NVIDIA") { relations(types: [PARTNERS_WITH]) { edges { node { subject { id } object { id } evidence { edges { node { article { id } } } } } } } } }',
    );
    const found = nodes(rel.data!.entity!.relations).filter((r) =>
      nodes(r.evidence).some((e) => e.article.id === 'Article:test-article-1'),
    );
    expect(found).toHaveLength(1);
  });

  it('then an empty article is refused with INVALID_ARTICLE and nothing is written', async () => {
    const before = await graphCounts();
    const res = await app.gql(INGEST, { input: { id: 'empty', text: '  \n | \n' } }, { authorization: `Bearer ${TEST_API_KEY}` });
    expect(res.errors?.[0]?.extensions?.code).toBe('INVALID_ARTICLE');
    expect(await graphCounts()).toEqual(before);
  });
});

describe('when a query is malformed or too big', () => {
  it('then asking for both id and name is BAD_USER_INPUT', async () => {
    const res = await app.gql('{ entity(id: "microsoft", name: "微软") { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('then an over-large page is BAD_USER_INPUT', async () => {
    const res = await app.gql('{ search(query: "a", first: 1000) { score } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('then a variable of the wrong type, or a missing required one, is BAD_USER_INPUT with status 400', async () => {
    const Q = 'query ($n: Int, $q: String!) { search(query: $q, first: $n) { score } }';
    for (const variables of [{ n: 'many', q: 'a' }, { n: 1 }]) {
      const res = await app.gql(Q, variables);
      expect({ status: res.status, code: res.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    }
    expect((await app.gql(Q, { n: 1, q: 'a' })).errors).toBeUndefined();
  });

  it('then a query deeper than the limit is refused with QUERY_TOO_DEEP', async () => {
    let q = 'id';
    for (let i = 0; i < 4; i++) q = `relations(first: 1) { edges { node { subject { ${q} } } } }`;
    const res = await app.gql(`{ entity(id: "microsoft") { ${q} } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(res.data).toBeUndefined();
  });
});

describe('when a browser opens the endpoint', () => {
  it('then it gets the Apollo Sandbox landing page', async () => {
    const res = await fetch(app.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/embeddable-sandbox|apollo/i);
  });
});
