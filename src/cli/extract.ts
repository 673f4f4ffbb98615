import { readdirSync, readFileSync, writeFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidArticleError } from '../errors';
import { decodeBytes } from '../extract/clean';
import { cleanArticle, type Extractor } from '../extract';
import { extractorFor } from '../extract/llm';
import { loadExtractionConfig, ConfigError } from '../config';

const USAGE = 'usage: npm run --silent extract -- FILE\n       npm run --silent extract -- --dir ARTICLES --out PREDICTIONS\n';

/** One article's extraction as the EVAL.md contract has it. */
async function contractOf(extractor: Extractor, file: string): Promise<object> {
  const { entities, relations, chipPrograms } = await extractor.extract(cleanArticle(decodeBytes(readFileSync(file))));
  return {
    entities: entities.map(({ name, type, aliases }) => ({ name, type, aliases })),
    relations: relations.map(({ subjectId: _s, objectId: _o, ...r }) => r),
    chipPrograms: chipPrograms.map(({ ownerId: _id, ...p }) => p),
  };
}

const unreadable = (err: unknown) =>
  err instanceof InvalidArticleError ||
  (err as NodeJS.ErrnoException).code === 'ENOENT' ||
  (err as NodeJS.ErrnoException).code === 'EISDIR';

/**
 * `--dir ARTICLES --out PREDICTIONS`: every `.txt` of a folder, each to `<name>.json` in the output folder (written
 * whole, through a temporary file), for `score-extraction.mjs --predictions` (one process instead of one per article).
 * An article that cannot be read is named on stderr and the others go on; the exit code is then 1.
 */
async function extractFolder(extractor: Extractor, dir: string, out: string): Promise<number> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (!files.length) {
    process.stderr.write(`extract: ${dir}: no .txt articles\n`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  let failed = 0;
  for (const f of files) {
    try {
      const target = join(out, f.replace(/\.txt$/, '.json'));
      writeFileSync(`${target}.tmp`, JSON.stringify(await contractOf(extractor, join(dir, f)), null, 2) + '\n');
      renameSync(`${target}.tmp`, target);
    } catch (err) {
      if (!unreadable(err)) throw err;
      process.stderr.write(`extract: ${join(dir, f)}: ${(err as Error).message}\n`);
      failed++;
    }
  }
  process.stderr.write(`extract: ${files.length - failed} of ${files.length} articles written to ${out}\n`);
  return failed ? 1 : 0;
}

/** `npm run --silent extract -- FILE`: prints one JSON object (the EVAL.md contract) for the article. */
async function main(argv: string[]): Promise<number> {
  const folder = argv[0] === '--dir' && argv.length === 4 && argv[2] === '--out';
  if (!folder && (argv.length !== 1 || argv[0]!.startsWith('--'))) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    // The rule extractor, or the LLM one when LLM_BASE_URL is set (see README, configuration).
    const extractor = extractorFor(loadExtractionConfig());
    if (folder) {
      if (!statSync(argv[1]!, { throwIfNoEntry: false })?.isDirectory()) {
        process.stderr.write(`extract: ${argv[1]}: not a folder\n`);
        return 1;
      }
      return await extractFolder(extractor, argv[1]!, argv[3]!);
    }
    process.stdout.write(JSON.stringify(await contractOf(extractor, argv[0]!), null, 2) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 2;
    }
    if (unreadable(err)) {
      process.stderr.write(`extract: ${argv[0]}: ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
