import { ConfigError, fetchPolicy, loadConfig } from '../../src/config';

describe('the explorer and fetch settings', () => {
  it('when nothing is set, then the explorer is on outside production, off in it, and can be switched either way', () => {
    expect(loadConfig({}).EXPLORER).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).EXPLORER).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', EXPLORER: 'true' }).EXPLORER).toBe(true);
    expect(loadConfig({ EXPLORER: 'false' }).EXPLORER).toBe(false);
  });

  it('when nothing is set, then fetching refuses private addresses and has bounded time, tries, size and concurrency', () => {
    expect(fetchPolicy(loadConfig({}))).toEqual({
      allowPrivate: false,
      timeoutMs: 15000,
      retries: 2,
      concurrency: 4,
      maxBytes: 10 * 1024 * 1024,
      userAgent: 'chipgraph/0.1 (news ingestion)',
      maxFeedItems: 100,
    });
  });

  it('when fetch settings are invalid, then the error names each of them', () => {
    let err: Error | undefined;
    try {
      loadConfig({ FETCH_TIMEOUT_MS: '5', FETCH_CONCURRENCY: '0', FETCH_ALLOW_PRIVATE: 'maybe' });
    } catch (e) {
      err = e as Error;
    }
    expect(err).toBeInstanceOf(ConfigError);
    for (const name of ['FETCH_TIMEOUT_MS', 'FETCH_CONCURRENCY', 'FETCH_ALLOW_PRIVATE']) expect(err?.message).toContain(name);
  });
});
