// The SQL of the jobs queue (jobs-types.ts says what each call means). Portable SQL only, so that
// it runs unchanged on SQLite and PostgreSQL: a claim reads a candidate, then takes it with an
// UPDATE whose WHERE repeats the claimable condition. SQLite runs one writer at a time; PostgreSQL
// re-checks the WHERE of an UPDATE that waited on another's row lock against the new row, so of
// two workers racing for one job exactly one sees `changes = 1`; the other tries the next job.
import { sql, type ExpressionBuilder, type Selectable } from 'kysely';
import type { SqlExecutor } from './dialect.ts';
import type { Clock } from './documents.ts';
import type { JobsTable, StoreSchema } from './schema.ts';
import type { JobFileInput, JobKind, JobQuery, JobRecord, JobStatus, JobStore, NewJob } from './jobs-types.ts';

const DEFAULT_MAX_ATTEMPTS = 3;
/** Candidates read per claim: racing workers that lose one job try the next, not a new query. */
const CLAIM_CANDIDATES = 8;

const later = (now: string, ms: number) => new Date(Date.parse(now) + ms).toISOString();
const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

function toRecord(r: Selectable<JobsTable>): JobRecord {
  return {
    id: Number(r.id),
    kind: r.kind as JobKind,
    payload: parse(r.payload),
    status: r.status as JobStatus,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    createdBy: r.created_by,
    lockedBy: r.locked_by,
    lockedUntil: r.locked_until,
    runAfter: r.run_after,
    progress: { done: Number(r.progress_done), total: r.progress_total === null ? null : Number(r.progress_total) },
    result: parse(r.result),
    error: r.error,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

/** Queued and due, or running with its lease run out and attempts left. */
function claimable(now: string) {
  return (eb: ExpressionBuilder<StoreSchema, 'jobs'>) =>
    eb.or([
      eb.and([eb('status', '=', 'queued'), eb('run_after', '<=', now)]),
      eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now), eb('attempts', '<', eb.ref('max_attempts'))]),
    ]);
}

export function createJobStore(exec: SqlExecutor, now: Clock): JobStore {
  const { db } = exec;
  const get = async (id: number) => {
    const row = await exec.first(db.selectFrom('jobs').selectAll().where('id', '=', id));
    return row ? toRecord(row) : null;
  };

  /** Running jobs whose worker died on their last attempt: failed, with the reason said. */
  const failAbandoned = (at: string) =>
    exec.run(
      db
        .updateTable('jobs')
        .set({ status: 'failed', error: 'the worker stopped before finishing (lease expired) and no attempts are left', finished_at: at, locked_by: null, locked_until: null })
        .where('status', '=', 'running')
        .where('locked_until', '<', at)
        .where((eb) => eb('attempts', '>=', eb.ref('max_attempts'))),
    );

  return {
    async enqueue(job: NewJob) {
      const at = now();
      return exec.transaction(async () => {
        const row = await exec.first(
          db
            .insertInto('jobs')
            .values({
              kind: job.kind,
              payload: JSON.stringify(job.payload ?? {}),
              status: 'queued',
              max_attempts: Math.max(1, Math.trunc(job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)),
              created_by: job.createdBy,
              run_after: at,
              created_at: at,
            })
            .returning('id'),
        );
        const id = Number(row!.id);
        for (const [idx, f] of (job.files ?? []).entries()) {
          await exec.run(db.insertInto('job_files').values({ job_id: id, idx, name: f.name, sha256: f.sha256, bytes: f.bytes }));
        }
        return (await get(id))!;
      });
    },

    async claim(worker, leaseMs, kinds) {
      const at = now();
      await failAbandoned(at);
      let q = db.selectFrom('jobs').select('id').where(claimable(at)).orderBy('id').limit(CLAIM_CANDIDATES);
      if (kinds && kinds.length > 0) q = q.where('kind', 'in', [...kinds]);
      for (const { id } of await exec.all(q)) {
        const { changes } = await exec.run(
          db
            .updateTable('jobs')
            .set((eb) => ({
              status: 'running',
              attempts: eb('attempts', '+', 1),
              locked_by: worker,
              locked_until: later(at, leaseMs),
              started_at: eb.fn.coalesce('started_at', sql.lit(at)),
            }))
            .where('id', '=', id)
            .where(claimable(at)),
        );
        if (changes === 1) return get(Number(id));
      }
      return null;
    },

    async heartbeat(id, worker, leaseMs, progress) {
      const { changes } = await exec.run(
        db
          .updateTable('jobs')
          .set({
            locked_until: later(now(), leaseMs),
            ...(progress ? { progress_done: progress.done, progress_total: progress.total } : {}),
          })
          .where('id', '=', id)
          .where('status', '=', 'running')
          .where('locked_by', '=', worker),
      );
      return changes === 1;
    },

    async complete(id, worker, result, progress) {
      return exec.transaction(async () => {
        const { changes } = await exec.run(
          db
            .updateTable('jobs')
            .set((eb) => ({
              status: 'done',
              result: JSON.stringify(result ?? null),
              // error stays: the message of an earlier failed attempt, kept as its record.
              finished_at: now(),
              locked_by: null,
              locked_until: null,
              ...(progress ? { progress_done: progress.done, progress_total: progress.total } : { progress_done: eb.fn.coalesce('progress_total', 'progress_done') }),
            }))
            .where('id', '=', id)
            .where('status', '=', 'running')
            .where('locked_by', '=', worker),
        );
        // The documents are stored; the uploaded copy has served its purpose.
        if (changes === 1) await exec.run(db.deleteFrom('job_files').where('job_id', '=', id));
        return changes === 1;
      });
    },

    async fail(id, worker, error, backoffMs) {
      return exec.transaction(async () => {
        const job = await get(id);
        if (!job || job.status !== 'running' || job.lockedBy !== worker) return null;
        const at = now();
        const retry = job.attempts < job.maxAttempts;
        await exec.run(
          db
            .updateTable('jobs')
            .set(
              retry
                ? { status: 'queued', error, run_after: later(at, backoffMs), locked_by: null, locked_until: null }
                : { status: 'failed', error, finished_at: at, locked_by: null, locked_until: null },
            )
            .where('id', '=', id),
        );
        if (!retry) await exec.run(db.deleteFrom('job_files').where('job_id', '=', id));
        return retry ? 'queued' : 'failed';
      });
    },

    get,

    async list(query: JobQuery = {}) {
      let q = db.selectFrom('jobs').selectAll().orderBy('id', 'desc').limit(Math.max(1, Math.min(query.limit ?? 100, 1000)));
      if (query.status) q = q.where('status', '=', query.status);
      if (query.createdBy !== undefined) q = q.where('created_by', '=', query.createdBy);
      return (await exec.all(q)).map(toRecord);
    },

    async files(id): Promise<JobFileInput[]> {
      const rows = await exec.all(db.selectFrom('job_files').select(['name', 'sha256', 'bytes']).where('job_id', '=', id).orderBy('idx'));
      return rows.map((r) => ({ name: r.name, sha256: r.sha256, bytes: r.bytes }));
    },
  };
}
