/**
 * What a regex cannot match without: strings of which a text the regex matches in holds at least one
 * (`partner|合作` needs "partner" or "合作"; `\bthe\s+(?:chip|GPU)s?` needs "the"). A text that holds none of them
 * is not searched.
 *
 * The strings come from reading the pattern's source: a literal run, a small character class ([Tt], \d), the
 * alternatives of a group and a `?` multiply into exact sets while they stay small; anything else (\w, \s, a
 * repeat, a back reference) ends a run. Zero-width parts (anchors, \b, lookarounds) match no characters, but what a
 * positive lookaround needs the text needs too. Of the sets found along a sequence, the most telling is kept; a
 * group's alternatives each bring theirs. ASCII letters are kept in lower case (the text is folded the same way),
 * so the strings hold with or without the `i` flag. Whatever the reader does not know, or a flag it does not model
 * (`v`, or `i` with `u`, under which `k` also matches the Kelvin sign), leaves the regex without strings: it is
 * always searched.
 */

/** A text the regex matches in holds one of these (folded) strings; null: nothing is known. */
export type Literals = readonly string[] | null;

/**
 * A part of a pattern: the exact strings it matches when few (null: too many or unknown), what it needs (the most
 * telling requirement), and, for a sequence, every requirement found along it (all must be met).
 */
interface Part {
  exact: string[] | null;
  needs: string[] | null;
  all?: string[][];
}

/** Exact sets are multiplied while they stay this small. */
const MAX_EXACT = 64;
const ZERO: Part = { exact: [''], needs: null };
const UNKNOWN: Part = { exact: null, needs: null };
const DIGITS = [...'0123456789'];
const DIGIT: Part = { exact: DIGITS, needs: DIGITS };

class Unsupported extends Error {}

export function requiredLiterals(source: string, flags: string): Literals {
  return requiredLiteralSets(source, flags)?.[0] ?? null;
}

/**
 * Several requirements a text must all meet for the regex to match in it (a chip family and a digit, a verb and
 * its object noun), the most telling first, three at most.
 */
export function requiredLiteralSets(source: string, flags: string): string[][] | null {
  if (flags.includes('v') || (flags.includes('i') && flags.includes('u'))) return null;
  let part: Part;
  try {
    const reader = new Reader(source, flags.includes('i'), flags.includes('u'));
    part = reader.alternation();
    if (reader.at < source.length) return null; // an unmatched ')'
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const found = new Map<string, string[]>();
  for (const xs of [part.needs, ...(part.all ?? [])]) {
    const u = usable(xs) && minimal(xs!);
    if (u) found.set(JSON.stringify([...u].sort()), u);
  }
  const sets = [...found.values()].sort((a, b) => cost(a) - cost(b));
  return sets.length ? sets.slice(0, 3) : null;
}

/** ASCII capitals to lower case, nothing else: the folding the text gets too. */
export function fold(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (x) => x.toLowerCase()) : s;
}

const usable = (xs: string[] | null): string[] | null => (xs && xs.length > 0 && !xs.includes('') ? xs : null);

/** Without the strings that hold another of the list (a text with "partners" has "partner"). */
function minimal(xs: string[]): string[] {
  const kept: string[] = [];
  for (const x of [...new Set(xs)].sort((a, b) => a.length - b.length)) if (!kept.some((k) => x.includes(k))) kept.push(x);
  return kept;
}

