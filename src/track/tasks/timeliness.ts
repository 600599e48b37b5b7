// Where a task stands against its deadline, derived from its status history and a given day. Pure:
// no clock is read here; the caller says what "today" is (the CLI's --today, the store's clock).
//
// The rules, as the official monitoring system words them (hoàn thành đúng hạn / quá hạn,
// đang thực hiện trong hạn / quá hạn, chưa thực hiện trong hạn / quá hạn):
//
// - Dates are days: YYYY-MM-DD. A deadline (or a status date) given as a month or a year means the
//   last day of that month or year: `2025-06` is 30 June 2025, `2025` is 31 December 2025.
// - The deadline day itself is within the deadline: finishing on it is on time, and an open task is
//   not overdue until the day after.
// - The current status is that of the last event in the history; with no event it is
//   chua_thuc_hien (the task was set, nothing was reported yet).
// - The completion date is the `at` of the first hoan_thanh event after which the task was not
//   reopened: for hoàn thành 03/01, đang thực hiện 10/01 (reopened), hoàn thành 05/02, hoàn thành
//   20/02 (more evidence), the task was completed on 05/02.
// - dung_han: done, completed on or before the deadline. trong_han: not done, today is on or before
//   the deadline. qua_han: done after the deadline, or not done and today is after it.
// - dueSoon: not done and the deadline is today or within the next N days (default 14); a deadline
//   exactly N days away is due soon, N + 1 days away is not.
// - A history must be in date order (events on the same day keep the order they were recorded in).
//   An out-of-order history is refused (TaskHistoryError) rather than sorted: it means a status was
//   back-dated behind a later one, which is a data-entry mistake someone has to look at.
// - Events dated after `today` are not counted: the assessment is of the task as it stood on
//   `today`, so `--today` in the past shows the past. Recording a change dated in the future is
//   refused when it is written (the store calls futureEventProblem), not here.
import { foldForSearch } from '../../text/fold.ts';
import { periodEnd, periodStart } from '../../text/periods.ts';
import { taskStatuses, type TaskStatus } from '../../programme/schema.ts';

export type Timeliness = 'dung_han' | 'trong_han' | 'qua_han';

export const STATUS_LABELS: Record<TaskStatus, string> = {
  chua_thuc_hien: 'chưa thực hiện',
  dang_thuc_hien: 'đang thực hiện',
  hoan_thanh: 'hoàn thành',
};

export const TIMELINESS_LABELS: Record<Timeliness, string> = {
  dung_han: 'đúng hạn',
  trong_han: 'trong hạn',
  qua_han: 'quá hạn',
};

export const DEFAULT_DUE_SOON_DAYS = 14;

/** The part of a status event timeliness needs. */
export interface StatusPoint {
  status: TaskStatus;
  /** YYYY-MM-DD (or YYYY-MM, YYYY: the period's last day). */
  at: string;
}

export interface TaskProgress {
  status: TaskStatus;
  timeliness: Timeliness;
  /** `hoàn thành đúng hạn`, `đang thực hiện quá hạn`, `chưa thực hiện trong hạn`… */
  label: string;
  /** The deadline as a day (a month or year deadline resolved to its last day). */
  deadlineDay: string;
  /** The completion date when done, else null. */
  completedAt: string | null;
  /** Not done and not overdue: days until the deadline (0 on the deadline day). Else null. */
  daysLeft: number | null;
  /** qua_han: days past the deadline, today's (open) or the completion's (done late). Else null. */
  daysOverdue: number | null;
  /** Not done, and the deadline is within the due-soon window. */
  dueSoon: boolean;
  /** The date of the latest event counted, or null when none. */
  lastActivity: string | null;
}

export class TaskHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskHistoryError';
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD (no 31 April, no 29 February 2025). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whether `value` is a day, a month (YYYY-MM) or a year (YYYY) that exists. */
export function isCalendarPeriod(value: string): boolean {
  if (!PERIOD.test(value)) return false;
  return value.length === 10 ? isCalendarDay(value) : true;
}

/**
 * A day as people write it: `2025-06-30` or the Vietnamese `30/6/2025`, `30/06/2025`. Returns
 * YYYY-MM-DD, or null when it is neither or not a real day.
 */
export function readDay(text: string): string | null {
  const t = text.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : t;
  return isCalendarDay(iso) ? iso : null;
}

/**
 * A deadline as people write it: a day (see readDay), a month (`2025-06`, `6/2025`) or a year
 * (`2025`). Returns the ISO form as written (YYYY-MM-DD, YYYY-MM or YYYY), or null.
 */
export function readDeadline(text: string): string | null {
  const t = text.trim();
  const day = readDay(t);
  if (day) return day;
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = month ? `${month[2]}-${month[1]!.padStart(2, '0')}` : t;
  return /^\d{4}(-\d{2})?$/.test(iso) && isCalendarPeriod(iso) ? iso : null;
}

