// Version 9: background work as jobs (issue 14). One table both backends share: a worker claims a
// job with a conditional UPDATE and holds it by a lease (locked_by, locked_until) it renews while it
// works; a job whose lease ran out belongs to a worker that died and is claimed again. job_files
// holds the bytes of uploaded files until their ingest job ends, so any worker on any machine can
// read them and a restarted server loses no queued upload.
import { sql } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';

export function jobsMigration(dialect: StoreDialect): Migration {
  return {
    version: 9,
    name: 'jobs (queued background work with leases) and their uploaded files',
    async up(exec) {
      const { schema } = exec.db;
      await exec.run(
        schema
          .createTable('jobs')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('ingest', 'crawl', 'reextract', 'link', 'tasks-import')`))
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'failed')`))
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('max_attempts', 'integer', (c) => c.notNull())
          // Who asked for it: a user sees their own jobs, an administrator all.
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('locked_by', 'text')
          // ISO 8601 UTC text, like every time in the schema: compared as text, portably.
          .addColumn('locked_until', 'text')
          // Not claimed before this time: the backoff after a failed attempt.
          .addColumn('run_after', 'text', (c) => c.notNull())
          .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('progress_total', 'integer')
          .addColumn('result', 'text')
          .addColumn('error', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('started_at', 'text')
          .addColumn('finished_at', 'text'),
      );
      // The claim reads the oldest claimable job: by status, then id.
      await exec.run(schema.createIndex('jobs_claim').on('jobs').columns(['status', 'id']));
      await exec.run(schema.createIndex('jobs_owner').on('jobs').columns(['created_by', 'id']));
      await exec.run(
        schema
          .createTable('job_files')
          .addColumn('job_id', 'integer', (c) => c.notNull().references('jobs.id').onDelete('cascade'))
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('sha256', 'text', (c) => c.notNull())
          // Bytes: BLOB in SQLite, BYTEA in PostgreSQL.
          .addColumn('bytes', dialect.name === 'sqlite' ? 'blob' : 'bytea', (c) => c.notNull())
          .addPrimaryKeyConstraint('job_files_key', ['job_id', 'idx']),
      );
    },
  };
}
