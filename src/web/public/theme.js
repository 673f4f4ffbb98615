// How entity and relation types look: colour and shape, shared by the graph and its legend.
// Colours are the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies),
// and every type also differs by shape or line style, so colour is never the only cue.

export const ENTITY_TYPES = {
  Organization: { color: '#0072B2', shape: 'round-rectangle' },
  Person: { color: '#E69F00', shape: 'ellipse' },
  Chip: { color: '#009E73', shape: 'diamond' },
  Product: { color: '#CC79A7', shape: 'hexagon' },
  Place: { color: '#56B4E9', shape: 'triangle' },
  Event: { color: '#D55E00', shape: 'star' },
};

/** Relation types; `directed: false` for the symmetric ones (no arrow). */
export const RELATION_TYPES = {
  PARTNERS_WITH: { color: '#009E73', line: 'solid', directed: false, label: 'partners with' },
  COMPETES_WITH: { color: '#D55E00', line: 'dashed', directed: false, label: 'competes with' },
  ACQUIRES: { color: '#CC79A7', line: 'solid', directed: true, label: 'acquires' },
  INVESTS_IN: { color: '#E69F00', line: 'solid', directed: true, label: 'invests in' },
  DEVELOPS: { color: '#56B4E9', line: 'solid', directed: true, label: 'develops' },
  MANUFACTURES: { color: '#8C6D31', line: 'dotted', directed: true, label: 'manufactures' },
  SUPPLIES: { color: '#0072B2', line: 'solid', directed: true, label: 'supplies' },
  USES: { color: '#777777', line: 'dotted', directed: true, label: 'uses' },
  WORKS_FOR: { color: '#B8A000', line: 'dashed', directed: true, label: 'works for' },
  SUBSIDIARY_OF: { color: '#333333', line: 'dashed', directed: true, label: 'subsidiary of' },
};

export const relationLabel = (type) => RELATION_TYPES[type]?.label ?? type;
