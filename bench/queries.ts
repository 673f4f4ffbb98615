import type { ArticleRecord, ChipProgramRecord, EntityRecord, EvidencePageRecord, KeyedRow, RelationRecord } from '../src/repo/types';

/**
 * The five benchmark questions, as each target is asked them: chipgraph's GraphQL API, the
 * @neo4j/graphql peer's generated API (written as an expert user of it would, see bench/README.md),
 * and the raw target that runs chipgraph's own Cypher through neo4j-driver with no GraphQL layer.
 */
export interface BenchQuery {
  name: string;
  question: string;
  chipgraph: string;
  peer: string;
  /** Variables per target from one drawn entity (id and name). */
  vars(e: { id: string; name: string }): Record<string, unknown>;
  /**
   * Each target's answer (its `data`) in one shape: every field the question asks for, in order,
   * with ids as the stored keys. bench/run.ts compares these in full for every drawn input.
   */
  normalize: { chipgraph(d: unknown): unknown; peer(d: unknown): unknown; raw(d: unknown): unknown };
}

/** A question whose normalizers read the answers of its own queries, of shapes `C`, `P` and `R`, into one shape `N`. */
interface Question<C, P, R, N> extends Omit<BenchQuery, 'normalize'> {
  normalize: { chipgraph(d: C): N; peer(d: P): N; raw(d: R): N };
}

/**
 * A normalizer is only given the answer of its own target to this question (see bench/run.ts), so
 * the shapes the question declares are those of its queries' selections; a wrong shape makes the
 * normalizer throw and the run stop.
 */
const question = <C, P, R, N>(q: Question<C, P, R, N>): BenchQuery => ({
  ...q,
  normalize: {
    chipgraph: (d) => q.normalize.chipgraph(d as C),
    peer: (d) => q.normalize.peer(d as P),
    raw: (d) => q.normalize.raw(d as R),
  },
});

/** The edges of a Relay connection as selected. */
type Edges<T> = { edges: { node: T }[] };
type Named = { name: string };

/**
 * chipgraph answers global ids (`Entity:tritalcloud`, `Relation:PARTNERS_WITH:a:b`, see
 * src/graphql/ids.ts); the peer and the raw driver answer the stored key. The prefix is removed
 * only when it is the expected type's, so an id of the wrong type still differs.
 */
const key = (type: 'Relation' | 'Article' | 'ChipProgram', id: string) =>
  id.startsWith(`${type}:`) ? id.slice(type.length + 1) : `<${id}>`;

/**
 * @neo4j/graphql serves every relationship as a list (v7 has no 1:1 relationship fields), where
 * chipgraph serves a fact's object and a program's owner as one entity. A list of exactly one is
 * that entity; any other length is kept as it is, so the comparison reports it.
 */
const single = <T>(xs: T[]): T | { notExactlyOne: T[] } => (xs.length === 1 ? xs[0]! : { notExactlyOne: xs });

/** The page of evidence the raw driver fetched with a fact (bench/server.ts cuts it to the size asked, as chipgraph's resolver does). */
const evidenceRows = (e: EvidencePageRecord | undefined) => e?.rows ?? [];

const DEAL_TYPES = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'];

/** The entity question's answer: the entity and its relations, best attested first, each with its newest evidence. */
type EntityAnswer = {
  name: string;
  type: string;
  relations: { id: string; type: string; confidence: number; object: unknown; evidence: { quote: string; title: string }[] }[];
} | null;
type ArticleRow = { id: string; title: string; publishedAt: string | null; source?: string | null };
type DealRow = { id: string; type: string; status: string | null; subject: unknown; object: unknown };
type PeerDeal = { id: string; type: string; status: string | null; lastSeen: string | null; subject: Named[]; object: Named[] };

