// The task review queues, kept current from stored facts (run after ingest and re-extraction, with
// the programme sync): every task mention becomes a proposal once, waiting proposals whose mention
// is gone are withdrawn, and every register task that expects a product gets a proposed completion
// for each stored legal document that fits it (src/link/task-completion.ts). Idempotent: running
// it again on the same store adds nothing. Decisions are the editor's (acceptProposal and the
// store's merge, reject, confirm).
import type { Pack } from '../programme/schema.ts';
import type { Store } from '../store/index.ts';
import type { LegalRefMention } from '../extract/facts.ts';
import { TaskError, type NewTask, type TaskLevel, type TaskRecord } from '../store/tracking/task-types.ts';
import { proposalKey, type CompletionDraft, type TaskProposal, type TaskProposalDraft, type UnproposedMention } from '../store/tracking/task-proposals.ts';
import { splitSentences } from '../text/sentences.ts';
import { matchCompletion, subjectWords, type CompletionCandidate } from '../link/task-completion.ts';
import { statusFromSentence } from '../link/task-status-news.ts';
import { createAgencyResolver } from '../track/tasks/csv-import.ts';
import { agencyNames } from '../track/tasks/scorecards.ts';
import { currentStatus } from '../track/tasks/timeliness.ts';

const BATCH = 500;

export interface TaskSyncSummary {
  proposed: number;
  withdrawn: number;
  completions: number;
}

type DocText = { title: string | null; lede: string | null; body: string[] } | null;

function fieldText(doc: DocText, field: string, index: number): string {
  if (!doc) return '';
  if (field === 'title') return doc.title ?? '';
  if (field === 'lede') return doc.lede ?? '';
  return doc.body[index] ?? '';
}

/** The sentences the span lies in, whole: a task is read with its sentence (a table row is one). */
export function sentenceAround(text: string, start: number, end: number): string {
  const parts = splitSentences(text).filter((s) => s.end > start && s.start < end);
  if (parts.length === 0) return text.slice(start, end);
  return text.slice(parts[0]!.start, parts[parts.length - 1]!.end);
}

function draftOf(m: UnproposedMention, doc: DocText): TaskProposalDraft {
  const text = fieldText(doc, m.field, m.index);
  return {
    documentId: m.documentId,
    field: m.field,
    index: m.index,
    start: m.start,
    end: m.end,
    text: m.text,
    sentence: text ? sentenceAround(text, m.start, m.end) : m.text,
    task: m.value,
    confidence: m.confidence,
    extractor: m.extractor,
  };
}

/** What makes two proposals the same task: the sentence (spacing and case aside) and the lead. */
const sameTaskKey = (p: { sentence: string; task: { lead: { name: string } } }): string =>
  `${p.task.lead.name}\u0000${p.sentence.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim()}`;

export async function syncTaskProposals(store: Store, actor: string): Promise<{ proposed: number; withdrawn: number }> {
  let proposed = 0;
  let seen: Map<string, { key: string; taskKey: string | null; rejected: boolean }> | null = null;
  for (;;) {
    const batch = await store.taskProposals.unproposed(BATCH);
    if (batch.length === 0) break;
    // The first proposal of each task; a later one that was merged into it is not the reference.
    seen ??= new Map(
      (await store.taskProposals
        .list())
        .reverse()
        .map((p) => [sameTaskKey(p), { key: p.key, taskKey: p.taskKey, rejected: p.status === 'rejected' }] as const),
    );
    const docs = new Map<number, DocText>();
    for (const id of new Set(batch.map((m) => m.documentId))) docs.set(id, await store.getDocument(id));
    const drafts = batch.map((m) => {
      const draft = draftOf(m, docs.get(m.documentId) ?? null);
      const same = sameTaskKey(draft);
      const first = seen!.get(same);
      if (first) return { ...draft, duplicateOf: first };
      seen!.set(same, { key: proposalKey(draft), taskKey: null, rejected: false });
      return draft;
    });
    const added = await store.taskProposals.add(drafts, actor);
    proposed += added.length;
    // Cannot happen (a stored proposal is joined away), but a loop must not depend on it.
    if (added.length === 0) break;
  }
  const withdrawn = (await store.taskProposals.withdrawStale(actor)).length;
  return { proposed, withdrawn };
}

// ── Accepting a proposal: the register task it becomes ───────────────────────────────────────────

export interface AcceptOverrides {
  key?: string;
  title?: string;
  setBy?: string;
  agency?: string;
  coAgencies?: string[];
  deadline?: string;
  group?: string | null;
  level?: TaskLevel | null;
  parent?: string | null;
}

/**
 * The level of a task from the number of the document that set it: the Party's central bodies, the
 * National Assembly, the Government, the Prime Minister and the Government Office are the central
 * level; a ministry (`TT-BKHCN`, `QĐ-BTC`) or a province (`QĐ-UBND`) the middle one. Otherwise
 * unknown: the editor says.
 */
