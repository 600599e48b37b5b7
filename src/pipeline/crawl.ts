// The crawl job: registered sources → new entry URLs → fetched pages → structured documents → store.
// State lives in the database after every page, so a crawl that is killed resumes where it stopped
// without fetching again what it already stored.
import type { Store } from '../store/index.ts';
import type { QueuedUrl, SourceRecord, UrlOutcome } from '../sources/source-types.ts';
import { parseFeed } from '../sources/feeds.ts';
import { parseSitemap } from '../sources/sitemaps.ts';
import { PoliteClient } from '../sources/polite-client.ts';
import { readInput } from './read-input.ts';
import { factsForResult } from './facts-for-result.ts';
import { EXTRACTION_VERSION } from '../extract/index.ts';
import { createHash } from 'node:crypto';
import { gunzipLimited, isGzip } from '../decode/index.ts';

/** What the crawl needs from the store. */
/** What a crawl needs of the store. */
export type CrawlStore = Pick<Store, 'listSources' | 'recordSourceCheck' | 'enqueueUrls' | 'pendingUrls' | 'recordUrl' | 'saveFile'>;

export interface CrawlOptions {
  /** Fetch at most this many pages in this run. */
  maxPages: number;
  /** Only read the sources and queue their entries (no page fetches) when 0 pages are wanted. */
  client: PoliteClient;
  /** Pages fetched at once across hosts (the client still allows one at a time per host). */
  concurrency?: number;
  /** Sitemap indexes can list thousands of sitemaps; read at most this many per source and run. */
  maxSitemapsPerSource?: number;
  /** New URLs taken from one source per run (default MAX_NEW_URLS_PER_SOURCE). */
  maxNewUrlsPerSource?: number;
  onEvent?: (event: CrawlEvent) => void;
}

export type CrawlEvent =
  | { type: 'source'; source: SourceRecord; queued: number; error: string | null }
  | { type: 'page'; url: string; outcome: UrlOutcome; done: number; total: number };

export interface CrawlSummary {
  sources: number;
  sourceErrors: number;
  /** What went wrong with each source that had a problem, as recorded against it. */
  errors: { sourceId: number; url: string; error: string }[];
  queued: number;
  fetched: number;
  stored: number;
  failed: number;
  skipped: number;
  documentsCreated: number;
  documentsUpdated: number;
}

/**
 * New URLs taken from one feed or sitemap in one run. A news feed lists tens of entries; a sitemap
 * may list 50,000. Without a bound one large sitemap fills the queue and the other sources wait
 * behind it for many runs. This many is one default run's worth of pages (`crawl --max 200`): more
 * could not be fetched in the run anyway. What is left is taken on later runs, newest first.
 */
export const MAX_NEW_URLS_PER_SOURCE = 200;

const FEED_TYPES = ['xml', 'rss', 'atom'];
/** Sitemaps are often served gzipped (`sitemap.xml.gz`, application/x-gzip). */
const SITEMAP_TYPES = [...FEED_TYPES, 'gzip'];

/**
 * The XML of a feed or sitemap body, gunzipped when it is a gzip file rather than a gzip transfer,
 * within the pipeline's one inflation limit (MAX_INFLATED_BYTES).
 */
function xmlText(body: Buffer, url: string): string {
  return (isGzip(body) ? gunzipLimited(body, url) : body).toString('utf8');
}
const HTML_TYPES = ['html'];

interface SourceRead {
  /** New URLs queued from this source in this run. */
  queued: number;
  /** The source listed more new URLs than this run takes: the rest wait for a later run. */
  cut: boolean;
  etag: string | null;
  lastModified: string | null;
  /** Problems that did not stop the source (broken XML, a child sitemap that failed). */
  problems: string[];
}

/** Queues a source's URLs while its share of the run lasts; says when the share is used up. */
class Share {
  queued = 0;
  constructor(private readonly store: CrawlStore, private readonly sourceId: number, private readonly max: number) {}
  get full(): boolean {
    return this.queued >= this.max;
  }
  async take(urls: string[]): Promise<void> {
    const added = await this.store.enqueueUrls(this.sourceId, urls, this.max - this.queued);
    this.queued += added;
  }
}

