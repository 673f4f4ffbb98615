// What the checker and the scorer share with ../shared/tools/score-extraction.mjs: how names are compared, and lists.
export const norm = (s) =>
  String(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·・•\-_.,'’"“”()（）®™]/gu, '');
export const asList = (x) => (Array.isArray(x) ? x : x == null ? [] : [x]);