const LEVEL_RULES: ReadonlyArray<readonly [RegExp, TaskLevel]> = [
  [/(?:\/|-)(?:TW|BCĐTW|BCT|BBT|CP|TTg|VPCP|QH\d*|UBTVQH\d*)$/u, 'central'],
  [/(?:\/|-)(?:UBND|HĐND|TU|TB-UBND|B[A-ZĐ]{1,8})$/u, 'ministry-province'],
];

export function levelOf(setBy: string): TaskLevel | null {
  for (const [re, level] of LEVEL_RULES) if (re.test(setBy)) return level;
  return null;
}

const FIELD_LETTERS: Record<string, string> = { title: 't', lede: 'l', body: 'b', caption: 'c' };

/** `D12.b3.45`: the document, field, paragraph and offset; unique per proposal, readable. */
export function defaultTaskKey(p: Pick<TaskProposal, 'documentId' | 'field' | 'index' | 'start'>): string {
  return `D${p.documentId ?? 0}.${FIELD_LETTERS[p.field] ?? p.field}${p.index}.${p.start}`;
}

/** A deadline as the register writes it: a month or a year keep their precision; a quarter or half its last day. */
function registerDeadline(p: TaskProposal, documentYear: string | null): string | null {
  const d = p.task.deadline;
  if (!d) return null;
  if (d.precision === 'recurring') return documentYear; // tracked per year: the assigning year's end
  if (!d.value) return null;
  if (d.precision === 'month') return d.value.slice(0, 7);
  if (d.precision === 'year') return d.value.slice(0, 4);
  return d.value;
}

/** The register task a proposal becomes unless the editor says otherwise. Throws when no deadline can be had. */
export async function taskFromProposal(store: Store, pack: Pick<Pack, 'agencies' | 'provinces'>, p: TaskProposal, o: AcceptOverrides = {}): Promise<NewTask> {
  const resolve = createAgencyResolver([...pack.agencies, ...pack.provinces]);
  const agencyId = (a: TaskProposal['task']['lead']): string => {
    if (a.agencyId) return a.agencyId;
    if (a.group) return `nhom:${a.group}`;
    const found = resolve(a.name);
    return 'id' in found ? found.id : a.name;
  };
  const doc = p.documentId !== null ? await store.getDocument(p.documentId) : null;
  const setBy = o.setBy ?? p.task.assignedBy?.id ?? (p.documentId !== null ? await store.legalIdOf(p.documentId) : null) ?? `tài liệu #${p.documentId ?? '?'}`;
  const deadline = o.deadline ?? registerDeadline(p, doc?.published?.slice(0, 4) ?? null);
  if (!deadline) throw new TaskError('invalid', `đề xuất ${p.key}: không đọc được hạn; hãy cho hạn (--deadline)`);
  const resolveGiven = (text: string): string => {
    const found = resolve(text);
    return 'id' in found ? found.id : text;
  };
  return {
    key: o.key ?? defaultTaskKey(p),
    title: o.title ?? p.task.wording,
    setBy,
    agency: o.agency !== undefined ? resolveGiven(o.agency) : agencyId(p.task.lead),
    coAgencies: o.coAgencies !== undefined ? o.coAgencies.map(resolveGiven) : p.task.coAgencies.map(agencyId),
    deadline,
    product: p.task.product,
    recurring: p.task.deadline?.precision === 'recurring',
    group: o.group ?? null,
    level: o.level !== undefined ? o.level : levelOf(setBy),
    parent: o.parent ?? null,
  };
}

export async function acceptProposal(store: Store, pack: Pick<Pack, 'agencies' | 'provinces'>, key: string, overrides: AcceptOverrides, actor: string, note?: string | null): Promise<TaskRecord> {
  const p = await store.taskProposals.get(key);
  if (!p) throw new TaskError('not_found', `không có đề xuất nhiệm vụ “${key}”`);
  return store.taskProposals.accept(key, await taskFromProposal(store, pack, p, overrides), actor, note);
}

// ── Completion evidence ──────────────────────────────────────────────────────────────────────────

async function candidates(store: Store): Promise<Array<CompletionCandidate & { ref: LegalRefMention | null }>> {
  const found: Array<CompletionCandidate & { ref: LegalRefMention | null }> = [];
  for (const d of await store.taskProposals.legalDocuments()) {
    const ref =
      ((await store.listMentions({ documentId: d.documentId, kind: 'legalRef' })) as unknown as LegalRefMention[]).find(
        (m) => m.id === d.legalId && m.index === 0 && (m.field === 'title' || m.field === 'body'),
      ) ?? null;
    found.push({
      documentId: d.documentId,
      legalId: d.legalId,
      type: ref?.type ?? null,
      issuer: ref?.issuer ?? null,
      title: d.title ?? '',
      // A decree's page often has no date of its own; its title says when it was signed (`ngày 20/6/2026`).
      published: d.published ?? ref?.date ?? null,
      cites: await store.citations(d.documentId),
      ref,
    });
  }
  return found;
}

