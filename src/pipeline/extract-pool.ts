// A pool of worker threads for ingest's CPU work (decoding, structuring, fact extraction,
// near-duplicate signatures), so a load uses every core while the ingest thread writes to the
// store. Requests go to the least busy thread; answers come back in any order (src/threads.ts).
import { availableParallelism } from 'node:os';
import { createThreadPool } from '../threads.ts';
import type { Extracted, ExtractRequest } from './extract-file.ts';

export interface ExtractPool {
  readonly size: number;
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
  return { size, extract: (request) => pool.request(request), close: () => pool.close() };
}
