import { Neo4jError, type Driver, type QueryResult, type Session, type Transaction } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors';

/** The driver's codes for "no server to talk to" (down, restarting, network gone). */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export const isUnavailable = (err: unknown): boolean => err instanceof Neo4jError && UNAVAILABLE.has(err.code);

/** Thrown inside a transaction that met a concurrent change it must see (a curation): it is run again. */
export class ConcurrentChange extends Error {}

/**
 * Lock conflicts between concurrent writers (deadlocks, lock timeouts), and a node found and then
 * deleted by the transaction whose lock was awaited (a merge): worth running the transaction again.
 */
const isConflict = (err: unknown): boolean =>
  err instanceof ConcurrentChange ||
  (err instanceof Neo4jError && err.code === 'Neo.ClientError.Statement.EntityNotFound') ||
  (err instanceof Neo4jError && !isUnavailable(err) && err.code.startsWith('Neo.TransientError.') && !err.code.includes('MemoryPool'));

/** Driver errors that mean "the database is not there" become the API's DatabaseUnavailableError; others pass. */
export function translate(err: unknown): unknown {
  return isUnavailable(err) ? new DatabaseUnavailableError(`Neo4j is unavailable: ${(err as Error).message}`) : err;
}

/**
 * A session that shares the driver's bookmark manager with every other session of this process
 * (and with `executeQuery`): on a cluster, a read after a write of this process (a query after a
 * mutation, a page after an ingestion) waits until the server it reads from has that write
 * (causal consistency). On one server the bookmarks are always up to date and cost nothing noticeable.
 */
export function openSession(driver: Driver, database: string | undefined, mode: 'READ' | 'WRITE', extra: { fetchSize?: number } = {}) {
  return driver.session({ database, defaultAccessMode: mode, bookmarkManager: driver.executeQueryBookmarkManager, ...extra });
}

/**
 * An auto-commit query, without the stack trace neo4j-driver captures and formats for every result
 * it makes (to show, should the query fail, where it was sent from): about 35 us of CPU and a few kB
 * per query. The driver makes its result synchronously inside `session.run`, so capturing no frames
 * just then (Error.stackTraceLimit 0) skips it; a failure is given the stack of the code awaiting
 * the query instead, which names the same callers.
 */
export async function runQuery(session: Session, cypher: string, params: Record<string, unknown>): Promise<QueryResult> {
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
    const result = session.run(cypher, params);
    Error.stackTraceLimit = limit;
    return await result;
  } catch (err) {
    Error.stackTraceLimit = limit;
    if (err instanceof Error)
      err.stack = `${err.stack?.trimEnd() ?? String(err)}\n${new Error().stack?.split('\n').slice(1).join('\n') ?? ''}`;
    throw err;
  }
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Runs `work` in one write transaction. Lock conflicts with concurrent writers are retried (up to 8
 * times, with jittered backoff); an unavailable database is tried once more after 100 ms (a pooled
 * connection may predate a restart) and then fails at once, as reads do. The driver's own managed
 * transactions would keep retrying an absent server for 30 s.
 */
export async function writeTransaction<T>(driver: Driver, database: string | undefined, work: (tx: Transaction) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const session = openSession(driver, database, 'WRITE');
    const tx = session.beginTransaction();
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (err) {
      if (tx.isOpen()) await tx.rollback().catch(() => {});
      const retry = isConflict(err) ? attempt < 8 : isUnavailable(err) && attempt < 2;
      if (!retry) throw translate(err);
      await sleep(isConflict(err) ? Math.random() * 50 * attempt : 100);
    } finally {
      await session.close().catch(() => {});
    }
  }
}

/** Whether the database answers a trivial query within `timeoutMs` (the readiness probe). */
export async function answers(driver: Driver, database: string | undefined, timeoutMs = 2000): Promise<boolean> {
  const session = openSession(driver, database, 'READ');
  try {
    await session.run('RETURN 1', {}, { timeout: timeoutMs });
    return true;
  } catch {
    return false;
  } finally {
    await session.close().catch(() => {});
  }
}
