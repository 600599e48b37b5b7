// `radar57 demo --data DIR` never deletes what Radar 57 did not create (issue 10, item 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function demo(dir: string) {
  const r = spawnSync(process.execPath, [BIN, 'demo', '--data', dir, '--no-serve', '--json'], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('demo --data on a folder holding a user file refuses by name and leaves the file untouched', (t) => {
  const dir = join(tempDir(t), 'checkout');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'notes.txt'), 'my notes');
  writeFileSync(join(dir, 'src', 'main.ts'), 'code');
  const r = demo(dir);
  assert.notEqual(r.code, 0);
  assert.ok(r.stderr.includes(dir), `the message names the folder: ${r.stderr}`);
  assert.match(r.stderr, /not empty/);
  assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'my notes');
  assert.equal(readFileSync(join(dir, 'src', 'main.ts'), 'utf8'), 'code');
  assert.deepEqual(readdirSync(dir).sort(), ['notes.txt', 'src'], 'nothing added either');
});

test('demo --data on a file refuses it', (t) => {
  const file = join(tempDir(t), 'data.txt');
  writeFileSync(file, 'keep');
  const r = demo(file);
  assert.notEqual(r.code, 0);
  assert.ok(r.stderr.includes(file), r.stderr);
  assert.equal(readFileSync(file, 'utf8'), 'keep');
});

test('a demo folder is marked, and a second run replaces its data but keeps a file the user put there', (t) => {
  const dir = join(tempDir(t), 'demo');
  const first = demo(dir);
  assert.equal(first.code, 0, first.stderr);
  assert.ok(existsSync(join(dir, '.radar57-demo')), 'the folder carries the marker');
  const created = JSON.parse(first.stdout).summary.created as number;
  assert.ok(created > 0);
  writeFileSync(join(dir, 'mine.txt'), 'mine');
  const second = demo(dir);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(JSON.parse(second.stdout).summary.created, created, 'fresh data: every document created again');
  assert.equal(readFileSync(join(dir, 'mine.txt'), 'utf8'), 'mine');
});
