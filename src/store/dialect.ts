// The one seam between generic store code (Kysely query builders, run through an executor) and a
// database backend. Everything that differs between SQLite and PostgreSQL lives behind these two
// interfaces: how statements run, how ids are generated, the full-text index and its queries.
import type { ColumnDefinitionBuilder, Compilable, CompiledQuery, Kysely } from 'kysely';
import type { DocumentKind } from '../records.ts';
import type { StoreSchema } from './schema.ts';

export type Query<R> = Compilable<R> | CompiledQuery<R>;

/**
 * Runs compiled Kysely queries. `db` is for building queries only (its dialect decides the SQL
 * text); statements go through the executor so that each backend runs them the way its driver
 * wants. Every call is asynchronous so that a networked database (PostgreSQL) and an embedded one
 * (SQLite) sit behind the same store code.
 */
export interface SqlExecutor {
  readonly db: Kysely<StoreSchema>;
  all<R>(query: Query<R>): Promise<R[]>;
  first<R>(query: Query<R>): Promise<R | undefined>;
  run(query: Query<unknown>): Promise<{ changes: number }>;
  /**
   * Runs `work` in one transaction: commit when it resolves, roll back when it rejects. Statements
   * issued through this executor from within `work` (its asynchronous context) join the
   * transaction; other callers do not see it until it commits. Nested calls become savepoints, so
   * an inner failure can be caught and the outer work go on.
   */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface Migration {
  /** Numbered from 1; a shipped migration is never edited, later changes get a new number. */
  version: number;
  name: string;
  up(exec: SqlExecutor): Promise<void>;
}

/** The text of one document as the search indexes receive it, already normalised by store code. */
export interface IndexedFields {
  title: string;
  lede: string;
  body: string;
  captions: string;
}

/** What the search index of one document holds: keyed text and the attributes search filters on. */
export interface IndexedDocument {
  exact: IndexedFields;
  folded: IndexedFields;
  kind: DocumentKind;
  site: string | null;
  /** ISO text as stored (`2025-07-02T17:12:00+07:00`, `2025-07-02`, `2025-07`, `2025`), or null. */
  published: string | null;
}

/** A query term: a word (one token) or a phrase (tokens that must be adjacent, in order). */
export type TermTokens = readonly string[];

export interface SearchFilters {
  kind?: DocumentKind;
  site?: string;
  /** Inclusive, YYYY-MM-DD: the document's date as written (its local date) is on or after it. */
  from?: string;
  /** Inclusive, YYYY-MM-DD. */
  to?: string;
  /**
   * Entity restrictions resolved by generic code: for each group, the document must mention at
   * least one of its entity ids (mentions.entity_id); every group must hold. An empty group matches
   * nothing.
   */
  mentioning?: readonly (readonly number[])[];
  /** Only documents with an id above this (stored after it): what alerts look at since their watermark. */
  afterId?: number;
  /**
   * Leave out documents that are near-duplicates of another (a document_clusters row whose
   * cluster_id is not the document itself): each cluster is then found through its representative.
   */
  collapse?: boolean;
}

export interface SearchRequest {
  /**
   * Terms keyed for the exact index; every term must match (AND). With no terms at all and a
   * `mentioning` filter, the search lists the documents passing the filters, newest first.
   */
  exact: TermTokens[];
  /** The same terms keyed for the folded index. */
  folded: TermTokens[];
  /**
   * Per term, whether the user typed it unquoted. With `near` set, the unquoted terms must lie
   * within `near` tokens of each other (quoted phrases may be anywhere).
   */
  unquoted: boolean[];
  near: number | null;
  filters: SearchFilters;
  limit: number;
  offset: number;
}

export interface RankedId {
  id: number;
  /** Higher is better. Comparable only within one result list. */
  score: number;
  /** The document matched the query with its diacritics, not only after folding. */
  exact: boolean;
}

/**
 * Hits of a broad query, ranked in field tiers by both dialects: a group's priority is its tier's
 * place counted from the last (1 … tiers), plus `tiers` for the exact groups, and a hit keeps its
 * best. `scores` are the tiers' scores, best tier first.
 */
export function rankedByTier(rows: readonly { id: number; p: number }[], scores: readonly number[]): RankedId[] {
  const tiers = scores.length;
  return rows.map((r) => ({ id: r.id, score: scores[tiers - 1 - ((r.p - 1) % tiers)] ?? 0, exact: r.p > tiers }));
}

export interface StoreDialect {
  readonly name: string;
  /** Makes `col` an auto-numbered integer primary key. */
  idColumn(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** The dialect's own schema steps (search indexes), run after the core step of the same version. */
  readonly migrations: readonly Migration[];
  /** Adds the index entries of document `id`; `replace` when it may have entries already. */
  indexDocument(exec: SqlExecutor, id: number, doc: IndexedDocument, replace: boolean): Promise<void>;
  removeDocument(exec: SqlExecutor, id: number): Promise<void>;
  /**
   * Every document matching all terms once folded, exact (diacritic) matches first, then by
   * relevance; the page `offset`..`offset + limit` of that order.
   */
  search(exec: SqlExecutor, request: SearchRequest): Promise<RankedId[]>;
  /** Bytes used by the database, or null when unknown (in-memory). */
  databaseSize(exec: SqlExecutor): Promise<number | null>;
}
