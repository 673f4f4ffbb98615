import robotsParser from 'robots-parser';
import { ApiError, ErrorCode, FetchFailedError } from '../../errors';
import type { Fetcher } from './fetch';

type Rules = ReturnType<typeof robotsParser>;

/** robots.txt keeps this URL out (URL_NOT_ALLOWED); a batch counts such an item as skipped, not failed. */
export class RobotsDisallowedError extends ApiError {
  constructor(message: string) {
    super(ErrorCode.URL_NOT_ALLOWED, message, 400);
    this.name = 'RobotsDisallowedError';
  }
}

/** How long an origin's robots.txt is trusted before it is read again (a --watch runs for days). */
const TTL_MS = 60 * 60 * 1000;
/** How long an unreadable robots.txt keeps its site closed before it is tried again. */
const UNREACHABLE_TTL_MS = 60 * 1000;

/**
 * robots.txt, read once an hour per origin through the same guarded fetcher. Following RFC 9309: a
 * missing robots.txt (4xx) allows everything; one that cannot be read (5xx, network error, timeout)
 * disallows everything for a minute, since the site may be overloaded.
 */
export class Robots {
  private readonly cache = new Map<string, { until: number; rules: Promise<Rules | null> }>();
  /** The product token robots.txt groups are matched against (`chipgraph` of `chipgraph/0.1 (...)`). */
  private readonly agent: string;

  constructor(private readonly fetcher: Fetcher) {
    this.agent = fetcher.policy.userAgent.split(/[/\s]/)[0] || fetcher.policy.userAgent;
  }

  /** Throws URL_NOT_ALLOWED when the site's robots.txt disallows `url` for this agent, FETCH_FAILED when it cannot be read. */
  async check(url: string): Promise<void> {
    const { host, origin } = new URL(url);
    const rules = await this.rulesFor(origin);
    if (!rules)
      throw new ApiError(ErrorCode.URL_NOT_ALLOWED, `robots.txt of ${host} cannot be read now, so nothing there is fetched.`, 400);
    if (rules.isAllowed(url, this.agent) === false) throw new RobotsDisallowedError(`robots.txt of ${host} disallows ${url}.`);
  }

  private rulesFor(origin: string): Promise<Rules | null> {
    const hit = this.cache.get(origin);
    if (hit && Date.now() < hit.until) return hit.rules;
    const robotsUrl = `${origin}/robots.txt`;
    const entry = { until: Date.now() + TTL_MS, rules: Promise.resolve<Rules | null>(null) };
    entry.rules = this.fetcher.get(robotsUrl).then(
      (r) => robotsParser(robotsUrl, r.body.toString('utf8')),
      (err: unknown) => {
        if (!(err instanceof FetchFailedError)) {
          this.cache.delete(origin);
          throw err;
        }
        if (err.status !== undefined && err.status >= 400 && err.status < 500) return robotsParser(robotsUrl, '');
        entry.until = Date.now() + UNREACHABLE_TTL_MS;
        return null;
      },
    );
    this.cache.set(origin, entry);
    return entry.rules;
  }
}
