// Issue 14: an extraction pool can outlive one ingest. A caller lends ingestPaths its pool (used,
// never closed); keepExtractPool starts one when a run first needs threads, lends it to every later
// run, and replaces it once a thread of it has died, closing the old one when no run uses it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { createExtractPool, keepExtractPool, type ExtractPool, type IdleTimer } from '../../src/pipeline/extract-pool.ts';
import { extractFile } from '../../src/pipeline/extract-file.ts';
import { PAGE_SEED, tempDir } from '../helpers.ts';

/** A pool that extracts in this thread and counts what it is asked; `live` is set by the test. */
function fakePool(size = 1): ExtractPool & { extracted: number; closed: number; live: number } {
  return {
    size,
    live: size,
    extracted: 0,
    closed: 0,
    extract(request) {
      this.extracted += 1;
      return Promise.resolve(extractFile(request));
    },
    close() {
      this.closed += 1;
      return Promise.resolve();
    },
  };
}

/** A real pool of one thread, counting its requests and closes. */
function countedPool(): ExtractPool & { extracted: number; closed: number } {
  const pool = createExtractPool(1);
  return {
    size: pool.size,
    get live() {
      return pool.live;
    },
    extracted: 0,
    closed: 0,
    extract(request) {
      this.extracted += 1;
      return pool.extract(request);
    },
    close() {
      this.closed += 1;
      return pool.close();
    },
  };
}

function pages(dir: string, n: number): string {
  const folder = join(dir, `in-${n}`);
  mkdirSync(folder);
  for (let i = 0; i < n; i++) copyFileSync(PAGE_SEED, join(folder, `trang-${String(i).padStart(3, '0')}.txt`));
  return folder;
}

test('ingestPaths uses a pool its caller lends, for any number of files, and leaves it open', async (t) => {
  const dir = tempDir(t);
  const pool = countedPool();
  t.after(() => pool.close());
  const store = await openStore(join(dir, 'lent.db'));
  t.after(() => store.close());
  const summary = await ingestPaths([pages(dir, 5)], store, { pool });
  assert.equal(summary.stored, 5);
  assert.equal(pool.extracted, 5, 'every file extracted by the lent pool');
  assert.equal(pool.closed, 0, 'not closed by the run');
  assert.equal(pool.live, 1);
  const again = await ingestPaths([pages(dir, 3)], store, { pool });
  assert.equal(again.stored, 3);
  assert.equal(pool.extracted, 8, 'still usable by the next run');
  // A reader, or workers: 0, keeps the work in this thread, lent pool or not.
  await ingestPaths([pages(dir, 2)], store, { pool, workers: 0 });
  assert.equal(pool.extracted, 8);
});

test('ingestPaths calls a lent pool function only when the run would start threads of its own', async (t) => {
  const dir = tempDir(t);
  const store = await openStore(join(dir, 'lazy.db'));
  t.after(() => store.close());
  const started: ExtractPool[] = [];
  const start = () => {
    const pool = fakePool();
    started.push(pool);
    return pool;
  };
  // Fewer files than pay for starting threads: none started, the run extracts in this thread.
  await ingestPaths([pages(dir, 4)], store, { pool: start });
  assert.equal(started.length, 0);
  await ingestPaths([pages(dir, 60)], store, { pool: start });
  assert.equal(started.length, 1);
  const [pool] = started as ReturnType<typeof fakePool>[];
  assert.equal(pool!.extracted, 60);
  assert.equal(pool!.closed, 0, 'the caller closes what it started');
});

test('keepExtractPool: started once, when first needed, lent to every run after, closed at the end', async () => {
  const started: ReturnType<typeof fakePool>[] = [];
  const kept = keepExtractPool(() => {
    started.push(fakePool());
    return started.at(-1)!;
  });
  const first = kept.lend();
  assert.equal(typeof first.pool, 'function', 'no pool before a run needs one');
  await first.release();
  assert.equal(started.length, 0);
  const second = kept.lend();
  const pool = (second.pool as () => ExtractPool)();
  assert.equal(started.length, 1);
  // Two runs at once (a worker with --concurrency 2) share it.
  const third = kept.lend();
  assert.equal(third.pool, pool);
  await second.release();
  await third.release();
  const fourth = kept.lend();
  assert.equal(fourth.pool, pool);
  await fourth.release();
  assert.equal(started[0]!.closed, 0);
  await kept.close();
  assert.equal(started[0]!.closed, 1);
  assert.throws(() => kept.lend(), /closed/);
});

