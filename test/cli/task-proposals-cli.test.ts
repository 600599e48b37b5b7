// The task review queues as an editor uses them: a real process and database file. An assigning
// text is ingested (its task shows as a fact and as a proposal), accepted; a decree is ingested
// (a proposed completion), confirmed; `task show` gives the assigning sentence and the evidence;
// the audit log has every step with its actor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');
const FIXTURES = join(REPO, 'test', 'fixtures', 'tasks');

test('ingest → tasks proposed → accept → ingest the decree → completions → confirm → task show, all audited', (t) => {
  const db = join(tempDir(t), 'proposals.db');
  const radar57 = (args: string[], user = 'bien-tap-vien') => {
    const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', cwd: REPO, env: { ...process.env, RADAR57_USER: user } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const json = (args: string[]) => {
    const r = radar57([...args, '--json']);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };

  assert.equal(radar57(['ingest', join(FIXTURES, 'assigning-nq-12.txt')], 'nhap-lieu').code, 0);
  const facts = json(['facts', '--kind', 'task']);
  assert.equal(facts.count, 1);
  assert.equal(facts.mentions[0].lead.agencyId, 'bo-khcn');

  const proposed = json(['tasks', 'proposed']);
  assert.equal(proposed.count, 1);
  const key = proposed.proposals[0].key;
  assert.equal(json(['tasks']).count, 0, 'nothing enters the register unreviewed');

  const accepted = radar57(['tasks', 'accept', key, '--level', 'central', '--group', 'Thể chế']);
  assert.equal(accepted.code, 0, accepted.stderr);
  assert.match(accepted.stdout, /Đã nhận đề xuất .* thành nhiệm vụ D1\.b0\.0/u);
  const again = radar57(['tasks', 'reject', key]);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /đã được xử lý/u);

  assert.equal(radar57(['ingest', join(FIXTURES, 'fulfilling-nd-88.txt')], 'nhap-lieu').code, 0);
  const completions = json(['tasks', 'completions']);
  assert.equal(completions.count, 1);
  assert.equal(completions.completions[0].legalId, '88/2026/NĐ-CP');
  const confirmed = radar57(['tasks', 'completion', completions.completions[0].key, '--confirm', '--today', '2026-09-15']);
  assert.equal(confirmed.code, 0, confirmed.stderr);

  const shown = json(['task', 'show', 'D1.b0.0', '--today', '2026-09-15']);
  assert.equal(shown.progress.timeliness, 'dung_han');
  assert.deepEqual([shown.level, shown.group, shown.product], ['central', 'Thể chế', 'nghi_dinh']);
  assert.match(shown.provenance.sentence, /^Giao Bộ Khoa học và Công nghệ chủ trì/u);
  assert.equal(shown.completions[0].status, 'confirmed');
  const listed = json(['tasks', '--today', '2026-09-15']).tasks[0];
  assert.deepEqual([listed.key, listed.level, listed.product, listed.provenance.documentId], ['D1.b0.0', 'central', 'nghi_dinh', 1]);
  const text = radar57(['task', 'show', 'D1.b0.0', '--today', '2026-09-15']);
  assert.match(text.stdout, /Câu giao nhiệm vụ .*\n {2}“Giao Bộ Khoa học và Công nghệ/u);
  assert.match(text.stdout, /Minh chứng hoàn thành:\n {2}\[confirmed\] 88\/2026\/NĐ-CP/u);

  const audit = json(['audit', '--limit', '50']).entries as { action: string; actor: string }[];
  const steps = audit.reverse().filter((e) => e.action.startsWith('task')).map((e) => `${e.action} ${e.actor}`);
  assert.deepEqual(steps, [
    'task.propose nhap-lieu',
    'task.add bien-tap-vien',
    'task.proposal.accept bien-tap-vien',
    'task.completion.propose nhap-lieu',
    'task.update bien-tap-vien',
    'task.completion.confirm bien-tap-vien',
  ]);
});
