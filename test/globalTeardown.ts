import type { EmbeddedNeo4j } from '../src/db/embedded';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __neo4j?: EmbeddedNeo4j }).__neo4j?.stop();
}
