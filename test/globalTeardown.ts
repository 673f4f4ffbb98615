import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../src/db/embedded';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __neo4j?: EmbeddedNeo4j; __neo4jDataDir?: string };
  await g.__neo4j?.stop();
  if (g.__neo4jDataDir) rmSync(g.__neo4jDataDir, { recursive: true, force: true });
}
