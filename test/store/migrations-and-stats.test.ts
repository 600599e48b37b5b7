import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.ts';
import { migrationPlan } from '../../src/store/migrations.ts';
import { sqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { article, brief, ledeFile, pageFile } from './fixtures.ts';

async function withTempDb(run: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-migrate-'));
  try {
    await run(join(dir, 'radar57.db'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('migrations are numbered 1, 2, … without gaps and each runs once', async () => {
  const versions = migrationPlan(sqliteDialect).map((m) => m.version);
  assert.deepEqual(
    versions,
    versions.map((_, i) => i + 1),
  );
  await withTempDb(async (path) => {
    await (await openStore(path)).close();
    await (await openStore(path)).close();
    const db = new Database(path, { readonly: true });
    const applied = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    db.close();
    assert.deepEqual(
      applied.map((r) => r.version),
      versions,
    );
    const names = new Set(tables.map((t) => t.name));
    for (const t of ['documents', 'ingest_files', 'mentions', 'documents_exact', 'documents_folded', 'titles_exact', 'titles_folded']) {
      assert.ok(names.has(t), t);
    }
  });
});

test('a database from a newer program is refused', async () => {
  await withTempDb(async (path) => {
    await (await openStore(path)).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')").run();
    db.close();
    await assert.rejects(() => openStore(path), /newer than this program/);
  });
});

test('stats count documents by kind and site and give the date range and size', async () => {
  const store = await openStore(':memory:');
  const ledes = ledeFile();
  const page = pageFile();
  await store.saveFile(ledes);
  await store.saveFile(page);
  await store.saveFile({
    origin: 'extra',
    sourceHash: 'e',
    format: 'plain',
    documents: [
      article('Bài năm 2024', ['Nội dung.'], { published: '2024-12-22', publishedPrecision: 'date', site: 'a.vn' }),
      brief('Tin không ngày.'),
    ],
  });
  const s = await store.stats();
  assert.equal(s.documents, ledes.documents.length + page.documents.length + 2);
  assert.equal(s.documents, await store.countDocuments());
  assert.deepEqual(s.byKind, {
    brief: ledes.documents.length + 1,
    article: 2,
    teaser: page.documents.length - 1,
  });
  assert.equal(s.bySite.reduce((n, r) => n + r.count, 0), s.documents);
  assert.equal(s.bySite.find((r) => r.site === 'a.vn')?.count, 1);
  assert.equal(s.published.earliest, '2024-12-22');
  assert.equal(s.published.latest, page.documents[0]?.published);
  assert.equal(s.ingestFiles, 3);
  assert.ok((s.databaseBytes ?? 0) > 0);
  await store.close();
});
