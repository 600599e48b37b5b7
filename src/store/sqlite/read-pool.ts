// A pool of read-only connections, each in its own worker thread, for a file-backed SQLite store:
// uncached searches and document reads run on every core instead of queueing on the server's one
// thread, and (WAL) they are answered while a write transaction is open. The Store keeps its
// interface: withReadPool returns the same store with those reads forwarded to the pool.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Store } from '../types.ts';
import type { ReadQueryName } from './read-queries.ts';
import { Conflict, Forbidden, InvalidInput, NotFound, Unauthenticated, Unavailable } from '../../errors.ts';

const WORKER = import.meta.url.endsWith('.js') ? new URL('./read-worker.js', import.meta.url) : new URL('./read-worker-entry.mjs', import.meta.url);

type Answer = { id: number; ok: true; value: unknown } | { id: number; ok: false; name: string; message: string };

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>;
  ready: Promise<void>;
}

/** Rebuilds the error a thread reported, keeping its class where callers test for it. */
function errorFrom(answer: { name: string; message: string }): Error {
  const domain = DOMAIN_ERRORS[answer.name];
  if (domain) return new domain(answer.message);
  const make = answer.name === 'RangeError' ? RangeError : answer.name === 'TypeError' ? TypeError : Error;
  return new make(answer.message);
}

/** The domain errors (src/errors.ts) a read can refuse with, by class name: each face maps them. */
const DOMAIN_ERRORS: Record<string, new (message: string) => Error> = { NotFound, InvalidInput, Conflict, Forbidden, Unauthenticated, Unavailable };

export interface ReadPool {
  readonly size: number;
  run<N extends ReadQueryName>(name: N, ...args: Parameters<Store[N]>): ReturnType<Store[N]>;
  close(): Promise<void>;
}

export function createReadPool(location: string, size = Math.max(1, availableParallelism())): ReadPool {
  let nextId = 0;
  let closed = false;
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER, { workerData: { location } });
    const slot: Slot = {
      worker,
      pending: new Map(),
      ready: new Promise((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      }),
    };
    slot.ready.catch(() => undefined);
    worker.on('message', (m: Answer | { ready: true }) => {
      if (!('id' in m)) return;
      const waiting = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      if (slot.pending.size === 0) worker.unref();
      if (!waiting) return;
      if (m.ok) waiting.resolve(m.value);
      else waiting.reject(errorFrom(m));
    });
    const failAll = (error: Error): void => {
      for (const w of slot.pending.values()) w.reject(error);
      slot.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a read thread stopped (exit code ${code})`)));
    worker.unref();
    slots.push(slot);
  }
  return {
    size,
    run(name, ...args) {
      if (closed) return Promise.reject(new Error('the read pool is closed')) as ReturnType<Store[typeof name]>;
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = ++nextId;
      const answer = new Promise((resolve, reject) => slot.pending.set(id, { resolve, reject }));
      slot.worker.ref();
      slot.ready.then(
        () => slot.worker.postMessage({ id, name, args }),
        (error: Error) => slot.pending.get(id)?.reject(error),
      );
      return answer as ReturnType<Store[typeof name]>;
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
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
    close: async () => {
      await pool.close();
      await store.close();
    },
  };
}
