// What an alert is, before it is stored or sent: computed from the data only (see events.ts).
import type { TargetStatus } from '../status.ts';

export type AlertSeverity = 'warning' | 'info';

export type AlertKind =
  | 'target_worse'
  | 'task_due_soon'
  | 'task_overdue'
  | 'conflict'
  | 'figure'
  | 'document_search'
  | 'document_cites'
  | 'document_mentions';

export interface AlertEvent {
  /** Derived from the data: the same change always gives the same key. */
  key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  /** Vietnamese, one line. */
  title: string;
  /** Vietnamese, a sentence or two. */
  summary: string;
  /** A path in the web app (`/documents/12`, `/targets/t-5g`), or null. */
  link: string | null;
  /** The data's own date (YYYY-MM-DD or as precise as known), or null. */
  occurred: string | null;
  /** What the event is about, as watchlist and saved-search topics: `target:<id>`, `search:<id>`… */
  topics: string[];
}

/** Where each target and task stood when alerts were last computed, and the last document seen. */
export interface AlertState {
  /** The highest document id already considered; null before the first run (nothing is "new" yet). */
  documentWatermark: number | null;
  targets: Record<string, TargetStatus>;
  /** `ok`, `due_soon` or `overdue` per task key. */
  tasks: Record<string, TaskAlertState>;
}

export type TaskAlertState = 'ok' | 'due_soon' | 'overdue';

export const EMPTY_ALERT_STATE: AlertState = { documentWatermark: null, targets: {}, tasks: {} };
