import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import { globalId, parseGlobalId, type NodeType } from '../ids';
import { Selection } from '../selection';
import type { EntityShape } from '../../repo/shapes';
import type { ArticleRecord, ChipProgramRecord, EntityRecord, RelationRecord } from '../../repo/types';

/** The most nodes fetched at once (`nodes(ids:)`, and Federation's `_entities`). */
export const MAX_NODES = 100;

/** An entity shape that projects the id (found records are matched to the ids asked by it). */
const withId = (shape: EntityShape): EntityShape => ({ ...shape, fields: [...new Set(['id', ...shape.fields])] });

/** A record with its GraphQL type, so the Node interface knows what it is. */
export type NodeRecord =
  | (EntityRecord & { __typename: 'Entity' })
  | (RelationRecord & { __typename: 'Relation' })
  | (ArticleRecord & { __typename: 'Article' })
  | (ChipProgramRecord & { __typename: 'ChipProgram' });

/**
 * The records behind global ids, in their order (null for an id that names nothing), fetched with
 * one query per type whatever the number of ids, each projecting what the selection asks of it.
 */
export async function nodesByIds(ids: readonly string[], { reader }: Context, info: GraphQLResolveInfo): Promise<(NodeRecord | null)[]> {
  const parsed = ids.map(parseGlobalId);
  const keys = (type: NodeType) => [...new Set(parsed.filter((p) => p?.type === type).map((p) => p!.key))];
  const sel = Selection.of(info);
  const [entities, relations, articles, programs] = await Promise.all([
    keys('Entity').length ? reader.entitiesByIds(keys('Entity'), withId(sel.entity())) : [],
    keys('Relation').length ? reader.relationsByIds(keys('Relation'), sel.relation()) : [],
    Promise.all(keys('Article').map((k) => reader.article(k))),
    keys('ChipProgram').length ? reader.chipProgramsOf(keys('ChipProgram'), sel.program()) : [],
  ]);
  const found = new Map<string, NodeRecord>();
  // By position: an id merged into another entity answers with the survivor, whose id differs.
  keys('Entity').forEach((k, i) => {
    const r = entities[i];
    if (r) found.set(globalId('Entity', k), { ...r, __typename: 'Entity' });
  });
  for (const r of relations) if (r) found.set(globalId('Relation', r.id), { ...r, __typename: 'Relation' });
  for (const r of articles) if (r) found.set(globalId('Article', r.id), { ...r, __typename: 'Article' });
  for (const r of programs) if (r) found.set(globalId('ChipProgram', r.id), { ...r, __typename: 'ChipProgram' });
  return parsed.map((p) => (p ? (found.get(globalId(p.type, p.key)) ?? null) : null));
}

/** The global id of a record of one of the node types. */
const id =
  (type: NodeType) =>
  (record: { id: string }): string =>
    globalId(type, record.id);

export const nodeIds = {
  Entity: { id: id('Entity') },
  Relation: { id: id('Relation') },
  Article: { id: id('Article') },
  ChipProgram: { id: id('ChipProgram') },
  // Records reach Node fields only from nodesByIds, which tags each with its type.
  Node: { __resolveType: (record: object) => (record as NodeRecord).__typename },
  Change: { factId: (change: { factId: string }) => globalId('Relation', change.factId) },
};
