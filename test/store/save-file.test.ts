import { currentBackend, openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StructuredDocument } from '../../src/records.ts';
import { article, brief, ledeFile, pageFile, teaser } from './fixtures.ts';

test('ingesting the seeds stores every document once; ingesting again changes nothing', async () => {
  const store = await openStore(':memory:');
  const ledes = ledeFile();
  const page = pageFile();
  const expected = ledes.documents.length + page.documents.length;

  const first = [await store.saveFile(ledes), await store.saveFile(page)];
  assert.equal(await store.countDocuments(), expected);
  assert.deepEqual(
    first.map((r) => [r.created, r.updated, r.unchanged]),
    [
      [ledes.documents.length, 0, 0],
      [page.documents.length, 0, 0],
    ],
  );

  const again = [await store.saveFile(ledeFile()), await store.saveFile(pageFile())];
  assert.equal(await store.countDocuments(), expected);
  assert.deepEqual(
    again.map((r) => [r.created, r.updated, r.unchanged]),
    [
      [0, 0, ledes.documents.length],
      [0, 0, page.documents.length],
    ],
  );
  assert.deepEqual(
    again.map((r) => r.ids),
    first.map((r) => r.ids),
  );
  assert.equal((await store.stats()).ingestFiles, 2, 'one ingest record per file version');
  await store.close();
});

test('a stored document reads back as it was saved, with the parent as a database id', async () => {
  const store = await openStore(':memory:');
  const page = pageFile();
  const { ids } = await store.saveFile(page);
  const [articleId, teaserId] = ids;
  const stored = await store.getDocument(articleId as number);
  assert.ok(stored);
  const { parent: _parent, ...input } = page.documents[0] as StructuredDocument;
  for (const [key, value] of Object.entries(input)) {
    assert.deepEqual(stored[key as keyof typeof stored], value, key);
  }
  assert.equal(stored.source, page.origin);
  assert.equal(stored.parentId, null);
  assert.equal((await store.getDocument(teaserId as number))?.parentId, articleId);
  assert.equal(await store.getDocument(9999), null);
  await store.close();
});

test('a teaser listed before its parent still gets the parent id', async () => {
  const store = await openStore(':memory:');
  const { ids } = await store.saveFile({
    origin: 'page.txt',
    sourceHash: 'x',
    format: 'page',
    documents: [teaser('Số hóa di sản', 'Nghị định 308 đẩy mạnh số hóa di sản.', 1), article('Bài chính', ['Nội dung.'])],
  });
  assert.equal((await store.getDocument(ids[0] as number))?.parentId, ids[1]);
  await store.close();
});

test('an article whose body changed is updated in place and re-indexed', async () => {
  const store = await openStore(':memory:');
  const before = article('Hà Nội đẩy mạnh kinh tế số', ['Tỷ trọng kinh tế số đạt 30% GRDP.']);
  const first = await store.saveFile({ origin: 'a.txt', sourceHash: 'v1', format: 'page', documents: [before] });
  assert.equal((await store.search('GRDP')).length, 1);

  const after = { ...before, body: ['Thành phố đặt mục tiêu 35% vào cuối năm 2025.'] };
  const second = await store.saveFile({ origin: 'a.txt', sourceHash: 'v2', format: 'page', documents: [after] });
  assert.deepEqual([second.created, second.updated, second.unchanged], [0, 1, 0]);
  assert.deepEqual(second.ids, first.ids);
  const stored = await store.getDocument(first.ids[0] as number);
  assert.deepEqual(stored?.body, after.body);
  assert.notEqual(stored?.updatedAt, undefined);
  assert.equal((await store.search('GRDP')).length, 0, 'old words leave the index');
  assert.deepEqual(
    (await store.search('mục tiêu')).map((h) => h.id),
    first.ids,
  );
  assert.equal(await store.countDocuments(), 1);
  await store.close();
});

test('with a URL the identity survives a new title; position in the file does not matter', async () => {
  const store = await openStore(':memory:');
  const url = 'https://example.vn/bai-viet-1.html';
  const a = article('Tiêu đề cũ', ['Đoạn một.'], { url });
  const b = brief('Một tin ngắn về đổi mới sáng tạo.');
  const first = await store.saveFile({ origin: 'feed.jsonl', sourceHash: '1', format: 'jsonl', documents: [a, b] });
  const second = await store.saveFile({
    origin: 'feed.jsonl',
    sourceHash: '2',
    format: 'jsonl',
    documents: [b, { ...a, title: 'Tiêu đề mới' }],
  });
  assert.deepEqual([second.created, second.updated, second.unchanged], [0, 1, 1]);
  assert.deepEqual(second.ids, [first.ids[1], first.ids[0]]);
  assert.equal((await store.getDocument(first.ids[0] as number))?.title, 'Tiêu đề mới');
  await store.close();
});

