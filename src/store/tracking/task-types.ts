// The task store's records and operations: tasks set by a document, with an append-only history of
// status changes (who, when, evidence, note). What the history means (timeliness, labels) is
// derived in src/track/tasks/timeliness.ts; the store only keeps it and refuses what would make it
// inconsistent (a change dated before the last one, or in the future).
import type { Pack, TaskStatus } from '../../programme/schema.ts';
import type { TaskImportRow } from '../../track/tasks/csv-import.ts';

export interface TaskEvent {
  status: TaskStatus;
  /** When the status took effect: YYYY-MM-DD (pack histories may say YYYY-MM or YYYY). */
  at: string;
  /** Who reported it. */
  actor: string;
  /** A document number or a URL. */
  evidence: string | null;
  note: string | null;
  /** When it was written to the store (ISO instant). */
  recordedAt: string;
}

export interface TaskRecord {
  key: string;
  title: string;
  /** The document that set the task: `03-TB/BCĐTW`. */
  setBy: string;
  /** The responsible agency's id. */
  agency: string;
  coAgencies: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  deadline: string;
  createdAt: string;
  createdBy: string;
  /** The expected product (`nghi_dinh`, `de_an`…, the task extractor's PRODUCT_TYPES), or null. */
  product: string | null;
  /** Done again and again (`Thường xuyên`, `hằng năm`): its deadline is the period tracked now. */
  recurring: boolean;
  /** A group of related tasks, as the editor names it. */
  group: string | null;
  level: TaskLevel | null;
  /** The key of the task this one is part of. */
  parent: string | null;
  /** Where the task was read, for a task accepted from a proposal; null for one typed or imported. */
  provenance: TaskProvenance | null;
  /** Oldest first; never rewritten, only appended to. */
  history: TaskEvent[];
}

/** Who set the task: the central level (Party, National Assembly, Government, Prime Minister), a ministry or province, or a unit. */
export const TASK_LEVELS = ['central', 'ministry-province', 'unit'] as const;
export type TaskLevel = (typeof TASK_LEVELS)[number];

/** The sentence a task was accepted from. */
export interface TaskProvenance {
  proposal: string;
  documentId: number | null;
  field: string;
  index: number;
  start: number;
  end: number;
  sentence: string;
  /** The span's own text (the clause, list item or table row). */
  text: string;
  extractor: string;
}

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

/** A refused task change; the message is in Vietnamese, for the person who asked for it. */
export class TaskError extends Error {
  readonly code: TaskErrorCode;
  constructor(code: TaskErrorCode, message: string) {
    super(message);
    this.name = 'TaskError';
    this.code = code;
  }
}
