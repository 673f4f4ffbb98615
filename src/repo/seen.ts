import type { Driver } from 'neo4j-driver';
import { openSession, translate } from './session';

/** What is stored already under an article's id and text (see ArticleIndex.lookup). */
export interface StoredArticle {
  /** The content hash stored under this id; null when the id is new. */
  hashOfId: string | null;
  /** Another article with the same text, if any. */
  sameTextAs: string | null;
}

/**
 * What ingestion asks before fetching or writing: which URLs and texts the graph already has
 * (Article.url and Article.contentHash are indexed; see migrations.ts).
 */
export class ArticleIndex {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  /** The URLs among `urls` that a stored article has. */
  async knownUrls(urls: readonly string[]): Promise<Set<string>> {
    if (!urls.length) return new Set();
    const rows = await this.read<string>('UNWIND $urls AS u MATCH (a:Article {url: u}) RETURN DISTINCT u AS row', {
      urls: [...new Set(urls)],
    });
    return new Set(rows);
  }

  async lookup(id: string, contentHash: string): Promise<StoredArticle> {
    const [row] = await this.read<StoredArticle>(
      `OPTIONAL MATCH (mine:Article {id: $id})
       CALL () { OPTIONAL MATCH (other:Article {contentHash: $hash}) WHERE other.id <> $id RETURN other.id AS other LIMIT 1 }
       RETURN {hashOfId: mine.contentHash, sameTextAs: other} AS row`,
      { id, hash: contentHash },
    );
    return row ?? { hashOfId: null, sameTextAs: null };
  }

  private async read<T>(cypher: string, params: Record<string, unknown>): Promise<T[]> {
    const session = openSession(this.driver, this.database, 'READ');
    try {
      return (await session.run(cypher, params)).records.map((r) => r.get('row') as T);
    } catch (err) {
      throw translate(err);
    } finally {
      await session.close();
    }
  }
}
