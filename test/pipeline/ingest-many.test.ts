// Issue 10, item 8: many records in one file, symbolic-link loops in an ingest folder, and resuming
// an ingest without re-extracting what is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { readInput } from '../../src/pipeline/read-input.ts';
import { listInputFiles } from '../../src/sources/files.ts';
import { REPO, tempDir } from '../helpers.ts';

const BODY =
  'Ủy ban nhân dân tỉnh Điện Biên triển khai Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. ' +
  'Năm 2025 tỉnh đạt 85% hồ sơ trực tuyến toàn trình, tăng 12% so với năm trước.';

/** `n` records of one template, a number apart (near-duplicates of each other), newest first as feeds list them. */
function templateRecords(n: number): string[] {
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: n }, (_, k) => {
    const i = n - 1 - k;
    return JSON.stringify({ title: `Tin số ${i}: Điện Biên chuyển đổi số`, published: new Date(start + i * 3_600_000).toISOString(), body: [`${BODY} Mã ${i}.`], url: `https://example.vn/tin/${i}` });
  });
}

function countingReader() {
  const calls: string[] = [];
  return { calls, reader: (file: Parameters<typeof readInput>[0], options: Parameters<typeof readInput>[1]) => (calls.push(file.origin), readInput(file, options)) };
}

test('a JSONL file of many near-duplicate records, newest first: every record stored once, one cluster around the earliest', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'ban-tin.jsonl');
  const records = templateRecords(300);
  writeFileSync(file, `${records.join('\n')}\n`);
  const store = await openStore(join(dir, 'many.db'));
  t.after(() => store.close());
  const first = await ingestPaths([file], store);
  assert.deepEqual([first.created, first.rejected.length], [300, 0]);
  const docs = await store.listDocuments({ limit: 1000 });
  assert.equal(new Set(docs.map((d) => d.url)).size, 300);
  const clusters = await store.nearDuplicateClusters();
  const earliest = docs.find((d) => d.url === 'https://example.vn/tin/0')!;
  assert.equal(clusters[0]!.representativeId, earliest.id, 'the earliest record represents the cluster');
  assert.ok(clusters[0]!.documentIds.length > 250, `${clusters[0]!.documentIds.length} records in the cluster`);

  // The same records stored one file each, oldest first, cluster the same way.
  const single = await openStore(':memory:');
  t.after(() => single.close());
  const urls = async (s: typeof store) => Promise.all((await s.nearDuplicateClusters()).map(async (c) => (await Promise.all(c.documentIds.map(async (id) => (await s.getDocument(id))!.url))).sort()));
  for (const record of [...records].reverse()) await single.saveFile({ origin: JSON.parse(record).url, sourceHash: record, format: 'jsonl', documents: readInput({ origin: 'r.jsonl', bytes: Buffer.from(record) }).documents });
  assert.deepEqual(await urls(single), await urls(store));

  // Re-ingest is idempotent; one edited record is one update, the others unchanged.
  const again = await ingestPaths([file], store);
  assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, 300]);
  records[150] = records[150]!.replace('tăng 12%', 'tăng 15%');
  writeFileSync(file, `${records.join('\n')}\n`);
  const edited = await ingestPaths([file], store);
  assert.deepEqual([edited.created, edited.updated, edited.unchanged], [0, 1, 299]);
  assert.equal(await store.countDocuments(), 300);
  assert.equal((await store.nearDuplicateClusters())[0]!.representativeId, earliest.id);
});

test('a cluster that loses its representative, or dissolves, is still found by the next copy', async () => {
  const store = await openStore(':memory:');
  const save = async (origin: string, i: number, body = `${BODY} Mã ${i}.`) =>
    (await store.saveFile({ origin, sourceHash: `${origin}:${body}`, format: 'jsonl', documents: readInput({ origin: 'r.jsonl', bytes: Buffer.from(JSON.stringify({ title: `Tin ${i}`, published: `2025-01-0${i}`, body: [body] })) }).documents })).ids[0]!;
  const other = 'Một bài hoàn toàn khác về du lịch biển đảo, lễ hội mùa hè và các tuyến bay mới đến Phú Quốc trong năm nay.';
  const ids = [await save('f1', 1), await save('f2', 2), await save('f3', 3)];
  assert.deepEqual(await store.nearDuplicateClusters(), [{ representativeId: ids[0], documentIds: (await store.nearDuplicateClusters())[0]!.documentIds }]);
  await save('f1', 1, other); // the representative edited away: the rest regroup around f2
  assert.equal((await store.nearDuplicateClusters())[0]!.representativeId, ids[1]);
  const fourth = await save('f4', 4);
  assert.deepEqual((await store.nearDuplicateClusters()).map((c) => [c.representativeId, c.documentIds.length]), [[ids[1], 3]]);
  await save('f3', 3, other);
  await save('f4', 4, other); // f2 alone again
  assert.deepEqual((await store.nearDuplicateClusters()).length, 1, 'the three edited documents are one cluster of their own');
  const fifth = await save('f5', 5);
  const withF2 = (await store.nearDuplicateClusters()).find((c) => c.documentIds.includes(ids[1]!));
  assert.deepEqual(withF2?.documentIds.sort(), [ids[1], fifth].sort(), 'a lone document is found again');
  assert.ok(fourth > 0);
  await store.close();
});

