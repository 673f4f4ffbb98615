import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { InvalidArticleError } from '../../errors';
import { decodeBytes } from '../../extract/clean';
import type { ArticleInput } from '../article';

/** Below this many characters of text, Readability found a teaser or a menu, not an article. */
const MIN_ARTICLE_CHARS = 80;

/**
 * Fetched or read bytes as text: in the charset the Content-Type declares, else the one the
 * document declares (`<meta charset>`, `<?xml encoding?>`), else UTF-8, GB18030 or Big5 as
 * decodeBytes guesses. Bytes that are not valid in a declared charset fall back to the guess.
 */
export function decodeDocument(body: Buffer, contentType = ''): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const declared =
    /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared, { fatal: true }).decode(body).replace(/^\uFEFF/, '');
    } catch {
      // An unknown label or bytes that do not fit it: guess instead.
    }
  }
  return decodeBytes(body).replace(/^\uFEFF/, '');
}

/** What a document is, from its media type and its first tag. */
export function documentKind(text: string, contentType = ''): 'feed' | 'html' | 'text' {
  const start = text
    .slice(0, 4096)
    .replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart();
  if (/^<(rss|feed|rdf:RDF)[\s>]/i.test(start) || /(rss|atom)\+xml/i.test(contentType)) return 'feed';
  if (/^<html[\s>]/i.test(start) || /html/i.test(contentType) || /^<!doctype html/i.test(text.trimStart())) return 'html';
  return 'text';
}

/** YYYY-MM-DD of a date in any form Date understands; undefined when it is not one. */
export function toDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return value.trim().slice(0, 10);
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** The little of the DOM read here (this Node project does not load TypeScript's DOM types). */
interface Dom {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  title: string;
}

const meta = (doc: Dom, selectors: string[]) => {
  for (const s of selectors) {
    const el = doc.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v?.trim()) return v.trim();
  }
  return undefined;
};

/**
 * The article of a web page, with Mozilla's Readability (Firefox Reader View) on a jsdom DOM
 * (no scripts run, nothing is loaded):
 * navigation, ads, scripts and comments go, the story's paragraphs stay (as HTML, which cleanArticle
 * turns into lines). Title, publication date, publisher and canonical URL are kept as metadata.
 */
export function pageToArticle(html: string, pageUrl?: string): Omit<ArticleInput, 'id'> {
  const dom = new JSDOM(html, { url: pageUrl, virtualConsole: new VirtualConsole() });
  try {
    return readPage(dom.window.document as Dom, pageUrl);
  } finally {
    dom.window.close();
  }
}

function readPage(doc: Dom, pageUrl: string | undefined): Omit<ArticleInput, 'id'> {
  // Read before Readability, which rewrites the document.
  const canonical = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const published = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'time[datetime]',
  ]);
  const headline = pickTitle(doc);
  const parsed = new Readability(doc).parse();
  const body = parsed?.content ?? '';
  if ((parsed?.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) {
    throw new InvalidArticleError(`No article text was found in the page${pageUrl ? ` ${pageUrl}` : ''}.`);
  }
  const title = headline ?? (parsed?.title?.trim() || undefined);
  let url = pageUrl;
  try {
    if (!url && canonical) url = new URL(canonical).href;
  } catch {
    // A relative or broken canonical link without a page URL to resolve it against: no URL.
  }
  // Line breaks inside HTML are spaces (a wrapped line in the source is not a new sentence); the
  // paragraph and heading ends become lines when cleanArticle reads the markup.
  const html = body.replace(/\s+/g, ' ');
  return {
    // The headline is part of what the article says (extraction reads it too).
    text: title && !(parsed?.textContent ?? '').trimStart().startsWith(title) ? `<h1>${escapeHtml(title)}</h1>${html}` : html,
    title: title?.slice(0, 500),
    publishedAt: toDay(parsed?.publishedTime) ?? toDay(published),
    source: parsed?.siteName?.trim().slice(0, 500) || (url ? new URL(url).hostname : undefined),
    url,
  };
}

/**
 * The headline without the site's name: og:title, else the page's <h1> when the document title
 * starts with it ("Headline - Site"). Readability's own guess splits titles on separators only when
 * enough space-separated words remain, which Chinese titles never have.
 */
function pickTitle(doc: Dom): string | undefined {
  const og = meta(doc, ['meta[property="og:title"]']);
  if (og) return og;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return h1 && doc.title.trim().startsWith(h1) ? h1 : undefined;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
