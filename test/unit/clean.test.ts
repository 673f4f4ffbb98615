import { cleanArticle, decodeBytes, MAX_ARTICLE_BYTES } from '../../src/extract/clean';
import { InvalidArticleError } from '../../src/errors';
import { prepareArticle } from '../../src/ingest/article';

describe('cleaning scraped text', () => {
  it('when the text has stray pipes, entities and a reprint notice, then only the story is left', () => {
    const raw = '|\n|\n标题 |\n|\n正文&amp;内容&#x4E00;&quot;句&quot;。\n特别声明:本文转载仅仅是出于传播信息的需要。';
    expect(cleanArticle(raw)).toBe('标题\n正文&内容一"句"。');
  });

  it('when a line links to another story (延伸閱讀：, Related:), then it is dropped, and a line that only mentions one stays', () => {
    expect(cleanArticle('正文一句。\n延伸閱讀：另一則新聞標題\n相关新闻: 又一条\nRelated: Another story\n延伸阅读的内容很多。')).toBe(
      '正文一句。\n延伸阅读的内容很多。',
    );
  });

  it('when links to other stories come as "Related reading:", 【延伸閱讀】 or a heading over a list, then they are dropped, and the story after them stays', () => {
    const raw = [
      'Chipmaker A said it would buy B.',
      'Related reading: C adds D as backer | Why E matters',
      '【延伸閱讀】F晶片規格曝光',
      '延伸閱讀：',
      '‧G與H合作 拚通過認證',
      '• I發表新品',
      'Related stories:',
      '- J buys K',
      'The deal closes next year.',
      '- a dash line in the story itself stays',
    ].join('\n');
    expect(cleanArticle(raw)).toBe('Chipmaker A said it would buy B.\nThe deal closes next year.\n- a dash line in the story itself stays');
  });

  it('when a heading alone on its line (延伸閱讀, 相关阅读：) tops a list of headlines, then the headlines go and the story after them stays', () => {
    const raw = [
      '正文一句。',
      '延伸閱讀',
      '｜甲公司獲乙公司大單 代工翻身有望？',
      '| 丙公司新晶片全面上車',
      '相关阅读：',
      '丁公司与戊公司联合开发新芯片',
      '后文仍是报道的一句。',
      '报道里没有句号的一行',
    ].join('\n');
    expect(cleanArticle(raw)).toBe('正文一句。\n后文仍是报道的一句。\n报道里没有句号的一行');
  });

  it('when the text is HTML, then tags, scripts and styles are removed', () => {
    const out = cleanArticle(
      '<html><head><style>p{}</style><script>var x=1</script></head><body><p>Nvidia &amp; AMD</p><p>Second</p></body></html>',
    );
    expect(out).toBe('Nvidia & AMD\nSecond');
  });

  it.each([
    ['empty', ''],
    ['only pipes and spaces', ' | \n |'],
    ['binary', 'abc\u0000def'],
  ])('when the text is %s, then it is refused with a reason', (_, raw) => {
    expect(() => cleanArticle(raw)).toThrow(InvalidArticleError);
  });

  it('when the bytes are GB18030 or Big5, then they are decoded', () => {
    const gb = Buffer.from([0xce, 0xa2, 0xc8, 0xed]); // 微软 in GBK
    expect(decodeBytes(gb)).toBe('微软');
    const big5 = Buffer.from([0xb7, 0x4c, 0xb3, 0x6e]); // 微軟 in Big5
    expect(decodeBytes(big5)).toBe('微軟');
  });

  it('when the file is too large, empty or binary, then decoding refuses it', () => {
    expect(() => decodeBytes(Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61))).toThrow(/limit/);
    expect(() => decodeBytes(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toThrow(/binary/);
  });

  it('when a 10 MB article is submitted, then it is refused before extraction', () => {
    expect(() => prepareArticle({ text: '芯片'.repeat((10 * 1024 * 1024) / 6) + 'x'.repeat(4 * 1024 * 1024) })).toThrow(
      InvalidArticleError,
    );
  });
});
