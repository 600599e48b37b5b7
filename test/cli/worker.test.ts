// `radar57 worker` processes against one SQLite file: a worker killed with SIGKILL mid-job loses
// nothing and duplicates nothing (another worker takes the job once its lease runs out, and the
// store ends as a clean run leaves it); two workers side by side never take the same job; a job
// that keeps failing is retried, then failed, with its error recorded. No assertion on time: waits
// poll the database with a generous bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openStore, type Store } from '../../src/store/index.ts';
import type { JobRecord } from '../../src/store/jobs-types.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { PAGE_SEED, queueFolderIngests, REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');
const WAIT_MS = 300_000;

interface Running {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function worker(db: string, ...args: string[]): Running {
  const child = spawn(process.execPath, [BIN, '--db', db, 'worker', '--poll', '50', ...args], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

/** Polls the job until `ok` holds (or fails the test after a bound that only a stuck job reaches). */
async function until(store: Store, id: number, ok: (job: JobRecord) => boolean, what: string, worker?: Running): Promise<JobRecord> {
  const end = Date.now() + WAIT_MS;
  for (;;) {
    const job = (await store.jobs.get(id))!;
    if (ok(job)) return job;
    if (Date.now() > end) throw new Error(`job ${id} never ${what}: ${JSON.stringify(job)}\n${worker?.stderr() ?? ''}`);
    await sleep(50);
  }
}

/** Many copies of a page: each its own input file (its own origin), slow enough to kill mid-way. */
function inputFolder(dir: string, files: number): string {
  const folder = join(dir, 'in');
  mkdirSync(folder);
  for (let i = 0; i < files; i++) copyFileSync(PAGE_SEED, join(folder, `trang-${String(i).padStart(3, '0')}.txt`));
  return folder;
}

test('a worker killed with SIGKILL mid-job: another takes the job and the store ends as a clean run leaves it', async (t) => {
  const dir = tempDir(t);
  const folder = inputFolder(dir, 60);
  const clean = await openStore(join(dir, 'clean.db'));
  await ingestPaths([folder], clean);
  const cleanStats = await clean.stats();
  await clean.close();

  const db = join(dir, 'jobs.db');
  const store = await openStore(db);
  t.after(() => store.close());
  const job = await store.jobs.enqueue({ kind: 'ingest', payload: { source: 'paths', actor: 'kiem-thu', paths: [folder], facts: true, batchFiles: 5 }, createdBy: 'kiem-thu' });

  // A short lease, renewed every third of it: progress reaches the database while the job runs.
  const first = worker(db, '--lease', '2');
  t.after(() => first.child.kill('SIGKILL'));
  const midway = await until(store, job.id, (j) => j.progress.done >= 3 || j.status !== 'running' && j.status !== 'queued', 'made progress', first);
  first.child.kill('SIGKILL');
  await first.exited;
  assert.equal(midway.status, 'running', `the job must still run when its worker is killed: ${JSON.stringify(midway)}`);
  const killed = (await store.jobs.get(job.id))!;
  assert.ok(killed.progress.done < 60, 'killed before the end');
  assert.ok(await store.countDocuments() < cleanStats.documents, 'part of the work was stored');

  const second = worker(db, '--lease', '2');
  t.after(() => second.child.kill('SIGKILL'));
  const done = await until(store, job.id, (j) => j.status === 'done' || j.status === 'failed', 'ended', second);
  second.child.kill('SIGTERM');
  await second.exited;
  assert.equal(done.status, 'done', done.error ?? '');
  assert.equal(done.attempts, 2, 'taken once more, after the first worker died');
  const stats = await store.stats();
  assert.equal(stats.documents, cleanStats.documents, 'no document lost or stored twice');
  assert.deepEqual(
    (await store.listDocuments({ limit: 100_000 })).map((d) => d.contentHash).sort(),
    (await (async () => {
      const again = await openStore(join(dir, 'clean.db'));
      try {
        return (await again.listDocuments({ limit: 100_000 })).map((d) => d.contentHash).sort();
      } finally {
        await again.close();
      }
    })()),
  );
  assert.equal((done.result as { rejected: unknown[] }).rejected.length, 0);
});

test('two workers side by side never take the same job: every job done at its first attempt', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'jobs.db');
  const store = await openStore(db);
  t.after(() => store.close());
  const ids: number[] = [];
  for (let i = 0; i < 40; i++) {
    const file = join(dir, `tin-${i}.txt`);
    writeFileSync(file, `Tỉnh số ${i} có ${100 + i} trạm 5G mới theo báo cáo ngày ${1 + (i % 28)}/10/2025.\n`);
    ids.push((await store.jobs.enqueue({ kind: 'ingest', payload: { source: 'paths', actor: 'kiem-thu', paths: [file], facts: false }, createdBy: 'kiem-thu' })).id);
  }
  const a = worker(db, '--once');
  const b = worker(db, '--once', '--concurrency', '2');
  t.after(() => {
    a.child.kill('SIGKILL');
    b.child.kill('SIGKILL');
  });
  const codes = await Promise.all([a.exited, b.exited]);
  assert.deepEqual(codes, [0, 0], a.stderr() + b.stderr());
  const jobs = await Promise.all(ids.map(async (id) => (await store.jobs.get(id))!));
  assert.deepEqual(jobs.filter((j) => j.status !== 'done' || j.attempts !== 1).map((j) => [j.id, j.status, j.attempts]), []);
  // Each worker's log names the jobs it started: no job in both.
  const started = (log: string) => new Set([...log.matchAll(/#(\d+) \(ingest\): bắt đầu/g)].map((m) => Number(m[1])));
  const [byA, byB] = [started(a.stderr()), started(b.stderr())];
  assert.equal(byA.size + byB.size, ids.length, 'every job started once');
  assert.deepEqual([...byA].filter((id) => byB.has(id)), []);
  assert.equal(await store.countDocuments(), ids.length);
});

test('a failing job is retried with backoff, then failed, its error recorded', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'jobs.db');
  const store = await openStore(db);
  t.after(() => store.close());
  const missing = join(dir, 'khong-co.txt');
  const job = await store.jobs.enqueue({ kind: 'ingest', payload: { source: 'paths', actor: 'kiem-thu', paths: [missing] }, createdBy: 'kiem-thu', maxAttempts: 3 });
  const w = worker(db, '--backoff', '10');
  t.after(() => w.child.kill('SIGKILL'));
  const failed = await until(store, job.id, (j) => j.status === 'failed' || j.status === 'done', 'ended', w);
  w.child.kill('SIGTERM');
  await w.exited;
  assert.equal(failed.status, 'failed');
  assert.equal(failed.attempts, 3);
  assert.match(failed.error ?? '', /khong-co\.txt/);
  assert.equal((w.stderr().match(/sẽ thử lại/g) ?? []).length, 2, w.stderr());
  assert.ok(failed.finishedAt);
});

test('a worker starts its extraction threads once for all its ingest jobs, and exits cleanly when the queue is empty', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'jobs.db');
  const store = await openStore(db);
  t.after(() => store.close());
  // 50 files each: enough that each job alone would start threads of its own.
  const ids = await queueFolderIngests(store, dir, ['a', 'b'], 50);
  const w = worker(db, '--once');
  t.after(() => w.child.kill('SIGKILL'));
  assert.equal(await w.exited, 0, w.stderr());
  const jobs = await Promise.all(ids.map(async (id) => (await store.jobs.get(id))!));
  assert.deepEqual(jobs.map((j) => [j.status, (j.result as { stored: number } | null)?.stored]), [['done', 50], ['done', 50]], w.stderr());
  assert.equal((w.stderr().match(/luồng trích xuất/g) ?? []).length, 1, w.stderr());
});

test('SIGTERM while an ingest job uses the extraction threads: the job ends, the worker closes them and exits 0', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'jobs.db');
  const store = await openStore(db);
  t.after(() => store.close());
  const ids = await queueFolderIngests(store, dir, ['a', 'b'], 50, 5);
  const w = worker(db, '--lease', '1');
  t.after(() => w.child.kill('SIGKILL'));
  await until(store, ids[0]!, (j) => j.progress.done >= 5 || j.status === 'done', 'made progress', w);
  w.child.kill('SIGTERM');
  assert.equal(await w.exited, 0, w.stderr());
  const jobs = await Promise.all(ids.map(async (id) => (await store.jobs.get(id))!));
  assert.equal(jobs[0]!.status, 'done', w.stderr());
  // The second job was either never taken or finished: a stopping worker leaves nothing half-run.
  assert.ok(['queued', 'done'].includes(jobs[1]!.status), JSON.stringify(jobs[1]));
  assert.equal((w.stderr().match(/luồng trích xuất/g) ?? []).length, 1, w.stderr());
});
