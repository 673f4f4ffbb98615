/**
 * The five benchmark questions, as each target is asked them: chipgraph's GraphQL API, the
 * @neo4j/graphql peer's generated API, and the raw target that runs chipgraph's own Cypher through
 * neo4j-driver with no GraphQL layer.
 */
export interface BenchQuery {
  name: string;
  question: string;
  chipgraph: string;
  peer: string;
  /** Variables per target from one drawn entity (id and name). */
  vars(e: { id: string; name: string }): Record<string, unknown>;
  /** A comparable digest of an answer, to check that the targets answer the same question. */
  digest: { chipgraph(d: any): unknown; peer(d: any): unknown; raw(d: any): unknown };
}

const DEAL_TYPES = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'];
const sorted = (xs: string[]) => [...xs].sort();

export const QUERIES: BenchQuery[] = [
  {
    name: 'entity',
    question: "an entity's 10 best-attested outgoing relations with their evidence",
    chipgraph: `query ($id: ID!) { entity(id: $id) { name type relations(direction: OUTGOING, first: 10) {
      edges { node { id type confidence object { name } evidence(first: 10) { edges { node { quote article { title } } } } } } } } }`,
    peer: `query ($id: ID!) { entities(where: { id: { eq: $id } }) { name type subjectOf(limit: 10, sort: [{ evidenceCount: DESC }, { confidence: DESC }, { id: ASC }]) {
      id type confidence object { name } evidenceConnection { edges { properties { quote } node { title } } } } } }`,
    vars: (e) => ({ id: e.id }),
    digest: {
      chipgraph: (d) => d.entity.relations.edges.map((e: any) => e.node.id),
      peer: (d) => d.entities[0].subjectOf.map((f: any) => f.id),
      raw: (d) => d.relations.map((r: any) => r.node.id),
    },
  },
  {
    name: 'articles',
    question: 'the 20 newest articles',
    chipgraph: '{ articles(first: 20) { edges { node { id title publishedAt source } } } }',
    peer: '{ articles(limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }]) { id title publishedAt source } }',
    vars: () => ({}),
    digest: {
      chipgraph: (d) => d.articles.edges.map((e: any) => e.node.publishedAt),
      peer: (d) => d.articles.map((a: any) => a.publishedAt),
      raw: (d) => d.map((r: any) => r.node.publishedAt),
    },
  },
  {
    name: 'mentions',
    question: "how often an entity is mentioned, and its 20 newest articles",
    chipgraph: 'query ($id: ID!) { entity(id: $id) { mentionCount articles(first: 20) { edges { node { id title publishedAt } } } } }',
    peer: `query ($id: ID!) { entities(where: { id: { eq: $id } }) { articlesConnection { totalCount }
      articles(limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }]) { id title publishedAt } } }`,
    vars: (e) => ({ id: e.id }),
    digest: {
      chipgraph: (d) => [d.entity.mentionCount, d.entity.articles.edges.map((e: any) => e.node.id)],
      peer: (d) => [d.entities[0].articlesConnection.totalCount, d.entities[0].articles.map((a: any) => a.id)],
      raw: (d) => [d.entity.mentionCount, d.articles.map((r: any) => r.node.id)],
    },
  },
  {
    name: 'deals',
    question: "a party's 20 most recently reported deals (acquisitions, investments, partnerships)",
    chipgraph: 'query ($name: String!) { deals(party: $name, first: 20) { edges { node { id type status subject { name } object { name } } } } }',
    peer: `query ($id: ID!, $types: [String!]!) { facts(where: { type: { in: $types },
      OR: [{ subject: { some: { id: { eq: $id } } } }, { object: { some: { id: { eq: $id } } } }] },
      sort: [{ lastSeen: DESC }, { id: ASC }], limit: 20) { id type status subject { name } object { name } } }`,
    vars: (e) => ({ id: e.id, name: e.name, types: DEAL_TYPES }),
    digest: {
      chipgraph: (d) => sorted(d.deals.edges.map((e: any) => e.node.id)),
      peer: (d) => sorted(d.facts.map((f: any) => f.id)),
      raw: (d) => sorted(d.map((r: any) => r.node.id)),
    },
  },
  {
    name: 'programs',
    question: 'the first 50 chip programs with owner, chips and partners',
    chipgraph: '{ chipPrograms(first: 50) { edges { node { id owner { name } chips { name } partners { name } } } } }',
    peer: '{ chipPrograms(limit: 50, sort: [{ id: ASC }]) { id owner { name } chips { name } partners { name } } }',
    vars: () => ({}),
    digest: {
      chipgraph: (d) => d.chipPrograms.edges.map((e: any) => e.node.id),
      peer: (d) => d.chipPrograms.map((p: any) => p.id),
      raw: (d) => d.map((r: any) => r.node.id),
    },
  },
];
