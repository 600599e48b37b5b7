// A pool of worker threads for ingest's CPU work (decoding, structuring, fact extraction,
// near-duplicate signatures), so a load uses every core while the ingest thread writes to the
// store. Requests go to the least busy thread; answers come back in any order (src/threads.ts).
// A run starts its own pool and closes it at its end, unless its caller lends one (keepExtractPool:
// a `radar57 worker` keeps one from job to job, since starting the threads costs about a second, and
// closes it after a while with no job).
import { availableParallelism } from 'node:os';
import { createThreadPool } from '../threads.ts';
import type { Extracted, ExtractRequest } from './extract-file.ts';

export interface ExtractPool {
  readonly size: number;
  /** Threads still running (a thread that exited is not restarted). */
  readonly live: number;
  extract(request: ExtractRequest): Promise<Extracted>;
  close(): Promise<void>;
}

/**
 * One thread per core but the ingest thread's own: it is busy writing to the store meanwhile. On
 * two cores a second thread measured no faster (the three threads shared two cores) and took the
 * process past 400 MB (each thread holds its own copy of the code and the extractors' tables).
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createExtractPool(size = defaultPoolSize()): ExtractPool {
  const pool = createThreadPool<ExtractRequest, Extracted>({ nextTo: import.meta.url, body: 'extract-worker', size, label: 'an extraction thread' });
  return {
    size,
    get live() {
      return pool.live;
    },
    extract: (request) => pool.request(request),
    close: () => pool.close(),
  };
}

/** What one ingest run is lent (ingestPaths's `pool`), and how it gives it back. */
export interface LentExtractPool {
  /** The kept pool, or, while there is none, a function starting it (called only if the run needs threads). */
  pool: ExtractPool | (() => ExtractPool);
  /** The run has ended (idempotent). */
  release(): Promise<void>;
}

/** One pool kept across ingest runs, started when a run first needs threads. */
export interface KeptExtractPool {
  /**
   * For one run. A pool that lost a thread is not lent again: the next run gets a function starting
   * a new one, and the old one is closed once the runs using it have released it.
   */
  lend(): LentExtractPool;
  /** Closes every pool still open; call it when no run is left (a run still going loses its threads). */
  close(): Promise<void>;
}

interface Kept {
  pool: ExtractPool;
  users: number;
}

/** Runs `fire` after `ms` unless cancelled; returns the cancel. */
export type IdleTimer = (fire: () => void, ms: number) => () => void;

/** A timer that does not keep the process alive on its own. */
const unrefTimer: IdleTimer = (fire, ms) => {
  const handle = setTimeout(fire, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

export interface KeepOptions {
  /**
   * Close the threads once no run has used them for this long (milliseconds; default: never). A
   * worker with nothing to do then holds about a third less memory, and the next job pays the
   * second or so of starting them again.
   */
  idleMs?: number;
  /** Told when idle threads were closed (a log line). */
  onIdleClose?: () => void;
  /** The timer (tests pass their own, to fire it when they choose). */
  timer?: IdleTimer;
}

/**
 * Keeps one extraction pool for a process that runs many ingests (a `radar57 worker`): the threads,
 * and the modules and compiled code they hold, outlive one job. `start` makes a new pool (default
 * createExtractPool with the default size).
 */
export function keepExtractPool(start: () => ExtractPool = () => createExtractPool(), options: KeepOptions = {}): KeptExtractPool {
  let current: Kept | null = null;
  const open = new Set<Kept>();
  const closing = new Set<Promise<void>>();
  let closed = false;
  let cancelIdle: (() => void) | null = null;
  const stopIdleTimer = (): void => {
    cancelIdle?.();
    cancelIdle = null;
  };
  /** After the last run gives the kept pool back: closes it if no run takes it within idleMs. */
  const startIdleTimer = (kept: Kept): void => {
    if (options.idleMs === undefined) return;
    stopIdleTimer();
    cancelIdle = (options.timer ?? unrefTimer)(() => {
      cancelIdle = null;
      if (current !== kept || kept.users > 0) return;
      current = null;
      shut(kept);
      options.onIdleClose?.();
    }, options.idleMs);
  };
  const shut = (kept: Kept): void => {
    open.delete(kept);
    const done = kept.pool.close().catch(() => undefined).finally(() => closing.delete(done));
    closing.add(done);
  };
  /** The kept pool while all its threads run; a pool that lost one is retired (closed when unused). */
  const healthy = (): Kept | null => {
    if (current !== null && current.pool.live < current.pool.size) {
      const retired = current;
      current = null;
      if (retired.users === 0) shut(retired);
    }
    return current;
  };
  return {
    lend() {
      if (closed) throw new Error('the kept extraction pool is closed');
      stopIdleTimer();
      let used: Kept | null = null;
      const use = (kept: Kept): ExtractPool => {
        if (used !== null) return used.pool;
        used = kept;
        kept.users += 1;
        return kept.pool;
      };
      const kept = healthy();
      const pool = kept
        ? use(kept)
        : () => {
            if (closed) throw new Error('the kept extraction pool is closed');
            let next = healthy();
            if (next === null) {
              next = current = { pool: start(), users: 0 };
              open.add(next);
            }
            return use(next);
          };
      return {
        pool,
        release: async () => {
          const done: Kept | null = used;
          used = null;
          // A lend that found the pool took it (use above), so only a run that never started
          // threads comes back empty-handed, and then no kept pool was idle to count down.
          if (done === null) return;
          done.users -= 1;
          if (done.users === 0 && done !== current && open.has(done)) shut(done);
          else if (healthy() === done && done.users === 0) startIdleTimer(done);
          await Promise.all([...closing]);
        },
      };
    },
    async close() {
      closed = true;
      stopIdleTimer();
      current = null;
      for (const kept of [...open]) shut(kept);
      await Promise.all([...closing]);
    },
  };
}
