// PostgreSQL plans its searches from statistics on document_search: migration 10 analyses the
// search tables of an existing database, and indexing re-analyses them as documents arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Query, SqlExecutor } from '../../src/store/dialect.ts';
import { migrate } from '../../src/store/migrations.ts';
import { createPostgresExecutor } from '../../src/store/postgres/executor.ts';
import { analyseSearchIfStale } from '../../src/store/postgres/migrations.ts';
import { createPostgresDialect } from '../../src/store/postgres/search-dialect.ts';
import { postgresBackend } from './backends.ts';

const NOW = () => '2026-01-01T00:00:00.000Z';

test('migration 10 gives an existing database statistics on its search table', { skip: postgresBackend.skip }, async () => {
  const exec = createPostgresExecutor(await postgresBackend.fresh());
  try {
    const dialect = createPostgresDialect();
    // A database at version 9 whose search table was filled and never analysed.
    await migrate(exec, dialect, NOW, 9);
    const columnStatistics = async () =>
      (await exec.first(
        sql<{ n: number }>`SELECT count(*) AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'document_search'`.compile(exec.db),
      ))?.n;
    await exec.run(sql`INSERT INTO document_search (id, exact, folded, title_exact, title_folded, lede_exact, lede_folded, kind)
      SELECT i, 'a', 'a', 'a', 'a', 'a', 'a', 'article' FROM generate_series(1, 50) i`.compile(exec.db));
    assert.equal(await columnStatistics(), 0, 'not analysed since it was filled');
    const applied = await migrate(exec, dialect, NOW, 10);
    assert.deepEqual(applied, [10]);
    assert.equal(await columnStatistics(), 11, 'one row per column');
  } finally {
    await exec.close();
  }
});

/** Records the statements it is given; the analysis reads back 1,000 rows. */
function recordingExecutor(): SqlExecutor & { statements: string[] } {
  const statements: string[] = [];
  const text = (q: Query<unknown>) => ('compile' in q ? q.compile() : q).sql;
  const exec = createPostgresExecutor('postgres://unused@127.0.0.1:1/unused');
  return {
    db: exec.db,
    statements,
    all: async () => [],
    first: async <R>(q: Query<R>) => {
      statements.push(text(q));
      return { n: 1000 } as R;
    },
    run: async (q) => {
      statements.push(text(q));
      return { changes: 0 };
    },
    transaction: (work) => work(),
    close: () => exec.close(),
  };
}

test('indexing analyses again after 500 documents, then after a tenth of the table', async () => {
  const exec = recordingExecutor();
  try {
    const analyses = () => exec.statements.filter((s) => s.startsWith('ANALYZE')).length;
    for (let i = 0; i < 499; i++) await analyseSearchIfStale(exec);
    assert.equal(analyses(), 0);
    await analyseSearchIfStale(exec);
    assert.equal(analyses(), 1);
    // The table now holds 1,000 rows: a tenth is fewer than the 500 minimum.
    for (let i = 0; i < 499; i++) await analyseSearchIfStale(exec);
    assert.equal(analyses(), 1);
    await analyseSearchIfStale(exec);
    assert.equal(analyses(), 2);
  } finally {
    await exec.close();
  }
});
