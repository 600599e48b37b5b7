// What a task change must satisfy before it is stored: a well-formed new task, and a status
// change that keeps the history in date order and never dated in the future (timeliness relies on
// both). Pure: the store applies these rules inside its transactions (store/tracking/tasks.ts).
import { DomainError, type DomainErrorKind } from '../../errors.ts';
import { taskStatuses, type TaskStatus } from '../../programme/schema.ts';
import { TASK_KEY, TASK_KEY_MAX } from './csv-import.ts';
import { TASK_LEVELS, type TaskEvent, type TaskLevel, type TaskProvenance } from './task-record.ts';
import { futureEventProblem, isCalendarDay, isCalendarPeriod, lastDayOf, STATUS_LABELS } from './timeliness.ts';

export interface StatusChangeInput {
  status: TaskStatus;
  /** YYYY-MM-DD; default: today in Vietnam by the store's clock. */
  at?: string;
  evidence?: string | null;
  note?: string | null;
}

export interface NewTask {
  key: string;
  title: string;
  setBy: string;
  agency: string;
  coAgencies?: readonly string[];
  deadline: string;
  /** An initial status; without it the history starts empty (chưa thực hiện). */
  status?: StatusChangeInput;
  product?: string | null;
  recurring?: boolean;
  group?: string | null;
  level?: TaskLevel | null;
  /** Must be a stored task's key. */
  parent?: string | null;
  provenance?: TaskProvenance | null;
}

export type TaskErrorCode = 'duplicate' | 'not_found' | 'invalid';

const TASK_ERROR_KIND: Record<TaskErrorCode, DomainErrorKind> = { duplicate: 'conflict', not_found: 'not-found', invalid: 'invalid-input' };

/** A refused task change; the message is in Vietnamese, for the person who asked for it. */
export class TaskError extends DomainError {
  readonly code: TaskErrorCode;
  readonly kind: DomainErrorKind;
  constructor(code: TaskErrorCode, message: string) {
    super(message);
    this.name = 'TaskError';
    this.code = code;
    this.kind = TASK_ERROR_KIND[code];
  }
}

/** Text kept as given, trimmed; blank is null. */
export const blankToNull = (value: string | null | undefined): string | null => {
  const t = value?.trim();
  return t ? t : null;
};

/** Refuses a malformed new task (TaskError invalid, in Vietnamese). */
export function checkNewTask(input: NewTask): void {
  const invalid = (message: string) => new TaskError('invalid', message);
  if (!TASK_KEY.test(input.key) || input.key.length > TASK_KEY_MAX) {
    throw invalid(`mã “${input.key}” không hợp lệ: chỉ gồm chữ, số và . _ / - (không khoảng trắng), tối đa ${TASK_KEY_MAX} ký tự`);
  }
  if (!input.title.trim()) throw invalid('thiếu tên nhiệm vụ');
  if (!input.setBy.trim()) throw invalid('thiếu văn bản giao nhiệm vụ');
  if (!input.agency.trim()) throw invalid('thiếu cơ quan chủ trì');
  if (!isCalendarPeriod(input.deadline)) throw invalid(`hạn “${input.deadline}” không hợp lệ (YYYY-MM-DD, YYYY-MM hoặc YYYY)`);
  if (input.level != null && !(TASK_LEVELS as readonly string[]).includes(input.level)) throw invalid(`cấp “${input.level}” không hợp lệ (${TASK_LEVELS.join(', ')})`);
}

/**
 * Checks a status change against a task's history on day `today` (YYYY-MM-DD, in Vietnam) and
 * returns it as it will be stored. `periods` lets a pack's month- or year-dated events through;
 * changes typed by people need a day.
 */
export function checkStatusChange(history: readonly TaskEvent[], change: StatusChangeInput, today: string, periods = false) {
  if (!(taskStatuses as readonly string[]).includes(change.status)) {
    throw new TaskError('invalid', `trạng thái “${String(change.status)}” không hợp lệ (${taskStatuses.join(', ')})`);
  }
  const at = change.at ?? today;
  if (!(periods ? isCalendarPeriod(at) : isCalendarDay(at))) {
    throw new TaskError('invalid', `ngày “${at}” không hợp lệ (cần YYYY-MM-DD)`);
  }
  const future = futureEventProblem(at, today);
  if (future) throw new TaskError('invalid', future);
  const last = history[history.length - 1];
  if (last && lastDayOf(at) < lastDayOf(last.at)) {
    throw new TaskError('invalid', `ngày ${at} trước lần cập nhật gần nhất (${last.at}, ${STATUS_LABELS[last.status]}): lịch sử chỉ được ghi tiếp theo thứ tự thời gian`);
  }
  return { status: change.status, at, evidence: blankToNull(change.evidence), note: blankToNull(change.note) };
}
