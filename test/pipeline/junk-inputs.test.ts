// Junk is never stored silently (issue 10, item 16): each input below is refused with its file
// named and a reason, in ingest and in uploads (both read through readInput), or, where reading it
// another way is the honest answer, stored with a warning.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { startApi } from '../serve/api-fixture.ts';
import { tempDir } from '../helpers.ts';

const SENTENCE = 'Tỉnh Điện Biên có 40 trạm 5G mới theo báo cáo ngày 1/11/2025 của Sở Khoa học và Công nghệ.';

/** Each junk input, its name and the reason it must be refused for. */
const JUNK: { name: string; content: Buffer; reason: RegExp }[] = [
  { name: 'chi-script.html', content: Buffer.from('<html><head><title></title><script>var tin = "Điện Biên";</script></head><body><script>document.write(tin)</script></body></html>'), reason: /no readable text/ },
  { name: 'chu-thich-mo.html', content: Buffer.from(`<html><body><!-- <p>${SENTENCE}</p>`), reason: /no readable text/ },
  { name: 'khong-rong.txt', content: Buffer.from('\u200b\u200c\u200d\ufeff\u200b\n\u2060\u200b\n'), reason: /no readable text/ },
  { name: 'dau-cau.txt', content: Buffer.from('... ,,, !!! ???\n---\n*** — ·\n'), reason: /no readable text/ },
  { name: 'hong.jsonl', content: Buffer.from('{\n"title": "Điện Biên"\n}\n'), reason: /no usable jsonl document.*line 1/ },
  { name: 'nen.txt', content: gzipSync(`${SENTENCE}\n`), reason: /gzip-compressed data under a name that does not end in \.gz/ },
];

function writeJunk(dir: string): void {
  for (const j of JUNK) writeFileSync(join(dir, j.name), j.content);
  writeFileSync(join(dir, 'tot.txt'), `${SENTENCE}\n`);
}

test('ingest refuses each junk input by name, with its reason, and stores the good file', async (t) => {
  const dir = tempDir(t);
  writeJunk(dir);
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([dir], store);
  assert.equal(summary.stored, 1);
  assert.equal(await store.countDocuments(), 1);
  for (const j of JUNK) {
    const rejected = summary.rejected.find((r) => r.origin === join(dir, j.name));
    assert.ok(rejected, `${j.name} is refused`);
    assert.match(rejected.reason, j.reason, j.name);
  }
});

test('a JSON Lines file keeps its readable records and says how many it left out', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'ban-tin.jsonl');
  writeFileSync(file, [JSON.stringify({ title: SENTENCE }), JSON.stringify({ title: '…', body: ['\u200b', '!!!'] })].join('\n'));
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([file], store);
  assert.equal(summary.created, 1);
  assert.ok(summary.warnings.some((w) => /1 document\(s\) without readable text left out/.test(w.message)), JSON.stringify(summary.warnings));
});

test('a page declared UTF-7 is read as browsers read it (UTF-8 here), with a warning', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'utf7.html');
  writeFileSync(file, `<html><head><meta charset=utf-7><title>Điện Biên chuyển đổi số</title></head><body><article><h1>Điện Biên chuyển đổi số</h1><p>${SENTENCE}</p></article></body></html>`);
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([file], store);
  assert.equal(summary.created, 1);
  const doc = (await store.listDocuments())[0]!;
  assert.equal(doc.title, 'Điện Biên chuyển đổi số');
  assert.ok(doc.body.includes(SENTENCE));
  assert.ok(summary.warnings.some((w) => w.origin === file && /"utf-7" is not one browsers read; read as utf-8/.test(w.message)));
});

test('a gzip file named .gz is read for what it holds, text or page', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'tin.txt.gz'), gzipSync(`${SENTENCE}\n`));
  writeFileSync(join(dir, 'trang.html.gz'), gzipSync(`<html><head><title>Trang nén</title></head><body><article><h1>Trang nén</h1><p>${SENTENCE}</p></article></body></html>`));
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([dir], store);
  assert.deepEqual([summary.stored, summary.rejected.length], [2, 0], JSON.stringify(summary.rejected));
  const names = (await store.listDocuments()).map((d) => d.source.split('/').at(-1));
  assert.deepEqual(names.sort(), ['tin.txt.gz', 'trang.html.gz']);
});

const api = await startApi();
after(() => api.close());

test('uploads refuse the same junk by file name and store the good file', async () => {
  const boundary = '----radar57junk';
  const files = [...JUNK, { name: 'tot.txt', content: Buffer.from(`${SENTENCE}\n`), reason: /./ }];
  const payload = Buffer.concat([
    ...files.flatMap((f) => [
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
      f.content,
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const res = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  assert.equal(res.statusCode, 200, res.body);
  const summary = res.json();
  assert.equal(summary.stored, 1);
  for (const j of JUNK) {
    const rejected = summary.rejected.find((r: { origin: string }) => r.origin === j.name);
    assert.ok(rejected, `${j.name} is refused`);
    assert.match(rejected.reason, j.reason, j.name);
  }
});
