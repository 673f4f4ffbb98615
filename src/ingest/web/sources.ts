import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { InvalidArticleError } from '../../errors';
import type { ArticleInput } from '../article';
import type { Fetcher } from './fetch';
import type { Robots } from './robots';
import { decodeDocument, documentKind, pageToArticle } from './page';
import { parseFeed, type FeedItem } from './feed';

/** One article to ingest, not read yet: what reports call it, its URL (to skip a seen page before fetching) and how to read it. */
export interface Item {
  label: string;
  url?: string;
  load(): Promise<ArticleInput>;
}

/** A source (a file or URL) as what it turned out to be and the articles in it. */
export interface Expanded {
  kind: 'feed' | 'page' | 'text';
  items: Item[];
}

export const isUrl = (source: string) => /^[a-z][a-z\d+.-]*:\/\//i.test(source);

/** The URL an article is known by: no fragment, no utm_* tracking parameters. */
export function normalizeUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (/^utm_/i.test(key)) url.searchParams.delete(key);
  return url.href;
}

/** A stable article id for a URL: readable host, hashed rest (ids are letters, digits and . - _ : only). */
export const urlId = (url: string) =>
  `web-${new URL(url).hostname.replace(/[^\w.-]/g, '_')}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;

const fileId = (path: string) => basename(path, extname(path)).replace(/[^\w.\-:]/g, '_') || 'article';

/** Turns the CLI's and the mutation's sources into items: text and HTML files, pages, and RSS or Atom feeds (files or URLs). */
export class Sources {
  constructor(
    private readonly fetcher: Fetcher,
    private readonly robots: Robots,
    private readonly maxFeedItems: number,
  ) {}

  /** Reads the source itself (fetching a feed, but not its items' pages); throws what went wrong with it. */
  async expand(source: string): Promise<Expanded> {
    if (isUrl(source)) {
      await this.robots.check(source);
      const fetched = await this.fetcher.get(source);
      const text = decodeDocument(fetched.body, fetched.contentType);
      return this.fromDocument(text, fetched.contentType, { url: normalizeUrl(source), label: source });
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(source);
    } catch (err) {
      throw new InvalidArticleError(
        `${source}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`,
      );
    }
    const ext = extname(source).toLowerCase();
    const hint = ext === '.html' || ext === '.htm' ? 'text/html' : '';
    return this.fromDocument(decodeDocument(bytes), hint, { id: fileId(source), label: source });
  }

  private async fromDocument(text: string, contentType: string, from: { label: string; url?: string; id?: string }): Promise<Expanded> {
    const kind = documentKind(text, contentType);
    const id = from.id ?? (from.url ? urlId(from.url) : undefined);
    if (kind === 'text')
      return { kind, items: [{ label: from.label, url: from.url, load: () => Promise.resolve({ id, text, url: from.url }) }] };
    if (kind === 'html') {
      return { kind: 'page', items: [{ label: from.label, url: from.url, load: () => Promise.resolve(page(text, from.url, id)) }] };
    }
    const feed = await parseFeed(text, from.url);
    const seen = new Set<string>();
    const items: Item[] = [];
    for (const entry of feed.items) {
      const url = entry.link ? normalizeUrl(entry.link) : undefined;
      const key = url ?? entry.guid ?? entry.content;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      items.push({
        label: url ?? `${from.label} (${entry.title ?? entry.guid ?? 'untitled item'})`,
        url,
        load: () => this.loadItem(entry, url, feed.title),
      });
      if (items.length >= this.maxFeedItems) break;
    }
    return { kind: 'feed', items };
  }

  /** A feed item's article: the feed's full text when it has one, else its page. */
  private async loadItem(entry: FeedItem, url: string | undefined, feedTitle: string | undefined): Promise<ArticleInput> {
    const id = url ? urlId(url) : entry.guid ? `feed-${createHash('sha256').update(entry.guid).digest('hex').slice(0, 16)}` : undefined;
    const meta = { id, title: entry.title?.slice(0, 500), publishedAt: entry.publishedAt, source: feedTitle?.slice(0, 500), url };
    if (entry.content) return { ...meta, text: entry.content };
    if (!url) throw new InvalidArticleError('The feed item has neither a link nor its text.');
    await this.robots.check(url);
    const fetched = await this.fetcher.get(url);
    const text = decodeDocument(fetched.body, fetched.contentType);
    if (documentKind(text, fetched.contentType) !== 'html') return { ...meta, text };
    const article = page(text, url, id);
    // The feed's date and title are the publisher's own; the page's are read by heuristics.
    return {
      ...article,
      title: meta.title ?? article.title,
      publishedAt: meta.publishedAt ?? article.publishedAt,
      source: article.source ?? meta.source,
    };
  }
}

function page(html: string, url: string | undefined, id: string | undefined): ArticleInput {
  const article = pageToArticle(html, url);
  return { ...article, id };
}
