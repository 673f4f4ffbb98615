import neo4j, { type Driver } from 'neo4j-driver';
import { openSession, translate, writeTransaction } from './session';
import { SET_EVIDENCE_RANK, SET_FACT_RANKS, SET_MENTION_RANK } from './ranks';

/**
 * The whole graph as plain records, streamed out and written back: the backup the embedded Neo4j
 * (which has no neo4j-admin) can make, and the source of the export formats. Every node is named by
 * its label and key property (`Entity:microsoft`), so a dump is readable and stable across stores.
 */

/** The node labels of the graph and the property that identifies each (its uniqueness constraint). */
export const KEYS: Readonly<Record<string, string>> = {
  Entity: 'id',
  Article: 'id',
  Fact: 'id',
  ChipProgram: 'id',
  Alias: 'key',
  RemovedFact: 'id',
  RejectedFact: 'id',
  Curation: 'id',
  Sequence: 'name',
  Migration: 'name',
};
/**
 * Ranking keys (ranks.ts) for edges a dump written before them lacks, set as every write sets them
 * (from the fact's summary, a property of its node, which an import writes first).
 */
const RANK_UPKEEP: Partial<Record<string, string>> = {
  SUBJECT: `WITH a, r WHERE r.rank IS NULL WITH DISTINCT a ${SET_FACT_RANKS('a')}`,
  OBJECT: `WITH a, r WHERE r.rank IS NULL WITH DISTINCT a ${SET_FACT_RANKS('a')}`,
  EVIDENCE: `WITH a, b, r WHERE r.rank IS NULL ${SET_EVIDENCE_RANK('r', 'a', 'b')}`,
  MENTIONS: `WITH a, b, r WHERE r.rank IS NULL ${SET_MENTION_RANK('r', 'b', 'a')}`,
};

export const RELATIONSHIP_TYPES = ['OF', 'MENTIONS', 'SUBJECT', 'OBJECT', 'EVIDENCE', 'OWNED_BY', 'HAS_CHIP', 'PARTNER'] as const;

export type Value = string | number | boolean | string[] | number[];

export interface DumpNode {
  kind: 'node';
  /** `Label:key`. */
  id: string;
  label: string;
  properties: Record<string, Value>;
  /** Properties that are date-times (written as ISO strings). */
  datetimes?: string[];
}

export interface DumpRelationship {
  kind: 'relationship';
  type: string;
  start: string;
  end: string;
  properties: Record<string, Value>;
}

export type DumpRecord = DumpNode | DumpRelationship;

/** The property names and value types each label (or relationship type) has, for formats that declare them first. */
export interface PropertyTypes {
  nodes: Map<string, Map<string, string>>;
  relationships: Map<string, Map<string, string>>;
}

/** Driver values to JSON values: date-times become ISO strings (and are listed). */
function plain(props: Record<string, unknown>): { properties: Record<string, Value>; datetimes: string[] } {
  const properties: Record<string, Value> = {};
  const datetimes: string[] = [];
  for (const [k, v] of Object.entries(props)) {
    if (neo4j.isDateTime(v)) {
      properties[k] = (v as { toString(): string }).toString();
      datetimes.push(k);
    } else properties[k] = v as Value;
  }
  return { properties, datetimes };
}

/** ISO date-time (with up to nanoseconds, UTC or an offset) to the driver's DateTime. */
function dateTime(iso: string): unknown {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})/.exec(iso);
  if (!m) throw new Error(`not an ISO date-time: ${iso}`);
  const offset = m[8] === 'Z' ? 0 : (m[8]!.startsWith('-') ? -1 : 1) * (Number(m[8]!.slice(1, 3)) * 3600 + Number(m[8]!.slice(4, 6)) * 60);
  const nanos = Number((m[7] ?? '').padEnd(9, '0'));
  return new neo4j.types.DateTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), nanos, offset);
}

const labelOf = (labels: string[]) => labels.find((l) => l in KEYS);

export class GraphDump {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  /** Streams a query's records (the driver pulls them in batches as they are consumed). */
  private async *stream<T>(cypher: string, map: (r: { get(key: string): unknown }) => T | undefined): AsyncGenerator<T> {
    const session = openSession(this.driver, this.database, 'READ', { fetchSize: 1000 });
    try {
      for await (const record of session.run(cypher)) {
        const row = map(record);
        if (row !== undefined) yield row;
      }
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
    }
  }

