import { InvalidArticleError } from '../errors';

/** Articles larger than this are refused rather than half-processed (news articles are ~1-50 kB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', reg: '®', trade: '™', copy: '©', yen: '¥', euro: '€',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Bytes to text: UTF-8 (with or without BOM), else the Chinese legacy encodings news sites still serve. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InvalidArticleError('The article is empty.');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InvalidArticleError(`The article is ${bytes.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes.`);
  }
  if (bytes.includes(0)) throw new InvalidArticleError('The article looks binary (it contains NUL bytes), not text.');
  for (const encoding of ['utf-8', 'gb18030', 'big5']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      // try the next encoding
    }
  }
  throw new InvalidArticleError('The article is not valid UTF-8, GB18030 or Big5 text.');
}

function stripHtml(text: string): string {
  return text
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/title)\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ');
}

// Lines that are the site's, not the story's: reprint and copyright notices, share prompts, image credits.
const BOILERPLATE = [
  /^(特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|声明[:：]|聲明[:：])/,
  /(本文转载|本文轉載|转载请注明|轉載請註明|未经授权|未經授權|版权所有|版權所有)/,
  /^(责任编辑|責任編輯|编辑[:：]|編輯[:：]|来源[:：]|來源[:：]|原标题[:：]|原標題[:：])/,
  /^(copyright|©|all rights reserved|share this|related articles|read more|sign up|subscribe)/i,
  /^(不用抽|不用搶|看更多|点击|點擊|扫码|掃碼)/,
];

/**
 * Scraped text to the article's own text: HTML and entities decoded, stray table pipes and
 * boilerplate lines removed, whitespace tidied. Throws InvalidArticleError when nothing is left.
 */
export function cleanArticle(raw: string): string {
  if (raw.includes('\u0000')) throw new InvalidArticleError('The article looks binary (it contains NUL bytes), not text.');
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/<(html|body|p|div|br|article|span|a)\b[^>]*>/i.test(text)) text = stripHtml(text);
  text = decodeEntities(text);
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 20 && replacement / text.length > 0.05) {
    throw new InvalidArticleError('The article is mis-encoded (many undecodable characters).');
  }
  const lines = text
    .split('\n')
    .map((line) => line.replace(/[\u00a0\u3000\t]/g, ' ').replace(/\s*\|+\s*$/, '').replace(/^\s*\|+\s*/, '').trim())
    .filter((line) => line.length > 0 && !/^[|\-=_*•·\s]+$/.test(line) && !BOILERPLATE.some((re) => re.test(line)));
  const cleaned = lines.join('\n').replace(/[ ]{2,}/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(cleaned)) throw new InvalidArticleError('The article has no text once markup and boilerplate are removed.');
  return cleaned;
}
