import { startTestApp, TEST_API_KEY, nodes, type TestApp } from '../helpers';
import { entityId, factId, factKey, handArticle, idOf, type HandFact } from '../fixtures';
import type { PreparedArticle } from '../../src/ingest/article';

/** Curation: corrections made through the API, stored, and replayed by every later ingestion. */
let app: TestApp;
const AUTH = { authorization: `Bearer ${TEST_API_KEY}`, 'x-actor': 'alice' };

const PARTNER_MSFT: HandFact = ['MSFT', 'PARTNERS_WITH', 'OpenAI'];
const PARTNER_MS: HandFact = ['Microsoft', 'PARTNERS_WITH', 'OpenAI'];
const SELF: HandFact = ['MSFT', 'ACQUIRES', 'Microsoft'];
const SUPPLY: HandFact = ['Nvidia', 'SUPPLIES', 'OpenAI'];
const ACME: HandFact = ['Acme', 'PARTNERS_WITH', 'OpenAI'];

const articles: PreparedArticle[] = [
  handArticle('c1', '2025-01-01', [PARTNER_MSFT, SELF]),
  handArticle('c2', '2025-01-02', [PARTNER_MS, ['Microsoft', 'INVESTS_IN', 'OpenAI']]),
  handArticle('c3', '2025-01-03', [SUPPLY]),
  handArticle('c4', '2025-01-04', [SUPPLY, ACME]),
];
const reingestAll = () => app.deps.writer.writeBatch(articles);

interface Curation {
  kind: string;
  by: string;
  reason: string | null;
  active: boolean;
  entityId: string | null;
  intoId: string | null;
  factId: string | null;
  articleId: string | null;
  alias: string | null;
  entity: { name: string } | null;
}
const CURATION = 'kind by reason active entityId intoId factId articleId alias entity { name }';

async function curate(mutation: string, variables: Record<string, unknown>) {
  const res = await app.gql<Record<string, Curation>>(`mutation ${mutation}`, variables, AUTH);
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const errorCode = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = AUTH) =>
  (await app.gql(query, variables, headers)).errors?.[0]?.extensions?.code;

const evidenceCount = async (id: string) =>
  (
    await app.gql<{ node: { evidence: { totalCount: number } } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Relation { evidence { totalCount } } } }`,
      { id },
    )
  ).data!.node?.evidence.totalCount ?? null;

const counts = async () => ({
  entities: await app.count('MATCH (e:Entity) RETURN count(e)'),
  facts: await app.count('MATCH (f:Fact) RETURN count(f)'),
  evidence: await app.count('MATCH (:Fact)-[e:EVIDENCE]->() RETURN count(e)'),
});

const cursorNow = async () =>
  (await app.gql<{ changes: { pageInfo: { endCursor: string | null } } }>('{ changes(first: 500) { pageInfo { endCursor } } }')).data!
    .changes.pageInfo.endCursor;

const changesSince = async (after: string | null) =>
  nodes(
    (
      await app.gql<{ changes: { edges: { node: { kind: string; factId: string } }[] } }>(
        'query ($after: String) { changes(after: $after, first: 500) { edges { node { kind factId } } } }',
        { after },
      )
    ).data!.changes,
  );

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  await reingestAll();
});
afterAll(() => app.stop());

describe('when a curator merges a duplicate entity', () => {
  let before: string | null;
  it('then the merged entity is gone and its facts, evidence and spellings belong to the survivor', async () => {
    before = await cursorNow();
    const c = await curate(`($from: [ID!]!) { mergeEntities(into: "Microsoft", from: $from, reason: "ticker") { ${CURATION} } }`, {
      from: ['MSFT'],
    });
    expect(c).toMatchObject({ kind: 'MERGE', by: 'alice', reason: 'ticker', active: true, entityId: entityId('MSFT') });
    expect(c.intoId).toBe(entityId('Microsoft'));
    expect(c.entity?.name).toBe('Microsoft');
    expect(await app.count("MATCH (e:Entity {id: 'msft'}) RETURN count(e)")).toBe(0);
    // Both articles' partnership is one fact now; the fact between the two merged ones is dropped.
    expect(await evidenceCount(factId(PARTNER_MS))).toBe(2);
    expect(await evidenceCount(factId(PARTNER_MSFT))).toBeNull();
    expect(await app.count(`MATCH (f:Fact {id: '${factKey(['Microsoft', 'ACQUIRES', 'Microsoft'])}'}) RETURN count(f)`)).toBe(0);
    const byName = await app.gql<{ entity: { id: string; aliases: string[] } }>('{ entity(name: "MSFT") { id aliases } }');
    expect(byName.data!.entity.id).toBe(entityId('Microsoft'));
    expect(byName.data!.entity.aliases).toContain('MSFT');
  });

  it('then the merged id answers node and entity(id:) with the survivor', async () => {
    const res = await app.gql<{ node: { name: string } | null; entity: { name: string } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Entity { name } } entity(id: $id) { name } }`,
      { id: entityId('MSFT') },
    );
    expect(res.data).toEqual({ node: { name: 'Microsoft' }, entity: { name: 'Microsoft' } });
  });

  it('then the change feed has the old fact removed and the survivor’s fact changed', async () => {
    const changes = await changesSince(before);
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'REMOVED', factId: factId(PARTNER_MSFT) },
        { kind: 'REMOVED', factId: factId(SELF) },
        { kind: 'UPSERTED', factId: factId(PARTNER_MS) },
      ]),
    );
  });

  it('then re-ingesting every article keeps the merge and changes no counts', async () => {
    const after = await counts();
    await reingestAll();
    expect(await counts()).toEqual(after);
    expect(await app.count("MATCH (e:Entity {id: 'msft'}) RETURN count(e)")).toBe(0);
    expect(await evidenceCount(factId(PARTNER_MS))).toBe(2);
  });

  it('then an unknown entity is NOT_FOUND, merging into itself is BAD_USER_INPUT, and without the key UNAUTHENTICATED', async () => {
    expect(await errorCode('mutation { mergeEntities(into: "Microsoft", from: ["No Such Co"]) { kind } }')).toBe('NOT_FOUND');
    expect(await errorCode('mutation { mergeEntities(into: "Microsoft", from: ["Microsoft"]) { kind } }')).toBe('BAD_USER_INPUT');
    expect(await errorCode('mutation { mergeEntities(into: "Microsoft", from: ["OpenAI"]) { kind } }', {}, {})).toBe('UNAUTHENTICATED');
    expect(await app.count("MATCH (e:Entity {id: 'openai'}) RETURN count(e)")).toBe(1);
  });
});

