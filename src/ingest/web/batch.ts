import { ApiError, ErrorCode } from '../../errors';
import type { FetchPolicy } from '../../config';
import type { ArticleIndex } from '../../repo/seen';
import type { IngestResultRecord } from '../../repo/types';
import { cleanInput } from '../article';
import type { IngestService } from '../service';
import { Fetcher } from './fetch';
import { Robots, RobotsDisallowedError } from './robots';
import { checkUrl } from './address';
import { isUrl, normalizeUrl, Sources, type Expanded, type Item } from './sources';

export type OutcomeStatus = 'added' | 'changed' | 'skipped' | 'failed';

/** What became of one item (or of a source that could not be read at all). */
export interface Outcome {
  /** The file or URL. */
  label: string;
  status: OutcomeStatus;
  /** Why it was skipped or failed. */
  reason?: string;
  /** The error code of a failure, from the API's vocabulary. */
  code?: string;
  /** What was stored (added, changed). */
  result?: IngestResultRecord;
}

export interface BatchListener {
  /** How many items the batch has, once its sources (feeds included) are read. */
  total?(n: number): void;
  done?(outcome: Outcome): void;
}

const failure = (label: string, err: unknown): Outcome => ({
  label,
  status: 'failed',
  code: err instanceof ApiError ? err.code : ErrorCode.INTERNAL_SERVER_ERROR,
  reason: (err as Error).message,
});

/** Runs `work` over `items` with at most `limit` at once, keeping their order in the result. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** At most `limit` calls of `run` at once (the others wait their turn). */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((ok) => waiting.push(ok));
    active++;
    try {
      return await work();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/**
 * Items extracted and written at once: enough to keep the extraction workers busy and to share
 * write transactions (see ArticleWriter.write). Fetching is bounded separately (FETCH_CONCURRENCY).
 */
const ITEM_CONCURRENCY = 64;

/**
 * Ingestion of files, web pages and feeds (the CLI and the ingestUrl mutation): sources are read,
 * feeds expanded into items, and the items fetched and stored with bounded concurrency. A page whose
 * URL or text the graph has already is skipped; an item that fails is reported and the others go on.
 */
export class WebIngest {
  private readonly sources: Sources;

  constructor(
    private readonly ingest: IngestService,
    private readonly index: ArticleIndex,
    private readonly policy: FetchPolicy,
  ) {
    const fetcher = new Fetcher(policy);
    this.sources = new Sources(fetcher, new Robots(fetcher), policy.maxFeedItems);
  }

  /** Every source, each item reported to `listener` as it ends; never throws for one source or item. */
  async run(sources: readonly string[], listener: BatchListener = {}): Promise<Outcome[]> {
    const urls = sources.filter(isUrl).flatMap((s) => (URL.canParse(s) ? [normalizeUrl(s)] : []));
    const knownSources = await this.index.knownUrls(urls);
    const expanded = await mapLimit(sources, this.policy.concurrency, async (source): Promise<Item[] | Outcome> => {
      try {
        if (isUrl(source) && knownSources.has(normalizeUrl(checkUrl(source, this.policy.allowPrivate).href))) {
          return { label: source, status: 'skipped', reason: 'seen before: an article has this URL' };
        }
        return (await this.sources.expand(source)).items;
      } catch (err) {
        return failure(source, err);
      }
    });
    const early = expanded.filter((e): e is Outcome => !Array.isArray(e));
    const items = expanded.filter((e): e is Item[] => Array.isArray(e)).flat();
    listener.total?.(early.length + items.length);
    for (const o of early) listener.done?.(o);
    const later = await this.items(items, (o) => listener.done?.(o));
    return [...early, ...later];
  }

  /**
   * One URL, page or feed, for the API. What concerns the URL itself (not allowed, robots.txt,
   * fetch failure, no article in the page) is thrown; a feed's items report their own outcomes.
   */
  async ingestUrl(raw: string): Promise<{ kind: Expanded['kind']; outcomes: Outcome[] }> {
    const url = normalizeUrl(checkUrl(raw, this.policy.allowPrivate).href);
    if ((await this.index.knownUrls([url])).size) {
      return { kind: 'page', outcomes: [{ label: raw, status: 'skipped', reason: 'seen before: an article has this URL' }] };
    }
    const { kind, items } = await this.sources.expand(raw);
    if (kind === 'feed') return { kind, outcomes: await this.items(items) };
    const [outcome] = await this.items(items, undefined, true);
    return { kind, outcomes: outcome ? [outcome] : [] };
  }

  private async items(items: Item[], done?: (o: Outcome) => void, rethrow = false): Promise<Outcome[]> {
    const known = await this.index.knownUrls(items.flatMap((i) => (i.url ? [i.url] : [])));
    // Texts claimed by this run: two URLs with the same story are stored once even when fetched at the same time.
    const claimed = new Set<string>();
    const fetching = limiter(this.policy.concurrency);
    return mapLimit(items, ITEM_CONCURRENCY, async (item) => {
      let outcome: Outcome;
      try {
        outcome = await this.one(item, known, claimed, fetching);
      } catch (err) {
        if (rethrow) throw err;
        outcome =
          err instanceof RobotsDisallowedError || (err instanceof ApiError && err.code === ErrorCode.ARTICLE_DELETED)
            ? { label: item.label, status: 'skipped', reason: err.message }
            : failure(item.label, err);
      }
      done?.(outcome);
      return outcome;
    });
  }

  private async one(item: Item, known: Set<string>, claimed: Set<string>, fetching: ReturnType<typeof limiter>): Promise<Outcome> {
    const skipped = (reason: string): Outcome => ({ label: item.label, status: 'skipped', reason });
    if (item.url && known.has(item.url)) return skipped('seen before: an article has this URL');
    const input = await fetching(() => item.load());
    const { id, contentHash } = cleanInput(input);
    if (claimed.has(contentHash)) return skipped('same text as another item of this run');
    claimed.add(contentHash);
    const stored = await this.index.lookup(id, contentHash);
    if (stored.hashOfId === contentHash) return skipped(`unchanged: ${id} is stored with this text`);
    if (stored.sameTextAs) return skipped(`same text as the stored article ${stored.sameTextAs}`);
    const result = await this.ingest.ingest(input);
    return { label: item.label, status: stored.hashOfId ? 'changed' : 'added', result };
  }
}
