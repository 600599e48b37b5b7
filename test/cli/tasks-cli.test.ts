// The task commands as a user runs them: a real process, a real database file, a small programme
// pack in a temporary folder. add → update → tasks --overdue → task show; CSV import with bad rows;
// the scorecard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

function writePack(dir: string): string {
  const pack = join(dir, 'pack');
  mkdirSync(pack);
  writeFileSync(
    join(pack, 'programme.yaml'),
    'programme:\n  id: nq57\n  name: { vi: Nghị quyết 57-NQ/TW }\n  adoptedBy: { document: 57-NQ/TW, date: 2024-12-22 }\n  pillars:\n    - { id: khcn, name: { vi: Khoa học và công nghệ } }\n',
  );
  writeFileSync(
    join(pack, 'agencies.yaml'),
    [
      'agencies:',
      '  - { id: bo-khcn, name: Bộ Khoa học và Công nghệ, kind: ministry }',
      '  - { id: bo-tc, name: Bộ Tài chính, kind: ministry }',
      '  - id: bo-vhttdl',
      '    name: "Bộ Văn hóa, Thể thao và Du lịch"',
      '    kind: ministry',
      '',
    ].join('\n'),
  );
  writeFileSync(join(pack, 'provinces.yaml'), 'provinces:\n  - { id: ha-noi, name: Hà Nội, kind: province }\n');
  return pack;
}