/** Proposed completions for every open register task with a product, from the stored legal documents. */
export async function proposeCompletions(store: Store, pack: Pick<Pack, 'agencies' | 'provinces'>, actor: string): Promise<number> {
  const open = (await store.tasks.list()).filter((t) => t.product !== null && currentStatus(t.history) !== 'hoan_thanh');
  if (open.length === 0) return 0;
  const docs = await candidates(store);
  if (docs.length === 0) return 0;
  const names = agencyNames(pack);
  const drafts: CompletionDraft[] = [];
  for (const task of open) {
    const assignedOn = task.provenance?.documentId != null ? ((await store.getDocument(task.provenance.documentId))?.published ?? null) : null;
    const subject = { key: task.key, title: task.title, product: task.product, agencyName: names.get(task.agency) ?? task.agency, setBy: task.setBy, assignedOn };
    for (const c of docs) {
      if (c.documentId === task.provenance?.documentId) continue;
      const match = matchCompletion(subject, c);
      if (!match) continue;
      const span = c.ref ?? { field: 'title' as const, index: 0, start: 0, end: c.title.length };
      drafts.push({
        taskKey: task.key,
        documentId: c.documentId,
        legalId: c.legalId,
        documentDate: c.published,
        field: span.field,
        index: span.index,
        start: span.start,
        end: span.end,
        sentence: span.field === 'title' ? c.title : sentenceAround(fieldText(await store.getDocument(c.documentId), span.field, span.index), span.start, span.end),
        proposedStatus: 'hoan_thanh',
        score: match.score,
        reasons: match.reasons,
      });
    }
  }
  return (await store.taskProposals.completions.add(drafts, actor)).length;
}

/** How many search hits per task are read for news of its status. */
const NEWS_HITS = 20;

/**
 * Proposed statuses from news: for every open register task, the stored documents the search finds
 * for its subject words are read sentence by sentence (task-status-news.ts). Legal documents are
 * left to proposeCompletions, and the assigning document itself is skipped.
 */
export async function proposeNewsStatuses(store: Store, pack: Pick<Pack, 'agencies' | 'provinces'>, actor: string): Promise<number> {
  const open = (await store.tasks.list()).filter((t) => currentStatus(t.history) !== 'hoan_thanh');
  if (open.length === 0) return 0;
  const names = agencyNames(pack);
  const drafts: CompletionDraft[] = [];
  for (const task of open) {
    const subject = [...subjectWords(task.title)];
    if (subject.length === 0) continue;
    const known = new Set((await store.taskProposals.completions.list({ taskKey: task.key })).map((c) => c.documentId));
    const agency = [names.get(task.agency), task.agency].filter((n): n is string => Boolean(n));
    for (const hit of await store.search(subject.join(' '), { limit: NEWS_HITS })) {
      if (known.has(hit.id) || hit.id === task.provenance?.documentId || await store.legalIdOf(hit.id) !== null) continue;
      const doc = await store.getDocument(hit.id);
      if (!doc) continue;
      const fields: [string, number, string][] = [
        ...(doc.title ? [['title', 0, doc.title] as [string, number, string]] : []),
        ...(doc.lede ? [['lede', 0, doc.lede] as [string, number, string]] : []),
        ...doc.body.map((text, i) => ['body', i, text] as [string, number, string]),
      ];
      const found = fields.flatMap(([field, index, text]) => splitSentences(text).map((s) => ({ field, index, s }))).map((x) => ({ ...x, status: statusFromSentence(task.title, agency, x.s.text) })).find((x) => x.status);
      if (!found?.status) continue;
      drafts.push({
        taskKey: task.key,
        documentId: doc.id,
        legalId: null,
        documentDate: doc.published,
        field: found.field,
        index: found.index,
        start: found.s.start,
        end: found.s.end,
        sentence: found.s.text,
        proposedStatus: found.status.status,
        score: found.status.score,
        reasons: found.status.reasons,
      });
    }
  }
  return (await store.taskProposals.completions.add(drafts, actor)).length;
}

/**
 * Confirms a proposed completion: the task is marked done on the fulfilling document's date (when it
 * is a full day, not after today and not before the task's latest status), else today.
 */
export async function confirmCompletion(store: Store, key: string, actor: string, today: string, note?: string | null): Promise<TaskRecord> {
  const c = await store.taskProposals.completions.get(key);
  if (!c) throw new TaskError('not_found', `không có đề xuất hoàn thành “${key}”`);
  const task = await store.tasks.get(c.taskKey);
  const last = task?.history[task.history.length - 1]?.at ?? '';
  const day = c.documentDate?.slice(0, 10) ?? '';
  const at = /^\d{4}-\d{2}-\d{2}$/u.test(day) && day <= today && day >= last.slice(0, 10) ? day : today;
  // A news item is cited by its address; a legal document by its number (the store's default).
  const url = c.legalId === null && c.documentId !== null ? ((await store.getDocument(c.documentId))?.url ?? null) : null;
  return store.taskProposals.completions.confirm(key, { at, note: note ?? undefined, ...(url ? { evidence: url } : {}) }, actor);
}

export async function syncTasks(store: Store, pack: Pick<Pack, 'agencies' | 'provinces'>, actor: string): Promise<TaskSyncSummary> {
  const { proposed, withdrawn } = await syncTaskProposals(store, actor);
  const completions = await proposeCompletions(store, pack, actor) + await proposeNewsStatuses(store, pack, actor);
  return { proposed, withdrawn, completions };
}
