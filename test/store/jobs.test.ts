// The jobs queue's SQL: a claim is exclusive, a lease that runs out gives the job back, a failed
// attempt is queued again after its backoff and recorded, the last one fails the job. The clock is
// the store's own (a test clock moved by hand), so no assertion depends on time passing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import { sqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { createStore } from '../../src/store/store.ts';
import type { Store } from '../../src/store/index.ts';

async function storeWithClock(t: { after: (fn: () => Promise<void>) => void }) {
  let ms = Date.parse('2026-03-01T00:00:00.000Z');
  const store: Store = await createStore(openSqlite(':memory:'), sqliteDialect, () => new Date(ms).toISOString());
  t.after(() => store.close());
  return { store, advance: (by: number) => void (ms += by) };
}

test('a job is claimed by one worker only, oldest first, and completes with its result and progress', async (t) => {
  const { store } = await storeWithClock(t);
  const a = await store.jobs.enqueue({ kind: 'link', payload: { actor: 'a' }, createdBy: 'a' });
  const b = await store.jobs.enqueue({ kind: 'reextract', payload: { actor: 'b' }, createdBy: 'b' });
  assert.equal(a.status, 'queued');
  const claims = await Promise.all([store.jobs.claim('w1', 10_000), store.jobs.claim('w2', 10_000), store.jobs.claim('w3', 10_000)]);
  const ids = claims.map((c) => c?.id ?? null);
  assert.deepEqual([...ids].sort(), [a.id, b.id, null].sort(), 'each job to one worker, the third gets none');
  const first = claims.find((c) => c?.id === a.id)!;
  assert.equal(first.status, 'running');
  assert.equal(first.attempts, 1);
  assert.ok(await store.jobs.heartbeat(a.id, first.lockedBy!, 10_000, { done: 1, total: 4 }));
  assert.equal(await store.jobs.heartbeat(a.id, 'someone-else', 10_000), false, 'only the holder renews');
  assert.deepEqual((await store.jobs.get(a.id))!.progress, { done: 1, total: 4 });
  assert.equal(await store.jobs.complete(a.id, 'someone-else', {}), false);
  assert.ok(await store.jobs.complete(a.id, first.lockedBy!, { linked: 3 }, { done: 4, total: 4 }));
  const done = (await store.jobs.get(a.id))!;
  assert.equal(done.status, 'done');
  assert.deepEqual(done.result, { linked: 3 });
  assert.deepEqual(done.progress, { done: 4, total: 4 });
  assert.equal(done.lockedBy, null);
  assert.ok(done.finishedAt);
});

test('a running job whose lease ran out (its worker died) is claimed again; the dead worker can no longer finish it', async (t) => {
  const { store, advance } = await storeWithClock(t);
  const job = await store.jobs.enqueue({ kind: 'link', payload: { actor: 'a' }, createdBy: 'a', maxAttempts: 2 });
  assert.equal((await store.jobs.claim('dead', 5_000))!.id, job.id);
  assert.equal(await store.jobs.claim('other', 5_000), null, 'held while the lease runs');
  advance(5_001);
  const again = (await store.jobs.claim('other', 5_000))!;
  assert.equal(again.id, job.id);
  assert.equal(again.attempts, 2);
  assert.equal(again.lockedBy, 'other');
  assert.equal(await store.jobs.complete(job.id, 'dead', {}), false);
  assert.equal(await store.jobs.heartbeat(job.id, 'dead', 5_000), false);
  // The second holder dies too, on the last attempt: the job fails, saying why.
  advance(5_001);
  assert.equal(await store.jobs.claim('third', 5_000), null);
  const failed = (await store.jobs.get(job.id))!;
  assert.equal(failed.status, 'failed');
  assert.match(failed.error!, /lease expired/);
});

test('a failed attempt is queued again after its backoff, recorded, and the last attempt fails the job', async (t) => {
  const { store, advance } = await storeWithClock(t);
  const job = await store.jobs.enqueue({ kind: 'link', payload: { actor: 'a' }, createdBy: 'a', maxAttempts: 2 });
  await store.jobs.claim('w', 60_000);
  assert.equal(await store.jobs.fail(job.id, 'w', 'boom 1', 1_000), 'queued');
  const waiting = (await store.jobs.get(job.id))!;
  assert.equal(waiting.status, 'queued');
  assert.equal(waiting.error, 'boom 1');
  assert.equal(await store.jobs.claim('w', 60_000), null, 'not before the backoff');
  advance(1_000);
  assert.equal((await store.jobs.claim('w', 60_000))!.attempts, 2);
  assert.equal(await store.jobs.fail(job.id, 'w', 'boom 2', 1_000), 'failed');
  const failed = (await store.jobs.get(job.id))!;
  assert.equal(failed.status, 'failed');
  assert.equal(failed.attempts, 2);
  assert.equal(failed.error, 'boom 2');
  advance(60_000);
  assert.equal(await store.jobs.claim('w', 60_000), null, 'a failed job stays failed');
});

test('uploaded bytes are kept with the job until it ends; lists filter by status and owner', async (t) => {
  const { store } = await storeWithClock(t);
  const bytes = new Uint8Array([0, 1, 2, 255]);
  const job = await store.jobs.enqueue({ kind: 'ingest', payload: { source: 'upload' }, createdBy: 'ana', files: [{ name: 'a.txt', sha256: 'ab', bytes }] });
  await store.jobs.enqueue({ kind: 'link', payload: {}, createdBy: 'bao' });
  const files = await store.jobs.files(job.id);
  assert.equal(files.length, 1);
  assert.deepEqual([...files[0]!.bytes], [0, 1, 2, 255]);
  assert.deepEqual((await store.jobs.list({ createdBy: 'ana' })).map((j) => j.id), [job.id]);
  assert.equal((await store.jobs.list({ status: 'queued' })).length, 2);
  const claimed = (await store.jobs.claim('w', 60_000, ['ingest']))!;
  assert.equal(claimed.id, job.id, 'only the kinds asked for');
  await store.jobs.complete(job.id, 'w', {});
  assert.deepEqual(await store.jobs.files(job.id), []);
  assert.equal((await store.jobs.list({ status: 'done' })).length, 1);
});
