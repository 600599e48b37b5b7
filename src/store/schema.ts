// Table types for Kysely. Portable column types only (integers, text, real): JSON is kept as text
// and times as ISO-8601 text so that the same rows fit SQLite now and PostgreSQL later.
import type { Generated } from 'kysely';
import type { AlertsSchema } from './alerts/schema.ts';

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
  /** Migration 8: the source's group (Party and State press, provincial press…), or null. */
  source_group: string | null;
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

export interface DocumentMinhashesTable {
  document_id: number;
  /** The MinHash values, four little-endian bytes each (store/minhash-bytes.ts). */
  minhash: Uint8Array;
}

export interface LshBucketsTable {
  /** `<rows per band>r<band>:<hash of that band of the signature>`. */
  bucket: string;
  document_id: number;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  status: string;
  attempts: Generated<number>;
  max_attempts: number;
  created_by: string;
  locked_by: string | null;
  locked_until: string | null;
  run_after: string;
  progress_done: Generated<number>;
  progress_total: number | null;
  result: string | null;
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface JobFilesTable {
  job_id: number;
  idx: number;
  name: string;
  sha256: string;
  bytes: Uint8Array;
}

export interface StoreSchema extends TrackingSchema, AccountsSchema, AlertsSchema {
  jobs: JobsTable;
  job_files: JobFilesTable;
  documents: DocumentsTable;
  ingest_files: IngestFilesTable;
  mentions: MentionsTable;
  schema_migrations: SchemaMigrationsTable;
  sources: SourcesTable;
  crawl_urls: CrawlUrlsTable;
  document_urls: DocumentUrlsTable;
  document_clusters: DocumentClustersTable;
  document_minhashes: DocumentMinhashesTable;
  lsh_buckets: LshBucketsTable;
  entities: EntitiesTable;
  entity_aliases: EntityAliasesTable;
  document_facts: DocumentFactsTable;
  document_legal_ids: DocumentLegalIdsTable;
}

export interface ProgrammeLoadsTable {
  id: Generated<number>;
  programme_id: string;
  pack_hash: string;
  dir: string;
  loaded_at: string;
  loaded_by: string;
}

export interface ObservationsTable {
  id: Generated<number>;
  /** Stable identity (see store/tracking/observations.ts): reviews refer to it. */
  obs_key: string;
  /** `pack` (a row of the pack's observations) or `extracted` (a quantity fact). */
  origin: string;
  pack_hash: string;
  indicator: string;
  scope: string;
  value: number;
  value_max: number | null;
  unit: string | null;
  qualifier: string;
  stance: string;
  /** ISO date, month or year the value is as of; null when nothing tells. */
  as_of: string | null;
  /** Where as_of came from: pack, text, published, none. */
  as_of_from: string;
  reported: string | null;
  document_id: number | null;
  field: string | null;
  idx: number | null;
  start: number | null;
  end: number | null;
  fact_text: string | null;
  sentence: string | null;
  /** JSON array of source URLs (pack) or the document's URL/origin (extracted). */
  sources: string;
  confidence: number;
  extractor_version: string | null;
  /** 1 or 0. */
  verified: number;
  note: string | null;
}

export interface ObservationLinksTable {
  document_id: number;
  pack_hash: string;
  /** document_facts.extracted_at of the facts the observations were derived from. */
  extracted_at: string;
}

export interface TasksTable {
  id: Generated<number>;
  task_key: string;
  title: string;
  set_by: string;
  agency: string;
  /** JSON array of agency ids. */
  co_agencies: string;
  deadline: string;
  created_at: string;
  created_by: string;
  /** Version 6: the expected product (PRODUCT_TYPES of the task extractor), or null. */
  product: string | null;
  /** 1 for a recurring task (`Thường xuyên`, `hằng năm`), else 0. */
  recurring: Generated<number>;
  task_group: string | null;
  /** central, ministry-province or unit; null when not set. */
  level: string | null;
  /** The key of the task this one is part of. */
  parent: string | null;
  /** JSON: where an accepted proposal was read (document, field, index, offsets, sentence, extractor). */
  provenance: string | null;
}

export interface TaskProposalsTable {
  id: Generated<number>;
  proposal_key: string;
  document_id: number | null;
  field: string;
  idx: number;
  start: number;
  end: number;
  sentence: string;
  /** JSON of the task mention's own fields (wording, lead, coAgencies, product, deadline, assignedBy, shape). */
  value: string;
  confidence: number;
  extractor_version: string;
  status: string;
  task_key: string | null;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
  created_at: string;
}

export interface TaskCompletionsTable {
  id: Generated<number>;
  completion_key: string;
  task_key: string;
  document_id: number | null;
  legal_id: string | null;
  document_date: string | null;
  field: string;
  idx: number;
  start: number;
  end: number;
  sentence: string;
  /** dang_thuc_hien or hoan_thanh. */
  proposed_status: string;
  score: number;
  /** JSON array of why the document was matched (type, issuer, subject words, citation). */
  reasons: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
  created_at: string;
}

export interface TaskEventsTable {
  id: Generated<number>;
  task_id: number;
  status: string;
  /** When the status took effect (ISO date). */
  at: string;
  actor: string;
  evidence: string | null;
  note: string | null;
  recorded_at: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  target_kind: string;
  target_key: string;
  verdict: string;
  /** JSON of the corrected fields; null unless verdict is corrected. */
  correction: string | null;
  /** JSON of the target as it was when reviewed (the extraction is never overwritten). */
  original: string;
  original_version: string | null;
  reviewer: string;
  at: string;
  note: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: string | null;
  after: string | null;
}

/** A figure a reporter submits for an indicator, a period and their scope (migration 7). */
export interface SubmissionsTable {
  id: Generated<number>;
  indicator: string;
  scope: string;
  /** The agency or province id the scope belongs to: what a reporter's account is checked against. */
  agency: string;
  /** Reporting period id (`2025-Q2`, track/periods.ts) and the day its value stands for (its end). */
  period: string;
  as_of: string;
  value: number;
  value_max: number | null;
  note: string | null;
  /** A URL of the evidence. */
  evidence: string | null;
  status: string;
  /** 1 while an editor's request for an explanation waits for the reporter's answer. */
  explanation_requested: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  decided_by: string | null;
  decided_at: string | null;
  /** The editor's reason for the latest decision (rejection, explanation request, acceptance note). */
  reason: string | null;
}

export interface SubmissionEventsTable {
  id: Generated<number>;
  submission_id: number;
  action: string;
  actor: string;
  at: string;
  note: string | null;
  value: number | null;
  value_max: number | null;
}

export interface TrackingSchema {
  submissions: SubmissionsTable;
  submission_events: SubmissionEventsTable;
  programme_loads: ProgrammeLoadsTable;
  observations: ObservationsTable;
  observation_links: ObservationLinksTable;
  tasks: TasksTable;
  task_events: TaskEventsTable;
  task_proposals: TaskProposalsTable;
  task_completions: TaskCompletionsTable;
  reviews: ReviewsTable;
  audit_log: AuditLogTable;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  role: string;
  /** JSON array of agency ids (reporters). */
  agencies: string;
  created_at: string;
  disabled: Generated<number>;
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
}

export interface AccountsSchema {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
}
