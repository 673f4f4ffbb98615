import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's root (the folder of package.json), found from this file wherever it runs: from
 * `src/` under tsx, from `dist/` once built, or from the benchmark's build (`dist-bench/src/`).
 * Schema, seeds, the web explorer's files and the embedded Neo4j's launcher are found from it.
 */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const ROOT = projectRoot(__dirname);
