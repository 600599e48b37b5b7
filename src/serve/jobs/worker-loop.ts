// A worker: claims jobs from the store and runs them, `concurrency` at a time. While a job runs,
// its lease is renewed (with the job's progress) every third of the lease, so a job is taken from
// a worker only when the worker stopped renewing it: it died, or hangs past its lease. A failed
// attempt goes back to the queue after an exponential backoff until the job's attempts are used.
// The same loop serves `radar57 worker` processes and the server's in-process worker.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/index.ts';
import type { JobKind, JobRecord, JobStatus } from '../../store/jobs-types.ts';
import type { Progress } from './execute.ts';

export const DEFAULT_LEASE_MS = 60_000;
export const DEFAULT_BACKOFF_MS = 5_000;
const DEFAULT_POLL_MS = 1_000;

export type WorkerEvent =
  | { type: 'claimed'; job: JobRecord }
  | { type: 'progress'; job: JobRecord; done: number; total: number }
  | { type: 'done'; job: JobRecord; result: unknown }
  | { type: 'failed'; job: JobRecord; error: string; status: JobStatus | null }
  | { type: 'lost'; job: JobRecord }
  /** The queue could not be read (a busy or unreachable database): the worker waits and tries again. */
  | { type: 'error'; error: string };

export interface WorkerOptions {
  store: Store;
  execute: (job: JobRecord, onProgress: Progress) => Promise<unknown>;
  /** Distinct per process and loop: leases are held by this name. */
  workerId?: string;
  concurrency?: number;
  leaseMs?: number;
  /** The wait before a failed job's next attempt is this, doubled per attempt already made. */
  backoffMs?: number;
  /** How often an idle worker looks for new jobs (wake() looks at once). */
  pollMs?: number;
  /** Stop when no job is left to claim, instead of waiting for more. */
  once?: boolean;
  kinds?: readonly JobKind[];
  onEvent?: (event: WorkerEvent) => void;
}

export interface Worker {
  readonly id: string;
  /** Look for a job now (after enqueueing one). */
  wake(): void;
  /** Takes no new job; resolves when the running ones have ended. */
  stop(): Promise<void>;
  /** Resolves when the worker has stopped (with `once`, when the queue is empty). */
  readonly finished: Promise<void>;
}

export function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function startWorker(options: WorkerOptions): Worker {
  const { store } = options;
  const id = options.workerId ?? newWorkerId();
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  const emit = options.onEvent ?? (() => undefined);
  let stopping = false;
  const sleeping = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of [...sleeping]) wake();
  };

  const idle = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, pollMs);
      function done() {
        clearTimeout(timer);
        sleeping.delete(done);
        resolve();
      }
      sleeping.add(done);
    });

  /** `holder` is the name the lease was claimed under: renewing and ending need the same one. */
  async function runOne(job: JobRecord, holder: string): Promise<void> {
    emit({ type: 'claimed', job });
    let progress: { done: number; total: number | null } | undefined;
    let held = true;
    const beat = setInterval(() => {
      void store.jobs.heartbeat(job.id, holder, leaseMs, progress).then(
        (ok) => {
          if (!ok && held) {
            held = false;
            emit({ type: 'lost', job });
          }
        },
        () => undefined,
      );
    }, Math.max(50, Math.floor(leaseMs / 3)));
    try {
      const result = await options.execute(job, (done, total) => {
        progress = { done, total };
        emit({ type: 'progress', job, done, total });
      });
      if (await store.jobs.complete(job.id, holder, result, progress)) emit({ type: 'done', job, result });
      else emit({ type: 'lost', job });
    } catch (error) {
      // Unrecorded (the database failed too), the attempt is retried when the lease runs out.
      const status = await store.jobs.fail(job.id, holder, message(error), backoffMs * 2 ** Math.max(0, job.attempts - 1)).catch(() => null);
      emit({ type: 'failed', job, error: message(error), status });
    } finally {
      held = false;
      clearInterval(beat);
    }
  }

  async function slot(n: number): Promise<void> {
    const slotId = options.concurrency && options.concurrency > 1 ? `${id}#${n}` : id;
    while (!stopping) {
      let job: JobRecord | null;
      try {
        job = await store.jobs.claim(slotId, leaseMs, options.kinds);
      } catch (error) {
        emit({ type: 'error', error: message(error) });
        await idle();
        continue;
      }
      if (job) {
        // The slot's own name holds the lease: two slots of one process are two holders.
        await runOne(job, slotId).catch(() => undefined);
        continue;
      }
      if (options.once) return;
      await idle();
    }
  }

  const slots: Promise<void>[] = [];
  const concurrency = Math.max(1, Math.trunc(options.concurrency ?? 1));
  const finished = (async () => {
    for (let n = 0; n < concurrency; n++) slots.push(slot(n));
    await Promise.all(slots);
  })();
  return {
    id,
    wake: wakeAll,
    stop: async () => {
      stopping = true;
      wakeAll();
      await finished;
    },
    finished,
  };
}
