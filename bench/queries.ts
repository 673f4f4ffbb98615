import type { ArticleRecord, ChipProgramRecord, EntityRecord, KeyedRow, RelationRecord } from '../src/repo/types';

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
  /** A comparable digest of an answer (its `data`), to check that the targets answer the same question. */
  digest: { chipgraph(d: unknown): unknown; peer(d: unknown): unknown; raw(d: unknown): unknown };
}

/** A question whose digests read the answers of its own queries, of shapes `C`, `P` and `R`. */
interface Question<C, P, R> extends Omit<BenchQuery, 'digest'> {
  digest: { chipgraph(d: C): unknown; peer(d: P): unknown; raw(d: R): unknown };
}

/**
 * A digest is only given the answer of its own target to this question (see bench/run.ts), so the
 * shapes the question declares are those of its queries' selections; a wrong shape makes the digest throw and the run stop.
 */
const question = <C, P, R>(q: Question<C, P, R>): BenchQuery => ({
  ...q,
  digest: { chipgraph: (d) => q.digest.chipgraph(d as C), peer: (d) => q.digest.peer(d as P), raw: (d) => q.digest.raw(d as R) },
});

/** The edges of a Relay connection as selected. */
type Edges<T> = { edges: { node: T }[] };
type Id = { id: string };

const DEAL_TYPES = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'];
const sorted = (xs: string[]) => [...xs].sort();

export const QUERIES: BenchQuery[] = [
  question<
    { entity: { relations: Edges<Id> } | null },
    { entities: { subjectOf: Id[] }[] },
    { entity?: EntityRecord; relations: KeyedRow<RelationRecord>[] }
  >({
    name: 'entity',
    question: "an entity's 10 best-attested outgoing relations with their evidence",
    chipgraph: `query ($id: ID!) { entity(id: $id) { name type relations(direction: OUTGOING, first: 10) {
      edges { node { id type confidence object { name } evidence(first: 10) { edges { node { quote article { title } } } } } } } } }`,
    peer: `query ($id: ID!) { entities(where: { id: { eq: $id } }) { name type subjectOf(limit: 10, sort: [{ evidenceCount: DESC }, { confidence: DESC }, { id: ASC }]) {
      id type confidence object { name } evidenceConnection { edges { properties { quote } node { title } } } } } }`,
    vars: (e) => ({ id: e.id }),
    digest: {
      chipgraph: (d) => d.entity!.relations.edges.map((e) => e.node.id),
      peer: (d) => d.entities[0]!.subjectOf.map((f) => f.id),
      raw: (d) => d.relations.map((r) => r.node.id),
    },
  }),
  question<{ articles: Edges<{ publishedAt: string | null }> }, { articles: { publishedAt: string | null }[] }, KeyedRow<ArticleRecord>[]>({
    name: 'articles',
    question: 'the 20 newest articles',
    chipgraph: '{ articles(first: 20) { edges { node { id title publishedAt source } } } }',
    peer: '{ articles(limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }]) { id title publishedAt source } }',
    vars: () => ({}),
    digest: {
      chipgraph: (d) => d.articles.edges.map((e) => e.node.publishedAt),
      peer: (d) => d.articles.map((a) => a.publishedAt),
      raw: (d) => d.map((r) => r.node.publishedAt),
    },
  }),
  question<
    { entity: { mentionCount: number; articles: Edges<Id> } | null },
    { entities: { articlesConnection: { totalCount: number }; articles: Id[] }[] },
    { entity?: EntityRecord; articles: KeyedRow<ArticleRecord>[] }
  >({
    name: 'mentions',
    question: 'how often an entity is mentioned, and its 20 newest articles',
    chipgraph: 'query ($id: ID!) { entity(id: $id) { mentionCount articles(first: 20) { edges { node { id title publishedAt } } } } }',
    peer: `query ($id: ID!) { entities(where: { id: { eq: $id } }) { articlesConnection { totalCount }
      articles(limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }]) { id title publishedAt } } }`,
    vars: (e) => ({ id: e.id }),
    digest: {
      chipgraph: (d) => [d.entity!.mentionCount, d.entity!.articles.edges.map((e) => e.node.id)],
      peer: (d) => [d.entities[0]!.articlesConnection.totalCount, d.entities[0]!.articles.map((a) => a.id)],
      raw: (d) => [d.entity!.mentionCount, d.articles.map((r) => r.node.id)],
    },
  }),
  question<{ deals: Edges<Id> }, { facts: Id[] }, KeyedRow<RelationRecord>[]>({
    name: 'deals',
    question: "a party's 20 most recently reported deals (acquisitions, investments, partnerships)",
    chipgraph:
      'query ($name: String!) { deals(party: $name, first: 20) { edges { node { id type status subject { name } object { name } } } } }',
    peer: `query ($id: ID!, $types: [String!]!) { facts(where: { type: { in: $types },
      OR: [{ subject: { some: { id: { eq: $id } } } }, { object: { some: { id: { eq: $id } } } }] },
      sort: [{ lastSeen: DESC }, { id: ASC }], limit: 20) { id type status subject { name } object { name } } }`,
    vars: (e) => ({ id: e.id, name: e.name, types: DEAL_TYPES }),
    digest: {
      chipgraph: (d) => sorted(d.deals.edges.map((e) => e.node.id)),
      peer: (d) => sorted(d.facts.map((f) => f.id)),
      raw: (d) => sorted(d.map((r) => r.node.id)),
    },
  }),
  question<{ chipPrograms: Edges<Id> }, { chipPrograms: Id[] }, KeyedRow<ChipProgramRecord>[]>({
    name: 'programs',
    question: 'the first 50 chip programs with owner, chips and partners',
    chipgraph: '{ chipPrograms(first: 50) { edges { node { id owner { name } chips { name } partners { name } } } } }',
    peer: '{ chipPrograms(limit: 50, sort: [{ id: ASC }]) { id owner { name } chips { name } partners { name } } }',
    vars: () => ({}),
    digest: {
      chipgraph: (d) => d.chipPrograms.edges.map((e) => e.node.id),
      peer: (d) => d.chipPrograms.map((p) => p.id),
      raw: (d) => d.map((r) => r.node.id),
    },
  }),
];