/** The last day of a period: the deadline rule (a month or year deadline means its last day). */
export function lastDayOf(period: string): string {
  if (!isCalendarPeriod(period)) throw new RangeError(`not a date: "${period}" (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return periodEnd(period);
}

/** The first day of a period: the earliest a change dated with it can have happened. */
export function firstDayOf(period: string): string {
  if (!isCalendarPeriod(period)) throw new RangeError(`not a date: "${period}" (expected YYYY-MM-DD, YYYY-MM or YYYY)`);
  return periodStart(period);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day in Vietnam (UTC+7, no daylight saving) at an instant: what "today" means here. */
export function vietnamDay(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: "${String(instant)}"`);
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The status of a task's history as it stood after its last event (chua_thuc_hien with none). */
export function currentStatus(history: readonly StatusPoint[]): TaskStatus {
  return history[history.length - 1]?.status ?? 'chua_thuc_hien';
}

/**
 * Null when the history is in date order, else what is wrong with the first event out of order
 * (by its 0-based index). Compared as days: a month-dated event counts as the month's last day.
 */
export function historyOrderProblem(history: readonly StatusPoint[]): string | null {
  for (let i = 1; i < history.length; i++) {
    const before = lastDayOf((history[i - 1] as StatusPoint).at);
    const at = lastDayOf((history[i] as StatusPoint).at);
    if (at < before) return `sự kiện ${i + 1} (${(history[i] as StatusPoint).at}) có ngày trước sự kiện liền trước (${(history[i - 1] as StatusPoint).at}): lịch sử phải theo thứ tự thời gian`;
  }
  return null;
}

/** Null when a change dated `at` may be recorded on `today`, else why not (it is in the future). */
export function futureEventProblem(at: string, today: string): string | null {
  return firstDayOf(at) > today ? `ngày ${at} ở tương lai (hôm nay là ${today})` : null;
}

/** Completion date: the first hoan_thanh of the final run of hoan_thanh events; null when not done. */
export function completionDate(history: readonly StatusPoint[]): string | null {
  if (currentStatus(history) !== 'hoan_thanh' || history.length === 0) return null;
  let i = history.length - 1;
  while (i > 0 && (history[i - 1] as StatusPoint).status === 'hoan_thanh') i--;
  return lastDayOf((history[i] as StatusPoint).at);
}

/** `hoàn thành đúng hạn`, `đang thực hiện quá hạn`… */
export function progressLabel(status: TaskStatus, timeliness: Timeliness): string {
  return `${STATUS_LABELS[status]} ${TIMELINESS_LABELS[timeliness]}`;
}

export interface AssessOptions {
  /** The due-soon window in days (default 14). */
  dueSoonDays?: number;
}

/**
 * Where a task stands on `today` (YYYY-MM-DD): status, timeliness, label, days left or overdue.
 * Throws TaskHistoryError for a history out of date order, RangeError for a malformed date.
 */
export function assessTask(task: { deadline: string; history: readonly StatusPoint[] }, today: string, options: AssessOptions = {}): TaskProgress {
  if (!isCalendarDay(today)) throw new RangeError(`today must be a day YYYY-MM-DD, got "${today}"`);
  const window = options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  if (!Number.isInteger(window) || window < 0) throw new RangeError(`the due-soon window must be a whole number of days, got ${window}`);
  const problem = historyOrderProblem(task.history);
  if (problem) throw new TaskHistoryError(problem);

  const deadlineDay = lastDayOf(task.deadline);
  const counted = task.history.filter((e) => firstDayOf(e.at) <= today);
  const status = currentStatus(counted);
  const completedAt = completionDate(counted);
  const lastEvent = counted[counted.length - 1];
  const lastActivity = lastEvent ? lastEvent.at : null;

  let timeliness: Timeliness;
  let daysLeft: number | null = null;
  let daysOverdue: number | null = null;
  if (completedAt !== null) {
    const late = daysBetween(deadlineDay, completedAt);
    timeliness = late > 0 ? 'qua_han' : 'dung_han';
    if (late > 0) daysOverdue = late;
  } else {
    const left = daysBetween(today, deadlineDay);
    timeliness = left >= 0 ? 'trong_han' : 'qua_han';
    if (left >= 0) daysLeft = left;
    else daysOverdue = -left;
  }
  return {
    status,
    timeliness,
    label: progressLabel(status, timeliness),
    deadlineDay,
    completedAt,
    daysLeft,
    daysOverdue,
    dueSoon: daysLeft !== null && daysLeft <= window,
    lastActivity,
  };
}

/** Not done and past its deadline: what "overdue" lists show (a task finished late is not open). */
export function isOverdue(progress: TaskProgress): boolean {
  return progress.status !== 'hoan_thanh' && progress.timeliness === 'qua_han';
}

/**
 * A status as people type it: the id (`dang_thuc_hien`), or the Vietnamese words with or without
 * diacritics, any case (`Đang thực hiện`, `dang thuc hien`). Null when it is none of them.
 */
export function parseTaskStatus(text: string): TaskStatus | null {
  const key = foldForSearch(text).replace(/[\s_-]+/g, ' ').trim();
  return taskStatuses.find((s) => s.replace(/_/g, ' ') === key) ?? null;
}
