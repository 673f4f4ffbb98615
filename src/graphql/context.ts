import type { IngestService } from '../ingest/service';
import type { GraphReader } from '../repo/reader';

/** What every resolver gets: data access behind interfaces, and who is calling. */
export interface Context {
  reader: GraphReader;
  ingest: IngestService;
  /** True when the request carried the configured API key. */
  canWrite: boolean;
}
