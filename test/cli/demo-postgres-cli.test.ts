// `RADAR57_DB=postgres://… radar57 demo`: the demo fills the PostgreSQL database it is given (a team
// server's trial), and refuses one that already holds documents, writing nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { postgresBackend } from '../store/backends.ts';
import { openStore } from '../../src/store/index.ts';
import { pageFile } from '../store/fixtures.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function demo(dir: string, database: string) {
  const r = spawnSync(process.execPath, [BIN, 'demo', '--data', dir, '--no-serve', '--json'], { encoding: 'utf8', cwd: REPO, env: { ...process.env, RADAR57_DB: database } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the demo on PostgreSQL: its documents go to the database given; a second run is refused, nothing changed', { skip: postgresBackend.skip }, async (t) => {
  const url = await postgresBackend.fresh();
  const first = demo(tempDir(t), url);
  assert.equal(first.code, 0, first.stderr);
  const summary = JSON.parse(first.stdout) as { database: string; stats: { documents: number } };
  assert.match(summary.database, /^postgres(ql)?:\/\//);
  const store = await openStore(url);
  t.after(() => store.close());
  assert.equal(await store.countDocuments(), summary.stats.documents);
  assert.ok(summary.stats.documents > 0);
  const again = demo(tempDir(t), url);
  assert.notEqual(again.code, 0);
  assert.match(again.stderr, /already holds \d+ documents/);
  assert.equal(await store.countDocuments(), summary.stats.documents);
});

test('the demo refuses a PostgreSQL database holding documents, and writes nothing', { skip: postgresBackend.skip }, async (t) => {
  const url = await postgresBackend.fresh();
  const store = await openStore(url);
  t.after(() => store.close());
  await store.saveFile(pageFile());
  const before = await store.countDocuments();
  const run = demo(tempDir(t), url);
  assert.notEqual(run.code, 0);
  assert.match(run.stderr, /already holds \d+ documents/);
  assert.equal(await store.countDocuments(), before);
});
