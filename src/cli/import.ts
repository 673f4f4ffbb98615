import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { openDatabase } from '../app';
import { ConfigError, loadConfig } from '../config';
import { GraphDump, type DumpRecord } from '../repo/dump';
import { Progress } from './progress';

const BATCH = 1000;

/** How many records a jsonl file holds (for the progress total), read as a stream. */
async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(file)) for (const byte of chunk as Buffer) if (byte === 10) n++;
  return n;
}

/**
 * `npm run import -- FILE`: reads a jsonl export back into an empty store, streamed in batches of
 * 1,000 records (one transaction each). Nodes are merged on their key, so an interrupted import can
 * be run again; the store must hold no articles, entities or facts before the first run.
 */
async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    console.error('usage: npm run import -- FILE.jsonl');
    return 2;
  }
  const db = await openDatabase(loadConfig(), (l) => console.error(l));
  try {
    const dump = new GraphDump(db.driver, db.database);
    if (await dump.hasData()) {
      console.error(
        'import: the store already holds articles, entities or facts; import into an empty store (another NEO4J_DATA_DIR or database)',
      );
      return 1;
    }
    const progress = new Progress(process.stderr, 'records');
    progress.start(await countLines(file));
    let batch: DumpRecord[] = [];
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      line++;
      if (!text.trim()) continue;
      try {
        batch.push(JSON.parse(text) as DumpRecord);
      } catch {
        console.error(`import: ${file}:${line} is not a JSON record`);
        return 1;
      }
      if (batch.length >= BATCH) {
        await dump.write(batch);
        progress.tick(true, `imported ${batch.length} records`, batch.length);
        batch = [];
      }
    }
    await dump.write(batch);
    progress.tick(true, `imported ${batch.length} records`, batch.length);
    progress.end();
    return 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`import: ${file}: no such file`);
      return 1;
    }
    throw err;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `import failed: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