/**
 * The more telling of two requirements: the one a sentence is less likely to meet (a lone letter is in most
 * sentences, a digit or other lone character in some, a pair of Latin letters in some, another pair in few; the
 * chance of a string is that of its pairs, of three at most; a list's, that of any of its strings), then the list
 * with fewer strings to test.
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  const x = usable(a) && minimal(a!);
  const y = usable(b) && minimal(b!);
  if (!x) return y || null;
  if (!y) return x;
  return cost(y) < cost(x) ? y : x;
}

const ascii = (c: number) => c < 0x80;
function chance(s: string): number {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    return c >= 0x30 && c <= 0x39 ? 0.15 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 0.9 : 0.6;
  }
  let p = 1;
  for (let k = 0; k + 1 < s.length && k < 3; k++) p *= ascii(s.charCodeAt(k)) && ascii(s.charCodeAt(k + 1)) ? 0.3 : 0.1;
  return p;
}
const cost = (xs: string[]) => 1 - xs.reduce((none, s) => none * (1 - chance(s)), 1) + 0.005 * xs.length;

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

class Reader {
  at = 0;

  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  alternation(): Part {
    const alts = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      alts.push(this.sequence());
    }
    if (alts.length === 1) return alts[0]!;
    let exact: string[] | null = [];
    for (const a of alts) exact = exact && a.exact ? [...new Set([...exact, ...a.exact])] : null;
    if (exact && exact.length > MAX_EXACT) exact = null;
    // Each alternative must bring what it needs, else the whole needs nothing.
    let needs: string[] | null = [];
    for (const a of alts) {
      const n = usable(a.needs);
      needs = needs && n ? [...new Set([...needs, ...n])] : null;
    }
    return { exact, needs: better(needs, exact) };
  }

  private sequence(): Part {
    let run: string[] | null = [''];
    let broken = false;
    let needs: string[] | null = null;
    const all: string[][] = [];
    const note = (xs: string[] | null) => {
      if (usable(xs)) all.push(xs!);
    };
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const part = this.quantified(this.atom());
      // (What a part needs may be more than its exact strings: a lookaround's, a repeat's.)
      needs = better(needs, part.needs);
      note(part.needs);
      for (const xs of part.all ?? []) note(xs);
      const joined: string[] | null = run && part.exact ? product(run, part.exact) : null;
      if (joined) {
        run = joined;
        continue;
      }
      // The run ends here: what it matched exactly is needed, and so is what this part needs.
      needs = better(better(needs, run), part.needs);
      note(run);
      broken = true;
      run = part.exact ?? [''];
    }
    needs = better(needs, run);
    note(run);
    return { exact: broken ? null : run, needs, all };
  }

  private quantified(part: Part): Part {
    const q = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.at));
    if (!q) return part;
    this.at += q[0].length;
    const min = q[1] ? (q[1] === '+' ? 1 : 0) : Number(q[2]);
    const max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? Number(q[4]) : Infinity) : min;
    if (min === 0) return max === 1 && part.exact ? { exact: [...new Set(['', ...part.exact])], needs: null } : UNKNOWN;
    if (min === 1 && max === 1) return part;
    // Once at least: what one needs. (Exact only for a fixed count of one.)
    return { exact: null, needs: part.needs, all: part.all };
  }

  private atom(): Part {
    const c = this.src[this.at]!;
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.at++;
      return ZERO;
    }
    if (c === '.') {
      this.at++;
      return UNKNOWN;
    }
    // A quantifier with nothing before it is a syntax error; braces that are no quantifier are literal (Annex B).
    if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.at)))) throw new Unsupported();
    const cp = this.src.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return this.literal(cp);
  }

  private literal(cp: number): Part {
    // Surrogates (astral characters) and, with the i flag, letters with case outside ASCII are left unknown.
    if (cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return UNKNOWN;
    const ch = String.fromCharCode(cp);
    if (cp >= 0x80 && this.ignoreCase && (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch)) return UNKNOWN;
    const f = fold(ch);
    return { exact: [f], needs: [f] };
  }

  private group(): Part {
    const head = /^\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(this.src.slice(this.at))!;
    if (/^\(\?[^:=!<]/.test(this.src.slice(this.at))) throw new Unsupported(); // modifiers, (?i:…)
    this.at += head[0].length;
    const inner = this.alternation();
    if (this.src[this.at] !== ')') throw new Unsupported();
    this.at++;
    // A lookaround matches no characters; a positive one still needs what it looks for, in the text around.
    if (head[1] === '?!' || head[1] === '?<!') return ZERO;
    if (head[1] === '?=' || head[1] === '?<=') return { exact: [''], needs: inner.needs, all: inner.all };
    return inner;
  }

  private escape(): Part {
    const c = this.src[this.at + 1];
    if (c === undefined) throw new Unsupported();
    this.at += 2;
    if (c === 'b' || c === 'B') return ZERO;
    if (c === 'd') return DIGIT;
    if ('DwWsS'.includes(c)) return UNKNOWN;
    if (c === 'p' || c === 'P') {
      if (this.unicode) this.skipBraces();
      return this.unicode ? UNKNOWN : this.literal(c.charCodeAt(0));
    }
    // Back references, octal and control escapes: not read (the regex is always searched).
    if (/[0-9]/.test(c) || c === 'k' || c === 'c') throw new Unsupported();
    const code = this.codeEscape(c);
    if (code !== undefined) return this.literal(code);
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return this.literal((controls[c] ?? c).codePointAt(0)!);
  }

  /** \xHH, \uHHHH, \u{H…}: the code point, or undefined for another escape. */
  private codeEscape(c: string): number | undefined {
    const rest = this.src.slice(this.at);
    const m =
      c === 'x'
        ? /^[0-9A-Fa-f]{2}/.exec(rest)
        : c === 'u'
          ? (this.unicode ? /^\{[0-9A-Fa-f]+\}|^[0-9A-Fa-f]{4}/ : /^[0-9A-Fa-f]{4}/).exec(rest)
          : null;
    if (!m) {
      if (c === 'x' || c === 'u') throw new Unsupported();
      return undefined;
    }
    this.at += m[0].length;
    return parseInt(m[0].replace(/[{}]/g, ''), 16);
  }

  private skipBraces(): void {
    const end = this.src.indexOf('}', this.at);
    if (this.src[this.at] !== '{' || end < 0) throw new Unsupported();
    this.at = end + 1;
  }

  /** A class of a few characters is an exact set of them; a negated, empty or wide one is unknown. */
  private characterClass(): Part {
    this.at++;
    const negated = this.src[this.at] === '^';
    if (negated) this.at++;
    const chars = new Set<number>();
    let wide = false;
    while (this.src[this.at] !== ']') {
      if (this.at >= this.src.length) throw new Unsupported();
      const lo = this.classAtom();
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        const hi = this.classAtom();
        if (lo === undefined || hi === undefined || hi - lo > 16) wide = true;
        else for (let x = lo; x <= hi; x++) chars.add(x);
      } else if (lo === undefined) wide = true;
      else chars.add(lo);
    }
    this.at++;
    if (negated || wide || chars.size === 0 || chars.size > MAX_EXACT) return UNKNOWN;
    const exact = new Set<string>();
    for (const cp of chars) {
      const part = this.literal(cp);
      if (!part.exact) return UNKNOWN;
      exact.add(part.exact[0]!);
    }
    return { exact: [...exact], needs: [...exact] };
  }

  /** One character of a class, or undefined for a class escape (\d, \w, \p{…}). */
  private classAtom(): number | undefined {
    const c = this.src[this.at]!;
    if (c !== '\\') {
      const cp = this.src.codePointAt(this.at)!;
      this.at += cp > 0xffff ? 2 : 1;
      return cp;
    }
    const e = this.src[this.at + 1];
    if (e === undefined) throw new Unsupported();
    this.at += 2;
    if ('dDwWsS'.includes(e)) return undefined;
    if ((e === 'p' || e === 'P') && this.unicode) {
      this.skipBraces();
      return undefined;
    }
    if (/[0-9]/.test(e) || e === 'c' || e === 'k') throw new Unsupported();
    if (e === 'b') return 8; // backspace inside a class
    const code = this.codeEscape(e);
    if (code !== undefined) return code;
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    return (controls[e] ?? e).codePointAt(0)!;
  }
}
