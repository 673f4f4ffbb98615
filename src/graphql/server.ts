import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Context } from './context';
import { depthLimit } from './depthLimit';
import { costLimit } from './cost';
import { createLoaders } from './loaders';
import { resolvers } from './resolvers';
import { formatError } from '../errors';

export const SCHEMA_DIR = resolve(__dirname, '../../schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

export interface ServerOptions {
  introspection: boolean;
  sandbox: boolean;
  maxDepth: number;
  maxCost: number;
}

/** Builds the Apollo server without listening (tests and index.ts both use it). */
export function createApollo(opts: ServerOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: opts.introspection,
    validationRules: [depthLimit(opts.maxDepth)],
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [
      costLimit<Context>(opts.maxCost),
      // No field sets cache hints; the default cache-control plugin would only add per-field overhead.
      ApolloServerPluginCacheControlDisabled(),
      opts.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}

/** Constant-time comparison of the bearer token with the configured key. */
export function hasApiKey(req: IncomingMessage, apiKey: string | undefined): boolean {
  if (!apiKey) return false;
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface Listening {
  url: string;
  stop(): Promise<void>;
}

export async function listen(
  apollo: ApolloServer<Context>,
  deps: Omit<Context, 'canWrite' | 'loaders'>,
  opts: { host: string; port: number; apiKey?: string },
): Promise<Listening> {
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: opts.host, port: opts.port },
    context: async ({ req }) => ({ ...deps, loaders: createLoaders(deps.reader), canWrite: hasApiKey(req, opts.apiKey) }),
  });
  // startStandaloneServer answers on every path; /graphql is the documented one.
  return { url: new URL('graphql', url.replace('127.0.0.1', 'localhost')).toString(), stop: () => apollo.stop() };
}
