import type { Transaction } from 'neo4j-driver';
import { nameKey, toSimplified } from '../extract/normalize';
import type { CurationRecord, PreparedArticle } from './types';

/**
 * Curations are stored as `(:Curation)` nodes (who, when, why, what) and replayed by every
 * ingestion, so a curator's corrections survive re-ingesting the articles they correct: an
 * extraction is rewritten by the active curations before it is written.
 */
export type CurationKind = CurationRecord['kind'];

export interface CurationRules {
  /** Merged-away entity id -> surviving entity id (chains resolved). */
  redirects: Map<string, string>;
  types: Map<string, string>;
  added: Map<string, string[]>;
  removed: Map<string, Set<string>>;
  /** Fact ids hidden from reads (after merges); new statements of them stay hidden. */
  rejected: Set<string>;
  /** Each rejected fact id as it was rejected -> the id of the curation that rejected it. */
  rejectedBy: Map<string, string>;
  /** Article ids a curator deleted; ingesting them again is refused. */
  deleted: Set<string>;
  /** The curations' sequence value these rules were read at (ingestion checks it before committing). */
  version: number;
}

const LOAD = `MATCH (c:Curation) WHERE c.active
  RETURN c.id AS id, c.kind AS kind, c.entity AS entity, c.into AS into, c.alias AS alias, c.type AS type, c.fact AS fact, c.article AS article
  ORDER BY c.seq`;

/** The rules' version: the curations' sequence value. */
export const RULES_VERSION = "OPTIONAL MATCH (s:Sequence {name: 'curations'}) RETURN coalesce(s.value, 0) AS version";

/** The active curations, read in the writing transaction (so a curation and a write never cross). */
export async function loadRules(tx: Transaction): Promise<CurationRules> {
  // Both queries are sent at once (pipelined), one round trip.
  const [versioned, loaded] = await Promise.all([tx.run(RULES_VERSION), tx.run(LOAD)]);
  const version = Number(versioned.records[0]?.get('version') ?? 0);
  const rules: CurationRules = {
    redirects: new Map(),
    types: new Map(),
    added: new Map(),
    removed: new Map(),
    rejected: new Set(),
    rejectedBy: new Map(),
    deleted: new Set(),
    version,
  };
  for (const r of loaded.records) {
    const [kind, entity] = [r.get('kind') as CurationKind, r.get('entity') as string | null];
    if (kind === 'MERGE') rules.redirects.set(entity!, r.get('into') as string);
    else if (kind === 'SET_TYPE') rules.types.set(entity!, r.get('type') as string);
    else if (kind === 'ADD_ALIAS') rules.added.set(entity!, [...(rules.added.get(entity!) ?? []), r.get('alias') as string]);
    else if (kind === 'REMOVE_ALIAS') rules.removed.set(entity!, (rules.removed.get(entity!) ?? new Set()).add(r.get('alias') as string));
    else if (kind === 'REJECT_FACT') rules.rejectedBy.set(r.get('fact') as string, r.get('id') as string);
    else if (kind === 'DELETE_ARTICLE') rules.deleted.add(r.get('article') as string);
  }
  rules.rejected = rejectedAfterMerges(rules);
  return rules;
}

/**
 * The ids rejected facts have now: a fact id is `TYPE:subject:object`, and a merge of either end
 * makes the rejected statement the one about the survivor. (`ids`: only these rejected ids.)
 */
export function rejectedAfterMerges(rules: CurationRules, ids: Iterable<string> = rules.rejectedBy.keys()): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const [type, s, o] = id.split(':');
    out.add(type && s && o ? `${type}:${survivor(rules, s)}:${survivor(rules, o)}` : id);
  }
  return out;
}

/** Where an entity id leads after merges (a merged entity may have been merged again). */
export function survivor(rules: CurationRules, id: string): string {
  const seen = new Set<string>();
  let current = id;
  while (rules.redirects.has(current) && !seen.has(current)) {
    seen.add(current);
    current = rules.redirects.get(current)!;
  }
  return current;
}

/** The alias keys a spelling is stored under (as the writer makes them). */
export const keysOf = (spelling: string) => [nameKey(spelling), toSimplified(spelling)].filter(Boolean);

/**
 * An article's extraction as the curations say it should be: merged entities become their
 * survivor (facts re-keyed; a fact between an entity and itself dropped), curated types and
 * aliases applied. Articles a curator deleted are left out (`skipped`).
 */
export function applyRules(articles: PreparedArticle[], rules: CurationRules): { articles: PreparedArticle[]; skipped: string[] } {
  const skipped = articles.filter((a) => rules.deleted.has(a.id)).map((a) => a.id);
  const kept = articles.filter((a) => !rules.deleted.has(a.id));
  if (!rules.redirects.size && !rules.types.size && !rules.added.size && !rules.removed.size) return { articles: kept, skipped };
  const to = (id: string) => survivor(rules, id);
  return {
    skipped,
    articles: kept.map((article) => {
      const x = article.extraction;
      const entities = new Map<string, (typeof x.entities)[number]>();
      for (const e of x.entities) {
        const id = to(e.id);
        const prev = entities.get(id);
        const removed = rules.removed.get(id) ?? new Set<string>();
        const aliases = [
          ...new Set([
            ...(prev ? [prev.name, ...prev.aliases] : []),
            ...e.aliases,
            ...(id !== e.id ? [e.name] : []),
            ...(rules.added.get(id) ?? []),
          ]),
        ];
        entities.set(id, {
          ...(prev ?? e),
          id,
          type: (rules.types.get(id) as typeof e.type | undefined) ?? prev?.type ?? e.type,
          aliases: aliases.filter((a) => !removed.has(a) && a !== (prev ?? e).name),
        });
      }
      const relations = x.relations
        .map((r) => ({ ...r, subjectId: to(r.subjectId), objectId: to(r.objectId) }))
        .filter((r) => r.subjectId !== r.objectId);
      // Programs name their chips and partners: a merged one by the name its survivor has in this article.
      const nameOf = new Map(x.entities.map((e) => [e.name, entities.get(to(e.id))!.name]));
      const rename = (names: string[]) => [...new Set(names.map((n) => nameOf.get(n) ?? n))];
      const chipPrograms = x.chipPrograms.map((p) => ({
        ...p,
        ownerId: to(p.ownerId),
        chips: rename(p.chips),
        partners: rename(p.partners),
      }));
      return { ...article, extraction: { ...x, entities: [...entities.values()], relations, chipPrograms } };
    }),
  };
}
