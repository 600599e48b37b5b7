// The task store: tasks, their append-only status history, CSV and pack imports. Every change is
// written together with its audit entry in one transaction, so the audit log cannot miss a change
// nor record one that did not happen. Status events are only ever inserted: a correction is a new
// event with a note, and the history keeps what was said before.
//
// What is refused (TaskError, Vietnamese message; the rules are in src/track/tasks/task-rules.ts):
// - a key already stored (add), an unknown key (update);
// - a status change dated in the future (after today in Vietnam, by the store's clock), or before
//   the task's latest event: the history stays in date order, which timeliness relies on;
// - a status date that is not a full day (pack histories may use months; they are checked as the
//   month's last day, like deadlines).
import type { Selectable } from 'kysely';
import type { Pack, TaskStatus } from '../../programme/schema.ts';
import type { TaskImportRow } from '../../track/tasks/csv-import.ts';
import { currentStatus, historyOrderProblem, vietnamDay } from '../../track/tasks/timeliness.ts';
import { checkNewTask, checkStatusChange } from '../../track/tasks/task-rules.ts';
import type { SqlExecutor } from '../dialect.ts';
import type { TaskEventsTable, TasksTable } from '../schema.ts';
import { appendAudit } from './audit.ts';
import {
  TaskError,
  type ImportOptions,
  type NewTask,
  type PackTaskImportSummary,
  type StatusChangeInput,
  type TaskEvent,
  type TaskFilter,
  type TaskImportSummary,
  type TaskProvenance,
  type TaskRecord,
  type TaskStore,
} from './task-types.ts';

export * from './task-types.ts';

type TaskRow = Selectable<TasksTable>;
type EventRow = Selectable<TaskEventsTable>;

const auditTarget = (key: string) => `task:${key}`;
/** The target of an import's summary entry: under `task:`, so a prefix query for tasks finds it. */
export const TASK_IMPORT_TARGET = 'task:*';

function toEvent(row: EventRow): TaskEvent {
  return {
    status: row.status as TaskStatus,
    at: row.at,
    actor: row.actor,
    evidence: row.evidence,
    note: row.note,
    recordedAt: row.recorded_at,
  };
}

function toRecord(row: TaskRow, history: TaskEvent[]): TaskRecord {
  return {
    key: row.task_key,
    title: row.title,
    setBy: row.set_by,
    agency: row.agency,
    coAgencies: JSON.parse(row.co_agencies) as string[],
    deadline: row.deadline,
    createdAt: row.created_at,
    createdBy: row.created_by,
    product: row.product,
    recurring: row.recurring === 1,
    group: row.task_group,
    level: row.level as TaskRecord['level'],
    parent: row.parent,
    provenance: row.provenance === null ? null : (JSON.parse(row.provenance) as TaskProvenance),
    history,
  };
}

/** What the audit log keeps of a task: everything but the bookkeeping. */
function snapshot(task: TaskRecord) {
  const last = task.history[task.history.length - 1];
  return {
    key: task.key,
    title: task.title,
    setBy: task.setBy,
    agency: task.agency,
    coAgencies: task.coAgencies,
    deadline: task.deadline,
    status: currentStatus(task.history),
    statusAt: last?.at ?? null,
    // The fields of tasks proposed from documents, only when set: older entries keep their shape.
    ...(task.product !== null ? { product: task.product } : {}),
    ...(task.recurring ? { recurring: true } : {}),
    ...(task.group !== null ? { group: task.group } : {}),
    ...(task.level !== null ? { level: task.level } : {}),
    ...(task.parent !== null ? { parent: task.parent } : {}),
    ...(task.provenance !== null ? { provenance: task.provenance } : {}),
  };
}

/** The state a status change moves from, for the audit log's `before`. */
function statusState(task: TaskRecord) {
  const last = task.history[task.history.length - 1];
  return { status: currentStatus(task.history), at: last?.at ?? null, evidence: last?.evidence ?? null, note: last?.note ?? null };
}

