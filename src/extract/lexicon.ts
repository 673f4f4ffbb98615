import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { nameKey, slugId, toSimplified } from './normalize';
import { ENTITY_TYPES, type EntityType } from './types';
import { ROOT } from '../paths';

const FILE_TYPES: Record<string, EntityType> = {
  'organizations.json': 'Organization',
  'people.json': 'Person',
  'chips.json': 'Chip',
  'products.json': 'Product',
  'places.json': 'Place',
  'events.json': 'Event',
};

const entrySchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  type: z.enum(ENTITY_TYPES).optional(),
  maker: z.string().optional(),
  /** A merchant chip or foundry business: its chips are products, not an in-house chip program. */
  chipVendor: z.boolean().optional(),
  /** An AI-chip challenger (Cerebras, 寒武纪): a chip company whose own AI silicon is its chip program. */
  challenger: z.boolean().optional(),
  /** Fabricates chips for others: the only possible subject of MANUFACTURES. */
  foundry: z.boolean().optional(),
  /** A common noun (GPU): recognised as an entity, never an end of a relation. */
  generic: z.boolean().optional(),
  /** A news outlet (Reuters, 彭博): it reports the news and is named as an entity, but is no party to it. */
  media: z.boolean().optional(),
  /** A design licensed to chipmakers (Arm's Cortex and Mali cores): its designer develops it, but it is no chip program. */
  licensed: z.boolean().optional(),
  /** The leader AI-chip challengers are measured against (NVIDIA): a story about a challenger that names it tells of their rivalry. */
  incumbent: z.boolean().optional(),
  /** Its products carry its name and a model number (Xiaomi 17, 蔚来ET9, Cisco 8000): such a name is its product. */
  namesModels: z.boolean().optional(),
  /** The organization a business unit belongs to (AWS: Amazon); used only to accept either as a chip's developer. */
  parent: z.string().optional(),
  /** A person's organizations, current first, then notable former ones: who the person is known to work or have worked for. */
  employers: z.array(z.string().min(1)).default([]),
  /** An organization's known investors and shareholders (organizations or people of the lexicon), outside its own group. */
  investors: z.array(z.string().min(1)).default([]),
  /** Organizations it is known to compete with (either side may list the other): who a story about it may call its rivals. */
  rivals: z.array(z.string().min(1)).default([]),
  /** Its known strategic partners (either side may list the other). */
  partners: z.array(z.string().min(1)).default([]),
  /** Its known, established suppliers (of chips, wafers, memory, servers, tools or capacity). */
  suppliers: z.array(z.string().min(1)).default([]),
  /** Companies it is known to have bought or merged into itself, or agreed to (the press may tell of the deal again). */
  acquired: z.array(z.string().min(1)).default([]),
  /**
   * Descriptions news uses for it instead of its name ("search giant" after "the", 搜索巨头 after 这家),
   * lower case: a reference by one of them is to the entity, when the article has named it.
   */
  epithets: z.array(z.string().min(1)).default([]),
});

export interface LexiconEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  makerId?: string;
  parentId?: string;
  /** A person's organizations (lexicon ids), current first. */
  employerIds?: string[];
  /** An organization's known investors (lexicon ids). */
  investorIds?: string[];
  /** Organizations it is known to compete with (lexicon ids), whichever side lists the other. */
  rivalIds?: Set<string>;
  /** Its known strategic partners (lexicon ids), whichever side lists the other. */
  partnerIds?: Set<string>;
  /** Its known suppliers, and the customers it is known to supply (lexicon ids). */
  supplierIds?: Set<string>;
  customerIds?: Set<string>;
  /** Companies it is known to have acquired or agreed to acquire (lexicon ids). */
  acquiredIds?: Set<string>;
  chipVendor?: boolean;
  challenger?: boolean;
  foundry?: boolean;
  generic?: boolean;
  media?: boolean;
  licensed?: boolean;
  namesModels?: boolean;
  incumbent?: boolean;
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  /** nameKey of any spelling -> entry id. */
  byKey: Map<string, string>;
  /** Surface forms to look for in Simplified text, longest first. */
  surfaces: { text: string; id: string; latin: boolean }[];
  /** Epithet (lower case, Simplified) -> the entities it describes. */
  epithets: Map<string, string[]>;
}

export const DEFAULT_LEXICON_DIR = join(ROOT, 'seeds/lexicon');

const loaded = new Map<string, Lexicon>();

/** The lexicon in `dir`, read and checked once per process (every caller shares it). */
export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const path = resolve(dir);
  let lexicon = loaded.get(path);
  if (!lexicon) loaded.set(path, (lexicon = readLexicon(path)));
  return lexicon;
}

