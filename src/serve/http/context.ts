// What every route shares: the store, the programme pack, the clock, and caches keyed on the
// store's data version (the dashboard is computed once per change, not once per request).
import type { Pack } from '../../programme/schema.ts';
import type { Store } from '../../store/index.ts';
import { createJobRunner, type JobRunner } from './jobs/runner.ts';
import type { JobRecord, NewJob } from '../../store/jobs-types.ts';
import type { Worker } from '../jobs/worker-loop.ts';
import { todayIso } from '../../track/dates.ts';
import { createResponseCache, type ResponseCache } from './response-cache.ts';
import { programmeStatus, type ProgrammeStatus } from '../../track/programme-status.ts';
import type { Observation } from '../../track/observation.ts';

export interface AppContext {
  store: Store;
  pack: Pack;
  /** Today in Vietnam; tests fix it. */
  today(): string;
  /** Runs a claimed job off the event loop (jobs/runner.ts). */
  jobs: JobRunner;
  /**
   * Queues background work (uploads, CSV imports) and wakes the server's own worker, if it runs
   * one; otherwise `radar57 worker` processes take the job.
   */
  enqueue(job: NewJob): Promise<JobRecord>;
  /** The server's in-process worker, started by buildServer unless told not to. */
  worker: Worker | null;
  /** The programme's status as of `today`, recomputed only when the data changed. */
  status(today: string): Promise<ProgrammeStatus>;
  /**
   * Every observation, rejected ones included, without sentences (compact), in series order: read
   * once per data version and shared by the routes that count, filter or page observations.
   */
  observations(): Promise<readonly Observation[]>;
  /** A value for ETags: changes when anything stored changes. */
  version(): Promise<string>;
  /** Serialized read responses keyed by version and URL. */
  responses: ResponseCache;
}

export function createContext(store: Store, pack: Pack, options: { today?: () => string } = {}): AppContext {
  let cached: { key: string; status: ProgrammeStatus } | null = null;
  let observations: { version: string; all: readonly Observation[] } | null = null;
  const allObservations = async () => {
    const version = await store.dataVersion();
    // Accepted submissions join the series as their own origin beside pack rows and news figures.
    if (observations?.version !== version) observations = { version, all: await store.programme.observations({ compact: true, withRejected: true, withSubmitted: true }) };
    return observations.all;
  };
  const ctx: AppContext = {
    store,
    pack,
    today: options.today ?? todayIso,
    jobs: createJobRunner(store, pack),
    worker: null,
    async enqueue(job) {
      const queued = await store.jobs.enqueue(job);
      ctx.worker?.wake();
      return queued;
    },
    async status(today) {
      const key = `${await store.dataVersion()}@${today}`;
      if (cached?.key !== key) cached = { key, status: programmeStatus(pack, (await allObservations()).filter((o) => o.review?.verdict !== 'rejected'), today) };
      return cached.status;
    },
    observations: allObservations,
    version: async () => `${pack.hash.slice(0, 12)}.${await store.dataVersion()}`,
    responses: createResponseCache(),
  };
  return ctx;
}
