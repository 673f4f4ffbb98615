import type { Lexicon } from '../lexicon';
import { nameKey } from '../normalize';
import type { EntityType } from '../types';

/** An entity the lexicon lacks, or a new spelling of one it has, found in this article. */
export interface Discovered {
  name: string;
  type: EntityType;
  spellings: string[];
  /** Set when the spellings belong to a lexicon entity. */
  lexiconId?: string;
  /** How the article describes it ("startup", "chipmaker"), for "the startup" in later sentences. */
  nouns: string[];
  /** The maker of a chip found as a model of a known family (Ascend 950PR: Huawei). */
  makerId?: string;
}

/** A sentence as discovery sees it: the original text and its Simplified view (same offsets). */
export interface DiscoverySentence {
  text: string;
  simp: string;
}

/** What discovery has found so far in one article; later finds add spellings to earlier ones. */
export class Registry {
  private readonly found = new Map<string, Discovered>();

  constructor(readonly lex: Lexicon) {}

  /** The lexicon entity or earlier find a spelling names. */
  known(spelling: string): string | undefined {
    const key = nameKey(spelling);
    return this.lex.byKey.get(key) ?? (this.found.has(key) ? key : this.bySpelling.get(key));
  }

  private readonly bySpelling = new Map<string, string>();

  add(name: string, type: EntityType, spellings: string[], opts: { lexiconId?: string; noun?: string; makerId?: string } = {}): void {
    const clean = [name, ...spellings].map((s) => s.trim()).filter((s) => s.length > 1);
    const key = opts.lexiconId ?? this.known(name) ?? nameKey(name);
    const prev = this.found.get(key);
    const entry = prev ?? {
      name,
      type,
      spellings: [],
      lexiconId: opts.lexiconId ?? (this.lex.entries.has(key) ? key : undefined),
      nouns: [],
    };
    if (!prev) this.found.set(key, entry);
    for (const s of clean) {
      if (!entry.spellings.includes(s)) entry.spellings.push(s);
      this.bySpelling.set(nameKey(s), key);
    }
    if (opts.noun && !entry.nouns.includes(opts.noun)) entry.nouns.push(opts.noun);
    entry.makerId ??= opts.makerId;
  }

  /** Describe an entity (lexicon or found) with a noun: "Rivos, a chip startup". */
  describe(spelling: string, noun: string): void {
    const id = this.known(spelling);
    if (!id) return;
    const entry = this.lex.entries.get(id);
    if (entry) this.add(entry.name, entry.type, [], { lexiconId: id, noun });
    else this.found.get(id)?.nouns.push(noun);
  }

  /** The type of the lexicon entity or earlier find a spelling names. */
  typeOf(spelling: string): EntityType | undefined {
    const id = this.known(spelling);
    if (!id) return undefined;
    return this.lex.entries.get(id)?.type ?? this.found.get(id)?.type;
  }

  all(): Discovered[] {
    return [...this.found.values()];
  }
}
