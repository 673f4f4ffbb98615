import { z } from 'zod';
import { loadLexicon, type Lexicon } from './lexicon';
import type { ExtractionConfig } from '../config';
import { rulesWith, type Extractor } from './index';
import { ExtractionPool } from './pool';
import { nameKey, toSimplified } from './normalize';
import { splitSentences, type Sentence } from './sentences';
import {
  DEAL_STATUSES,
  ENTITY_TYPES,
  PROGRAM_STATUSES,
  RELATION_TYPES,
  SYMMETRIC,
  type ChipProgram,
  type Entity,
  type Evidence,
  type Extraction,
  type Relation,
} from './types';

// What the model must answer: the EVAL.md output contract. Models write null for absent fields.
const opt = <T extends z.ZodTypeAny>(t: T) => t.nullish().transform((v) => v ?? undefined);
export const llmOutputSchema = z.object({
  entities: z.array(z.object({ name: z.string().trim().min(1), type: z.enum(ENTITY_TYPES), aliases: opt(z.array(z.string())) })),
  relations: opt(
    z.array(
      z.object({
        type: z.enum(RELATION_TYPES),
        subject: z.string().min(1),
        object: z.string().min(1),
        evidence: z.string().min(1),
        confidence: opt(z.number().min(0).max(1)),
        status: opt(z.enum(DEAL_STATUSES)),
        role: opt(z.string()),
      }),
    ),
  ),
  chipPrograms: opt(
    z.array(
      z.object({
        owner: z.string().min(1),
        chips: opt(z.array(z.string())),
        partners: opt(z.array(z.string())),
        status: z.enum(PROGRAM_STATUSES),
        since: opt(z.number().int()),
        evidence: opt(z.string()),
      }),
    ),
  ),
});
export type LlmOutput = z.infer<typeof llmOutputSchema>;

const chatResponseSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

export const SYSTEM_PROMPT = `You extract a knowledge graph of the AI-chip industry from one news article (Simplified Chinese, Traditional Chinese or English).
Answer with one JSON object and nothing else:
{"entities":[{"name":"...","type":"Organization|Person|Chip|Product|Place|Event","aliases":["other spellings in the article"]}],
 "relations":[{"type":"PARTNERS_WITH|COMPETES_WITH|ACQUIRES|INVESTS_IN|DEVELOPS|MANUFACTURES|SUPPLIES|USES|WORKS_FOR|SUBSIDIARY_OF","subject":"entity name","object":"entity name","evidence":"the sentence of the article, copied exactly","confidence":0.0-1.0,"status":"considering|announced|completed (ACQUIRES and INVESTS_IN only)","role":"(WORKS_FOR only)"}],
 "chipPrograms":[{"owner":"organization building its own AI chips","chips":["..."],"partners":["design partners and foundries"],"status":"exploring|developing|announced|deployed|setback","since":2019,"evidence":"the sentence, copied exactly"}]}
Rules: one entity per real-world thing whatever the script (微软 = 微軟 = Microsoft), named in English where it has an English name;
a relation only when the article states it (not when two names merely appear together); negated or merely speculated facts are not relations;
ACQUIRES is acquirer -> target, INVESTS_IN investor -> investee, SUPPLIES supplier -> customer, MANUFACTURES foundry -> chip, WORKS_FOR person -> organization.`;

export interface LlmOptions {
  /** OpenAI-compatible base URL, for example https://api.example.com/v1 */
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  /** Used when the endpoint fails or answers something unusable. */
  fallback?: Extractor;
  lexicon?: Lexicon;
  fetchFn?: typeof fetch;
  log?: (line: string) => void;
}

/** Raised for anything the endpoint does wrong; the extractor then falls back. */
export class LlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LlmError';
  }
}

/** Models often wrap JSON in a Markdown fence or add a sentence around it. */
function jsonIn(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content)?.[1];
  const body = (fenced ?? content).trim();
  const start = body.indexOf('{');
  const end = body.lastIndexOf('}');
  if (start < 0 || end < start) throw new LlmError('the answer holds no JSON object');
  try {
    return JSON.parse(body.slice(start, end + 1));
  } catch (err) {
    throw new LlmError(`the answer is not valid JSON (${(err as Error).message})`);
  }
}

/**
 * An extractor that asks an OpenAI-compatible chat-completions endpoint, validates the answer with
 * zod, resolves its names against the lexicon, and keeps only facts whose evidence is in the text.
 * Any failure (network, HTTP status, timeout, malformed or invalid JSON) falls back to the rules.
 */
export class LlmExtractor implements Extractor {
  readonly name = 'llm';
  private readonly fallback: Extractor;
  readonly lexicon: Lexicon;
  private readonly fetchFn: typeof fetch;
  private readonly log: (line: string) => void;

  constructor(private readonly opts: LlmOptions) {
    this.lexicon = opts.lexicon ?? loadLexicon();
    this.fallback = opts.fallback ?? rulesWith(this.lexicon);
    this.fetchFn = opts.fetchFn ?? fetch;
    this.log = opts.log ?? ((line) => process.stderr.write(`${line}\n`));
  }

  async extract(text: string): Promise<Extraction> {
    try {
      return toExtraction(text, await this.ask(text), this.lexicon);
    } catch (err) {
      if (!(err instanceof LlmError)) throw err;
      this.log(`LLM extraction failed (${err.message}); using the ${this.fallback.name} extractor instead.`);
      return this.fallback.extract(text);
    }
  }

