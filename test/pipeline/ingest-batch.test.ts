// Issue 14: ingest stores several files per transaction, each a savepoint, and runs its CPU work in
// a pool of threads. A file that fails, whether reading or storing, is reported with its path and
// reason, its documents are absent, and the other files of its batch are stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { readInput } from '../../src/pipeline/read-input.ts';
import { extractFile } from '../../src/pipeline/extract-file.ts';
import { createExtractPool } from '../../src/pipeline/extract-pool.ts';
import type { DocumentKind } from '../../src/records.ts';
import { article } from '../store/fixtures.ts';
import { REPO, tempDir } from '../helpers.ts';
import { writeCorpus } from '../../bench/corpus.ts';
import { documentSignature } from '../../src/link/near-duplicates.ts';
import { documentSearchKeys } from '../../src/store/search-text.ts';

const SEEDS = join(REPO, 'data/seeds');

function writeArticles(dir: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const file = join(dir, `tin-${String(i).padStart(2, '0')}.txt`);
    writeFileSync(file, `Tin số ${i} về chuyển đổi số mã ${i}x${i}\n\nTỉnh Điện Biên triển khai Nghị quyết 57-NQ/TW, đợt ${i}, với ${i + 3} dịch vụ công trực tuyến mới.\n`);
    return file;
  });
}

test('store.saveFiles: a file failing half-way rolls back alone, the files around it are stored', async (t) => {
  const store = await openStore(join(tempDir(t), 'batch.db'));
  t.after(() => store.close());
  const good = (name: string) => ({ origin: `${name}.txt`, sourceHash: name, format: 'plain' as const, documents: [article(`Bài ${name}`, [`Nội dung ${name} về chuyển đổi số.`])] });
  // Its first document is valid and inserted; its second breaks the kind constraint.
  const bad = {
    origin: 'bad.txt',
    sourceHash: 'bad',
    format: 'plain' as const,
    documents: [article('Bài hỏng đầu tiên', ['Nội dung riêng của tệp hỏng.']), article('Bài hỏng', ['x'], { kind: 'bogus' as DocumentKind })],
  };
  const outcomes = await store.saveFiles([good('a'), bad, good('c')]);
  assert.deepEqual(outcomes.map((o) => o.ok), [true, false, true]);
  const titles = (await store.listDocuments({})).map((d) => d.title).sort();
  assert.deepEqual(titles, ['Bài a', 'Bài c']);
  assert.equal((await store.search('tệp hỏng')).length, 0);
  // The full-text rows, written once at the end of the batch, are those of the stored files.
  assert.deepEqual((await store.search('noi dung')).map((h) => h.title).sort(), ['Bài a', 'Bài c']);
});

test('ingest in batches with threads: a bad file is reported with its path, the rest of its batch is stored', async (t) => {
  const dir = tempDir(t);
  const input = join(dir, 'in');
  mkdirSync(input);
  const files = writeArticles(input, 12);
  const empty = join(input, 'tin-05.txt');
  writeFileSync(empty, '');
  const store = await openStore(join(dir, 'ingest.db'));
  t.after(() => store.close());
  const summary = await ingestPaths([input], store, { workers: 2, batchFiles: 5 });
  assert.equal(summary.files, 12);
  assert.equal(summary.rejected.length, 1);
  assert.equal(summary.rejected[0]!.origin, empty);
  assert.match(summary.rejected[0]!.reason, /\S/);
  assert.equal(summary.stored, 11);
  assert.equal(await store.countDocuments(), 11);
  assert.equal(files.length, 12);
  // Re-ingesting changes nothing.
  const again = await ingestPaths([input], store, { workers: 2, batchFiles: 5 });
  assert.deepEqual([again.created, again.updated, again.unchanged, again.rejected.length], [0, 0, 11, 1]);
  assert.equal(await store.countDocuments(), 11);
});

test('ingest in batches: a file whose documents fail to store is rolled back alone, with its path and reason', async (t) => {
  const dir = tempDir(t);
  const files = writeArticles(dir, 6);
  const store = await openStore(join(dir, 'store.db'));
  t.after(() => store.close());
  const broken = files[2]!;
  // The reader turns the third file into two documents, the second of which the store refuses.
  const reader: typeof readInput = (file, options) => {
    const result = readInput(file, options);
    if (file.origin !== broken) return result;
    const [doc] = result.documents;
    return { ...result, documents: [doc!, { ...doc!, title: 'khác', kind: 'bogus' as DocumentKind }] };
  };
  const summary = await ingestPaths(files, store, { reader, batchFiles: 4 });
  assert.deepEqual(summary.rejected.map((r) => r.origin), [broken]);
  assert.match(summary.rejected[0]!.reason, /CHECK|constraint/i);
  assert.equal(summary.created, 5);
  const sources = new Set((await store.listDocuments({})).map((d) => d.source));
  assert.equal(sources.has(broken), false);
  assert.equal(sources.size, 5);
});

