// The task store's records and operations: tasks set by a document, with an append-only history of
// status changes (who, when, evidence, note). What the history means (timeliness, labels) is
// derived in src/track/tasks/timeliness.ts; the store only keeps it and refuses what would make it
// inconsistent (a change dated before the last one, or in the future).
import { DomainError, type DomainErrorKind } from '../../errors.ts';
import type { Pack, TaskStatus } from '../../programme/schema.ts';
import type { TaskImportRow } from '../../track/tasks/csv-import.ts';

export { TASK_LEVELS } from '../../track/tasks/task-record.ts';
export type { TaskEvent, TaskLevel, TaskProvenance, TaskRecord } from '../../track/tasks/task-record.ts';
import type { TaskLevel, TaskProvenance, TaskRecord } from '../../track/tasks/task-record.ts';

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
