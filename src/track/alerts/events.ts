// Alert events from what the store knows, as a pure function of the previous state and the data now.
// Nothing here reads a clock: "today" and the data come in, events and the next state go out, so the
// same data always gives the same events with the same keys (and a second run, or a second worker,
// finds nothing new to store).
//
// - A target's status worsens (achieved → on track → at risk → off track; "no data" is no step).
// - A task becomes due soon or overdue (a change of its state since the last run).
// - A conflict between two figures, one of them from a document newer than the watermark.
// - A new figure for an indicator or a province: an observation from a document past the watermark.
// - A new document matching a saved search, citing a legal document, or mentioning an entity.
// The first run only records where things stand: before it, nothing can be "new".
import type { Conflict } from '../conflicts.ts';
import type { Observation } from '../observation.ts';
import { STATUS_LABELS, type TargetStatus } from '../status.ts';
import type { AlertEvent, AlertState, TaskAlertState } from './types.ts';
import { viDate, viNumber } from './words.ts';

const STATUS_RANK: Partial<Record<TargetStatus, number>> = { achieved: 0, on_track: 1, at_risk: 2, off_track: 3 };
const TASK_RANK: Record<TaskAlertState, number> = { ok: 0, due_soon: 1, overdue: 2 };

export interface TargetNow {
  id: string;
  name: string;
  status: TargetStatus;
  /** The latest observation's key (what the status was decided from), or null. */
  latestKey: string | null;
}

export interface TaskNow {
  key: string;
  title: string;
  state: TaskAlertState;
  /** The deadline as a day, YYYY-MM-DD. */
  deadlineDay: string;
}

export interface DocumentNow {
  id: number;
  title: string | null;
  published: string | null;
  /** Saved searches (ids) it matches. */
  searches: readonly number[];
  /** Legal documents it cites. */
  cites: readonly string[];
  /** People and organisations it mentions. */
  mentions: readonly { id: number; name: string }[];
}

export interface AlertInputs {
  /** YYYY-MM-DD, in Vietnam. */
  today: string;
  /** The highest document id stored now: the next watermark. */
  lastDocumentId: number;
  targets: readonly TargetNow[];
  tasks: readonly TaskNow[];
  conflicts: readonly Conflict[];
  /** Observations (reported, not rejected); those from documents past the watermark are new. */
  observations: readonly Observation[];
  /** Documents past the watermark with what they match; others may be left out. */
  documents: readonly DocumentNow[];
  searchNames: ReadonlyMap<number, string>;
  indicatorNames: ReadonlyMap<string, string>;
  /** Topics somebody follows: events about nothing followed are not kept. */
  watched: ReadonlySet<string>;
}

function scopeTopic(scope: string): string[] {
  return scope.startsWith('province:') ? [scope] : [];
}

function targetEvents(previous: AlertState, input: AlertInputs): AlertEvent[] {
  return input.targets.flatMap((t) => {
    const before = previous.targets[t.id];
    const was = before === undefined ? undefined : STATUS_RANK[before];
    const now = STATUS_RANK[t.status];
    if (was === undefined || now === undefined || now <= was) return [];
    return [{
      key: `target:${t.id}:${before}>${t.status}:${t.latestKey ?? input.today}`,
      kind: 'target_worse' as const,
      severity: t.status === 'achieved' || t.status === 'on_track' ? ('info' as const) : ('warning' as const),
      title: `Mục tiêu "${t.name}" chuyển sang ${STATUS_LABELS[t.status]}`,
      summary: `Trạng thái của mục tiêu "${t.name}" đổi từ ${STATUS_LABELS[before!]} sang ${STATUS_LABELS[t.status]} (đánh giá ngày ${viDate(input.today)}).`,
      link: `/programme/targets/${encodeURIComponent(t.id)}`,
      occurred: input.today,
      topics: [`target:${t.id}`],
    }];
  });
}

function taskEvents(previous: AlertState, input: AlertInputs): AlertEvent[] {
  return input.tasks.flatMap((t) => {
    // A task registered since the last run starts from "ok": one added already late is news too.
    const before = previous.tasks[t.key] ?? (previous.documentWatermark === null ? undefined : 'ok');
    if (before === undefined || TASK_RANK[t.state] <= TASK_RANK[before]) return [];
    const overdue = t.state === 'overdue';
    return [{
      key: `task:${t.key}:${t.state}:${t.deadlineDay}`,
      kind: overdue ? ('task_overdue' as const) : ('task_due_soon' as const),
      severity: overdue ? ('warning' as const) : ('info' as const),
      title: overdue ? `Nhiệm vụ quá hạn: ${t.title}` : `Nhiệm vụ sắp đến hạn: ${t.title}`,
      summary: overdue
        ? `Nhiệm vụ "${t.title}" đã quá hạn ${viDate(t.deadlineDay)} mà chưa hoàn thành.`
        : `Nhiệm vụ "${t.title}" đến hạn ngày ${viDate(t.deadlineDay)}.`,
      link: '/tasks',
      occurred: input.today,
      topics: [`task:${t.key}`],
    }];
  });
}

