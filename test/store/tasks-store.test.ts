// The task store: adding, updating (append-only history), refusals that write nothing, CSV-row and
// pack imports, and the audit entry every change leaves with its before and after.
import { backendStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/types.ts';
import { TaskError, TASK_IMPORT_TARGET, type NewTask } from '../../src/store/tracking/tasks.ts';
import type { TaskImportRow } from '../../src/track/tasks/csv-import.ts';
import type { PackTask } from '../../src/programme/schema.ts';

/** A store whose clock reads 1 August 2025, 07:00 in Vietnam, advancing a second per reading. */
async function fixedStore(t: { after: (fn: () => unknown) => void }): Promise<Store> {
  let tick = 0;
  const clock = () => new Date(Date.parse('2025-08-01T00:00:00.000Z') + 1000 * tick++).toISOString();
  const { store } = await backendStore({ now: clock });
  t.after(() => store.close());
  return store;
}

const NV01: NewTask = {
  key: 'NV-01',
  title: 'Xây dựng cơ sở dữ liệu quốc gia về khoa học',
  setBy: '03-TB/BCĐTW',
  agency: 'bo-khcn',
  coAgencies: ['bo-tc', 'bo-vhttdl', 'bo-tc'],
  deadline: '2025-06-30',
  status: { status: 'dang_thuc_hien', at: '2025-05-01', evidence: 'CV 123/BKHCN', note: '' },
};

async function rejects(fn: () => Promise<unknown>, code: TaskError['code'], message: RegExp): Promise<void> {
  await assert.rejects(fn, (e: unknown) => e instanceof TaskError && e.code === code && message.test(e.message));
}

test('add stores the task with its initial status and audits it', async (t) => {
  const store = await fixedStore(t);
  const task = await store.tasks.add(NV01, 'lan');
  assert.equal(task.key, 'NV-01');
  assert.deepEqual(task.coAgencies, ['bo-tc', 'bo-vhttdl'], 'duplicates dropped');
  assert.equal(task.createdBy, 'lan');
  assert.equal(task.history.length, 1);
  assert.deepEqual({ ...task.history[0], recordedAt: undefined }, {
    status: 'dang_thuc_hien',
    at: '2025-05-01',
    actor: 'lan',
    evidence: 'CV 123/BKHCN',
    note: null,
    recordedAt: undefined,
  });
  assert.deepEqual(await store.tasks.get('NV-01'), task);

  const [entry, ...others] = await store.audit.list({ target: 'task:NV-01' });
  assert.equal(others.length, 0);
  assert.equal(entry!.action, 'task.add');
  assert.equal(entry!.actor, 'lan');
  assert.equal(entry!.before, null);
  assert.deepEqual(entry!.after, {
    key: 'NV-01',
    title: NV01.title,
    setBy: '03-TB/BCĐTW',
    agency: 'bo-khcn',
    coAgencies: ['bo-tc', 'bo-vhttdl'],
    deadline: '2025-06-30',
    status: 'dang_thuc_hien',
    statusAt: '2025-05-01',
  });
});

test('a task without a status starts with an empty history', async (t) => {
  const store = await fixedStore(t);
  const task = await store.tasks.add({ ...NV01, status: undefined }, 'lan');
  assert.deepEqual(task.history, []);
});

test('a duplicate key is refused and nothing is written', async (t) => {
  const store = await fixedStore(t);
  await store.tasks.add(NV01, 'lan');
  await rejects(() => store.tasks.add({ ...NV01, title: 'khác' }, 'minh'), 'duplicate', /NV-01.*đã có/);
  assert.equal((await store.tasks.get('NV-01'))!.title, NV01.title);
  assert.equal((await store.audit.list({ target: 'task:' })).length, 1);
});

test('update appends a status event and never changes the earlier ones', async (t) => {
  const store = await fixedStore(t);
  const first = (await store.tasks.add(NV01, 'lan')).history;
  await store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-06-20', evidence: 'QĐ 45/QĐ-BKHCN' }, 'minh');
  const reopened = await store.tasks.update('NV-01', { status: 'dang_thuc_hien', at: '2025-07-01', note: 'mở lại: thiếu dữ liệu tỉnh' }, 'lan');
  assert.deepEqual(reopened.history.slice(0, 1), first, 'the first event is as it was, recordedAt included');
  assert.deepEqual(
    reopened.history.map((e) => [e.status, e.at, e.actor, e.evidence, e.note]),
    [
      ['dang_thuc_hien', '2025-05-01', 'lan', 'CV 123/BKHCN', null],
      ['hoan_thanh', '2025-06-20', 'minh', 'QĐ 45/QĐ-BKHCN', null],
      ['dang_thuc_hien', '2025-07-01', 'lan', null, 'mở lại: thiếu dữ liệu tỉnh'],
    ],
  );
  const last = await store.tasks.update('NV-01', { status: 'hoan_thanh' }, 'minh');
  assert.equal(last.history[3]!.at, '2025-08-01', 'no date: today in Vietnam by the store clock');
  assert.deepEqual(last.history.slice(0, 3), reopened.history);
});

test('update is audited with the status before and after', async (t) => {
  const store = await fixedStore(t);
  await store.tasks.add(NV01, 'lan');
  await store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-06-20', evidence: 'QĐ 45/QĐ-BKHCN', note: 'đúng hạn' }, 'minh');
  const [update, add] = await store.audit.list({ target: 'task:NV-01' });
  assert.equal(add!.action, 'task.add');
  assert.equal(update!.action, 'task.update');
  assert.equal(update!.actor, 'minh');
  assert.deepEqual(update!.before, { status: 'dang_thuc_hien', at: '2025-05-01', evidence: 'CV 123/BKHCN', note: null });
  assert.deepEqual(update!.after, { status: 'hoan_thanh', at: '2025-06-20', evidence: 'QĐ 45/QĐ-BKHCN', note: 'đúng hạn' });
});

test('refused updates write nothing: unknown key, back-dated, future, not a day, bad status', async (t) => {
  const store = await fixedStore(t);
  await store.tasks.add(NV01, 'lan');
  await rejects(() => store.tasks.update('NV-99', { status: 'hoan_thanh' }, 'lan'), 'not_found', /NV-99/);
  await rejects(() => store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-04-30' }, 'lan'), 'invalid', /trước lần cập nhật gần nhất/);
  await rejects(() => store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-08-02' }, 'lan'), 'invalid', /tương lai/);
  await rejects(() => store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-07' }, 'lan'), 'invalid', /không hợp lệ/);
  await rejects(() => store.tasks.update('NV-01', { status: 'xong' as never, at: '2025-07-01' }, 'lan'), 'invalid', /trạng thái/);
  assert.equal((await store.tasks.get('NV-01'))!.history.length, 1);
  assert.equal((await store.audit.list({ target: 'task:' })).length, 1);
  // The same day as the last event is fine: events that day keep their order.
  assert.equal((await store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-05-01' }, 'lan')).history.length, 2);
});

test('add refuses a malformed task', async (t) => {
  const store = await fixedStore(t);
  await rejects(() => store.tasks.add({ ...NV01, key: 'NV 01' }, 'lan'), 'invalid', /mã/);
  await rejects(() => store.tasks.add({ ...NV01, deadline: '30/06/2025' }, 'lan'), 'invalid', /hạn/);
  await rejects(() => store.tasks.add({ ...NV01, title: ' ' }, 'lan'), 'invalid', /tên nhiệm vụ/);
  await rejects(() => store.tasks.add({ ...NV01, status: { status: 'hoan_thanh', at: '2025-09-01' } }, 'lan'), 'invalid', /tương lai/);
  assert.deepEqual(await store.tasks.list(), [], 'a refused initial status leaves no task behind');
  assert.equal((await store.audit.list()).length, 0);
});

test('list filters by responsible agency and returns full histories', async (t) => {
  const store = await fixedStore(t);
  await store.tasks.add(NV01, 'lan');
  await store.tasks.add({ ...NV01, key: 'NV-02', agency: 'bo-tc', coAgencies: ['bo-khcn'], status: undefined }, 'lan');
  await store.tasks.update('NV-01', { status: 'hoan_thanh', at: '2025-06-01' }, 'lan');
  assert.deepEqual((await store.tasks.list()).map((x) => [x.key, x.history.length]), [['NV-01', 2], ['NV-02', 0]]);
  assert.deepEqual((await store.tasks.list({ agency: 'bo-khcn' })).map((x) => x.key), ['NV-01'], 'co-agency tasks are not its own');
  assert.deepEqual((await store.tasks.list({ agency: 'bo-khcn' }))[0], await store.tasks.get('NV-01'));
  assert.equal(await store.tasks.get('NV-03'), null);
});

function row(line: number, key: string, extra: Partial<TaskImportRow> = {}): TaskImportRow {
  return {
    line,
    key,
    title: `Nhiệm vụ ${key}`,
    setBy: '03-TB/BCĐTW',
    agency: 'bo-tc',
    coAgencies: [],
    deadline: '2025-12-31',
    status: 'dang_thuc_hien',
    statusDate: null,
    evidence: null,
    note: null,
    ...extra,
  };
}

test('importRows: new keys added, changed statuses appended, the rest unchanged; bad rows alone rolled back', async (t) => {
  const store = await fixedStore(t);
  await store.tasks.add({ key: 'A', title: 'Nhiệm vụ A', setBy: '03-TB/BCĐTW', agency: 'bo-tc', deadline: '2025-12-31', status: { status: 'dang_thuc_hien', at: '2025-06-01' } }, 'lan');
  await store.tasks.add({ key: 'B', title: 'Nhiệm vụ B', setBy: '03-TB/BCĐTW', agency: 'bo-tc', deadline: '2025-12-31', status: { status: 'dang_thuc_hien', at: '2025-06-01' } }, 'lan');
  await store.tasks.add({ key: 'C', title: 'Nhiệm vụ C', setBy: '03-TB/BCĐTW', agency: 'bo-tc', deadline: '2025-12-31', status: { status: 'dang_thuc_hien', at: '2025-06-01' } }, 'lan');
  const auditBefore = (await store.audit.list({ target: 'task:', limit: 1000 })).length;

  const summary = await store.tasks.importRows(
    [
      row(2, 'A'), // same status, no date: unchanged
      row(3, 'B', { status: 'hoan_thanh', statusDate: '2025-07-15', evidence: 'BC 9/BTC' }), // changed status
      row(4, 'C', { statusDate: '2025-07-01', deadline: '2026-06-30' }), // same status, new date: appended; deadline ignored
      row(5, 'D', { statusDate: '2025-07-20', coAgencies: ['bo-khcn'] }), // new
      row(6, 'A', { status: 'hoan_thanh', statusDate: '2025-05-01' }), // before A's last event: refused
    ],
    'importer',
    { source: 'tasks.csv', rejectedRows: 2 },
  );
  assert.deepEqual(
    { added: summary.added, updated: summary.updated, unchanged: summary.unchanged },
    { added: 1, updated: 2, unchanged: 1 },
  );
  assert.deepEqual(summary.errors.map((e) => [e.line, e.key]), [[6, 'A']]);
  assert.match(summary.errors[0]!.message, /trước lần cập nhật gần nhất/);
  assert.deepEqual(summary.ignoredChanges.map((n) => [n.line, n.key]), [[4, 'C']]);
  assert.match(summary.ignoredChanges[0]!.message, /^hạn /);

  assert.equal((await store.tasks.get('A'))!.history.length, 1, 'the refused row left nothing behind');
  assert.deepEqual((await store.tasks.get('B'))!.history.map((e) => [e.status, e.at, e.actor, e.evidence]), [
    ['dang_thuc_hien', '2025-06-01', 'lan', null],
    ['hoan_thanh', '2025-07-15', 'importer', 'BC 9/BTC'],
  ]);
  assert.equal((await store.tasks.get('C'))!.history.length, 2);
  assert.equal((await store.tasks.get('C'))!.deadline, '2025-12-31', 'the stored deadline is kept');
  const d = (await store.tasks.get('D'))!;
  assert.deepEqual([d.createdBy, d.coAgencies, d.history.map((e) => e.at)], ['importer', ['bo-khcn'], ['2025-07-20']]);

  // One entry per changed task (B, C, D) plus the summary.
  const entries = (await store.audit.list({ target: 'task:', limit: 1000 })).slice(0, -auditBefore);
  assert.deepEqual(entries.map((e) => [e.action, e.target]).reverse(), [
    ['task.import', 'task:B'],
    ['task.import', 'task:C'],
    ['task.import', 'task:D'],
    ['task.import', TASK_IMPORT_TARGET],
  ]);
  const byTarget = new Map(entries.map((e) => [e.target, e]));
  assert.deepEqual(byTarget.get('task:B')!.before, { status: 'dang_thuc_hien', at: '2025-06-01', evidence: null, note: null });
  assert.deepEqual(byTarget.get('task:B')!.after, { status: 'hoan_thanh', at: '2025-07-15', evidence: 'BC 9/BTC', note: null });
  assert.equal(byTarget.get('task:D')!.before, null);
  assert.equal((byTarget.get('task:D')!.after as { status: string }).status, 'dang_thuc_hien');
  assert.deepEqual(byTarget.get(TASK_IMPORT_TARGET)!.after, {
    source: 'tasks.csv',
    rows: 7,
    added: ['D'],
    updated: ['B', 'C'],
    unchanged: 1,
    rejected: 3,
  });
});

test('importing the same rows again changes nothing but the summary entry', async (t) => {
  const store = await fixedStore(t);
  const rows = [row(2, 'A', { statusDate: '2025-07-01' }), row(3, 'B')];
  assert.equal((await store.tasks.importRows(rows, 'importer')).added, 2);
  const again = await store.tasks.importRows(rows, 'importer');
  assert.deepEqual([again.added, again.updated, again.unchanged], [0, 0, 2]);
  assert.equal((await store.tasks.get('A'))!.history.length, 1);
  const [summary] = await store.audit.list({ target: 'task:' });
  assert.equal(summary!.target, TASK_IMPORT_TARGET);
  assert.deepEqual((summary!.after as { added: string[] }).added, []);
});

test('importPackTasks adds the pack tasks not stored yet, with their histories', async (t) => {
  const store = await fixedStore(t);
  await store.tasks.add({ ...NV01, key: 'nv-existing', title: 'đã có' }, 'lan');
  const tasks: PackTask[] = [
    {
      id: 'nv-pack',
      title: 'Từ bộ dữ liệu',
      setBy: '57-NQ/TW',
      agency: 'bo-khcn',
      coAgencies: ['bo-tc'],
      deadline: '2025',
      history: [
        { status: 'dang_thuc_hien', at: '2025-03', by: 'Bộ KH&CN', evidence: 'https://example.vn/bc' },
        { status: 'hoan_thanh', at: '2025-07-10', by: 'Bộ KH&CN' },
      ],
    },
    { id: 'nv-existing', title: 'khác', setBy: '57-NQ/TW', agency: 'bo-tc', coAgencies: [], deadline: '2025', history: [] },
    {
      id: 'nv-disordered',
      title: 'Lịch sử sai thứ tự',
      setBy: '57-NQ/TW',
      agency: 'bo-tc',
      coAgencies: [],
      deadline: '2025',
      history: [
        { status: 'hoan_thanh', at: '2025-06-01', by: 'x' },
        { status: 'dang_thuc_hien', at: '2025-05-01', by: 'x' },
      ],
    },
  ];
  const result = await store.tasks.importPackTasks({ tasks, programme: { id: 'nq57' } as never }, 'loader');
  assert.deepEqual(result.added, ['nv-pack']);
  assert.deepEqual(result.existing, ['nv-existing']);
  assert.deepEqual(result.errors.map((e) => e.key), ['nv-disordered']);
  const stored = (await store.tasks.get('nv-pack'))!;
  assert.deepEqual(stored.history.map((e) => [e.status, e.at, e.actor]), [
    ['dang_thuc_hien', '2025-03', 'Bộ KH&CN'],
    ['hoan_thanh', '2025-07-10', 'Bộ KH&CN'],
  ]);
  assert.equal((await store.tasks.get('nv-existing'))!.title, 'đã có');
  assert.equal(await store.tasks.get('nv-disordered'), null);
  const [entry] = await store.audit.list({ target: 'task:nv-pack' });
  assert.equal(entry!.action, 'task.add');
  assert.equal((entry!.after as { from: string }).from, 'programme:nq57');
  assert.deepEqual((await store.tasks.importPackTasks({ tasks, programme: { id: 'nq57' } as never }, 'loader')).added, [], 'a second load adds nothing');
});
