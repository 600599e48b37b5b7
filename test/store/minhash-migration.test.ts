// Version 11 moved near-duplicate signatures from JSON text to bytes and the bucket lookup to an
// index holding (bucket, document_id). A database written before it keeps its clusters and
// signatures, and its documents are still found as candidates afterwards; a damaged signature
// stops the upgrade with the document named, leaving the database as it was.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { SqlExecutor, StoreDialect } from '../../src/store/dialect.ts';
import { minhashFromBytes } from '../../src/store/minhash-bytes.ts';
import { createPostgresDialect } from '../../src/store/postgres/search-dialect.ts';
import { createSqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { createStore } from '../../src/store/store.ts';
import type { Store } from '../../src/store/index.ts';
import { backendStore, currentBackend, test } from './backends.ts';
import { article } from './fixtures.ts';
import { ARTICLE_PARAGRAPHS } from './seed-texts.ts';

const dialect = (): StoreDialect => (currentBackend().name === 'sqlite' ? createSqliteDialect() : createPostgresDialect());

const edit = (word: string) => ARTICLE_PARAGRAPHS.map((p, i) => (i === 1 ? p.replace('Tổng Bí thư', `Tổng Bí thư ${word}`) : p));

async function save(store: Store, origin: string, body: readonly string[], published: string): Promise<number> {
  return (await store.saveFile({ origin, sourceHash: origin, format: 'html', documents: [article(`Bài ${origin}`, [...body], { published, url: `https://${origin}/x` })] })).ids[0]!;
}

async function schemaVersion(exec: SqlExecutor): Promise<number> {
  return Number((await exec.first(sql<{ v: number }>`SELECT max(version) AS v FROM schema_migrations`.compile(exec.db)))?.v);
}

/**
 * Puts the near-duplicate tables back in the shape version 10 left them (the DDL of migration 2):
 * signatures as JSON text, buckets found through an index on the bucket alone. Returns the
 * signatures written, by document.
 */
async function backToVersion10(exec: SqlExecutor, damage?: number): Promise<Map<number, number[]>> {
  const rows = await exec.all(sql<{ document_id: number; minhash: Uint8Array }>`SELECT document_id, minhash FROM document_minhashes ORDER BY document_id`.compile(exec.db));
  await exec.run(sql`CREATE TABLE document_signatures (document_id integer PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, signature text NOT NULL)`.compile(exec.db));
  const written = new Map<number, number[]>();
  for (const r of rows) {
    const values = Array.from(minhashFromBytes(r.minhash));
    written.set(r.document_id, values);
    const text = r.document_id === damage ? JSON.stringify(values).slice(0, 40) : JSON.stringify(values);
    await exec.run(sql`INSERT INTO document_signatures (document_id, signature) VALUES (${r.document_id}, ${text})`.compile(exec.db));
  }
  await exec.run(sql`DROP TABLE document_minhashes`.compile(exec.db));
  await exec.run(sql`DROP INDEX lsh_buckets_bucket_document`.compile(exec.db));
  await exec.run(sql`CREATE INDEX lsh_buckets_lookup ON lsh_buckets (bucket)`.compile(exec.db));
  await exec.run(sql`DELETE FROM schema_migrations WHERE version = 11`.compile(exec.db));
  return written;
}

test('a database from before version 11 keeps its signatures and clusters, and finds its documents as candidates', async () => {
  const { store, exec } = await backendStore();
  try {
    const first = await save(store, 'a.vn', ARTICLE_PARAGRAPHS, '2025-07-02');
    const copy = await save(store, 'b.vn', edit('Tô Lâm'), '2025-07-03');
    await save(store, 'c.vn', ['Một câu chuyện hoàn toàn khác về nông nghiệp công nghệ cao ở đồng bằng sông Cửu Long, với những mô hình mới.'], '2025-07-04');
    const clusters = await store.nearDuplicateClusters();
    assert.deepEqual(clusters, [{ representativeId: first, documentIds: [first, copy] }]);

    const written = await backToVersion10(exec);
    assert.equal(await schemaVersion(exec), 10);
    assert.equal(written.size, 3);

    const upgraded = await createStore(exec, dialect());
    assert.equal(await schemaVersion(exec), 11);
    const stored = await exec.all(exec.db.selectFrom('document_minhashes').select(['document_id', 'minhash']).orderBy('document_id'));
    assert.deepEqual(new Map(stored.map((r) => [r.document_id, Array.from(minhashFromBytes(r.minhash))])), written);
    await assert.rejects(exec.all(sql`SELECT count(*) AS n FROM document_signatures`.compile(exec.db)), 'the JSON table is gone');
    assert.deepEqual(await upgraded.nearDuplicateClusters(), clusters);

    // A new copy is matched through the converted signature and the rebuilt bucket index.
    const later = await save(upgraded, 'd.vn', edit('Nguyễn'), '2025-07-05');
    const [cluster] = await upgraded.nearDuplicateClusters();
    assert.equal(cluster?.representativeId, first);
    assert.deepEqual([...(cluster?.documentIds ?? [])].sort((x, y) => x - y), [first, copy, later].sort((x, y) => x - y));
  } finally {
    await store.close();
  }
});

test('a damaged signature stops the upgrade with its document named, and nothing is changed', async () => {
  const { store, exec } = await backendStore();
  try {
    await save(store, 'a.vn', ARTICLE_PARAGRAPHS, '2025-07-02');
    const damaged = await save(store, 'b.vn', edit('Tô Lâm'), '2025-07-03');
    await backToVersion10(exec, damaged);
    await assert.rejects(createStore(exec, dialect()), new RegExp(`document ${damaged}: .*not a list of 32-bit values`));
    assert.equal(await schemaVersion(exec), 10);
    const left = await exec.all(sql<{ n: number }>`SELECT count(*) AS n FROM document_signatures`.compile(exec.db));
    assert.equal(Number(left[0]?.n), 2, 'the JSON signatures are still there');
  } finally {
    await store.close();
  }
});
