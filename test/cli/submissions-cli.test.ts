// `radar57 submissions` and `radar57 submission show|accept|reject|explain` (the compiled command).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { openStore } from '../../src/store/index.ts';

const BIN = join(REPO, 'bin', 'radar57.js');
const radar57 = (db: string, args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, '--db', db, '--by', 'bientap', ...args], { encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('an editor lists submissions and decides on them from the command line', async (t) => {
  const db = join(tempDir(t), 'c.db');
  const store = await openStore(db);
  const s = await store.submissions.create({ indicator: '5g_stations', scope: 'province:Điện Biên', agency: 'dien-bien', period: '2025-Q3', asOf: '2025-09-30', value: 120 }, 'dienbien');
  await store.close();

  const list = radar57(db, ['submissions', '--status', 'cho_duyet', '--json']);
  assert.equal(list.code, 0, list.stderr);
  assert.deepEqual(JSON.parse(list.stdout).items.map((x: { id: number }) => x.id), [s.id]);
  assert.match(radar57(db, ['submissions']).stdout, /chờ duyệt/);

  const noReason = radar57(db, ['submission', 'reject', String(s.id)]);
  assert.notEqual(noReason.code, 0);
  assert.match(noReason.stderr, /lý do/);
  const rejected = radar57(db, ['submission', 'reject', String(s.id), '--reason', 'Thiếu nguồn']);
  assert.equal(rejected.code, 0, rejected.stderr);
  assert.match(rejected.stdout, /từ chối.*\n.*lý do: Thiếu nguồn/);
  const shown = JSON.parse(radar57(db, ['submission', 'show', String(s.id), '--json']).stdout);
  assert.deepEqual([shown.status, shown.decidedBy], ['tu_choi', 'bientap']);
  assert.notEqual(radar57(db, ['submission', 'accept', String(s.id)]).code, 0, 'a rejected figure is not accepted until resubmitted');
  assert.notEqual(radar57(db, ['submissions', '--status', 'xong']).code, 0);
});
