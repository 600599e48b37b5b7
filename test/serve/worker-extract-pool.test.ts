// Issue 14: a worker's ingest jobs share one extraction pool instead of each starting (about a
// second) and closing its own. Observed through the pool's start function and request count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { createExtractPool, keepExtractPool, type ExtractPool } from '../../src/pipeline/extract-pool.ts';
import { executeJob } from '../../src/serve/jobs/execute.ts';
import { startWorker } from '../../src/serve/jobs/worker-loop.ts';
import { queueFolderIngests, tempDir } from '../helpers.ts';

test('a worker running two ingest jobs starts one extraction pool and uses it for both', async (t) => {
  const dir = tempDir(t);
  const store = await openStore(join(dir, 'jobs.db'));
  t.after(() => store.close());
  // Enough files that a job without a lent pool would start threads of its own.
  const ids = await queueFolderIngests(store, dir, ['a', 'b'], 50);
  let started = 0;
  let extracted = 0;
  let closed = 0;
  const extractPool = keepExtractPool(() => {
    started += 1;
    const pool = createExtractPool(1);
    return {
      size: pool.size,
      get live() {
        return pool.live;
      },
      extract: (request) => {
        extracted += 1;
        return pool.extract(request);
      },
      close: () => {
        closed += 1;
        return pool.close();
      },
    } satisfies ExtractPool;
  });
  const pack = loadPack(BUILTIN_PACK_DIR);
  const worker = startWorker({ store, once: true, execute: (job, onProgress) => executeJob(store, pack, job, onProgress, { extractPool }) });
  try {
    await worker.finished;
  } finally {
    await extractPool.close();
  }
  const jobs = await Promise.all(ids.map(async (id) => (await store.jobs.get(id))!));
  assert.deepEqual(jobs.map((j) => [j.status, (j.result as { stored: number }).stored]), [['done', 50], ['done', 50]]);
  assert.equal(started, 1, 'one pool for both jobs');
  assert.equal(extracted, 100, 'every file of both jobs extracted by it');
  assert.equal(closed, 1, 'closed once, when the worker stopped');
});
