// The reads a read thread answers, by name: each runs on the thread's own read-only connection.
// Only reads that cost real work and that the server asks uncached belong here.
import type { SqlExecutor } from '../dialect.ts';
import { search } from '../search.ts';
import { facetCounts } from '../aggregates.ts';
import { getDocument, listDocuments } from '../documents.ts';
import { sqliteDialect } from './search-dialect.ts';
import type { Store } from '../types.ts';

export const READ_QUERIES = {
  search: (exec: SqlExecutor, ...args: Parameters<Store['search']>) => search(exec, sqliteDialect, ...args),
  facetCounts: (exec: SqlExecutor, ...args: Parameters<Store['facetCounts']>) => facetCounts(exec, ...args),
  getDocument: (exec: SqlExecutor, ...args: Parameters<Store['getDocument']>) => getDocument(exec, ...args),
  listDocuments: (exec: SqlExecutor, ...args: Parameters<Store['listDocuments']>) => listDocuments(exec, ...args),
} as const;

export type ReadQueryName = keyof typeof READ_QUERIES;
