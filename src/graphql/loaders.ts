import DataLoader from 'dataloader';
import type { GraphReader, PageArgs, RelationFilter, TimelineFilter } from '../repo/reader';
import type { ProgramShape, RelationShape } from '../repo/shapes';
import type { ArticleRecord, KeyedRow, RelationRecord } from '../repo/types';

/**
 * Per-request DataLoaders: a field asked for on many entities (say `relations` on every search hit)
 * is one Cypher query for all of them, not one per entity. Loaders are keyed by the field's arguments
 * and projection shape because one batch query serves one set of them.
 */
export function createLoaders(reader: GraphReader) {
  const loaders = new Map<string, DataLoader<string, unknown>>();
  function loader<V>(field: string, args: unknown, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    const key = `${field}:${JSON.stringify(args)}`;
    let found = loaders.get(key) as DataLoader<string, V> | undefined;
    if (!found) {
      found = new DataLoader<string, V>(batch);
      loaders.set(key, found);
    }
    return found;
  }
  const load = <V>(field: string, args: unknown, batch: (ids: readonly string[]) => Promise<V[]>, id: string) =>
    loader(field, args, batch).load(id);
  const relations = (f: RelationFilter, page: PageArgs, shape: RelationShape) =>
    loader('relations', [f, page, shape], (ids) => reader.relationsOf(ids, f, page, shape));
  const articles = (page: PageArgs) => loader('articles', page, (ids) => reader.articlesMentioning(ids, page));
  return {
    relations: (id: string, f: RelationFilter, page: PageArgs, shape: RelationShape) => relations(f, page, shape).load(id),
    /** Answers from a query that already fetched this page (see Query.entity). */
    primeRelations: (id: string, f: RelationFilter, page: PageArgs, shape: RelationShape, rows: KeyedRow<RelationRecord>[]) =>
      void relations(f, page, shape).prime(id, rows),
    relationCount: (id: string, f: RelationFilter) => load('relationCount', f, (ids) => reader.countRelationsOf(ids, f), id),
    timeline: (id: string, f: TimelineFilter, page: PageArgs, shape: RelationShape) =>
      load('timeline', [f, page, shape], (ids) => reader.timelineOf(ids, f, page, shape), id),
    timelineCount: (id: string, f: TimelineFilter) => load('timelineCount', f, (ids) => reader.countTimelineOf(ids, f), id),
    articles: (id: string, page: PageArgs) => articles(page).load(id),
    primeArticles: (id: string, page: PageArgs, rows: KeyedRow<ArticleRecord>[]) => void articles(page).prime(id, rows),
    articleCount: (id: string) => load('articleCount', null, (ids) => reader.countArticlesMentioning(ids), id),
    mentionCount: (id: string) => load('mentionCount', null, (ids) => reader.mentionCounts(ids), id),
    chipProgram: (id: string, shape: ProgramShape) => load('chipProgram', shape, (ids) => reader.chipProgramsOf(ids, shape), id),
    articleText: (id: string) => load('articleText', null, (ids) => reader.articleTexts(ids), id),
    evidence: (id: string, label: 'Fact' | 'ChipProgram', page: PageArgs, fields: readonly string[]) =>
      load('evidence', [label, page, fields], (ids) => reader.evidenceOf(ids, label, page, fields), id),
    evidenceCount: (id: string, label: 'Fact' | 'ChipProgram') =>
      load('evidenceCount', label, (ids) => reader.countEvidenceOf(ids, label), id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
