import type { Driver } from 'neo4j-driver';
import { fetchPolicy, queryLimits, type Config } from './config';
import { silentLogger, type Logger } from './log';
import { connect } from './db/driver';
import { EmbeddedSupervisor } from './db/supervisor';
import { migrate } from './repo/migrations';
import { ruleExtractor, type Extractor } from './extract';
import { extractorFor } from './extract/llm';
import { ChangeFeed } from './graphql/changes';
import { createApollo, executableSchema, listen, type Listening } from './graphql/server';
import { JitCache } from './graphql/jit';
import { costCheck } from './graphql/limits';
import { PreparedOperations } from './graphql/prepared';
import { IngestService, readSeedArticles } from './ingest/service';
import { Metrics } from './ops/metrics';
import { probeRoutes, type Readiness } from './ops/probes';
import { GraphReader } from './repo/reader';
import { ArticleWriter } from './repo/writer';
import { Curator } from './repo/curator';
import { answers } from './repo/session';
import { ApiError, ErrorCode } from './errors';
import { ArticleIndex } from './repo/seen';
import { WebIngest } from './ingest/web/batch';
import { explorerRoutes } from './web/routes';

export interface Database {
  driver: Driver;
  database?: string;
  uri: string;
  /** The embedded Neo4j's supervisor; absent with NEO4J_URI. */
  embedded?: EmbeddedSupervisor;
  /** True when Neo4j answers a query within two seconds. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseHooks {
  log: (line: string) => void;
  /** The embedded Neo4j came back after ending unexpectedly. */
  onRestart?: () => void;
  /** The embedded Neo4j cannot be brought back; the caller should exit non-zero. */
  onFatal?: (err: Error) => void;
}

/** NEO4J_URI when set, else the project's embedded Neo4j (supervised); connected and migrated. */
export async function openDatabase(config: Config, hooks: DatabaseHooks | ((line: string) => void)): Promise<Database> {
  const { log, onRestart, onFatal } = typeof hooks === 'function' ? { log: hooks } : hooks;
  let embedded: EmbeddedSupervisor | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    embedded = await EmbeddedSupervisor.start({
      dataDir: config.NEO4J_DATA_DIR,
      port: config.NEO4J_EMBEDDED_PORT,
      log,
      maxRestarts: config.NEO4J_MAX_RESTARTS,
      onRestart,
      onFatal: onFatal ?? ((err) => log(err.message)),
    });
    uri = embedded.uri;
  }
  try {
    const driver = await connect({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE });
    await migrate(driver, config.NEO4J_DATABASE);
    const ping = async () => {
      if (embedded && embedded.state !== 'up') return false;
      return answers(driver, config.NEO4J_DATABASE);
    };
    return {
      driver,
      database: config.NEO4J_DATABASE,
      uri,
      embedded,
      ping,
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

export function services(db: Database, extractor: Extractor = ruleExtractor, metrics?: Metrics) {
  const lexicon = extractor.lexicon;
  const cypher = metrics && ((kind: 'read' | 'write', seconds: number) => metrics.cypherSeconds.observe({ kind }, seconds));
  const reader = new GraphReader(db.driver, db.database, cypher);
  const writer = new ArticleWriter(db.driver, lexicon, db.database, cypher);
  const ingest = new IngestService(writer, extractor, metrics);
  const feed = new ChangeFeed();
  writer.onChanges = () => feed.notify();
  const curator = new Curator(db.driver, db.database, () => feed.notify());
  const articles = new ArticleIndex(db.driver, db.database);
  return { reader, writer, ingest, feed, articles, curator };
}

/** Ingestion of files, pages and feeds with the configured fetch policy (the CLI and the ingestUrl mutation). */
export const webIngest = (config: Config, deps: ReturnType<typeof services>) =>
  new WebIngest(deps.ingest, deps.articles, fetchPolicy(config));

/** The API over `deps`, listening where the configuration says, with its limits, probes and metrics. */
export async function serveApi(
  config: Config,
  deps: ReturnType<typeof services>,
  ops: { logger?: Logger; metrics?: Metrics; readiness?: () => Promise<Readiness> } = {},
): Promise<Listening & { prepared: PreparedOperations }> {
  const limits = queryLimits(config);
  const metrics = ops.metrics;
  const prepared = new PreparedOperations(new JitCache(executableSchema()), costCheck(limits.maxCost), metrics);
  const apollo = createApollo({
    introspection: config.INTROSPECTION,
    sandbox: config.SANDBOX,
    limits,
    logger: ops.logger,
    metrics,
    prepared,
  });
  const routes = {
    ...(config.EXPLORER ? explorerRoutes() : {}),
    ...(metrics && ops.readiness ? probeRoutes(ops.readiness, metrics) : {}),
  };
  const server = await listen(
    apollo,
    { ...deps, web: webIngest(config, deps) },
    {
      host: config.HOST,
      port: config.PORT,
      apiKey: config.API_KEY,
      wsMutations: config.WS_MUTATIONS,
      limits,
      logger: ops.logger,
      metrics,
      routes,
      prepared,
    },
  );
  return Object.assign(server, { prepared });
}

export interface App {
  url: string;
  db: Database;
  metrics: Metrics;
  /** Resolves if the embedded Neo4j cannot be brought back (the process should then exit non-zero). */
  fatal: Promise<Error>;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does: database and migrations, then the HTTP server (so /health answers
 * while seeding), then the seed articles. /ready says ready once Neo4j answers and seeding is done.
 */
export async function startApp(config: Config, logger: Logger = silentLogger): Promise<App> {
  const log = (line: string) => logger.info(line);
  const metrics = new Metrics();
  let fatal!: (err: Error) => void;
  const fatalPromise = new Promise<Error>((ok) => (fatal = ok));
  const db = await openDatabase(config, { log, onRestart: () => metrics.neo4jRestarts.inc(), onFatal: (err) => fatal(err) });
  const state = { seeded: !config.SEED_ON_START, stopping: false };
  const readiness = async (): Promise<Readiness> => {
    const checks = { neo4j: await db.ping(), migrations: true, seeds: state.seeded, accepting: !state.stopping };
    return { ready: Object.values(checks).every(Boolean), checks };
  };
  const extractor = extractorFor(config, config.EXTRACT_WORKERS);
  try {
    const deps = services(db, extractor, metrics);
    const server = await serveApi(config, deps, { logger, metrics, readiness });
    if (config.SEED_ON_START) {
      const articles = readSeedArticles(config.SEEDS_DIR);
      let deleted = 0;
      for (const a of articles) {
        // A seed article a curator deleted stays deleted.
        await deps.ingest.ingest(a).catch((err: unknown) => {
          if (!(err instanceof ApiError && err.code === ErrorCode.ARTICLE_DELETED)) throw err;
          deleted++;
        });
      }
      state.seeded = true;
      log(
        `Ingested ${articles.length - deleted} seed articles from ${config.SEEDS_DIR}${deleted ? ` (${deleted} deleted by a curator skipped)` : ''}`,
      );
    }
    return {
      url: server.url,
      db,
      metrics,
      fatal: fatalPromise,
      stop: async () => {
        state.stopping = true;
        await server.stop(config.SHUTDOWN_GRACE_MS);
        await extractor.close?.();
        await db.close();
      },
    };
  } catch (err) {
    await extractor.close?.();
    await db.close();
    throw err;
  }
}
