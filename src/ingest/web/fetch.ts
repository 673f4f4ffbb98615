import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ApiError, FetchFailedError } from '../../errors';
import type { FetchPolicy } from '../../config';
import { checkUrl, guardedLookup } from './address';

/** What a GET returned (after redirects): the final URL, its content type and the decoded-from-transfer bytes. */
export interface Fetched {
  url: string;
  contentType: string;
  body: Buffer;
}

const MAX_REDIRECTS = 5;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * GETs pages, feeds and robots.txt for ingestion: http(s) only, private addresses refused unless
 * allowed (checked on every redirect hop and on the address actually connected to), one time limit
 * for the whole answer, a size limit, the configured User-Agent, and retries with backoff on
 * transient failures (network errors, timeouts, 429 and 5xx); a 404 is not retried.
 */
export class Fetcher {
  private readonly lookup;

  constructor(readonly policy: Pick<FetchPolicy, 'allowPrivate' | 'timeoutMs' | 'retries' | 'maxBytes' | 'userAgent'>) {
    this.lookup = guardedLookup(policy.allowPrivate);
  }

  async get(url: string): Promise<Fetched> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.follow(url);
      } catch (err) {
        if (!(err instanceof FetchFailedError && err.transient) || attempt >= this.policy.retries) throw err;
        await sleep(250 * 2 ** attempt * (0.5 + Math.random()));
      }
    }
  }

  private async follow(start: string): Promise<Fetched> {
    let url = checkUrl(start, this.policy.allowPrivate);
    for (let hop = 0; ; hop++) {
      const res = await this.once(url);
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && location) {
        if (hop >= MAX_REDIRECTS) throw new FetchFailedError(`GET ${start}: more than ${MAX_REDIRECTS} redirects.`);
        url = checkUrl(new URL(location, url).href, this.policy.allowPrivate);
        continue;
      }
      if (res.status !== 200) {
        const transient = res.status === 429 || res.status >= 500;
        throw new FetchFailedError(
          `GET ${url.href}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`,
          transient,
          res.status,
        );
      }
      return { url: url.href, contentType: String(res.headers['content-type'] ?? ''), body: res.body };
    }
  }

  /**
   * One request; redirects are the caller's. A kept-alive connection that the server had closed
   * (ECONNRESET on a reused socket) is not a failure of the site: the request goes again at once on
   * a new connection.
   */
  private once(
    url: URL,
    fresh = false,
  ): Promise<{ status: number; statusText: string; headers: IncomingMessage['headers']; body: Buffer }> {
    const { timeoutMs, maxBytes, userAgent } = this.policy;
    return new Promise((ok, fail) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(url, {
        method: 'GET',
        lookup: this.lookup,
        ...(fresh ? { agent: false } : {}),
        headers: { 'user-agent': userAgent, accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
      });
      // The first outcome wins: a failure settles the promise, then the request is torn down (its
      // own 'end' or 'error' events after that change nothing).
      let settled = false;
      const done = (err: unknown, value?: Parameters<typeof ok>[0]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) fail(err instanceof ApiError ? err : new FetchFailedError(`GET ${url.href}: ${(err as Error).message}.`, true));
        else ok(value!);
      };
      const abort = (err: FetchFailedError) => {
        done(err);
        req.destroy();
      };
      const timer = setTimeout(
        () => abort(new FetchFailedError(`GET ${url.href}: no complete answer within ${timeoutMs} ms.`, true)),
        timeoutMs,
      );
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (!settled && !fresh && req.reusedSocket && err.code === 'ECONNRESET') {
          settled = true;
          clearTimeout(timer);
          this.once(url, true).then(ok, fail);
        } else done(err);
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        // Only a 200's body is read; the others are drained so the socket can be reused.
        if (status !== 200) {
          res.resume();
          return done(null, { status, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.alloc(0) });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const stream = decoded(res);
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) abort(new FetchFailedError(`GET ${url.href}: the answer is larger than ${maxBytes} bytes.`));
          else chunks.push(chunk);
        });
        stream.on('end', () =>
          done(null, { status, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) }),
        );
        stream.on('error', (err) => done(err));
        res.on('aborted', () => done(new Error('the connection closed before the answer was complete')));
      });
      req.end();
    });
  }
}

/** The body without its Content-Encoding (sizes are counted after it, so a compressed bomb is stopped too). */
function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}
