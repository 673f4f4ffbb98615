import fc from 'fast-check';
import { int, type EagerResult } from 'neo4j-driver';
import { keysetCondition, pageCypher, type Dir, type PageSpec } from '../../src/repo/paging';
import { articlesSpec, programsSpec } from '../../src/repo/specs';
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
    const spec = (dirs: Dir[]): PageSpec => ({ match: 'UNWIND $rows AS r', carry: 'r', key: ['r.a', 'r.b', 'r.c'], dirs, node: 'r' });
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

  it('then the articles of a much-mentioned entity have a plan that walks the date index', async () => {
    const ops = await operators(`WITH $id AS id CALL (id) { ${pageCypher(articlesSpec(true))} } RETURN row`, { ...page, id: 'x' });
    // Both plans are compiled into the query; the walk is the one that reads the Article(sortDate)
    // index (by range or as an ordered scan, as the planner's statistics decide), besides the
    // entity's unique-id seek.
    expect(ops.filter((o) => INDEX_READ.test(o) && o !== 'NodeUniqueIndexSeek')).not.toEqual([]);
  });
});
