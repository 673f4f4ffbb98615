import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { executableSchema } from '../../src/graphql/server';
import { ErrorCode } from '../../src/errors';
import { startTestApp, TEST_API_KEY, type TestApp } from '../helpers';
import { handArticle } from '../fixtures';

/**
 * Property-based probing over real HTTP: generated documents (random fields, arguments, aliases,
 * nesting), mutated documents, hostile shapes (exponential fragments, alias and depth floods, long
 * and odd strings) and random variables and operation names. Every answer must be data or errors
 * with a stable code, never a 500 or INTERNAL_SERVER_ERROR, and must come within a bound.
 */
const SEED = 20261128;
const RUNS = 2000;
/** Far above any legitimate answer here; an unbounded computation would hit it. */
const ANSWER_WITHIN_MS = 10_000;
const CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

// The schema as served (with Federation's _service and _entities).
const schema = executableSchema();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
  await app.clear();
  for (let i = 0; i < 5; i++) {
    await app.deps.writer.write(
      handArticle(`fuzz-${i}`, `2025-0${i + 1}-15`, [
        ['Alpha Chips', 'PARTNERS_WITH', 'Beta Cloud'],
        ['Gamma Labs', 'ACQUIRES', `Target ${i}`, 'announced'],
        ['Alpha Chips', 'SUPPLIES', 'Gamma Labs'],
      ]),
    );
  }
});
afterAll(() => app.stop());

type Gen = fc.GeneratorValue;
/** `fc.constantFrom` with one signature: through `g(fc.constantFrom, ...)` its overloads would give `any`. */
const oneOf: <T>(...values: T[]) => fc.Arbitrary<T> = fc.constantFrom;

const oddStrings = fc.oneof(
  fc.constantFrom('Alpha Chips', 'alpha chips', '微软', '軟銀', 'Gamma Labs', '', ' ', 'a'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\u0000', '\u202e\u202d', '\ud800', '😀'.repeat(50), '"\\', 'x'.repeat(100_000), '${}', '%s%n'),
);
const oddInts = fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 100, 101, 200, 201, 500, 501));
const cursors = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('eyJsIjoiYXJ0aWNsZXMiLCJrIjpbXX0', 'eyJsIjoicmVsYXRpb25zIiwiayI6WzEsMiwzXX0', 'null', '=='),
);

/** Variables a generated document uses ($x: Int, $s: String), declared only when used. */
const used = new Set<'x' | 's'>();

/** A GraphQL literal for an input type: usually of the right kind, sometimes not. */
function literal(g: Gen, type: GraphQLInputType, depth = 0): string {
  if (g(fc.integer, { min: 0, max: 60 }) === 0) return g(oneOf, 'null', '1', '"x"', 'true', '[]', '{}', 'UNKNOWN_ENUM');
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t))
    return `[${Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, () => literal(g, t.ofType, depth + 1)).join(', ')}]`;
  if (isEnumType(t))
    return g(fc.integer, { min: 0, max: 7 }) > 0
      ? g(oneOf, ...t.getValues().map((v) => v.name))
      : g(oneOf, 'NOPE', 'partners_with', 'Organization');
  if (isInputObjectType(t)) {
    if (depth > 2) return '{}';
    return `{ ${Object.values(t.getFields())
      .filter((f) => isNonNullType(f.type) || g(fc.boolean))
      .map((f) => `${f.name}: ${literal(g, f.type, depth + 1)}`)
      .join(', ')} }`;
  }
  if (isScalarType(t)) {
    // Variables are declared nullable, so they go in nullable positions only.
    const variable = !isNonNullType(type) && g(fc.integer, { min: 0, max: 4 }) === 0;
    if (t.name === 'Int') {
      if (!variable) return String(g(() => oddInts));
      used.add('x');
      return '$x';
    }
    if (t.name === 'Float') return String(g(fc.double, { noNaN: true, noDefaultInfinity: true }));
    if (t.name === 'Boolean') return String(g(fc.boolean));
    if (variable) {
      used.add('s');
      return '$s';
    }
    return JSON.stringify(g(() => fc.oneof(oddStrings, cursors)));
  }
  return 'null';
}

/** A random selection on an object type, `depth` levels at most (deliberately deeper than the limit sometimes). */
function selection(g: Gen, type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const picked = fields.filter(() => g(fc.integer, { min: 0, max: 2 }) === 0);
  if (!picked.length) picked.push(fields[g(fc.integer, { min: 0, max: fields.length - 1 })]!);
  const parts = picked.map((f) => {
    const alias = g(fc.integer, { min: 0, max: 5 }) === 0 ? `a${g(fc.nat, 999)}: ` : '';
    const args = f.args.filter((a) => isNonNullType(a.type) || g(fc.boolean)).map((a) => `${a.name}: ${literal(g, a.type)}`);
    const named = getNamedType(f.type);
    const sub = isObjectType(named) ? (depth > 0 ? ` { ${selection(g, named, depth - 1)} }` : ' { __typename }') : '';
    return `${alias}${f.name}${args.length ? `(${args.join(', ')})` : ''}${sub}`;
  });
  if (g(fc.integer, { min: 0, max: 8 }) === 0) parts.push('__typename');
  return parts.join(' ');
}

