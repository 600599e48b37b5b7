// `--db` takes a PostgreSQL URL; any other URL is a clear error, never a folder named `mysql:`
// holding a new SQLite file (issue 10, item 3).
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

for (const url of ['mysql://localhost/radar57', 'http://localhost/db', 'postgres:radar57', 'sqlite:x.db']) {
  test(`--db ${url} is refused with a clear message and creates nothing`, (t) => {
    const cwd = tempDir(t);
    const r = radar57(cwd, ['--db', url, 'stats']);
    assert.notEqual(r.code, 0);
    assert.ok(r.stderr.includes(url), `the message names the value: ${r.stderr}`);
    assert.match(r.stderr, /not supported/);
    assert.deepEqual(readdirSync(cwd), [], 'no folder or file created');
  });
}

test('RADAR57_DB holding another URL is refused the same way, its password hidden', (t) => {
  const cwd = tempDir(t);
  const r = radar57(cwd, ['stats'], { RADAR57_DB: 'mysql://radar:secret@localhost/radar57' });
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /RADAR57_DB=mysql:\/\/radar:\*\*\*@localhost\/radar57: database URLs \(mysql:\) are not supported/);
  assert.ok(!r.stderr.includes('secret'));
  assert.deepEqual(readdirSync(cwd), []);
});

// A PostgreSQL URL is taken as one: an unreachable server is reported with the location (password
// hidden) and nothing is created on disk. The server is a Unix socket in a folder that does not
// exist, so the connection fails at once, whatever listens on this machine's ports.
for (const [how, args, env] of [
  ['--db', ['--db', 'postgres://radar:secret@localhost/radar57?host=/nonexistent-radar57', 'stats'], {}],
  ['RADAR57_DB', ['stats'], { RADAR57_DB: 'postgresql://radar:secret@localhost/radar57?host=/nonexistent-radar57' }],
] as const) {
  test(`${how} with a PostgreSQL URL connects to it, and says so when it cannot`, (t) => {
    const cwd = tempDir(t);
    const r = radar57(cwd, [...args], env);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /cannot open the PostgreSQL database postgres(ql)?:\/\/radar:\*\*\*@localhost\/radar57/);
    assert.ok(!r.stderr.includes('secret'), r.stderr);
    assert.deepEqual(readdirSync(cwd), []);
  });
}

test('a plain relative path still opens a SQLite file there', (t) => {
  const cwd = tempDir(t);
  const r = radar57(cwd, ['--db', 'data/x.db', 'stats', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(join(cwd, 'data')).filter((n) => n === 'x.db'), ['x.db']);
});
