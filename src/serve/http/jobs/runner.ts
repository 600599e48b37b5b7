// Runs a claimed job off the server's event loop: in a worker thread with its own connection to
// the database file (WAL lets the server read while the worker writes). A thread runs one job and
// ends, which gives back all the memory the job took; the next thread is started as soon as a job
// is done, so that it has loaded the code (over a second) before the next job comes. The thread
// posts its progress; the caller (the in-process worker, serve/jobs/worker-loop.ts) records it with
// the lease. A store in memory cannot be shared with a thread: its jobs run in the server's own
// thread (the demo and tests in memory only).
import type { Worker } from 'node:worker_threads';
import { startThread } from '../../../threads.ts';
import type { Pack } from '../../../programme/schema.ts';
import type { Store } from '../../../store/index.ts';
import type { JobRecord } from '../../../store/jobs-types.ts';
import { executeJob, type Progress } from '../../jobs/execute.ts';

export type RunnableJob = Pick<JobRecord, 'id' | 'kind' | 'payload'>;

export interface JobRunner {
  run(job: RunnableJob, onProgress?: Progress): Promise<unknown>;
  /** Stops the idle thread (when the server closes). */
  close(): Promise<void>;
}

type Answer = { ok: true; result: unknown } | { ok: false; message: string; stack?: string } | { progress: [number, number] };

/** A thread that has loaded the job code; rejects if it fails to start. */
async function startWorker(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const worker = startThread(import.meta.url, 'worker');
    worker.once('message', () => resolve(worker));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the job thread stopped while starting (exit code ${code})`)));
  });
}

function runIn(worker: Worker, location: string, pack: Pack, job: RunnableJob, onProgress: Progress): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.removeAllListeners();
    worker.on('message', (m: Answer) => {
      if ('progress' in m) {
        onProgress(...m.progress);
        return;
      }
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
  let spare: Promise<Worker> | null = null;
  let closed = false;
  const next = (): Promise<Worker> => {
    const ready = spare ?? startWorker();
    spare = null;
    return ready.catch(() => startWorker());
  };
  const inWorker = async (location: string, job: RunnableJob, onProgress: Progress): Promise<unknown> => {
    const worker = await next();
    try {
      return await runIn(worker, location, pack, job, onProgress);
    } finally {
      void worker.terminate();
      if (!closed) {
        spare = startWorker();
        spare.catch(() => undefined);
      }
    }
  };
  return {
    run(job, onProgress = () => undefined) {
      const location = store.location;
      return location ? inWorker(location, job, onProgress) : executeJob(store, pack, job, onProgress);
    },
    async close() {
      closed = true;
      const idle = spare;
      spare = null;
      if (idle) await idle.then((w) => w.terminate()).catch(() => undefined);
    },
  };
}