test('keepExtractPool: a pool that lost a thread is replaced, and closed once the run using it has ended', async () => {
  const started: ReturnType<typeof fakePool>[] = [];
  const kept = keepExtractPool(() => {
    started.push(fakePool(2));
    return started.at(-1)!;
  });
  const a = kept.lend();
  const old = (a.pool as () => ExtractPool)();
  const b = kept.lend();
  assert.equal(b.pool, old);
  started[0]!.live = 1; // one of its threads died
  const c = kept.lend();
  assert.equal(typeof c.pool, 'function', 'not lent again');
  const fresh = (c.pool as () => ExtractPool)();
  assert.notEqual(fresh, old);
  await a.release();
  assert.equal(started[0]!.closed, 0, 'a run still uses it');
  await b.release();
  assert.equal(started[0]!.closed, 1);
  await c.release();
  const e = kept.lend();
  assert.equal(e.pool, fresh);
  await e.release();
  // A pool that dies between runs is closed at the next lend.
  started[1]!.live = 0;
  const d = kept.lend();
  assert.equal(typeof d.pool, 'function');
  assert.equal(started[1]!.closed, 1);
  await d.release();
  await kept.close();
  assert.deepEqual(started.map((p) => p.closed), [1, 1]);
});

/** A timer the test fires by hand; pending: set and neither fired nor cancelled. */
function manualTimer() {
  const timers: { fire: () => void; ms: number; done: boolean }[] = [];
  const timer: IdleTimer = (fire, ms) => {
    const entry = {
      ms,
      done: false,
      fire: () => {
        entry.done = true;
        fire();
      },
    };
    timers.push(entry);
    return () => {
      entry.done = true;
    };
  };
  const pending = () => timers.filter((t) => !t.done);
  return { timer, pending, fireAll: () => pending().forEach((t) => t.fire()) };
}

test('keepExtractPool with idleMs: threads no run uses for that long are closed, and the next run starts new ones', async () => {
  const started: ReturnType<typeof fakePool>[] = [];
  const clock = manualTimer();
  let idleCloses = 0;
  const kept = keepExtractPool(
    () => {
      started.push(fakePool());
      return started.at(-1)!;
    },
    { idleMs: 300_000, timer: clock.timer, onIdleClose: () => (idleCloses += 1) },
  );
  const a = kept.lend();
  const first = (a.pool as () => ExtractPool)();
  assert.equal(clock.pending().length, 0, 'no countdown while a run uses the threads');
  await a.release();
  assert.deepEqual(clock.pending().map((t) => t.ms), [300_000]);

  // A run within the delay cancels the countdown and gets the same threads.
  const b = kept.lend();
  assert.equal(clock.pending().length, 0);
  assert.equal(b.pool, first);
  await b.release();
  assert.equal(started[0]!.closed, 0);
  // A run lent the threads that never used them (a job with nothing to extract) restarts the countdown.
  const unused = kept.lend();
  assert.equal(clock.pending().length, 0);
  await unused.release();
  assert.deepEqual(clock.pending().map((t) => t.ms), [300_000]);

  clock.fireAll();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(started[0]!.closed, 1, 'closed after the idle delay');
  assert.equal(idleCloses, 1);

  const c = kept.lend();
  assert.equal(typeof c.pool, 'function', 'the next run starts threads again when it needs them');
  assert.notEqual((c.pool as () => ExtractPool)(), first);
  await c.release();
  await kept.close();
  assert.equal(clock.pending().length, 0, 'closing the kept pool cancels its countdown');
  assert.deepEqual(started.map((p) => p.closed), [1, 1]);
});

test('keepExtractPool with idleMs: a countdown that fires while a run holds the threads leaves them open', async () => {
  const started: ReturnType<typeof fakePool>[] = [];
  const clock = manualTimer();
  const kept = keepExtractPool(
    () => {
      started.push(fakePool());
      return started.at(-1)!;
    },
    { idleMs: 1000, timer: clock.timer },
  );
  const a = kept.lend();
  (a.pool as () => ExtractPool)();
  await a.release();
  const stale = clock.pending()[0]!;
  const b = kept.lend();
  assert.equal(clock.pending().length, 0, 'the lend cancelled the countdown');
  // Even if its callback ran late, the run in progress keeps its threads.
  stale.fire();
  assert.equal(started[0]!.closed, 0);
  await b.release();
  await kept.close();
});
