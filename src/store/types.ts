// Public shapes of the store API.
import type { DocumentKind, StructuredDocument } from '../records.ts';
import type {
  DocumentFacts,
  DateMention,
  LegalRefMention,
  OrganizationMention,
  PersonMention,
  PlaceMention,
  QuantityMention,
  TopicScore,
} from '../extract/facts.ts';
import type { QueuedUrl, SourceKind, SourceRecord, UrlOutcome } from '../sources/source-types.ts';
import type { SourceWithCounts } from './crawl-state.ts';

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
}

export interface SearchHit {
  id: number;
  kind: DocumentKind;
  title: string | null;
  published: string | null;
  site: string | null;
  /**
   * Higher is better; comparable within one result list only. bm25 for queries with fewer than
   * 1000 matches; for broader ones the field that matched (3 title, 2 lede, 1 elsewhere), newest first.
   */
  score: number;
  /** Text around the match, matched words between SNIPPET_MARK_OPEN and SNIPPET_MARK_CLOSE. */
  snippet: string;
  /** Matched with the query's diacritics, not only after folding. Exact hits come first. */
  exact: boolean;
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

/** The mentions the store keeps: every extracted mention that has a span (topics have evidence lists instead). */
export type MentionRecord =
  | PersonMention
  | OrganizationMention
  | PlaceMention
  | LegalRefMention
  | DateMention
  | QuantityMention;

/** A mention or a topic score: what `saveMentions` keeps for one document. */
export type FactRecord = MentionRecord | TopicScore;

/** `mentionId` rather than `id`: a topic score has an `id` of its own (the topic's). */
export type StoredMention = FactRecord & { mentionId: number; documentId: number };

export interface MentionFilter {
  kind?: FactRecord['kind'];
  documentId?: number;
}

export interface DocumentListOptions {
  kind?: DocumentKind;
  /** Origin of the input file. */
  source?: string;
  /** Default 1000. */
  limit?: number;
  offset?: number;
}

export interface Store {
  /** Saves all documents of one input file in one transaction: all of them or none. */
  saveFile(input: SaveFileInput): SaveFileResult;
  getDocument(id: number): StoredDocument | null;
  /** Documents in id (storage) order. */
  listDocuments(opts?: DocumentListOptions): StoredDocument[];
  countDocuments(): number;
  stats(): StoreStats;
  search(query: string, opts?: SearchOptions): SearchHit[];
  /** Replaces the mentions (and topic scores) of one document. */
  saveMentions(documentId: number, mentions: readonly FactRecord[]): void;
  listMentions(filter?: MentionFilter): StoredMention[];

  // Live sources and the crawl queue (crawl-state.ts).
  addSource(input: { url: string; name: string | null; kind: SourceKind }): { created: boolean; source: SourceRecord };
  listSources(): SourceRecord[];
  listSourcesWithCounts(): SourceWithCounts[];
  /** By id or URL; stored documents are kept. */
  removeSource(key: number | string): boolean;
  recordSourceCheck(id: number, check: { etag: string | null; lastModified: string | null; error: string | null }): void;
  /** Queues URLs never seen before; returns how many were new. */
  enqueueUrls(sourceId: number, urls: string[]): number;
  pendingUrls(limit: number): QueuedUrl[];
  recordUrl(url: string, outcome: UrlOutcome): void;
  /** Every URL the document was found under. */
  documentUrls(documentId: number): string[];
  close(): void;
}
