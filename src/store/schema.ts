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
  /** The entity the mention names (persons, organisations, places, legal documents); null otherwise. */
  entity_id: number | null;
}

/** What mentions name: one row per person, organisation, place or legal document (see link/entities.ts). */
export interface EntitiesTable {
  id: Generated<number>;
  /** person, organization, place, legalRef. */
  kind: string;
  /** Unique within its kind: matchKey of the name, the canonical legal id, or `law:` + the law's key. */
  key: string;
  /** Display name: the name the entity was first seen under. */
  name: string;
  /** When a mention was first and last linked to it (store clock, ISO-8601). */
  first_seen: string;
  last_seen: string;
}

/** Every name and surface text an entity was seen under, with its folded key for lookups. */
export interface EntityAliasesTable {
  entity_id: number;
  alias: string;
  /** foldForSearch(alias): what a reader may type without diacritics. */
  alias_key: string;
}

/** Which extraction produced a document's stored mentions, so that older ones can be re-extracted. */
export interface DocumentFactsTable {
  document_id: number;
  /** EXTRACTION_VERSION (src/extract/index.ts) at the time the mentions were saved. */
  extraction_version: string;
  extracted_at: string;
}

/** Documents that are themselves a legal document (its page, its full text): see citations.ts. */
export interface DocumentLegalIdsTable {
  document_id: number;
  /** Canonical legal id, e.g. `57-NQ/TW`. */
  legal_id: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface SourcesTable {
  id: Generated<number>;
  url: string;
  name: string | null;
  kind: string;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  last_error: string | null;
  created_at: string;
}

export interface CrawlUrlsTable {
  url: string;
  source_id: number | null;
  status: string;
  attempts: Generated<number>;
  final_url: string | null;
  last_error: string | null;
  queued_at: string;
  fetched_at: string | null;
}

export interface DocumentUrlsTable {
  url: string;
  document_id: number;
  first_seen_at: string;
}

export interface DocumentClustersTable {
  document_id: number;
  /** The representative (earliest published, then lowest id) document of the cluster. */
  cluster_id: number;
  /** Estimated Jaccard similarity to the representative (1 for the representative itself). */
  similarity: number;
}

export interface DocumentSignaturesTable {
  document_id: number;
  /** JSON array of the MinHash values. */
  signature: string;
}

export interface LshBucketsTable {
  /** `<rows per band>r<band>:<hash of that band of the signature>`. */
  bucket: string;
  document_id: number;
}

export interface StoreSchema {
  documents: DocumentsTable;
  ingest_files: IngestFilesTable;
  mentions: MentionsTable;
  schema_migrations: SchemaMigrationsTable;
  sources: SourcesTable;
  crawl_urls: CrawlUrlsTable;
  document_urls: DocumentUrlsTable;
  document_clusters: DocumentClustersTable;
  document_signatures: DocumentSignaturesTable;
  lsh_buckets: LshBucketsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  document_facts: DocumentFactsTable;
  document_legal_ids: DocumentLegalIdsTable;
}
