import { InvalidArticleError } from '../errors';
import { toSimplified } from './normalize';

/** Articles larger than this are refused rather than half-processed (news articles are ~1-50 kB). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  reg: '®',
  trade: '™',
  copy: '©',
  yen: '¥',
  euro: '€',
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
  const tryDecode = (encoding: string) => {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const utf8 = tryDecode('utf-8');
  if (utf8 !== undefined) return utf8;
  // GB18030 and Big5 accept many of each other's byte pairs: keep the reading made of common characters.
  const candidates = [tryDecode('gb18030'), tryDecode('big5')].filter((t): t is string => t !== undefined);
  if (!candidates.length) throw new InvalidArticleError('The article is not valid UTF-8, GB18030 or Big5 text.');
  return candidates.sort((a, b) => commonShare(b) - commonShare(a))[0]!;
}

// The most frequent Chinese characters (Simplified); a correct decoding is mostly made of them.
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞软微芯片购',
);
function commonShare(text: string): number {
  const han = toSimplified(text).match(/[\u3400-\u9fff]/g) ?? [];
  return han.length ? han.filter((c) => COMMON.has(c)).length / han.length : 0;
}

// Every pattern here is linear in the page's length: a tag holds no '<', and a block whose end is
// missing is looked for once, not again from each later opening (a page of unclosed openings would
// otherwise cost the square of its length).
const BLOCK_OPEN = /<(script|style|noscript|template|!--)/gi;
const BLOCK_CLOSE: Record<string, RegExp> = {
  '!--': /-->/g,
  script: /<\/script\s*>/gi,
  style: /<\/style\s*>/gi,
  noscript: /<\/noscript\s*>/gi,
  template: /<\/template\s*>/gi,
};

/** Script, style, noscript and template elements and comments, each replaced by a space. */
function dropBlocks(text: string): string {
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  BLOCK_OPEN.lastIndex = 0;
  for (let m = BLOCK_OPEN.exec(text); m; m = BLOCK_OPEN.exec(text)) {
    const kind = m[1]!.toLowerCase();
    // An element's name ends there (<scripts> is no script), as \b said before.
    if (kind !== '!--' && /\w/.test(text[m.index + m[0].length] ?? '')) continue;
    if (unclosed.has(kind)) continue;
    const close = BLOCK_CLOSE[kind]!;
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(text);
    if (!end) {
      unclosed.add(kind);
      continue;
    }
    out += text.slice(from, m.index) + ' ';
    from = end.index + end[0].length;
    BLOCK_OPEN.lastIndex = from;
  }
  return out + text.slice(from);
}

function stripHtml(text: string): string {
  return dropBlocks(text)
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/title)\s*\/?>/gi, '\n')
    .replace(/<[^<>]+>/g, ' ');
}

/** A line without the stray table pipes at either end (`a | |` keeps one, as it always did), trimmed. */
function trimPipes(line: string): string {
  let s = line.trimEnd();
  if (s.endsWith('|')) {
    let k = s.length;
    while (k > 0 && s[k - 1] === '|') k--;
    s = s.slice(0, k);
  }
  s = s.trim();
  if (s.startsWith('|')) {
    let k = 0;
    while (k < s.length && s[k] === '|') k++;
    s = s.slice(k);
  }
  return s.trim();
}

// Links to other stories: 延伸閱讀：三星HBM4送樣輝達, 【延伸閱讀】…, "Related: …", "Related reading: …", "Also read: …".
const LINK_HEADING =
  /^[【[]?(延伸阅读|延伸閱讀|相关新闻|相關新聞|相关阅读|相關閱讀|推荐阅读|推薦閱讀|更多新闻|更多新聞|related(?: (?:reading|stories|coverage|news|content|links))?|also read|see also|read also)\s*(?:[:：]|[】\]]|$)/i;

// Lines that are the site's, not the story's: reprint and copyright notices, share prompts, image credits.
const BOILERPLATE = [
  /^(特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|声明[:：]|聲明[:：])/,
  /(本文转载|本文轉載|转载请注明|轉載請註明|未经授权|未經授權|版权所有|版權所有)/,
  /^(责任编辑|責任編輯|编辑[:：]|編輯[:：]|来源[:：]|來源[:：]|原标题[:：]|原標題[:：])/,
  /^(copyright|©|all rights reserved|share this|related articles|read more|sign up|subscribe)/i,
  /^(不用抽|不用搶|看更多|点击|點擊|扫码|掃碼)/,
  LINK_HEADING,
];

// A list of links under a heading of its own line: 延伸閱讀： then ‧ or • items, or the other stories' headlines
// one a line (after a pipe or none), which end in no full stop.
const LINK_ITEM = /^[‧•·▪►▶\-*｜]\s*\S/;
// (A line that ends a sentence, a quote after its full stop too, is the story's: 「…革命。」, …最大客户！)
const HEADLINE = (line: string) => line.length <= 80 && !/[。.!！;；][」』”"’）)]*$|[」』”"]$/.test(line);

/**
 * Scraped text to the article's own text: HTML and entities decoded, stray table pipes and
 * boilerplate lines removed, whitespace tidied. Throws InvalidArticleError when nothing is left.
 */
export function cleanArticle(raw: string): string {
  if (raw.includes('\u0000')) throw new InvalidArticleError('The article looks binary (it contains NUL bytes), not text.');
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/<(html|body|p|div|br|article|span|a)\b[^<>]*>/i.test(text)) text = stripHtml(text);
  text = decodeEntities(text);
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  if (replacement > 20 && replacement / text.length > 0.05) {
    throw new InvalidArticleError('The article is mis-encoded (many undecodable characters).');
  }
  let underLinkHeading = false;
  // (Headlines with no mark before them are the list's only up to its first blank line.)
  let listBroken = false;
  const lines = text
    .split('\n')
    .map((line) => trimPipes(line.replace(/[\u00a0\u3000\t]/g, ' ')))
    .filter((line) => {
      if (line.length === 0 || /^[|\-=_*•·\s]+$/.test(line)) {
        if (line.trim().length === 0) listBroken = true;
        return false;
      }
      if (underLinkHeading && (LINK_ITEM.test(line) || (!listBroken && HEADLINE(line)))) return false;
      underLinkHeading = LINK_HEADING.test(line) && line.replace(LINK_HEADING, '').trim().length === 0;
      listBroken = false;
      return !BOILERPLATE.some((re) => re.test(line));
    });
  const cleaned = lines.join('\n').replace(/[ ]{2,}/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(cleaned)) throw new InvalidArticleError('The article has no text once markup and boilerplate are removed.');
  return cleaned;
}
