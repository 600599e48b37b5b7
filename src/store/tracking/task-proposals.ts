// Tasks proposed from documents and completions proposed from later documents: review queues in
// front of the task register. A proposal never becomes a task, nor a completion a status, without
// an editor's decision; every step (proposed, accepted, merged, rejected, withdrawn, confirmed) is
// written with its audit entry in the same transaction.
//
// Keys:
//   proposal    `<document id>:<field>:<index>:<start>-<end>:task`, the place of the task mention
//               (the fact key of reviews.ts): the same text ingested again gives the same key, so a
//               decision is kept and nothing is proposed twice.
//   completion  `<task key>@<document id>`: one proposal per task and fulfilling document.
import type { Selectable } from 'kysely';
import type { SqlExecutor } from '../dialect.ts';
import type { TaskCompletionsTable, TaskProposalsTable } from '../schema.ts';
import type { TaskMention } from '../../extract/tasks/types.ts';
import { appendAudit } from './audit.ts';
import { TaskError, type NewTask, type StatusChangeInput, type TaskRecord, type TaskStore } from './task-types.ts';

export type ProposalStatus = 'proposed' | 'accepted' | 'merged' | 'rejected';
export type CompletionStatus = 'proposed' | 'confirmed' | 'rejected';

/** What the extractor read, without its place (kept beside it). */
export type ProposedTask = Pick<TaskMention, 'wording' | 'lead' | 'coAgencies' | 'product' | 'deadline' | 'assignedBy' | 'shape'>;

export interface TaskProposalDraft {
  documentId: number;
  field: string;
  index: number;
  start: number;
  end: number;
  /** The span's text: the clause, list item or table row. */
  text: string;
  /** The whole sentence (or row) the task was read from. */
  sentence: string;
  task: ProposedTask;
  confidence: number;
  /** `tasks@1.0.0`. */
  extractor: string;
  /**
   * The proposal this one repeats (the same sentence and lead in another document: a reprint, the
   * same text filed twice): stored as merged into it (rejected with it, if it was rejected), so the
   * queue holds each task once.
   */
  duplicateOf?: { key: string; taskKey: string | null; rejected: boolean };
}

export interface TaskProposal extends Omit<TaskProposalDraft, 'documentId' | 'duplicateOf'> {
  key: string;
  /** Null when the document was removed since (a decided proposal stays as provenance). */
  documentId: number | null;
  status: ProposalStatus;
  /** The register task it was accepted as or merged into. */
  taskKey: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  createdAt: string;
}

/** A stored task mention that has no proposal yet. */
export interface UnproposedMention {
  documentId: number;
  field: string;
  index: number;
  start: number;
  end: number;
  text: string;
  value: ProposedTask;
  confidence: number;
  extractor: string;
}

export interface CompletionDraft {
  taskKey: string;
  documentId: number;
  legalId: string | null;
  /** The fulfilling document's date (ISO day, month or year), when known. */
  documentDate: string | null;
  field: string;
  index: number;
  start: number;
  end: number;
  sentence: string;
  /** What the document says: the task is done, or (news of delay) still under way. */
  proposedStatus: 'hoan_thanh' | 'dang_thuc_hien';
  /** 0..1: how well the document fits (type, issuer, subject). */
  score: number;
  reasons: string[];
}

export interface TaskCompletion extends Omit<CompletionDraft, 'documentId'> {
  key: string;
  /** Null when the document was removed since. */
  documentId: number | null;
  status: CompletionStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  note: string | null;
  createdAt: string;
}

export interface TaskProposalStore {
  /** Task mentions without a proposal, by document and place. */
  unproposed(limit?: number): Promise<UnproposedMention[]>;
  /** Stores new proposals (keys already stored are left alone); returns the keys added. */
  add(drafts: readonly TaskProposalDraft[], actor: string): Promise<string[]>;
  /** Removes waiting proposals whose mention is gone (the text changed, or was extracted again differently). */
  withdrawStale(actor: string): Promise<string[]>;
  list(filter?: { status?: ProposalStatus; documentId?: number; taskKey?: string }): Promise<TaskProposal[]>;
  get(key: string): Promise<TaskProposal | null>;
  /** Adds `task` to the register from a waiting proposal; throws TaskError. */
  accept(key: string, task: NewTask, actor: string, note?: string | null): Promise<TaskRecord>;
  /** Records the proposal as the same task as a stored one (nothing in the task changes). */
  merge(key: string, taskKey: string, actor: string, note?: string | null): Promise<TaskProposal>;
  reject(key: string, actor: string, note?: string | null): Promise<TaskProposal>;
  /** Stored documents that are legal documents themselves (document_legal_ids), oldest first. */
  legalDocuments(): Promise<{ documentId: number; legalId: string; title: string | null; published: string | null }[]>;
  completions: {
    add(drafts: readonly CompletionDraft[], actor: string): Promise<string[]>;
    list(filter?: { status?: CompletionStatus; taskKey?: string }): Promise<TaskCompletion[]>;
    get(key: string): Promise<TaskCompletion | null>;
    /** Appends `hoàn thành` with the document as evidence. */
    confirm(key: string, change: Partial<StatusChangeInput>, actor: string): Promise<TaskRecord>;
    reject(key: string, actor: string, note?: string | null): Promise<TaskCompletion>;
  };
}

