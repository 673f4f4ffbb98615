import DataLoader from 'dataloader';
import type { GraphReader, PageArgs, RelationFilter, TimelineFilter } from '../repo/reader';
import type { ProgramShape, RelationShape } from '../repo/shapes';

/**
 * Per-request DataLoaders: a field asked for on many entities (say `relations` on every search hit)
 * is one Cypher query for all of them, not one per entity. Loaders are keyed by the field's arguments
 * and projection shape because one batch query serves one set of them.
 *
 * A class, so that a request's loaders cost one object and an empty map until a field uses them
 * (every request gets its own, and most use one or none).
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(private readonly reader: GraphReader) {}

  /**
   * One read per request for one question: aliases asking the same (`a0: entity(name: "X") … a49: entity(name: "X")`)
   * share its answer, so a document cannot multiply a query (and, on a cold plan cache, Neo4j's planning of it).
   */
  once<V>(question: unknown, read: () => Promise<V>): Promise<V> {
    const key = JSON.stringify(question);
    let found = this.reads.get(key) as Promise<V> | undefined;
    if (!found) {
      found = read();
      this.reads.set(key, found);
    }
    return found;
  }

  private loader<V>(field: string, args: unknown, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    const key = `${field}:${JSON.stringify(args)}`;
    let found = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!found) {
      found = new DataLoader<string, V>(batch);
      this.loaders.set(key, found);
    }
    return found;
  }

  private load<V>(field: string, args: unknown, batch: (ids: readonly string[]) => Promise<V[]>, id: string) {
    return this.loader(field, args, batch).load(id);
  }

  relations(id: string, f: RelationFilter, page: PageArgs, shape: RelationShape) {
    return this.load('relations', [f, page, shape], (ids) => this.reader.relationsOf(ids, f, page, shape), id);
  }

  relationCount(id: string, f: RelationFilter) {
    return this.load('relationCount', f, (ids) => this.reader.countRelationsOf(ids, f), id);
  }

  timeline(id: string, f: TimelineFilter, page: PageArgs, shape: RelationShape) {
    return this.load('timeline', [f, page, shape], (ids) => this.reader.timelineOf(ids, f, page, shape), id);
  }

  timelineCount(id: string, f: TimelineFilter) {
    return this.load('timelineCount', f, (ids) => this.reader.countTimelineOf(ids, f), id);
  }

  articles(id: string, page: PageArgs, fields: readonly string[]) {
    return this.load('articles', [page, fields], (ids) => this.reader.articlesMentioning(ids, page, fields), id);
  }

  articleCount(id: string) {
    return this.load('articleCount', null, (ids) => this.reader.countArticlesMentioning(ids), id);
  }

  mentionCount(id: string) {
    return this.load('mentionCount', null, (ids) => this.reader.mentionCounts(ids), id);
  }

  chipProgram(id: string, shape: ProgramShape) {
    return this.load('chipProgram', shape, (ids) => this.reader.chipProgramsOf(ids, shape), id);
  }

  articleText(id: string) {
    return this.load('articleText', null, (ids) => this.reader.articleTexts(ids), id);
  }

  evidence(id: string, label: 'Fact' | 'ChipProgram', page: PageArgs, fields: readonly string[]) {
    return this.load('evidence', [label, page, fields], (ids) => this.reader.evidenceOf(ids, label, page, fields), id);
  }

  evidenceCount(id: string, label: 'Fact' | 'ChipProgram') {
    return this.load('evidenceCount', label, (ids) => this.reader.countEvidenceOf(ids, label), id);
  }
}

export function createLoaders(reader: GraphReader): Loaders {
  return new Loaders(reader);
}
