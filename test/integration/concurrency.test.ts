import { startTestApp, TEST_API_KEY, nodes, type TestApp } from '../helpers';
import { entityId, factId, handArticle, idOf } from '../fixtures';
import type { Connection, Identified, Maybe } from '../types';

/** Writers racing each other on the real Neo4j: nothing lost, nothing twice. */
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
beforeEach(() => app.clear());
afterAll(() => app.stop());

/** Twenty spellings of one name that share its key: case, separators and full-width letters vary. */
function spellings(): string[] {
  const seps = [' ', '-', '·', '_', '.'];
  return Array.from({ length: 20 }, (_, i) => {
    const first = i & 1 ? 'QIAO' : 'Qiao';
    const last = i & 2 ? 'wenjing' : i & 4 ? 'WenJing' : 'Wenjing';
    const name = `${first}${seps[i % 5]}${last}`;
    return i >= 15 ? name.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : name;
  });
}

describe('when 20 articles name one new person in 20 spellings at the same time', () => {
  it('then there is one entity, every spelling is kept, and each finds it by search and by name', async () => {
    const names = spellings();
    expect(new Set(names).size).toBe(20);
    expect(new Set(names.map(idOf)).size).toBe(1);
    await Promise.all(
      names.map((n, i) =>
        app.deps.writer.write(handArticle(`spelling-${i}`, '2025-05-01', [[n, 'WORKS_FOR', 'Epsilon Devices']], { [n]: 'Person' })),
      ),
    );
    expect(await app.count(`MATCH (e:Entity {id: '${idOf(names[0]!)}'}) RETURN count(e)`)).toBe(1);
    type Person = { name: string; aliases: string[]; relations: Connection<{ evidence: { totalCount: number } }, 'totalCount'> };
    const res = await app.gql<{ entity: Maybe<Person> }>(
      'query ($id: ID!) { entity(id: $id) { name aliases relations { totalCount edges { node { evidence { totalCount } } } } } }',
      { id: idOf(names[0]!) },
    );
    const e = res.data!.entity!;
    expect(new Set([e.name, ...e.aliases])).toEqual(new Set(names));
    // One fact, stated by all twenty articles.
    expect(e.relations.totalCount).toBe(1);
    expect(nodes(e.relations)[0]!.evidence.totalCount).toBe(20);
    for (const n of names) {
      const found = await app.gql<{ search: { entity: Identified }[]; entity: Maybe<Identified> }>(
        'query ($q: String!) { search(query: $q, first: 1) { entity { id } } entity(name: $q) { id } }',
        { q: n },
      );
      expect({ n, search: found.data!.search[0]?.entity.id, byName: found.data!.entity?.id }).toEqual({
        n,
        search: entityId(n),
        byName: entityId(n),
      });
    }
  });
});

describe('when 20 clients send the same article at once', () => {
  it('then it is stored once, with the counts of one ingestion', async () => {
    const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }';
    const input = { id: 'same-article', text: '微軟與輝達宣佈合作。\n微軟已完成收購Acme Silicon公司。', publishedAt: '2025-06-01' };
    const auth = { authorization: `Bearer ${TEST_API_KEY}` };
    const answers = await Promise.all(Array.from({ length: 20 }, () => app.gql(INGEST, { input }, auth)));
    expect(answers.map((a) => a.errors?.[0]?.message ?? 'ok')).toEqual(Array(20).fill('ok'));
    const graph = async () => ({
      nodes: await app.count('MATCH (n) WHERE NOT n:Sequence RETURN count(n)'),
      relationships: await app.count('MATCH ()-[r]->() RETURN count(r)'),
      stats: (
        await app.gql<{ stats: { articles: number; entities: number; relations: number } }>('{ stats { articles entities relations } }')
      ).data!.stats,
    });
    const concurrent = await graph();
    await app.clear();
    await app.gql(INGEST, { input }, auth);
    expect(concurrent).toEqual(await graph());
    expect(concurrent.stats.articles).toBe(1);
  });
});

describe('when a follower polls the change feed while 20 writers add facts', () => {
  it('then it sees every fact once, in increasing sequence, with no gap', async () => {
    const FEED = 'query ($after: String) { changes(after: $after, first: 7) { edges { node { seq factId } } pageInfo { endCursor } } }';
    const seen: { seq: number; factId: string }[] = [];
    let after: string | null = null;
    let writing = true;
    const follower = (async () => {
      for (;;) {
        const done = !writing;
        type Feed = { edges: { node: { seq: number; factId: string } }[]; pageInfo: { endCursor: string } };
        const changes: Feed = (await app.gql<{ changes: Feed }>(FEED, { after })).data!.changes;
        seen.push(...nodes(changes));
        after = changes.pageInfo.endCursor;
        // One more full read after the writers are done picks up the last commits.
        if (done && changes.edges.length === 0) return;
      }
    })();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        app.deps.writer.write(handArticle(`feed-${i}`, '2025-07-01', [[`Org ${i}`, 'PARTNERS_WITH', 'Hub Corp']])),
      ),
    );
    writing = false;
    await follower;
    const seqs = seen.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => seqs[0]! + i));
    expect(new Set(seen.map((c) => c.factId))).toEqual(
      new Set(Array.from({ length: 20 }, (_, i) => factId([`Org ${i}`, 'PARTNERS_WITH', 'Hub Corp']))),
    );
  });
});
