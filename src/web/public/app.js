import { gql, SEARCH, ENTITY_PANEL, EVIDENCE_OF, PATH, ARTICLE } from './api.js';
import { Graph } from './graph.js';
import { Loader } from './loader.js';
import { h, button, show } from './dom.js';
import { entityLegend, relationFilter } from './legend.js';
import { entityView, evidenceView, articleView, pathView } from './panel.js';

const $ = (id) => document.getElementById(id);
const graph = new Graph($('cy'));
const panel = $('panel');
window.explorer = { graph, cy: graph.cy };

let centre = null;
let current = null; // re-renders the panel's last entity/evidence/path view (after an article, "Back")
let busy = 0;

function filters() {
  const all = [...document.querySelectorAll('input[name=types]')];
  const on = all.filter((c) => c.checked).map((c) => c.value);
  return { types: on.length === all.length ? null : on, since: $('since').value || null, until: $('until').value || null };
}

function status(text, alert = false) {
  const el = $('status');
  el.setAttribute('role', alert ? 'alert' : 'status');
  el.textContent = text;
}

/** Runs an action with the busy state shown (data-state on the graph for tests) and its error reported. */
async function run(action) {
  busy++;
  $('graph').dataset.state = 'loading';
  try {
    await action();
  } catch (err) {
    status(`${err.message}${err.code ? ` (${err.code})` : ''}`, true);
  } finally {
    if (--busy === 0) $('graph').dataset.state = 'idle';
  }
}

function drawnStatus() {
  if (centre) status(`${centre.name} at the centre: ${graph.cy.nodes().length} entities, ${graph.cy.edges().length} facts drawn.`);
}

const loader = new Loader(graph, filters, drawnStatus);

async function showEntity(id, after = null) {
  const f = filters();
  const { entity } = await gql(ENTITY_PANEL, { id, ...f, after });
  if (!entity) throw new Error('That entity is not in the graph.');
  current = () => showEntity(id, after);
  graph.cy.$(':selected').unselect();
  graph.cy.getElementById(id).select();
  show(panel, ...entityView(entity, loader.pagingText(id), graph.relationsOf(id), actions));
}

async function openEntity(id) {
  loader.reset();
  const c = await loader.expand(id);
  centre = c;
  graph.mark(c.id, 'centre');
  graph.sync();
  history.replaceState(null, '', `#entity/${encodeURIComponent(c.id)}`);
  drawnStatus();
  await showEntity(c.id);
}

async function showEvidence(r, after = null) {
  const fact = (await gql(EVIDENCE_OF, { id: r.id, after })).node;
  if (!fact) throw new Error('The evidence of this fact cannot be found any more.');
  current = () => showEvidence(r, after);
  graph.cy.$(':selected').unselect();
  graph.cy.getElementById(`r:${r.id}`).select();
  show(panel, ...evidenceView(fact, fact.evidence, actions));
}

async function showArticle(id, start, end) {
  const { article } = await gql(ARTICLE, { id });
  if (!article) throw new Error('That article is not stored any more.');
  show(panel, ...articleView(article, start, end, actions));
  const mark = $('highlight');
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}

/** What the panel's buttons do. */
const actions = {
  open: (id) => run(() => openEntity(id)),
  evidence: (r, after) => run(() => showEvidence(r, after)),
  more: (id) => run(async () => (await loader.more(id), showEntity(id))),
  timeline: (id, after) => run(() => showEntity(id, after)),
  back: () => (location.hash.startsWith('#article/') ? history.back() : current && run(current)),
};

$('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = $('q').value.trim();
  if (!q) return;
  void run(async () => {
    const hits = (await gql(SEARCH, { q })).search;
    const list = $('hits');
    list.replaceChildren(
      ...hits.slice(1).map((hit) =>
        h(
          'li',
          {},
          button(`${hit.entity.name} (${hit.entity.type})`, () => actions.open(hit.entity.id)),
        ),
      ),
    );
    $('hits-title').hidden = hits.length < 2;
    if (!hits.length) return status(`Nothing matches “${q}”.`, true);
    await openEntity(hits[0].entity.id);
  });
});

$('filters').addEventListener('submit', (ev) => {
  ev.preventDefault();
  if (centre) void run(() => openEntity(centre.id));
});

$('path').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const from = $('from').value.trim();
  const to = $('to').value.trim();
  if (!from || !to) return;
  void run(async () => {
    const { path } = await gql(PATH, { from, to, types: filters().types, max: Number($('max').value) });
    current = () => show(panel, ...pathView(from, to, path, actions));
    if (path) {
      for (const e of path.entities) graph.node(e);
      graph.add(path.relations);
      graph.highlightPath(
        path.entities.map((e) => e.id),
        path.relations.map((r) => r.id),
      );
      await graph.layout();
    }
    current();
  });
});

graph.cy.on('tap', 'node', (ev) => {
  const id = ev.target.id();
  void run(async () => {
    if (!loader.expanded(id)) await loader.expand(id);
    await showEntity(id);
  });
});
graph.cy.on('tap', 'edge', (ev) => {
  const d = ev.target.data();
  actions.evidence({ id: d.relationId, type: d.type, status: d.status, subject: d.subject, object: d.object });
});

$('fit').addEventListener('click', () => graph.cy.fit(undefined, 30));

/** #entity/<id> opens an entity (shareable links); #article/<id>/<start>/<end> shows an article with a sentence highlighted. */
function route() {
  const [kind, id, start, end] = location.hash.slice(1).split('/').map(decodeURIComponent);
  if (kind === 'article' && id) return run(() => showArticle(id, Number(start), Number(end)));
  if (kind === 'entity' && id && id !== centre?.id) return actions.open(id);
  if (current) return run(current);
}
window.addEventListener('hashchange', () => void route());

entityLegend($('entity-legend'));
relationFilter($('relation-filter'));
$('graph').dataset.state = 'idle';
void route();
