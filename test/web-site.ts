import { readFileSync, existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const DIR = join(__dirname, 'fixtures/web/site');
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export interface WebSite {
  origin: string;
  /** Paths requested so far, in order (with their query strings). */
  requests: string[];
  /** The items of /watch.rss (page paths under /news/); tests add to it while a --watch runs. */
  watchItems: string[];
  close(): Promise<void>;
}

/**
 * A local news site for ingestion tests, on 127.0.0.1 and a free port: the pages and feeds of
 * test/fixtures/web/site ({{ORIGIN}} in them becomes the site's origin), /mirror/* serving the same
 * pages as /news/*, /news/slow.html that never answers, a 404 for anything else, and /watch.rss
 * built from `watchItems`.
 */
export async function startWebSite(): Promise<WebSite> {
  const site = { requests: [] as string[], watchItems: [] as string[] };
  const hanging = new Set<ServerResponse>();
  let origin = '';
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    site.requests.push(url);
    const path = url.split('?')[0]!.replace(/^\/mirror\//, '/news/');
    if (path === '/news/slow.html') {
      // Headers, then nothing: the fetcher's time limit covers the whole answer, not only the first byte.
      res.writeHead(200, { 'content-type': TYPES.html });
      res.write('<html><body><p>Loading');
      hanging.add(res);
      return;
    }
    if (path === '/watch.rss') {
      const items = site.watchItems.map((p) => `<item><link>${origin}/news/${p}</link><guid>${p}</guid></item>`).join('');
      res.writeHead(200, { 'content-type': TYPES.rss });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Watch feed</title><link>${origin}/</link>${items}</channel></rss>`);
      return;
    }
    const file = join(DIR, path);
    if (!file.startsWith(DIR) || !existsSync(file) || path.endsWith('/')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file, 'utf8').replaceAll('{{ORIGIN}}', origin);
    res.writeHead(200, { 'content-type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests: site.requests,
    watchItems: site.watchItems,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
