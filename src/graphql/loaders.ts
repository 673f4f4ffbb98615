import DataLoader from 'dataloader';
import type { GraphReader, PageArgs, RelationFilter, TimelineFilter } from '../repo/reader';

/**
 * Per-request DataLoaders: a field asked for on many entities (say `relations` on every search hit)
 * is one Cypher query for all of them, not one per entity. Loaders are keyed by the field's arguments
 * because one batch query serves one set of arguments.
 */
export function createLoaders(reader: GraphReader) {
  const loaders = new Map<string, DataLoader<string, unknown>>();
  function load<V>(field: string, args: unknown, batch: (ids: readonly string[]) => Promise<V[]>, id: string): Promise<V> {
    const key = `${field}:${JSON.stringify(args)}`;
    let loader = loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch);
      loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader.load(id);
  }
  return {
    relations: (id: string, f: RelationFilter, page: PageArgs) => load('relations', [f, page], (ids) => reader.relationsOf(ids, f, page), id),
    relationCount: (id: string, f: RelationFilter) => load('relationCount', f, (ids) => reader.countRelationsOf(ids, f), id),
    timeline: (id: string, f: TimelineFilter, page: PageArgs) => load('timeline', [f, page], (ids) => reader.timelineOf(ids, f, page), id),
    timelineCount: (id: string, f: TimelineFilter) => load('timelineCount', f, (ids) => reader.countTimelineOf(ids, f), id),
    articles: (id: string, page: PageArgs) => load('articles', page, (ids) => reader.articlesMentioning(ids, page), id),
    articleCount: (id: string) => load('articleCount', null, (ids) => reader.countArticlesMentioning(ids), id),
    chipProgram: (id: string) => load('chipProgram', null, (ids) => reader.chipProgramsOf(ids), id),
    articleText: (id: string) => load('articleText', null, (ids) => reader.articleTexts(ids), id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
