// Importing tasks from a CSV body: parsed, agencies resolved against the pack, stored in one
// transaction. Runs in a worker thread (jobs/worker.ts): a 100,000-row file takes seconds.
import type { Pack } from '../../../programme/schema.ts';
import type { Store } from '../../../store/index.ts';
import { createAgencyResolver, parseTaskCsv, rejectedRowCount } from '../../../track/tasks/csv-import.ts';

export interface TasksImportJob {
  kind: 'tasks-import';
  actor: string;
  csv: string;
  /** The day statuses without a date take (today in Vietnam, or the tests' fixed day). */
  importDate: string;
}

export interface TasksImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  rejected: { line: number; column: string | null; message: string }[];
}

export async function runTasksImport(store: Store, pack: Pack, job: TasksImportJob): Promise<TasksImportSummary> {
  const parsed = parseTaskCsv(job.csv, { resolveAgency: createAgencyResolver([...pack.agencies, ...pack.provinces]), importDate: job.importDate });
  const summary = await store.tasks.importRows(parsed.rows, job.actor, { source: 'api', rejectedRows: rejectedRowCount(parsed.errors), importDate: job.importDate });
  return {
    added: summary.added,
    updated: summary.updated,
    unchanged: summary.unchanged,
    rejected: [...parsed.errors, ...summary.errors.map((e) => ({ line: e.line, column: null, message: `${e.key}: ${e.message}` }))].sort((a, b) => a.line - b.line),
  };
}
