import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { DumpNode, DumpRecord, DumpRelationship, PropertyTypes, Value } from '../repo/dump';

/** Where exported records go: one format, written as they stream in (memory stays flat). */
export interface Sink {
  write(record: DumpRecord): Promise<void>;
  close(): Promise<void>;
  /** The files written. */
  files(): string[];
}

export const FORMATS = ['jsonl', 'graphml', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** A file written with backpressure: a write waits while the stream's buffer is full. */
class File {
  private readonly stream: WriteStream;
  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
  }
  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** jsonl: one record per line (what `npm run import` reads back). */
function jsonl(dir: string): Sink {
  const file = new File(join(dir, 'graph.jsonl'));
  return { write: (r) => file.write(`${JSON.stringify(r)}\n`), close: () => file.close(), files: () => [file.path] };
}

// Everything XML 1.0 does not allow (control characters but tab, newline and carriage return, lone surrogates, U+FFFE/F).
const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xml = (s: string) =>
  s.replace(XML_INVALID, '').replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
const text = (v: Value) => (Array.isArray(v) ? v.join(' | ') : String(v));

/** Neo4j's property types as GraphML attribute types (lists and date-times become strings). */
const GRAPHML_TYPE: Record<string, string> = { Long: 'long', Double: 'double', Boolean: 'boolean', String: 'string' };

/** GraphML (Gephi, NetworkX, yEd): nodes with their label and properties, relationships as directed edges. */
function graphml(dir: string, types: PropertyTypes): Sink {
  const file = new File(join(dir, 'graph.graphml'));
  const keys = (of: Map<string, Map<string, string>>) => {
    const out = new Map<string, string>();
    for (const props of of.values())
      for (const [name, t] of props)
        out.set(name, out.has(name) && out.get(name) !== GRAPHML_TYPE[t] ? 'string' : (GRAPHML_TYPE[t] ?? 'string'));
    return out;
  };
  const nodeKeys = keys(types.nodes);
  const edgeKeys = keys(types.relationships);
  let started = false;
  const header = () =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      ...[...nodeKeys].map(([k, t]) => `<key id="n_${xml(k)}" for="node" attr.name="${xml(k)}" attr.type="${t}"/>`),
      '<key id="type" for="edge" attr.name="type" attr.type="string"/>',
      ...[...edgeKeys].map(([k, t]) => `<key id="e_${xml(k)}" for="edge" attr.name="${xml(k)}" attr.type="${t}"/>`),
      '<graph id="chipgraph" edgedefault="directed">',
      '',
    ].join('\n');
  const data = (prefix: string, props: Record<string, Value>) =>
    Object.entries(props)
      .map(([k, v]) => `<data key="${prefix}${xml(k)}">${xml(text(v))}</data>`)
      .join('');
  return {
    async write(r) {
      if (!started) await file.write(header());
      started = true;
      if (r.kind === 'node')
        await file.write(`<node id="${xml(r.id)}"><data key="label">${r.label}</data>${data('n_', r.properties)}</node>\n`);
      else
        await file.write(
          `<edge source="${xml(r.start)}" target="${xml(r.end)}"><data key="type">${r.type}</data>${data('e_', r.properties)}</edge>\n`,
        );
    },
    async close() {
      if (!started) await file.write(header());
      await file.write('</graph>\n</graphml>\n');
      await file.close();
    },
    files: () => [file.path],
  };
}

/** Neo4j's property types as neo4j-admin import header types. */
const CSV_TYPE: Record<string, string> = {
  Long: 'long',
  Double: 'double',
  Boolean: 'boolean',
  String: 'string',
  StringArray: 'string[]',
  DateTime: 'datetime',
  LongArray: 'long[]',
};
const csvField = (v: Value | undefined) => {
  if (v === undefined) return '';
  const s = Array.isArray(v) ? v.join(';') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * CSV for `neo4j-admin database import full`: one node file per label (`:ID` is the record's
 * `Label:key`, then typed property columns, then `:LABEL`) and one relationship file per type
 * (`:START_ID`, `:END_ID`, properties, `:TYPE`).
 */
function csv(dir: string, types: PropertyTypes): Sink {
  const files = new Map<string, { file: File; columns: string[] }>();
  const open = async (name: string, columns: [string, string][], pre: string[], post: string[]) => {
    let f = files.get(name);
    if (!f) {
      f = { file: new File(join(dir, name)), columns: columns.map(([c]) => c) };
      files.set(name, f);
      await f.file.write(`${[...pre, ...columns.map(([c, t]) => `${c}:${CSV_TYPE[t] ?? 'string'}`), ...post].join(',')}\n`);
    }
    return f;
  };
  return {
    async write(r: DumpNode | DumpRelationship) {
      if (r.kind === 'node') {
        const f = await open(`nodes-${r.label}.csv`, [...(types.nodes.get(r.label) ?? new Map<string, string>())], [':ID'], [':LABEL']);
        await f.file.write(`${[csvField(r.id), ...f.columns.map((c) => csvField(r.properties[c])), r.label].join(',')}\n`);
      } else {
        const f = await open(
          `relationships-${r.type}.csv`,
          [...(types.relationships.get(r.type) ?? new Map<string, string>())],
          [':START_ID', ':END_ID'],
          [':TYPE'],
        );
        await f.file.write(
          `${[csvField(r.start), csvField(r.end), ...f.columns.map((c) => csvField(r.properties[c])), r.type].join(',')}\n`,
        );
      }
    },
    async close() {
      for (const f of files.values()) await f.file.close();
    },
    files: () => [...files.values()].map((f) => f.file.path),
  };
}

export function openSink(format: Format, dir: string, types: PropertyTypes): Sink {
  mkdirSync(dir, { recursive: true });
  return format === 'jsonl' ? jsonl(dir) : format === 'graphml' ? graphml(dir, types) : csv(dir, types);
}
