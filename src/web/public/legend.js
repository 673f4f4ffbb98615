import { h } from './dom.js';
import { ENTITY_TYPES, RELATION_TYPES } from './theme.js';

const SVG = 'http://www.w3.org/2000/svg';
const svg = (tag, attrs) => {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
};

// Small pictures of the graph's node shapes (Cytoscape's names) for the legend.
const SHAPES = {
  'round-rectangle': () => svg('rect', { x: 2, y: 4, width: 14, height: 10, rx: 3 }),
  ellipse: () => svg('circle', { cx: 9, cy: 9, r: 6 }),
  diamond: () => svg('polygon', { points: '9,2 16,9 9,16 2,9' }),
  hexagon: () => svg('polygon', { points: '5,3 13,3 17,9 13,15 5,15 1,9' }),
  triangle: () => svg('polygon', { points: '9,2 16,15 2,15' }),
  star: () => svg('polygon', { points: '9,1 11,7 17,7 12,11 14,17 9,13 4,17 6,11 1,7 7,7' }),
};

function swatch(child, attrs) {
  const el = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
  for (const [k, v] of Object.entries(attrs)) child.setAttribute(k, v);
  el.append(child);
  return el;
}

/** The entity legend: colour and shape per type. */
export function entityLegend(el) {
  el.replaceChildren(
    ...Object.entries(ENTITY_TYPES).map(([type, t]) => h('li', {}, swatch(SHAPES[t.shape](), { fill: t.color }), ' ', type)),
  );
}

/** The relation legend, which is also the relation-type filter: one checkbox per type with its line. */
export function relationFilter(el) {
  const dash = { solid: '', dashed: '5 3', dotted: '1.5 3' };
  el.replaceChildren(
    ...Object.entries(RELATION_TYPES).map(([type, r]) =>
      h(
        'li',
        {},
        h(
          'label',
          {},
          h('input', { type: 'checkbox', name: 'types', value: type, checked: true }),
          ' ',
          swatch(svg('line', { x1: 1, y1: 9, x2: 17, y2: 9 }), { stroke: r.color, 'stroke-width': 3, 'stroke-dasharray': dash[r.line] }),
          ' ',
          r.label,
        ),
      ),
    ),
  );
}
