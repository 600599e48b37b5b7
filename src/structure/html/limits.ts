// Bounds on the work one HTML page may cost, so that a hostile or broken page (a million unclosed
// tags, nesting thousands deep) cannot freeze the server or a crawl. Every pass of the extractor is
// linear in the page's nodes; these limits bound the size of the tree those passes run over and,
// as a backstop, the wall time of one extraction.
//
// What happens at each limit:
// - deeper than MAX_DEPTH: the page is still read. Elements opened below that depth are attached
//   to the element at the limit, one after another, as browsers' parsers do (Blink caps at 512):
//   the text stays, in order; only the nesting is lost.
// - more than MAX_NODES nodes, or longer than MAX_EXTRACTION_MS: the page is rejected with an
//   HtmlLimitError that names the limit. A tree that large is not an article, and half an article
//   read under a clock would be a different result on a faster machine.

/**
 * Real pages nest 20–60 levels deep (the deepest of the 1,588 pages of the evaluation sets: 56).
 * 256 leaves ample room and keeps every walk up the tree short, the parser's own stack included.
 */
export const MAX_DEPTH = 256;

/**
 * Nodes (elements, text runs, comments) in one page. The largest page of the evaluation sets has
 * 34,451; the crawler caps a page at 10 MB, which could hold millions. 500,000 nodes are roughly
 * 150 MB of tree in memory and under two seconds of work.
 */
export const MAX_NODES = 500_000;

/** Wall time of one extraction: a 1 MB page takes well under a second, so 10 s means something is wrong. */
export const MAX_EXTRACTION_MS = 10_000;

/** The clock is read once per this many units of work: cheap, and still prompt. */
const CLOCK_EVERY = 4096;

export type HtmlLimit = 'nodes' | 'time' | 'depth';

export class HtmlLimitError extends Error {
  readonly limit: HtmlLimit;

  constructor(limit: HtmlLimit, problem: string) {
    super(problem);
    this.name = 'HtmlLimitError';
    this.limit = limit;
  }
}

export interface MeterLimits {
  maxNodes?: number;
  maxDepth?: number;
  timeLimitMs?: number;
}

/**
 * Counts the work of one extraction: `nodes` the parser created, `visits` every node or tree step
 * any pass took. Tests read both to show the passes stay linear; the limits are checked as it counts.
 */
export class WorkMeter {
  nodes = 0;
  visits = 0;
  /** True when some elements were attached at MAX_DEPTH instead of nesting deeper. */
  flattened = false;
  readonly maxNodes: number;
  readonly maxDepth: number;
  readonly timeLimitMs: number;
  private readonly deadline: number;
  private nextClock = CLOCK_EVERY;

  constructor(limits: MeterLimits = {}) {
    this.maxNodes = limits.maxNodes ?? MAX_NODES;
    this.maxDepth = limits.maxDepth ?? MAX_DEPTH;
    this.timeLimitMs = limits.timeLimitMs ?? MAX_EXTRACTION_MS;
    this.deadline = performance.now() + this.timeLimitMs;
  }

  /** One new node of the tree. */
  node(): void {
    this.nodes++;
    if (this.nodes > this.maxNodes) {
      throw new HtmlLimitError('nodes', `the page has more than ${this.maxNodes.toLocaleString('en')} HTML nodes (limit MAX_NODES)`);
    }
    this.tick();
  }

  /** `count` units of work. */
  tick(count = 1): void {
    this.visits += count;
    if (this.visits >= this.nextClock) this.checkClock();
  }

  checkClock(): void {
    this.nextClock = this.visits + CLOCK_EVERY;
    if (performance.now() > this.deadline) {
      throw new HtmlLimitError('time', `extracting the page took longer than ${this.timeLimitMs} ms (limit MAX_EXTRACTION_MS)`);
    }
  }
}

// Extraction is synchronous, so the meter of the extraction under way can live here rather than be
// threaded through every helper. Outside an extraction, helpers count against an unbounded meter.
let current: WorkMeter = new WorkMeter({ maxNodes: Infinity, timeLimitMs: Infinity });

export function meter(): WorkMeter {
  return current;
}

/** Runs `work` with `active` as the meter, restoring the previous one afterwards. */
export function withMeter<T>(active: WorkMeter, work: () => T): T {
  const previous = current;
  current = active;
  try {
    return work();
  } finally {
    current = previous;
  }
}
