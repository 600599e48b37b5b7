// The asynchronous store seam as the lead is introducing it in src/store/dialect.ts. Until that
// lands on main, the PostgreSQL backend is written against this copy; at the merge its imports move
// to '../dialect.ts' and this file goes.
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { IndexedDocument, Query, RankedId, SearchRequest } from '../dialect.ts';
import type { StoreSchema } from '../schema.ts';

export interface SqlExecutor {
  readonly db: Kysely<StoreSchema>;
  all<R>(query: Query<R>): Promise<R[]>;
  first<R>(query: Query<R>): Promise<R | undefined>;
  run(query: Query<unknown>): Promise<{ changes: number }>;
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Migration {
  version: number;
  name: string;
  up(exec: SqlExecutor): Promise<void>;
}

export interface StoreDialect {
  readonly name: string;
  idColumn(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  readonly migrations: readonly Migration[];
  indexDocument(exec: SqlExecutor, id: number, doc: IndexedDocument, replace: boolean): Promise<void>;
  removeDocument(exec: SqlExecutor, id: number): Promise<void>;
  search(exec: SqlExecutor, request: SearchRequest): Promise<RankedId[]>;
  databaseSize(exec: SqlExecutor): Promise<number | null>;
}
