// Issue 14: ingest walks its input batch by batch instead of holding the whole listing. The files
// are read in the listing's order, the progress total is the count of the walk, and the paths that
// cannot be listed are rejected first, as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { readInput } from '../../src/pipeline/read-input.ts';
import { countInputFiles, listInputFiles } from '../../src/sources/files.ts';
import { tempDir } from '../helpers.ts';

const article = (i: number) => `Tin số ${i} về chuyển đổi số\n\nTỉnh Điện Biên triển khai Nghị quyết 57-NQ/TW, đợt ${i}, với ${i + 3} dịch vụ công trực tuyến mới.\n`;

test('ingest streams the walk in batches: listing order, total from the count, problems first', async (t) => {
  const dir = tempDir(t);
  const input = join(dir, 'in');
  for (const [i, path] of ['a.txt', 'b/c.txt', 'b/d/e.txt', 'b/f.txt', 'g.txt', 'h/i.txt', '.hidden.txt'].entries()) {
    mkdirSync(join(input, path, '..'), { recursive: true });
    writeFileSync(join(input, path), article(i));
  }
  writeFileSync(join(dir, 'outside.txt'), article(99));
  writeFileSync(join(input, 'b', 'empty.txt'), '');
  linkSync(join(input, 'a.txt'), join(input, 'h', 'hard.txt'));
  symlinkSync(join(dir, 'outside.txt'), join(input, 'o1.txt'));
  symlinkSync(join(dir, 'outside.txt'), join(input, 'b', 'o2.txt'));
  symlinkSync('..', join(input, 'h', 'up'));
  symlinkSync('missing.txt', join(input, 'broken.txt'));
  const paths = [join(dir, 'nope.txt'), input, join(input, 'g.txt')];
  const listing = listInputFiles(paths);
  assert.deepEqual(listing.files, ['a.txt', 'b/c.txt', 'b/d/e.txt', 'b/empty.txt', 'b/f.txt', 'b/o2.txt', 'g.txt', 'h/i.txt'].map((f) => join(input, f)));
  assert.deepEqual(countInputFiles(paths), { files: listing.files.length, problems: listing.problems });

  const store = await openStore(':memory:');
  t.after(() => store.close());
  const read: string[] = [];
  const progress: [number, number, string][] = [];
  const summary = await ingestPaths(paths, store, {
    reader: (file, options) => (read.push(file.origin), readInput(file, options)),
    batchFiles: 2,
    onFileDone: (done, total, origin) => progress.push([done, total, origin]),
  });
  assert.deepEqual(read, listing.files);
  assert.deepEqual(progress, listing.files.map((origin, i) => [i + 1, listing.files.length, origin]));
  assert.equal(summary.files, listing.files.length);
  assert.deepEqual(summary.rejected.map((r) => r.origin), [join(dir, 'nope.txt'), join(input, 'broken.txt'), join(input, 'b', 'empty.txt')]);
  assert.deepEqual(summary.rejected.slice(0, 2), listing.problems);
  assert.equal(summary.stored, listing.files.length - 1);
  assert.equal(await store.countDocuments(), listing.files.length - 1);
});
