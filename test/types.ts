/**
 * Shapes of GraphQL answers as the integration tests select them: each call names the fields its query
 * asks for, e.g. `app.gql<{ entity: Maybe<{ name: string; relations: Connection<{ id: string }> }> }>(...)`.
 * Enum values come from the types generated from the schema, so a renamed value fails the type check.
 */
export type { ChangeKind, ChipProgramStatus, DealStatus, EntityType, RelationType } from '../src/generated/graphql';

/** A nullable field of the schema. */
export type Maybe<T> = T | null;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * A Relay connection as selected: `edges { node }`, plus `totalCount` and `pageInfo` when the query
 * asks for them, e.g. `Connection<{ id: string }, 'totalCount' | 'pageInfo'>`.
 */
export type Connection<T, With extends 'totalCount' | 'pageInfo' = never> = { edges: { node: T }[] } & Pick<
  { totalCount: number; pageInfo: PageInfo },
  With
>;

/** An entity, article or other node of which only the name is selected. */
export interface Named {
  name: string;
}

/** A node of which only the id is selected. */
export interface Identified {
  id: string;
}
