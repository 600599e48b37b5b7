// `radar57 compare` as a user runs it, over the seeds (the compiled command: npm run build:cli).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, SEED_DIR, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function radar57(db: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('compare lists the provincial indicators, prints a league table, and refuses bad input', (t) => {
  const db = join(tempDir(t), 'c.db');
  assert.equal(radar57(db, ['ingest', SEED_DIR, '--json']).code, 0);

  const list = radar57(db, ['compare', '--json']);
  assert.equal(list.code, 0, list.stderr);
  assert.ok(JSON.parse(list.stdout).items.some((i: { id: string }) => i.id === 'digital_economy_share'));

  const json = radar57(db, ['compare', 'digital_economy_share', '--today', '2026-11-22', '--period', '2025', '--json']);
  assert.equal(json.code, 0, json.stderr);
  const table = JSON.parse(json.stdout);
  assert.equal(table.rows.length, 34);
  assert.equal(table.period.label.vi, 'Năm 2025');

  const text = radar57(db, ['compare', 'digital_economy_share', '--today', '2026-11-22']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /so sánh 34 tỉnh, thành phố/);
  assert.match(text.stdout, /Hải Phòng .*tỉnh tự đặt/);
  assert.match(text.stdout, /đơn vị có số liệu\./);

  const badPeriod = radar57(db, ['compare', '5g_stations', '--period', '2025-Q5']);
  assert.notEqual(badPeriod.code, 0);
  assert.match(badPeriod.stderr, /kỳ báo cáo không hợp lệ/);
  const national = radar57(db, ['compare', 'egdi_rank']);
  assert.notEqual(national.code, 0);
  assert.match(national.stderr, /không có số liệu theo tỉnh/);
});
