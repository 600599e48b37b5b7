import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StructuredDocument } from '../../src/records.ts';
import { openStore } from '../../src/store/index.ts';
import { article, brief, ledeFile, pageFile, teaser } from './fixtures.ts';

test('ingesting the seeds stores every document once; ingesting again changes nothing', () => {
  const store = openStore(':memory:');
  const ledes = ledeFile();
  const page = pageFile();
  const expected = ledes.documents.length + page.documents.length;

  const first = [store.saveFile(ledes), store.saveFile(page)];
  assert.equal(store.countDocuments(), expected);
  assert.deepEqual(
    first.map((r) => [r.created, r.updated, r.unchanged]),
    [
      [ledes.documents.length, 0, 0],
      [page.documents.length, 0, 0],
    ],
  );

  const again = [store.saveFile(ledeFile()), store.saveFile(pageFile())];
  assert.equal(store.countDocuments(), expected);
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
  assert.equal(store.stats().ingestFiles, 2, 'one ingest record per file version');
  store.close();
});

test('a stored document reads back as it was saved, with the parent as a database id', () => {
  const store = openStore(':memory:');
  const page = pageFile();
  const { ids } = store.saveFile(page);
  const [articleId, teaserId] = ids;
  const stored = store.getDocument(articleId as number);
  assert.ok(stored);
  const { parent: _parent, ...input } = page.documents[0] as StructuredDocument;
  for (const [key, value] of Object.entries(input)) {
    assert.deepEqual(stored[key as keyof typeof stored], value, key);
  }
  assert.equal(stored.source, page.origin);
  assert.equal(stored.parentId, null);
  assert.equal(store.getDocument(teaserId as number)?.parentId, articleId);
  assert.equal(store.getDocument(9999), null);
  store.close();
});

test('a teaser listed before its parent still gets the parent id', () => {
  const store = openStore(':memory:');
  const { ids } = store.saveFile({
    origin: 'page.txt',
    sourceHash: 'x',
    format: 'page',
    documents: [teaser('Số hóa di sản', 'Nghị định 308 đẩy mạnh số hóa di sản.', 1), article('Bài chính', ['Nội dung.'])],
  });
  assert.equal(store.getDocument(ids[0] as number)?.parentId, ids[1]);
  store.close();
});

test('an article whose body changed is updated in place and re-indexed', () => {
  const store = openStore(':memory:');
  const before = article('Hà Nội đẩy mạnh kinh tế số', ['Tỷ trọng kinh tế số đạt 30% GRDP.']);
  const first = store.saveFile({ origin: 'a.txt', sourceHash: 'v1', format: 'page', documents: [before] });
  assert.equal(store.search('GRDP').length, 1);

  const after = { ...before, body: ['Thành phố đặt mục tiêu 35% vào cuối năm 2025.'] };
  const second = store.saveFile({ origin: 'a.txt', sourceHash: 'v2', format: 'page', documents: [after] });
  assert.deepEqual([second.created, second.updated, second.unchanged], [0, 1, 0]);
  assert.deepEqual(second.ids, first.ids);
  const stored = store.getDocument(first.ids[0] as number);
  assert.deepEqual(stored?.body, after.body);
  assert.notEqual(stored?.updatedAt, undefined);
  assert.equal(store.search('GRDP').length, 0, 'old words leave the index');
  assert.deepEqual(
    store.search('mục tiêu').map((h) => h.id),
    first.ids,
  );
  assert.equal(store.countDocuments(), 1);
  store.close();
});

test('with a URL the identity survives a new title; position in the file does not matter', () => {
  const store = openStore(':memory:');
  const url = 'https://example.vn/bai-viet-1.html';
  const a = article('Tiêu đề cũ', ['Đoạn một.'], { url });
  const b = brief('Một tin ngắn về đổi mới sáng tạo.');
  const first = store.saveFile({ origin: 'feed.jsonl', sourceHash: '1', format: 'jsonl', documents: [a, b] });
  const second = store.saveFile({
    origin: 'feed.jsonl',
    sourceHash: '2',
    format: 'jsonl',
    documents: [b, { ...a, title: 'Tiêu đề mới' }],
  });
  assert.deepEqual([second.created, second.updated, second.unchanged], [0, 1, 1]);
  assert.deepEqual(second.ids, [first.ids[1], first.ids[0]]);
  assert.equal(store.getDocument(first.ids[0] as number)?.title, 'Tiêu đề mới');
  store.close();
});