test('the same teaser twice on one page is kept twice; another origin is another document', async () => {
  const store = await openStore(':memory:');
  const t = teaser('Số hóa di sản', 'Lede.', null);
  const r = await store.saveFile({ origin: 'p1', sourceHash: 'a', format: 'page', documents: [t, t] });
  assert.equal(new Set(r.ids).size, 2);
  assert.equal((await store.saveFile({ origin: 'p1', sourceHash: 'a', format: 'page', documents: [t, t] })).unchanged, 2);
  assert.equal((await store.saveFile({ origin: 'p2', sourceHash: 'b', format: 'page', documents: [t] })).created, 1);
  assert.equal(await store.countDocuments(), 3);
  await store.close();
});

test('a failure in the middle of a file leaves none of its documents', async () => {
  const store = await openStore(':memory:');
  const bad = { ...brief('Tin hỏng.'), kind: 'bogus' } as unknown as StructuredDocument;
  const documents = [brief('Tin một về chuyển đổi số.'), brief('Tin hai về chuyển đổi số.'), bad, brief('Tin bốn.')];
  await assert.rejects(() => store.saveFile({ origin: 'x.txt', sourceHash: 'h', format: 'ledes', documents }), /CHECK|check constraint/);
  assert.equal(await store.countDocuments(), 0);
  assert.deepEqual(await store.search('chuyển đổi số'), [], 'no index entries survive the rollback');
  assert.equal((await store.stats()).ingestFiles, 0);
  await store.close();
});

test('NUL characters are dropped from stored text, on either backend', async () => {
  const store = await openStore(':memory:');
  const doc = article('Bài\0 về bán dẫn', ['Đoạn một\0 về chip.'], { lede: 'Sa\0pô' });
  const { ids } = await store.saveFile({ origin: 'nul.txt', sourceHash: 'h', format: 'page', documents: [doc] });
  const stored = await store.getDocument(ids[0]!);
  assert.equal(stored?.title, 'Bài về bán dẫn');
  assert.deepEqual(stored?.body, ['Đoạn một về chip.']);
  assert.equal(stored?.lede, 'Sapô');
  assert.equal((await store.search('chip')).length, 1);
  await store.close();
});

test('a failed update keeps the previous version of every document of the file', async () => {
  const store = await openStore(':memory:');
  const a = article('Bài A', ['Nội dung cũ về bán dẫn.']);
  const saved = await store.saveFile({ origin: 'f', sourceHash: '1', format: 'page', documents: [a] });
  const bad = { ...brief('x'), publishedPrecision: 'century' } as unknown as StructuredDocument;
  await assert.rejects(() =>
    store.saveFile({ origin: 'f', sourceHash: '2', format: 'page', documents: [{ ...a, body: ['Nội dung mới.'] }, bad] }),
  );
  assert.deepEqual((await store.getDocument(saved.ids[0] as number))?.body, a.body);
  assert.equal((await store.search('bán dẫn')).length, 1);
  assert.equal((await store.search('mới')).length, 0);
  await store.close();
});

test('a parent index outside the file is refused before anything is written', async () => {
  const store = await openStore(':memory:');
  for (const parent of [5, -1, 0, 0.5]) {
    await assert.rejects(
      () => store.saveFile({ origin: 'p', sourceHash: 'h', format: 'page', documents: [teaser('T', 'L', parent)] }),
      RangeError,
    );
  }
  assert.equal(await store.countDocuments(), 0);
  await store.close();
});

test('a file store creates its directory, uses WAL and keeps data across reopening', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-store-'));
  try {
    const path = join(dir, 'nested', 'deeper', 'radar57.db');
    const store = await openStore(path);
    const saved = await store.saveFile(ledeFile());
    if (currentBackend().name === 'sqlite') assert.ok(existsSync(`${path}-wal`), 'write-ahead log in use');
    await store.close();

    const reopened = await openStore(path);
    assert.equal(await reopened.countDocuments(), saved.ids.length);
    assert.equal((await reopened.saveFile(ledeFile())).unchanged, saved.ids.length);
    await reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('listDocuments pages through documents in storage order, by kind or source', async () => {
  const store = await openStore(':memory:');
  const ledes = await store.saveFile(ledeFile());
  const page = await store.saveFile(pageFile());
  assert.deepEqual(
    (await store.listDocuments({ limit: 10_000 })).map((d) => d.id),
    [...ledes.ids, ...page.ids],
  );
  assert.deepEqual(
    (await store.listDocuments({ kind: 'teaser' })).map((d) => d.id),
    page.ids.slice(1),
  );
  assert.deepEqual(
    (await store.listDocuments({ source: pageFile().origin, limit: 2, offset: 1 })).map((d) => d.id),
    page.ids.slice(1, 3),
  );
  await store.close();
});
