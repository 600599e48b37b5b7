// The store stage: documents, mentions and full-text search, in a SQLite file or a PostgreSQL database.
import { InvalidInput } from '../errors.ts';
import { resolve } from 'node:path';
import type { SqlExecutor, StoreDialect } from './dialect.ts';
import { displayLocation, isPostgresLocation, openPostgres } from './postgres/open.ts';
import { postgresDialect } from './postgres/search-dialect.ts';
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

export { isPostgresLocation } from './postgres/open.ts';

/**
 * Opens and migrates a store: a PostgreSQL database for a postgres:// or postgresql:// location
 * (the database must exist), otherwise a SQLite file (creating its directory and the file if
 * needed) or ':memory:'. The store's `location` never shows a password.
 */
export async function openStore(path: string | ':memory:', options: StoreOptions = {}): Promise<Store> {
  const threshold = options.nearDuplicateThreshold;
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
    throw new InvalidInput(`near-duplicate threshold must be above 0 and at most 1, got ${threshold}`);
  }
  const postgres = isPostgresLocation(path);
  const exec: SqlExecutor = postgres ? await openPostgres(path) : openSqlite(path);
  const dialect: StoreDialect = postgres ? postgresDialect : sqliteDialect;
  try {
    const store = await createStore(exec, dialect, undefined, threshold);
    if (postgres) return { ...store, location: displayLocation(path) };
    return path === ':memory:' ? store : { ...store, location: resolve(path) };
  } catch (error) {
    await exec.close();
    throw error;
  }
}
