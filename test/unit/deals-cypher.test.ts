import type { Driver } from 'neo4j-driver';
import { pageCypher, type PageSpec } from '../../src/repo/paging';
import { GraphReader, type DealFilter } from '../../src/repo/reader';
import type { RelationShape } from '../../src/repo/shapes';

/**
 * The Cypher of the deals list as the reader sends it, without a database: a driver whose sessions
 * record each query and its parameters and answer no rows. (Its plans and rows are tested against
 * Neo4j in test/integration/paging.test.ts.)
 */
function recordingReader() {
  const sent: { cypher: string; params: Record<string, unknown> }[] = [];
  const session = {
    run: (cypher: string, params: Record<string, unknown>) => {
      sent.push({ cypher, params });
      return Promise.resolve({ records: [] });
    },
    close: () => Promise.resolve(),
  };
  return { reader: new GraphReader({ session: () => session } as unknown as Driver), sent };
}

/** The parameters a query names. */
const named = (cypher: string) => [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

const NAME = { fields: ['name'], mentionCount: false };
const SHAPE: RelationShape = { subject: NAME, object: NAME, evidence: null };
const TYPES: DealFilter['types'] = ['ACQUIRES', 'INVESTS_IN', 'PARTNERS_WITH'];

describe('when deals are asked with some filters given and others not', () => {
  const filters: DealFilter[] = [];
  for (const party of [null, 'Trital Cloud'])
    for (const [since, until] of [
      [null, null],
      ['2025-01-01', null],
      [null, '2025-06-30'],
      ['2025-01-01', '2025-06-30'],
    ] as const)
      for (const status of [null, 'completed'] as const) filters.push({ party, types: TYPES, since, until, status });

  it('then the page and the count name exactly the parameters they are passed, and leave out the filters not given', async () => {
    const { reader, sent } = recordingReader();
    for (const f of filters) {
      await reader.deals(f, { first: 20, after: null }, SHAPE);
      await reader.countDeals(f);
    }
    expect(sent).toHaveLength(filters.length * 2);
    sent.forEach(({ cypher, params }, i) => {
      const f = filters[Math.floor(i / 2)]!;
      expect(named(cypher)).toEqual(Object.keys(params).sort());
      expect(named(cypher)).toEqual(
        expect.arrayContaining([
          'types',
          ...(f.party != null ? ['partyKeys'] : []),
          ...(f.since != null || f.until != null ? ['since', 'until'] : []),
          ...(f.status != null ? ['status'] : []),
        ]),
      );
      expect(cypher.includes(':EVIDENCE]->(f_w:Article)')).toBe(f.since != null || f.until != null);
      expect(cypher.includes('f.status = $status')).toBe(f.status != null);
    });
  });

  it("then a party's page with no other filter is short enough to go to Neo4j in one write (the driver writes 1,400 bytes at a time, parameters included)", async () => {
    const { reader, sent } = recordingReader();
    await reader.deals({ party: 'Trital Cloud', types: TYPES, since: null, until: null, status: null }, { first: 20, after: null }, SHAPE);
    // Sent without the templates' indentation.
    expect(sent[0]!.cypher).not.toMatch(/\n[ \t]/);
    expect(sent[0]!.cypher.length).toBeLessThan(1200);
  });
});

describe('when a page is built', () => {
  const spec = (walk?: PageSpec['walk']): PageSpec => ({
    match: 'MATCH (n:Node)',
    walk,
    carry: 'n',
    key: ['n.k'],
    dirs: ['ASC'],
    node: { cypher: 'n.k', decode: (x) => x },
  });

  it('then rows matched are kept after the cursor, and rows walked from an index (which starts after the cursor) are not tested again', () => {
    expect(pageCypher(spec())).toContain('WITH n, n.k AS k0 WHERE ($after IS NULL OR (k0 > $after[0]))');
    const walked = pageCypher(
      spec((after, limit) => `MATCH (n:Node) WHERE n.k > coalesce(${after}[0], '') WITH n ORDER BY n.k LIMIT ${limit}`),
    );
    expect(walked).not.toContain('$after IS NULL');
    expect(walked).toContain("WHERE n.k > coalesce($after[0], '')");
  });
});
