import { gql, AROUND, MORE } from './api.js';
import { MAX_NODES } from './graph.js';

/** Facts fetched per page; with a date window, `neighbourhood(first:)` is the only bound, at most 200. */
const PAGE = 50;
const WINDOW_CAP = 200;

/**
 * Loads entities' facts into the drawing a page at a time, so a hub with thousands of facts costs
 * one page: the first page is the neighbourhood (with the filters); the next ones follow the facts
 * connection's cursor, or, with a date window (which only `neighbourhood` takes), a larger
 * neighbourhood up to its cap.
 */
export class Loader {
  constructor(graph, filters, onDrawn) {
    this.graph = graph;
    this.filters = filters;
    this.onDrawn = onDrawn;
    /** Per expanded entity: how far its facts are loaded. */
    this.paging = new Map();
  }

  reset() {
    this.graph.clear();
    this.paging.clear();
  }

  expanded(id) {
    return this.paging.has(id);
  }

  async expand(id) {
    const f = this.filters();
    const windowed = Boolean(f.since || f.until);
    const data = await gql(AROUND, { ref: id, id, ...f, first: PAGE, paged: !windowed });
    const n = data.neighbourhood;
    if (!n) throw new Error('That entity is not in the graph.');
    this.graph.node(n.center);
    this.graph.add(n.relations, n.center.id);
    const rel = data.entity?.relations;
    const shown = n.relations.length;
    this.paging.set(
      n.center.id,
      windowed
        ? { windowed, first: PAGE, shown, hasNext: shown >= PAGE }
        : { total: rel.totalCount, cursor: rel.pageInfo.endCursor, hasNext: rel.pageInfo.hasNextPage, shown },
    );
    this.graph.mark(n.center.id, 'expanded');
    await this.graph.layout();
    this.onDrawn();
    return n.center;
  }

  async more(id) {
    const p = this.paging.get(id);
    if (!p) return this.expand(id);
    const f = this.filters();
    if (p.windowed) {
      p.first = Math.min(p.first + PAGE, WINDOW_CAP);
      const n = (await gql(AROUND, { ref: id, id, ...f, first: p.first, paged: false })).neighbourhood;
      this.graph.add(n.relations, id);
      Object.assign(p, { shown: n.relations.length, hasNext: n.relations.length >= p.first && p.first < WINDOW_CAP });
    } else {
      const rel = (await gql(MORE, { id, types: f.types, first: PAGE, after: p.cursor })).entity.relations;
      this.graph.add(
        rel.edges.map((e) => e.node),
        id,
      );
      Object.assign(p, {
        cursor: rel.pageInfo.endCursor,
        hasNext: rel.pageInfo.hasNextPage,
        shown: p.shown + rel.edges.length,
        total: rel.totalCount,
      });
    }
    await this.graph.layout();
    this.onDrawn();
  }

  /** What the panel says about an entity's facts, and the label of its "more" button (null when there is no more). */
  pagingText(id) {
    const p = this.paging.get(id);
    if (!p) return { text: 'Not expanded yet.', more: 'Expand' };
    const full = this.graph.full;
    const more = p.hasNext && !full ? `Load ${PAGE} more` : null;
    const note = full ? ` The drawing holds ${MAX_NODES} entities; open one as the centre to see more.` : '';
    if (p.windowed) return { text: `${p.shown} facts in the date window (at most ${WINDOW_CAP}).${note}`, more };
    return { text: `${p.shown} of ${p.total} facts shown.${note}`, more };
  }
}
