// The programme commands as a user runs them: check, status, observations, review, audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, SEED_DIR, tempDir } from '../helpers.ts';
import { BUILTIN_PACK_DIR } from '../../src/programme/load.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function radar57(db: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', cwd: REPO, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(db: string, args: string[], env: Record<string, string> = {}) {
  const r = radar57(db, [...args, '--json'], env);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('programme check: the built-in pack passes; a broken one fails naming file, line and field', (t) => {
  const dir = tempDir(t);
  const ok = radar57(join(dir, 'x.db'), ['programme', 'check']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /hợp lệ.*\n.*34 tỉnh\/thành \(63 tỉnh cũ\)/);

  const broken = join(dir, 'pack');
  cpSync(BUILTIN_PACK_DIR, broken, { recursive: true });
  const targets = readFileSync(join(broken, 'targets.yaml'), 'utf8');
  writeFileSync(join(broken, 'targets.yaml'), targets.replace("deadline: '2025-12-31'", "deadline: 'cuối năm'"));
  const bad = radar57(join(dir, 'x.db'), ['programme', 'check', broken]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /targets\.yaml:\d+: targets\[\d+\]\.deadline: expected an ISO date/);
  const asJson = radar57(join(dir, 'x.db'), ['programme', 'check', broken, '--json']);
  assert.equal(asJson.code, 1);
  assert.equal(JSON.parse(asJson.stdout).valid, false);
});

test('ingest links the seeds; status, observations, review and audit work end to end', (t) => {
  const db = join(tempDir(t), 'p.db');
  const ingest = json(db, ['ingest', SEED_DIR]);
  assert.ok(ingest.programme.observations >= 9, JSON.stringify(ingest.programme));

  const status = json(db, ['programme', 'status', '--today', '2026-11-22']);
  const coverage = status.targets.find((a: { target: { id: string } }) => a.target.id === '5g_population_coverage_2025');
  assert.equal(coverage.status, 'achieved');
  assert.ok(status.conflicts.some((c: { scope: string }) => c.scope === 'agency:viettel'));

  const table = radar57(db, ['programme', 'status', '--today', '2026-11-22']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /5G phủ sóng 90% dân số[^\n]*\n[^\n]*~90 % \(31\/12\/2025\)[^\n]*ĐÃ ĐẠT[^\n]*\n\s+chuỗi số liệu: 26 % → 39,52 % → ~90 %/);
  assert.match(table.stdout, /⚠ 5g_new_stations_operator \[agency:viettel\]: 20\.758 trạm .* ≠ 22\.758 trạm/);

  const stations = json(db, ['observations', '5g_stations']);
  const extracted = stations.observations.find((o: { origin: string }) => o.origin === 'extracted');
  assert.equal(extracted.value, 12106);
  assert.match(extracted.sentence, /12\.106 trạm 5G/);
  const listing = radar57(db, ['observations', '5g_stations']);
  assert.match(listing.stdout, /02\/07\/2025\s+12\.106 trạm/);
  assert.match(radar57(db, ['observations', '5g_statons']).stderr, /unknown indicator "5g_statons"; did you mean/);

  const reviewed = json(db, ['--by', 'chuyên viên A', 'review', 'observation', extracted.key, '--correct', 'value=12.160', '--note', 'test']);
  assert.equal(reviewed.correction.value, 12160);
  const after = json(db, ['observations', '5g_stations']).observations.find((o: { key: string }) => o.key === extracted.key);
  assert.equal(after.value, 12160);
  assert.equal(after.review.original.value, 12106);
  assert.notEqual(radar57(db, ['review', 'observation', extracted.key, '--confirm', '--reject']).code, 0);

  const audit = json(db, ['audit', '--target', 'observation:']);
  assert.equal(audit.entries[0].actor, 'chuyên viên A');
  assert.equal(audit.entries[0].action, 'review.correct');
  const loads = json(db, ['audit', '--target', 'programme:']);
  assert.equal(loads.count, 1, 'an unchanged pack is loaded once');
});
