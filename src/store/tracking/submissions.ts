// Submissions with approval: a reporter's figure for an indicator, a reporting period and their own
// scope, with a note and evidence; an editor accepts it, rejects it with a reason, or asks for an
// explanation the reporter answers; a rejected figure may be corrected and sent again. Each step is
// an event row and an audit entry (`submission:<id>`), written in one transaction with the change.
// Who may take a step (role and scope) is checked by the caller (the HTTP routes, the CLI); what
// order the steps come in is checked here.
//
// Statuses, as agencies' reporting apps name them: chua_gui (chưa gửi: a draft), cho_duyet (chờ
// duyệt), tu_choi (từ chối), da_duyet (đã duyệt). An explanation request keeps the submission
// waiting (cho_duyet) with `explanationRequested` until the reporter answers.
//
// An accepted submission is an observation of its own origin (`submitted`, key `s:<id>`) beside pack
// rows and news figures: acceptedObservations() gives them to the series, status and conflicts.
import type { Selectable } from 'kysely';
import type { SqlExecutor } from '../dialect.ts';
import type { SubmissionEventsTable, SubmissionsTable } from '../schema.ts';
import type { Observation } from '../../track/observation.ts';
import { appendAudit } from './audit.ts';

export const submissionStatuses = ['chua_gui', 'cho_duyet', 'tu_choi', 'da_duyet'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, { vi: string; en: string }> = {
  chua_gui: { vi: 'chưa gửi', en: 'draft' },
  cho_duyet: { vi: 'chờ duyệt', en: 'awaiting approval' },
  tu_choi: { vi: 'từ chối', en: 'rejected' },
  da_duyet: { vi: 'đã duyệt', en: 'approved' },
};

export type SubmissionAction = 'draft' | 'submit' | 'resubmit' | 'accept' | 'reject' | 'explain_request' | 'explain_answer';

export interface NewSubmission {
  indicator: string;
  /** `province:<name>` or `agency:<id>`. */
  scope: string;
  /** The agency or province id of the scope. */
  agency: string;
  /** A reporting period id and the day its value stands for (the period's end). */
  period: string;
  asOf: string;
  value: number;
  valueMax?: number | null;
  note?: string | null;
  evidence?: string | null;
  /** false keeps it as a draft (chưa gửi). Default true. */
  submit?: boolean;
}

export interface SubmissionEvent {
  action: SubmissionAction;
  actor: string;
  at: string;
  note: string | null;
  value: number | null;
  valueMax: number | null;
}

export interface Submission {
  id: number;
  indicator: string;
  scope: string;
  agency: string;
  period: string;
  asOf: string;
  value: number;
  valueMax: number | null;
  note: string | null;
  evidence: string | null;
  status: SubmissionStatus;
  explanationRequested: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  events: SubmissionEvent[];
}

export class SubmissionError extends Error {
  constructor(
    readonly code: 'not_found' | 'invalid' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'SubmissionError';
  }
}

export interface SubmissionStore {
  create(input: NewSubmission, actor: string): Promise<Submission>;
  get(id: number): Promise<Submission | null>;
  list(filter?: { status?: SubmissionStatus; agencies?: readonly string[]; indicator?: string }): Promise<Submission[]>;
  /** A draft sent for approval. */
  submit(id: number, actor: string): Promise<Submission>;
  /** A rejected (or draft) submission corrected and sent again. */
  resubmit(id: number, change: { value: number; valueMax?: number | null; note?: string | null; evidence?: string | null }, actor: string): Promise<Submission>;
  /** An editor's decision on a waiting submission; a rejection and an explanation request need a reason. */
  decide(id: number, decision: { action: 'accept' | 'reject' | 'explain_request'; reason?: string | null }, actor: string): Promise<Submission>;
  /** The reporter's answer to an explanation request. */
  answer(id: number, note: string, actor: string): Promise<Submission>;
  /** Accepted submissions as observations (origin submitted), for series, status and conflicts. */
  acceptedObservations(): Promise<Observation[]>;
}

type Row = Selectable<SubmissionsTable>;

function fromRow(row: Row, events: Selectable<SubmissionEventsTable>[]): Submission {
  return {
    id: row.id,
    indicator: row.indicator,
    scope: row.scope,
    agency: row.agency,
    period: row.period,
    asOf: row.as_of,
    value: row.value,
    valueMax: row.value_max,
    note: row.note,
    evidence: row.evidence,
    status: row.status as SubmissionStatus,
    explanationRequested: row.explanation_requested === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    reason: row.reason,
    events: events.map((e) => ({ action: e.action as SubmissionAction, actor: e.actor, at: e.at, note: e.note, value: e.value, valueMax: e.value_max })),
  };
}

/** What the audit log keeps of a submission: its state without the event list. */
function auditState(s: Submission | null): unknown {
  if (!s) return null;
  const { events: _events, ...rest } = s;
  return rest;
}

/** Accepted submissions as observations of their indicator (origin submitted), in id order. */
export async function acceptedObservations(exec: SqlExecutor): Promise<Observation[]> {
  const rows = await exec.all(exec.db.selectFrom('submissions').selectAll().where('status', '=', 'da_duyet').orderBy('id'));
  return rows.map((row): Observation => ({
    id: -row.id,
    key: `s:${row.id}`,
    origin: 'submitted',
    indicator: row.indicator,
    scope: row.scope,
    value: row.value,
    valueMax: row.value_max,
    unit: null,
    qualifier: row.value_max !== null && row.value_max !== row.value ? 'range' : 'exact',
    stance: 'reported',
    asOf: row.as_of,
    asOfFrom: 'pack',
    reported: row.decided_at?.slice(0, 10) ?? null,
    documentId: null,
    field: null,
    index: null,
    start: null,
    end: null,
    factText: null,
    sentence: null,
    sources: row.evidence ? [row.evidence] : [`submission:${row.id}`],
    confidence: 1,
    extractorVersion: null,
    verified: true,
    note: row.note,
    review: null,
  }));
}

export function createSubmissionStore(exec: SqlExecutor, now: () => string): SubmissionStore {
  const read = async (id: number): Promise<Submission | null> => {
    const row = await exec.first(exec.db.selectFrom('submissions').selectAll().where('id', '=', id));
    if (!row) return null;
    const events = await exec.all(exec.db.selectFrom('submission_events').selectAll().where('submission_id', '=', id).orderBy('id'));
    return fromRow(row, events);
  };
  const must = async (id: number): Promise<Submission> => {
    const s = await read(id);
    if (!s) throw new SubmissionError('not_found', `không có số liệu gửi duyệt #${id}`);
    return s;
  };
  const event = (id: number, action: SubmissionAction, actor: string, at: string, note: string | null, value: number | null = null, valueMax: number | null = null) =>
    exec.run(exec.db.insertInto('submission_events').values({ submission_id: id, action, actor, at, note, value, value_max: valueMax }));
  /** One step: checked, applied, its event and audit entry written, all in one transaction. */
  const step = (id: number, actor: string, action: SubmissionAction, apply: (s: Submission, at: string) => { set: Partial<Row>; note: string | null; value?: number | null; valueMax?: number | null }) =>
    exec.transaction(async () => {
      const before = await must(id);
      const at = now();
      const { set, note, value = null, valueMax = null } = apply(before, at);
      await exec.run(exec.db.updateTable('submissions').set({ ...set, updated_at: at }).where('id', '=', id));
      await event(id, action, actor, at, note, value, valueMax);
      const after = await must(id);
      await appendAudit(exec, at, { actor, action: `submission.${action}`, target: `submission:${id}`, before: auditState(before), after: auditState(after) });
      return after;
    });
  const needText = (text: string | null | undefined, what: string): string => {
    const t = text?.trim();
    if (!t) throw new SubmissionError('invalid', `${what}: cần ghi rõ lý do`);
    return t;
  };
  const checkRange = (value: number, valueMax: number | null | undefined) => {
    if (!Number.isFinite(value)) throw new SubmissionError('invalid', 'giá trị phải là một số');
    if (valueMax !== null && valueMax !== undefined && valueMax < value) throw new SubmissionError('invalid', 'giá trị trên của khoảng nhỏ hơn giá trị dưới');
  };

  return {
    async create(input, actor) {
      checkRange(input.value, input.valueMax);
      return exec.transaction(async () => {
        const at = now();
        const submit = input.submit !== false;
        const inserted = (await exec.first(
          exec.db
            .insertInto('submissions')
            .values({
              indicator: input.indicator,
              scope: input.scope,
              agency: input.agency,
              period: input.period,
              as_of: input.asOf,
              value: input.value,
              value_max: input.valueMax ?? null,
              note: input.note?.trim() || null,
              evidence: input.evidence?.trim() || null,
              status: submit ? 'cho_duyet' : 'chua_gui',
              explanation_requested: 0,
              created_by: actor,
              created_at: at,
              updated_at: at,
              decided_by: null,
              decided_at: null,
              reason: null,
            })
            .returning('id'),
        ))!;
        await event(inserted.id, submit ? 'submit' : 'draft', actor, at, input.note?.trim() || null, input.value, input.valueMax ?? null);
        const after = await must(inserted.id);
        await appendAudit(exec, at, { actor, action: `submission.${submit ? 'submit' : 'draft'}`, target: `submission:${inserted.id}`, before: null, after: auditState(after) });
        return after;
      });
    },
    get: read,
    async list(filter = {}) {
      let q = exec.db.selectFrom('submissions').select('id').orderBy('id', 'desc');
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.indicator) q = q.where('indicator', '=', filter.indicator);
      if (filter.agencies) {
        if (filter.agencies.length === 0) return [];
        q = q.where('agency', 'in', [...filter.agencies]);
      }
      const found: Submission[] = [];
      for (const r of await exec.all(q)) found.push(await must(r.id));
      return found;
    },
    async submit(id, actor) {
      return step(id, actor, 'submit', (s) => {
        if (s.status !== 'chua_gui') throw new SubmissionError('conflict', `số liệu #${id} đang ở trạng thái ${SUBMISSION_STATUS_LABELS[s.status].vi}, không phải bản nháp`);
        return { set: { status: 'cho_duyet' }, note: null };
      });
    },
    async resubmit(id, change, actor) {
      checkRange(change.value, change.valueMax);
      return step(id, actor, 'resubmit', (s) => {
        if (s.status !== 'tu_choi' && s.status !== 'chua_gui') throw new SubmissionError('conflict', `số liệu #${id} đang ${SUBMISSION_STATUS_LABELS[s.status].vi}: chỉ gửi lại được số liệu bị từ chối hoặc bản nháp`);
        return {
          set: {
            status: 'cho_duyet',
            value: change.value,
            value_max: change.valueMax ?? null,
            ...(change.note !== undefined ? { note: change.note?.trim() || null } : {}),
            ...(change.evidence !== undefined ? { evidence: change.evidence?.trim() || null } : {}),
            explanation_requested: 0,
          },
          note: change.note?.trim() || null,
          value: change.value,
          valueMax: change.valueMax ?? null,
        };
      });
    },
    async decide(id, decision, actor) {
      return step(id, actor, decision.action, (s, at) => {
        if (s.status !== 'cho_duyet') throw new SubmissionError('conflict', `số liệu #${id} đang ${SUBMISSION_STATUS_LABELS[s.status].vi}: chỉ duyệt được số liệu chờ duyệt`);
        if (decision.action === 'explain_request') {
          const reason = needText(decision.reason, 'yêu cầu giải trình');
          return { set: { explanation_requested: 1, reason, decided_by: actor, decided_at: at }, note: reason };
        }
        if (decision.action === 'reject') {
          const reason = needText(decision.reason, 'từ chối');
          return { set: { status: 'tu_choi', explanation_requested: 0, reason, decided_by: actor, decided_at: at }, note: reason };
        }
        const note = decision.reason?.trim() || null;
        return { set: { status: 'da_duyet', explanation_requested: 0, reason: note, decided_by: actor, decided_at: at }, note };
      });
    },
    async answer(id, note, actor) {
      return step(id, actor, 'explain_answer', (s) => {
        if (s.status !== 'cho_duyet' || !s.explanationRequested) throw new SubmissionError('conflict', `số liệu #${id} không có yêu cầu giải trình đang chờ trả lời`);
        return { set: { explanation_requested: 0 }, note: needText(note, 'giải trình') };
      });
    },
    acceptedObservations: async () => acceptedObservations(exec),
  };
}
