import { loadLexicon } from '../../src/extract/lexicon';
import { GraphReader } from '../../src/repo/reader';
import { ArticleWriter } from '../../src/repo/writer';
import { articleId, factId, handArticle, type HandFact } from '../fixtures';
import { nodes, startTestApp, type TestApp } from '../helpers';
import type { ChangeKind, Connection, DealStatus, Identified, Maybe, Named, PageInfo, RelationType } from '../types';

let app: TestApp;
let writer: ArticleWriter;

const A1: HandFact[] = [
  ['Alpha Chips', 'PARTNERS_WITH', 'Beta Cloud'],
  ['Alpha Chips', 'SUPPLIES', 'Gamma Labs'],
];
const A2: HandFact[] = [
  ['Beta Cloud', 'ACQUIRES', 'Delta Silicon', 'considering'],
  ['Epsilon Capital', 'INVESTS_IN', 'Alpha Chips', 'announced'],
];
const A3: HandFact[] = [
  ['Beta Cloud', 'ACQUIRES', 'Delta Silicon', 'completed'],
  ['Gamma Labs', 'PARTNERS_WITH', 'Zeta AI'],
];
const A4: HandFact[] = [['Alpha Chips', 'COMPETES_WITH', 'Eta Semi']];
const CORPUS = [
  handArticle('a1', '2024-01-10', A1),
  handArticle('a2', '2024-05-20', A2),
  handArticle('a3', '2025-02-01', A3),
  handArticle('a4', null, A4),
];

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  writer = new ArticleWriter(app.db.driver, loadLexicon(), app.db.database);
  for (const a of CORPUS) await writer.write(a);
});
afterAll(() => app.stop());

/** The data of an answer that must have no errors, of the shape `T` the query selects. */
const ok = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
  const res = await app.gql<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
};
const code = async (query: string, variables?: Record<string, unknown>) => (await app.gql(query, variables)).errors?.[0]?.extensions?.code;

