// The store stage: documents, mentions and full-text search in SQLite.
import { resolve } from 'node:path';
import { openSqlite } from './sqlite/open.ts';
import { sqliteDialect } from './sqlite/search-dialect.ts';
import { createStore } from './store.ts';
import type { Store } from './types.ts';

export type {
  DocumentListOptions,
  FactRecord,
  MentionFilter,
  MentionRecord,
  SaveFileInput,
  SaveFileResult,
  SearchHit,
  SearchOptions,
  Store,
  StoreStats,
  StoredDocument,
  StoredMention,
} from './types.ts';
export { SNIPPET_ELLIPSIS, SNIPPET_MARK_CLOSE, SNIPPET_MARK_OPEN, snippetParts } from './snippet.ts';
export { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from './search.ts';

export interface StoreOptions {
  /** Estimated Jaccard similarity from which two documents are near-duplicates (default 0.8). */
  nearDuplicateThreshold?: number;
}

/** Opens (creating the parent directory and the file if needed) and migrates a store. */
export async function openStore(path: string | ':memory:', options: StoreOptions = {}): Promise<Store> {
  const threshold = options.nearDuplicateThreshold;
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`near-duplicate threshold must be above 0 and at most 1, got ${threshold}`);
  }
  const exec = openSqlite(path);
  try {
    const store = await createStore(exec, sqliteDialect, undefined, threshold);
    return path === ':memory:' ? store : { ...store, location: resolve(path) };
  } catch (error) {
    await exec.close();
    throw error;
  }
}
