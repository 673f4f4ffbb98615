import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { connect } from './db/driver';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './db/embedded';
import { migrate } from './db/migrations';
import { loadLexicon } from './extract/lexicon';
import { ruleExtractor, type Extractor } from './extract';
import { extractorFor } from './extract/llm';
import { createApollo, listen } from './graphql/server';
import { IngestService, readSeedArticles } from './ingest/service';
import { GraphReader } from './repo/reader';
import { ArticleWriter } from './repo/writer';

export interface Database {
  driver: Driver;
  database?: string;
  uri: string;
  close(): Promise<void>;
}

/** NEO4J_URI when set, else the project's embedded Neo4j; connected and migrated. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    embedded = await startEmbeddedNeo4j({ dataDir: config.NEO4J_DATA_DIR, port: config.NEO4J_EMBEDDED_PORT, log });
    uri = embedded.uri;
  }
  try {
    const driver = await connect({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE });
    await migrate(driver, config.NEO4J_DATABASE);
    return {
      driver,
      database: config.NEO4J_DATABASE,
      uri,
      close: async () => {
        await driver.close();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
}

export function services(db: Database, extractor: Extractor = ruleExtractor) {
  const lexicon = loadLexicon();
  const reader = new GraphReader(db.driver, db.database);
  const ingest = new IngestService(new ArticleWriter(db.driver, lexicon, db.database), extractor);
  return { reader, ingest };
}

export interface App {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

/** Everything `npm start` does: database, migrations, seed articles, GraphQL server. */
export async function startApp(config: Config, log: (line: string) => void = console.log): Promise<App> {
  const db = await openDatabase(config, log);
  try {
    const deps = services(db, extractorFor(config));
    if (config.SEED_ON_START) {
      const articles = readSeedArticles(config.SEEDS_DIR);
      for (const a of articles) await deps.ingest.ingest(a);
      log(`Ingested ${articles.length} seed articles from ${config.SEEDS_DIR}`);
    }
    const apollo = createApollo({ introspection: config.INTROSPECTION, sandbox: config.SANDBOX, maxDepth: config.MAX_QUERY_DEPTH, maxCost: config.MAX_QUERY_COST });
    const server = await listen(apollo, deps, { host: config.HOST, port: config.PORT, apiKey: config.API_KEY });
    return {
      url: server.url,
      db,
      stop: async () => {
        await server.stop();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