function generated(g: Gen): string {
  const root = g(fc.integer, { min: 0, max: 6 }) === 0 ? schema.getMutationType()! : schema.getQueryType()!;
  used.clear();
  const body = selection(g, root, g(fc.integer, { min: 1, max: 12 }));
  const vars = [...used].map((v) => (v === 'x' ? '$x: Int' : '$s: String'));
  return `${root === schema.getQueryType() ? 'query' : 'mutation'} Q${vars.length ? `(${vars.join(', ')})` : ''} { ${body} }`;
}

/** Breaks a document: deletes, duplicates or inserts a piece of it. */
function mutated(g: Gen, doc: string): string {
  const at = g(fc.integer, { min: 0, max: doc.length });
  const len = g(fc.integer, { min: 0, max: 20 });
  switch (g(fc.integer, { min: 0, max: 3 })) {
    case 0:
      return doc.slice(0, at) + doc.slice(at + len);
    case 1:
      return doc.slice(0, at) + doc.slice(at, at + len).repeat(g(fc.integer, { min: 2, max: 50 })) + doc.slice(at);
    case 2:
      return (
        doc.slice(0, at) +
        g(
          oneOf,
          '{',
          '}',
          '(',
          ')',
          '...',
          '@include(if: true)',
          '$x',
          '"',
          ':',
          'fragment F on Query { stats { articles } }',
          '# ',
          '\\u',
        ) +
        doc.slice(at)
      );
    default:
      return doc.slice(0, at) + g(() => oddStrings) + doc.slice(at);
  }
}

function hostile(g: Gen): string {
  const n = g(fc.integer, { min: 2, max: 70 });
  switch (g(fc.integer, { min: 0, max: 4 })) {
    case 0: {
      let doc = `{ entity(name: "Alpha Chips") { ...H0 } }\n`;
      for (let i = 0; i < n; i++) doc += `fragment H${i} on Entity { ...H${i + 1} ...H${i + 1} name }\n`;
      return `${doc}fragment H${n} on Entity { id }`;
    }
    case 1:
      return `{ ${Array.from({ length: n * 10 }, (_, i) => `a${i}: entity(name: "Alpha Chips") { relations { totalCount } }`).join(' ')} }`;
    case 2: {
      let q = 'id';
      for (let i = 0; i < n; i++) q = `relations(first: 100) { edges { node { subject { ${q} } evidence(first: 100) { totalCount } } } }`;
      return `{ entity(name: "Alpha Chips") { ${q} } }`;
    }
    case 3:
      return `{ search(query: ${JSON.stringify(g(() => oddStrings))}, first: ${g(() => oddInts)}) { entity { name } } }`;
    default:
      return `query { ${'stats { articles } '.repeat(n)} } ${'fragment X on Query { stats { articles } } '.repeat(g(fc.integer, { min: 0, max: 3 }))}`;
  }
}

interface Answer {
  status: number;
  ms: number;
  codes: string[];
  hasData: boolean;
}

async function send(body: unknown, auth: boolean): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${TEST_API_KEY}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: res.status,
    ms: Date.now() - started,
    codes: (json.errors ?? []).map((e) => e.extensions?.code ?? 'NONE'),
    hasData: json.data != null,
  };
}

describe('when thousands of generated, mutated and hostile documents are sent', () => {
  it('then every answer is data or errors with a stable code, never a 500, and comes within the bound', async () => {
    const answers: Answer[] = [];
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const kind = g(fc.integer, { min: 0, max: 9 });
        const base = generated(g);
        const query = kind < 5 ? base : kind < 8 ? mutated(g, base) : hostile(g);
        const variables =
          g(fc.integer, { min: 0, max: 9 }) === 0
            ? g(oneOf<unknown>, { x: 'many' }, { x: 2 ** 40 }, { s: null }, [], 'x')
            : { x: g(() => oddInts), s: g(() => fc.oneof(oddStrings, cursors)), ...(g(fc.boolean) ? { extra: [1, 2] } : {}) };
        const operationName = g(fc.integer, { min: 0, max: 9 }) === 0 ? g(oneOf<string | number | null>, 'Q', 'X', '', null, 5) : undefined;
        const answer = await send({ query, variables, operationName }, g(fc.boolean));
        answers.push(answer);
        const unexpected = answer.codes.filter((c) => !CODES.has(c));
        if (answer.status >= 500 || unexpected.length || (!answer.hasData && !answer.codes.length)) {
          throw new Error(
            `status ${answer.status}, codes ${answer.codes.join(',')} for ${JSON.stringify({ query: query.slice(0, 400), variables, operationName })}`,
          );
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const byStatus = answers.reduce<Record<number, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {});
    const slowest = Math.max(...answers.map((a) => a.ms));
    const byCode = answers
      .flatMap((a) => [...new Set(a.codes)])
      .reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});
    console.log(
      `fuzz: ${answers.length} documents, statuses ${JSON.stringify(byStatus)}, codes ${JSON.stringify(byCode)}, slowest answer ${slowest} ms`,
    );
    expect(answers.length).toBeGreaterThanOrEqual(RUNS);
    expect(byStatus[500]).toBeUndefined();
  }, 600_000);
});
