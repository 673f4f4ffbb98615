import { h, button } from './dom.js';
import { ENTITY_TYPES, relationLabel } from './theme.js';

// The side panel's views. Each takes the data to show and `act`, the app's actions
// (open, evidence, article, ...), and returns DOM; every action is a real button or link.

const typeBadge = (type) => h('span', { class: 'badge', style: `--c:${ENTITY_TYPES[type]?.color ?? '#888'}` }, type);

const entityButton = (e, act) => button(e.name, () => act.open(e.id), { class: 'link', title: `Open ${e.name}` });

/** "A partners with B" with both ends as buttons and the fact's evidence behind the verb. */
export function factLine(r, act) {
  return h(
    'span',
    { class: 'fact' },
    entityButton(r.subject, act),
    ' ',
    button(relationLabel(r.type) + (r.status ? ` (${r.status})` : ''), () => act.evidence(r), {
      class: `verb t-${r.type}`,
      title: 'Show the evidence',
    }),
    ' ',
    entityButton(r.object, act),
  );
}

export function entityView(e, paging, inGraph, act) {
  const p = e.chipProgram;
  const t = e.timeline;
  return [
    h('h2', {}, e.name, ' ', typeBadge(e.type)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Mentioned in'),
      h('dd', {}, `${e.mentionCount} article${e.mentionCount === 1 ? '' : 's'}`),
      h('dt', {}, 'Also written'),
      h('dd', {}, e.aliases.length ? e.aliases.join(' · ') : '—'),
      h('dt', {}, 'Chip program'),
      h(
        'dd',
        {},
        p
          ? [
              `${p.status}${p.since ? ` since ${p.since}` : ''}`,
              p.chips.length ? h('div', {}, 'Chips: ', ...p.chips.flatMap((c, i) => [i ? ', ' : '', entityButton(c, act)])) : null,
              p.partners.length ? h('div', {}, 'Partners: ', ...p.partners.flatMap((c, i) => [i ? ', ' : '', entityButton(c, act)])) : null,
            ]
          : '—',
      ),
    ),
    h('p', { class: 'paging' }, paging.text, ' ', paging.more ? button(paging.more, () => act.more(e.id)) : null),
    h('h3', {}, `Timeline (${t.totalCount})`),
    t.edges.length
      ? h(
          'ol',
          { class: 'timeline' },
          t.edges.map(({ node }) => h('li', {}, h('time', {}, node.date ?? 'undated'), ' ', factLine(node.relation, act))),
        )
      : h('p', {}, 'Nothing reported in this window.'),
    t.pageInfo.hasNextPage ? button('Later entries', () => act.timeline(e.id, t.pageInfo.endCursor)) : null,
    h('h3', {}, `In the graph (${inGraph.length})`),
    h(
      'ul',
      { class: 'relations' },
      inGraph.slice(0, 60).map((r) => h('li', {}, factLine(r, act))),
    ),
    inGraph.length > 60 ? h('p', {}, `… and ${inGraph.length - 60} more (click the edges).`) : null,
  ];
}

/** The article text with [start, end) highlighted, for the link of a piece of evidence. */
export function articleView(a, start, end, act) {
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= a.text.length && start < end;
  const mark = ok ? h('mark', { id: 'highlight', tabindex: '-1' }, a.text.slice(start, end)) : null;
  return [
    button('← Back', () => act.back(), { class: 'back' }),
    h('h2', {}, a.title),
    h(
      'p',
      { class: 'meta' },
      [a.publishedAt ?? 'undated', a.source, a.language].filter(Boolean).join(' · '),
      ' ',
      a.url ? h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null,
    ),
    h('div', { class: 'article-text' }, ok ? [a.text.slice(0, start), mark, a.text.slice(end)] : a.text),
  ];
}

export function evidenceView(r, evidence, act) {
  return [
    h('h2', {}, 'Evidence'),
    h('p', { class: 'fact-head' }, factLine(r, act)),
    h(
      'p',
      {},
      `${evidence.totalCount} sentence${evidence.totalCount === 1 ? '' : 's'} state it; confidence ${Math.round((r.confidence ?? 0) * 100)}%.`,
    ),
    h(
      'ol',
      { class: 'evidence' },
      evidence.edges.map(({ node: ev }) =>
        h(
          'li',
          {},
          h('blockquote', {}, ev.quote),
          h(
            'p',
            { class: 'meta' },
            h(
              'a',
              { href: `#article/${encodeURIComponent(ev.article.id)}/${ev.start}/${ev.end}`, class: 'article-link' },
              ev.article.title,
            ),
            ' · ',
            ev.article.publishedAt ?? 'undated',
            ev.article.source ? ` · ${ev.article.source}` : '',
          ),
        ),
      ),
    ),
    evidence.pageInfo.hasNextPage ? button('More evidence', () => act.evidence(r, evidence.pageInfo.endCursor)) : null,
  ];
}

export function pathView(from, to, path, act) {
  if (!path) return [h('h2', {}, 'Path'), h('p', {}, `No chain of facts links ${from} and ${to} within that length.`)];
  return [
    h('h2', {}, `Path: ${path.length} fact${path.length === 1 ? '' : 's'}`),
    h(
      'ol',
      { class: 'relations' },
      path.relations.map((r) => h('li', {}, factLine(r, act))),
    ),
  ];
}
