// The reads a read thread answers, by name: each runs on the thread's own read-only connection.
// Only reads that cost real work and that the server asks uncached belong here. An entity's page
// (its detail, the entities found with it, the documents citing it) reads every mention of the
// documents that mention it: 3 to 8 s for the most mentioned entities of 100,000 documents, which
// on the server's own thread stopped every other answer meanwhile.
import type { SqlExecutor } from '../dialect.ts';
import { search } from '../search.ts';
import { cooccurringEntities, facetCounts } from '../aggregates.ts';
import { citedBy } from '../citations.ts';
import { entityDetail } from '../entities.ts';
import { getDocument, listDocuments } from '../documents.ts';
import { sqliteDialect } from './search-dialect.ts';
import type { Store } from '../types.ts';

export const READ_QUERIES = {
  search: (exec: SqlExecutor, ...args: Parameters<Store['search']>) => search(exec, sqliteDialect, ...args),
  facetCounts: (exec: SqlExecutor, ...args: Parameters<Store['facetCounts']>) => facetCounts(exec, ...args),
  getDocument: (exec: SqlExecutor, ...args: Parameters<Store['getDocument']>) => getDocument(exec, ...args),
  listDocuments: (exec: SqlExecutor, ...args: Parameters<Store['listDocuments']>) => listDocuments(exec, ...args),
  entityDetail: (exec: SqlExecutor, ...args: Parameters<Store['entityDetail']>) => entityDetail(exec, ...args),
  cooccurring: (exec: SqlExecutor, ...args: Parameters<Store['cooccurring']>) => cooccurringEntities(exec, ...args),
  citedBy: (exec: SqlExecutor, ...args: Parameters<Store['citedBy']>) => citedBy(exec, ...args),
} as const;

export type ReadQueryName = keyof typeof READ_QUERIES;
