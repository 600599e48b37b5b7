// A task of the programme as the track stage reasons about it: who must deliver what by when, and
// the append-only history of its status. The store keeps these records (store/tracking/tasks.ts);
// timeliness and scorecards read them (timeliness.ts, scorecards.ts, report/report-data.ts).
import type { TaskStatus } from '../../programme/schema.ts';

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
