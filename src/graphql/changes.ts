import type { GraphQLResolveInfo } from 'graphql';
import type { ChangeFilter, GraphReader } from '../repo/reader';
import type { ChangeRecord } from '../repo/types';
import { decodeCursor, encodeCursor } from './pagination';
import { Selection } from './selection';
import { ENTITY_REF } from '../repo/shapes';
import { badInput } from '../errors';
import { slugId } from '../extract/normalize';
import { entityRef } from './ids';

/** How often a follower looks at the store's sequence when nothing in this process said it changed. */
export const POLL_MS = 1000;
const PAGE = 100;

/**
 * Wakes the followers of the change feed. Delivery always comes from the store's own sequence
 * (the `changes` query), so it is right with several API processes or the ingest CLI writing to one
 * Neo4j; a write in this process only wakes followers at once instead of at their next poll.
 */
export class ChangeFeed {
  private waiting = new Set<() => void>();

  notify(): void {
    const all = this.waiting;
    this.waiting = new Set();
    for (const wake of all) wake();
  }

  /** Resolves on the next notify(), after `ms`, or when `signal` aborts. */
  wait(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((ok) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        signal?.removeEventListener('abort', wake);
        ok();
      };
      const timer = setTimeout(wake, ms);
      this.waiting.add(wake);
      signal?.addEventListener('abort', wake);
    });
  }
}

/**
 * The id of the entity a follower names: the entity with that id or spelling, else the id an entity
 * of that name will get, so a feed can follow a company before the graph has heard of it.
 */
export async function entityIdOf(reader: GraphReader, name: string): Promise<string> {
  const ref = entityRef(name);
  return (await reader.entityByIdOrName(ref, ENTITY_REF))?.id ?? slugId(ref);
}

export interface ChangeEdgeRecord {
  cursor: string;
  node: ChangeRecord;
}

type ChangeEvent = { factChanges: ChangeEdgeRecord };

/**
 * The events of one `factChanges` subscription: the changes after `after` (or after the latest
 * one when no cursor is given), then every new one, in commit order, as ChangeEdges whose cursor
 * a reconnecting client passes back. Written as an iterator rather than an async generator so that
 * a client leaving ends it at once: a generator waiting for the next change could not be returned
 * until one came.
 */
export function followChanges(
  args: { after?: string | null; types?: ChangeFilter['types']; entity?: string | null },
  reader: GraphReader,
  feed: ChangeFeed,
  info: GraphQLResolveInfo,
): AsyncIterableIterator<ChangeEvent> {
  const stop = new AbortController();
  const queue: ChangeEvent[] = [];
  const shape = Selection.shape(info, 'relation', (s) => s.at('node', 'relation').relation());
  let position: Promise<{ after: number; filter: ChangeFilter }> | undefined;
  const start = async () => {
    let after: number;
    if (args.after != null) {
      const [seq] = decodeCursor('changes', args.after);
      if (typeof seq !== 'number') throw badInput('"after" is not a cursor of this list (changes).');
      after = seq;
    } else after = await reader.lastChange();
    const entityId = args.entity == null ? null : await entityIdOf(reader, args.entity);
    return { after, filter: { types: args.types ?? null, entityId } };
  };
  const done = (): IteratorResult<ChangeEvent> => ({ value: undefined, done: true });
  const iterator: AsyncIterableIterator<ChangeEvent> = {
    async next() {
      const state = await (position ??= start());
      while (!stop.signal.aborted) {
        const event = queue.shift();
        if (event) return { value: event, done: false };
        const rows = await reader.changes(state.after, PAGE, shape, state.filter);
        for (const row of rows.slice(0, PAGE)) {
          state.after = row.node.seq;
          queue.push({ factChanges: { cursor: encodeCursor('changes', row.key), node: row.node } });
        }
        if (!queue.length) await feed.wait(POLL_MS, stop.signal);
      }
      return done();
    },
    return() {
      stop.abort();
      return Promise.resolve(done());
    },
    throw(err?: unknown) {
      stop.abort();
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
