// The explorer's only way to the data: POST /graphql on this origin, the same API every client uses.

/** A GraphQL error, with its stable code (extensions.code). */
export class ApiError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

export async function gql(query, variables = {}) {
  let res;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached.', 'NETWORK');
  }
  const body = await res.json().catch(() => ({}));
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!res.ok || !body.data) throw new ApiError(`The API answered ${res.status}.`, 'HTTP');
  return body.data;
}

const ENTITY = 'id name type';
const RELATION = `id type status subject { ${ENTITY} } object { ${ENTITY} }`;
const EVIDENCE = 'totalCount edges { node { quote start end article { id title publishedAt source } } } pageInfo { hasNextPage endCursor }';

export const SEARCH = `query Search($q: String!) { search(query: $q, first: 8) { score entity { ${ENTITY} aliases } } }`;

/** The first page around an entity: its best-attested facts (with the date window), and where the paged list goes on. */
export const AROUND = `query Around($ref: String!, $id: ID!, $types: [RelationType!], $since: Date, $until: Date, $first: Int!, $paged: Boolean!) {
  neighbourhood(entity: $ref, depth: 1, types: $types, since: $since, until: $until, first: $first) {
    center { ${ENTITY} } relations { ${RELATION} }
  }
  entity(id: $id) @include(if: $paged) { relations(types: $types, first: $first) { totalCount pageInfo { hasNextPage endCursor } } }
}`;

/** The next page of an entity's facts (no date window). */
export const MORE = `query More($id: ID!, $types: [RelationType!], $first: Int!, $after: String) {
  entity(id: $id) { relations(types: $types, first: $first, after: $after) { totalCount edges { node { ${RELATION} } } pageInfo { hasNextPage endCursor } } }
}`;

export const ENTITY_PANEL = `query Panel($id: ID!, $types: [RelationType!], $since: Date, $until: Date, $after: String) {
  entity(id: $id) {
    ${ENTITY} aliases mentionCount
    chipProgram { status since chips { ${ENTITY} } partners { ${ENTITY} } }
    timeline(types: $types, since: $since, until: $until, first: 15, after: $after) {
      totalCount edges { node { date relation { ${RELATION} } } } pageInfo { hasNextPage endCursor }
    }
  }
}`;

/** A fact's evidence, by the fact's global id. */
export const EVIDENCE_OF = `query Evidence($id: ID!, $after: String) {
  node(id: $id) { ... on Relation { ${RELATION} confidence evidence(first: 5, after: $after) { ${EVIDENCE} } } }
}`;

export const PATH = `query Path($from: String!, $to: String!, $types: [RelationType!], $max: Int!) {
  path(from: $from, to: $to, types: $types, maxLength: $max) { length entities { ${ENTITY} } relations { ${RELATION} } }
}`;

export const ARTICLE = `query Article($id: ID!) { article(id: $id) { id title publishedAt source url language text } }`;