/** Reads one source and queues the page URLs it lists now (nothing when unchanged since last time). */
async function readSource(source: SourceRecord, store: CrawlStore, client: PoliteClient, limits: { maxSitemaps: number; maxNewUrls: number }): Promise<SourceRead> {
  const share = new Share(store, source.id, limits.maxNewUrls);
  const read = (rest: Omit<SourceRead, 'queued' | 'cut'>): SourceRead => ({ queued: share.queued, cut: share.full, ...rest });
  if (source.kind === 'page') {
    await share.take([source.url]);
    return read({ etag: null, lastModified: null, problems: [] });
  }
  const accept = source.kind === 'sitemap' ? SITEMAP_TYPES : FEED_TYPES;
  const res = await client.fetch(source.url, accept, { etag: source.etag, lastModified: source.lastModified });
  if (res.notModified) return read({ etag: source.etag, lastModified: source.lastModified, problems: [] });
  const text = xmlText(res.body, res.url);
  const validators = { etag: res.etag, lastModified: res.lastModified };
  if (source.kind === 'feed') {
    // Feeds list newest first: the share takes the newest.
    const feed = parseFeed(text, res.url);
    await share.take(feed.entries.map((e) => e.url));
    return read({ ...validators, problems: feed.problems });
  }
  const sitemap = parseSitemap(text, res.url);
  if (sitemap.kind === 'urlset') {
    await share.take(newestFirst(sitemap.pages).map((p) => p.url));
    return read({ ...validators, problems: sitemap.problems });
  }
  // An index: newest sitemaps first, since news sites append; read only while the share lasts.
  const children = newestFirst(sitemap.sitemaps).slice(0, limits.maxSitemaps);
  const problems = [...sitemap.problems];
  // One broken child sitemap must not cost the pages of the others.
  for (const child of children) {
    if (share.full) break;
    try {
      const sub = await client.fetch(child.url, SITEMAP_TYPES);
      const parsed = parseSitemap(xmlText(sub.body, sub.url), sub.url);
      problems.push(...parsed.problems);
      if (parsed.kind === 'urlset') await share.take(newestFirst(parsed.pages).map((p) => p.url));
    } catch (err) {
      problems.push(message(err));
    }
  }
  return read({ ...validators, problems });
}

/** Entries with a modification time first, newest first; the others after, in document order (stable sort). */
function newestFirst<T extends { lastModified: string | null }>(entries: T[]): T[] {
  return [...entries].sort((a, b) => (b.lastModified ?? '').localeCompare(a.lastModified ?? ''));
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Fetches, structures and stores one page; never throws (the outcome says what happened). */
async function crawlPage(item: QueuedUrl, store: CrawlStore, client: PoliteClient, summary: CrawlSummary): Promise<UrlOutcome> {
  try {
    const res = await client.fetch(item.url, HTML_TYPES);
    summary.fetched++;
    const result = readInput({ origin: res.url, bytes: res.body, contentType: res.contentType, url: res.url }, { format: 'html' });
    const documents = result.documents.map((d) => ({ ...d, url: d.url ?? res.url }));
    const saved = await store.saveFile({
      origin: res.url,
      sourceHash: createHash('sha256').update(res.body).digest('hex'),
      format: 'html',
      documents,
      facts: factsForResult({ ...result, documents }, null),
      extractionVersion: EXTRACTION_VERSION,
    });
    summary.documentsCreated += saved.created;
    summary.documentsUpdated += saved.updated;
    return { status: 'stored', finalUrl: res.url, documentIds: saved.ids };
  } catch (err) {
    const name = err instanceof Error ? err.constructor.name : '';
    return { status: name === 'RobotsDisallowedError' || name === 'ContentTypeError' ? 'skipped' : 'failed', reason: message(err) };
  }
}

export async function crawl(store: CrawlStore, options: CrawlOptions): Promise<CrawlSummary> {
  const sources = await store.listSources();
  const summary: CrawlSummary = { sources: sources.length, sourceErrors: 0, errors: [], queued: 0, fetched: 0, stored: 0, failed: 0, skipped: 0, documentsCreated: 0, documentsUpdated: 0 };
  const limits = { maxSitemaps: options.maxSitemapsPerSource ?? 20, maxNewUrls: options.maxNewUrlsPerSource ?? MAX_NEW_URLS_PER_SOURCE };
  const sourceError = (source: SourceRecord, error: string) => {
    summary.sourceErrors++;
    summary.errors.push({ sourceId: source.id, url: source.url, error });
  };
  for (const source of sources) {
    try {
      const { queued, cut, etag, lastModified, problems } = await readSource(source, store, options.client, limits);
      summary.queued += queued;
      const error = problems.length > 0 ? problems.join('; ') : null;
      if (error) sourceError(source, error);
      // A cut list is read again next run (no validators kept), so that the URLs left over are taken then.
      await store.recordSourceCheck(source.id, cut ? { etag: null, lastModified: null, error } : { etag, lastModified, error });
      options.onEvent?.({ type: 'source', source, queued, error });
    } catch (err) {
      sourceError(source, message(err));
      await store.recordSourceCheck(source.id, { etag: source.etag, lastModified: source.lastModified, error: message(err) });
      options.onEvent?.({ type: 'source', source, queued: 0, error: message(err) });
    }
  }
  const work = await store.pendingUrls(options.maxPages);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < work.length) {
      const item = work[next++]!;
      const outcome = await crawlPage(item, store, options.client, summary);
      await store.recordUrl(item.url, outcome);
      summary[outcome.status]++;
      done++;
      options.onEvent?.({ type: 'page', url: item.url, outcome, done, total: work.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summary;
}
