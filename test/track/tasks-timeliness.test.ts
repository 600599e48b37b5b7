// Timeliness of a task: the six labels of the official wording, the deadline rules (the day itself,
// months and years), due-soon, the completion date with reopening, and the history checks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessTask,
  completionDate,
  daysBetween,
  futureEventProblem,
  isOverdue,
  parseTaskStatus,
  readDay,
  readDeadline,
  TaskHistoryError,
  vietnamDay,
  type StatusPoint,
} from '../../src/track/tasks/timeliness.ts';

const dang = (at: string): StatusPoint => ({ status: 'dang_thuc_hien', at });
const xong = (at: string): StatusPoint => ({ status: 'hoan_thanh', at });
const chua = (at: string): StatusPoint => ({ status: 'chua_thuc_hien', at });

test('each of the six labels, with the deadline day itself inside the deadline', () => {
  const deadline = '2025-06-30';
  const cases: [StatusPoint[], string, string, { daysLeft: number | null; daysOverdue: number | null }][] = [
    [[dang('2025-05-01'), xong('2025-06-30')], '2025-08-01', 'hoàn thành đúng hạn', { daysLeft: null, daysOverdue: null }],
    [[dang('2025-05-01'), xong('2025-07-01')], '2025-08-01', 'hoàn thành quá hạn', { daysLeft: null, daysOverdue: 1 }],
    [[dang('2025-05-01')], '2025-06-30', 'đang thực hiện trong hạn', { daysLeft: 0, daysOverdue: null }],
    [[dang('2025-05-01')], '2025-07-01', 'đang thực hiện quá hạn', { daysLeft: null, daysOverdue: 1 }],
    [[], '2025-06-20', 'chưa thực hiện trong hạn', { daysLeft: 10, daysOverdue: null }],
    [[chua('2025-05-01')], '2025-07-10', 'chưa thực hiện quá hạn', { daysLeft: null, daysOverdue: 10 }],
  ];
  for (const [history, today, label, days] of cases) {
    const p = assessTask({ deadline, history }, today);
    assert.equal(p.label, label, `${label} on ${today}`);
    assert.equal(p.daysLeft, days.daysLeft, `daysLeft for ${label}`);
    assert.equal(p.daysOverdue, days.daysOverdue, `daysOverdue for ${label}`);
  }
});

test('timeliness ids and overdue: a task finished late is qua_han but no longer open', () => {
  const late = assessTask({ deadline: '2025-06-30', history: [xong('2025-07-02')] }, '2025-08-01');
  assert.equal(late.timeliness, 'qua_han');
  assert.equal(late.status, 'hoan_thanh');
  assert.equal(isOverdue(late), false);
  const open = assessTask({ deadline: '2025-06-30', history: [dang('2025-06-01')] }, '2025-08-01');
  assert.equal(open.timeliness, 'qua_han');
  assert.equal(isOverdue(open), true);
  const onTime = assessTask({ deadline: '2025-06-30', history: [xong('2025-06-01')] }, '2025-08-01');
  assert.equal(onTime.timeliness, 'dung_han');
  assert.equal(onTime.completedAt, '2025-06-01');
});

test('a month deadline means the last day of the month, February of a leap year included', () => {
  const june = (history: StatusPoint[], today: string) => assessTask({ deadline: '2025-06', history }, today);
  assert.equal(june([], '2025-06-30').deadlineDay, '2025-06-30');
  assert.equal(june([], '2025-06-30').label, 'chưa thực hiện trong hạn');
  assert.equal(june([], '2025-07-01').label, 'chưa thực hiện quá hạn');
  assert.equal(june([xong('2025-06-30')], '2025-09-01').label, 'hoàn thành đúng hạn');
  assert.equal(june([xong('2025-07-01')], '2025-09-01').label, 'hoàn thành quá hạn');
  assert.equal(assessTask({ deadline: '2024-02', history: [] }, '2024-02-29').timeliness, 'trong_han');
  assert.equal(assessTask({ deadline: '2025-02', history: [] }, '2025-03-01').daysOverdue, 1);
});

test('a year deadline means 31 December', () => {
  const p = (today: string) => assessTask({ deadline: '2025', history: [dang('2025-03-01')] }, today);
  assert.equal(p('2025-12-31').deadlineDay, '2025-12-31');
  assert.equal(p('2025-12-31').label, 'đang thực hiện trong hạn');
  assert.equal(p('2026-01-01').label, 'đang thực hiện quá hạn');
});

test('due soon: the deadline within 14 days (inclusive), never for done or overdue tasks', () => {
  const task = { deadline: '2025-08-15', history: [dang('2025-07-01')] };
  assert.equal(assessTask(task, '2025-08-01').daysLeft, 14);
  assert.equal(assessTask(task, '2025-08-01').dueSoon, true);
  assert.equal(assessTask(task, '2025-07-31').dueSoon, false, '15 days ahead is not due soon');
  assert.equal(assessTask(task, '2025-08-15').dueSoon, true, 'the deadline day itself');
  assert.equal(assessTask(task, '2025-08-16').dueSoon, false, 'overdue, not due soon');
  assert.equal(assessTask(task, '2025-08-08', { dueSoonDays: 7 }).dueSoon, true);
  assert.equal(assessTask(task, '2025-08-07', { dueSoonDays: 7 }).dueSoon, false);
  assert.equal(assessTask({ ...task, history: [xong('2025-08-01')] }, '2025-08-10').dueSoon, false);
});

