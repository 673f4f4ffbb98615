import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { webIngest } from '../../src/app';
import type { Outcome } from '../../src/ingest/web/batch';
import { urlId } from '../../src/ingest/web/sources';
import type { WebIngest } from '../../src/ingest/web/batch';
import { startTestApp, type TestApp } from '../helpers';
import { startWebSite, type WebSite } from '../web-site';

let app: TestApp;
let site: WebSite;
let web: WebIngest;

// Loopback allowed (the site runs on 127.0.0.1); a short time limit and one retry keep the slow page's cost low.
const ENV = { FETCH_ALLOW_PRIVATE: 'true', FETCH_TIMEOUT_MS: '800', FETCH_RETRIES: '1', FETCH_CONCURRENCY: '3' };

beforeAll(async () => {
  site = await startWebSite();
  app = await startTestApp(ENV);
  await app.clear();
  web = webIngest(loadConfig({ ...process.env, ...ENV }), app.deps);
});
afterAll(async () => {
  await app.stop();
  await site.close();
});

const byStatus = (outcomes: Outcome[], status: Outcome['status']) => outcomes.filter((o) => o.status === status);
interface StoredArticle {
  title: string;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  text: string;
}
const article = async (id: string) =>
  (await app.gql<{ article: StoredArticle | null }>(`query ($id: ID!) { article(id: $id) { title publishedAt source url text } }`, { id }))
    .data!.article;
const fetched = (path: string) => site.requests.filter((r) => r.split('?')[0] === path).length;

describe('when an RSS feed and an Atom feed are ingested', () => {
  let first: Outcome[];
  beforeAll(async () => {
    first = await web.run([`${site.origin}/feed.rss`, `${site.origin}/feed.atom`]);
  });

  it("then each page's article is stored without the site's navigation, ads, scripts and footer, with its title, date, publisher and URL", async () => {
    const ms = await article(urlId(`${site.origin}/news/microsoft-amd.html`));
    const mirror = await article(urlId(`${site.origin}/mirror/microsoft-amd.html`));
    // The same story at two URLs is stored once (which of the two depends on which answered first).
    expect([ms, mirror].filter(Boolean)).toHaveLength(1);
    const story = (ms ?? mirror)!;
    expect(story.title).toBe('Microsoft and AMD deepen their partnership on data-centre accelerators');
    expect(story.publishedAt).toBe('2025-02-14');
    expect(story.source).toBe('Chip Ledger');
    expect(story.text).toMatch(/^Microsoft and AMD deepen their partnership/);
    // Lines wrapped in the HTML source are one sentence; paragraphs are lines.
    expect(story.text).toContain('to supply accelerators for its Azure data centres. The two companies');
    expect(story.text.split('\n')).toContain('Neither company disclosed the value of the agreement.');
    for (const junk of [
      'Advertisement',
      'Sponsored',
      'trackingPixel',
      'trackPageView',
      'Subscribe',
      'cookies',
      'All rights reserved',
      'Related articles',
    ])
      expect(story.text).not.toContain(junk);

    const zh = (await article(urlId(`${site.origin}/news/tsmc-nvidia.html`)))!;
    expect(zh).toMatchObject({
      title: '台积电为英伟达代工新一代AI芯片',
      publishedAt: '2025-03-02',
      source: '芯闻网',
      url: `${site.origin}/news/tsmc-nvidia.html`,
    });
    expect(zh.text).toContain('台积电将为英伟达代工其新一代人工智能芯片');
    for (const junk of ['广告', '下载客户端', '_trackPageview', '热门推荐', '版权所有']) expect(zh.text).not.toContain(junk);
  });

  it("then an item whose full text is in the feed is stored from the feed, with the feed's date and title, and its page is not fetched", async () => {
    const mtk = (await article(urlId(`${site.origin}/news/mediatek-google.html`)))!;
    expect(mtk).toMatchObject({ title: '聯發科與Google合作開發資料中心AI晶片', publishedAt: '2025-03-18', source: '晶片觀察' });
    expect(mtk.text).toContain('聯發科週二宣布，將與Google合作開發用於資料中心的新款人工智慧晶片');
    expect(fetched('/news/mediatek-google.html')).toBe(0);
  });

  it('then the 404 and the page that times out are reported as failed while the other items are stored', () => {
    const failed = byStatus(first, 'failed');
    expect(failed.map((o) => o.label).sort()).toEqual([`${site.origin}/news/missing.html`, `${site.origin}/news/slow.html`]);
    expect(failed.every((o) => o.code === 'FETCH_FAILED')).toBe(true);
    expect(failed.find((o) => o.label.endsWith('missing.html'))!.reason).toMatch(/HTTP 404/);
    expect(failed.find((o) => o.label.endsWith('slow.html'))!.reason).toMatch(/within 800 ms/);
    expect(byStatus(first, 'added')).toHaveLength(3);
  });

  it('then a page robots.txt disallows is skipped and never fetched', () => {
    const skipped = byStatus(first, 'skipped');
    expect(skipped.find((o) => o.label.endsWith('/private/secret.html'))?.reason).toMatch(/robots\.txt .* disallows/);
    expect(fetched('/private/secret.html')).toBe(0);
    expect(fetched('/robots.txt')).toBe(1);
  });

  it('then a second run stores nothing new: the pages seen before are skipped by URL without being fetched again', async () => {
    const articles = await app.count('MATCH (a:Article) RETURN count(a)');
    const pagesBefore = fetched('/news/microsoft-amd.html') + fetched('/news/tsmc-nvidia.html');
    const second = await web.run([`${site.origin}/feed.rss`, `${site.origin}/feed.atom`]);
    expect(byStatus(second, 'added')).toEqual([]);
    expect(byStatus(second, 'changed')).toEqual([]);
    const seen = byStatus(second, 'skipped').filter((o) => o.reason === 'seen before: an article has this URL');
    expect(seen.map((o) => o.label)).toEqual(
      expect.arrayContaining([`${site.origin}/news/tsmc-nvidia.html`, `${site.origin}/news/mediatek-google.html`]),
    );
    expect(fetched('/news/microsoft-amd.html') + fetched('/news/tsmc-nvidia.html')).toBe(pagesBefore);
    expect(await app.count('MATCH (a:Article) RETURN count(a)')).toBe(articles);
  });
});

