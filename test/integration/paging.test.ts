import fc from 'fast-check';
import { int, type EagerResult } from 'neo4j-driver';
import { keysetCondition, pageCypher, pageRow, type Dir, type PageSpec } from '../../src/repo/paging';
import { articlesSpec, dealsSpec, programsSpec, relationsSpec } from '../../src/repo/specs';
import { evidenceSpec } from '../../src/repo/projections';
import type { RelationShape } from '../../src/repo/shapes';
import { handArticle, idOf, type HandFact } from '../fixtures';
import { startTestApp, type TestApp } from '../helpers';

/**
 * The keyset paging builders, at the Cypher level on the real Neo4j: pages of any size walk any
 * ordering exactly once, and the lists that promise an index walk keep that plan (a plan regression
 * is caught here, not by a benchmark).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

type Row = { a: number; b: string; c: number };
type PagedRow = { key: unknown[]; node: Row };

describe('when a keyset condition is built', () => {
  it('then it compares the key lexicographically, each position in its own direction, and lets a null cursor through', () => {
    expect(keysetCondition(['DESC', 'ASC'], '$after', 'p_')).toBe(
      '($after IS NULL OR (p_k0 < $after[0]) OR (p_k0 = $after[0] AND p_k1 > $after[1]))',
    );
  });
});

describe('when rows with repeated sort values are paged in any directions and page sizes', () => {
  it('then the pages put together are the whole list in order, each row once', async () => {
    const spec = (dirs: Dir[]): PageSpec => ({
      match: 'UNWIND $rows AS r',
      carry: 'r',
      key: ['r.a', 'r.b', 'r.c'],
      dirs,
      node: { cypher: 'r', decode: (r) => r },
    });
    const row = fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.constantFrom('x', 'y', 'z'), c: fc.nat() });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(row, { maxLength: 30, selector: (r) => r.c }),
        fc.tuple(fc.constantFrom<Dir>('ASC', 'DESC'), fc.constantFrom<Dir>('ASC', 'DESC'), fc.constantFrom<Dir>('ASC', 'DESC')),
        fc.integer({ min: 1, max: 7 }),
        async (rows, dirs, size) => {
          const cypher = pageCypher(spec(dirs));
          const seen: Row[] = [];
          let after: unknown[] | null = null;
          for (;;) {
            const res: EagerResult = await app.db.driver.executeQuery(cypher, { rows, after, limit: int(size + 1) });
            // Typed here, as the next cursor comes from it: inferred, it would depend on the query that takes the cursor.
            const page: PagedRow[] = res.records.map((r) => r.get('row') as PagedRow);
            seen.push(...page.slice(0, size).map((p) => p.node));
            if (page.length <= size) break;
            after = page[size - 1]!.key;
          }
          const cmp = (x: Row, y: Row) => {
            for (const [i, k] of (['a', 'b', 'c'] as const).entries()) {
              if (x[k] !== y[k]) return (x[k] < y[k] ? -1 : 1) * (dirs[i] === 'ASC' ? 1 : -1);
            }
            return 0;
          };
          expect(seen).toEqual([...rows].sort(cmp));
        },
      ),
      { seed: 7, numRuns: 60 },
    );
  });
});

interface Plan {
  operatorType: string;
  children: Plan[];
}

/**
 * The operators of a query's plan (EXPLAIN: planned, not run). `spine` keeps only the main pipeline
 * (each operator's first child), leaving out the per-row subqueries that project a row's small lists.
 */
async function operators(cypher: string, params: Record<string, unknown>, spine = false): Promise<string[]> {
  const res = await app.db.driver.executeQuery(`EXPLAIN ${cypher}`, params);
  const out: string[] = [];
  const walk = (p: Plan) => {
    out.push(p.operatorType.replace(/@.*/, ''));
    for (const c of spine ? p.children.slice(0, 1) : p.children) walk(c);
  };
  walk(res.summary.plan as unknown as Plan);
  return out;
}

