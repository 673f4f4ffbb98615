import { ConfigError, loadConfig } from '../../src/config';

describe('configuration', () => {
  it('when nothing is set, then the embedded Neo4j and port 4000 are the defaults and Sandbox is on', () => {
    const c = loadConfig({});
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.PORT).toBe(4000);
    expect(c.INTROSPECTION).toBe(true);
    expect(c.SANDBOX).toBe(true);
  });

  it('when NODE_ENV is production, then introspection and Sandbox default to off but can be switched on', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ INTROSPECTION: false, SANDBOX: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true' }).INTROSPECTION).toBe(true);
  });

  it('when a value is invalid, then the error names every bad variable', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', API_KEY: 'short' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/PORT/);
    expect(msg).toMatch(/NEO4J_URI/);
    expect(msg).toMatch(/API_KEY/);
  });

  it('when a variable is set to the empty string, then it counts as unset', () => {
    const c = loadConfig({ NEO4J_URI: '', PORT: '' });
    expect(c.NEO4J_URI).toBeUndefined();
    expect(c.PORT).toBe(4000);
  });
});