export const QUERIES: BenchQuery[] = [
  question<
    {
      entity: {
        name: string;
        type: string;
        relations: Edges<{
          id: string;
          type: string;
          confidence: number;
          object: Named;
          evidence: Edges<{ quote: string; article: { title: string } }>;
        }>;
      } | null;
    },
    {
      entities: {
        name: string;
        type: string;
        subjectOfConnection: Edges<{
          id: string;
          type: string;
          confidence: number;
          object: Named[];
          evidenceConnection: { edges: { properties: { quote: string }; node: { title: string } }[] };
        }>;
      }[];
    },
    { entity?: EntityRecord; relations: KeyedRow<RelationRecord>[] },
    EntityAnswer
  >({
    name: 'entity',
    question: "an entity's 10 best-attested outgoing relations with their 10 newest pieces of evidence",
    chipgraph: `query ($id: ID!) { entity(id: $id) { name type relations(direction: OUTGOING, first: 10) {
      edges { node { id type confidence object { name } evidence(first: 10) { edges { node { quote article { title } } } } } } } } }`,
    peer: `query ($id: ID!) { entities(where: { id: { eq: $id } }) { name type
      subjectOfConnection(first: 10, sort: [{ node: { evidenceCount: DESC } }, { node: { confidence: DESC } }, { node: { id: ASC } }]) {
        edges { node { id type confidence object { name }
          evidenceConnection(first: 10, sort: [{ node: { publishedAt: DESC } }, { node: { id: ASC } }, { edge: { start: ASC } }]) {
            edges { properties { quote } node { title } } } } } } } }`,
    vars: (e) => ({ id: e.id }),
    normalize: {
      chipgraph: ({ entity: e }) =>
        e && {
          name: e.name,
          type: e.type,
          relations: e.relations.edges.map(({ node: r }) => ({
            id: key('Relation', r.id),
            type: r.type,
            confidence: r.confidence,
            object: r.object,
            evidence: r.evidence.edges.map(({ node: v }) => ({ quote: v.quote, title: v.article.title })),
          })),
        },
      // `entities(where: { id })` answers a list: none or one entity.
      peer: ({ entities }) => {
        const e = entities.length === 1 ? entities[0]! : null;
        if (!e) return entities.length ? ({ notExactlyOne: entities } as unknown as EntityAnswer) : null;
        return {
          name: e.name,
          type: e.type,
          relations: e.subjectOfConnection.edges.map(({ node: r }) => ({
            id: r.id,
            type: r.type,
            confidence: r.confidence,
            object: single(r.object),
            evidence: r.evidenceConnection.edges.map((v) => ({ quote: v.properties.quote, title: v.node.title })),
          })),
        };
      },
      raw: ({ entity: e, relations }) =>
        e
          ? {
              name: e.name,
              type: e.type,
              relations: relations.map(({ node: r }) => ({
                id: r.id,
                type: r.type,
                confidence: r.confidence,
                object: { name: r.object.name },
                evidence: evidenceRows(r.evidence).map(({ node: v }) => ({ quote: v.quote, title: v.article.title })),
              })),
            }
          : null,
    },
  }),
  question<{ articles: Edges<ArticleRow> }, { articles: ArticleRow[] }, KeyedRow<ArticleRecord>[], ArticleRow[]>({
    name: 'articles',
    question: 'the 20 newest articles',
    chipgraph: '{ articles(first: 20) { edges { node { id title publishedAt source } } } }',
    peer: '{ articles(where: { publishedAt: { gt: "" } }, limit: 20, sort: [{ publishedAt: DESC }, { id: ASC }]) { id title publishedAt source } }',
    vars: () => ({}),
    normalize: {
      chipgraph: (d) => d.articles.edges.map(({ node: a }) => ({ ...a, id: key('Article', a.id) })),
      peer: (d) => d.articles.map((a) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt, source: a.source })),
      raw: (d) => d.map(({ node: a }) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt, source: a.source })),
    },
  }),
  question<
    { entity: { mentionCount: number; articles: Edges<ArticleRow> } | null },
    { entities: { articlesConnection: { totalCount: number } & Edges<ArticleRow> }[] },
    { entity?: EntityRecord; articles: KeyedRow<ArticleRecord>[] },
    { mentionCount: number; articles: ArticleRow[] } | null
  >({
    name: 'mentions',
    question: 'how often an entity is mentioned, and its 20 newest articles',
    chipgraph: 'query ($id: ID!) { entity(id: $id) { mentionCount articles(first: 20) { edges { node { id title publishedAt } } } } }',
    peer: `query ($id: ID!) { entities(where: { id: { eq: $id } }) {
      articlesConnection(first: 20, sort: [{ node: { publishedAt: DESC } }, { node: { id: ASC } }]) { totalCount edges { node { id title publishedAt } } } } }`,
    vars: (e) => ({ id: e.id }),
    normalize: {
      chipgraph: ({ entity: e }) =>
        e && { mentionCount: e.mentionCount, articles: e.articles.edges.map(({ node: a }) => ({ ...a, id: key('Article', a.id) })) },
      peer: ({ entities }) => {
        if (entities.length !== 1) return entities.length ? ({ notExactlyOne: entities } as never) : null;
        const c = entities[0]!.articlesConnection;
        return {
          mentionCount: c.totalCount,
          articles: c.edges.map(({ node: a }) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt })),
        };
      },
      raw: ({ entity: e, articles }) =>
        e
          ? {
              mentionCount: e.mentionCount!,
              articles: articles.map(({ node: a }) => ({ id: a.id, title: a.title, publishedAt: a.publishedAt })),
            }
          : null,
    },
  }),
  question<
    { deals: Edges<DealRow & { subject: Named; object: Named }> },
    { entities: { subjectOfConnection: Edges<PeerDeal>; objectOfConnection: Edges<PeerDeal> }[] },
    KeyedRow<RelationRecord>[],
    DealRow[]
  >({
    name: 'deals',
    question: "a party's 20 most recently reported deals (acquisitions, investments, partnerships)",
    chipgraph:
      'query ($name: String!) { deals(party: $name, first: 20) { edges { node { id type status subject { name } object { name } } } } }',
    // The peer has no "either side" relationship: it is asked for the party's 20 newest deals on
    // each side, and the client merges them (see the normalizer). lastSeen is the merge's sort key.
    peer: `query ($id: ID!, $types: [String!]!) { entities(where: { id: { eq: $id } }) {
      subjectOfConnection(where: { node: { type: { in: $types } } }, first: 20, sort: [{ node: { lastSeen: DESC } }, { node: { id: ASC } }]) {
        edges { node { id type status lastSeen subject { name } object { name } } } }
      objectOfConnection(where: { node: { type: { in: $types } } }, first: 20, sort: [{ node: { lastSeen: DESC } }, { node: { id: ASC } }]) {
        edges { node { id type status lastSeen subject { name } object { name } } } } } }`,
    vars: (e) => ({ id: e.id, name: e.name, types: DEAL_TYPES }),
    normalize: {
      chipgraph: (d) =>
        d.deals.edges.map(({ node: f }) => ({
          id: key('Relation', f.id),
          type: f.type,
          status: f.status,
          subject: f.subject,
          object: f.object,
        })),
      // The client's merge, in chipgraph's order: newest lastSeen first (a missing one last, as
      // chipgraph's coalesce(lastSeen, '') puts it), then id; a fact on both sides counts once. The
      // keys are ASCII (dates and normalized names), so JavaScript's comparison is Neo4j's.
      peer: ({ entities }) => {
        if (entities.length !== 1) return entities.length ? ([{ notExactlyOne: entities }] as never) : [];
        const e = entities[0]!;
        const byId = new Map<string, PeerDeal>();
        for (const { node } of [...e.subjectOfConnection.edges, ...e.objectOfConnection.edges]) byId.set(node.id, node);
        const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        return [...byId.values()]
          .sort((a, b) => cmp(b.lastSeen ?? '', a.lastSeen ?? '') || cmp(a.id, b.id))
          .slice(0, 20)
          .map((f) => ({ id: f.id, type: f.type, status: f.status, subject: single(f.subject), object: single(f.object) }));
      },
      raw: (d) =>
        d.map(({ node: f }) => ({
          id: f.id,
          type: f.type,
          status: f.status,
          subject: { name: f.subject.name },
          object: { name: f.object.name },
        })),
    },
  }),
  question<
    { chipPrograms: Edges<{ id: string; owner: Named; chips: Named[]; partners: Named[] }> },
    { chipPrograms: { id: string; owner: Named[]; chips: Named[]; partners: Named[] }[] },
    KeyedRow<ChipProgramRecord>[],
    { id: string; owner: unknown; chips: Named[]; partners: Named[] }[]
  >({
    name: 'programs',
    question: 'the first 50 chip programs with owner, chips and partners (chips and partners by name)',
    chipgraph: '{ chipPrograms(first: 50) { edges { node { id owner { name } chips { name } partners { name } } } } }',
    peer: `{ chipPrograms(where: { id: { startsWith: "" } }, limit: 50, sort: [{ id: ASC }]) {
      id owner { name } chips(sort: [{ name: ASC }]) { name } partners(sort: [{ name: ASC }]) { name } } }`,
    vars: () => ({}),
    normalize: {
      chipgraph: (d) => d.chipPrograms.edges.map(({ node: p }) => ({ ...p, id: key('ChipProgram', p.id) })),
      peer: (d) => d.chipPrograms.map((p) => ({ id: p.id, owner: single(p.owner), chips: p.chips, partners: p.partners })),
      raw: (d) =>
        d.map(({ node: p }) => ({
          id: p.id,
          owner: { name: p.owner.name },
          chips: p.chips.map((c) => ({ name: c.name })),
          partners: p.partners.map((c) => ({ name: c.name })),
        })),
    },
  }),
];
