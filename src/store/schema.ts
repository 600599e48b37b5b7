// Table types for Kysely. Portable column types only (integers, text, real): JSON is kept as text
// and times as ISO-8601 text so that the same rows fit SQLite now and PostgreSQL later.
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: Generated<number>;
  /** Origin of the input file the document came from (file path or URL). */
  source: string;
  /** Position-independent identity within `source`; see document-identity.ts. */
  doc_key: string;
  url: string | null;
  kind: string;
  title: string | null;
  lede: string | null;
  /** JSON array of paragraphs. */
  body: string;
  /** JSON array of {text, credit}. */
  captions: string;
  /** JSON array of {title, url}. */
  related: string;
  author: string | null;
  author_note: string | null;
  site: string | null;
  category: string | null;
  published: string | null;
  published_precision: string;
  content_hash: string;
  parent_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface IngestFilesTable {
  id: Generated<number>;
  origin: string;
  source_hash: string;
  format: string;
  ingested_at: string;
  document_count: number;
}

export interface MentionsTable {
  id: Generated<number>;
  document_id: number;
  kind: string;
  field: string;
  idx: number;
  start: number;
  end: number;
  text: string;
  /** JSON of the kind-specific fields (name, id, value, unit, …). */
  value: string;
  confidence: number;
  extractor: string;
  extractor_version: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface StoreSchema {
  documents: DocumentsTable;
  ingest_files: IngestFilesTable;
  mentions: MentionsTable;
  schema_migrations: SchemaMigrationsTable;
}