function loopFolder(dir: string, links: number): void {
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Tỉnh Lào Cai có 40 trạm 5G mới theo báo cáo ngày 1/11/2025.\n');
  writeFileSync(join(dir, 'sub', 'b.txt'), 'Tỉnh Yên Bái có 25 trạm 5G mới theo báo cáo ngày 2/11/2025.\n');
  symlinkSync('.', join(dir, 'x'));
  if (links > 1) symlinkSync('..', join(dir, 'sub', 'y'));
}

test('a symbolic link back up the folder lists each real file once', async (t) => {
  const dir = tempDir(t);
  loopFolder(dir, 1);
  assert.deepEqual(listInputFiles([dir]).files, [join(dir, 'a.txt'), join(dir, 'sub', 'b.txt')]);
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([dir], store);
  assert.deepEqual([summary.files, summary.created], [2, 2]);
  assert.equal(await store.countDocuments(), 2);
});

test('a file reached under two names (a hard link) is listed once, under the first name', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.txt'), 'Tỉnh Lào Cai có 40 trạm 5G mới.\n');
  linkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
  writeFileSync(join(dir, 'c.txt'), 'Tỉnh Yên Bái có 25 trạm 5G mới.\n');
  assert.deepEqual(listInputFiles([dir, join(dir, 'c.txt')]).files, [join(dir, 'a.txt'), join(dir, 'c.txt')]);
});

test('two symbolic-link loops end: `radar57 ingest` stores each file once', (t) => {
  const dir = tempDir(t);
  loopFolder(join(dir, 'in') && (mkdirSync(join(dir, 'in')), join(dir, 'in')), 2);
  // A separate process, killed if it never ends (before the fix the listing grew without end).
  const r = spawnSync(process.execPath, [join(REPO, 'bin', 'radar57.js'), '--db', join(dir, 'loop.db'), 'ingest', join(dir, 'in'), '--json'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr || String(r.signal));
  const summary = JSON.parse(r.stdout);
  assert.deepEqual([summary.files, summary.created], [2, 2]);
});

test('resuming an ingest hashes first: an unchanged file is not read again, a changed one is', async (t) => {
  const dir = tempDir(t);
  const files = ['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name));
  files.forEach((f, i) => writeFileSync(f, `Tỉnh số ${i + 1} có ${10 * (i + 1)} trạm 5G mới theo báo cáo ngày ${i + 1}/11/2025.\n`));
  const store = await openStore(join(tempDir(t), 'resume.db'));
  t.after(() => store.close());
  const first = countingReader();
  const stored = await ingestPaths([dir], store, { reader: first.reader });
  assert.equal(first.calls.length, 3);

  const again = countingReader();
  const resumed = await ingestPaths([dir], store, { reader: again.reader });
  assert.deepEqual(again.calls, [], 'no file read (decoded, structured, extracted) again');
  assert.deepEqual([resumed.stored, resumed.created, resumed.unchanged], [3, 0, stored.created]);

  writeFileSync(files[1]!, 'Tỉnh số 2 có 99 trạm 5G mới theo báo cáo ngày 2/11/2025.\n');
  const changed = countingReader();
  const after = await ingestPaths([dir], store, { reader: changed.reader });
  assert.deepEqual(changed.calls, [files[1]]);
  assert.equal(after.created, 1);
});

test('a file changed and changed back is read again (the version stored last is compared)', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'tin.txt');
  const versionA = 'Tỉnh Hòa Bình có 30 trạm 5G mới theo báo cáo ngày 3/11/2025.\n';
  const store = await openStore(':memory:');
  t.after(() => store.close());
  writeFileSync(file, versionA);
  await ingestPaths([file], store);
  writeFileSync(file, 'Tỉnh Hòa Bình có 31 trạm 5G mới theo báo cáo ngày 3/11/2025.\n');
  await ingestPaths([file], store);
  writeFileSync(file, versionA);
  const counted = countingReader();
  await ingestPaths([file], store, { reader: counted.reader });
  assert.deepEqual(counted.calls, [file]);
});

test('a file stored without facts is read again by a full ingest, to extract them', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'tin.txt'), 'Tỉnh Sơn La có 22 trạm 5G mới theo báo cáo ngày 4/11/2025.\n');
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await ingestPaths([dir], store, { facts: false });
  const counted = countingReader();
  await ingestPaths([dir], store, { reader: counted.reader });
  assert.equal(counted.calls.length, 1);
  const again = countingReader();
  await ingestPaths([dir], store, { reader: again.reader });
  assert.equal(again.calls.length, 0);
});