const isNew = (o: Observation, watermark: number): boolean => o.documentId !== null && o.documentId > watermark;

function conflictEvents(watermark: number, input: AlertInputs): AlertEvent[] {
  return input.conflicts.flatMap((c) => {
    if (!isNew(c.a, watermark) && !isNew(c.b, watermark)) return [];
    const [a, b] = [c.a, c.b].sort((x, y) => (x.key < y.key ? -1 : 1)) as [Observation, Observation];
    const name = input.indicatorNames.get(c.indicator) ?? c.indicator;
    return [{
      key: `conflict:${a.key}|${b.key}`,
      kind: 'conflict' as const,
      severity: 'warning' as const,
      title: `Số liệu mâu thuẫn: ${name}`,
      summary: `Hai nguồn đưa số khác nhau cho "${name}" (${c.scope}): ${viNumber(a.value)} (${viDate(a.asOf)}) và ${viNumber(b.value)} (${viDate(b.asOf)}).`,
      link: '/programme',
      occurred: [a.asOf, b.asOf].filter((d): d is string => d !== null).sort().at(-1) ?? null,
      topics: [`indicator:${c.indicator}`, ...scopeTopic(c.scope)],
    }];
  });
}

function figureEvents(watermark: number, input: AlertInputs): AlertEvent[] {
  return input.observations.flatMap((o) => {
    if (!isNew(o, watermark) || o.stance !== 'reported') return [];
    const name = input.indicatorNames.get(o.indicator) ?? o.indicator;
    return [{
      key: `figure:${o.key}`,
      kind: 'figure' as const,
      severity: 'info' as const,
      title: `Số liệu mới: ${name}`,
      summary: `${name} (${o.scope}): ${viNumber(o.value)}${o.unit ? ` ${o.unit}` : ''}, tính đến ${viDate(o.asOf)}.`,
      link: `/documents/${o.documentId}`,
      occurred: o.asOf,
      topics: [`indicator:${o.indicator}`, ...scopeTopic(o.scope)],
    }];
  });
}

function documentEvents(watermark: number, input: AlertInputs): AlertEvent[] {
  const label = (d: DocumentNow) => d.title ?? `Tài liệu #${d.id}`;
  return input.documents.flatMap((d) => {
    if (d.id <= watermark) return [];
    const common = { link: `/documents/${d.id}`, occurred: d.published, severity: 'info' as const };
    return [
      ...d.searches.map((s) => ({
        ...common,
        key: `document:${d.id}:search:${s}`,
        kind: 'document_search' as const,
        title: `Tin mới khớp tìm kiếm "${input.searchNames.get(s) ?? s}": ${label(d)}`,
        summary: `${label(d)} (${viDate(d.published)}) khớp tìm kiếm đã lưu "${input.searchNames.get(s) ?? s}".`,
        topics: [`search:${s}`],
      })),
      ...d.cites.map((legal) => ({
        ...common,
        key: `document:${d.id}:legal:${legal}`,
        kind: 'document_cites' as const,
        title: `Tin mới dẫn ${legal}: ${label(d)}`,
        summary: `${label(d)} (${viDate(d.published)}) dẫn chiếu văn bản ${legal}.`,
        topics: [`legal:${legal}`],
      })),
      ...d.mentions.map((e) => ({
        ...common,
        key: `document:${d.id}:entity:${e.id}`,
        kind: 'document_mentions' as const,
        title: `Tin mới nhắc đến ${e.name}: ${label(d)}`,
        summary: `${label(d)} (${viDate(d.published)}) nhắc đến ${e.name}.`,
        topics: [`entity:${e.id}`],
      })),
    ];
  });
}

/** The events since `previous` and the state to keep for next time. */
export function computeAlerts(previous: AlertState, input: AlertInputs): { events: AlertEvent[]; state: AlertState } {
  const state: AlertState = {
    documentWatermark: Math.max(input.lastDocumentId, previous.documentWatermark ?? 0),
    targets: Object.fromEntries(input.targets.map((t) => [t.id, t.status])),
    tasks: Object.fromEntries(input.tasks.map((t) => [t.key, t.state])),
  };
  const watermark = previous.documentWatermark;
  const all = [
    ...targetEvents(previous, input),
    ...taskEvents(previous, input),
    ...(watermark === null ? [] : [...conflictEvents(watermark, input), ...figureEvents(watermark, input), ...documentEvents(watermark, input)]),
  ];
  const seen = new Set<string>();
  const events = all.filter((e) => {
    if (seen.has(e.key) || !e.topics.some((t) => input.watched.has(t))) return false;
    seen.add(e.key);
    return true;
  });
  return { events, state };
}