function setup(t: { after: (fn: () => void) => void }) {
  const dir = tempDir(t);
  const db = join(dir, 'tasks.db');
  const pack = writePack(dir);
  const radar57 = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = spawnSync(process.execPath, [BIN, '--db', db, '--programme', pack, ...args], {
      encoding: 'utf8',
      cwd: REPO,
      env: { ...process.env, RADAR57_USER: 'tester', ...env },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const json = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const r = radar57([...args, '--json'], env);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  return { dir, radar57, json };
}

test('add → update → tasks --overdue --json → task show', (t) => {
  const { radar57, json } = setup(t);
  const added = radar57([
    'task', 'add', '--key', 'NV-01', '--title', 'Xây dựng cơ sở dữ liệu quốc gia về khoa học', '--document', '03-TB/BCĐTW',
    '--agency', 'bo khoa hoc va cong nghe', '--co-agency', 'Bộ Văn hóa, Thể thao và Du lịch', '--co-agency', 'bo-tc',
    '--deadline', '30/06/2025', '--status', 'đang thực hiện', '--at', '01/05/2025', '--evidence', 'CV 123/BKHCN',
  ]);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /Đã thêm nhiệm vụ NV-01/);
  assert.match(added.stdout, /Bộ Khoa học và Công nghệ; hạn: 30\/06\/2025/);

  const second = json(['task', 'add', '--key', 'NV-02', '--title', 'Ban hành nghị định', '--document', '03-TB/BCĐTW', '--agency', 'Bộ Tài chính', '--deadline', '2025-07-15']);
  assert.deepEqual(second.history, []);
  json(['task', 'add', '--key', 'NV-03', '--title', 'Thí điểm', '--document', '57-NQ/TW', '--agency', 'ha-noi', '--deadline', '12/2025', '--status', 'dang_thuc_hien', '--at', '2025-07-01']);

  const updated = radar57(['task', 'update', 'NV-01', '--status', 'hoan thanh', '--at', '2025-07-03', '--evidence', 'https://example.vn/bc', '--note', 'xong'], { RADAR57_USER: 'minh' });
  assert.equal(updated.code, 0, updated.stderr);
  assert.match(updated.stdout, /đang thực hiện → hoàn thành \(ngày 03\/07\/2025; người ghi: minh\)/);

  // NV-01 was finished late (not open any more), NV-02 is open past its deadline, NV-03 is in time.
  const overdue = json(['tasks', '--overdue', '--today', '2025-08-01']);
  assert.equal(overdue.count, 1);
  assert.deepEqual(
    [overdue.tasks[0].key, overdue.tasks[0].label, overdue.tasks[0].daysOverdue, overdue.tasks[0].agencyName],
    ['NV-02', 'chưa thực hiện quá hạn', 17, 'Bộ Tài chính'],
  );

  const all = json(['tasks', '--today', '2025-08-01']);
  assert.deepEqual(
    all.tasks.map((x: { key: string; label: string }) => [x.key, x.label]),
    [
      ['NV-02', 'chưa thực hiện quá hạn'],
      ['NV-01', 'hoàn thành quá hạn'],
      ['NV-03', 'đang thực hiện trong hạn'],
    ],
    'overdue first, then by deadline',
  );
  assert.deepEqual(json(['tasks', '--agency', 'Ha Noi', '--today', '2025-08-01']).tasks.map((x: { key: string }) => x.key), ['NV-03']);
  assert.deepEqual(json(['tasks', '--status', 'hoàn thành', '--today', '2025-08-01']).tasks.map((x: { key: string }) => x.key), ['NV-01']);
  assert.deepEqual(json(['tasks', '--due-soon', '--today', '2025-12-20']).tasks.map((x: { key: string }) => x.key), ['NV-03']);
  assert.equal(json(['tasks', '--due-soon', '5', '--today', '2025-12-20']).count, 0);

  const table = radar57(['tasks', '--today', '2025-08-01']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^Mã\s+Nhiệm vụ\s+Cơ quan chủ trì\s+Hạn\s+Trạng thái\s+Tiến độ/);
  assert.match(table.stdout, /NV-02\s+Ban hành nghị định\s+Bộ Tài chính\s+15\/07\/2025\s+chưa thực hiện\s+chưa thực hiện quá hạn \(17 ngày\)/);

  const shown = json(['task', 'show', 'NV-01', '--today', '2025-08-01']);
  assert.deepEqual(shown.coAgencies, ['bo-vhttdl', 'bo-tc']);
  assert.deepEqual(
    shown.history.map((e: { status: string; at: string; actor: string; evidence: string | null; note: string | null }) => [e.status, e.at, e.actor, e.evidence, e.note]),
    [
      ['dang_thuc_hien', '2025-05-01', 'tester', 'CV 123/BKHCN', null],
      ['hoan_thanh', '2025-07-03', 'minh', 'https://example.vn/bc', 'xong'],
    ],
  );
  assert.equal(shown.progress.label, 'hoàn thành quá hạn');
  assert.equal(shown.progress.completedAt, '2025-07-03');
  const text = radar57(['task', 'show', 'NV-01', '--today', '2025-08-01']);
  assert.match(text.stdout, /Cơ quan phối hợp: Bộ Văn hóa, Thể thao và Du lịch; Bộ Tài chính/);
  assert.match(text.stdout, /03\/07\/2025 {2}hoàn thành — minh; minh chứng: https:\/\/example\.vn\/bc; ghi chú: xong/);
});

test('refused changes exit non-zero with the reason', (t) => {
  const { radar57 } = setup(t);
  const base = ['task', 'add', '--key', 'NV-01', '--title', 'A', '--document', 'D', '--deadline', '2025-12-31'];
  assert.equal(radar57([...base, '--agency', 'bo-tc', '--status', 'dang thuc hien', '--at', '2025-06-01']).code, 0);

  const unknownAgency = radar57([...base.map((a) => (a === 'NV-01' ? 'NV-02' : a)), '--agency', 'Bộ Ngoại giao']);
  assert.notEqual(unknownAgency.code, 0);
  assert.match(unknownAgency.stderr, /--agency: không có cơ quan “Bộ Ngoại giao”/);

  const duplicate = radar57([...base, '--agency', 'bo-tc']);
  assert.notEqual(duplicate.code, 0);
  assert.match(duplicate.stderr, /NV-01.*đã có/);

  const backDated = radar57(['task', 'update', 'NV-01', '--status', 'hoàn thành', '--at', '2025-05-01']);
  assert.notEqual(backDated.code, 0);
  assert.match(backDated.stderr, /trước lần cập nhật gần nhất/);

  const badStatus = radar57(['task', 'update', 'NV-01', '--status', 'xong']);
  assert.notEqual(badStatus.code, 0);
  assert.match(badStatus.stderr, /status must be one of/);

  const missing = radar57(['task', 'show', 'NV-99']);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /không có nhiệm vụ “NV-99”/);
});

