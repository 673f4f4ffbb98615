import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readSeedArticles } from '../../src/ingest/service';
import { loadLexicon } from '../../src/extract/lexicon';
import { ArticleWriter } from '../../src/repo/writer';
import { handArticle, type HandFact } from '../fixtures';
import { startTestApp, type TestApp } from '../helpers';
import { launchChromium } from '../browser';

const OUTPUT = join(__dirname, '../output');
let app: TestApp;
let origin: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const problems: string[] = [];

// A hub with 180 partners over three years, to see the explorer cap and page it.
const partners = (from: number): HandFact[] =>
  Array.from({ length: 60 }, (_, i) => ['Hub Corp', 'PARTNERS_WITH', `Vendor ${String(from + i).padStart(3, '0')}`]);

beforeAll(async () => {
  app = await startTestApp();
  origin = new URL(app.url).origin;
  await app.clear();
  for (const a of readSeedArticles('seeds/articles')) await app.deps.ingest.ingest(a);
  const writer = new ArticleWriter(app.db.driver, loadLexicon(), app.db.database);
  for (const [i, year] of [2023, 2024, 2025].entries())
    await writer.write(handArticle(`hub-${year}`, `${year}-06-01`, partners(i * 60 + 1)));
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => void (m.type() === 'error' && problems.push(`console error: ${m.text()}`)));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const drawn = async () => {
  const cy = page.locator('#cy');
  return {
    nodes: Number(await cy.getAttribute('data-nodes')),
    edges: Number(await cy.getAttribute('data-edges')),
    centre: await cy.getAttribute('data-centre'),
  };
};
/** Polls from here: page.waitForFunction evaluates strings in the page, which the explorer's CSP (no eval) refuses. */
async function until(check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  for (const end = Date.now() + ms; !(await check());) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
const idle = () => page.waitForSelector('#graph[data-state="idle"]');
/**
 * Where a node (or points on an edge between two names) is on the screen: Cytoscape draws on a
 * canvas, its instance is window.explorer.cy. For two names, points along every edge between them
 * (each relation is an edge, drawn as parallel curves), inside the drawing and clear of every node:
 * the force layout starts from positions that differ between runs, so an edge's midpoint may lie under
 * another node, and a click there would open that node instead. Each curve is taken as the quadratic
 * through its two endpoints and its midpoint (a straight edge is the same formula with the midpoint
 * halfway), sampled from a fifth to four fifths of its length, middle first; covered points last.
 */
const screenPoints = (a: string, b?: string) =>
  page.evaluate<{ x: number; y: number }[]>(`(() => {
    const [a, b] = ${JSON.stringify([a, b ?? null])};
    const cy = window.explorer.cy;
    const box = document.getElementById('cy').getBoundingClientRect();
    const at = (p) => ({ x: box.left + p.x, y: box.top + p.y });
    if (b === null) {
      const n = cy.nodes().filter((n) => n.data('name') === a)[0];
      return n ? [at(n.renderedPosition())] : [];
    }
    const between = cy.edges().filter((e) => [e.source().data('name'), e.target().data('name')].sort().join() === [a, b].sort().join());
    const clear = (p) => p.x > 8 && p.y > 8 && p.x < box.width - 8 && p.y < box.height - 8 && !cy.nodes().some((n) => {
      const o = n.renderedBoundingBox({ includeLabels: true });
      return p.x >= o.x1 - 6 && p.x <= o.x2 + 6 && p.y >= o.y1 - 6 && p.y <= o.y2 + 6;
    });
    const points = [], covered = [];
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8])
      for (const e of between) {
        const s = e.renderedSourceEndpoint(), m = e.renderedMidpoint(), g = e.renderedTargetEndpoint();
        const c = { x: 2 * m.x - (s.x + g.x) / 2, y: 2 * m.y - (s.y + g.y) / 2 };
        const q = (k) => (1 - t) * (1 - t) * s[k] + 2 * (1 - t) * t * c[k] + t * t * g[k];
        const p = { x: q('x'), y: q('y') };
        (clear(p) ? points : covered).push(p);
      }
    return [...points, ...covered].map(at);
  })()`);
const screenPoint = async (a: string, b?: string) => (await screenPoints(a, b))[0] ?? null;
const names = () => page.evaluate<string[]>(`window.explorer.cy.nodes().map((n) => n.data('name'))`);

describe('when an analyst explores the seed graph in a browser', () => {
  it('then searching 微軟 draws Microsoft at the centre of its neighbourhood', async () => {
    await page.goto(`${origin}/explore`);
    await page.getByRole('searchbox', { name: 'Entity' }).fill('微軟');
    await page.getByRole('searchbox', { name: 'Entity' }).press('Enter');
    await page.waitForSelector('#cy[data-centre="Microsoft"]');
    await idle();
    const d = await drawn();
    expect(d.nodes).toBeGreaterThanOrEqual(5);
    expect(d.edges).toBeGreaterThanOrEqual(d.nodes - 1);
    expect(await names()).toEqual(expect.arrayContaining(['Microsoft', 'OpenAI']));
    // The counts on the page are the drawing's, and the panel describes the centre.
    expect(await page.evaluate<number>('window.explorer.cy.edges().length')).toBe(d.edges);
    await expect(page.locator('#panel h2').first().textContent()).resolves.toMatch(/^Microsoft/);
    expect(await page.locator('#panel').textContent()).toMatch(/Mentioned in\s*\d+ article/);
  });

  it('then clicking OpenAI expands its neighbours into the drawing', async () => {
    const before = await drawn();
    const point = await screenPoint('OpenAI');
    await page.mouse.click(point!.x, point!.y);
    await until(async () => (await drawn()).edges > before.edges);
    await idle();
    const after = await drawn();
    expect(after.nodes).toBeGreaterThan(before.nodes);
    expect(after.centre).toBe('Microsoft');
    expect(await page.evaluate<boolean>(`window.explorer.cy.filter('node[name = "OpenAI"]').hasClass('expanded')`)).toBe(true);
    await expect(page.locator('#panel h2').first().textContent()).resolves.toMatch(/^OpenAI/);
  });

  it("then clicking an edge shows its evidence, and the evidence's link shows the article with the sentence highlighted", async () => {
    // (Another edge may cross this one: the first point whose click opens this fact. A click that
    // missed opens nothing, or a node, which redraws the graph: the points are then taken again.)
    const head = () =>
      page
        .locator('#panel .fact-head')
        .textContent({ timeout: 1000 })
        .catch(() => null);
    const opened = async () => /Microsoft/.test((await head()) ?? '') && /OpenAI/.test((await head()) ?? '');
    for (let tries = 0; tries < 8 && !(await opened()); tries++) {
      const points = await screenPoints('Microsoft', 'OpenAI');
      expect(points.length).toBeGreaterThan(0);
      const point = points[tries % points.length]!;
      await page.mouse.click(point.x, point.y);
      await until(opened, 5_000).catch(() => undefined);
      await idle();
    }
    await page.waitForSelector('ol.evidence li');
    expect(await head()).toContain('Microsoft');
    expect(await head()).toContain('OpenAI');
    const quote = (await page.locator('ol.evidence li blockquote').first().textContent())!;
    expect(quote).toMatch(/OpenAI/);
    expect(await page.locator('ol.evidence li a.article-link').first().textContent()).toBeTruthy();
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'explorer.png') });

    await page.locator('ol.evidence li a.article-link').first().click();
    await page.waitForSelector('mark#highlight');
    expect(await page.locator('mark#highlight').textContent()).toBe(quote);
    await page.screenshot({ path: join(OUTPUT, 'explorer-article.png') });
    await page.getByRole('button', { name: '← Back' }).click();
    await page.waitForSelector('ol.evidence li');
  });

  it('then everything is reachable from the keyboard: Tab reaches a visible-focused button and Enter acts on it', async () => {
    // From the evidence panel: focus the subject's button with Tab, open it with Enter.
    await page.locator('#panel h2').focus();
    let focused = '';
    for (let i = 0; i < 5 && !focused.startsWith('BUTTON:'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate<string>(`document.activeElement.tagName + ':' + document.activeElement.textContent`);
    }
    expect(focused).toMatch(/^BUTTON:(Microsoft|OpenAI)$/);
    expect(await page.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#cy[data-centre="${focused.slice('BUTTON:'.length)}"]`);
    await idle();
    expect(problems).toEqual([]);
  });
});

describe('when a hub with many facts is opened', () => {
  it('then the first 50 are drawn, more load by page, and the filters narrow them by date and type', async () => {
    await page.getByRole('searchbox', { name: 'Entity' }).fill('Hub Corp');
    await page.getByRole('searchbox', { name: 'Entity' }).press('Enter');
    await page.waitForSelector('#cy[data-centre="Hub Corp"]');
    await idle();
    expect(await drawn()).toMatchObject({ nodes: 51, edges: 50 });
    expect(await page.locator('#panel .paging').textContent()).toMatch(/50 of 180 facts shown/);
    await page.getByRole('button', { name: 'Load 50 more' }).click();
    await page.waitForSelector('#cy[data-edges="100"]');
    await idle();
    expect(await page.locator('#panel .paging').textContent()).toMatch(/100 of 180 facts shown/);

    await page.locator('#since').fill('2025-01-01');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForSelector('#cy[data-edges="50"]');
    await idle();
    await page.getByRole('button', { name: 'Load 50 more' }).click();
    await page.waitForSelector('#cy[data-edges="60"]');
    await idle();
    expect(await page.locator('#panel .paging').textContent()).toMatch(/60 facts in the date window/);

    await page.locator('input[name=types][value=PARTNERS_WITH]').uncheck();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForSelector('#cy[data-edges="0"]');
    await idle();
    expect((await drawn()).nodes).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('when the explorer is switched off', () => {
  it('then /explore is not served, and when on its page and scripts come from this server with a strict CSP', async () => {
    const on = await fetch(`${origin}/explore`);
    expect(on.headers.get('content-type')).toMatch(/text\/html/);
    expect(on.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await on.text()).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const lib = await fetch(`${origin}/explore/vendor/cytoscape.mjs`);
    expect(lib.status).toBe(200);
    expect(lib.headers.get('content-type')).toMatch(/javascript/);
    const off = await startTestApp({ EXPLORER: 'false' });
    try {
      const res = await fetch(`${new URL(off.url).origin}/explore`);
      expect(res.headers.get('content-type')).not.toMatch(/text\/html/);
    } finally {
      await off.stop();
    }
  });
});