test('the same teaser twice on one page is kept twice; another origin is another document', () => {
  const store = openStore(':memory:');
  const t = teaser('Số hóa di sản', 'Lede.', null);
  const r = store.saveFile({ origin: 'p1', sourceHash: 'a', format: 'page', documents: [t, t] });
  assert.equal(new Set(r.ids).size, 2);
  assert.equal(store.saveFile({ origin: 'p1', sourceHash: 'a', format: 'page', documents: [t, t] }).unchanged, 2);
  assert.equal(store.saveFile({ origin: 'p2', sourceHash: 'b', format: 'page', documents: [t] }).created, 1);
  assert.equal(store.countDocuments(), 3);
  store.close();
});

test('a failure in the middle of a file leaves none of its documents', () => {
  const store = openStore(':memory:');
  const bad = { ...brief('Tin hỏng.'), kind: 'bogus' } as unknown as StructuredDocument;
  const documents = [brief('Tin một về chuyển đổi số.'), brief('Tin hai về chuyển đổi số.'), bad, brief('Tin bốn.')];
  assert.throws(() => store.saveFile({ origin: 'x.txt', sourceHash: 'h', format: 'ledes', documents }), /CHECK/);
  assert.equal(store.countDocuments(), 0);
  assert.deepEqual(store.search('chuyển đổi số'), [], 'no index entries survive the rollback');
  assert.equal(store.stats().ingestFiles, 0);
  store.close();
});

test('a failed update keeps the previous version of every document of the file', () => {
  const store = openStore(':memory:');
  const a = article('Bài A', ['Nội dung cũ về bán dẫn.']);
  const saved = store.saveFile({ origin: 'f', sourceHash: '1', format: 'page', documents: [a] });
  const bad = { ...brief('x'), publishedPrecision: 'century' } as unknown as StructuredDocument;
  assert.throws(() =>
    store.saveFile({ origin: 'f', sourceHash: '2', format: 'page', documents: [{ ...a, body: ['Nội dung mới.'] }, bad] }),
  );
  assert.deepEqual(store.getDocument(saved.ids[0] as number)?.body, a.body);
  assert.equal(store.search('bán dẫn').length, 1);
  assert.equal(store.search('mới').length, 0);
  store.close();
});

test('a parent index outside the file is refused before anything is written', () => {
  const store = openStore(':memory:');
  for (const parent of [5, -1, 0, 0.5]) {
    assert.throws(
      () => store.saveFile({ origin: 'p', sourceHash: 'h', format: 'page', documents: [teaser('T', 'L', parent)] }),
      RangeError,
    );
  }
  assert.equal(store.countDocuments(), 0);
  store.close();
});

test('a file store creates its directory, uses WAL and keeps data across reopening', () => {
  const dir = mkdtempSync(join(tmpdir(), 'radar57-store-'));
  try {
    const path = join(dir, 'nested', 'deeper', 'radar57.db');
    const store = openStore(path);
    const saved = store.saveFile(ledeFile());
    assert.ok(existsSync(`${path}-wal`), 'write-ahead log in use');
    store.close();

    const reopened = openStore(path);
    assert.equal(reopened.countDocuments(), saved.ids.length);
    assert.equal(reopened.saveFile(ledeFile()).unchanged, saved.ids.length);
    reopened.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('listDocuments pages through documents in storage order, by kind or source', () => {
  const store = openStore(':memory:');
  const ledes = store.saveFile(ledeFile());
  const page = store.saveFile(pageFile());
  assert.deepEqual(
    store.listDocuments({ limit: 10_000 }).map((d) => d.id),
    [...ledes.ids, ...page.ids],
  );
  assert.deepEqual(
    store.listDocuments({ kind: 'teaser' }).map((d) => d.id),
    page.ids.slice(1),
  );
  assert.deepEqual(
    store.listDocuments({ source: pageFile().origin, limit: 2, offset: 1 }).map((d) => d.id),
    page.ids.slice(1, 3),
  );
  store.close();
});