describe('when a curator rejects a wrong fact', () => {
  it('then it is hidden from reads, stays hidden when its articles are ingested again, and comes back on restore', async () => {
    const id = factId(SUPPLY);
    const c = await curate(`($id: ID!) { rejectFact(id: $id, reason: "not a supplier") { ${CURATION} } }`, { id });
    expect(c).toMatchObject({ kind: 'REJECT_FACT', factId: id, active: true });
    expect(await evidenceCount(id)).toBeNull();
    const openai = await app.gql<{ entity: { relations: { edges: { node: { id: string } }[] } } }>(
      '{ entity(name: "OpenAI") { relations(first: 50) { edges { node { id } } } } }',
    );
    expect(nodes(openai.data!.entity.relations).map((r) => r.id)).not.toContain(id);
    expect(await errorCode('mutation ($id: ID!) { rejectFact(id: $id) { kind } }', { id })).toBe('BAD_USER_INPUT');

    await reingestAll();
    expect(await evidenceCount(id)).toBeNull();
    expect(await app.count(`MATCH (f:Fact {id: '${factKey(SUPPLY)}'}) RETURN count(f)`)).toBe(0);

    const restored = await curate(`($id: ID!) { restoreFact(id: $id) { ${CURATION} } }`, { id });
    expect(restored.kind).toBe('RESTORE_FACT');
    expect(await evidenceCount(id)).toBe(2);
    await reingestAll();
    expect(await evidenceCount(id)).toBe(2);
    expect(await errorCode('mutation ($id: ID!) { restoreFact(id: $id) { kind } }', { id })).toBe('BAD_USER_INPUT');
  });
});