const INDEX_READ = /^Node(Unique)?Index(Seek|Scan)/;
const SORT = /^(Sort|Top)$/;

describe('when the lists that read an index in order are planned', () => {
  const page = { after: null, limit: int(21) };

  it('then the newest articles come from the sortDate index in order, with no sort of all articles', async () => {
    const ops = await operators(pageCypher(articlesSpec(false)), page, true);
    expect(ops.some((o) => INDEX_READ.test(o))).toBe(true);
    expect(ops.filter((o) => SORT.test(o))).toEqual([]);
  });

  it('then chip programs come from the id index in order from the cursor, with no sort', async () => {
    const ops = await operators(pageCypher(programsSpec(false, false)), { ...page, ownerKeys: null, status: null }, true);
    expect(ops.some((o) => INDEX_READ.test(o))).toBe(true);
    expect(ops.filter((o) => SORT.test(o))).toEqual([]);
  });

  it("then an entity's newest articles come from its mentions' ranking index, with no sort of all its mentions", async () => {
    const ops = await operators(`WITH $id AS id CALL (id) { ${pageCypher(articlesSpec(true))} } RETURN row`, { ...page, id: 'x' });
    expect(ops.filter((o) => /RelationshipIndexSeek/.test(o))).not.toEqual([]);
    // The only sort is of the page itself (after the seek's LIMIT); none reads every mention.
    expect(ops.filter((o) => SORT.test(o)).length).toBeLessThanOrEqual(1);
    expect(ops.some((o) => /Expand/.test(o))).toBe(false);
  });
});

/** The most rows any operator of the query's profile produced (nested subqueries included). */
async function widestStep(cypher: string, params: Record<string, unknown>): Promise<{ rows: number; op: string }> {
  const res = await app.db.driver.executeQuery(`PROFILE ${cypher}`, params);
  let widest = { rows: 0, op: '' };
  const walk = (p: Plan & { rows: number }) => {
    if (p.rows > widest.rows) widest = { rows: p.rows, op: p.operatorType };
    for (const c of p.children) walk(c as Plan & { rows: number });
  };
  walk(res.summary.profile as unknown as Plan & { rows: number });
  return widest;
}

