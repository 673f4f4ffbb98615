import { loadConfig } from '../src/config';
import { openDatabase, services, type Database } from '../src/app';
import { createApollo, listen } from '../src/graphql/server';

export const TEST_API_KEY = 'test-key-0123456789abcdef';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestApp {
  url: string;
  db: Database;
  deps: ReturnType<typeof services>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  clear(): Promise<void>;
  count(cypher: string): Promise<number>;
  stop(): Promise<void>;
}

/** A real server on port 0 over the test Neo4j (see globalSetup); each test file clears the graph it uses. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, PORT: '0', SEED_ON_START: 'false', API_KEY: TEST_API_KEY, NODE_ENV: 'test', ...env });
  const db = await openDatabase(config, () => {});
  const deps = services(db);
  const apollo = createApollo({ introspection: config.INTROSPECTION, sandbox: config.SANDBOX, maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST });
  const server = await listen(apollo, deps, { host: '127.0.0.1', port: 0, apiKey: config.API_KEY });
  const run = async (cypher: string) => db.driver.executeQuery(cypher, {}, { database: db.database });
  return {
    url: server.url,
    db,
    deps,
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
export const nodes = <T = any>(connection: { edges: { node: T }[] }): T[] => connection.edges.map((e) => e.node);