export function createTaskStore(exec: SqlExecutor, now: () => string): TaskStore {
  const db = exec.db;
  const today = () => vietnamDay(now());

  async function historyOf(taskId: number): Promise<TaskEvent[]> {
    return (await exec.all(db.selectFrom('task_events').selectAll().where('task_id', '=', taskId).orderBy('id'))).map(toEvent);
  }

  async function rowOf(key: string): Promise<TaskRow | undefined> {
    return exec.first(db.selectFrom('tasks').selectAll().where('task_key', '=', key));
  }

  async function get(key: string): Promise<TaskRecord | null> {
    const row = await rowOf(key);
    return row ? toRecord(row, await historyOf(row.id)) : null;
  }

  async function list(filter: TaskFilter = {}): Promise<TaskRecord[]> {
    let tasks = db.selectFrom('tasks').selectAll().orderBy('task_key');
    if (filter.agency !== undefined) tasks = tasks.where('agency', '=', filter.agency);
    if (filter.setBy !== undefined) tasks = tasks.where('set_by', '=', filter.setBy);
    const rows = await exec.all(tasks);
    // One query for every history rather than one per task.
    const events = await exec.all(
      db
        .selectFrom('task_events')
        .selectAll()
        .where('task_id', 'in', tasks.clearSelect().clearOrderBy().select('id'))
        .orderBy('task_id')
        .orderBy('id'),
    );
    const byTask = new Map<number, TaskEvent[]>();
    for (const e of events) {
      if (!byTask.has(e.task_id)) byTask.set(e.task_id, []);
      byTask.get(e.task_id)!.push(toEvent(e));
    }
    return rows.map((r) => toRecord(r, byTask.get(r.id) ?? []));
  }

  /** A status change checked against the task's history (task-rules.ts), as it will be stored. */
  const checkedEvent = (history: readonly TaskEvent[], change: StatusChangeInput, periods = false) => checkStatusChange(history, change, today(), periods);

  async function insertEvent(taskId: number, event: ReturnType<typeof checkedEvent>, actor: string): Promise<void> {
    await exec.run(
      db.insertInto('task_events').values({
        task_id: taskId,
        status: event.status,
        at: event.at,
        actor,
        evidence: event.evidence,
        note: event.note,
        recorded_at: now(),
      }),
    );
  }

  /** Inserts a task with its events; the caller audits. Events are checked in order as they go. */
  async function insertTask(input: NewTask, actor: string, events: { change: StatusChangeInput; actor: string }[], periods = false): Promise<TaskRecord> {
    checkNewTask(input);
    if (await rowOf(input.key)) throw new TaskError('duplicate', `nhiệm vụ “${input.key}” đã có; dùng “task update” để ghi trạng thái mới`);
    if (input.parent != null && !await rowOf(input.parent)) throw new TaskError('invalid', `nhiệm vụ cha “${input.parent}” không có`);
    await exec.run(
      db.insertInto('tasks').values({
        task_key: input.key,
        title: input.title.trim(),
        set_by: input.setBy.trim(),
        agency: input.agency,
        co_agencies: JSON.stringify([...new Set(input.coAgencies ?? [])].filter((c) => c !== input.agency)),
        deadline: input.deadline,
        created_at: now(),
        created_by: actor,
        product: input.product ?? null,
        recurring: input.recurring ? 1 : 0,
        task_group: input.group?.trim() || null,
        level: input.level ?? null,
        parent: input.parent ?? null,
        provenance: input.provenance ? JSON.stringify(input.provenance) : null,
      }),
    );
    const row = (await rowOf(input.key))!;
    const stored: TaskEvent[] = [];
    for (const e of events) {
      const event = checkedEvent(stored, e.change, periods);
      await insertEvent(row.id, event, e.actor);
      stored.push({ ...event, actor: e.actor, recordedAt: now() });
    }
    return (await get(input.key))!;
  }

  async function add(input: NewTask, actor: string): Promise<TaskRecord> {
    return exec.transaction(async () => {
      const task = await insertTask(input, actor, input.status ? [{ change: input.status, actor }] : []);
      await appendAudit(exec, now(), { actor, action: 'task.add', target: auditTarget(task.key), before: null, after: snapshot(task) });
      return task;
    });
  }

  /** Appends one checked event and audits it under `action`; returns the task after. */
  async function appendStatus(task: TaskRecord, change: StatusChangeInput, actor: string, action: string): Promise<TaskRecord> {
    const row = (await rowOf(task.key))!;
    const event = checkedEvent(task.history, change);
    await insertEvent(row.id, event, actor);
    await appendAudit(exec, now(), { actor, action, target: auditTarget(task.key), before: statusState(task), after: event });
    return (await get(task.key))!;
  }

  async function update(key: string, change: StatusChangeInput, actor: string): Promise<TaskRecord> {
    return exec.transaction(async () => {
      const task = await get(key);
      if (!task) throw new TaskError('not_found', `không có nhiệm vụ “${key}”`);
      return appendStatus(task, change, actor, 'task.update');
    });
  }

  /** Fields of a CSV row that differ from the stored task (the import does not rewrite them). */
  function differences(task: TaskRecord, row: TaskImportRow): string[] {
    const diffs: string[] = [];
    if (task.title !== row.title) diffs.push('nhiệm vụ');
    if (task.setBy !== row.setBy) diffs.push('văn bản');
    if (task.agency !== row.agency) diffs.push('cơ quan chủ trì');
    const co = (list: readonly string[]) => [...list].sort().join(';');
    if (co(task.coAgencies) !== co(row.coAgencies.filter((c) => c !== row.agency))) diffs.push('cơ quan phối hợp');
    if (task.deadline !== row.deadline) diffs.push('hạn');
    return diffs;
  }

  async function importRows(rows: readonly TaskImportRow[], actor: string, options: ImportOptions = {}): Promise<TaskImportSummary> {
    const summary: TaskImportSummary = { added: 0, updated: 0, unchanged: 0, errors: [], ignoredChanges: [] };
    const addedKeys: string[] = [];
    const updatedKeys: string[] = [];
    await exec.transaction(async () => {
      for (const row of rows) {
        const change: StatusChangeInput = { status: row.status, at: row.statusDate ?? options.importDate, evidence: row.evidence, note: row.note };
        try {
          // A savepoint per row: a row that fails leaves nothing behind, and the others are kept.
          await exec.transaction(async () => {
            const stored = await get(row.key);
            if (!stored) {
              const input: NewTask = { key: row.key, title: row.title, setBy: row.setBy, agency: row.agency, coAgencies: row.coAgencies, deadline: row.deadline };
              const task = await insertTask(input, actor, [{ change, actor }]);
              await appendAudit(exec, now(), { actor, action: 'task.import', target: auditTarget(task.key), before: null, after: snapshot(task) });
              summary.added++;
              addedKeys.push(row.key);
              return;
            }
            const diffs = differences(stored, row);
            if (diffs.length > 0) {
              summary.ignoredChanges.push({ line: row.line, key: row.key, message: `${diffs.join(', ')} khác với bản đã lưu; giữ bản đã lưu (nhập tệp chỉ ghi thêm trạng thái)` });
            }
            const last = stored.history[stored.history.length - 1];
            // Without a date in the file, the status alone decides: re-importing tomorrow changes nothing.
            const changed = currentStatus(stored.history) !== row.status || (row.statusDate !== null && row.statusDate !== last?.at);
            if (!changed) {
              summary.unchanged++;
              return;
            }
            await appendStatus(stored, change, actor, 'task.import');
            summary.updated++;
            updatedKeys.push(row.key);
          });
        } catch (error) {
          if (!(error instanceof TaskError)) throw error;
          summary.errors.push({ line: row.line, key: row.key, message: error.message });
        }
      }
      await appendAudit(exec, now(), {
        actor,
        action: 'task.import',
        target: TASK_IMPORT_TARGET,
        before: null,
        after: {
          source: options.source ?? null,
          rows: rows.length + (options.rejectedRows ?? 0),
          added: addedKeys,
          updated: updatedKeys,
          unchanged: summary.unchanged,
          rejected: (options.rejectedRows ?? 0) + summary.errors.length,
        },
      });
    });
    return summary;
  }

  async function importPackTasks(pack: Pick<Pack, 'tasks' | 'programme'>, actor: string): Promise<PackTaskImportSummary> {
    const result: PackTaskImportSummary = { added: [], existing: [], errors: [] };
    await exec.transaction(async () => {
      for (const t of pack.tasks) {
        if (await rowOf(t.id)) {
          result.existing.push(t.id);
          continue;
        }
        try {
          await exec.transaction(async () => {
            const order = historyOrderProblem(t.history);
            if (order) throw new TaskError('invalid', order);
            const events = t.history.map((e) => ({ change: { status: e.status, at: e.at, evidence: e.evidence, note: e.note }, actor: e.by }));
            const input: NewTask = { key: t.id, title: t.title, setBy: t.setBy, agency: t.agency, coAgencies: t.coAgencies, deadline: t.deadline };
            const task = await insertTask(input, actor, events, true);
            await appendAudit(exec, now(), {
              actor,
              action: 'task.add',
              target: auditTarget(task.key),
              before: null,
              after: { ...snapshot(task), from: `programme:${pack.programme.id}` },
            });
            result.added.push(t.id);
          });
        } catch (error) {
          if (!(error instanceof TaskError)) throw error;
          result.errors.push({ key: t.id, message: error.message });
        }
      }
    });
    return result;
  }

  return { add, update, get, list, importRows, importPackTasks };
}
