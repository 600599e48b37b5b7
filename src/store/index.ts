// The store stage: documents, mentions and full-text search in SQLite.
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

/** Opens (creating the parent directory and the file if needed) and migrates a store. */
export function openStore(path: string | ':memory:'): Store {
  const exec = openSqlite(path);
  try {
    return createStore(exec, sqliteDialect);
  } catch (error) {
    exec.close();
    throw error;
  }
}