describe('when files are ingested', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chipgraph-files-'));

  it('then an HTML file is read like a page, and the same text under another URL is skipped as seen', async () => {
    const file = join(dir, 'samsung-hbm.html');
    writeFileSync(
      file,
      (await (await fetch(`${site.origin}/news/samsung-hbm.html`)).text()).replace(
        '<head>',
        `<head><link rel="canonical" href="${site.origin}/news/samsung-hbm.html" />`,
      ),
    );
    const [fromFile] = await web.run([file]);
    expect(fromFile).toMatchObject({
      status: 'added',
      result: { article: { id: 'samsung-hbm', title: 'Samsung to supply high-bandwidth memory to NVIDIA', publishedAt: '2025-04-09' } },
    });
    expect((await article('samsung-hbm'))!.url).toBe(`${site.origin}/news/samsung-hbm.html`);
    const [byUrl] = await web.run([`${site.origin}/news/samsung-hbm.html`]);
    expect(byUrl).toMatchObject({ status: 'skipped', reason: 'seen before: an article has this URL' });
  });

  it('then a text file is added, skipped while unchanged, and changed when its text changes', async () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Intel and Qualcomm agreed to cooperate on chip packaging, the two companies said on Monday.');
    expect((await web.run([file]))[0]!.status).toBe('added');
    expect((await web.run([file]))[0]).toMatchObject({ status: 'skipped', reason: 'unchanged: note is stored with this text' });
    writeFileSync(file, 'Intel and Qualcomm agreed to cooperate on chip packaging and testing, the companies said on Monday.');
    expect((await web.run([file]))[0]!.status).toBe('changed');
    expect((await article('note'))!.text).toContain('packaging and testing');
  });

  it('then a missing file is reported and the other sources go on', async () => {
    const outcomes = await web.run([join(dir, 'nope.txt'), `${site.origin}/news/tsmc-nvidia.html`]);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'skipped']);
    expect(outcomes[0]!.code).toBe('INVALID_ARTICLE');
    expect(outcomes[0]!.reason).toMatch(/no such file/);
  });
});
