// Runs the server's long jobs off its event loop: each in a worker thread with its own connection
// to the database file (WAL lets the server read while the worker writes), one job at a time
// (SQLite has one writer; a queue beats two writers waiting on each other's locks). A thread runs
// one job and ends, which gives back all the memory the job took; the next thread is started as
// soon as a job is done, so that it has loaded the code (over a second) before the next job comes.
// A store in memory cannot be shared with a thread: its jobs run in the server's own thread (the
// demo and tests in memory only).
import { Worker } from 'node:worker_threads';
import type { Pack } from '../../../programme/schema.ts';
import type { Store } from '../../../store/index.ts';
import { runJob, type Job, type JobResult } from './jobs.ts';

// Compiled (dist/…/runner.js), the worker is plain JavaScript; run from source through tsx, the
// thread needs an entry that registers tsx's loader first (worker-entry.mjs).
const WORKER = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);

export interface JobRunner {
  run<J extends Job>(job: J): Promise<JobResult<J>>;
  /** Stops the idle thread (when the server closes). */
  close(): Promise<void>;
}

type Answer<J extends Job> = { ok: true; result: JobResult<J> } | { ok: false; message: string; stack?: string };

/** A thread that has loaded the job code; rejects if it fails to start. */
async function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER);
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the job thread stopped while starting (exit code ${code})`)));
  });
}

async function runIn<J extends Job>(worker: Worker, location: string, pack: Pack, job: J): Promise<JobResult<J>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.removeAllListeners();
    worker.once('message', (m: Answer<J>) => {
      settled = true;
      if (m.ok) resolve(m.result);
      else reject(Object.assign(new Error(m.message), { stack: m.stack }));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the job thread stopped (exit code ${code}) before answering`));
    });
    worker.postMessage({ location, pack, job });
  });
}

export function createJobRunner(store: Store, pack: Pack): JobRunner {
  let queue: Promise<unknown> = Promise.resolve();
  let spare: Promise<Worker> | null = null;
  let closed = false;
  const next = (): Promise<Worker> => {
    const ready = spare ?? startWorker();
    spare = null;
    return ready.catch(() => startWorker());
  };
  const inWorker = async <J extends Job>(location: string, job: J): Promise<JobResult<J>> => {
    const worker = await next();
    try {
      return await runIn(worker, location, pack, job);
    } finally {
      void worker.terminate();
      if (!closed) {
        spare = startWorker();
        spare.catch(() => undefined);
      }
    }
  };
  return {
    async run(job) {
      const location = store.location;
      const result = queue.then(() => (location ? inWorker(location, job) : runJob(store, pack, job)));
      // The queue goes on after a failed job; the failure is the caller's to handle.
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      closed = true;
      const idle = spare;
      spare = null;
      if (idle) await idle.then((w) => w.terminate()).catch(() => undefined);
    },
  };
}
