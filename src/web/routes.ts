import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Route } from '../graphql/server';
import { ROOT } from '../paths';

/** The explorer's own files: plain HTML, CSS and ES modules, served as they are (no build step). */
export const PUBLIC_DIR = join(ROOT, 'src/web/public');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

// The page talks to /graphql on its own origin and loads nothing from elsewhere. Cytoscape sets
// element styles from script, hence 'unsafe-inline' for styles only.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

function file(path: string, cache: string): Route {
  const body = readFileSync(path);
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  return (_req, res) =>
    void res
      .writeHead(200, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': cache,
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      })
      .end(body);
}

/**
 * GET /explore: the graph explorer page, its scripts under /explore/, and Cytoscape.js from
 * node_modules at /explore/vendor/cytoscape.mjs (so it works offline, from a CDN-free install).
 * Files are read once, when the server starts.
 */
export function explorerRoutes(dir = PUBLIC_DIR): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const name of readdirSync(dir)) routes[`/explore/${name}`] = file(join(dir, name), 'no-cache');
  routes['/explore'] = routes['/explore/'] = file(join(dir, 'index.html'), 'no-cache');
  const cytoscape = join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs');
  routes['/explore/vendor/cytoscape.mjs'] = file(cytoscape, 'public, max-age=86400');
  return routes;
}