export const proposalKey = (p: { documentId: number; field: string; index: number; start: number; end: number }): string =>
  `${p.documentId}:${p.field}:${p.index}:${p.start}-${p.end}:task`;
export const completionKey = (c: { taskKey: string; documentId: number }): string => `${c.taskKey}@${c.documentId}`;

const proposalTarget = (key: string) => `task-proposal:${key}`;
const completionTarget = (key: string) => `task-completion:${key}`;

function toProposal(row: Selectable<TaskProposalsTable>): TaskProposal {
  const value = JSON.parse(row.value) as ProposedTask & { text: string; extractor: string };
  const { text, extractor, ...task } = value;
  return {
    key: row.proposal_key,
    documentId: row.document_id,
    field: row.field,
    index: row.idx,
    start: row.start,
    end: row.end,
    text,
    sentence: row.sentence,
    task,
    confidence: row.confidence,
    extractor: extractor ?? row.extractor_version,
    status: row.status as ProposalStatus,
    taskKey: row.task_key,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    note: row.note,
    createdAt: row.created_at,
  };
}

function toCompletion(row: Selectable<TaskCompletionsTable>): TaskCompletion {
  return {
    key: row.completion_key,
    taskKey: row.task_key,
    documentId: row.document_id,
    legalId: row.legal_id,
    documentDate: row.document_date,
    field: row.field,
    index: row.idx,
    start: row.start,
    end: row.end,
    sentence: row.sentence,
    proposedStatus: row.proposed_status as CompletionDraft['proposedStatus'],
    score: row.score,
    reasons: JSON.parse(row.reasons) as string[],
    status: row.status as CompletionStatus,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** What the audit log keeps of a proposal. */
const proposalSnapshot = (p: TaskProposal) => ({
  key: p.key,
  status: p.status,
  documentId: p.documentId,
  sentence: p.sentence,
  wording: p.task.wording,
  lead: p.task.lead.name,
  deadline: p.task.deadline?.value ?? p.task.deadline?.precision ?? null,
  product: p.task.product,
  taskKey: p.taskKey,
});

const completionSnapshot = (c: TaskCompletion) => ({
  key: c.key,
  status: c.status,
  taskKey: c.taskKey,
  documentId: c.documentId,
  legalId: c.legalId,
  proposedStatus: c.proposedStatus,
  sentence: c.sentence,
  score: c.score,
  reasons: c.reasons,
});

const blank = (note: string | null | undefined): string | null => note?.trim() || null;

export function createTaskProposalStore(exec: SqlExecutor, now: () => string, tasks: TaskStore): TaskProposalStore {
  const db = exec.db;

  async function unproposed(limit = 1000): Promise<UnproposedMention[]> {
    const rows = await exec.all(
      db
        .selectFrom('mentions as m')
        .leftJoin('task_proposals as p', (j) =>
          j
            .onRef('p.document_id', '=', 'm.document_id')
            .onRef('p.field', '=', 'm.field')
            .onRef('p.idx', '=', 'm.idx')
            .onRef('p.start', '=', 'm.start')
            .onRef('p.end', '=', 'm.end'),
        )
        .select(['m.document_id', 'm.field', 'm.idx', 'm.start', 'm.end', 'm.text', 'm.value', 'm.confidence', 'm.extractor', 'm.extractor_version'])
        .where('m.kind', '=', 'task')
        .where('p.id', 'is', null)
        .orderBy('m.document_id')
        .orderBy('m.id')
        .limit(limit),
    );
    return rows.map((r) => ({
      documentId: r.document_id,
      field: r.field,
      index: r.idx,
      start: r.start,
      end: r.end,
      text: r.text,
      value: JSON.parse(r.value) as ProposedTask,
      confidence: r.confidence,
      extractor: `${r.extractor}@${r.extractor_version}`,
    }));
  }

  async function get(key: string): Promise<TaskProposal | null> {
    const row = await exec.first(db.selectFrom('task_proposals').selectAll().where('proposal_key', '=', key));
    return row ? toProposal(row) : null;
  }

  async function add(drafts: readonly TaskProposalDraft[], actor: string): Promise<string[]> {
    const added: string[] = [];
    await exec.transaction(async () => {
      for (const d of drafts) {
        const key = proposalKey(d);
        const { changes } = await exec.run(
          db
            .insertInto('task_proposals')
            .values({
              proposal_key: key,
              document_id: d.documentId,
              field: d.field,
              idx: d.index,
              start: d.start,
              end: d.end,
              sentence: d.sentence,
              value: JSON.stringify({ ...d.task, text: d.text, extractor: d.extractor }),
              confidence: d.confidence,
              extractor_version: d.extractor,
              status: d.duplicateOf ? (d.duplicateOf.rejected ? 'rejected' : 'merged') : 'proposed',
              task_key: d.duplicateOf?.taskKey ?? null,
              decided_by: d.duplicateOf ? actor : null,
              decided_at: d.duplicateOf ? now() : null,
              note: d.duplicateOf ? `= ${d.duplicateOf.key}` : null,
              created_at: now(),
            })
            .onConflict((oc) => oc.column('proposal_key').doNothing()),
        );
        if (changes === 0) continue;
        const action = d.duplicateOf ? 'task.propose.duplicate' : 'task.propose';
        await appendAudit(exec, now(), { actor, action, target: proposalTarget(key), before: null, after: { ...proposalSnapshot((await get(key))!), ...(d.duplicateOf ? { duplicateOf: d.duplicateOf.key } : {}) } });
        added.push(key);
      }
    });
    return added;
  }

  async function withdrawStale(actor: string): Promise<string[]> {
    return exec.transaction(async () => {
      const stale = await exec.all(
        db
          .selectFrom('task_proposals as p')
          .selectAll('p')
          .where('p.status', '=', 'proposed')
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('mentions as m')
                  .select('m.id')
                  .where('m.kind', '=', 'task')
                  .whereRef('m.document_id', '=', 'p.document_id')
                  .whereRef('m.field', '=', 'p.field')
                  .whereRef('m.idx', '=', 'p.idx')
                  .whereRef('m.start', '=', 'p.start')
                  .whereRef('m.end', '=', 'p.end'),
              ),
            ),
          ),
      );
      for (const row of stale) {
        await exec.run(db.deleteFrom('task_proposals').where('id', '=', row.id));
        await appendAudit(exec, now(), { actor, action: 'task.proposal.withdraw', target: proposalTarget(row.proposal_key), before: proposalSnapshot(toProposal(row)), after: null });
      }
      return stale.map((r) => r.proposal_key);
    });
  }

  async function list(filter: { status?: ProposalStatus; documentId?: number; taskKey?: string } = {}): Promise<TaskProposal[]> {
    let q = db.selectFrom('task_proposals').selectAll().orderBy('id');
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.documentId !== undefined) q = q.where('document_id', '=', filter.documentId);
    if (filter.taskKey !== undefined) q = q.where('task_key', '=', filter.taskKey);
    return (await exec.all(q)).map(toProposal);
  }

  /** The waiting proposal `key`, or TaskError. */
  async function waiting(key: string): Promise<TaskProposal> {
    const p = await get(key);
    if (!p) throw new TaskError('not_found', `không có đề xuất nhiệm vụ “${key}”`);
    if (p.status !== 'proposed') {
      throw new TaskError('invalid', `đề xuất “${key}” đã được xử lý (${p.status}${p.taskKey ? ` → ${p.taskKey}` : ''}, ${p.decidedBy ?? ''})`);
    }
    return p;
  }

  async function decide(p: TaskProposal, status: ProposalStatus, taskKey: string | null, actor: string, note: string | null | undefined, action: string): Promise<TaskProposal> {
    await exec.run(
      db
        .updateTable('task_proposals')
        .set({ status, task_key: taskKey, decided_by: actor, decided_at: now(), note: blank(note) })
        .where('proposal_key', '=', p.key)
        .where('status', '=', 'proposed'),
    );
    const after = (await get(p.key))!;
    await appendAudit(exec, now(), { actor, action, target: proposalTarget(p.key), before: proposalSnapshot(p), after: { ...proposalSnapshot(after), note: after.note } });
    return after;
  }

  async function accept(key: string, task: NewTask, actor: string, note?: string | null): Promise<TaskRecord> {
    return exec.transaction(async () => {
      const p = await waiting(key);
      const provenance = task.provenance ?? {
        proposal: p.key,
        documentId: p.documentId,
        field: p.field,
        index: p.index,
        start: p.start,
        end: p.end,
        sentence: p.sentence,
        text: p.text,
        extractor: p.extractor,
      };
      const record = await tasks.add({ ...task, provenance }, actor);
      await decide(p, 'accepted', record.key, actor, note, 'task.proposal.accept');
      return record;
    });
  }

  async function merge(key: string, taskKey: string, actor: string, note?: string | null): Promise<TaskProposal> {
    return exec.transaction(async () => {
      const p = await waiting(key);
      if (!await tasks.get(taskKey)) throw new TaskError('not_found', `không có nhiệm vụ “${taskKey}” để gộp vào`);
      return decide(p, 'merged', taskKey, actor, note, 'task.proposal.merge');
    });
  }

  async function reject(key: string, actor: string, note?: string | null): Promise<TaskProposal> {
    return exec.transaction(async () => decide(await waiting(key), 'rejected', null, actor, note, 'task.proposal.reject'));
  }

  // ── Completions ──────────────────────────────────────────────────────────────────────────────

  async function getCompletion(key: string): Promise<TaskCompletion | null> {
    const row = await exec.first(db.selectFrom('task_completions').selectAll().where('completion_key', '=', key));
    return row ? toCompletion(row) : null;
  }

  async function addCompletions(drafts: readonly CompletionDraft[], actor: string): Promise<string[]> {
    const added: string[] = [];
    await exec.transaction(async () => {
      for (const d of drafts) {
        const key = completionKey(d);
        const { changes } = await exec.run(
          db
            .insertInto('task_completions')
            .values({
              completion_key: key,
              task_key: d.taskKey,
              document_id: d.documentId,
              legal_id: d.legalId,
              document_date: d.documentDate,
              field: d.field,
              idx: d.index,
              start: d.start,
              end: d.end,
              sentence: d.sentence,
              proposed_status: d.proposedStatus,
              score: d.score,
              reasons: JSON.stringify(d.reasons),
              status: 'proposed',
              created_at: now(),
            })
            .onConflict((oc) => oc.column('completion_key').doNothing()),
        );
        if (changes === 0) continue;
        await appendAudit(exec, now(), { actor, action: 'task.completion.propose', target: completionTarget(key), before: null, after: completionSnapshot((await getCompletion(key))!) });
        added.push(key);
      }
    });
    return added;
  }

  async function listCompletions(filter: { status?: CompletionStatus; taskKey?: string } = {}): Promise<TaskCompletion[]> {
    let q = db.selectFrom('task_completions').selectAll().orderBy('id');
    if (filter.status !== undefined) q = q.where('status', '=', filter.status);
    if (filter.taskKey !== undefined) q = q.where('task_key', '=', filter.taskKey);
    return (await exec.all(q)).map(toCompletion);
  }

  async function waitingCompletion(key: string): Promise<TaskCompletion> {
    const c = await getCompletion(key);
    if (!c) throw new TaskError('not_found', `không có đề xuất hoàn thành “${key}”`);
    if (c.status !== 'proposed') throw new TaskError('invalid', `đề xuất hoàn thành “${key}” đã được xử lý (${c.status}, ${c.decidedBy ?? ''})`);
    return c;
  }

  async function decideCompletion(c: TaskCompletion, status: CompletionStatus, actor: string, note: string | null | undefined, action: string): Promise<TaskCompletion> {
    await exec.run(
      db
        .updateTable('task_completions')
        .set({ status, decided_by: actor, decided_at: now(), note: blank(note) })
        .where('completion_key', '=', c.key)
        .where('status', '=', 'proposed'),
    );
    const after = (await getCompletion(c.key))!;
    await appendAudit(exec, now(), { actor, action, target: completionTarget(c.key), before: completionSnapshot(c), after: { ...completionSnapshot(after), note: after.note } });
    return after;
  }

  async function confirm(key: string, change: Partial<StatusChangeInput>, actor: string): Promise<TaskRecord> {
    return exec.transaction(async () => {
      const c = await waitingCompletion(key);
      const task = await tasks.update(
        c.taskKey,
        {
          status: change.status ?? c.proposedStatus,
          at: change.at,
          evidence: change.evidence ?? c.legalId ?? `document:${c.documentId ?? '?'}`,
          note: change.note ?? c.sentence,
        },
        actor,
      );
      await decideCompletion(c, 'confirmed', actor, change.note, 'task.completion.confirm');
      return task;
    });
  }

  async function rejectCompletion(key: string, actor: string, note?: string | null): Promise<TaskCompletion> {
    return exec.transaction(async () => decideCompletion(await waitingCompletion(key), 'rejected', actor, note, 'task.completion.reject'));
  }

  async function legalDocuments() {
    return (await exec
      .all(
        db
          .selectFrom('document_legal_ids as l')
          .innerJoin('documents as d', 'd.id', 'l.document_id')
          .select(['l.document_id', 'l.legal_id', 'd.title', 'd.published'])
          .orderBy('l.document_id'),
      ))
      .map((r) => ({ documentId: r.document_id, legalId: r.legal_id, title: r.title, published: r.published }));
  }

  return {
    legalDocuments,
    unproposed,
    add,
    withdrawStale,
    list,
    get,
    accept,
    merge,
    reject,
    completions: { add: addCompletions, list: listCompletions, get: getCompletion, confirm, reject: rejectCompletion },
  };
}