describe('when a curator deletes an article', () => {
  it('then what only it supported is withdrawn, the rest keeps its other evidence, and it is not ingested again', async () => {
    const before = await counts();
    const c = await curate(`{ deleteArticle(id: "Article:c4", reason: "duplicate wire copy") { ${CURATION} articleTitle } }`, {});
    // c4 stated two facts: the one only it supported is gone, the other lost one piece of evidence.
    expect(await counts()).toEqual({ entities: before.entities - 1, facts: before.facts - 1, evidence: before.evidence - 2 });
    expect(c).toMatchObject({ kind: 'DELETE_ARTICLE', articleId: 'Article:c4' });
    expect(await evidenceCount(factId(ACME))).toBeNull();
    expect(await app.count("MATCH (e:Entity {id: 'acme'}) RETURN count(e)")).toBe(0);
    expect(await evidenceCount(factId(SUPPLY))).toBe(1);
    expect(await app.count("MATCH (a:Article {id: 'c4'}) RETURN count(a)")).toBe(0);

    expect((await app.deps.writer.writeBatch(articles)).skipped).toEqual(['c4']);
    expect(await evidenceCount(factId(ACME))).toBeNull();
    const again = await app.gql(
      'mutation { ingestArticle(input: { id: "c4", text: "Acme partners with OpenAI." }) { relations } }',
      {},
      AUTH,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('ARTICLE_DELETED');
    expect(again.status).toBe(409);
    expect(await errorCode('mutation { deleteArticle(id: "c4") { kind } }')).toBe('NOT_FOUND');
  });
});

describe('when a curator corrects spellings and types', () => {
  it('then an added alias finds the entity, a removed one does not, and re-ingestion keeps both', async () => {
    await curate(`{ addAlias(entity: "Microsoft", alias: "微软公司") { ${CURATION} } }`, {});
    await curate(`{ removeAlias(entity: "Microsoft", alias: "MSFT") { ${CURATION} } }`, {});
    await reingestAll();
    const res = await app.gql<{ a: { name: string } | null; b: { name: string } | null }>(
      '{ a: entity(name: "微软公司") { name } b: entity(name: "MSFT") { name } }',
    );
    expect(res.data).toEqual({ a: { name: 'Microsoft' }, b: null });
    expect(await errorCode('mutation { removeAlias(entity: "Microsoft", alias: "Microsoft") { kind } }')).toBe('BAD_USER_INPUT');
  });

  it('then a set type survives re-ingestion', async () => {
    await curate(`{ setEntityType(entity: "Nvidia", type: Product, reason: "test") { ${CURATION} } }`, {});
    await reingestAll();
    const res = await app.gql<{ entity: { type: string } }>('{ entity(name: "Nvidia") { type } }');
    expect(res.data!.entity.type).toBe('Product');
  });
});

describe('when curations are listed', () => {
  it('then the audit log has each one, newest first, with who and why, and filters by kind', async () => {
    const log = await app.gql<{ all: { totalCount: number; edges: { node: Curation }[] }; merges: { edges: { node: Curation }[] } }>(
      `{ all: auditLog(first: 20) { totalCount edges { node { ${CURATION} } } } merges: auditLog(kind: MERGE) { edges { node { ${CURATION} } } } }`,
    );
    const all = nodes(log.data!.all);
    expect(all.map((c) => c.kind)).toEqual([
      'SET_TYPE',
      'REMOVE_ALIAS',
      'ADD_ALIAS',
      'DELETE_ARTICLE',
      'RESTORE_FACT',
      'REJECT_FACT',
      'MERGE',
    ]);
    expect(log.data!.all.totalCount).toBe(7);
    expect(all.every((c) => c.by === 'alice')).toBe(true);
    // The restore undid the rejection.
    expect(all.find((c) => c.kind === 'REJECT_FACT')?.active).toBe(false);
    expect(nodes(log.data!.merges).map((c) => c.reason)).toEqual(['ticker']);
  });
});

describe('when entities are merged while an article naming them is being ingested', () => {
  it('then the ingestion sees the merge and does not bring the merged entity back', async () => {
    await app.deps.writer.write(handArticle('race', '2025-02-01', [['Contoso Ltd', 'PARTNERS_WITH', 'Contoso']]));
    // An uncommitted article with the id of the next one makes its ingestion read the curations, then wait.
    const session = app.db.driver.session({ database: app.db.database });
    const tx = session.beginTransaction();
    await tx.run("CREATE (:Article {id: 'race-2'})");
    const ingestion = app.deps.writer.write(handArticle('race-2', '2025-02-01', [['Contoso Ltd', 'PARTNERS_WITH', 'Fabrikam']]));
    await new Promise((ok) => setTimeout(ok, 500));
    await curate('{ mergeEntities(into: "Contoso", from: ["Contoso Ltd"]) { kind } }', {});
    await tx.rollback();
    await session.close();
    await ingestion;
    expect(await app.count(`MATCH (e:Entity {id: '${idOf('Contoso Ltd')}'}) RETURN count(e)`)).toBe(0);
    expect(await evidenceCount(factId(['Contoso', 'PARTNERS_WITH', 'Fabrikam']))).toBe(1);
  });
});

describe('when a merged entity was the only one some articles named', () => {
  it("then those articles are in the survivor's articles, newest first, as many as its mention count", async () => {
    await app.deps.writer.writeBatch([
      handArticle('nw-1', '2025-03-01', [['Northwind Traders', 'PARTNERS_WITH', 'Fabrikam']]),
      handArticle('nw-2', '2025-03-03', [['Northwind', 'INVESTS_IN', 'Fabrikam']]),
      handArticle('nw-3', '2025-03-02', [['Northwind Traders', 'SUPPLIES', 'Fabrikam']]),
    ]);
    await curate('{ mergeEntities(into: "Northwind", from: ["Northwind Traders"]) { kind } }', {});
    const res = await app.gql<{ entity: { mentionCount: number; articles: { edges: { node: { id: string } }[] } } }>(
      '{ entity(name: "Northwind") { mentionCount articles(first: 10) { edges { node { id } } } } }',
    );
    expect(res.data!.entity.mentionCount).toBe(3);
    expect(res.data!.entity.articles.edges.map((e) => e.node.id)).toEqual(['Article:nw-2', 'Article:nw-3', 'Article:nw-1']);
  });
});