function readLexicon(dir: string): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  const byKey = new Map<string, string>();
  const makers: [LexiconEntry, string][] = [];
  const parents: [LexiconEntry, string][] = [];
  const employers: [LexiconEntry, string[]][] = [];
  const investors: [LexiconEntry, string[]][] = [];
  const rivals: [LexiconEntry, string[]][] = [];
  const partners: [LexiconEntry, string[]][] = [];
  const suppliers: [LexiconEntry, string[]][] = [];
  const acquired: [LexiconEntry, string[]][] = [];
  const epithets = new Map<string, string[]>();
  for (const file of readdirSync(dir)
    .filter((f) => f in FILE_TYPES)
    .sort()) {
    const rows = z.array(entrySchema).parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    for (const row of rows) {
      const entry: LexiconEntry = {
        id: slugId(row.name),
        name: row.name,
        type: row.type ?? FILE_TYPES[file]!,
        aliases: row.aliases,
        chipVendor: row.chipVendor,
        challenger: row.challenger,
        foundry: row.foundry,
        generic: row.generic,
        media: row.media,
        licensed: row.licensed,
        namesModels: row.namesModels,
        incumbent: row.incumbent,
      };
      if (entries.has(entry.id)) throw new Error(`lexicon: ${row.name} is listed twice`);
      entries.set(entry.id, entry);
      for (const spelling of [row.name, ...row.aliases]) {
        const key = nameKey(spelling);
        const other = byKey.get(key);
        if (other && other !== entry.id) throw new Error(`lexicon: "${spelling}" names both ${other} and ${entry.id}`);
        byKey.set(key, entry.id);
      }
      for (const epithet of row.epithets) {
        const key = toSimplified(epithet.toLowerCase().replace(/\s+/g, ' ').trim());
        epithets.set(key, [...(epithets.get(key) ?? []), entry.id]);
      }
      if (row.maker) makers.push([entry, row.maker]);
      if (row.parent) parents.push([entry, row.parent]);
      if (row.employers.length) employers.push([entry, row.employers]);
      if (row.investors.length) investors.push([entry, row.investors]);
      if (row.rivals.length) rivals.push([entry, row.rivals]);
      if (row.partners.length) partners.push([entry, row.partners]);
      if (row.suppliers.length) suppliers.push([entry, row.suppliers]);
      if (row.acquired.length) acquired.push([entry, row.acquired]);
    }
  }
  for (const [entry, maker] of makers) {
    const id = byKey.get(nameKey(maker));
    if (!id) throw new Error(`lexicon: maker "${maker}" of ${entry.name} is not in the lexicon`);
    entry.makerId = id;
  }
  for (const [entry, parent] of parents) {
    const id = byKey.get(nameKey(parent));
    if (!id || entries.get(id)?.type !== 'Organization')
      throw new Error(`lexicon: parent "${parent}" of ${entry.name} is not an organization of the lexicon`);
    entry.parentId = id;
  }
  for (const [entry, orgs] of employers) {
    entry.employerIds = orgs.map((o) => {
      const id = byKey.get(nameKey(o));
      if (!id || entries.get(id)?.type !== 'Organization')
        throw new Error(`lexicon: employer "${o}" of ${entry.name} is not an organization of the lexicon`);
      return id;
    });
  }
  for (const [entry, names] of investors) {
    entry.investorIds = names.map((n) => {
      const id = byKey.get(nameKey(n));
      const type = id ? entries.get(id)?.type : undefined;
      if (!id || (type !== 'Organization' && type !== 'Person'))
        throw new Error(`lexicon: investor "${n}" of ${entry.name} is not an organization or person of the lexicon`);
      return id;
    });
  }
  // Two organizations known to be related: each end must be an organization of the lexicon.
  const link = (kind: string, entry: LexiconEntry, n: string, add: (other: LexiconEntry) => void) => {
    const id = byKey.get(nameKey(n));
    const other = id ? entries.get(id) : undefined;
    if (!other || other.type !== 'Organization' || entry.type !== 'Organization')
      throw new Error(`lexicon: ${kind} "${n}" of ${entry.name} is not an organization of the lexicon`);
    add(other);
  };
  // (Rivals and partners are so whichever side lists the other.)
  const mutual = (kind: string, lists: [LexiconEntry, string[]][], field: 'rivalIds' | 'partnerIds') => {
    for (const [entry, names] of lists)
      for (const n of names)
        link(kind, entry, n, (other) => {
          (entry[field] ??= new Set()).add(other.id);
          (other[field] ??= new Set()).add(entry.id);
        });
  };
  mutual('rival', rivals, 'rivalIds');
  mutual('partner', partners, 'partnerIds');
  for (const [entry, names] of suppliers)
    for (const n of names)
      link('supplier', entry, n, (other) => {
        (entry.supplierIds ??= new Set()).add(other.id);
        (other.customerIds ??= new Set()).add(entry.id);
      });
  for (const [entry, names] of acquired)
    for (const n of names) link('acquired company', entry, n, (other) => (entry.acquiredIds ??= new Set()).add(other.id));
  const surfaces = [...entries.values()]
    .flatMap((e) => [e.name, ...e.aliases].map((s) => ({ text: toSimplified(s), id: e.id, latin: /[A-Za-z0-9]/.test(s) })))
    .sort((a, b) => b.text.length - a.text.length);
  return { entries, byKey, surfaces, epithets };
}
