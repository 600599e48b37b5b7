// The crawl job: registered sources → new entry URLs → fetched pages → structured documents → store.
// State lives in the database after every page, so a crawl that is killed resumes where it stopped
// without fetching again what it already stored.
import type { SaveFileInput, SaveFileResult } from '../store/index.ts';
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
export interface CrawlStore {
  listSources(): SourceRecord[];
  recordSourceCheck(id: number, check: { etag: string | null; lastModified: string | null; error: string | null }): void;
  /** Adds URLs not seen before to the queue; returns how many were new. */
  enqueueUrls(sourceId: number, urls: string[]): number;
  pendingUrls(limit: number): QueuedUrl[];
  recordUrl(url: string, outcome: UrlOutcome): void;
  saveFile(input: SaveFileInput): SaveFileResult;
}

export interface CrawlOptions {
  /** Fetch at most this many pages in this run. */
  maxPages: number;
  /** Only read the sources and queue their entries (no page fetches) when 0 pages are wanted. */
  client: PoliteClient;
  /** Pages fetched at once across hosts (the client still allows one at a time per host). */
  concurrency?: number;
  /** Sitemap indexes can list thousands of sitemaps; read at most this many per source and run. */
  maxSitemapsPerSource?: number;
  onEvent?: (event: CrawlEvent) => void;
}

export type CrawlEvent =
  | { type: 'source'; source: SourceRecord; queued: number; error: string | null }
  | { type: 'page'; url: string; outcome: UrlOutcome; done: number; total: number };

export interface CrawlSummary {
  sources: number;
  sourceErrors: number;
  queued: number;
  fetched: number;
  stored: number;
  failed: number;
  skipped: number;
  documentsCreated: number;
  documentsUpdated: number;
}

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
  urls: string[];
  etag: string | null;
  lastModified: string | null;
  /** Problems that did not stop the source (a child sitemap that failed). */
  problems: string[];
}

/** Reads one source and returns the page URLs it lists now (nothing when unchanged since last time). */
async function readSource(source: SourceRecord, client: PoliteClient, maxSitemaps: number): Promise<SourceRead> {
  if (source.kind === 'page') return { urls: [source.url], etag: null, lastModified: null, problems: [] };
  const accept = source.kind === 'sitemap' ? SITEMAP_TYPES : FEED_TYPES;
  const res = await client.fetch(source.url, accept, { etag: source.etag, lastModified: source.lastModified });
  if (res.notModified) return { urls: [], etag: source.etag, lastModified: source.lastModified, problems: [] };
  const text = xmlText(res.body, res.url);
  if (source.kind === 'feed') {
    return { urls: parseFeed(text, res.url).entries.map((e) => e.url), etag: res.etag, lastModified: res.lastModified, problems: [] };
  }
  const sitemap = parseSitemap(text, res.url);
  if (sitemap.kind === 'urlset') return { urls: sitemap.pages.map((p) => p.url), etag: res.etag, lastModified: res.lastModified, problems: [] };
  // An index: newest sitemaps first, since news sites append.
  const children = [...sitemap.sitemaps].sort((a, b) => (b.lastModified ?? '').localeCompare(a.lastModified ?? '')).slice(0, maxSitemaps);
  const urls: string[] = [];
  const problems: string[] = [];
  // One broken child sitemap must not cost the pages of the others.
  for (const child of children) {
    try {
      const sub = await client.fetch(child.url, SITEMAP_TYPES);
      const parsed = parseSitemap(xmlText(sub.body, sub.url), sub.url);
      if (parsed.kind === 'urlset') urls.push(...parsed.pages.map((p) => p.url));
    } catch (err) {
      problems.push(message(err));
    }
  }
  return { urls, etag: res.etag, lastModified: res.lastModified, problems };
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
    const saved = store.saveFile({
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
  const sources = store.listSources();
  const summary: CrawlSummary = { sources: sources.length, sourceErrors: 0, queued: 0, fetched: 0, stored: 0, failed: 0, skipped: 0, documentsCreated: 0, documentsUpdated: 0 };
  for (const source of sources) {
    try {
      const { urls, etag, lastModified, problems } = await readSource(source, options.client, options.maxSitemapsPerSource ?? 20);
      const queued = store.enqueueUrls(source.id, urls);
      summary.queued += queued;
      const error = problems.length > 0 ? problems.join('; ') : null;
      if (error) summary.sourceErrors++;
      store.recordSourceCheck(source.id, { etag, lastModified, error });
      options.onEvent?.({ type: 'source', source, queued, error });
    } catch (err) {
      summary.sourceErrors++;
      store.recordSourceCheck(source.id, { etag: source.etag, lastModified: source.lastModified, error: message(err) });
      options.onEvent?.({ type: 'source', source, queued: 0, error: message(err) });
    }
  }
  const work = store.pendingUrls(options.maxPages);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < work.length) {
      const item = work[next++]!;
      const outcome = await crawlPage(item, store, options.client, summary);
      store.recordUrl(item.url, outcome);
      summary[outcome.status]++;
      done++;
      options.onEvent?.({ type: 'page', url: item.url, outcome, done, total: work.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summary;
}
