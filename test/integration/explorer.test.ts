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
 * Where a node (or the midpoint of an edge between two names) is on the screen: Cytoscape draws on a
 * canvas, its instance is window.explorer.cy. For two names, the midpoints of every edge between them
 * (each relation is an edge, drawn as parallel curves) that no other node covers: the force layout
 * starts from positions that differ between runs, so one midpoint may lie under another node.
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
    const covered = (p) => cy.nodes().some((n) => {
      const o = n.renderedBoundingBox({ includeLabels: false });
      return p.x >= o.x1 - 4 && p.x <= o.x2 + 4 && p.y >= o.y1 - 4 && p.y <= o.y2 + 4;
    });
    const mids = between.map((e) => e.renderedMidpoint());
    return [...mids.filter((p) => !covered(p)), ...mids.filter((p) => covered(p))].map(at);
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
    // (Another edge may cross this one: the first point whose click opens this fact.)
    const points = await screenPoints('Microsoft', 'OpenAI');
    expect(points.length).toBeGreaterThan(0);
    let head: string | null = null;
    for (const point of points) {
      await page.mouse.click(point.x, point.y);
      await page.waitForSelector('ol.evidence li');
      await idle();
      head = await page.locator('#panel .fact-head').textContent();
      if (head?.includes('Microsoft') && head.includes('OpenAI')) break;
    }
    expect(head).toContain('Microsoft');
    expect(head).toContain('OpenAI');
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