  /** One chat-completions call; the parsed, validated answer. */
  async ask(text: string): Promise<LlmOutput> {
    const url = `${this.opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    let res: Response;
    try {
      res = await this.fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
        body: JSON.stringify({
          model: this.opts.model,
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: text },
          ],
        }),
        signal: AbortSignal.timeout(this.opts.timeoutMs),
      });
    } catch (err) {
      const e = err as Error;
      throw new LlmError(e.name === 'TimeoutError' ? `no answer within ${this.opts.timeoutMs} ms` : `cannot reach ${url}: ${e.message}`);
    }
    if (!res.ok) throw new LlmError(`${url} answered HTTP ${res.status}`);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new LlmError('the response body is not JSON');
    }
    const chat = chatResponseSchema.safeParse(body);
    if (!chat.success) throw new LlmError('the response is not a chat completion');
    const parsed = llmOutputSchema.safeParse(jsonIn(chat.data.choices[0]!.message.content));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LlmError(`the answer does not follow the contract (${issue.path.join('.')}: ${issue.message})`);
    }
    return parsed.data;
  }
}

const squash = (s: string) =>
  toSimplified(s)
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();

/**
 * The model's answer as an Extraction: names resolved to one entity per thing (lexicon first),
 * evidence located in the article's own sentences (with offsets); a fact whose evidence cannot be
 * found in the text is dropped rather than stored without a source.
 */
export function toExtraction(text: string, out: LlmOutput, lexicon: Lexicon): Extraction {
  const sentences = splitSentences(text);
  const entities = new Map<string, Entity>();
  const idOfName = new Map<string, string>();
  const idFor = (name: string) => lexicon.byKey.get(nameKey(name)) ?? lexicon.byKey.get(nameKey(toSimplified(name)));

  for (const e of out.entities) {
    const names = [e.name, ...(e.aliases ?? [])];
    const id = names.map(idFor).find(Boolean) ?? nameKey(toSimplified(e.name));
    if (!id) continue;
    const known = lexicon.entries.get(id);
    const entity = entities.get(id) ?? { id, name: known?.name ?? e.name, type: known?.type ?? e.type, aliases: [] };
    for (const n of names) {
      if (n !== entity.name && !entity.aliases.includes(n)) entity.aliases.push(n);
      idOfName.set(nameKey(toSimplified(n)), id);
    }
    entities.set(id, entity);
  }
  const resolve = (name: string) => idOfName.get(nameKey(toSimplified(name))) ?? idFor(name);
  const spellings = (id: string) => {
    const e = entities.get(id)!;
    return [e.name, ...e.aliases].map(squash).filter((s) => s.length > 0);
  };
  const evidenceOf = (s: Sentence): Evidence => ({ sentence: s.text, sentenceIndex: s.index, start: s.start, end: s.end });
  /** The sentence the model quoted; when it quoted nothing, the first that names all of `ids`. A quote not in the text finds nothing. */
  const locate = (quote: string | undefined, ids: string[]): Evidence | undefined => {
    const q = quote ? squash(quote) : '';
    const found = q
      ? sentences.find((s) => squash(s.text).includes(q) || (q.includes(squash(s.text)) && s.text.length > 8))
      : sentences.find((s) => ids.every((id) => spellings(id).some((n) => squash(s.text).includes(n))));
    return found && evidenceOf(found);
  };

  const relations = new Map<string, Relation>();
  for (const r of out.relations ?? []) {
    let [s, o] = [resolve(r.subject), resolve(r.object)];
    if (!s || !o || s === o || !entities.has(s) || !entities.has(o)) continue;
    if (SYMMETRIC.has(r.type) && s > o) [s, o] = [o, s];
    const ev = locate(r.evidence, [s, o]);
    if (!ev) continue;
    const key = `${r.type}:${s}:${o}`;
    const prev = relations.get(key);
    if (prev) {
      if (!prev.provenance.some((p) => p.start === ev.start)) prev.provenance.push(ev);
      continue;
    }
    relations.set(key, {
      type: r.type,
      subject: entities.get(s)!.name,
      object: entities.get(o)!.name,
      subjectId: s,
      objectId: o,
      evidence: ev.sentence,
      confidence: r.confidence ?? 0.7,
      provenance: [ev],
      ...(r.status && (r.type === 'ACQUIRES' || r.type === 'INVESTS_IN') ? { status: r.status } : {}),
      ...(r.role && r.type === 'WORKS_FOR' ? { role: r.role } : {}),
    });
  }

  const chipPrograms: ChipProgram[] = [];
  for (const p of out.chipPrograms ?? []) {
    const owner = resolve(p.owner);
    if (!owner || !entities.has(owner) || chipPrograms.some((c) => c.ownerId === owner)) continue;
    const names = (xs: string[] | undefined) =>
      (xs ?? [])
        .map(resolve)
        .filter((id): id is string => !!id && entities.has(id))
        .map((id) => entities.get(id)!.name);
    const ev = locate(p.evidence, [owner]);
    if (!ev) continue;
    chipPrograms.push({
      owner: entities.get(owner)!.name,
      ownerId: owner,
      chips: names(p.chips),
      partners: names(p.partners),
      status: p.status,
      ...(p.since ? { since: p.since } : {}),
      evidence: ev.sentence,
      provenance: [ev],
    });
  }
  return { entities: [...entities.values()], relations: [...relations.values()], chipPrograms };
}

/** The rule extractor, or the LLM one (falling back to the rules) when LLM_BASE_URL is set. */
/**
 * The extractor the configuration asks for: the LLM one when LLM_BASE_URL is set, else the rules,
 * on `workers` threads when given (batch ingestion, the API) or on this thread (one article).
 */
export function extractorFor(config: ExtractionConfig, workers = 0): Extractor {
  const lexicon = loadLexicon(config.LEXICON_DIR);
  if (!config.LLM_BASE_URL) return workers > 0 ? new ExtractionPool(workers, config.LEXICON_DIR) : rulesWith(lexicon);
  return new LlmExtractor({
    baseUrl: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    lexicon,
  });
}
