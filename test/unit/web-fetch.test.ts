import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Fetcher } from '../../src/ingest/web/fetch';

let server: Server;
let origin: string;
const hits = new Map<string, number>();
const agents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    agents.push(String(req.headers['user-agent']));
    if (path === '/flaky')
      return void (n === 1 ? res.writeHead(503).end() : res.writeHead(200, { 'content-type': 'text/plain' }).end('second time'));
    if (path === '/gone') return void res.writeHead(404).end();
    if (path === '/gzip')
      return void res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }).end(gzipSync('<p>packed</p>'));
    if (path === '/big') return void res.writeHead(200).end('x'.repeat(5000));
    if (path === '/to-file') return void res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    if (path === '/to-ok') return void res.writeHead(301, { location: '/gzip' }).end();
    if (path === '/stall') return void res.writeHead(200).write('partial');
    res.writeHead(200).end('ok');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

const fetcher = (over: Partial<ConstructorParameters<typeof Fetcher>[0]> = {}) =>
  new Fetcher({ allowPrivate: true, timeoutMs: 500, retries: 2, maxBytes: 1000, userAgent: 'chipgraph-test/1', ...over });

describe('fetching pages for ingestion', () => {
  it('when a server fails once with 503, then the fetch is retried and succeeds, with the configured User-Agent', async () => {
    const r = await fetcher().get(`${origin}/flaky`);
    expect(r.body.toString()).toBe('second time');
    expect(hits.get('/flaky')).toBe(2);
    expect(agents.every((a) => a === 'chipgraph-test/1')).toBe(true);
  });

  it('when a page is 404, then it fails at once (FETCH_FAILED) without retries', async () => {
    await expect(fetcher().get(`${origin}/gone`)).rejects.toMatchObject({ code: 'FETCH_FAILED', status: 404, transient: false });
    expect(hits.get('/gone')).toBe(1);
  });

  it('when an answer stalls, then it fails after the time limit, each try, as FETCH_FAILED', async () => {
    const started = Date.now();
    await expect(fetcher({ retries: 1, timeoutMs: 300 }).get(`${origin}/stall`)).rejects.toThrow(/no complete answer within 300 ms/);
    expect(hits.get('/stall')).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('when the answer is compressed or redirected, then the decoded body of the final URL is returned', async () => {
    const r = await fetcher().get(`${origin}/to-ok`);
    expect(r).toMatchObject({ url: `${origin}/gzip`, contentType: 'text/html' });
    expect(r.body.toString()).toBe('<p>packed</p>');
  });

  it('when a redirect leads to a file: URL or the body is too large, then it is refused', async () => {
    await expect(fetcher().get(`${origin}/to-file`)).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
    await expect(fetcher().get(`${origin}/big`)).rejects.toThrow(/larger than 1000 bytes/);
  });

  it('when private addresses are not allowed, then a loopback URL is refused before any request is sent', async () => {
    const before = hits.get('/') ?? 0;
    await expect(fetcher({ allowPrivate: false }).get(`${origin}/`)).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
    expect(hits.get('/') ?? 0).toBe(before);
  });
});
