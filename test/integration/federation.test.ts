import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { startTestApp, type TestApp } from '../helpers';
import { entityId, factId, handArticle, type HandFact } from '../fixtures';

/** chipgraph as an Apollo Federation 2 subgraph, composed with another team's subgraph. */
let app: TestApp;
const FACT: HandFact = ['Microsoft', 'PARTNERS_WITH', 'OpenAI'];

// A second subgraph, as a company's CRM team might write it: its accounts point at chipgraph's entities.
const CRM = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Entity @key(fields: "id", resolvable: false) { id: ID! }
  type Account @key(fields: "id") { id: ID! owner: String! company: Entity }
  type Query { accounts: [Account!]! }
`;

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  await app.deps.writer.write(handArticle('f1', '2025-03-01', [FACT]));
});
afterAll(() => app.stop());

describe('when a supergraph is composed with chipgraph', () => {
  it('then chipgraph publishes its subgraph SDL with the node types keyed by id, and it composes with another subgraph', async () => {
    const res = await app.gql<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const sdl = res.data!._service.sdl;
    for (const type of ['Entity', 'Relation', 'Article', 'ChipProgram'])
      expect(sdl).toMatch(new RegExp(`type ${type} implements Node\\s+@key\\(fields: "id"\\)`));
    const result = composeServices([
      { name: 'chipgraph', typeDefs: parse(sdl), url: app.url },
      { name: 'crm', typeDefs: parse(CRM), url: 'http://crm.invalid/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    const supergraph = result.supergraphSdl ?? '';
    expect(supergraph).toMatch(/type Account/);
    expect(supergraph).toMatch(/company: Entity/);
    expect(supergraph).toMatch(/neighbourhood\(/);
  });

  it('then a router resolves entity references by global id, each type answering like node(id:)', async () => {
    const res = await app.gql<{
      _entities: ({ name?: string; aliases?: string[]; type?: string; evidence?: { totalCount: number } } | null)[];
    }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
         ... on Entity { name aliases } ... on Relation { type evidence { totalCount } } ... on Article { title } } }`,
      {
        r: [
          { __typename: 'Entity', id: entityId('Microsoft') },
          { __typename: 'Relation', id: factId(FACT) },
          { __typename: 'Article', id: 'Article:f1' },
          { __typename: 'Entity', id: entityId('Nobody') },
        ],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities).toEqual([
      { name: 'Microsoft', aliases: expect.arrayContaining(['微软']) as string[] },
      { type: 'PARTNERS_WITH', evidence: { totalCount: 1 } },
      { title: 'Test article f1' },
      null,
    ]);
  });

  it('then a router asking for too many at once is refused, and so is one whose answer would cost too much', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ __typename: 'Entity', id: `Entity:e${i}` }));
    const tooMany = await app.gql('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r: many });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const heavy = Array.from({ length: 100 }, () => ({ __typename: 'Entity', id: entityId('Microsoft') }));
    const costly = await app.gql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Entity { relations(first: 200) { edges { node { id } } } } } }',
      { r: heavy },
    );
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const nodes = await app.gql(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Entity { relations(first: 200) { edges { node { id } } } } } }',
      {
        ids: heavy.map((h) => h.id),
      },
    );
    expect(nodes.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('when a client sends malformed entity references', () => {
  it.each([
    ['a string', ['x']],
    ['an object without __typename', [{}]],
    ['an unknown type', [{ __typename: 'Nope', id: 'x' }]],
    ['no id', [{ __typename: 'Entity' }]],
    ['a numeric id', [{ __typename: 'Entity', id: 5 }]],
  ])('then %s gets a client error, not an internal one', async (_, r) => {
    const res = await app.gql('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', { r });
    const codes = (res.errors ?? []).map((e) => e.extensions?.code);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(res.status).toBeLessThan(500);
  });
});
