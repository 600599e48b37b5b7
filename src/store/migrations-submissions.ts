// Version 7: submissions with approval (issue 15). A reporter submits a figure for an indicator, a
// reporting period and their own scope; an editor accepts it, rejects it with a reason, or asks for
// an explanation that the reporter answers. Every step is an event row (and an audit entry, written
// by the store in the same transaction). Statuses: chua_gui (draft), cho_duyet (waiting), tu_choi
// (rejected), da_duyet (accepted). Accepted figures join the indicator's series (origin submitted).
import { sql } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';

export function submissionsMigration(dialect: StoreDialect): Migration {
  return {
    version: 7,
    name: 'submissions with approval',
    async up(exec) {
      const { schema } = exec.db;
      await exec.run(
        schema
          .createTable('submissions')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('indicator', 'text', (c) => c.notNull())
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('agency', 'text', (c) => c.notNull())
          .addColumn('period', 'text', (c) => c.notNull())
          .addColumn('as_of', 'text', (c) => c.notNull())
          .addColumn('value', 'real', (c) => c.notNull())
          .addColumn('value_max', 'real')
          .addColumn('note', 'text')
          .addColumn('evidence', 'text')
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('chua_gui', 'cho_duyet', 'tu_choi', 'da_duyet')`))
          .addColumn('explanation_requested', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('created_by', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('reason', 'text'),
      );
      await exec.run(schema.createIndex('submissions_status').on('submissions').columns(['status', 'id']));
      await exec.run(schema.createIndex('submissions_agency').on('submissions').columns(['agency', 'id']));
      await exec.run(schema.createIndex('submissions_series').on('submissions').columns(['indicator', 'scope', 'period']));
      await exec.run(
        schema
          .createTable('submission_events')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('note', 'text')
          .addColumn('value', 'real')
          .addColumn('value_max', 'real'),
      );
      await exec.run(schema.createIndex('submission_events_submission').on('submission_events').columns(['submission_id', 'id']));
    },
  };
}
