// The audit log: who changed what, when, with the state before and after. Only append and read are
// offered here, and the database refuses UPDATE and DELETE on the table (migration 4's dialect step).
import type { SqlExecutor } from '../dialect.ts';

export interface AuditEntryInput {
  actor: string;
  /** `review.confirm`, `task.add`, `task.update`, `task.import`, `programme.load`… */
  action: string;
  /** What changed: `task:<key>`, `observation:<key>`, `fact:<key>`, `programme:<id>`. */
  target: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export interface AuditQuery {
  /** Entries whose target starts with this (`task:` for every task, `task:t-01` for one). */
  target?: string;
  actor?: string;
  /** Default 100, newest first. */
  limit?: number;
}

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

export async function appendAudit(exec: SqlExecutor, at: string, entry: AuditEntryInput): Promise<void> {
  if (!entry.actor.trim()) throw new Error('audit: an entry needs an actor (who made the change)');
  await exec.run(
    exec.db.insertInto('audit_log').values({
      at,
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      before: json(entry.before),
      after: json(entry.after),
    }),
  );
}

export async function listAudit(exec: SqlExecutor, query: AuditQuery = {}): Promise<AuditEntry[]> {
  let q = exec.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(Math.max(1, query.limit ?? 100));
  // A prefix as a range: no LIKE escaping to get wrong, and the (target, id) index serves it.
  if (query.target) q = q.where('target', '>=', query.target).where('target', '<', `${query.target}\uffff`);
  if (query.actor) q = q.where('actor', '=', query.actor);
  return (await exec.all(q)).map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}
