// A pool of read-only connections, each in its own worker thread, for a file-backed SQLite store:
// uncached searches and document reads run on every core instead of queueing on the server's one
// thread, and (WAL) they are answered while a write transaction is open. The Store keeps its
// interface: withReadPool returns the same store with those reads forwarded to the pool.
import { availableParallelism } from 'node:os';
import type { Store } from '../types.ts';
import type { ReadQueryName } from './read-queries.ts';
import { Conflict, Forbidden, InvalidInput, NotFound, Unauthenticated, Unavailable } from '../../errors.ts';
import { createThreadPool, type ThreadFailure } from '../../threads.ts';

/** Rebuilds the error a thread reported, keeping its class where callers test for it. */
function errorFrom(answer: ThreadFailure): Error {
  const domain = DOMAIN_ERRORS[answer.name];
  if (domain) return new domain(answer.message);
  const make = answer.name === 'RangeError' ? RangeError : answer.name === 'TypeError' ? TypeError : Error;
  return new make(answer.message);
}

/** The domain errors (src/errors.ts) a read can refuse with, by class name: each face maps them. */
const DOMAIN_ERRORS: Record<string, new (message: string) => Error> = { NotFound, InvalidInput, Conflict, Forbidden, Unauthenticated, Unavailable };

/** One read: a read query's name and its arguments (those of the Store method of that name). */
export interface ReadRequest {
  name: ReadQueryName;
  args: unknown[];
}

export interface ReadPool {
  readonly size: number;
  run<N extends ReadQueryName>(name: N, ...args: Parameters<Store[N]>): ReturnType<Store[N]>;
  close(): Promise<void>;
}

/**
 * Searches a read thread is given before it answers; the rest wait in the pool's queue for the
 * first thread free. Posting every search at once let a quick one wait behind a slow one on one
 * thread while the other was idle. At 100,000 documents, 50 clients asking distinct searches
 * (alternating, 20 s each): all at once 257–285 req/s, p99 603–651 ms; one at a time 217–261,
 * p99 460–661 (the thread idles while its next search is handed over); two 248–283, p99 473–640.
 */
export const READS_IN_FLIGHT = 2;

export function createReadPool(location: string, size = Math.max(1, availableParallelism())): ReadPool {
  const pool = createThreadPool<ReadRequest, unknown>({ nextTo: import.meta.url, body: 'read-worker', size, data: { location }, errorFrom, label: 'a read thread', maxInFlight: READS_IN_FLIGHT });
  return {
    size,
    run: (name, ...args) => pool.request({ name, args }) as ReturnType<Store[typeof name]>,
    close: () => pool.close(),
  };
}

/**
 * The store with its heavy reads answered by a pool of read-only threads; the pool closes with the
 * store. A store in memory has no file another connection could open: it is returned as it is.
 */
export function withReadPool(store: Store, size?: number): Store {
  if (!store.location) return store;
  const pool = createReadPool(store.location, size);
  return {
    ...store,
    search: (...args) => pool.run('search', ...args),
    facetCounts: (...args) => pool.run('facetCounts', ...args),
    getDocument: (...args) => pool.run('getDocument', ...args),
    listDocuments: (...args) => pool.run('listDocuments', ...args),
    entityDetail: (...args) => pool.run('entityDetail', ...args),
    cooccurring: (...args) => pool.run('cooccurring', ...args),
    citedBy: (...args) => pool.run('citedBy', ...args),
    close: async () => {
      await pool.close();
      await store.close();
    },
  };
}
