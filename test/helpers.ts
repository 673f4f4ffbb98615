import { loadConfig } from '../src/config';
import { openDatabase, serveApi, services, type Database } from '../src/app';
import { createLogger } from '../src/log';
import type { PreparedOperations } from '../src/graphql/prepared';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One structured log line the server wrote. */
export type LogLine = { level: number; msg: string; requestId?: string; err?: { message: string; stack: string } } & Record<
  string,
  unknown
>;

export interface TestApp {
  url: string;
  /** What the server logged, parsed. */
  logs: LogLine[];
  db: Database;
  deps: ReturnType<typeof services>;
  /** The server's prepared queries (src/graphql/prepared.ts). */
  prepared: PreparedOperations;
  /** Posts a query; `T` is the shape of `data` the query selects (see ./types), `unknown` until a test says. */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  clear(): Promise<void>;
  count(cypher: string): Promise<number>;
  stop(): Promise<void>;
}

/** A real server on port 0 over the test Neo4j (see globalSetup); each test file clears the graph it uses. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, PORT: '0', SEED_ON_START: 'false', API_KEY: TEST_API_KEY, NODE_ENV: 'test', ...env });
  const db = await openDatabase(config, () => {});
  const deps = services(db);
  const logs: LogLine[] = [];
  const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const server = await serveApi({ ...config, HOST: '127.0.0.1' }, deps, { logger });
  const run = async (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  return {
    url: server.url,
    db,
    logs,
    deps,
    prepared: server.prepared,
    async gql(query, variables, headers = {}) {
      const res = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...((await res.json()) as object) };
    },
    clear: async () => {
      await run('MATCH (n) DETACH DELETE n');
    },
    count: async (cypher) => Number((await run(cypher)).records[0]!.get(0)),
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

/** The nodes of a Relay connection as returned over HTTP. */
export const nodes = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((e) => e.node);
