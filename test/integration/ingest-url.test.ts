import { startTestApp, TEST_API_KEY, type TestApp } from '../helpers';
import { startWebSite, type WebSite } from '../web-site';

let site: WebSite;
let app: TestApp;
let guarded: TestApp;

const INGEST = `mutation ($url: String!) {
  ingestUrl(url: $url) {
    kind
    added { article { id title publishedAt url } relations }
    changed { article { id } }
    skipped { url reason }
    failed { url code reason }
  }
}`;
const auth = { authorization: `Bearer ${TEST_API_KEY}` };

interface Outcome {
  url: string;
  reason: string;
  code?: string | null;
}
interface Result {
  ingestUrl: {
    kind: string;
    added: { article: { id: string; title: string; publishedAt: string | null; url: string | null }; relations: number }[];
    changed: { article: { id: string } }[];
    skipped: Outcome[];
    failed: Outcome[];
  };
}
const ingestUrl = (url: string, headers: Record<string, string> = auth, on = app) => on.gql<Result>(INGEST, { url }, headers);

beforeAll(async () => {
  site = await startWebSite();
  // One server that may fetch from loopback (the test site), one with the default policy.
  app = await startTestApp({ FETCH_ALLOW_PRIVATE: 'true', FETCH_TIMEOUT_MS: '800', FETCH_RETRIES: '0' });
  guarded = await startTestApp();
  await app.clear();
});
afterAll(async () => {
  await app.stop();
  await guarded.stop();
  await site.close();
});

const articles = () => app.count('MATCH (a:Article) RETURN count(a)');

describe('when ingestUrl is called', () => {
  it('then without the API key it is refused and nothing is fetched or written', async () => {
    const before = site.requests.length;
    const res = await ingestUrl(`${site.origin}/news/tsmc-nvidia.html`, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(site.requests.length).toBe(before);
    expect(await articles()).toBe(0);
  });

  it.each([
    ['file:///etc/passwd', 'URL_NOT_ALLOWED', /Only http and https/],
    ['ftp://example.com/feed.xml', 'URL_NOT_ALLOWED', /Only http and https/],
    ['http://user:secret@example.com/', 'URL_NOT_ALLOWED', /credentials/],
    ['not a url', 'BAD_USER_INPUT', /not a URL/],
  ])('then %s is refused with %s', async (url, code, message) => {
    const res = await ingestUrl(url);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.errors?.[0]?.message).toMatch(message);
  });

  it.each(['/news/tsmc-nvidia.html', 'localhost'])(
    'then by default a loopback address (%s) is refused before any request is sent (SSRF)',
    async (what) => {
      const before = site.requests.length;
      const url = what === 'localhost' ? site.origin.replace('127.0.0.1', 'localhost') + '/feed.rss' : site.origin + what;
      const res = await ingestUrl(url, auth, guarded);
      expect(res.errors?.[0]?.extensions?.code).toBe('URL_NOT_ALLOWED');
      expect(res.errors?.[0]?.message).toMatch(/FETCH_ALLOW_PRIVATE/);
      expect(site.requests.length).toBe(before);
    },
  );

  it('then a page is stored with its metadata, and asked again it is skipped as seen', async () => {
    const url = `${site.origin}/news/tsmc-nvidia.html`;
    const first = await ingestUrl(url);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestUrl).toMatchObject({
      kind: 'PAGE',
      added: [{ article: { title: '台积电为英伟达代工新一代AI芯片', publishedAt: '2025-03-02', url } }],
      skipped: [],
      failed: [],
    });
    const again = await ingestUrl(url);
    expect(again.data!.ingestUrl).toMatchObject({
      kind: 'PAGE',
      added: [],
      skipped: [{ url, reason: 'seen before: an article has this URL' }],
    });
    expect(await articles()).toBe(1);
  });

  it('then a page that answers 404 is FETCH_FAILED (502) and a page robots.txt disallows is URL_NOT_ALLOWED, with nothing written', async () => {
    const missing = await ingestUrl(`${site.origin}/news/missing.html`);
    expect(missing.status).toBe(502);
    expect(missing.errors?.[0]?.extensions?.code).toBe('FETCH_FAILED');
    expect(missing.errors?.[0]?.message).toMatch(/HTTP 404/);
    const disallowed = await ingestUrl(`${site.origin}/private/secret.html`);
    expect(disallowed.errors?.[0]?.extensions?.code).toBe('URL_NOT_ALLOWED');
    expect(disallowed.errors?.[0]?.message).toMatch(/robots\.txt/);
    expect(site.requests.filter((r) => r.startsWith('/private/'))).toEqual([]);
    expect(await articles()).toBe(1);
  });

  it('then a feed stores its items, lists the failing ones with their codes, and skips the one seen before', async () => {
    const res = await ingestUrl(`${site.origin}/feed.rss`);
    expect(res.errors).toBeUndefined();
    const r = res.data!.ingestUrl;
    expect(r.kind).toBe('FEED');
    expect(r.added.map((a) => a.article.title)).toEqual(['Microsoft and AMD deepen their partnership on data-centre accelerators']);
    expect(r.skipped).toEqual([{ url: `${site.origin}/news/tsmc-nvidia.html`, reason: 'seen before: an article has this URL' }]);
    expect(r.failed.map((f) => [f.url, f.code])).toEqual([
      [`${site.origin}/news/missing.html`, 'FETCH_FAILED'],
      [`${site.origin}/news/slow.html`, 'FETCH_FAILED'],
    ]);
    expect(r.failed[0]!.reason).toMatch(/HTTP 404/);
    expect(r.failed[1]!.reason).toMatch(/within 800 ms/);
    expect(await articles()).toBe(2);
  });
});
