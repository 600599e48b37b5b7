// Registered live sources and the crawl queue, as the crawler and the store exchange them.

export type SourceKind = 'feed' | 'sitemap' | 'page';

export interface SourceRecord {
  id: number;
  url: string;
  name: string | null;
  kind: SourceKind;
  /** Validators from the last successful fetch of the source itself (conditional GET). */
  etag: string | null;
  lastModified: string | null;
  lastCheckedAt: string | null;
  lastError: string | null;
}

export type UrlStatus = 'pending' | 'stored' | 'failed' | 'skipped';

export interface QueuedUrl {
  url: string;
  sourceId: number;
  attempts: number;
}

export interface UrlOutcome {
  status: Exclude<UrlStatus, 'pending'>;
  reason?: string;
  finalUrl?: string;
  documentIds?: number[];
}