test('task import keeps the good rows, lists the bad ones by line, and is audited', (t) => {
  const { dir, radar57, json } = setup(t);
  const csv = join(dir, 'tasks.csv');
  writeFileSync(
    csv,
    '\uFEFFMã,Nhiệm vụ,Văn bản,Cơ quan chủ trì,Cơ quan phối hợp,Hạn,Trạng thái,Ngày cập nhật,Minh chứng,Ghi chú\n' +
      'NV-10,Số hóa hồ sơ,03-TB/BCĐTW,Bộ Tài chính,bo-khcn,30/09/2025,đang thực hiện,01/07/2025,,\n' +
      'NV-11,Sai hạn,03-TB/BCĐTW,bo-tc,,31/09/2025,đang thực hiện,,,\n' +
      'NV-12,Nền tảng dữ liệu,03-TB/BCĐTW,Ha Noi,,2025-06-30,hoàn thành,2025-06-25,QĐ 1/QĐ-UBND,\n',
  );
  const first = radar57(['task', 'import', csv]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /thêm mới 2, cập nhật 0, không đổi 0, bị loại 1/);
  assert.match(first.stdout, /dòng 3: cột Hạn: hạn “31\/09\/2025” không phải ngày hợp lệ/);

  const stored = json(['tasks', '--today', '2025-08-01']);
  assert.deepEqual(
    stored.tasks.map((x: { key: string; label: string }) => [x.key, x.label]),
    [
      ['NV-12', 'hoàn thành đúng hạn'],
      ['NV-10', 'đang thực hiện trong hạn'],
    ],
  );
  assert.equal(json(['task', 'show', 'NV-10']).history[0].actor, 'tester');

  writeFileSync(csv, 'key,title,document,agency,co_agencies,deadline,status,status_date,evidence,note\nNV-10,Số hóa hồ sơ,03-TB/BCĐTW,bo-tc,bo-khcn,2025-09-30,hoàn thành,2025-07-30,BC 7/BTC,\n');
  const again = json(['task', 'import', csv]);
  assert.deepEqual([again.added, again.updated, again.unchanged, again.rejected], [0, 1, 0, []]);
  assert.equal(json(['task', 'show', 'NV-10', '--today', '2025-08-01']).progress.label, 'hoàn thành đúng hạn');
});

test('task import exits 1 when every row is bad', (t) => {
  const { dir, radar57 } = setup(t);
  const csv = join(dir, 'bad.csv');
  writeFileSync(csv, 'ma,nhiem_vu,van_ban,co_quan_chu_tri,han,trang_thai\nNV-1,,03-TB/BCĐTW,bo-tc,2025-12-31,xong\nNV-2,B,03-TB/BCĐTW,bo-tc\n');
  const r = radar57(['task', 'import', csv, '--json']);
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.added, 0);
  assert.deepEqual(
    out.rejected.map((e: { line: number; column: string | null }) => [e.line, e.column]),
    [
      [2, 'nhiem_vu'],
      [2, 'trang_thai'],
      [3, null],
    ],
  );
});

test('scorecard ranks the responsible agencies and lists supporting ones unscored', (t) => {
  const { radar57, json } = setup(t);
  const add = (key: string, agency: string, deadline: string, extra: string[] = []) =>
    assert.equal(radar57(['task', 'add', '--key', key, '--title', key, '--document', 'D', '--agency', agency, '--deadline', deadline, ...extra]).code, 0);
  add('T1', 'bo-tc', '2025-06-30', ['--status', 'hoàn thành', '--at', '2025-06-10', '--co-agency', 'bo-vhttdl']);
  add('T2', 'bo-khcn', '2025-06-30');
  add('T3', 'bo-khcn', '2025-12-31', ['--status', 'đang thực hiện', '--at', '2025-07-20']);
  const card = json(['scorecard', '--today', '2025-08-01']);
  assert.deepEqual(
    card.agencies.map((c: { agency: string; rank: number | null; shareOnTime: number | null; overdue: number; latestActivity: string | null; coTasks: number }) => [c.agency, c.rank, c.shareOnTime, c.overdue, c.latestActivity, c.coTasks]),
    [
      ['bo-tc', 1, 1, 0, '2025-06-10', 0],
      ['bo-khcn', 2, 0.5, 1, '2025-07-20', 0],
      ['bo-vhttdl', null, null, 0, null, 1],
    ],
  );
  const text = radar57(['scorecard', '--today', '2025-08-01']);
  assert.match(text.stdout, /1\s+Bộ Tài chính\s+1\s+1\s+1\s+0\s+0\s+0\s+100,0%/);
  assert.match(text.stdout, /Chỉ phối hợp \(không chấm điểm\):\n {2}Bộ Văn hóa, Thể thao và Du lịch: phối hợp 1 nhiệm vụ/);
});
