import neo4j, { type Driver } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors';

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Connects and checks the server answers, failing fast with advice instead of hanging on first query. */
export async function connect(target: Neo4jTarget): Promise<Driver> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
  });
  try {
    await driver.getServerInfo({ database: target.database });
  } catch (err) {
    await driver.close();
    throw new DatabaseUnavailableError(
      `Cannot reach Neo4j at ${target.uri}: ${(err as Error).message}\n` +
        'Start that server, fix NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or unset NEO4J_URI to use the embedded Neo4j.',
    );
  }
  return driver;
}
