import type { IngestService } from '../ingest/service';
import type { GraphReader } from '../repo/reader';
import type { Loaders } from './loaders';

/** What every resolver gets: data access behind interfaces, and who is calling. */
export interface Context {
  reader: GraphReader;
  ingest: IngestService;
  /** This request's batching loaders (see loaders.ts). */
  loaders: Loaders;
  /** True when the request carried the configured API key. */
  canWrite: boolean;
}
