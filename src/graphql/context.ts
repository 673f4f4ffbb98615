import type { IngestService } from '../ingest/service';
import type { WebIngest } from '../ingest/web/batch';
import type { GraphReader } from '../repo/reader';
import { createLoaders, type Loaders } from './loaders';
import type { ChangeFeed } from './changes';
import type { Curator } from '../repo/curator';

/** What every resolver gets: data access behind interfaces, and who is calling. */
export interface Context {
  reader: GraphReader;
  /** Wakes live subscriptions when this process writes (see changes.ts). */
  feed: ChangeFeed;
  ingest: IngestService;
  /** Pages and feeds by URL (the ingestUrl mutation). */
  web: WebIngest;
  /** This request's batching loaders (see loaders.ts). */
  loaders: Loaders;
  /** True when the request carried the configured API key. */
  canWrite: boolean;
  /** Who the audit log names for curations (the X-Actor header, else "api-key"). */
  actor: string;
  /** Curators' corrections (the curation mutations). */
  curator: Curator;
}

/** What every request shares: the context without the request's own parts. */
export type Services = Omit<Context, 'canWrite' | 'loaders' | 'actor'>;

/**
 * A request's context, its fields written out one by one rather than spread from `services`: on
 * Node 20 (V8 11.3) an object literal that spreads a long-lived object and then adds properties
 * outlives young-generation collections (a loop making `{ ...services, loaders }` has everything it
 * allocates promoted to the old generation; written out, nothing), and so did what each request's
 * context reaches: its loaders and the pages they hold.
 */
export function requestContext(services: Services, canWrite: boolean, actor: string): Context {
  const { reader, feed, ingest, web, curator } = services;
  return { reader, feed, ingest, web, curator, loaders: createLoaders(reader), canWrite, actor };
}
