// The crawler's HTTP client: polite to the sites it reads and safe for the machine it runs on.
// - robots.txt is fetched once per host, cached, and obeyed (with its Crawl-delay);
// - one request at a time per host, spaced by a delay (default 1 s);
// - conditional GET with the ETag / Last-Modified remembered from the previous fetch;
// - 429 and 5xx retried with exponential backoff, honouring Retry-After;
// - at most 5 redirects, each hop checked again (scheme, address, robots);
// - a deadline per request, a body size cap, and a content-type check.
import robotsParserModule from 'robots-parser';
import { FetchError, httpGet, type RawResponse } from './http-get.ts';
import { anyAddress, checkScheme, publicOnly, type AddressPolicy } from './address-guard.ts';

export interface PoliteOptions {
  userAgent: string;
  /** Minimum gap between two requests to one host, in ms. */
  delayMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  /** First backoff step, doubled on each retry. */
  backoffMs: number;
  /** Longest Retry-After (or backoff) the client will wait; longer means give up for now. */
  maxWaitMs: number;
  /** Admit private, loopback and link-local targets (a local source, the tests' server). */
  allowPrivate: boolean;
  /** A finer address policy than allowPrivate; overrides it when given. */
  allowAddress?: AddressPolicy;
  /** Injected for tests; defaults to real timers. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_USER_AGENT = 'Radar57/0.1 (+https://github.com/radar57/radar57; research crawler for public news)';

export const DEFAULT_POLITE_OPTIONS: PoliteOptions = {
  userAgent: DEFAULT_USER_AGENT,
  delayMs: 1000,
  timeoutMs: 20_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  backoffMs: 1000,
  maxWaitMs: 120_000,
  allowPrivate: false,
};

export interface Conditional {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchOutcome {
  /** The final URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  redirects: string[];
}

export class RobotsDisallowedError extends Error {}
/** robots.txt could not be read (server error, network): retry later, do not skip. */
export class RobotsUnavailableError extends Error {}
export class HttpStatusError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}
export class ContentTypeError extends Error {}

// robots-parser is CommonJS (`module.exports = fn`) but its typings declare an ES default export;
// under NodeNext the default import is that function at run time, so only the type needs the fix.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

