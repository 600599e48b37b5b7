// A pool of worker threads for ingest's CPU work (decoding, structuring, fact extraction,
// near-duplicate signatures), so a load uses every core while the ingest thread writes to the
// store. Requests are handed to the least busy thread; answers come back in any order, each
// settling its own promise.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractAnswer, Extracted, ExtractRequest } from './extract-file.ts';

// Compiled (dist/…/extract-pool.js), the thread runs extract-worker.js; run from source through
// tsx, it needs an entry that registers tsx's loader first.
const WORKER = import.meta.url.endsWith('.js') ? new URL('./extract-worker.js', import.meta.url) : new URL('./extract-worker-entry.mjs', import.meta.url);

export interface ExtractPool {
  readonly size: number;
  extract(request: Omit<ExtractRequest, 'id'>): Promise<Extracted>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (e: Extracted) => void; reject: (e: Error) => void }>;
  ready: Promise<void>;
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
  let nextId = 0;
  const slots: Slot[] = [];
  for (let i = 0; i < size; i++) {
    const worker = new Worker(WORKER);
    const slot: Slot = {
      worker,
      pending: new Map(),
      ready: new Promise((resolve, reject) => {
        worker.once('message', () => resolve());
        worker.once('error', reject);
      }),
    };
    // A failed start is reported by the first request sent to this thread, not as an unhandled rejection.
    slot.ready.catch(() => undefined);
    worker.on('message', (m: ExtractAnswer | { ready: true }) => {
      if (!('id' in m)) return;
      const waiting = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      if (!waiting) return;
      if (slot.pending.size === 0) worker.unref();
      if (m.ok) waiting.resolve({ result: m.result, facts: m.facts, ...(m.signatures ? { signatures: m.signatures } : {}) });
      else waiting.reject(new Error(m.message));
    });
    const failAll = (error: Error): void => {
      for (const w of slot.pending.values()) w.reject(error);
      slot.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`an extraction thread stopped (exit code ${code})`)));
    // An idle pool must not keep the process alive (ref'd again while it has work).
    worker.unref();
    slots.push(slot);
  }
  return {
    size,
    async extract(request) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = ++nextId;
      const answer = new Promise<Extracted>((resolve, reject) => slot.pending.set(id, { resolve, reject }));
      // A thread with work keeps the process alive until it answers.
      slot.worker.ref();
      await slot.ready;
      slot.worker.postMessage({ ...request, id } satisfies ExtractRequest);
      return answer;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
