import cytoscape from './vendor/cytoscape.mjs';
import { ENTITY_TYPES, RELATION_TYPES, relationLabel } from './theme.js';

/** More nodes than this make a drawing nobody can read (and a slow layout): expansion stops there. */
export const MAX_NODES = 400;

const style = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      color: '#222',
      width: 22,
      height: 22,
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  ...Object.entries(ENTITY_TYPES).map(([type, t]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': t.color, shape: t.shape },
  })),
  {
    selector: 'node.centre',
    style: { width: 38, height: 38, 'font-size': 14, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#111' },
  },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#555' } },
  {
    selector: 'edge',
    style: { width: 2, 'curve-style': 'bezier', opacity: 0.85, 'target-arrow-shape': 'none', 'arrow-scale': 0.9 },
  },
  ...Object.entries(RELATION_TYPES).map(([type, r]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': r.color,
      'line-style': r.line,
      'target-arrow-color': r.color,
      'target-arrow-shape': r.directed ? 'triangle' : 'none',
    },
  })),
  { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: '.path', style: { width: 5, 'border-width': 4, 'border-color': '#ffbf00' } },
];

/**
 * The drawing: Cytoscape.js with a force-directed layout (CoSE). Counts and the centre are mirrored
 * on the container's data attributes (and the instance on window.explorer) so tests and scripts can
 * see what is drawn.
 */
export class Graph {
  constructor(container) {
    this.container = container;
    this.cy = cytoscape({ container, style, minZoom: 0.15, maxZoom: 3 });
  }

  clear() {
    this.cy.elements().remove();
    this.sync();
  }

  get full() {
    return this.cy.nodes().length >= MAX_NODES;
  }

  /** Draws entity `e` if it is not drawn yet, next to the node `near` (new neighbours start beside what they were expanded from). */
  node(e, near) {
    if (this.cy.getElementById(e.id).nonempty()) return;
    const from = near && this.cy.getElementById(near);
    const origin = from && from.nonempty() ? from.position() : { x: 0, y: 0 };
    const angle = Math.random() * 2 * Math.PI;
    this.cy.add({
      group: 'nodes',
      data: { id: e.id, name: e.name, type: e.type },
      position: { x: origin.x + 80 * Math.cos(angle), y: origin.y + 80 * Math.sin(angle) },
    });
  }

  /** Adds the relations (and their ends) not drawn yet; returns how many were new. Past MAX_NODES, no new entity is added. */
  add(relations, near) {
    let fresh = 0;
    for (const r of relations) {
      if (this.cy.getElementById(`r:${r.id}`).nonempty()) continue;
      const ends = [r.subject, r.object];
      if (ends.some((e) => this.cy.getElementById(e.id).empty()) && this.full) continue;
      for (const e of ends) this.node(e, near);
      this.cy.add({
        group: 'edges',
        data: {
          id: `r:${r.id}`,
          relationId: r.id,
          source: r.subject.id,
          target: r.object.id,
          type: r.type,
          label: relationLabel(r.type),
          status: r.status,
          subject: r.subject,
          object: r.object,
        },
      });
      fresh++;
    }
    return fresh;
  }

  mark(id, cls) {
    this.cy.getElementById(id).addClass(cls);
  }

  /** The drawn relations of entity `id`, as the API shapes them. */
  relationsOf(id) {
    return this.cy
      .getElementById(id)
      .connectedEdges()
      .map((edge) => {
        const d = edge.data();
        return { id: d.relationId, type: d.type, status: d.status, subject: d.subject, object: d.object };
      });
  }

  /** Runs the force-directed layout and resolves when it has settled. */
  layout() {
    this.container.dataset.layout = 'running';
    const n = this.cy.nodes().length;
    const layout = this.cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeRepulsion: () => 40000,
      idealEdgeLength: () => 110,
      nodeOverlap: 20,
      gravity: 0.5,
      numIter: n > 150 ? 400 : 1000,
      fit: true,
      padding: 40,
    });
    return new Promise((ok) => {
      layout.one('layoutstop', () => {
        // A few nodes fitted to the view would be drawn huge.
        if (this.cy.zoom() > 1.2) this.cy.zoom(1.2).center();
        this.sync();
        ok();
      });
      layout.run();
    });
  }

  highlightPath(entityIds, relationIds) {
    this.cy.elements().removeClass('path');
    for (const id of entityIds) this.cy.getElementById(id).addClass('path');
    for (const id of relationIds) this.cy.getElementById(`r:${id}`).addClass('path');
  }

  sync() {
    const d = this.container.dataset;
    d.nodes = String(this.cy.nodes().length);
    d.edges = String(this.cy.edges().length);
    d.centre = this.cy.nodes('.centre').data('name') ?? '';
    d.layout = 'done';
  }
}