describe('when a client pages through a connection', () => {
  const RELATIONS = `query ($first: Int, $after: String) {
    entity(name: "Alpha Chips") { relations(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }
  }`;
  type RelationsPage = Connection<Identified, 'totalCount' | 'pageInfo'>;
  type RelationsAnswer = { entity: Maybe<{ relations: RelationsPage }> };

  it('then following endCursor visits every item once, in the order of one big page', async () => {
    const all = (await ok<RelationsAnswer>(RELATIONS, { first: 200 })).entity!.relations;
    expect(all.totalCount).toBe(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: RelationsPage = (await ok<RelationsAnswer>(RELATIONS, { first: 1, after })).entity!.relations;
      expect(page.totalCount).toBe(4);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...nodes<{ id: string }>(page).map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(nodes<{ id: string }>(all).map((n) => n.id));
  });

  it('then a page after a cursor is unchanged when an item sorting before the cursor is added', async () => {
    const Q = 'query ($after: String) { articles(first: 2, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    type ArticlesAnswer = { articles: Connection<Identified, 'pageInfo'> };
    const first = (await ok<ArticlesAnswer>(Q)).articles;
    const second = nodes((await ok<ArticlesAnswer>(Q, { after: first.pageInfo.endCursor })).articles).map((n) => n.id);
    await writer.write(handArticle('a-newest', '2030-01-01', [['Theta', 'PARTNERS_WITH', 'Iota']]));
    try {
      expect(nodes((await ok<ArticlesAnswer>(Q, { after: first.pageInfo.endCursor })).articles).map((n) => n.id)).toEqual(second);
    } finally {
      await app.db.driver.executeQuery(
        "MATCH (a:Article {id: 'a-newest'}) OPTIONAL MATCH (a)<-[:EVIDENCE]-(f:Fact) OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity) DETACH DELETE a, f, e",
      );
    }
  });

  it('then an entity in most articles pages them newest first, whichever plan reads the page', async () => {
    // Hub Corp is in 11 of 15 articles: a page of 1 walks the date index, a page of 100 sorts
    // the entity's articles (see MENTIONING_BY_DATE); both must give the order the dates give.
    const dates = [
      '2024-03-01',
      '2024-03-01',
      '2023-12-31',
      null,
      '2025-07-04',
      '2024-03-01',
      '2022-01-01',
      null,
      '2026-02-02',
      '2023-06-15',
      '2024-11-11',
    ];
    const hub = dates.map((d, i) => handArticle(`hub-${String(i).padStart(2, '0')}`, d, [['Hub Corp', 'PARTNERS_WITH', `Spoke ${i}`]]));
    const expected = [...hub]
      .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') || a.id.localeCompare(b.id))
      .map((a) => articleId(a.id));
    const Q = `query ($first: Int, $after: String) { entity(name: "Hub Corp") { mentionCount
      articles(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
      relations(first: 1) { edges { node { subject { articles(first: $first, after: $after) { edges { node { id } } } } } } } } }`;
    type Hub = {
      mentionCount: number;
      articles: Connection<Identified, 'pageInfo'>;
      relations: Connection<{ subject: { articles: Connection<Identified> } }>;
    };
    try {
      for (const a of hub) await writer.write(a);
      const all = (await ok<{ entity: Maybe<Hub> }>(Q, { first: 100 })).entity!;
      expect(all.mentionCount).toBe(hub.length);
      expect(nodes(all.articles).map((n) => n.id)).toEqual(expected);
      const seen: string[] = [];
      const nested: string[] = [];
      let after: string | null = null;
      for (let i = 0; i <= hub.length; i++) {
        const e: Hub = (await ok<{ entity: Maybe<Hub> }>(Q, { first: 1, after })).entity!;
        seen.push(...nodes(e.articles).map((n) => n.id));
        nested.push(...nodes(nodes(e.relations)[0]!.subject.articles).map((n) => n.id));
        if (!e.articles.pageInfo.hasNextPage) break;
        after = e.articles.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
      expect(nested).toEqual(expected);
    } finally {
      await app.db.driver.executeQuery(
        `MATCH (a:Article) WHERE a.id STARTS WITH 'hub-' OPTIONAL MATCH (a)<-[:EVIDENCE]-(f:Fact) OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
         DETACH DELETE a, f, e`,
      );
    }
  });

  it('then a made-up cursor, or one from another list, is BAD_USER_INPUT', async () => {
    expect(await code(RELATIONS, { first: 1, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const articleCursor = (await ok<{ articles: { pageInfo: PageInfo } }>('{ articles(first: 1) { pageInfo { endCursor } } }')).articles
      .pageInfo.endCursor;
    expect(await code(RELATIONS, { first: 1, after: articleCursor })).toBe('BAD_USER_INPUT');
  });
});

describe('when an analyst explores around an entity', () => {
  const NEIGHBOURS = `query ($depth: Int, $types: [RelationType!], $since: Date) {
    neighbourhood(entity: "alpha chips", depth: $depth, types: $types, since: $since) { center { name } entities { distance entity { name } } relations { id } }
  }`;
  type Neighbourhood = { center: Named; entities: { distance: number; entity: Named }[]; relations: Identified[] };
  type NeighboursAnswer = { neighbourhood: Maybe<Neighbourhood> };
  const names = (n: Neighbourhood, d: number) =>
    n.entities
      .filter((e) => e.distance === d)
      .map((e) => e.entity.name)
      .sort();

  it('then depth 1 gives the direct partners and depth 2 the partners of partners', async () => {
    const one = (await ok<NeighboursAnswer>(NEIGHBOURS, { depth: 1 })).neighbourhood!;
    expect(one.center.name).toBe('Alpha Chips');
    expect(names(one, 1)).toEqual(['Beta Cloud', 'Epsilon Capital', 'Eta Semi', 'Gamma Labs']);
    expect(names(one, 2)).toEqual([]);
    const two = (await ok<NeighboursAnswer>(NEIGHBOURS, { depth: 2 })).neighbourhood!;
    expect(names(two, 1)).toEqual(names(one, 1));
    expect(names(two, 2)).toEqual(['Delta Silicon', 'Zeta AI']);
    expect(two.relations.map((r) => r.id)).toContain(factId(['Gamma Labs', 'PARTNERS_WITH', 'Zeta AI']));
  });

  it('then relation type and date filters prune the neighbourhood', async () => {
    const partners = (await ok<NeighboursAnswer>(NEIGHBOURS, { depth: 2, types: ['PARTNERS_WITH'] })).neighbourhood!;
    expect(names(partners, 1)).toEqual(['Beta Cloud']);
    expect(names(partners, 2)).toEqual([]);
    const recent = (await ok<NeighboursAnswer>(NEIGHBOURS, { depth: 1, since: '2024-05-01' })).neighbourhood!;
    expect(names(recent, 1)).toEqual(['Epsilon Capital']);
  });

  it('then the shortest path goes through the shared partner, and type filters can cut it', async () => {
    const PATH =
      'query ($types: [RelationType!]) { path(from: "Alpha Chips", to: "Zeta AI", types: $types) { length entities { name } relations { type } } }';
    type PathAnswer = { path: Maybe<{ length: number; entities: Named[]; relations: { type: RelationType }[] }> };
    const p = (await ok<PathAnswer>(PATH)).path;
    expect(p).toEqual({
      length: 2,
      entities: [{ name: 'Alpha Chips' }, { name: 'Gamma Labs' }, { name: 'Zeta AI' }],
      relations: [{ type: 'SUPPLIES' }, { type: 'PARTNERS_WITH' }],
    });
    expect((await ok<PathAnswer>(PATH, { types: ['PARTNERS_WITH'] })).path).toBeNull();
    expect(await code('{ path(from: "Alpha Chips", to: "Zeta AI", maxLength: 7) { length } }')).toBe('BAD_USER_INPUT');
  });

  it('then the timeline lists what was reported in date order, undated last, and filters by date', async () => {
    const TIMELINE =
      'query ($since: Date, $until: Date) { entity(name: "Alpha Chips") { timeline(since: $since, until: $until) { totalCount edges { node { date relation { type } evidence { quote article { id } } } } } } }';
    type Entry = { date: string | null; relation: { type: RelationType }; evidence: { quote: string; article: Identified } };
    type TimelineAnswer = { entity: Maybe<{ timeline: Connection<Entry, 'totalCount'> }> };
    const all = nodes((await ok<TimelineAnswer>(TIMELINE)).entity!.timeline);
    expect(all.map((e) => e.date)).toEqual(['2024-01-10', '2024-01-10', '2024-05-20', null]);
    expect(all.map((e) => e.relation.type)).toEqual(['PARTNERS_WITH', 'SUPPLIES', 'INVESTS_IN', 'COMPETES_WITH']);
    expect(all[0]!.evidence.quote).toBe('Alpha Chips partners with Beta Cloud.');
    const window = (await ok<TimelineAnswer>(TIMELINE, { since: '2024-02-01', until: '2024-12-31' })).entity!.timeline;
    expect(window.totalCount).toBe(1);
    expect(await code(TIMELINE, { since: '2024-13-01' })).toBe('BAD_USER_INPUT');
  });
});

describe('when an analyst lists deals', () => {
  const DEALS = `query ($party: String, $status: DealStatus, $since: Date, $types: [DealType!]) {
    deals(party: $party, status: $status, since: $since, types: $types) { totalCount edges { node { id type status } } }
  }`;
  type DealsAnswer = { deals: Connection<{ id: string; type: RelationType; status: Maybe<DealStatus> }, 'totalCount'> };
  const ids = (d: DealsAnswer) =>
    nodes(d.deals)
      .map((n) => n.id)
      .sort();

  it('then only acquisitions, investments and partnerships come back, the latest status per deal', async () => {
    const all = await ok<DealsAnswer>(DEALS);
    expect(ids(all)).toEqual([A1[0]!, A2[1]!, A3[0]!, A3[1]!].map(factId).sort());
    expect(nodes(all.deals).find((n) => n.type === 'ACQUIRES')).toMatchObject({ status: 'completed' });
  });

  it('then party, status, type and date filters combine', async () => {
    expect(ids(await ok<DealsAnswer>(DEALS, { party: 'Alpha Chips' }))).toEqual([A1[0]!, A2[1]!].map(factId).sort());
    expect(ids(await ok<DealsAnswer>(DEALS, { status: 'completed' }))).toEqual([factId(A3[0]!)]);
    expect(ids(await ok<DealsAnswer>(DEALS, { since: '2025-01-01' }))).toEqual([A3[0]!, A3[1]!].map(factId).sort());
    expect(ids(await ok<DealsAnswer>(DEALS, { types: ['INVESTS_IN'] }))).toEqual([factId(A2[1]!)]);
    expect((await ok<DealsAnswer>(DEALS, { party: 'nobody at all' })).deals.totalCount).toBe(0);
  });
});

describe('when another app follows the change feed', () => {
  const CHANGES =
    'query ($after: String) { changes(after: $after) { edges { node { seq kind factId relation { id } } } pageInfo { endCursor hasNextPage } } }';

  it('then it sees every fact once, nothing when an article is re-ingested unchanged, and removals and re-additions', async () => {
    type ChangesAnswer = {
      changes: Connection<{ seq: number; kind: ChangeKind; factId: string; relation: Maybe<Identified> }, 'pageInfo'>;
    };
    const start = (await ok<ChangesAnswer>(CHANGES)).changes;
    const seen = nodes(start);
    expect(new Set(seen.map((c) => c.factId))).toEqual(new Set([...A1, ...A2, ...A3, ...A4].map(factId)));
    expect(seen.map((c) => c.seq)).toEqual([...seen.map((c) => c.seq)].sort((a, b) => a - b));
    let cursor = start.pageInfo.endCursor;

    await writer.write(CORPUS[0]!);
    const unchanged = (await ok<ChangesAnswer>(CHANGES, { after: cursor })).changes;
    expect(unchanged.edges).toEqual([]);
    expect(unchanged.pageInfo.endCursor).toBe(cursor);

    await writer.write(handArticle('a1', '2024-01-10', [A1[0]!]));
    const removed = nodes((await ok<ChangesAnswer>(CHANGES, { after: cursor })).changes);
    expect(removed).toEqual([expect.objectContaining({ kind: 'REMOVED', factId: factId(A1[1]!), relation: null })]);
    cursor = (await ok<ChangesAnswer>(CHANGES, { after: cursor })).changes.pageInfo.endCursor;

    await writer.write(CORPUS[0]!);
    const back = nodes((await ok<ChangesAnswer>(CHANGES, { after: cursor })).changes);
    expect(back).toEqual([expect.objectContaining({ kind: 'UPSERTED', factId: factId(A1[1]!), relation: { id: factId(A1[1]!) } })]);
    expect(back[0]!.seq).toBeGreaterThan(removed[0]!.seq);
  });
});

describe('when a dashboard asks for counts', () => {
  it('then the per-type counts add up to the totals', async () => {
    type Counts = { count: number }[];
    type Stats = {
      entities: number;
      relations: number;
      articles: number;
      entitiesByType: Counts;
      relationsByType: Counts;
      articlesByLanguage: Counts;
      lastChange: number;
    };
    const s = (
      await ok<{ stats: Stats }>(
        '{ stats { entities relations articles entitiesByType { count } relationsByType { count } articlesByLanguage { count } lastChange } }',
      )
    ).stats;
    const sum = (xs: Counts) => xs.reduce((a, x) => a + x.count, 0);
    expect(s.entities).toBe(7);
    expect(sum(s.entitiesByType)).toBe(s.entities);
    expect(sum(s.relationsByType)).toBe(s.relations);
    expect(sum(s.articlesByLanguage)).toBe(s.articles);
    expect(s.lastChange).toBeGreaterThanOrEqual(s.relations);
  });
});

describe('when a query asks for the same field on many entities', () => {
  const WIDE = `query ($first: Int) {
    deals(first: $first) { edges { node { subject { name chipProgram { status } articles(first: 2) { edges { node { id text } } }
      relations(first: 5) { totalCount edges { node { object { name } } } } timeline(first: 2) { edges { node { date } } } } } } }
  }`;

  it('then the number of Cypher queries does not grow with the number of entities', async () => {
    const queriesFor = async (first: number) => {
      const before = app.deps.reader.queries;
      // The deals' contents are not looked at here, only how many there are.
      const data = await ok<{ deals: { edges: unknown[] } }>(WIDE, { first });
      expect(data.deals.edges).toHaveLength(first);
      return app.deps.reader.queries - before;
    };
    const few = await queriesFor(1);
    const many = await queriesFor(4);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(8);
  });
});

describe('when a query is too expensive', () => {
  it('then it is refused with QUERY_TOO_COMPLEX before any Cypher runs, also when the size comes from a variable', async () => {
    const before = app.deps.reader.queries;
    const Q =
      'query ($n: Int, $m: Int) { search(query: "alpha", first: $n) { entity { relations(first: $m) { edges { node { subject { name } } } } } } }';
    expect(await code(Q, { n: 100, m: 200 })).toBe('QUERY_TOO_COMPLEX');
    expect(app.deps.reader.queries).toBe(before);
    expect(await code(Q, { n: 2, m: 5 })).toBeUndefined();
  });
});

describe('when a client pages through the evidence of a relation it listed', () => {
  it('then every page tells truly whether another follows, the first (read with the relation) as well as later ones', async () => {
    // Five more articles state Alpha Chips' partnership with Beta Cloud (six pieces of evidence in all).
    for (let i = 0; i < 5; i++) await writer.write(handArticle(`ev-${i}`, `2024-0${i + 2}-01`, [A1[0]!]));
    type Page = Connection<{ article: Identified }, 'totalCount' | 'pageInfo'>;
    const query = `query ($first: Int!, $after: String) { entity(name: "Alpha Chips") { relations(first: 1) { edges { node {
      evidence(first: $first, after: $after) { totalCount edges { node { article { id } } } pageInfo { hasNextPage endCursor } } } } } } }`;
    const evidence = async (first: number, after: string | null) =>
      (await ok<{ entity: { relations: Connection<{ evidence: Page }> } }>(query, { first, after })).entity.relations.edges[0]!.node
        .evidence;
    for (const size of [1, 2, 3, 6, 7]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Page = await evidence(size, after);
        seen.push(...nodes(page).map((n) => n.article.id));
        expect(page.pageInfo.hasNextPage).toBe(seen.length < 6);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(6);
      expect(new Set(seen).size).toBe(6);
    }
  });

  it('then a page size given in a fragment is the one of each request, whatever an earlier request asked', async () => {
    // The relation's evidence is projected with the entity; the projection is derived once per
    // document and values of the variables under the field, fragments included. The same six
    // pieces of evidence as above (writing an article again changes nothing).
    for (let i = 0; i < 5; i++) await writer.write(handArticle(`ev-${i}`, `2024-0${i + 2}-01`, [A1[0]!]));
    const query = `query ($first: Int!) { entity(name: "Alpha Chips") { relations(first: 1) { edges { node { ...R } } } } }
      fragment R on Relation { evidence(first: $first) { edges { node { article { id } } } } }`;
    for (const first of [1, 4, 2, 6]) {
      const data = await ok<{ entity: { relations: Connection<{ evidence: Connection<{ article: Identified }> }> } }>(query, { first });
      expect(nodes(data.entity.relations.edges[0]!.node.evidence)).toHaveLength(first);
    }
  });
});

describe('when one document asks the same entity under many aliases', () => {
  it('then Neo4j is asked once per distinct question, and every alias gets the same answer', async () => {
    const spy = jest.spyOn(GraphReader.prototype, 'entityWith');
    try {
      const same = Array.from({ length: 30 }, (_, i) => `a${i}: entity(name: "Alpha Chips") { id relations { totalCount } }`).join(' ');
      const data = await ok<Record<string, { id: string; relations: { totalCount: number } }>>(
        `{ ${same} other: entity(name: "Beta Cloud") { id relations { totalCount } } }`,
      );
      expect(
        new Set(
          Object.entries(data)
            .filter(([k]) => k !== 'other')
            .map(([, v]) => JSON.stringify(v)),
        ).size,
      ).toBe(1);
      expect(data.a0!.relations.totalCount).toBeGreaterThan(0);
      expect(data.other!.id).not.toBe(data.a0!.id);
      expect(spy).toHaveBeenCalledTimes(2);
      // (…also when the aliases come through a fragment.)
      spy.mockClear();
      await ok(`{ ...F } fragment F on Query { ${same} }`);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
