// A job as the API shows it. Its own module, free of server imports, so that the web app takes
// the type from here.
import type { JobRecord } from '../../../store/jobs-types.ts';

/** Where a job can be polled. */
export const jobUrl = (id: number) => `/api/v1/jobs/${id}`;

/** No payload (it may hold a whole CSV file); the rest as stored, and the URL to poll. */
export function jobView(job: JobRecord) {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    url: jobUrl(job.id),
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    progress: job.progress,
    result: job.result,
    /** The last failed attempt's message (kept after a later attempt succeeds). */
    error: job.error,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

export type JobView = ReturnType<typeof jobView>;
