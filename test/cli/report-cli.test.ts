// `radar57 report` as a user runs it: it writes the file it is asked for and never replaces one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';

const MAIN = join(REPO, 'src', 'serve', 'cli', 'main.ts');

function radar57(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { encoding: 'utf8', cwd: REPO, env: { ...process.env, RADAR57_DB: join(cwd, 'r.db') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('report refuses to overwrite an existing file unless --force, and refuses a bad period or scope', (t) => {
  const dir = tempDir(t);
  const out = join(dir, 'bao-cao.html');
  writeFileSync(out, 'a file of the user');
  const refused = radar57(['report', '--period', '2025-H1', '--format', 'html', '--out', out, '--today', '2026-11-22'], dir);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, /exists/);
  assert.equal(readFileSync(out, 'utf8'), 'a file of the user');

  const forced = radar57(['report', '--period', '2025-H1', '--format', 'html', '--out', out, '--force', '--today', '2026-11-22', '--json'], dir);
  assert.equal(forced.code, 0, forced.stderr);
  assert.equal(JSON.parse(forced.stdout).period, '2025-H1');
  assert.match(readFileSync(out, 'utf8'), /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);

  const fresh = join(dir, 'moi.html');
  const made = radar57(['report', '--period', '2025-Q2', '--scope', 'province:Điện Biên', '--format', 'html', '--out', fresh, '--today', '2026-11-22'], dir);
  assert.equal(made.code, 0, made.stderr);
  assert.match(readFileSync(fresh, 'utf8'), /quý II năm 2025 \(tỉnh Điện Biên\)/);

  const badPeriod = radar57(['report', '--period', '2025-Q5', '--format', 'html', '--out', join(dir, 'x.html')], dir);
  assert.notEqual(badPeriod.code, 0);
  assert.match(badPeriod.stderr, /2025-Q5/);
  const badScope = radar57(['report', '--period', '2025', '--scope', 'province:Atlantis', '--format', 'html', '--out', join(dir, 'y.html')], dir);
  assert.equal(badScope.code, 2);
  assert.equal(existsSync(join(dir, 'y.html')), false);
});
