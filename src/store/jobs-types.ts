// The jobs port: background work queued in the database (jobs.ts holds its SQL).

export type JobKind = 'ingest' | 'crawl' | 'reextract' | 'link' | 'tasks-import';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'failed'];

export interface JobRecord {
  id: number;
  kind: JobKind;
  payload: unknown;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  createdBy: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  runAfter: string;
  progress: { done: number; total: number | null };
  result: unknown;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface JobFileInput {
  name: string;
  sha256: string;
  bytes: Uint8Array;
}

export interface NewJob {
  kind: JobKind;
  payload: unknown;
  createdBy: string;
  /** Default 3. */
  maxAttempts?: number;
  /** Uploaded files the job reads (ingest of uploads), kept until it ends. */
  files?: readonly JobFileInput[];
}

export interface JobQuery {
  status?: JobStatus;
  /** Only the jobs this user asked for. */
  createdBy?: string;
  limit?: number;
}

export interface JobStore {
  enqueue(job: NewJob): Promise<JobRecord>;
  /**
   * Takes the oldest queued job (or a running one whose lease ran out: its worker died) for
   * `worker` for `leaseMs`, atomically: two workers never hold the same job. Null when none.
   */
  claim(worker: string, leaseMs: number, kinds?: readonly JobKind[]): Promise<JobRecord | null>;
  /** Renews the lease and records progress; false when the worker no longer holds the job. */
  heartbeat(id: number, worker: string, leaseMs: number, progress?: { done: number; total: number | null }): Promise<boolean>;
  /** Done, with its result and last progress; false when the worker no longer held it. */
  complete(id: number, worker: string, result: unknown, progress?: { done: number; total: number | null }): Promise<boolean>;
  /**
   * Records a failed attempt: queued again after `backoffMs` while attempts remain, else failed.
   * Returns the status the job now has, or null when the worker no longer held it.
   */
  fail(id: number, worker: string, error: string, backoffMs: number): Promise<JobStatus | null>;
  get(id: number): Promise<JobRecord | null>;
  list(query?: JobQuery): Promise<JobRecord[]>;
  files(id: number): Promise<JobFileInput[]>;
}
