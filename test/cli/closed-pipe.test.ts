// `radar57 facts | head` ends quietly: the reader closing the pipe is not an error (issue 10, item 19).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SEED_DIR, ledeLines, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

/** More than a pipe holds (64 KiB on Linux), so the command is still writing when `head` has gone. */
const PIPE_BUFFER = 64 * 1024;

test('facts | head -n 1 prints one line and no error, for human and JSON output', (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'pipe.db');
  // The seed stories eight times over, as separate records: facts enough to fill many pipes.
  const records = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((copy) => ledeLines().map((lede, i) => JSON.stringify({ title: `Tin ${copy}.${i}`, lede, url: `https://example.vn/${copy}/${i}` })));
  writeFileSync(join(dir, 'many.jsonl'), `${records.join('\n')}\n`);
  assert.equal(spawnSync(process.execPath, [BIN, '--db', db, 'ingest', SEED_DIR, join(dir, 'many.jsonl')], { cwd: REPO }).status, 0);
  for (const extra of [[], ['--json']]) {
    const args = ['--db', db, 'facts', '--limit', '100000', ...extra];
    const full = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, maxBuffer: 1 << 28 });
    assert.ok(full.stdout.length > 4 * PIPE_BUFFER, `the output (${full.stdout.length} bytes) outgrows the pipe`);
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    // pipefail: the shell's status is the command's, not head's.
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `${quoted} | head -n 1`], { encoding: 'utf8', cwd: REPO });
    assert.equal(r.stderr, '', 'no stack trace');
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.equal(r.status, 0);
  }
});
