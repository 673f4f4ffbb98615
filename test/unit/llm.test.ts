import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ruleExtractor } from '../../src/extract';
import { LlmExtractor } from '../../src/extract/llm';

// A local stand-in for an OpenAI-compatible endpoint: each test sets how it answers.
let server: Server;
let baseUrl: string;
/** The chat-completions request the extractor sends, as far as the tests look at it. */
interface ChatRequest {
  model: string;
  temperature: number;
  messages: { role: string; content: string }[];
}
let answer: (req: IncomingMessage, body: ChatRequest) => { status?: number; body?: unknown; raw?: string; hang?: boolean };
let seen: { auth?: string; body?: ChatRequest; path?: string } = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data) as ChatRequest;
      seen = { auth: req.headers.authorization, body, path: req.url };
      const a = answer(req, body);
      if (a.hang) return;
      res.writeHead(a.status ?? 200, { 'content-type': 'application/json' }).end(a.raw ?? JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const TEXT = '微軟與OpenAI宣布擴大合作。\n據報導，台積電將為微軟代工Maia 200晶片。\n天氣很好。';
const chat = (content: string) => ({ body: { choices: [{ message: { role: 'assistant', content } }] } });
const llm = (timeoutMs = 2000) => {
  const logs: string[] = [];
  const x = new LlmExtractor({ baseUrl, apiKey: 'sk-test', model: 'test-model', timeoutMs, log: (l) => logs.push(l) });
  return { x, logs };
};

describe('when the endpoint answers with the contract', () => {
  it('then it sends a chat completion request with the key, the model and the article', async () => {
    answer = () => chat('{"entities": []}');
    await llm().x.extract(TEXT);
    expect(seen.path).toBe('/v1/chat/completions');
    expect(seen.auth).toBe('Bearer sk-test');
    expect(seen.body).toMatchObject({ model: 'test-model', temperature: 0 });
    expect(seen.body?.messages.at(-1)).toEqual({ role: 'user', content: TEXT });
  });

  it('then spellings resolve to one entity and facts keep the sentence they came from, with offsets', async () => {
    answer = () =>
      chat(
        '```json\n' +
          JSON.stringify({
            entities: [
              { name: '微軟', type: 'Organization', aliases: ['Microsoft'] },
              { name: 'OpenAI', type: 'Organization', aliases: null },
              { name: '台積電', type: 'Organization' },
              { name: 'Maia 200', type: 'Chip' },
            ],
            relations: [
              { type: 'PARTNERS_WITH', subject: 'OpenAI', object: 'Microsoft', evidence: '微軟與OpenAI宣布擴大合作。', confidence: 0.9 },
              { type: 'MANUFACTURES', subject: '台積電', object: 'Maia 200', evidence: '台积电将为微软代工Maia 200晶片' },
              // Not in the article: dropped rather than stored without a source.
              { type: 'ACQUIRES', subject: 'Microsoft', object: 'OpenAI', evidence: 'Microsoft buys OpenAI.', status: 'completed' },
            ],
            chipPrograms: [{ owner: 'Microsoft', chips: ['Maia 200'], partners: ['TSMC'], status: 'announced', since: null }],
          }) +
          '\n```',
      );
    const x = await llm().x.extract(TEXT);
    const ms = x.entities.filter((e) => e.id === 'microsoft');
    expect(ms).toHaveLength(1);
    expect(ms[0]!.name).toBe('Microsoft');
    expect(x.relations.map((r) => `${r.type}:${r.subjectId}:${r.objectId}`).sort()).toEqual([
      'MANUFACTURES:tsmc:maia200',
      'PARTNERS_WITH:microsoft:openai',
    ]);
    for (const r of x.relations) {
      const p = r.provenance[0]!;
      expect(TEXT.slice(p.start, p.end)).toBe(p.sentence);
    }
    expect(x.relations.find((r) => r.type === 'MANUFACTURES')!.evidence).toContain('台積電將為微軟代工');
    expect(x.chipPrograms).toEqual([
      expect.objectContaining({ ownerId: 'microsoft', chips: ['Maia 200'], partners: ['TSMC'], status: 'announced' }),
    ]);
  });
});

describe('when the endpoint fails or answers something unusable', () => {
  const rules = async () => ruleExtractor.extract(TEXT);
  const cases: [string, typeof answer, RegExp][] = [
    ['an HTTP error', () => ({ status: 500, body: { error: 'boom' } }), /HTTP 500/],
    ['a body that is not JSON', () => ({ raw: '<html>busy</html>' }), /not JSON/],
    ['a response that is not a chat completion', () => ({ body: { result: 'ok' } }), /not a chat completion/],
    ['content without JSON', () => chat('Sorry, I cannot help with that.'), /no JSON object/],
    ['broken JSON', () => chat('{"entities": [ {"name": "x", }'), /not valid JSON/],
    ['JSON outside the contract', () => chat('{"entities": [{"name": "Microsoft", "type": "Company"}]}'), /entities\.0\.type/],
  ];
  for (const [what, a, reason] of cases) {
    it(`then ${what} falls back to the rule extractor and says why`, async () => {
      answer = a;
      const { x, logs } = llm();
      expect(await x.extract(TEXT)).toEqual(await rules());
      expect(logs).toEqual([expect.stringMatching(reason)]);
    });
  }

  it('then no answer within the timeout falls back too', async () => {
    answer = () => ({ hang: true });
    const { x, logs } = llm(200);
    expect(await x.extract(TEXT)).toEqual(await rules());
    expect(logs).toEqual([expect.stringMatching(/within 200 ms/)]);
  });

  it('then an unreachable endpoint falls back too', async () => {
    const logs: string[] = [];
    const x = new LlmExtractor({ baseUrl: 'http://127.0.0.1:1/v1', model: 'm', timeoutMs: 2000, log: (l) => logs.push(l) });
    expect(await x.extract(TEXT)).toEqual(await rules());
    expect(logs).toEqual([expect.stringMatching(/cannot reach/)]);
  });
});
