import type { IngestService } from '../ingest/service';
import type { WebIngest } from '../ingest/web/batch';
import type { GraphReader } from '../repo/reader';
import type { Loaders } from './loaders';
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
