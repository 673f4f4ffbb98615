import { badInput } from '../errors';

/** The types that are Relay nodes, and so have global ids. */
export const NODE_TYPES = ['Entity', 'Relation', 'Article', 'ChipProgram'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * A global id is the type and the record's own key: `Entity:microsoft`,
 * `Relation:PARTNERS_WITH:microsoft:openai`. Readable, stable across stores, and unique across
 * types (an article and an entity may share a key, their ids differ).
 */
export const globalId = (type: NodeType, key: string) => `${type}:${key}`;

/** The type and key of a global id, or null when it is not one. */
export function parseGlobalId(id: string): { type: NodeType; key: string } | null {
  const i = id.indexOf(':');
  const type = id.slice(0, i) as NodeType;
  return i > 0 && NODE_TYPES.includes(type) && i < id.length - 1 ? { type, key: id.slice(i + 1) } : null;
}

/**
 * What an argument that names an entity (by id or by any spelling) holds, ready for the reader: a
 * global entity id becomes its key; anything else is a key or a spelling already.
 */
export const entityRef = (ref: string) => {
  const parsed = parseGlobalId(ref);
  return parsed?.type === 'Entity' ? parsed.key : ref;
};

/** The key of an id given for one type: its global id, or (for convenience) the bare key. */
export function keyFor(type: NodeType, id: string): string {
  const parsed = parseGlobalId(id);
  if (!parsed) return id;
  if (parsed.type !== type) throw badInput(`"${id}" is the id of a ${parsed.type}, not of a ${type}.`);
  return parsed.key;
}
