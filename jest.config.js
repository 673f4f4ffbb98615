/** Unit tests run in parallel; integration tests share one real Neo4j, so the whole suite runs in band
 *  (see package.json). globalSetup starts the embedded Neo4j unless NEO4J_URI points at one. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  testTimeout: 60000,
};
