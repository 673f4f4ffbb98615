import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { LOG_LEVELS } from '../log';
import { DEFAULT_LEXICON_DIR } from '../extract/lexicon';

/** Every setting chipgraph reads from the environment, validated once at start-up (see README). */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** What extraction reads (the extract CLI needs nothing else). */
const extractionShape = {
  LLM_BASE_URL: z.string().url().optional(),
  LLM_API_KEY: z.string().optional(),
  LLM_MODEL: z.string().default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(60000),
  /** The folder of the lexicon's JSON files (default: the repository's seeds/lexicon). */
  LEXICON_DIR: z.string().default(DEFAULT_LEXICON_DIR),
};
export const extractionSchema = z.object(extractionShape);
export type ExtractionConfig = z.infer<typeof extractionSchema>;

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    NEO4J_URI: z
      .string()
      .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
      .optional(),
    NEO4J_USER: z.string().default('neo4j'),
    NEO4J_PASSWORD: z.string().default(''),
    NEO4J_DATABASE: z.string().optional(),
    NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
    NEO4J_DATA_DIR: z.string().default('.data/neo4j'),
    API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
    SEED_ON_START: bool.default(true),
    SEEDS_DIR: z.string().default('seeds/articles'),
    INTROSPECTION: bool.optional(),
    SANDBOX: bool.optional(),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(50).default(10),
    MAX_QUERY_COST: z.coerce.number().int().min(1).default(10000),
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(3000),
    MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(50),
    MAX_FRAGMENT_SPREADS: z.coerce.number().int().min(0).default(200),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10000),
    NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).default(5),
    WS_MUTATIONS: bool.default(false),
    // Worker threads that extract articles for the API and `npm run ingest` (0: on the main thread).
    EXTRACT_WORKERS: z.coerce
      .number()
      .int()
      .min(0)
      .max(64)
      .default(Math.max(1, availableParallelism() - 1)),
    ...extractionShape,
    EXPLORER: bool.optional(),
    FETCH_ALLOW_PRIVATE: bool.default(false),
    FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
    FETCH_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
    FETCH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
    FETCH_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(10 * 1024 * 1024),
    FETCH_USER_AGENT: z.string().min(1).default('chipgraph/0.1 (news ingestion)'),
    FEED_MAX_ITEMS: z.coerce.number().int().min(1).default(100),
  })
  .transform((c) => ({
    ...c,
    // Introspection and the Sandbox landing page default to on outside production.
    INTROSPECTION: c.INTROSPECTION ?? c.NODE_ENV !== 'production',
    SANDBOX: c.SANDBOX ?? c.NODE_ENV !== 'production',
    EXPLORER: c.EXPLORER ?? c.NODE_ENV !== 'production',
  }));

export type Config = z.infer<typeof configSchema>;

/** The per-operation bounds of the API (see graphql/limits.ts). */
export const queryLimits = (c: Config) => ({
  maxDepth: c.MAX_QUERY_DEPTH,
  maxCost: c.MAX_QUERY_COST,
  maxTokens: c.MAX_QUERY_TOKENS,
  maxAliases: c.MAX_QUERY_ALIASES,
  maxFragmentSpreads: c.MAX_FRAGMENT_SPREADS,
});

/** How web pages and feeds are fetched (see ingest/fetch.ts). */
export const fetchPolicy = (c: Config) => ({
  allowPrivate: c.FETCH_ALLOW_PRIVATE,
  timeoutMs: c.FETCH_TIMEOUT_MS,
  retries: c.FETCH_RETRIES,
  concurrency: c.FETCH_CONCURRENCY,
  maxBytes: c.FETCH_MAX_BYTES,
  userAgent: c.FETCH_USER_AGENT,
  maxFeedItems: c.FEED_MAX_ITEMS,
});
export type FetchPolicy = ReturnType<typeof fetchPolicy>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parse<T extends z.ZodTypeAny>(schema: T, env: NodeJS.ProcessEnv): z.infer<T> {
  // Empty strings count as unset, so `FOO=` in a .env file means "default".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}

/** Parses the environment: every setting (the API, ingestion, export). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return parse(configSchema, env);
}

/** Parses only what extraction reads, so `npm run extract` works whatever the server's settings are. */
export function loadExtractionConfig(env: NodeJS.ProcessEnv = process.env): ExtractionConfig {
  return parse(extractionSchema, env);
}