describe("when a hub's relations, deals and evidence are paged", () => {
  const HUB = 'Rankhub Systems';
  const PARTNERS = 240;
  const BARE: RelationShape = { subject: null, object: null, evidence: null };
  beforeAll(async () => {
    // The hub partners with 240 organizations (some told by several articles, on different dates),
    // 60 of them invest in it, and one partnership is told by every article (240 pieces of evidence).
    const articles = Array.from({ length: PARTNERS }, (_, i) => {
      const facts: HandFact[] = [
        [HUB, 'PARTNERS_WITH', 'Everyday Partner'],
        [HUB, 'PARTNERS_WITH', `Partner ${i}`],
      ];
      if (i % 4 === 0) facts.push([`Partner ${i}`, 'INVESTS_IN', HUB, i % 8 === 0 ? 'completed' : 'announced']);
      if (i % 7 === 0) facts.push([HUB, 'PARTNERS_WITH', `Partner ${i + 1}`]);
      const date = i % 9 === 0 ? null : `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      return handArticle(`hub-${i}`, date, facts);
    });
    await app.deps.writer.writeBatch(articles);
  });

  /** Every page of a list put together, `size` at a time through its page query (`wrap`ped in what binds its inputs). */
  async function allPages<T>(
    spec: PageSpec<T>,
    params: Record<string, unknown>,
    size: number,
    id: (n: T) => unknown,
    wrap = (cypher: string) => cypher,
  ): Promise<unknown[]> {
    const cypher = wrap(pageCypher(spec));
    const seen: unknown[] = [];
    let after: unknown = null;
    for (let pages = 0; pages < 500; pages++) {
      const res = await app.db.driver.executeQuery(cypher, { ...params, after, limit: int(size + 1) });
      const rows = res.records.map((r) => pageRow(spec.node)(r.get('row')));
      seen.push(...rows.slice(0, size).map((r) => id(r.node)));
      if (rows.length <= size) return seen;
      after = rows[size - 1]!.key;
    }
    throw new Error('no last page');
  }
  const inEntity = (cypher: string) => `WITH $id AS id CALL (id) { ${cypher} } RETURN row`;
  const plain = async (cypher: string, params: Record<string, unknown>) =>
    (await app.db.driver.executeQuery(cypher, params)).records.map((r) => r.get(0) as unknown);

  it('then the pages are the whole list in its documented order, each row once', async () => {
    const id = idOf(HUB);
    for (const direction of ['OUTGOING', 'INCOMING', 'BOTH'] as const) {
      const paged = await allPages(relationsSpec({ types: null, direction }, BARE), { id, types: null }, 17, (n) => n.id, inEntity);
      const side = { OUTGOING: ':SUBJECT', INCOMING: ':OBJECT', BOTH: ':SUBJECT|OBJECT' }[direction];
      const expected = await plain(
        `MATCH (:Entity {id: $id})<-[${side}]-(f:Fact) WITH DISTINCT f RETURN f.id ORDER BY f.evidenceCount DESC, f.confidence DESC, f.id`,
        { id },
      );
      expect(paged.length).toBeGreaterThan(direction === 'INCOMING' ? 50 : 200);
      expect(paged).toEqual(expected);
    }
    const party = { party: true, window: false, status: false };
    const deals = await allPages(dealsSpec(party, BARE), { partyKeys: [id], types: ['PARTNERS_WITH', 'INVESTS_IN'] }, 23, (n) => n.id);
    expect(deals).toEqual(
      await plain(
        "MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE f.type IN ['PARTNERS_WITH', 'INVESTS_IN'] WITH DISTINCT f RETURN f.id ORDER BY coalesce(f.lastSeen, '') DESC, f.id",
        { id },
      ),
    );
    // With a date window (one end open) and a status: the filters apply inside each side's walk.
    const window = { since: '2025-03-01', until: null };
    const dated = await allPages(
      dealsSpec({ ...party, window: true }, BARE),
      { partyKeys: [id], types: ['PARTNERS_WITH', 'INVESTS_IN'], ...window },
      13,
      (n) => n.id,
    );
    expect(dated.length).toBeGreaterThan(50);
    expect(dated).toEqual(
      await plain(
        `MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE f.type IN ['PARTNERS_WITH', 'INVESTS_IN']
           AND EXISTS { (f)-[:EVIDENCE]->(a:Article) WHERE a.publishedAt >= $since }
         WITH DISTINCT f RETURN f.id ORDER BY coalesce(f.lastSeen, '') DESC, f.id`,
        { id, ...window },
      ),
    );
    const completed = await allPages(
      dealsSpec({ ...party, window: true, status: true }, BARE),
      { partyKeys: [id], types: ['PARTNERS_WITH', 'INVESTS_IN'], ...window, status: 'completed' },
      7,
      (n) => n.id,
    );
    expect(completed.length).toBeGreaterThan(10);
    expect(completed).toEqual(
      await plain(
        `MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT]-(f:Fact) WHERE f.type IN ['PARTNERS_WITH', 'INVESTS_IN'] AND f.status = 'completed'
           AND EXISTS { (f)-[:EVIDENCE]->(a:Article) WHERE a.publishedAt >= $since }
         WITH DISTINCT f RETURN f.id ORDER BY coalesce(f.lastSeen, '') DESC, f.id`,
        { id, ...window },
      ),
    );
    const allDeals = await allPages(
      dealsSpec({ ...party, party: false }, BARE),
      { types: ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'] },
      29,
      (n) => n.id,
    );
    expect(allDeals).toEqual(
      await plain(
        "MATCH (f:Fact) WHERE f.type IN ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'] RETURN f.id ORDER BY coalesce(f.lastSeen, '') DESC, f.id",
        {},
      ),
    );
    const fact = `PARTNERS_WITH:${id}:${idOf('Everyday Partner')}`;
    const evidence = await allPages(
      evidenceSpec('x', ['id'], 'x:Fact {id: id}', 'id'),
      { fact },
      19,
      (n) => `${n.article.id}@${n.start}`,
      (cypher) => `WITH $fact AS id CALL (id) { ${cypher} } RETURN row`,
    );
    expect(evidence).toHaveLength(PARTNERS);
    // The hub's articles, newest first (undated last), then by id: every article names it.
    const mentioning = await allPages(articlesSpec(true, ['id']), { id }, 16, (n) => n.id, inEntity);
    expect(mentioning).toHaveLength(PARTNERS);
    expect(mentioning).toEqual(
      await plain('MATCH (:Entity {id: $id})<-[:MENTIONS]-(a:Article) RETURN a.id ORDER BY a.sortDate DESC, a.id', { id }),
    );
    expect(evidence).toEqual(
      await plain(
        "MATCH (:Fact {id: $fact})-[e:EVIDENCE]->(a:Article) RETURN a.id + '@' + toInteger(e.start) ORDER BY coalesce(a.sortDate, '') DESC, a.id, e.start",
        { fact },
      ),
    );
  });

  it("then the hub's neighbourhood holds the best facts at each hop, as a sort of all of them would choose", async () => {
    const id = idOf(HUB);
    const hood = await app.deps.reader.neighbourhood(id, { types: null, since: null, until: null, depth: 2, first: 15 });
    const sorted = 'WITH DISTINCT f ORDER BY f.evidenceCount DESC, f.confidence DESC, f.id LIMIT 15 RETURN collect(f.id)';
    const [hop1] = (await plain(`MATCH (:Entity {id: $id})<-[:SUBJECT|OBJECT]-(f:Fact) ${sorted}`, { id })) as string[][];
    const [hop2] = (await plain(
      `MATCH (c:Entity {id: $id}), (f1:Fact) WHERE f1.id IN $hop1
       MATCH (f1)-[:SUBJECT|OBJECT]->(n:Entity) WHERE n <> c
       MATCH (n)<-[:SUBJECT|OBJECT]-(f:Fact) WHERE NOT f.id IN $hop1 ${sorted}`,
      { id, hop1 },
    )) as string[][];
    expect(hood!.relations.map((r) => r.id)).toEqual([...hop1!, ...hop2!]);
  });

  it('then a page reads about its own size from the ranking indexes, not every row the hub has', async () => {
    const id = idOf(HUB);
    const limit = int(11);
    const widest = [
      await widestStep(inEntity(pageCypher(relationsSpec({ types: null, direction: 'BOTH' }, BARE))), {
        id,
        types: null,
        after: null,
        limit,
      }),
      await widestStep(pageCypher(dealsSpec({ party: true, window: false, status: false }, BARE)), {
        partyKeys: [id],
        types: ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'],
        after: null,
        limit,
      }),
      await widestStep(`WITH $fact AS id CALL (id) { ${pageCypher(evidenceSpec('x', ['id'], 'x:Fact {id: id}', 'id'))} } RETURN row`, {
        fact: `PARTNERS_WITH:${id}:${idOf('Everyday Partner')}`,
        after: null,
        limit,
      }),
      // A later page too: the seek starts at the cursor.
      await widestStep(inEntity(pageCypher(articlesSpec(true, ['id']))), { id, after: ['2025-06-15', 'hub-0'], limit }),
    ];
    // Two sides of 11 at most (BOTH, and a party on either side of a deal); the hub has 240+ of each.
    expect(widest.map((w) => (w.rows <= 22 ? 'page-sized' : w))).toEqual(['page-sized', 'page-sized', 'page-sized', 'page-sized']);
  });
});