test('the completion date is the first hoan_thanh after the last reopening', () => {
  const history = [xong('2025-01-03'), dang('2025-01-10'), xong('2025-02-05'), xong('2025-02-20')];
  assert.equal(completionDate(history), '2025-02-05');
  const p = assessTask({ deadline: '2025-01-31', history }, '2025-03-01');
  assert.equal(p.completedAt, '2025-02-05');
  assert.equal(p.label, 'hoàn thành quá hạn', 'done on time once, reopened, finished late: late');
  assert.equal(p.daysOverdue, 5);
  // More evidence after finishing on time does not move the completion date.
  const confirmed = assessTask({ deadline: '2025-06-30', history: [xong('2025-06-10'), xong('2025-07-10')] }, '2025-08-01');
  assert.equal(confirmed.completedAt, '2025-06-10');
  assert.equal(confirmed.timeliness, 'dung_han');
  // Reopened and still open: not done.
  const reopened = assessTask({ deadline: '2025-06-30', history: [xong('2025-06-10'), dang('2025-06-20')] }, '2025-07-05');
  assert.equal(reopened.completedAt, null);
  assert.equal(reopened.label, 'đang thực hiện quá hạn');
});

test('events on the same day keep their recorded order; the last one is the status', () => {
  const p = assessTask({ deadline: '2025-06-30', history: [dang('2025-06-01'), xong('2025-06-01')] }, '2025-06-02');
  assert.equal(p.status, 'hoan_thanh');
  assert.equal(p.lastActivity, '2025-06-01');
});

test('a history out of date order is refused, not sorted', () => {
  assert.throws(
    () => assessTask({ deadline: '2025-06-30', history: [dang('2025-06-10'), xong('2025-06-01')] }, '2025-07-01'),
    (e: unknown) => e instanceof TaskHistoryError && /sự kiện 2/.test(e.message),
  );
});

test('events dated after today are not counted: the task as it stood on that day', () => {
  const task = { deadline: '2025-06-30', history: [dang('2025-05-01'), xong('2025-06-20')] };
  const before = assessTask(task, '2025-06-10');
  assert.equal(before.status, 'dang_thuc_hien');
  assert.equal(before.lastActivity, '2025-05-01');
  assert.equal(before.label, 'đang thực hiện trong hạn');
  assert.equal(assessTask(task, '2025-06-20').label, 'hoàn thành đúng hạn');
  assert.equal(assessTask({ deadline: '2025-06-30', history: [] }, '2025-06-10').lastActivity, null);
});

test('today must be a real day', () => {
  assert.throws(() => assessTask({ deadline: '2025-06-30', history: [] }, '2025-06'), RangeError);
  assert.throws(() => assessTask({ deadline: '2025-06-30', history: [] }, '2025-02-29'), RangeError);
  assert.throws(() => assessTask({ deadline: '2025-13', history: [] }, '2025-02-01'), RangeError);
});

test('dates as people type them', () => {
  assert.equal(readDay('30/6/2025'), '2025-06-30');
  assert.equal(readDay(' 01/07/2025 '), '2025-07-01');
  assert.equal(readDay('2025-07-01'), '2025-07-01');
  assert.equal(readDay('31/02/2025'), null);
  assert.equal(readDay('2025-06'), null);
  assert.equal(readDeadline('6/2025'), '2025-06');
  assert.equal(readDeadline('2025-12'), '2025-12');
  assert.equal(readDeadline('2025'), '2025');
  assert.equal(readDeadline('31/12/2025'), '2025-12-31');
  assert.equal(readDeadline('2025-13'), null);
  assert.equal(readDeadline('quý 3/2025'), null);
  assert.equal(daysBetween('2024-12-31', '2025-03-01'), 60);
});

test('statuses typed with or without diacritics, or as ids', () => {
  assert.equal(parseTaskStatus('Hoàn thành'), 'hoan_thanh');
  assert.equal(parseTaskStatus('hoan thanh'), 'hoan_thanh');
  assert.equal(parseTaskStatus('DANG_THUC_HIEN'), 'dang_thuc_hien');
  assert.equal(parseTaskStatus('Đang  thực hiện'), 'dang_thuc_hien');
  assert.equal(parseTaskStatus('chưa thực hiện'), 'chua_thuc_hien');
  assert.equal(parseTaskStatus('xong'), null);
  assert.equal(parseTaskStatus(''), null);
});

test('today is the day in Vietnam (UTC+7), and a change may not be dated after it', () => {
  assert.equal(vietnamDay('2025-07-31T16:59:59Z'), '2025-07-31');
  assert.equal(vietnamDay('2025-07-31T17:00:00Z'), '2025-08-01');
  assert.equal(futureEventProblem('2025-08-01', '2025-08-01'), null);
  assert.match(futureEventProblem('2025-08-02', '2025-08-01') ?? '', /tương lai/);
  assert.equal(futureEventProblem('2025-08', '2025-08-01'), null, 'a month that has begun');
});
