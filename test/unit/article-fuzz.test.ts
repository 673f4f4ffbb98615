import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { InvalidArticleError } from '../../src/errors';
import { cleanArticle, decodeBytes, MAX_ARTICLE_BYTES } from '../../src/extract/clean';
import { extractText } from '../../src/extract';

/**
 * Property-based probing of the article path the CLI and the mutation share (bytes → text → clean
 * → extract): any input is either extracted or refused with InvalidArticleError, never another
 * error, and extraction time stays bounded. The worst time per article is reported.
 */
const SEED = 20261128;
const SEEDS = join(__dirname, '../../seeds/articles');
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

let worst = { ms: 0, what: '' };

/** Runs the whole path; returns 'extracted' or 'refused' and records the time. */
function ingestPath(bytes: Uint8Array, what: string): 'extracted' | 'refused' {
  const started = performance.now();
  try {
    const x = extractText(cleanArticle(decodeBytes(bytes)));
    expect(Array.isArray(x.entities) && Array.isArray(x.relations) && Array.isArray(x.chipPrograms)).toBe(true);
    return 'extracted';
  } catch (err) {
    if (err instanceof InvalidArticleError) return 'refused';
    throw err;
  } finally {
    const ms = performance.now() - started;
    if (ms > worst.ms) worst = { ms, what };
  }
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** Pieces news text is made of, and pieces that stress the patterns. */
const piece = fc.oneof(
  fc.constantFrom(...seedTexts.flatMap((t) => t.split(/(?<=[。！？.!?])/u).slice(0, 30))),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '|||\n',
    '&amp;&#x4e2d;&#99999999;&bogus;',
    '<p>',
    '</div>',
    '<script>x</script>',
    '\u3000',
    '\r\n',
    '\ufeff',
    '·'.repeat(500),
    '，'.repeat(2000),
  ),
  fc
    .tuple(fc.constantFrom('.', '。', '!', '—', '-', ',', '、', '(', '（', '"', "'", ' '), fc.integer({ min: 100, max: 5000 }))
    .map(([c, n]) => c.repeat(n)),
);
const encodings = fc.constantFrom('utf8', 'gb18030', 'big5', 'utf16le', 'latin1');

describe('when the article path is given arbitrary input', () => {
  afterAll(() => console.log(`article fuzz: worst time for one article ${worst.ms.toFixed(0)} ms (${worst.what})`));

  it('then random bytes are extracted or refused with INVALID_ARTICLE, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        ingestPath(bytes, 'random bytes');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('then news-like text in any encoding, mixed with markup, odd characters and punctuation runs, is extracted or refused', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), encodings, fc.boolean(), (pieces, encoding, mix) => {
        const text = pieces.join(mix ? '\n' : '');
        // Mixed encodings: half of the text in one, the rest in another.
        const bytes = mix
          ? Buffer.concat([iconv.encode(text.slice(0, text.length / 2), encoding), utf8(text.slice(text.length / 2))])
          : iconv.encode(text, encoding);
        ingestPath(bytes, `news-like text, ${encoding}${mix ? ' mixed with utf-8' : ''}`);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('then empty, blank and markup-only input is refused', () => {
    for (const s of ['', ' ', '\n\n', '\ufeff', '<html><body><script>x()</script></body></html>', '| | |\n---', '\u0000abc']) {
      expect({ s, r: ingestPath(utf8(s), 'blank') }).toEqual({ s, r: 'refused' });
    }
  });

  it('then 100,000 characters with no sentence end, and long runs of punctuation, are extracted in bounded time', () => {
    for (const [what, s] of [
      ['no sentence end (Latin)', 'Alpha Chips and Beta Cloud work together on accelerators and '.repeat(1700).slice(0, 100_000)],
      ['no sentence end (Chinese)', '微软与英伟达合作开发人工智能芯片并且'.repeat(6000).slice(0, 100_000)],
      ['punctuation runs', `${'.'.repeat(50_000)}Alpha Chips acquired Beta Labs.${'!?'.repeat(25_000)}`],
      ['nested brackets', `${'('.repeat(30_000)}Alpha Chips${')'.repeat(30_000)}`],
    ] as const) {
      expect({ what, r: ingestPath(utf8(s), what) }).toEqual({ what, r: 'extracted' });
    }
  });

  it('then an article of exactly the byte limit is extracted and one byte more is refused', () => {
    const text = seedTexts.join('\n');
    let body = text.repeat(Math.ceil(MAX_ARTICLE_BYTES / Buffer.byteLength(text)));
    const atLimit = Buffer.from(body, 'utf8').subarray(0, MAX_ARTICLE_BYTES);
    // Cut on a character boundary: drop a trailing partial UTF-8 sequence, then pad with spaces.
    let end = atLimit.length;
    while (end > 0 && (atLimit[end - 1]! & 0xc0) === 0x80) end--;
    if (end > 0 && atLimit[end - 1]! >= 0xc0) end--;
    body = atLimit.subarray(0, end).toString('utf8') + ' '.repeat(MAX_ARTICLE_BYTES - end);
    expect(Buffer.byteLength(body)).toBe(MAX_ARTICLE_BYTES);
    expect(ingestPath(utf8(body), '2 MB of news text (the limit)')).toBe('extracted');
    expect(ingestPath(utf8(`${body} `), 'one byte over the limit')).toBe('refused');
  }, 120_000);
});