  /** Every node of a known label (each once), then every relationship between such nodes. */
  async *records(): AsyncGenerator<DumpRecord> {
    yield* this.stream<DumpNode>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', (r) => {
      const label = labelOf(r.get('labels') as string[]);
      if (!label) return undefined;
      const { properties, datetimes } = plain(r.get('props') as Record<string, unknown>);
      return {
        kind: 'node',
        id: `${label}:${String(properties[KEYS[label]!])}`,
        label,
        properties,
        ...(datetimes.length ? { datetimes } : {}),
      };
    });
    yield* this.stream<DumpRelationship>(
      `MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS al, labels(b) AS bl, properties(a) AS ap, properties(b) AS bp, properties(r) AS props`,
      (r) => {
        const [al, bl] = [labelOf(r.get('al') as string[]), labelOf(r.get('bl') as string[])];
        if (!al || !bl) return undefined;
        const [ap, bp] = [r.get('ap') as Record<string, unknown>, r.get('bp') as Record<string, unknown>];
        return {
          kind: 'relationship',
          type: r.get('type') as string,
          start: `${al}:${String(ap[KEYS[al]!])}`,
          end: `${bl}:${String(bp[KEYS[bl]!])}`,
          properties: plain(r.get('props') as Record<string, unknown>).properties,
        };
      },
    );
  }

  /** Property names and types per label and relationship type (Neo4j's schema procedures). */
  async propertyTypes(): Promise<PropertyTypes> {
    const session = openSession(this.driver, this.database, 'READ');
    try {
      const nodes = new Map<string, Map<string, string>>();
      const relationships = new Map<string, Map<string, string>>();
      const n = await session.run('CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes RETURN *');
      for (const r of n.records) {
        const label = labelOf(r.get('nodeLabels') as string[]);
        const name = r.get('propertyName') as string | null;
        if (!label || !name) continue;
        if (!nodes.has(label)) nodes.set(label, new Map());
        nodes.get(label)!.set(name, (r.get('propertyTypes') as string[])[0]!);
      }
      const rels = await session.run('CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes RETURN *');
      for (const r of rels.records) {
        const type = (r.get('relType') as string).replace(/^:`|`$/g, '');
        const name = r.get('propertyName') as string | null;
        if (!relationships.has(type)) relationships.set(type, new Map());
        if (name) relationships.get(type)!.set(name, (r.get('propertyTypes') as string[])[0]!);
      }
      return { nodes, relationships };
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
    }
  }

  /** How many nodes and relationships a dump writes (read from Neo4j's count store). */
  async size(): Promise<number> {
    const res = await this.driver.executeQuery('RETURN COUNT { (n) } + COUNT { ()-->() } AS n', {}, { database: this.database });
    return res.records[0]!.get('n') as number;
  }

  /** Whether the store holds any article, entity or fact (an import goes into an empty one). */
  async hasData(): Promise<boolean> {
    const res = await this.driver.executeQuery(
      'RETURN EXISTS { (n) WHERE n:Article OR n:Entity OR n:Fact } AS has',
      {},
      { database: this.database },
    );
    return res.records[0]!.get('has') as boolean;
  }

  /**
   * Writes a batch of records in one transaction, nodes merged on their key (so a batch written
   * twice changes nothing), relationships merged between them. Labels and types must be the
   * graph's own: they are checked, since they are not parameters in Cypher.
   */
  async write(batch: DumpRecord[]): Promise<void> {
    const nodes = batch.filter((r): r is DumpNode => r.kind === 'node');
    const rels = batch.filter((r): r is DumpRelationship => r.kind === 'relationship');
    const endpoint = (ref: string) => {
      const i = ref.indexOf(':');
      const label = ref.slice(0, i);
      if (!(label in KEYS)) throw new Error(`unknown node label in ${JSON.stringify(ref)}`);
      return { label, key: ref.slice(i + 1) };
    };
    for (const n of nodes) if (!(n.label in KEYS)) throw new Error(`unknown node label ${JSON.stringify(n.label)}`);
    for (const r of rels) {
      if (!(RELATIONSHIP_TYPES as readonly string[]).includes(r.type))
        throw new Error(`unknown relationship type ${JSON.stringify(r.type)}`);
    }
    await writeTransaction(this.driver, this.database, async (tx) => {
      for (const [label, key] of Object.entries(KEYS)) {
        const rows = nodes
          .filter((n) => n.label === label)
          .map((n) => ({
            key: n.properties[key],
            props: { ...n.properties, ...Object.fromEntries((n.datetimes ?? []).map((k) => [k, dateTime(String(n.properties[k]))])) },
          }));
        if (rows.length) await tx.run(`UNWIND $rows AS row MERGE (n:$($label) {${key}: row.key}) SET n = row.props`, { rows, label });
      }
      const groups = new Map<
        string,
        { type: string; a: string; b: string; rows: { a: string; b: string; props: Record<string, Value> }[] }
      >();
      for (const r of rels) {
        const [a, b] = [endpoint(r.start), endpoint(r.end)];
        const g = `${a.label}|${r.type}|${b.label}`;
        if (!groups.has(g)) groups.set(g, { type: r.type, a: a.label, b: b.label, rows: [] });
        groups.get(g)!.rows.push({ a: a.key, b: b.key, props: r.properties });
      }
      for (const g of groups.values()) {
        // EVIDENCE may link one fact to one article several times (one per sentence): created, not merged.
        const link = g.type === 'EVIDENCE' ? 'CREATE' : 'MERGE';
        await tx.run(
          `UNWIND $rows AS row MATCH (a:$($a) {${KEYS[g.a]!}: row.a}), (b:$($b) {${KEYS[g.b]!}: row.b}) ${link} (a)-[r:$($type)]->(b) SET r = row.props
           ${RANK_UPKEEP[g.type] ?? ''}`,
          { rows: g.rows, a: g.a, b: g.b, type: g.type },
        );
      }
    });
  }
}
