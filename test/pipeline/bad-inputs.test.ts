// Issue 2 acceptance: bad input gets a clear message naming the file, and never costs the good files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { LEDES_SEED, PAGE_SEED, tempDir } from '../helpers.ts';

/** A real, valid 1×1 PNG, built here so that the test does not depend on a binary fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function ingestOne(t: Parameters<typeof tempDir>[0], name: string, bytes: Buffer | string) {
  const dir = tempDir(t);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const store = await openStore(':memory:');
  const summary = await ingestPaths([path], store);
  const count = await store.countDocuments();
  await store.close();
  return { path, summary, count };
}

function assertRejected(r: Awaited<ReturnType<typeof ingestOne>>, reason: RegExp) {
  assert.equal(r.count, 0);
  assert.equal(r.summary.stored, 0);
  assert.equal(r.summary.rejected.length, 1);
  assert.equal(r.summary.rejected[0]!.origin, r.path);
  assert.match(r.summary.rejected[0]!.reason, reason);
}

test('a PNG is rejected as binary', async (t) => {
  assertRejected(await ingestOne(t, 'photo.txt', tinyPng()), /binary|PNG|image/i);
});

test('an empty file is rejected as empty', async (t) => {
  assertRejected(await ingestOne(t, 'empty.txt', ''), /empty/i);
  assertRejected(await ingestOne(t, 'blank.txt', '\uFEFF \n\n  \n'), /empty/i);
});

test('a 50 MB single-line file is rejected quickly with the reason', async (t) => {
  const line = 'chuyển đổi số '.repeat(Math.ceil(50e6 / 'chuyển đổi số '.length / 1.2));
  const started = Date.now();
  const r = await ingestOne(t, 'one-line.txt', line);
  assertRejected(r, /line/i);
  // Not a timing assertion of performance, a guard against catastrophic regex backtracking.
  assert.ok(Date.now() - started < 60_000);
});

test('invalid UTF-8 is rejected with a clear reason', async (t) => {
  // Mostly ASCII text with broken multi-byte sequences that no legacy Vietnamese encoding explains.
  const bytes = Buffer.concat([Buffer.from('Tin tuc ngay hom nay '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(' ket thuc\n')]);
  assertRejected(await ingestOne(t, 'broken.txt', bytes), /UTF-8|encoding|decode/i);
});

test('one bad file in a directory is reported and the good files are stored', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'sub'));
  copyFileSync(LEDES_SEED, join(dir, 'ledes.txt'));
  copyFileSync(PAGE_SEED, join(dir, 'sub', 'page.txt'));
  writeFileSync(join(dir, 'sub', 'image.txt'), tinyPng());
  const store = await openStore(':memory:');
  const summary = await ingestPaths([dir], store);
  assert.equal(summary.files, 3);
  assert.equal(summary.stored, 2);
  assert.equal(summary.rejected.length, 1);
  assert.equal(summary.rejected[0]!.origin, join(dir, 'sub', 'image.txt'));
  assert.ok(await store.countDocuments() > 30);
  await store.close();
});

test('a missing path is reported, not thrown', async () => {
  const store = await openStore(':memory:');
  const summary = await ingestPaths(['/nonexistent/radar57/file.txt'], store);
  assert.equal(summary.rejected.length, 1);
  assert.match(summary.rejected[0]!.reason, /no such file/);
  await store.close();
});
