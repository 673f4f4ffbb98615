import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openDatabase, services } from '../app';
import { ConfigError, loadConfig } from '../config';
import { InvalidArticleError } from '../errors';
import { decodeBytes } from '../extract/clean';

/** `npm run ingest -- FILE...`: stores articles in the configured Neo4j, one transaction each. */
async function main(files: string[]): Promise<number> {
  if (!files.length) {
    console.error('usage: npm run ingest -- FILE...');
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config, (l) => console.error(l));
  let failed = 0;
  try {
    const { ingest } = services(db);
    for (const file of files) {
      try {
        const r = await ingest.ingest({ id: basename(file).replace(/\.[^.]+$/, ''), text: decodeBytes(readFileSync(file)) });
        console.log(`${file}: ${r.entities} entities, ${r.relations} relations, ${r.chipPrograms} chip programs`);
      } catch (err) {
        if (!(err instanceof InvalidArticleError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
        console.error(`${file}: ${(err as Error).message}`);
        failed++;
      }
    }
  } finally {
    await db.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `ingest failed: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
