import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, TEST_API_KEY, type TestApp } from '../helpers';
import { factId, handArticle } from '../fixtures';

/** Live changes over WebSocket (graphql-ws), from the store's own sequence. */
const ROOT = join(__dirname, '../..');
let app: TestApp;
let dir: string;

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  dir = mkdtempSync(join(tmpdir(), 'chipgraph-subs-'));
});
afterAll(async () => {
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Event {
  cursor: string;
  node: {
    seq: number;
    kind: string;
    factId: string;
    relation: { type: string; subject: { name: string }; object: { name: string } } | null;
  };
}
const FEED = `subscription ($after: String, $types: [RelationType!], $entity: String) {
  factChanges(after: $after, types: $types, entity: $entity) { cursor node { seq kind factId relation { type subject { name } object { name } } } }
}`;

const wsUrl = () => app.url.replace(/^http/, 'ws');
const connect = (params: Record<string, unknown> = {}): Client =>
  createClient({ url: wsUrl(), webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0, lazy: true });

/** Collects a subscription's events until `until` says enough (or it errors). */
function collect(client: Client, variables: Record<string, unknown>, until: (events: Event[]) => boolean, query = FEED) {
  const events: Event[] = [];
  let stop = () => {};
  const done = new Promise<Event[]>((ok, fail) => {
    stop = client.subscribe<{ factChanges: Event }>(
      { query, variables },
      {
        next: (v) => {
          if (v.errors?.length) return fail(new Error(JSON.stringify(v.errors)));
          events.push(v.data!.factChanges);
          // A copy: events that arrive after `until` is met do not change what the test looks at.
          if (until(events)) ok([...events]);
        },
        error: (e) => fail(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => ok([...events]),
      },
    );
  });
  return { done, stop: () => stop() };
}

/** The error a one-shot WebSocket operation ends with. */
function errorOf(client: Client, query: string, variables: Record<string, unknown> = {}) {
  return new Promise<{ message: string; extensions?: { code?: string } }[]>((ok) => {
    client.subscribe(
      { query, variables },
      { next: (v) => ok((v.errors ?? []) as never), error: (e) => ok(e as never), complete: () => ok([]) },
    );
  });
}

/** The cursor after the latest change, read from the `changes` query (what a client stores). */
async function latestCursor(): Promise<string> {
  let after: string | null = null;
  for (;;) {
    // Typed here, as the next cursor comes from it: inferred, it would depend on the query that takes the cursor.
    const page: { changes: { edges: unknown[]; pageInfo: { endCursor: string } } } = (
      await app.gql<{ changes: { edges: unknown[]; pageInfo: { endCursor: string } } }>(
        'query ($after: String) { changes(after: $after, first: 500) { edges { cursor } pageInfo { endCursor } } }',
        { after },
      )
    ).data!;
    const { edges, pageInfo } = page.changes;
    after = pageInfo.endCursor;
    if (!edges.length) return after;
  }
}

describe('when a client subscribes to factChanges', () => {
  it('then it receives, in order, a fact added by the mutation and one added by the CLI', async () => {
    const client = connect();
    const sub = collect(client, { after: await latestCursor() }, (events) => events.length >= 2);
    const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { relations } }';
    const added = await app.gql(
      INGEST,
      { input: { id: 'live-1', text: 'Microsoft and NVIDIA announced a partnership on AI chips.' } },
      { authorization: `Bearer ${TEST_API_KEY}` },
    );
    expect(added.errors).toBeUndefined();
    const file = join(dir, 'live-2.txt');
    writeFileSync(file, 'Intel and Google announced a partnership on AI chips.');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', file], {
      cwd: ROOT,
      env: { ...process.env, SEED_ON_START: 'false' },
    });
    const events = await sub.done;
    sub.stop();
    await client.dispose();
    expect(
      events.map((e) => [e.node.kind, e.node.relation?.type, [e.node.relation?.subject.name, e.node.relation?.object.name].sort()]),
    ).toEqual([
      ['UPSERTED', 'PARTNERS_WITH', ['Microsoft', 'NVIDIA']],
      ['UPSERTED', 'PARTNERS_WITH', ['Google', 'Intel']],
    ]);
    expect(events[1]!.node.seq).toBeGreaterThan(events[0]!.node.seq);
  });

  it('then after a disconnect it resumes from its last cursor with nothing lost and nothing twice', async () => {
    const write = (i: number) => app.deps.writer.write(handArticle(`resume-${i}`, '2025-08-01', [[`Maker ${i}`, 'SUPPLIES', 'Cloud Co']]));
    const first = connect();
    const before = collect(first, { after: await latestCursor() }, (events) => events.length >= 2);
    await write(1);
    await write(2);
    const seen = await before.done;
    before.stop();
    await first.dispose();
    // While no one listens, three more facts and a withdrawal (re-ingesting resume-1 without its fact).
    for (const i of [3, 4, 5]) await write(i);
    await app.deps.writer.write(handArticle('resume-1', '2025-08-01', [['Maker 6', 'SUPPLIES', 'Cloud Co']]));
    const second = connect();
    const after = collect(second, { after: seen.at(-1)!.cursor }, (events) => events.length >= 5);
    const resumed = await after.done;
    after.stop();
    await second.dispose();
    const id = (i: number) => factId([`Maker ${i}`, 'SUPPLIES', 'Cloud Co']);
    expect(seen.map((e) => e.node.factId)).toEqual([id(1), id(2)]);
    expect(resumed.map((e) => [e.node.kind, e.node.factId])).toEqual([
      ['UPSERTED', id(3)],
      ['UPSERTED', id(4)],
      ['UPSERTED', id(5)],
      ['REMOVED', id(1)],
      ['UPSERTED', id(6)],
    ]);
    const seqs = [...seen, ...resumed].map((e) => e.node.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('then `types` and `entity` keep only the facts asked for, removals included', async () => {
    const client = connect();
    const start = await latestCursor();
    // The feed gives each fact's latest state: a follower may see the acquisition added then
    // removed, or (if it reads after both commits) only removed. Either way it ends removed.
    const removed = (e: Event[]) => e.at(-1)?.node.kind === 'REMOVED';
    const byType = collect(client, { after: start, types: ['ACQUIRES'] }, removed);
    const byEntity = collect(client, { after: start, entity: 'Target Labs' }, removed);
    await app.deps.writer.write(handArticle('filter-1', '2025-09-01', [['Some Maker', 'PARTNERS_WITH', 'Other Maker']]));
    await app.deps.writer.write(handArticle('filter-2', '2025-09-02', [['Big Buyer', 'ACQUIRES', 'Target Labs', 'announced']]));
    await app.deps.writer.write(handArticle('filter-2', '2025-09-02', [['Big Buyer', 'PARTNERS_WITH', 'Other Maker']]));
    const [types, entity] = await Promise.all([byType.done, byEntity.done]);
    byType.stop();
    byEntity.stop();
    await client.dispose();
    const acquisition = factId(['Big Buyer', 'ACQUIRES', 'Target Labs']);
    for (const events of [types, entity]) {
      expect(new Set(events.map((e) => e.node.factId))).toEqual(new Set([acquisition]));
      expect(events.map((e) => e.node.kind).join(' ')).toMatch(/^(UPSERTED )?REMOVED$/);
    }
  });
});

describe('when a WebSocket operation breaks the rules', () => {
  it('then depth and cost limits apply to subscriptions, with their codes', async () => {
    const client = connect();
    let deep = 'id';
    for (let i = 0; i < 5; i++) deep = `relations(first: 1) { edges { node { subject { ${deep} } } } }`;
    const tooDeep = await errorOf(client, `subscription { factChanges { node { relation { subject { ${deep} } } } } }`);
    expect(tooDeep[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    const tooCostly = await errorOf(
      client,
      'subscription { factChanges { node { relation { subject { relations(first: 200) { edges { node { evidence(first: 100) { totalCount } } } } } } } } }',
    );
    expect(tooCostly[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    await client.dispose();
  });

  it('then a mutation over WebSocket is refused unless enabled, and a subscription over HTTP is a 400', async () => {
    const client = connect({ authorization: `Bearer ${TEST_API_KEY}` });
    const refused = await errorOf(client, 'mutation { ingestArticle(input: { text: "x" }) { relations } }');
    expect(refused[0]?.extensions?.code).toBe('BAD_REQUEST');
    await client.dispose();
    const http = await app.gql('subscription { factChanges { cursor } }');
    expect({ status: http.status, code: http.errors?.[0]?.extensions?.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });
});
