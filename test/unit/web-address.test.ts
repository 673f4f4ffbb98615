import { checkUrl, guardedLookup, isPrivateAddress } from '../../src/ingest/web/address';

describe('which addresses a server-side fetch may reach', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ])('when the address is %s, then it is private', (a) => expect(isPrivateAddress(a)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'when the address is %s, then it is public',
    (a) => expect(isPrivateAddress(a)).toBe(false),
  );

  it.each([
    ['file:///etc/passwd', /Only http and https/],
    ['gopher://example.com/', /Only http and https/],
    ['http://user:pw@example.com/', /credentials/],
    ['http://127.0.0.1:4000/graphql', /private or loopback/],
    ['http://[::1]/', /private or loopback/],
    ['http://localhost/', /private or loopback/],
    ['http://api.localhost/', /private or loopback/],
    ['http://169.254.169.254/latest/meta-data/', /private or loopback/],
  ])('when the URL is %s, then it is refused', (url, message) => {
    expect(() => checkUrl(url, false)).toThrow(message);
  });

  it('when private addresses are allowed, then loopback URLs pass but other schemes still do not', () => {
    expect(checkUrl('http://127.0.0.1:8080/feed.xml', true).port).toBe('8080');
    expect(() => checkUrl('file:///etc/passwd', true)).toThrow(/Only http and https/);
    expect(checkUrl('https://example.com/news?id=1', false).href).toBe('https://example.com/news?id=1');
  });

  it('when a name resolves to a loopback address, then the lookup refuses it (so DNS cannot smuggle one past checkUrl)', async () => {
    const lookup = guardedLookup(false);
    const err = await new Promise<Error | null>((ok) => lookup('localhost', {}, (e) => ok(e)));
    expect(err?.message).toMatch(/resolves to the private address/);
    const allowed = await new Promise<string | unknown[]>((ok, fail) =>
      guardedLookup(true)('localhost', {}, (e, a) => (e ? fail(e) : ok(a))),
    );
    expect(typeof allowed === 'string' ? isPrivateAddress(allowed) : true).toBe(true);
  });
});
