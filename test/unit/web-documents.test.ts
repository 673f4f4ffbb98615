import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocument, documentKind, pageToArticle, toDay } from '../../src/ingest/web/page';
import { parseFeed } from '../../src/ingest/web/feed';
import { normalizeUrl, urlId } from '../../src/ingest/web/sources';

const SITE = join(__dirname, '../fixtures/web/site');
const fixture = (name: string) => readFileSync(join(SITE, name), 'utf8').replaceAll('{{ORIGIN}}', 'https://news.example');

describe('reading pages and feeds', () => {
  it('when a page declares GBK, then it is decoded as GBK; without a declaration the bytes are guessed', () => {
    const gbk = Buffer.from([0xd0, 0xbe, 0xc6, 0xac]); // 芯片 in GBK
    expect(decodeDocument(gbk, 'text/html; charset=gbk')).toBe('芯片');
    expect(decodeDocument(Buffer.concat([Buffer.from('<meta charset="gbk">'), gbk]))).toBe('<meta charset="gbk">芯片');
    expect(decodeDocument(Buffer.from('\uFEFFplain', 'utf8'))).toBe('plain');
  });

  it('when a document is sniffed, then feeds, pages and text are told apart by content and type', () => {
    expect(documentKind(fixture('feed.rss'))).toBe('feed');
    expect(documentKind(fixture('feed.atom'))).toBe('feed');
    expect(documentKind(fixture('news/tsmc-nvidia.html'))).toBe('html');
    expect(documentKind('<p>x</p>', 'text/html')).toBe('html');
    expect(documentKind('微软与OpenAI合作。')).toBe('text');
  });

  it('when dates come in any form, then they become YYYY-MM-DD', () => {
    expect(toDay('Fri, 14 Feb 2025 08:30:00 GMT')).toBe('2025-02-14');
    expect(toDay('2025-03-02T09:00:00+08:00')).toBe('2025-03-02');
    expect(toDay('yesterday')).toBeUndefined();
  });

  it('when a page is read, then the story stays and the chrome goes, with the metadata', () => {
    const a = pageToArticle(fixture('news/microsoft-amd.html'), 'https://news.example/news/microsoft-amd.html');
    expect(a).toMatchObject({
      title: 'Microsoft and AMD deepen their partnership on data-centre accelerators',
      publishedAt: '2025-02-14',
      source: 'Chip Ledger',
    });
    expect(a.text).toContain('Microsoft said on Friday');
    expect(a.text).not.toMatch(/trackingPixel|cookies|Related articles|UltraBook/);
  });

  it('when a page has no article, then it is refused with INVALID_ARTICLE', () => {
    expect(() => pageToArticle('<html><body><nav>Home | News</nav></body></html>')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARTICLE' }) as Error,
    );
  });

  it('when feeds are parsed, then full text is kept only where the feed carries it, and relative links are resolved', async () => {
    const atom = await parseFeed(fixture('feed.atom'), 'https://news.example/feed.atom');
    expect(atom.title).toBe('晶片觀察');
    expect(atom.items.map((i) => i.link)).toEqual([
      'https://news.example/news/mediatek-google.html',
      'https://news.example/mirror/microsoft-amd.html',
      'https://news.example/private/secret.html',
    ]);
    expect(atom.items[0]!.content).toContain('聯發科週二宣布');
    expect(atom.items[1]!.content).toBeUndefined();
    const rss = await parseFeed(fixture('feed.rss'));
    expect(rss.items[0]).toMatchObject({ publishedAt: '2025-02-14', content: undefined });
    await expect(parseFeed('<html><body>not a feed</body></html>')).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
  });

  it('when URLs differ only by fragment or tracking parameters, then they are one article', () => {
    const a = normalizeUrl('https://news.example/a.html?id=7&utm_source=rss#top');
    expect(a).toBe('https://news.example/a.html?id=7');
    expect(urlId(a)).toMatch(/^web-news\.example-[0-9a-f]{12}$/);
  });
});
