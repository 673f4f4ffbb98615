import { badInput } from '../errors';
import type { PageArgs } from '../repo/reader';
import type { ConnectionRecord, KeyedRow, SortKey } from '../repo/types';

/**
 * Relay cursors are keyset cursors: the sort key of the last row seen (not an offset), tagged with
 * the list they belong to, so a page stays correct when rows are added before it.
 */
export function encodeCursor(list: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ l: list, k: key })).toString('base64url');
}

export function decodeCursor(list: string, cursor: string): SortKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const p = parsed as { l?: unknown; k?: unknown } | null;
  const ok =
    p !== null &&
    typeof p === 'object' &&
    p.l === list &&
    Array.isArray(p.k) &&
    p.k.length > 0 &&
    p.k.every((v) => typeof v === 'string' || typeof v === 'number');
  if (!ok) throw badInput(`"after" is not a cursor of this list (${list}); pass an endCursor it returned.`);
  return p.k as SortKey;
}

/** Page sizes are bounded so no query asks Neo4j for an unbounded result. */
export function pageSize(first: number | null | undefined, fallback: number, max: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"first" must be between 1 and ${max}.`);
  return n;
}

export function pageArgs(list: string, args: { first?: number | null; after?: string | null }, fallback: number, max: number): PageArgs {
  return { first: pageSize(args.first, fallback, max), after: args.after == null ? null : decodeCursor(list, args.after) };
}

/** The page of `evidence` (on Relation and ChipProgram) its arguments ask for. */
export const evidencePageArgs = (args: { first?: number | null; after?: string | null }) => pageArgs('evidence', args, 10, 100);

/** An edge of a connection; its cursor is encoded only when a client selects it. */
class Edge<T> {
  constructor(
    private readonly list: string,
    private readonly key: SortKey,
    readonly node: T,
  ) {}

  get cursor(): string {
    return encodeCursor(this.list, this.key);
  }
}

/**
 * A connection's page info; its cursors are encoded only when a client selects them.
 *
 * A class, not an object literal with getters: on Node 20 (V8 11.3) such a literal made each page
 * outlive young-generation collections (a loop making them has everything it allocates promoted to
 * the old generation; with a class, nothing), which cost every request a copy and promotion of its
 * rows and a larger share of the scavenges.
 */
class PageInfo<T> {
  constructor(
    private readonly edges: Edge<T>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

/**
 * The connection for rows fetched with `page.first + 1` as the limit (the extra row means "there is
 * a next page"), or with `page.first` when the caller knows `more` otherwise.
 */
export function connection<T>(
  list: string,
  rows: KeyedRow<T>[],
  page: PageArgs,
  totalCount: () => Promise<number>,
  more = rows.length > page.first,
): ConnectionRecord<T> {
  const edges = rows.slice(0, page.first).map((r) => new Edge(list, r.key, r.node));
  return { edges, pageInfo: new PageInfo(edges, more, page.after !== null), totalCount };
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** since/until arguments: YYYY-MM-DD, since not after until. */
export function dateWindow(since: string | null | undefined, until: string | null | undefined) {
  for (const [name, v] of [
    ['since', since],
    ['until', until],
  ] as const) {
    if (v != null && !DATE.test(v)) throw badInput(`"${name}" must be a date written YYYY-MM-DD.`);
  }
  if (since != null && until != null && since > until) throw badInput('"since" is after "until".');
  return { since: since ?? null, until: until ?? null };
}
