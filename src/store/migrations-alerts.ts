// Version 8: alerts (issue 17). What users follow (saved searches, watchlists and their items), how
// they want to hear of it (settings, webhooks, feed tokens), what happened (events and the topics
// each concerns), and what was sent to whom (deliveries). Deliveries are unique per (event,
// subscriber, channel): computing the same event again, after a restart or in a second worker,
// inserts nothing, so nobody is told twice. The watermark and the last state seen of each target and
// task live in alert_state, so events are computed from the data, not from the clock of a run.
import { sql, type ColumnDefinitionBuilder } from 'kysely';
import type { Migration, StoreDialect } from './dialect.ts';

export function alertsMigration(dialect: StoreDialect): Migration {
  return {
    version: 8,
    name: 'saved searches, watchlists, alert events, deliveries, feed tokens, webhooks, source groups',
    async up(exec) {
      const { schema } = exec.db;
      const owner = (c: ColumnDefinitionBuilder) => c.notNull().references('users.id').onDelete('cascade');
      await exec.run(
        schema
          .createTable('saved_searches')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('user_id', 'integer', owner)
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('query', 'text', (c) => c.notNull())
          // JSON: the search's filters (kind, site, from, to, person, org, place, cites).
          .addColumn('filters', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('saved_searches_user').on('saved_searches').column('user_id'));
      await exec.run(
        schema
          .createTable('watchlists')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('user_id', 'integer', owner)
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('watchlists_user').on('watchlists').column('user_id'));
      await exec.run(
        schema
          .createTable('watchlist_items')
          .addColumn('watchlist_id', 'integer', (c) => c.notNull().references('watchlists.id').onDelete('cascade'))
          .addColumn('kind', 'text', (c) =>
            c.notNull().check(sql`kind in ('target', 'indicator', 'task', 'entity', 'legal', 'province')`),
          )
          .addColumn('ref', 'text', (c) => c.notNull())
          .addColumn('label', 'text'),
      );
      await exec.run(schema.createIndex('watchlist_items_identity').unique().on('watchlist_items').columns(['watchlist_id', 'kind', 'ref']));
      await exec.run(
        schema
          .createTable('alert_settings')
          .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
          .addColumn('email', 'text')
          .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('off', 'immediate', 'daily', 'weekly')`)),
      );
      await exec.run(
        schema
          .createTable('webhooks')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('user_id', 'integer', owner)
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('secret', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0)),
      );
      await exec.run(
        schema
          .createTable('feed_tokens')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('user_id', 'integer', owner)
          // `search:<id>` or `watchlist:<id>`.
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text'),
      );
      await exec.run(
        schema
          .createTable('alert_events')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          // Derived from the data (target and status, document and search…): the same event computed
          // twice has the same key and is stored once.
          .addColumn('event_key', 'text', (c) => c.notNull().unique())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('warning', 'info')`))
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('summary', 'text', (c) => c.notNull())
          .addColumn('link', 'text')
          // The data's own date (a figure's as-of day, a document's publication), for feeds and digests.
          .addColumn('occurred', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull()),
      );
      await exec.run(
        schema
          .createTable('alert_event_topics')
          .addColumn('event_id', 'integer', (c) => c.notNull().references('alert_events.id').onDelete('cascade'))
          // `target:<id>`, `indicator:<id>`, `task:<key>`, `entity:<id>`, `legal:<id>`, `province:<id>`, `search:<id>`.
          .addColumn('topic', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('alert_event_topics_identity').unique().on('alert_event_topics').columns(['topic', 'event_id']));
      await exec.run(
        schema
          .createTable('alert_deliveries')
          .addColumn('id', 'integer', (c) => dialect.idColumn(c))
          .addColumn('event_id', 'integer', (c) => c.notNull().references('alert_events.id').onDelete('cascade'))
          .addColumn('user_id', 'integer', owner)
          // `inbox`, `email`, `webhook:<id>`.
          .addColumn('channel', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed')`))
          // Not before this instant (a digest's time, a retry's backoff).
          .addColumn('due_at', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('last_error', 'text')
          .addColumn('claim', 'text')
          .addColumn('claimed_at', 'text')
          .addColumn('sent_at', 'text')
          .addColumn('read_at', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull()),
      );
      await exec.run(schema.createIndex('alert_deliveries_once').unique().on('alert_deliveries').columns(['event_id', 'user_id', 'channel']));
      await exec.run(schema.createIndex('alert_deliveries_due').on('alert_deliveries').columns(['status', 'due_at']));
      await exec.run(schema.createIndex('alert_deliveries_inbox').on('alert_deliveries').columns(['user_id', 'channel', 'id']));
      await exec.run(
        schema
          .createTable('alert_state')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull()),
      );
      // A source's group (Party and State press, provincial press…), for attention by group.
      await exec.run(schema.alterTable('sources').addColumn('source_group', 'text'));
    },
  };
}
