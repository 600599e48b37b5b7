// The task store's records and operations: tasks set by a document, with an append-only history of
// status changes (who, when, evidence, note). What the history means (timeliness, labels) is
// derived in src/track/tasks/timeliness.ts, and what is refused (a change dated before the last
// one, or in the future; a malformed task) is decided in src/track/tasks/task-rules.ts: the store
// keeps the records and applies those rules in its transactions.
import type { Pack } from '../../programme/schema.ts';
import type { TaskImportRow } from '../../track/tasks/csv-import.ts';

export { TASK_LEVELS } from '../../track/tasks/task-record.ts';
export type { TaskEvent, TaskLevel, TaskProvenance, TaskRecord } from '../../track/tasks/task-record.ts';
import type { TaskRecord } from '../../track/tasks/task-record.ts';
import type { NewTask, StatusChangeInput } from '../../track/tasks/task-rules.ts';
export { TaskError, type NewTask, type StatusChangeInput, type TaskErrorCode } from '../../track/tasks/task-rules.ts';

export interface TaskFilter {
  /** Tasks this agency (id) is responsible for. */
  agency?: string;
  /** Tasks set by this document, exactly as stored. */
  setBy?: string;
}

export interface TaskImportProblem {
  line: number;
  key: string;
  message: string;
}

export interface TaskImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  /** Good CSV rows the store still could not apply (e.g. a status dated before the stored one). */
  errors: TaskImportProblem[];
  /** Rows for a stored task whose title, document, agency or deadline differ: kept as stored. */
  ignoredChanges: TaskImportProblem[];
}

export interface PackTaskImportSummary {
  added: string[];
  /** Already stored: left alone. */
  existing: string[];
  errors: { key: string; message: string }[];
}

export interface ImportOptions {
  /** What was imported (a file name), for the audit summary. */
  source?: string;
  /** Rows rejected before reaching the store (CSV errors), for the audit summary. */
  rejectedRows?: number;
  /** The day of the import (YYYY-MM-DD): the date of statuses the file gives without one. */
  importDate?: string;
}

export interface TaskStore {
  /** Adds a task (and its initial status); throws TaskError `duplicate` when the key exists. */
  add(input: NewTask, actor: string): Promise<TaskRecord>;
  /** Appends a status event; earlier events are never changed. Throws TaskError `not_found`, `invalid`. */
  update(key: string, change: StatusChangeInput, actor: string): Promise<TaskRecord>;
  get(key: string): Promise<TaskRecord | null>;
  /** By key. */
  list(filter?: TaskFilter): Promise<TaskRecord[]>;
  /** Applies good CSV rows, each in its own savepoint: new keys added, changed statuses appended. */
  importRows(rows: readonly TaskImportRow[], actor: string, options?: ImportOptions): Promise<TaskImportSummary>;
  /** Adds the pack's tasks (with their histories) that are not stored yet. */
  importPackTasks(pack: Pick<Pack, 'tasks' | 'programme'>, actor: string): Promise<PackTaskImportSummary>;
}
