import { readFileSync } from 'node:fs';
import { InvalidArticleError } from '../errors';
import { decodeBytes } from '../extract/clean';
import { cleanArticle } from '../extract';
import { extractorFor } from '../extract/llm';
import { loadExtractionConfig, ConfigError } from '../config';

/** `npm run --silent extract -- FILE`: prints one JSON object (the EVAL.md contract) for the article. */
async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run --silent extract -- FILE\n');
    return 2;
  }
  try {
    // The rule extractor, or the LLM one when LLM_BASE_URL is set (see README, configuration).
    const extractor = extractorFor(loadExtractionConfig());
    const { entities, relations, chipPrograms } = await extractor.extract(cleanArticle(decodeBytes(readFileSync(file))));
    const out = {
      entities: entities.map(({ name, type, aliases }) => ({ name, type, aliases })),
      relations: relations.map(({ subjectId: _s, objectId: _o, ...r }) => r),
      chipPrograms: chipPrograms.map(({ ownerId: _id, ...p }) => p),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 2;
    }
    if (
      err instanceof InvalidArticleError ||
      (err as NodeJS.ErrnoException).code === 'ENOENT' ||
      (err as NodeJS.ErrnoException).code === 'EISDIR'
    ) {
      process.stderr.write(`extract: ${file}: ${(err as Error).message}\n`);
      return 1;
    }
    throw err;
  }
}

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
