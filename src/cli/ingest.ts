import { openDatabase, services, webIngest } from '../app';
import { extractorFor } from '../extract/llm';
import { ConfigError, loadConfig } from '../config';
import { Progress } from './progress';
import { describe, summary } from './summary';

const USAGE = `usage: npm run ingest -- [--watch] [--interval SECONDS] FILE|URL...
  FILE   a .txt article, an .html page, or an RSS/Atom feed file
  URL    an http(s) web page or RSS/Atom feed
  --watch             read the sources again every --interval seconds (default 600) and ingest what is new; Ctrl-C stops`;

interface Args {
  sources: string[];
  watch: boolean;
  interval: number;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { sources: [], watch: false, interval: 600 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--watch') args.watch = true;
    else if (a === '--interval' || a.startsWith('--interval=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const n = Number(value);
      if (!Number.isFinite(n) || n < 1) return `--interval must be a number of seconds (1 or more), not "${value ?? ''}"`;
      args.interval = n;
    } else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else args.sources.push(a);
  }
  return args.sources.length ? args : 'no FILE or URL given';
}

/**
 * `npm run ingest -- FILE|URL...`: stores articles from files, web pages and feeds in the configured
 * Neo4j, with a progress bar on a terminal (plain lines otherwise) and a summary at the end. Exits 1
 * if any item failed (in any round, with --watch), 2 on bad arguments.
 */
async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(args ? `${args}\n${USAGE}` : USAGE);
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config, (l) => console.error(l));
  const extractor = extractorFor(config, config.EXTRACT_WORKERS);
  let failed = false;
  let stopping: (() => void) | null = null;
  let stopped = false;
  const stop = () => {
    if (stopped) process.exit(130);
    stopped = true;
    console.error('stopping after this round (Ctrl-C again to quit now)');
    stopping?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    const web = webIngest(config, services(db, extractor));
    for (let round = 1; !stopped; round++) {
      const progress = new Progress(process.stderr);
      const started = performance.now();
      const outcomes = await web.run(args.sources, {
        total: (n) => progress.start(n),
        done: (o) => progress.tick(o.status !== 'failed', describe(o)),
      });
      progress.end();
      if (args.watch) console.log(`round ${round}, ${new Date().toISOString()}:`);
      console.log(summary(outcomes, (performance.now() - started) / 1000));
      failed ||= outcomes.some((o) => o.status === 'failed');
      if (!args.watch || stopped) break;
      await new Promise<void>((ok) => {
        const timer = setTimeout(ok, args.interval * 1000);
        stopping = () => (clearTimeout(timer), ok());
      });
      stopping = null;
    }
  } finally {
    await extractor.close?.();
    await db.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `ingest failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
