// Versioned schema. Each version is one transaction: the portable core step (Kysely schema builder)
// followed by the dialect's step of the same number (full-text indexes). Shipped migrations are
// never edited: a change is a new, higher version. A database newer than this code is refused
// rather than used half-understood.
//
// Kysely's Migrator is not used: it is asynchronous, and the store runs synchronously on
// better-sqlite3 so that openStore can return a ready store. The bookkeeping table is the same idea.
import { sql } from 'kysely';
import type { Migration, SqlExecutor, StoreDialect } from './dialect.ts';
import { trackingMigration } from './migrations-tracking.ts';
import { accountsMigration } from './migrations-accounts.ts';
import { taskProposalsMigration } from './migrations-task-proposals.ts';
import { submissionsMigration } from './migrations-submissions.ts';
import { alertsMigration } from './migrations-alerts.ts';
import { jobsMigration } from './migrations-jobs.ts';
import { searchStatisticsMigration } from './migrations-search-statistics.ts';
import { minhashesMigration } from './migrations-minhashes.ts';

export function coreMigrations(dialect: StoreDialect): Migration[] {
  return [
    {
      version: 1,
      name: 'documents, ingest files, mentions',
      async up(exec) {
        const { schema } = exec.db;
        await exec.run(
          schema
            .createTable('documents')
            .addColumn('id', 'integer', (c) => dialect.idColumn(c))
            .addColumn('source', 'text', (c) => c.notNull())
            .addColumn('doc_key', 'text', (c) => c.notNull())
            .addColumn('url', 'text')
            .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('article', 'brief', 'teaser')`))
            .addColumn('title', 'text')
            .addColumn('lede', 'text')
            .addColumn('body', 'text', (c) => c.notNull())
            .addColumn('captions', 'text', (c) => c.notNull())
            .addColumn('related', 'text', (c) => c.notNull())
            .addColumn('author', 'text')
            .addColumn('author_note', 'text')
            .addColumn('site', 'text')
            .addColumn('category', 'text')
            .addColumn('published', 'text')
            .addColumn('published_precision', 'text', (c) =>
              c.notNull().check(sql`published_precision in ('datetime', 'date', 'month', 'year', 'unknown')`),
            )
            .addColumn('content_hash', 'text', (c) => c.notNull())
            .addColumn('parent_id', 'integer', (c) => c.references('documents.id').onDelete('set null'))
            .addColumn('created_at', 'text', (c) => c.notNull())
            .addColumn('updated_at', 'text', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('documents_identity').unique().on('documents').columns(['source', 'doc_key']));
        await exec.run(schema.createIndex('documents_kind').on('documents').column('kind'));
        await exec.run(schema.createIndex('documents_site').on('documents').column('site'));
        await exec.run(schema.createIndex('documents_published').on('documents').column('published'));
        await exec.run(schema.createIndex('documents_parent').on('documents').column('parent_id'));
        await exec.run(schema.createIndex('documents_url').on('documents').column('url'));

        await exec.run(
          schema
            .createTable('ingest_files')
            .addColumn('id', 'integer', (c) => dialect.idColumn(c))
            .addColumn('origin', 'text', (c) => c.notNull())
            .addColumn('source_hash', 'text', (c) => c.notNull())
            .addColumn('format', 'text', (c) => c.notNull())
            .addColumn('ingested_at', 'text', (c) => c.notNull())
            .addColumn('document_count', 'integer', (c) => c.notNull()),
        );
        await exec.run(
          schema.createIndex('ingest_files_version').unique().on('ingest_files').columns(['origin', 'source_hash']),
        );

        await exec.run(
          schema
            .createTable('mentions')
            .addColumn('id', 'integer', (c) => dialect.idColumn(c))
            .addColumn('document_id', 'integer', (c) =>
              c.notNull().references('documents.id').onDelete('cascade'),
            )
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('field', 'text', (c) => c.notNull())
            .addColumn('idx', 'integer', (c) => c.notNull())
            .addColumn('start', 'integer', (c) => c.notNull())
            .addColumn('end', 'integer', (c) => c.notNull())
            .addColumn('text', 'text', (c) => c.notNull())
            .addColumn('value', 'text', (c) => c.notNull())
            .addColumn('confidence', 'real', (c) => c.notNull())
            .addColumn('extractor', 'text', (c) => c.notNull())
            .addColumn('extractor_version', 'text', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('mentions_kind').on('mentions').column('kind'));
        await exec.run(schema.createIndex('mentions_document').on('mentions').column('document_id'));
      },
    },
    {
      version: 2,
      name: 'live sources, crawl queue, document URLs, near-duplicate clusters',
      async up(exec) {
        const { schema } = exec.db;
        await exec.run(
          schema
            .createTable('sources')
            .addColumn('id', 'integer', (c) => dialect.idColumn(c))
            .addColumn('url', 'text', (c) => c.notNull().unique())
            .addColumn('name', 'text')
            .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('feed', 'sitemap', 'page')`))
            .addColumn('etag', 'text')
            .addColumn('last_modified', 'text')
            .addColumn('last_checked_at', 'text')
            .addColumn('last_error', 'text')
            .addColumn('created_at', 'text', (c) => c.notNull()),
        );
        // One row per page URL ever queued: the crawl's memory across runs and kills.
        await exec.run(
          schema
            .createTable('crawl_urls')
            .addColumn('url', 'text', (c) => c.primaryKey())
            .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
            .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'stored', 'failed', 'skipped')`))
            .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
            .addColumn('final_url', 'text')
            .addColumn('last_error', 'text')
            .addColumn('queued_at', 'text', (c) => c.notNull())
            .addColumn('fetched_at', 'text'),
        );
        await exec.run(schema.createIndex('crawl_urls_status').on('crawl_urls').columns(['status', 'queued_at']));
        // Every URL a document was found under: the same content under several URLs is one document.
        await exec.run(
          schema
            .createTable('document_urls')
            .addColumn('url', 'text', (c) => c.primaryKey())
            .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
            .addColumn('first_seen_at', 'text', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('document_urls_document').on('document_urls').column('document_id'));
        await exec.run(schema.createIndex('documents_content_hash').on('documents').column('content_hash'));
        // Near-duplicates: each document's cluster is named by its representative (earliest) document.
        await exec.run(
          schema
            .createTable('document_clusters')
            .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
            .addColumn('cluster_id', 'integer', (c) => c.notNull())
            .addColumn('similarity', 'real', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('document_clusters_cluster').on('document_clusters').column('cluster_id'));
        // MinHash signature (JSON array of 32-bit values; bytes since version 11) and LSH band buckets for candidate lookup.
        await exec.run(
          schema
            .createTable('document_signatures')
            .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
            .addColumn('signature', 'text', (c) => c.notNull()),
        );
        // `bucket` is `<rows>r<band>:<band hash>`, so one indexed IN list finds the candidates of all bands.
        await exec.run(
          schema
            .createTable('lsh_buckets')
            .addColumn('bucket', 'text', (c) => c.notNull())
            .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade')),
        );
        await exec.run(schema.createIndex('lsh_buckets_lookup').on('lsh_buckets').column('bucket'));
        await exec.run(schema.createIndex('lsh_buckets_document').on('lsh_buckets').column('document_id'));
      },
    },
    {
      version: 3,
      name: 'entities, aliases, extraction versions, legal-document pages',
      async up(exec) {
        const { schema } = exec.db;
        await exec.run(
          schema
            .createTable('entities')
            .addColumn('id', 'integer', (c) => dialect.idColumn(c))
            .addColumn('kind', 'text', (c) =>
              c.notNull().check(sql`kind in ('person', 'organization', 'place', 'legalRef')`),
            )
            .addColumn('key', 'text', (c) => c.notNull())
            .addColumn('name', 'text', (c) => c.notNull())
            .addColumn('first_seen', 'text', (c) => c.notNull())
            .addColumn('last_seen', 'text', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('entities_identity').unique().on('entities').columns(['kind', 'key']));
        await exec.run(
          schema
            .createTable('entity_aliases')
            .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
            .addColumn('alias', 'text', (c) => c.notNull())
            .addColumn('alias_key', 'text', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('entity_aliases_identity').unique().on('entity_aliases').columns(['entity_id', 'alias']));
        await exec.run(schema.createIndex('entity_aliases_key').on('entity_aliases').column('alias_key'));
        // Nullable: dates, quantities and topics name no entity. Set null rather than cascade so that
        // removing an entity can never remove evidence.
        await exec.run(
          schema
            .alterTable('mentions')
            .addColumn('entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null')),
        );
        // Entity first: "documents mentioning entity X" and mention counts read only the index.
        await exec.run(schema.createIndex('mentions_entity').on('mentions').columns(['entity_id', 'document_id']));
        await exec.run(
          schema
            .createTable('document_facts')
            .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
            .addColumn('extraction_version', 'text', (c) => c.notNull())
            .addColumn('extracted_at', 'text', (c) => c.notNull()),
        );
        await exec.run(
          schema
            .createTable('document_legal_ids')
            .addColumn('document_id', 'integer', (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
            .addColumn('legal_id', 'text', (c) => c.notNull()),
        );
        await exec.run(schema.createIndex('document_legal_ids_legal').on('document_legal_ids').column('legal_id'));
      },
    },
    trackingMigration(dialect),
    accountsMigration(dialect),
    taskProposalsMigration(dialect),
    submissionsMigration(dialect),
    alertsMigration(dialect),
    jobsMigration(dialect),
    searchStatisticsMigration(),
    minhashesMigration(dialect),
  ];
}

/** All steps of one version, core first, grouped and sorted by version. */
export function migrationPlan(dialect: StoreDialect): { version: number; steps: Migration[] }[] {
  const byVersion = new Map<number, Migration[]>();
  for (const m of [...coreMigrations(dialect), ...dialect.migrations]) {
    byVersion.set(m.version, [...(byVersion.get(m.version) ?? []), m]);
  }
  return [...byVersion.entries()].sort(([a], [b]) => a - b).map(([version, steps]) => ({ version, steps }));
}

export async function currentVersion(exec: SqlExecutor): Promise<number> {
  const row = await exec.first(
    exec.db.selectFrom('schema_migrations').select((eb) => eb.fn.max('version').as('version')),
  );
  return Number(row?.version ?? 0);
}

/**
 * Brings the schema to the latest version (or to `upTo`: tests of one migration start from the
 * schema before it); returns the versions applied.
 */
export async function migrate(exec: SqlExecutor, dialect: StoreDialect, now: () => string, upTo = Number.POSITIVE_INFINITY): Promise<number[]> {
  await exec.run(
    exec.db.schema
      .createTable('schema_migrations')
      .ifNotExists()
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'text', (c) => c.notNull()),
  );
  const plan = migrationPlan(dialect);
  const known = plan.at(-1)?.version ?? 0;
  const current = await currentVersion(exec);
  if (current > known) {
    throw new Error(`database schema version ${current} is newer than this program knows (${known}); upgrade radar57`);
  }
  const applied: number[] = [];
  for (const { version, steps } of plan) {
    if (version <= current || version > upTo) continue;
    await exec.transaction(async () => {
      for (const step of steps) await step.up(exec);
      await exec.run(
        exec.db
          .insertInto('schema_migrations')
          .values({ version, name: steps.map((s) => s.name).join('; '), applied_at: now() }),
      );
    });
    applied.push(version);
  }
  return applied;
}
