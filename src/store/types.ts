// Public shapes of the store API.
import type { JobStore } from './jobs-types.ts';
import type { BatchOutcome } from './save-batch.ts';
import type { DocumentKind, StructuredDocument } from '../records.ts';
import type { DocumentFacts } from '../extract/facts.ts';
import type { QueuedUrl, SourceKind, SourceRecord, UrlOutcome } from '../sources/source-types.ts';
import type { SourceWithCounts } from './crawl-state.ts';
import type { NearDuplicateClusterRow } from './near-duplicate-index.ts';
import type { DocumentSearchKeys } from './search-text.ts';
import type { AuditEntry, AuditEntryInput, AuditQuery } from './tracking/audit.ts';
import type { TaskStore } from './tracking/tasks.ts';
import type { TaskProposalStore } from './tracking/task-proposals.ts';
import type { SubmissionStore } from './tracking/submissions.ts';
import type { Accounts } from './accounts.ts';
import type { AlertStore } from './alerts/types.ts';
import type { DatedDocument } from './alerts/attention.ts';
import type { CooccurringEntity, FacetCounts } from './aggregates.ts';
import type { LinkedDocument, LoadedPack, ObservationFilter } from './tracking/observations.ts';
import type { ReviewInput, ReviewRecord, ReviewTargetKind } from './tracking/reviews.ts';
import type { Pack } from '../programme/schema.ts';
import type { Observation } from '../track/observation.ts';

export interface SaveFileInput {
  origin: string;
  /** Hash of the input file's bytes, as the source stage computed it. */
  sourceHash: string;
  format: string;
  documents: StructuredDocument[];
  /**
   * Facts of each document, same order as `documents`. When given, every document's mentions are
   * replaced in the same transaction (also for unchanged documents: the extractors may be newer).
   */
  facts?: DocumentFacts[];
  /** EXTRACTION_VERSION of the extractors that produced `facts`. */
  extractionVersion?: string;
  /**
   * documentSignature of each document, same order as `documents`, when the reader computed them
   * (ingest does, in its extraction threads); otherwise the store computes them.
   */
  signatures?: (Uint32Array | null)[];
  /** documentSearchKeys of each document, same order, when the reader computed them (as signatures). */
  searchKeys?: DocumentSearchKeys[];
  /**
   * An audit entry written in the same transaction as the file (an upload: who sent it), so that
   * no stored file lacks one; its `after` gets the counts and the documents' ids added.
   */
  audit?: { actor: string; action: string; target: string; details?: Record<string, unknown> };
}

export interface SaveFileResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Database id of each input document, in input order. */
  ids: number[];
}

