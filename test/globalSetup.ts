import { rmSync } from 'node:fs';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embedded';

/**
 * The integration tests talk to a real Neo4j over Bolt: NEO4J_URI when it is set, else a fresh
 * embedded Neo4j 5.26 on a free port with a data folder of this run's own (so two runs in one
 * checkout do not share a store), stopped and removed by globalTeardown.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dataDir = `.data/neo4j-test-${process.pid}`;
  rmSync(dataDir, { recursive: true, force: true });
  const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heap: '1g', log: (l) => console.log(`\n${l}`) });
  process.env.NEO4J_URI = neo4j.uri;
  Object.assign(globalThis, { __neo4j: neo4j, __neo4jDataDir: dataDir });
}
