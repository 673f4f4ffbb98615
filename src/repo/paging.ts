import type { Projection } from './projections';
import type { KeyedRow, SortKey } from './types';

// Keyset pagination as Cypher: a page is the rows after the cursor's sort key, in key order, one
// more than asked (to tell whether another page follows). Nothing here reads input values: cursors
// and limits are always parameters.

export type Dir = 'ASC' | 'DESC';

/** A keyset-paginated query: rows from `match`, sorted by `key` (non-null expressions) in `dirs`, each projected by `node`. */
export interface PageSpec<T = unknown> {
  match: string;
  carry: string;
  key: string[];
  dirs: Dir[];
  node: Projection<T>;
  /** A WHERE for the last MATCH of `match` that lets an index start at the cursor (`after` is its parameter, or null). */
  seek?: (after: string) => string;
  /**
   * The rows of a page read from an index in key order (ranks.ts): `walk(after, limit)` binds
   * `carry` for at most `limit` rows after the cursor (per UNION branch), so a page costs its size
   * whatever the number of rows. Pages read it instead of `match`, with no keyset condition after
   * it; counts still read `match`.
   */
  walk?: (after: string, limit: string) => string;
}

export const matchOf = (spec: PageSpec, after: string) => (spec.seek ? `${spec.match} WHERE ${spec.seek(after)}` : spec.match);

/** The sort key (<p>k0, <p>k1, ...) comes after `$after` in the order `dirs` gives (lexicographic, per-position direction). */
export function keysetCondition(dirs: Dir[], after: string, p: string): string {
  const terms = dirs.map((d, i) =>
    [...dirs.slice(0, i).map((_, j) => `${p}k${j} = ${after}[${j}]`), `${p}k${i} ${d === 'ASC' ? '>' : '<'} ${after}[${i}]`].join(' AND '),
  );
  return `(${after} IS NULL OR ${terms.map((t) => `(${t})`).join(' OR ')})`;
}

/**
 * The page query; its cursor and limit parameters are `$<p>after` and `$<p>limit`, and its key
 * variables `<p>k0`..., so several pages can share one query or nest inside each other.
 */
export function pageCypher(spec: PageSpec, p = ''): string {
  const ks = spec.key.map((_, i) => `${p}k${i}`);
  const order = ks.map((k, i) => `${k} ${spec.dirs[i]}`).join(', ');
  const keyset = `WHERE ${keysetCondition(spec.dirs, `$${p}after`, p)}`;
  const page = (match: string, where = keyset) => `${match}
    WITH ${spec.carry}, ${spec.key.map((k, i) => `${k} AS ${ks[i]}`).join(', ')} ${where}
    WITH ${spec.carry}, ${ks.join(', ')} ORDER BY ${order} LIMIT $${p}limit
    RETURN {key: [${ks.join(', ')}], node: ${spec.node.cypher}} AS row`;
  // A walk reads only rows after the cursor: they need no keyset condition.
  if (spec.walk) return page(spec.walk(`$${p}after`, `$${p}limit`), '');
  return page(matchOf(spec, `$${p}after`));
}

/** Reads back a row of a page query (see pageCypher) whose records `node` projects. */
export const pageRow =
  <T>(node: Projection<T>) =>
  (wire: unknown): KeyedRow<T> => {
    const row = wire as { key: SortKey; node: unknown };
    return { key: row.key, node: node.decode(row.node) };
  };

/** One page request: `first` rows after the row whose key is `after`. One more row is fetched to tell if a next page exists. */
export interface PageArgs {
  first: number;
  after: SortKey | null;
}