/** A document as stored: `parent` (an index within one file) becomes `parentId` (a database id). */
export interface StoredDocument extends Omit<StructuredDocument, 'parent'> {
  id: number;
  /** Origin of the file it came from. */
  source: string;
  parentId: number | null;
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

export interface SearchOptions {
  /** 1..1000, default 20. */
  limit?: number;
  offset?: number;
  kind?: DocumentKind;
  /**
   * Inclusive, YYYY-MM-DD, compared with the publication date as written (local time). A document
   * dated only to a month or year passes only when the range covers that whole month or year.
   */
  from?: string;
  /** Inclusive, YYYY-MM-DD. */
  to?: string;
  site?: string;
  /**
   * Only documents mentioning a person, organisation or place of this name: matched on any name or
   * alias of the entity, without diacritics (`to lam` finds Tô Lâm), whole name first (see
   * entities.ts). A name no entity has gives no results.
   */
  person?: string;
  org?: string;
  place?: string;
  /** Only documents citing this legal document: its id (`57-NQ/TW`) or a law's name. */
  cites?: string;
  /**
   * Near-duplicates (document_clusters) shown once, as their earliest document with the number of
   * the others in `similar`. Default true.
   */
  collapse?: boolean;
}

export interface SearchHit {
  id: number;
  kind: DocumentKind;
  title: string | null;
  published: string | null;
  site: string | null;
  /**
   * Higher is better; comparable within one result list only. bm25 for queries with fewer than
   * FULL_RANKING_LIMIT (300) matches; for broader ones the field that matched (3 title, 2 lede, 1 elsewhere), newest first.
   */
  score: number;
  /** Text around the match, matched words between SNIPPET_MARK_OPEN and SNIPPET_MARK_CLOSE. */
  snippet: string;
  /** Matched with the query's diacritics, not only after folding. Exact hits come first. */
  exact: boolean;
  /** How many other documents are near-duplicates of this one (its cluster less itself); 0 when none. */
  similar: number;
}

export interface StoreStats {
  documents: number;
  byKind: Partial<Record<DocumentKind, number>>;
  bySite: { site: string | null; count: number }[];
  /** Earliest and latest `published` value (ISO text), null when no document has a date. */
  published: { earliest: string | null; latest: string | null };
  ingestFiles: number;
  mentions: number;
  /** Size of the database in bytes; null when the backend cannot tell. */
  databaseBytes: number | null;
}

export type { FactRecord, MentionRecord } from '../extract/facts.ts';
import type { FactRecord } from '../extract/facts.ts';

/** `mentionId` rather than `id`: a topic score has an `id` of its own (the topic's). */
export type StoredMention = FactRecord & { mentionId: number; documentId: number };

export interface MentionFilter {
  kind?: FactRecord['kind'];
  /** Any of these kinds. */
  kinds?: readonly FactRecord['kind'][];
  documentId?: number;
  limit?: number;
  offset?: number;
}

export type EntityKind = 'person' | 'organization' | 'place' | 'legalRef';

export interface EntitySummary {
  id: number;
  kind: EntityKind;
  /** Unique within the kind (see link/entities.ts). */
  key: string;
  /** Canonical (display) name. */
  name: string;
  /** Every other name or surface text it was seen under. */
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  /** When the store first and last linked a mention to it (ISO). */
  firstSeen: string;
  lastSeen: string;
}

export interface EntityDocument {
  id: number;
  title: string | null;
  published: string | null;
  mentions: number;
}

export interface EntityDetail extends EntitySummary {
  /** Documents mentioning it, newest first. */
  documents: EntityDocument[];
  /** Mentions per month (YYYY-MM) of the mentioning document's publication, in month order. */
  byMonth: { month: string; mentions: number }[];
  /** Mentions in documents whose publication month is unknown (no date, or only a year). */
  undatedMentions: number;
}

export interface EntityQuery {
  kind?: EntityKind;
  /** Default 50. */
  limit?: number;
}

export interface CitingDocument {
  id: number;
  title: string | null;
  published: string | null;
  /** References to the legal document in it. */
  mentions: number;
  /** When the citing document is itself a legal document: its id (a legal → legal edge). */
  legalId: string | null;
}

/** Which documents re-extraction would visit. */
export interface ReextractSelection {
  /** Visit every document, not only those extracted by another version. */
  all?: boolean;
  /** Only ids above this (paging). */
  afterId?: number;
  limit?: number;
}

/** New facts for one stored document (re-extraction). */
export interface FactsUpdate {
  documentId: number;
  mentions: readonly FactRecord[];
}

export interface DocumentListOptions {
  kind?: DocumentKind;
  /** Origin of the input file. */
  source?: string;
  /** Only the teasers (children) of this document. */
  parentId?: number;
  /** Highest id (latest stored) first. */
  newestFirst?: boolean;
  /** Default 1000. */
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Saves all documents of one input file in one transaction: all of them or none. */
  /** The database file, for work that opens its own connection (a worker thread); absent in memory. */
  readonly location?: string;
  saveFile(input: SaveFileInput): Promise<SaveFileResult>;
  /**
   * Saves several files in one transaction, each as its own savepoint: a file that fails is rolled
   * back alone (its outcome carries the error) and the others are stored.
   */
  saveFiles(inputs: readonly SaveFileInput[]): Promise<BatchOutcome[]>;
  /**
   * The document count of `origin` when its newest stored version has `sourceHash` (and, given an
   * extraction version, all its documents have facts of it): reading it again would change nothing.
   */
  storedFileVersion(origin: string, sourceHash: string, extractionVersion: string | null): Promise<number | null>;
  getDocument(id: number): Promise<StoredDocument | null>;
  /** Documents in id (storage) order. */
  listDocuments(opts?: DocumentListOptions): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;
  stats(): Promise<StoreStats>;
  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  /**
   * Replaces the mentions (and topic scores) of one document and links them to entities.
   * Without `extractionVersion` the mentions count as of an unknown version (re-extracted later).
   */
  saveMentions(documentId: number, mentions: readonly FactRecord[], extractionVersion?: string): Promise<void>;
  /** saveMentions for several documents in one transaction. */
  saveFacts(updates: readonly FactsUpdate[], extractionVersion: string): Promise<void>;
  listMentions(filter?: MentionFilter): Promise<StoredMention[]>;

  // Entities and the citation graph (entities.ts, citations.ts).
  /** Entities with `name` as name or alias, diacritics ignored; whole-name matches, else partial ones. */
  findEntities(name: string, query?: EntityQuery): Promise<EntitySummary[]>;
  entityDetail(id: number): Promise<EntityDetail | null>;
  /** Legal ids the document cites, in order of first mention. */
  citations(documentId: number): Promise<string[]>;
  /** Documents citing the legal document, newest first. */
  citedBy(legalId: string): Promise<CitingDocument[]>;
  /** Legal ids cited by the stored pages of the legal document itself (legal → legal edges). */
  legalCitations(legalId: string): Promise<string[]>;
  /** The legal id a stored document is the text of (see citations.ts), or null for other documents. */
  legalIdOf(documentId: number): Promise<string | null>;

