// Issue 14: the read pool hands a search to a thread only when the thread has room, so requests
// queued behind a slow one go to whichever thread is free instead of waiting on the busy one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createThreadPool } from '../src/threads.ts';

const fixtures = new URL('./fixtures/threads/', import.meta.url).href;

test('with one request in flight per thread, a blocked thread gets nothing more until it answers', { timeout: 30_000 }, async (t) => {
  const pool = createThreadPool<{ gate?: SharedArrayBuffer }, number>({ nextTo: fixtures, body: 'gate-body', size: 2, label: 'a test thread', maxInFlight: 1 });
  t.after(() => pool.close());
  const gate = new SharedArrayBuffer(4);
  const slow = pool.request({ gate });
  // Posted at once (no limit), some of these would sit behind the blocked request and never be
  // answered while the gate is shut: the test would time out.
  const quick = await Promise.all(Array.from({ length: 6 }, () => pool.request({})));
  assert.equal(new Set(quick).size, 1, 'every quick request answered by the same, free thread');
  Atomics.store(new Int32Array(gate), 0, 1);
  Atomics.notify(new Int32Array(gate), 0);
  const blocked = await slow;
  assert.notEqual(blocked, quick[0], 'the slow request ran on the other thread');
});

test('requests queued in the pool fail with a clear error when it closes', async () => {
  const pool = createThreadPool<{ gate?: SharedArrayBuffer }, number>({ nextTo: fixtures, body: 'gate-body', size: 1, label: 'a test thread', maxInFlight: 1 });
  const gate = new SharedArrayBuffer(4);
  const first = pool.request({ gate });
  const queued = assert.rejects(pool.request({}), /a test thread pool is closed/);
  first.catch(() => undefined);
  await pool.close();
  await queued;
});

test('without a limit every request is posted at once, and all are answered', async (t) => {
  const pool = createThreadPool<{ gate?: SharedArrayBuffer }, number>({ nextTo: fixtures, body: 'gate-body', size: 2, label: 'a test thread' });
  t.after(() => pool.close());
  const answers = await Promise.all(Array.from({ length: 20 }, () => pool.request({})));
  assert.equal(answers.length, 20);
  assert.ok(answers.every((id) => typeof id === 'number' && id > 0));
});

test('a thread that exits fails its request, leaves the pool one thread short, and the others keep answering', async (t) => {
  const pool = createThreadPool<{ exit?: number }, number>({ nextTo: fixtures, body: 'gate-body', size: 2, label: 'a test thread', maxInFlight: 1 });
  t.after(() => pool.close());
  assert.equal(pool.live, 2);
  await assert.rejects(pool.request({ exit: 3 }), /a test thread stopped \(exit code 3\)/);
  assert.equal(pool.live, 1);
  const answers = await Promise.all(Array.from({ length: 4 }, () => pool.request({})));
  assert.equal(new Set(answers).size, 1, 'all answered by the thread left');
});
