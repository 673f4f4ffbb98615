import { hasChinese } from '../lang';
import { allMatches } from '../regex';
import type { DiscoverySentence, Registry } from './registry';

/**
 * Events named by their kind: a company's day or conference (Autonomy & AI Day, OCP Global Summit, 小鹏科技日,
 * OPPO未来科技大会, 骁龙技术峰会). A Chinese event is named after a brand the article or the lexicon knows, or a Latin name.
 */
const EN_EVENT =
  /\b((?:[A-Z][\w&.'’-]*|&)(?:\s+(?:[A-Z][\w&.'’-]*|&|of|for)){0,5})\s+(?:Day|Summit|Forum|Conference|Expo|Congress|Symposium)(?:\s+20\d\d)?\b/g;
const EN_KIND = /\b(?:Day|Summit|Forum|Conference|Expo|Congress|Symposium)\b/;
// Words that open a sentence or a phrase before an event's name without being part of it.
const EN_LEAD =
  /^(?:(?:The|At|In|On|During|Before|After|This|Last|Next|Its|Their|Our|His|Her|A|An|Annual|Inaugural|First|Second|Third|Year's)\s+)+/;
const ZH_EVENT =
  /(?:创新科技日|科技日|技术日|开发者大会|未来科技大会|科技大会|技术大会|高峰会|峰会|技术论坛|投资论坛|论坛|博览会|车展|电脑展)/g;

export function eventNames(s: DiscoverySentence, reg: Registry): void {
  const { text, simp } = s;
  if (hasChinese(simp)) {
    for (const m of allMatches(ZH_EVENT, simp)) {
      const from = Math.max(0, m.index - 12);
      const stem = simp.slice(from, m.index);
      // (The name starts at the brand it is named after, the one nearest the kind: 在2021年OPPO未来科技大会上 is
      // OPPO未来科技大会, 高通在骁龙技术峰会 is 骁龙技术峰会.)
      let start = -1;
      for (let i = stem.length - 2; i >= 0 && start < 0; i--)
        for (let j = Math.min(stem.length, i + 8); j >= i + 2; j--) {
          const t = reg.typeOf(stem.slice(i, j));
          if (t === 'Organization' || t === 'Product' || t === 'Chip') {
            start = from + i;
            break;
          }
        }
      const latin = /[A-Za-z][A-Za-z0-9&]*(?:\s+[A-Za-z0-9&]+)*[\u4e00-\u9fff]{0,6}$/.exec(stem);
      if (start < 0 && latin) start = from + latin.index;
      // (No punctuation or clause between the brand and the kind: 小鹏发布会上，…峰会 names no event.)
      // (A space between two Latin words is part of a name: NIO IN科技日.)
      const between = simp
        .slice(start, m.index)
        .trim()
        .replace(/(?<=[A-Za-z0-9])\s+(?=[A-Za-z0-9])/g, '');
      // (辉达执行长黄仁勋亲自出席论坛: a title or a verb of attending between the brand and the kind names no event.)
      if (
        start < 0 ||
        /[，,。；：:、“”"《》（）()\s在于的和与及]|出席|参加|参与|举办|举行|召开|执行长|董事长|总裁|首席|创办人|创始人/.test(between)
      )
        continue;
      const name = text.slice(start, m.index + m[0].length);
      if (!reg.known(name)) reg.add(name, 'Event', [name]);
    }
    return;
  }
  // (Most sentences name no event: the kind word is looked for before the names that would lead into it.)
  if (!EN_KIND.test(simp)) return;
  for (const m of allMatches(EN_EVENT, simp)) {
    const lead = EN_LEAD.exec(m[0])?.[0].length ?? 0;
    const name = text.substr(m.index + lead, m[0].length - lead);
    if (!/^[A-Z]/.test(name) || reg.known(name)) continue;
    reg.add(name, 'Event', [name]);
  }
}
