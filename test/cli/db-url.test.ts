// `--db postgres://…` is a clear error until the PostgreSQL backend lands, never a folder named
// `postgres:` holding a new SQLite file (issue 10, item 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function radar57(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, env: { ...process.env, RADAR57_DB: undefined, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

for (const url of ['postgres://radar:secret@db.example/radar57', 'postgresql://localhost/radar57', 'mysql://localhost/radar57', 'http://localhost/db', 'postgres:radar57']) {
  test(`--db ${url} is refused with a clear message and creates nothing`, (t) => {
    const cwd = tempDir(t);
    const r = radar57(cwd, ['--db', url, 'stats']);
    assert.notEqual(r.code, 0);
    assert.ok(r.stderr.includes(url), `the message names the value: ${r.stderr}`);
    assert.match(r.stderr, /not supported/);
    assert.deepEqual(readdirSync(cwd), [], 'no folder or file created');
  });
}

test('RADAR57_DB holding a URL is refused the same way', (t) => {
  const cwd = tempDir(t);
  const r = radar57(cwd, ['stats'], { RADAR57_DB: 'postgres://localhost/radar57' });
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /RADAR57_DB=postgres:\/\/localhost\/radar57: database URLs \(postgres:\) are not supported/);
  assert.deepEqual(readdirSync(cwd), []);
});

test('a plain relative path still opens a SQLite file there', (t) => {
  const cwd = tempDir(t);
  const r = radar57(cwd, ['--db', 'data/x.db', 'stats', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(join(cwd, 'data')).filter((n) => n === 'x.db'), ['x.db']);
});