  // Re-extraction (reextract-state.ts).
  /** How many documents were extracted by a version other than `version` (or all of them with `all`). */
  countToReextract(version: string, selection?: ReextractSelection): Promise<number>;
  /** Ids of those documents, ascending. */
  idsToReextract(version: string, selection?: ReextractSelection): Promise<number[]>;
  /** The most frequent publication year of each source's documents. */
  sourceYears(): Promise<Map<string, number>>;

  // Live sources and the crawl queue (crawl-state.ts).
  addSource(input: { url: string; name: string | null; kind: SourceKind }): Promise<{ created: boolean; source: SourceRecord }>;
  listSources(): Promise<SourceRecord[]>;
  listSourcesWithCounts(): Promise<SourceWithCounts[]>;
  /** By id or URL; stored documents are kept. */
  removeSource(key: number | string): Promise<boolean>;
  recordSourceCheck(id: number, check: { etag: string | null; lastModified: string | null; error: string | null }): Promise<void>;
  /** Queues URLs never seen before, at most `limit` of them (in the order given); returns how many. */
  enqueueUrls(sourceId: number, urls: string[], limit?: number): Promise<number>;
  pendingUrls(limit: number): Promise<QueuedUrl[]>;
  recordUrl(url: string, outcome: UrlOutcome): Promise<void>;
  /** Every URL the document was found under. */
  documentUrls(documentId: number): Promise<string[]>;
  /** Near-duplicate clusters (document_clusters), representative first in each. */
  nearDuplicateClusters(): Promise<NearDuplicateClusterRow[]>;

  // Programme tracking (store/tracking/).
  tasks: TaskStore;
  /** Tasks proposed from documents and completions proposed from later ones, waiting for an editor. */
  taskProposals: TaskProposalStore;
  /** Figures reporters submit for approval (tracking/submissions.ts). */
  submissions: SubmissionStore;
  /** Users, sessions, API tokens, settings (for the server). */
  accounts: Accounts;
  /** Saved searches, watchlists, alert events and their deliveries (store/alerts/). */
  alerts: AlertStore;
  /** What attention over time counts (store/alerts/attention.ts). */
  attention: {
    /** Every document's publication date and source group. */
    documents(): Promise<DatedDocument[]>;
    /** The highest document id stored, 0 when none. */
    lastDocumentId(): Promise<number>;
    /** Every document matching a search, near-duplicates included; only those with an id above `afterId` when given. */
    matchingIds(query: string, opts?: SearchOptions, afterId?: number): Promise<number[]>;
  };
  /** A live source's group (Party and State press, provincial press…), by id or URL; null clears it. */
  setSourceGroup(key: number | string, group: string | null): Promise<boolean>;
  /** An opaque value that changes whenever stored data a reader sees changes (caches, ETags). */
  dataVersion(): Promise<string>;
  /** Facet counts over these documents (a search's matches). */
  facetCounts(ids: readonly number[]): Promise<FacetCounts>;
  cooccurring(entityId: number, limit?: number): Promise<CooccurringEntity[]>;
  /** Mentions and documents per place entity name. */
  placeCounts(): Promise<{ name: string; mentions: number; documents: number }[]>;
  /** The other members of the document's near-duplicate cluster. */
  similarDocuments(id: number): Promise<{ id: number; title: string | null; similarity: number }[]>;
  /** Title, else lede or first paragraph (cut): how to name a document in a list. */
  documentLabels(ids: readonly number[]): Promise<Map<number, string>>;
  /** The most mentioned entities, optionally of one kind. */
  topEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  programme: {
    /** The pack loaded last, or null before any. */
    current(): Promise<LoadedPack | null>;
    /** Makes `pack` the loaded one (see tracking/observations.ts); false when it already was. */
    load(pack: Pack, actor: string): Promise<boolean>;
    /** Documents whose observations must be (re)linked for this pack, by id after `afterId`. */
    staleDocuments(packHash: string, afterId: number, limit: number): Promise<{ id: number; extractedAt: string }[]>;
    countStaleDocuments(packHash: string): Promise<number>;
    saveLinked(packHash: string, documents: readonly LinkedDocument[]): Promise<void>;
    /** With reviews applied; rejected ones left out unless asked for. */
    observations(filter?: ObservationFilter): Promise<Observation[]>;
    observation(key: string): Promise<Observation | null>;
  };
  reviews: {
    add(input: ReviewInput, reviewer: string): Promise<ReviewRecord>;
    history(kind: ReviewTargetKind, key: string): Promise<ReviewRecord[]>;
    list(limit?: number): Promise<ReviewRecord[]>;
    /** The review in force for each key that has one. */
    latest(kind: ReviewTargetKind, keys: readonly string[]): Promise<Map<string, ReviewRecord>>;
  };
  /** The append-only audit log: there is no way to edit or delete an entry. */
  audit: {
    append(entry: AuditEntryInput): Promise<void>;
    list(query?: AuditQuery): Promise<AuditEntry[]>;
  };
  /** Background work queued for workers (jobs.ts). */
  jobs: JobStore;
  close(): Promise<void>;
}