test('extraction in the pool gives the same documents and facts as in this thread', async (t) => {
  const pool = createExtractPool(2);
  t.after(() => pool.close());
  // The seed files and pages of the benchmark corpus (recombined from the seeds, many formats).
  const generated = tempDir(t);
  writeCorpus(generated, 24);
  const pages = readdirSync(generated, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !e.name.startsWith('.'));
  const sample = [...readdirSync(SEEDS).map((f) => join(SEEDS, f)), ...pages.map((e) => join(e.parentPath, e.name))];
  assert.ok(sample.length >= 20);
  for (const origin of sample) {
    const bytes = readFileSync(origin);
    const request = { origin, bytes, options: {}, facts: true, dateHint: '2025-06-01', signatures: true };
    const here = extractFile(request);
    const there = await pool.extract(request);
    assert.ok(here.result.documents.length > 0);
    assert.deepEqual(here.signatures, here.result.documents.map(documentSignature));
    assert.deepEqual(here.searchKeys, here.result.documents.map(documentSearchKeys));
    assert.ok((here.facts ?? []).some((f) => Object.values(f).some((v) => Array.isArray(v) && v.length > 0)));
    assert.deepEqual(there, here);
  }
});

test('near-duplicate clusters are the same whether the signatures are computed in the threads or by the store', async (t) => {
  const dir = tempDir(t);
  const input = join(dir, 'in');
  mkdirSync(input);
  // Three stories, each copied by several sites with a different closing line.
  const stories = [
    'Tỉnh Điện Biên triển khai Nghị quyết 57-NQ/TW với kế hoạch đưa toàn bộ thủ tục hành chính lên môi trường số, đào tạo cán bộ về kỹ năng số và xây dựng trung tâm dữ liệu của tỉnh trong năm nay.',
    'Bộ Khoa học và Công nghệ công bố chương trình hỗ trợ doanh nghiệp khởi nghiệp sáng tạo, dành nguồn vốn cho các dự án nghiên cứu ứng dụng trí tuệ nhân tạo và bán dẫn tại các viện và trường đại học.',
    'Thành phố Hà Nội khai trương trung tâm đổi mới sáng tạo mới, nơi các doanh nghiệp công nghệ, nhà khoa học và sinh viên cùng thử nghiệm sản phẩm số phục vụ người dân và chính quyền thành phố.',
  ];
  for (let i = 0; i < 12; i++) {
    writeFileSync(join(input, `tin-${String(i).padStart(2, '0')}.txt`), `Tin ${i % 3}\n\n${stories[i % 3]} Bản tin số ${i}.\n`);
  }
  const clusters = async (name: string, workers: number) => {
    const store = await openStore(join(dir, `${name}.db`));
    t.after(() => store.close());
    await ingestPaths([input], store, { facts: false, workers });
    const byId = new Map((await store.listDocuments({})).map((d) => [d.id, d.source]));
    return (await store.nearDuplicateClusters()).map((c) => c.documentIds.map((id) => byId.get(id)).sort()).sort();
  };
  const inThread = await clusters('here', 0);
  assert.equal(inThread.length, 3);
  assert.deepEqual(await clusters('threads', 2), inThread);
  // The search keys come from the threads too: both stores find the same documents, with or without diacritics.
  const found = async (name: string) => {
    const store = await openStore(join(dir, `${name}.db`));
    t.after(() => store.close());
    const byId = new Map((await store.listDocuments({})).map((d) => [d.id, d.source]));
    const hits = async (q: string) => (await store.search(q, { limit: 50 })).map((h) => `${byId.get(h.id)} ${h.snippet}`).sort();
    return { folded: await hits('dien bien'), exact: await hits('khởi nghiệp sáng tạo') };
  };
  const here = await found('here');
  assert.ok(here.folded.length > 0); // one hit per story: its copies are grouped under it
  assert.ok(here.exact.length > 0);
  assert.deepEqual(await found('threads'), here);
});
