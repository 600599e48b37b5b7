// The rules a task change must satisfy, as pure functions: the store applies them, and they hold
// without a database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNewTask, checkStatusChange, TaskError } from '../../src/track/tasks/task-rules.ts';
import type { TaskEvent } from '../../src/track/tasks/task-record.ts';

const history: TaskEvent[] = [{ status: 'dang_thuc_hien', at: '2025-09-30', evidence: null, note: null, actor: 'bientap', recordedAt: '2025-09-30T08:00:00Z' }];
const invalid = (pattern: RegExp) => (e: unknown) => e instanceof TaskError && e.code === 'invalid' && pattern.test(e.message);

test('a status change is dated today by default, trimmed, and refused in the future or before the last one', () => {
  assert.deepEqual(checkStatusChange(history, { status: 'hoan_thanh', evidence: '  https://x.vn/qd ', note: ' ' }, '2025-10-15'), { status: 'hoan_thanh', at: '2025-10-15', evidence: 'https://x.vn/qd', note: null });
  assert.throws(() => checkStatusChange(history, { status: 'hoan_thanh', at: '2025-10-16' }, '2025-10-15'), invalid(/2025-10-16/));
  assert.throws(() => checkStatusChange(history, { status: 'hoan_thanh', at: '2025-09-29' }, '2025-10-15'), invalid(/trước lần cập nhật gần nhất/));
  assert.throws(() => checkStatusChange(history, { status: 'hoan_thanh', at: '2025-10' }, '2025-10-15'), invalid(/không hợp lệ/));
  assert.equal(checkStatusChange(history, { status: 'hoan_thanh', at: '2025-10' }, '2025-11-15', true).at, '2025-10', 'a pack may date by month');
  assert.throws(() => checkStatusChange(history, { status: 'xong' as never }, '2025-10-15'), invalid(/trạng thái/));
});

test('a new task needs a clean key, a title, a setting document, an agency and a deadline', () => {
  const ok = { key: 'DB-01', title: 'Số hóa hồ sơ', setBy: '03-TB/BCĐTW', agency: 'dien-bien', deadline: '2026-06' };
  assert.doesNotThrow(() => checkNewTask(ok));
  assert.throws(() => checkNewTask({ ...ok, key: 'DB 01' }), invalid(/mã/));
  assert.throws(() => checkNewTask({ ...ok, title: '  ' }), invalid(/tên nhiệm vụ/));
  assert.throws(() => checkNewTask({ ...ok, deadline: '30/06/2026' }), invalid(/hạn/));
});
