// Issue 14: the read pool's threads answer from their own read-only connections, so a search is
// answered while another connection holds a write transaction open (WAL), from the last commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.ts';
import { createReadPool, withReadPool } from '../../src/store/sqlite/read-pool.ts';
import { article } from './fixtures.ts';
import { SEED_DIR, tempDir } from '../helpers.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { InvalidInput } from '../../src/errors.ts';

test('the read pool answers a search while a write transaction is open, from the last commit', async (t) => {
  const location = join(tempDir(t), 'pool.db');
  const store = await openStore(location);
  t.after(() => store.close());
  await store.saveFile({ origin: 'a.txt', sourceHash: 'a', format: 'plain', documents: [article('Điện Biên chuyển đổi số', ['Tỉnh Điện Biên triển khai Nghị quyết 57.'])] });
  const direct = await store.search('dien bien');
  assert.equal(direct.length, 1);

  const pool = createReadPool(location, 2);
  t.after(() => pool.close());
  // Another writer holds the write lock with an uncommitted document that would also match.
  const writer = new Database(location);
  t.after(() => writer.close());
  writer.exec('BEGIN IMMEDIATE');
  writer.prepare("UPDATE documents SET title = 'đang sửa' WHERE source = 'a.txt'").run();
  try {
    const answers = await Promise.all([pool.run('search', 'dien bien'), pool.run('search', 'dien bien', { limit: 5 }), pool.run('getDocument', direct[0]!.id)]);
    assert.deepEqual(answers[0], direct);
    assert.deepEqual(answers[1], direct);
    assert.equal(answers[2]?.title, 'Điện Biên chuyển đổi số');
  } finally {
    writer.exec('ROLLBACK');
  }
});

test('withReadPool keeps the Store interface: same answers, a bad option still an InvalidInput', async (t) => {
  const location = join(tempDir(t), 'wrapped.db');
  const plain = await openStore(location);
  await plain.saveFile({ origin: 'b.txt', sourceHash: 'b', format: 'plain', documents: [article('Hà Nội số hóa', ['Thành phố số hóa hồ sơ hành chính.'])] });
  const pooled = withReadPool(plain, 1);
  t.after(() => pooled.close());
  assert.deepEqual(await pooled.search('so hoa'), await plain.search('so hoa'));
  assert.deepEqual(await pooled.listDocuments({}), await plain.listDocuments({}));
  await assert.rejects(pooled.search('so hoa', { from: '2025-13-01' }), InvalidInput);
  // A store in memory has no file to share: it is returned unchanged.
  const memory = await openStore(':memory:');
  t.after(() => memory.close());
  assert.equal(withReadPool(memory), memory);
});

test('an entity page\'s reads (detail, entities found with it, citing documents) go to the pool with the same answers', async (t) => {
  const location = join(tempDir(t), 'entities.db');
  const plain = await openStore(location);
  await ingestPaths([SEED_DIR], plain);
  const pooled = withReadPool(plain, 1);
  t.after(() => pooled.close());
  const [top] = await plain.topEntities({ limit: 1 });
  assert.ok(top, 'the seeds name entities');
  assert.deepEqual(await pooled.entityDetail(top.id), await plain.entityDetail(top.id));
  const together = await plain.cooccurring(top.id);
  assert.ok(together.length > 0, 'other entities appear with the most mentioned one');
  assert.deepEqual(await pooled.cooccurring(top.id), together);
  const [law] = await plain.topEntities({ kind: 'legalRef', limit: 1 });
  assert.ok(law, 'the seeds cite a legal document');
  // As the entity page asks it (routes/reading.ts): a law by its name, other documents by their key.
  const cited = law.key.startsWith('law:') ? law.name : law.key;
  const citing = await plain.citedBy(cited);
  assert.ok(citing.length > 0, `documents cite ${cited}`);
  assert.deepEqual(await pooled.citedBy(cited), citing);
  assert.equal(await pooled.entityDetail(10_000_000), null);
});
