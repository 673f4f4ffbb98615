import Parser from 'rss-parser';
import { InvalidArticleError } from '../../errors';
import { toDay } from './page';

/** One entry of a feed: where its page is and, when the feed carries it, its full text. */
export interface FeedItem {
  link?: string;
  title?: string;
  publishedAt?: string;
  /** The item's full text (HTML) when the feed carries more than a summary. */
  content?: string;
  /** The feed's guid or id, for items without a link. */
  guid?: string;
}

export interface Feed {
  title?: string;
  items: FeedItem[];
}

/** A feed's text shorter than this is a summary: the item's page is fetched for the article. */
const MIN_FULL_TEXT = 200;
const textLength = (html: string) =>
  html
    .replace(/<[^<>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim().length;

type Item = Parser.Item & { 'content:encoded'?: string; id?: string; summary?: string };

/**
 * RSS 2.0 (also 0.9x and 1.0) and Atom feeds, with rss-parser. Full text is RSS `content:encoded`
 * or Atom `<content>`; `description` and `<summary>` are summaries. Relative links are resolved
 * against the feed's URL (or its own `<link>`).
 */
export async function parseFeed(xml: string, feedUrl?: string): Promise<Feed> {
  let feed: Parser.Output<Item>;
  try {
    feed = await new Parser<Record<string, never>, Item>().parseString(xml);
  } catch (err) {
    throw new InvalidArticleError(`The feed${feedUrl ? ` ${feedUrl}` : ''} cannot be read: ${(err as Error).message}`);
  }
  const atom = /<feed[\s>]/.test(xml.slice(0, 4096));
  const base = feedUrl ?? feed.link;
  const resolve = (link?: string) => {
    if (!link?.trim()) return undefined;
    try {
      return new URL(link.trim(), base).href;
    } catch {
      return undefined;
    }
  };
  return {
    title: feed.title?.trim() || undefined,
    items: feed.items.map((item) => {
      const full = item['content:encoded'] ?? (atom ? item.content : undefined);
      return {
        link: resolve(item.link),
        title: item.title?.trim() || undefined,
        publishedAt: toDay(item.isoDate ?? item.pubDate),
        content: full && textLength(full) >= MIN_FULL_TEXT ? full : undefined,
        guid: item.guid ?? item.id,
      };
    }),
  };
}
