// A SQLite store copied into PostgreSQL loses nothing: counts, sampled rows, search answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { copyFromSqlite, CopyRefusedError } from '../../src/store/postgres/copy-from-sqlite.ts';
import { createPostgresExecutor } from '../../src/store/postgres/executor.ts';
import { createPostgresDialect } from '../../src/store/postgres/search-dialect.ts';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import { sqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { createStore } from '../../src/store/store.ts';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { REPO, SEED_DIR, tempDir } from '../helpers.ts';
import { postgresBackend } from './backends.ts';

const { skip } = postgresBackend;

async function seededSqlite() {
  const exec = openSqlite(':memory:');
  let tick = 0;
  const store = await createStore(exec, sqliteDialect, () => `2026-01-01T00:00:${String(tick++ % 60).padStart(2, '0')}.000Z`);
  await ingestPaths([SEED_DIR], store);
  await syncProgramme(store, loadPack(BUILTIN_PACK_DIR), { actor: 'loader' });
  const key = (await store.programme.observations()).find((o) => o.origin === 'extracted')!.key;
  await store.reviews.add({ kind: 'observation', key, verdict: 'corrected', correction: { value: 1 }, note: 'ghi chú' }, 'an');
  await store.accounts.addUser({ username: 'admin', passwordHash: 'scrypt$salt$hash', role: 'admin' }, 'setup');
  return { exec, store };
}

test('migrate-db copies every row, keeps ids, re-indexes search and continues the ids after the copy', { skip }, async () => {
  const { exec, store } = await seededSqlite();
  const target = createPostgresExecutor(await postgresBackend.fresh());
  const dialect = createPostgresDialect();
  try {
    await createStore(target, dialect);
    const report = await copyFromSqlite(exec, target, dialect, { sample: 10 });
    const copied = new Map(report.tables.map((t) => [t.table, t.rows]));
    for (const table of ['documents', 'mentions', 'observations', 'reviews', 'audit_log', 'entities']) {
      assert.ok((copied.get(table) ?? 0) > 0, `${table} has rows to copy`);
      const [source] = await exec.all(sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.compile(exec.db));
      const [pg] = await target.all(sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.compile(target.db));
      assert.equal(pg?.n, source?.n, table);
    }
    assert.deepEqual(
      report.sampled.map((s) => s.table).sort(),
      ['audit_log', 'document_facts', 'documents', 'entities', 'mentions', 'observations', 'reviews'],
    );
    assert.ok(report.sampled.every((s) => s.rows >= Math.min(2, copied.get(s.table) ?? 0)), 'several rows of each compared');
    assert.equal(report.documentsIndexed, copied.get('documents'));
    // Whole rows, not only the sample: a document with its parent, an observation, a review.
    const teaser = await exec.first(sql<Record<string, unknown>>`SELECT * FROM documents WHERE parent_id IS NOT NULL ORDER BY id LIMIT 1`.compile(exec.db));
    assert.ok(teaser, 'the seeds hold a teaser');
    assert.deepEqual(await target.first(sql`SELECT * FROM documents WHERE id = ${teaser.id as number}`.compile(target.db)), teaser);
    const review = await exec.first(sql<Record<string, unknown>>`SELECT * FROM reviews`.compile(exec.db));
    assert.deepEqual(await target.first(sql`SELECT * FROM reviews WHERE id = ${review!.id as number}`.compile(target.db)), review);
    // New rows continue after the copied ids.
    const maxId = (await exec.first(sql<{ m: number }>`SELECT max(id) AS m FROM audit_log`.compile(exec.db)))!.m;
    const inserted = await target.first(
      sql<{ id: number }>`INSERT INTO audit_log (at, actor, action, target) VALUES ('t', 'a', 'x', 'y') RETURNING id`.compile(target.db),
    );
    assert.equal(inserted?.id, maxId + 1);
    // Search answers from the new index.
    const hits = await dialect.search(target, { exact: [['chuyển'], ['đổi'], ['số']], folded: [['chuyen'], ['doi'], ['so']], unquoted: [true, true, true], near: null, filters: {}, limit: 5, offset: 0 });
    assert.ok(hits.length > 0);
    // A second copy into the same (now full) store is refused, and changes nothing.
    await assert.rejects(copyFromSqlite(exec, target, dialect), CopyRefusedError);
  } finally {
    await store.close();
    await target.close();
  }
});

test('a copy that cannot finish leaves the target empty', { skip }, async () => {
  const { exec, store } = await seededSqlite();
  const target = createPostgresExecutor(await postgresBackend.fresh());
  const dialect = createPostgresDialect();
  try {
    await createStore(target, dialect);
    const failing = { ...dialect, indexDocument: async () => Promise.reject(new Error('disk full')) };
    await assert.rejects(copyFromSqlite(exec, target, failing), /disk full/);
    const [row] = await target.all(sql<{ n: number }>`SELECT count(*) AS n FROM documents`.compile(target.db));
    assert.equal(row?.n, 0);
  } finally {
    await store.close();
    await target.close();
  }
});

function radar57(args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'radar57.js'), ...args], { encoding: 'utf8', env: { ...process.env, RADAR57_DB: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('radar57 migrate-db --from FILE.db --to postgres://… moves a store: same counts, same search answers; a second run is refused', { skip }, async (t) => {
  const file = join(tempDir(t), 'radar57.db');
  const sqliteStore = await openStore(file);
  try {
    await ingestPaths([SEED_DIR], sqliteStore);
    await syncProgramme(sqliteStore, loadPack(BUILTIN_PACK_DIR), { actor: 'loader' });
  } finally {
    await sqliteStore.close();
  }
  const before = statSync(file).mtimeMs;
  const to = await postgresBackend.fresh();
  const r = radar57(['migrate-db', '--from', file, '--to', to, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { from: string; tables: { table: string; rows: number }[]; documentsIndexed: number };
  assert.equal(report.from, file);
  assert.ok(report.documentsIndexed > 0);
  assert.equal(statSync(file).mtimeMs, before, 'the SQLite file is only read');

  const [a, b] = [await openStore(file), await openStore(to)];
  try {
    const [sa, sb] = [await a.stats(), await b.stats()];
    assert.equal(sb.documents, sa.documents);
    assert.equal(report.tables.find((x) => x.table === 'documents')?.rows, sa.documents);
    for (const query of ['chuyển đổi số', 'khoa hoc cong nghe', '"đổi mới sáng tạo"']) {
      const ids = async (s: typeof a) => (await s.search(query, { limit: 50 })).map((h) => h.id).sort((x, y) => x - y);
      assert.deepEqual(await ids(b), await ids(a), query);
    }
    assert.equal(b.location?.includes('postgres'), true);
  } finally {
    await a.close();
    await b.close();
  }

  const again = radar57(['migrate-db', '--from', file, '--to', to]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /not empty/);
});

test('migrate-db refuses a missing file and a target that is not PostgreSQL, creating nothing', (t) => {
  const dir = tempDir(t);
  const missing = radar57(['migrate-db', '--from', join(dir, 'none.db'), '--to', 'postgres://u@localhost/x?host=/nonexistent-radar57']);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /no SQLite store at/);
  const notPg = radar57(['migrate-db', '--from', join(dir, 'none.db'), '--to', 'mysql://u:secret@localhost/x']);
  assert.notEqual(notPg.code, 0);
  assert.match(notPg.stderr, /give a PostgreSQL URL/);
  assert.ok(!notPg.stderr.includes('secret'));
});
