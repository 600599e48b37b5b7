// Version 6: tasks proposed from documents (issue 16). Extracted tasks wait in task_proposals until
// an editor accepts, merges or rejects them; completions proposed from later documents wait in
// task_completions (with the status they propose: done, or still under way for news of delay) until
// an editor confirms or rejects them. Nothing in either table is a task or a
// status on its own. Register tasks gain the fields the issue names (product, recurring, group,
// level, parent) and, for a task accepted from a proposal, its provenance (JSON: document, field,
// paragraph, offsets, sentence, extractor version).
import { sql } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';

export function taskProposalsMigration(dialect: StoreDialect): Migration {
  return {
    version: 6,
    name: 'task proposals, completion proposals, task product, level, group, parent, provenance',
    async up(exec) {
      const { schema } = exec.db;
      await exec.run(schema.alterTable('tasks').addColumn('product', 'text'));
      await exec.run(schema.alterTable('tasks').addColumn('recurring', 'integer', (c) => c.notNull().defaultTo(0)));
      await exec.run(schema.alterTable('tasks').addColumn('task_group', 'text'));
      await exec.run(schema.alterTable('tasks').addColumn('level', 'text', (c) => c.check(sql`level in ('central', 'ministry-province', 'unit')`)));
      await exec.run(schema.alterTable('tasks').addColumn('parent', 'text'));
      await exec.run(schema.alterTable('tasks').addColumn('provenance', 'text'));
      await exec.run(
        schema
          .createTable('task_proposals')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          // The mention's place: stable across re-ingesting the same text, so a decision is kept.
          .addColumn('proposal_key', 'text', (c) => c.notNull().unique())
          // Set null, not cascade: a decided proposal is the provenance of a register task.
          .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
          .addColumn('field', 'text', (c) => c.notNull())
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('sentence', 'text', (c) => c.notNull())
          .addColumn('value', 'text', (c) => c.notNull())
          .addColumn('confidence', 'real', (c) => c.notNull())
          .addColumn('extractor_version', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('proposed', 'accepted', 'merged', 'rejected')`))
          .addColumn('task_key', 'text')
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('note', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('task_proposals_status').on('task_proposals').columns(['status', 'id']));
      await exec.run(schema.createIndex('task_proposals_place').on('task_proposals').columns(['document_id', 'field', 'idx', 'start', 'end']));
      await exec.run(schema.createIndex('task_proposals_task').on('task_proposals').column('task_key'));
      await exec.run(
        schema
          .createTable('task_completions')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('completion_key', 'text', (c) => c.notNull().unique())
          .addColumn('task_key', 'text', (c) => c.notNull())
          .addColumn('document_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
          .addColumn('legal_id', 'text')
          .addColumn('document_date', 'text')
          .addColumn('field', 'text', (c) => c.notNull())
          .addColumn('idx', 'integer', (c) => c.notNull())
          .addColumn('start', 'integer', (c) => c.notNull())
          .addColumn('end', 'integer', (c) => c.notNull())
          .addColumn('sentence', 'text', (c) => c.notNull())
          // What the document says of the task: done (a fulfilling document, news of completion) or
          // still under way (news of delay).
          .addColumn('proposed_status', 'text', (c) => c.notNull().check(sql`proposed_status in ('dang_thuc_hien', 'hoan_thanh')`))
          .addColumn('score', 'real', (c) => c.notNull())
          .addColumn('reasons', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('proposed', 'confirmed', 'rejected')`))
          .addColumn('decided_by', 'text')
          .addColumn('decided_at', 'text')
          .addColumn('note', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('task_completions_task').on('task_completions').columns(['task_key', 'status']));
    },
  };
}