/** Rejects what can never be fetched before anything else (robots, queues) is consulted. */
function parseTarget(target: string): URL {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new FetchError('scheme', `${target}: not a valid URL`);
  }
  try {
    checkScheme(url);
  } catch (err) {
    throw new FetchError('scheme', (err as Error).message);
  }
  return url;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retry-After is either delta-seconds or an HTTP date. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class PoliteClient {
  readonly options: PoliteOptions;
  private readonly robots = new Map<string, Promise<Robots | 'allow-all'>>();
  /** Per host: when the last request ended, and the tail of its queue. */
  private readonly hosts = new Map<string, { lastEnd: number; tail: Promise<unknown> }>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: Partial<PoliteOptions> = {}) {
    this.options = { ...DEFAULT_POLITE_OPTIONS, ...options };
    this.sleep = this.options.sleep ?? realSleep;
  }

  /** Requests to one host run one after another; different hosts proceed independently. */
  private async scheduled<T>(host: string, gapMs: number, task: () => Promise<T>): Promise<T> {
    const slot = this.hosts.get(host) ?? { lastEnd: 0, tail: Promise.resolve() };
    this.hosts.set(host, slot);
    const run = slot.tail.then(async () => {
      const wait = slot.lastEnd + gapMs - Date.now();
      if (slot.lastEnd > 0 && wait > 0) await this.sleep(wait);
      try {
        return await task();
      } finally {
        slot.lastEnd = Date.now();
      }
    });
    slot.tail = run.catch(() => undefined);
    return run;
  }

  private async raw(url: string, headers: Record<string, string>): Promise<RawResponse> {
    const o = this.options;
    const allowAddress = o.allowAddress ?? (o.allowPrivate ? anyAddress : publicOnly);
    return httpGet(url, { headers: { 'user-agent': o.userAgent, ...headers }, timeoutMs: o.timeoutMs, maxBytes: o.maxBytes, allowAddress });
  }

  /**
   * robots.txt of the URL's origin, fetched once and cached. Redirects are followed (up to the
   * redirect limit, each hop checked like any request). A missing file (4xx) allows everything. A
   * server error or a network failure is not an answer: the failure is not cached, and the request
   * fails with RobotsUnavailableError, to be tried again later rather than skipped for good.
   */
  private async robotsFor(url: URL): Promise<Robots | 'allow-all'> {
    const key = url.origin;
    let cached = this.robots.get(key);
    if (!cached) {
      cached = this.fetchRobots(url).catch((err: unknown) => {
        this.robots.delete(key);
        throw err;
      });
      this.robots.set(key, cached);
    }
    return cached;
  }

  private async fetchRobots(url: URL): Promise<Robots | 'allow-all'> {
    let current = `${url.origin}/robots.txt`;
    for (let hop = 0; ; hop++) {
      const host = new URL(current).host;
      let res: RawResponse;
      try {
        res = await this.scheduled(host, this.options.delayMs, () => this.raw(current, { accept: 'text/plain' }));
      } catch (err) {
        if (err instanceof FetchError && (err.kind === 'blocked' || err.kind === 'scheme')) throw err;
        throw new RobotsUnavailableError(`${url.origin}/robots.txt: ${err instanceof Error ? err.message : String(err)}`);
      }
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && location && hop < this.options.maxRedirects) {
        current = new URL(location, current).toString();
        continue;
      }
      if (res.status >= 200 && res.status < 300) return robotsParser(current, res.body.toString('utf8'));
      if (res.status >= 400 && res.status < 500) return 'allow-all';
      throw new RobotsUnavailableError(`${url.origin}/robots.txt: HTTP ${res.status}; will try again later`);
    }
  }

  /** The gap to keep between requests to this host: our delay, or the site's Crawl-delay if longer. */
  private async gapFor(url: URL): Promise<number> {
    const robots = await this.robotsFor(url);
    const crawlDelay = typeof robots === 'object' ? robots.getCrawlDelay(this.options.userAgent) : undefined;
    return Math.max(this.options.delayMs, (crawlDelay ?? 0) * 1000);
  }

  async isAllowed(target: string): Promise<boolean> {
    const url = new URL(target);
    const robots = await this.robotsFor(url);
    if (robots === 'allow-all') return true;
    return robots.isAllowed(target, this.options.userAgent) !== false;
  }

  /** GET with politeness, retries and redirects; `accept` lists acceptable content-type fragments. */
  async fetch(target: string, accept: string[], conditional: Conditional = {}): Promise<FetchOutcome> {
    const redirects: string[] = [];
    let current = target;
    for (let hop = 0; ; hop++) {
      const url = parseTarget(current);
      if (!(await this.isAllowed(current))) throw new RobotsDisallowedError(`${current}: disallowed by ${url.origin}/robots.txt`);
      const headers: Record<string, string> = { accept: accept.length ? accept.join(', ') + ', */*;q=0.1' : '*/*' };
      if (hop === 0 && conditional.etag) headers['if-none-match'] = conditional.etag;
      if (hop === 0 && conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
      const res = await this.withRetries(url, headers);
      if ([301, 302, 303, 307, 308].includes(res.status)) {
        const location = res.headers.location;
        if (!location) throw new HttpStatusError(res.status, `${current}: redirect without a Location header`);
        if (hop >= this.options.maxRedirects) throw new HttpStatusError(res.status, `${target}: more than ${this.options.maxRedirects} redirects`);
        current = new URL(location, current).toString();
        redirects.push(current);
        continue;
      }
      const outcome: FetchOutcome = {
        url: current,
        status: res.status,
        notModified: res.status === 304,
        body: res.body,
        contentType: res.headers['content-type'] ?? null,
        etag: (res.headers.etag as string | undefined) ?? null,
        lastModified: (res.headers['last-modified'] as string | undefined) ?? null,
        redirects,
      };
      if (res.status === 304) return outcome;
      if (res.status < 200 || res.status >= 300) throw new HttpStatusError(res.status, `${current}: HTTP ${res.status}`);
      const type = (outcome.contentType ?? '').toLowerCase();
      if (accept.length && !accept.some((a) => type.includes(a))) {
        throw new ContentTypeError(`${current}: content type ${outcome.contentType ?? '(none)'} is not one of ${accept.join(', ')}`);
      }
      return outcome;
    }
  }

  private async withRetries(url: URL, headers: Record<string, string>): Promise<RawResponse> {
    const o = this.options;
    const gap = await this.gapFor(url);
    for (let attempt = 0; ; attempt++) {
      const res = await this.scheduled(url.host, gap, () => this.raw(url.toString(), headers));
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= o.retries) return res;
      const wait = retryAfterMs(res.headers['retry-after'] as string | undefined) ?? o.backoffMs * 2 ** attempt;
      if (wait > o.maxWaitMs) return res;
      await this.sleep(wait);
    }
  }
}
