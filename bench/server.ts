/**
 * One benchmark target in its own process: `tsx bench/server.ts chipgraph|peer|raw` with NEO4J_URI
 * set; prints "READY <url>" once it listens, and exits when stdin closes.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { connect } from '../src/db/driver';
import { loadConfig, queryLimits } from '../src/config';
import { serveApi, services } from '../src/app';
import { jitGateway } from '../src/graphql/jit';
import { costLimit, depthLimit } from '../src/graphql/limits';
import { serve } from '../src/graphql/server';
import { silentLogger } from '../src/log';
import { GraphReader } from '../src/repo/reader';
import { ROOT } from '../src/paths';

const DEAL_TYPES = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'] as const;

async function main() {
  const mode = process.argv[2];
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', PORT: '0', SEED_ON_START: 'false' });
  const driver = await connect({ uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const db = { driver, uri: config.NEO4J_URI!, ping: () => Promise.resolve(true), close: () => driver.close() };
  let url: string;
  if (mode === 'chipgraph') {
    url = (await serveApi({ ...config, INTROSPECTION: false, SANDBOX: false, HOST: '127.0.0.1', PORT: 0 }, services(db))).url;
  } else if (mode === 'peer') {
    const neo = new Neo4jGraphQL({
      typeDefs: readFileSync(join(ROOT, 'bench/peer-typedefs.graphql'), 'utf8'),
      driver,
      // String comparisons are off by default; `gt` lets the articles question give Neo4j a range
      // predicate on publishedAt, so it reads the date index in order (see bench/README.md).
      features: { filters: { String: { GT: true } } },
    });
    const limits = queryLimits(config);
    // The Apollo settings of chipgraph's createApollo (src/graphql/server.ts), one for one, so only
    // the schema and its execution differ: the same limits (parser tokens, depth rule, cost plugin),
    // the cache-control plugin and the landing page switched off, no stack traces, the silent logger.
    // chipgraph's formatError is left out: it only shapes errors, and any error fails the benchmark.
    const schema = await neo.getSchema();
    // BENCH_PEER_JIT=1 (npm run bench -- --peer-jit): the peer executes with chipgraph's graphql-jit
    // gateway too, to tell how much of the difference is the execution engine.
    const execution = process.env.BENCH_PEER_JIT === '1' ? { gateway: jitGateway(schema) } : { schema };
    const apollo = new ApolloServer<Record<string, unknown>>({
      ...execution,
      introspection: false,
      hideSchemaDetailsFromClientErrors: true,
      parseOptions: { maxTokens: limits.maxTokens + 1 },
      validationRules: [depthLimit(limits.maxDepth)],
      includeStacktraceInErrorResponses: false,
      logger: silentLogger,
      stopOnTerminationSignals: false,
      plugins: [costLimit(limits.maxCost), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    });
    // Served by the same node:http handler as chipgraph, with the same size checks before parsing,
    // so only the GraphQL layers differ.
    url = (await serve(apollo, (req) => Promise.resolve({ req }), { host: '127.0.0.1', port: 0, limits })).url;
  } else if (mode === 'raw') {
    // The Cypher chipgraph's resolvers send for each question, sent straight through neo4j-driver.
    const reader = new GraphReader(driver);
    const answer = async (q: string, v: Record<string, string>): Promise<unknown> => {
      const top = { after: null };
      // The projections chipgraph derives from each question's selection (see src/graphql/selection.ts).
      const name = { fields: ['name'], mentionCount: false };
      // The resolvers fetch one row more than a page to tell whether another page follows; so does this.
      const page = <T>(rows: T[], first: number) => rows.slice(0, first);
      switch (q) {
        case 'entity': {
          // The root field fetches the entity and the first page of its relations in one query.
          const found = await reader.entityWith(
            { id: v.id! },
            { fields: ['name', 'type'], mentionCount: false },
            {
              relations: {
                filter: { types: null, direction: 'OUTGOING' },
                page: { ...top, first: 10 },
                shape: { subject: null, object: name, evidence: { fields: ['id', 'title'], first: 10, after: null } },
              },
            },
          );
          // Each relation's evidence page, too, is cut to the size asked, as Relation.evidence does.
          const relations = page(found?.relations ?? [], 10).map((r) =>
            r.node.evidence ? { ...r, node: { ...r.node, evidence: { ...r.node.evidence, rows: page(r.node.evidence.rows, 10) } } } : r,
          );
          return { entity: found?.entity, relations };
        }
        case 'articles':
          return page(await reader.articles({ ...top, first: 20 }, ['id', 'title', 'publishedAt', 'source']), 20);
        case 'mentions': {
          const found = await reader.entityWith(
            { id: v.id! },
            { fields: [], mentionCount: true },
            { articles: { page: { ...top, first: 20 }, fields: ['id', 'title', 'publishedAt'] } },
          );
          return { entity: found?.entity, articles: page(found?.articles ?? [], 20) };
        }
        case 'deals': {
          return page(
            await reader.deals(
              { party: v.name!, types: [...DEAL_TYPES], status: null, since: null, until: null },
              { ...top, first: 20 },
              { subject: name, object: name, evidence: null },
            ),
            20,
          );
        }
        case 'programs':
          return page(
            await reader.chipPrograms(
              { owner: null, status: null },
              { ...top, first: 50 },
              { owner: name, chips: name, partners: name, status: false, since: false, evidence: null },
            ),
            50,
          );
        default:
          throw new Error(`unknown question ${q}`);
      }
    };
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      // The handler answers every error itself, so its promise is not awaited by anyone.
      req.on('end', () => {
        void (async () => {
          try {
            // bench/run.ts's own request: the question's name and the drawn entity's variables.
            const { q, v } = JSON.parse(body) as { q: string; v?: Record<string, string> };
            const data = await answer(q, v ?? {});
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
          } catch (err) {
            res
              .writeHead(500, { 'content-type': 'application/json' })
              .end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
          }
        })();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  } else {
    throw new Error('usage: server.ts chipgraph|peer|raw');
  }
  console.log(`READY ${url}`);
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
