// Version 4: programme tracking. The loaded pack's history, observations (from the pack and from
// quantity facts), tasks with their status events, reviews and the audit log. The audit log is
// append-only: the dialect step of the same version makes the database itself refuse any UPDATE or
// DELETE on it, so no code path (ours or a user's SQL through the app) can rewrite history.
import { sql } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';

export function trackingMigration(dialect: StoreDialect): Migration {
  return {
    version: 4,
    name: 'programme loads, observations, tasks, reviews, audit log',
    async up(exec) {
      const { schema } = exec.db;
      await exec.run(
        schema
          .createTable('programme_loads')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('programme_id', 'text', (c) => c.notNull())
          .addColumn('pack_hash', 'text', (c) => c.notNull())
          .addColumn('dir', 'text', (c) => c.notNull())
          .addColumn('loaded_at', 'text', (c) => c.notNull())
          .addColumn('loaded_by', 'text', (c) => c.notNull()),
      );
      await exec.run(
        schema
          .createTable('observations')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          // Stable across re-linking, so that reviews keep pointing at the same observation.
          .addColumn('obs_key', 'text', (c) => c.notNull().unique())
          .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('pack', 'extracted')`))
          .addColumn('pack_hash', 'text', (c) => c.notNull())
          .addColumn('indicator', 'text', (c) => c.notNull())
          .addColumn('scope', 'text', (c) => c.notNull())
          .addColumn('value', 'real', (c) => c.notNull())
          .addColumn('value_max', 'real')
          .addColumn('unit', 'text')
          .addColumn('qualifier', 'text', (c) => c.notNull())
          .addColumn('stance', 'text', (c) => c.notNull().check(sql`stance in ('reported', 'target')`))
          .addColumn('as_of', 'text')
          .addColumn('as_of_from', 'text', (c) => c.notNull())
          .addColumn('reported', 'text')
          .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('cascade'))
          .addColumn('field', 'text')
          .addColumn('idx', 'integer')
          .addColumn('start', 'integer')
          .addColumn('end', 'integer')
          .addColumn('fact_text', 'text')
          .addColumn('sentence', 'text')
          .addColumn('sources', 'text', (c) => c.notNull())
          .addColumn('confidence', 'real', (c) => c.notNull())
          .addColumn('extractor_version', 'text')
          .addColumn('verified', 'integer', (c) => c.notNull())
          .addColumn('note', 'text'),
      );
      await exec.run(schema.createIndex('observations_series').on('observations').columns(['indicator', 'scope', 'as_of']));
      await exec.run(schema.createIndex('observations_document').on('observations').column('document_id'));
      await exec.run(
        schema
          .createTable('observation_links')
          .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
          .addColumn('pack_hash', 'text', (c) => c.notNull())
          .addColumn('extracted_at', 'text', (c) => c.notNull()),
      );
      await exec.run(
        schema
          .createTable('tasks')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('task_key', 'text', (c) => c.notNull().unique())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('set_by', 'text', (c) => c.notNull())
          .addColumn('agency', 'text', (c) => c.notNull())
          .addColumn('co_agencies', 'text', (c) => c.notNull())
          .addColumn('deadline', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('created_by', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('tasks_agency').on('tasks').column('agency'));
      await exec.run(
        schema
          .createTable('task_events')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('task_id', 'integer', (c) => c.notNull().references('tasks.id'))
          .addColumn('status', 'text', (c) =>
            c.notNull().check(sql`status in ('chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh')`),
          )
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('evidence', 'text')
          .addColumn('note', 'text')
          .addColumn('recorded_at', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('task_events_task').on('task_events').columns(['task_id', 'at']));
      await exec.run(
        schema
          .createTable('reviews')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('target_kind', 'text', (c) => c.notNull().check(sql`target_kind in ('fact', 'observation', 'link')`))
          .addColumn('target_key', 'text', (c) => c.notNull())
          .addColumn('verdict', 'text', (c) => c.notNull().check(sql`verdict in ('confirmed', 'rejected', 'corrected')`))
          .addColumn('correction', 'text')
          .addColumn('original', 'text', (c) => c.notNull())
          .addColumn('original_version', 'text')
          .addColumn('reviewer', 'text', (c) => c.notNull())
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('note', 'text'),
      );
      await exec.run(schema.createIndex('reviews_target').on('reviews').columns(['target_kind', 'target_key', 'id']));
      await exec.run(
        schema
          .createTable('audit_log')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('at', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('target', 'text', (c) => c.notNull())
          .addColumn('before', 'text')
          .addColumn('after', 'text'),
      );
      await exec.run(schema.createIndex('audit_log_target').on('audit_log').columns(['target', 'id']));
    },
  };
}
