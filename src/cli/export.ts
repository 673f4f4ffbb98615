import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase } from '../app';
import { ConfigError, loadConfig } from '../config';
import { FORMATS, openSink } from '../export/sinks';
import { GraphDump } from '../repo/dump';
import { Progress } from './progress';

const argsSchema = z.object({
  format: z.enum(FORMATS).default('jsonl'),
  out: z.string().min(1, 'give the folder to write to with --out DIR'),
});

/** `npm run export -- --format graphml|jsonl|csv --out DIR`: the whole graph, streamed to files. */
async function main(argv: string[]): Promise<number> {
  let args: z.infer<typeof argsSchema>;
  try {
    const { values } = parseArgs({ args: argv, options: { format: { type: 'string' }, out: { type: 'string' } } });
    args = argsSchema.parse({ format: values.format, out: values.out ?? '' });
  } catch (err) {
    const reason =
      err instanceof z.ZodError ? err.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : (err as Error).message;
    console.error(`export: ${reason}\nusage: npm run export -- --format ${FORMATS.join('|')} --out DIR`);
    return 2;
  }
  const db = await openDatabase(loadConfig(), (l) => console.error(l));
  try {
    const dump = new GraphDump(db.driver, db.database);
    const sink = openSink(args.format, args.out, await dump.propertyTypes());
    const progress = new Progress(process.stderr, 'records');
    progress.start(await dump.size());
    let batch = 0;
    for await (const record of dump.records()) {
      await sink.write(record);
      if (++batch === 1000) {
        progress.tick(true, 'exported 1000 records', batch);
        batch = 0;
      }
    }
    await sink.close();
    progress.tick(true, `exported ${batch} records`, batch);
    progress.end();
    console.error(`Wrote ${sink.files().join(', ')}`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    console.error(err instanceof ConfigError ? err.message : `export failed: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
