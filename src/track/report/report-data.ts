// A periodic report's content, computed from what the store holds: pure (no store, no clock), so
// that every format (DOCX, XLSX, HTML, PDF) renders the same numbers and the tests can check them
// once. The pipeline (src/pipeline/report.ts) does the reading.
//
// What "in the period" means here:
// - the data cut-off is the period's last day, or today when the period has not ended yet; values
//   dated after it are left out, so a report for 2025-H1 made in 2026 says what was known of H1;
// - a target's status is assessed as of the cut-off (track/status.ts) on those values;
// - the change over the period is the latest value at the cut-off less the latest value before the
//   period began (none when either is missing);
// - tasks due: deadline within the period; overdue: not done and past the deadline at the cut-off
//   (also those due earlier and still open);
// - figures: every reported value dated within the period, of any indicator (with a target or not);
// - conflicts: pairs with a value dated within the period (any scope for a national report);
// - new legal documents: pack documents dated within the period.
import type { Pack, Target } from '../../programme/schema.ts';
import type { TaskRecord } from '../../store/tracking/task-types.ts';
import { agree, findConflicts } from '../conflicts.ts';
import { byDate, dayNumber } from '../dates.ts';
import type { Observation } from '../observation.ts';
import { seriesSteps } from '../series.ts';
import { assessTarget, STATUS_LABELS, type TargetStatus } from '../status.ts';
import { agencyNames } from '../tasks/scorecards.ts';
import { assessTask, isOverdue, lastDayOf, STATUS_LABELS as TASK_STATUS_LABELS, TIMELINESS_LABELS } from '../tasks/timeliness.ts';
import { formatDate, formatLongDate, formatNumber, withUnit } from './format.ts';
import type { ReportPeriod } from './period.ts';

/** `national`, or a province (one of the 34 units) by its name. */
export type ReportScope = { kind: 'national' } | { kind: 'province'; name: string; agencyId: string };

/** What a cited document is, as the store knows it. */
export interface CitedDocument {
  title: string | null;
  site: string | null;
  published: string | null;
  url: string | null;
  /** The file it came from, without folders (never a server path). */
  file: string;
  /** The paragraphs, to find a figure's sentence when the observation does not hold it. */
  sentenceAt?: (field: string, index: number, start: number) => string | null;
}

export interface ReportInput {
  pack: Pack;
  /** Every observation with its sentence (rejected ones are left out here). */
  observations: readonly Observation[];
  tasks: readonly TaskRecord[];
  /** The documents observations come from, by id. */
  documents: ReadonlyMap<number, CitedDocument>;
  period: ReportPeriod;
  scope: ReportScope;
  /** Today in Vietnam, YYYY-MM-DD. */
  today: string;
}

/** One entry of the numbered list of sources. */
export interface ReportSource {
  n: number;
  title: string;
  site: string | null;
  /** YYYY-MM-DD (or month, year) of publication or announcement. */
  date: string | null;
  url: string | null;
  /** The sentence the figure was read from; null for a figure entered in the programme pack. */
  sentence: string | null;
  /** `extracted` from a document, or entered in the `pack`. */
  origin: 'extracted' | 'pack';
  /** The pack row's note (as its author wrote it), for a figure entered in the pack. */
  note: string | null;
}

/** A figure with the sources it is cited from: the one chosen, then others giving it for the same date. */
export interface ReportFigure {
  value: number;
  valueMax: number | null;
  qualifier: string;
  asOf: string;
  /** Numbers in `sources`, the chosen observation's first. */
  sources: number[];
}

export interface ReportTargetRow {
  id: string;
  name: string;
  scope: string;
  unit: string;
  /** `≥ 80 %`, or the description of a target without a figure. */
  targetText: string;
  comparator: string | null;
  targetValue: number | null;
  targetValueMax: number | null;
  deadline: string;
  setBy: string;
  /** Latest value at the cut-off, and the latest before the period. */
  latest: ReportFigure | null;
  before: ReportFigure | null;
  /** latest − before, in the unit; null when either is missing. */
  change: number | null;
  /** Null for a province's indicator that has no target of its own. */
  status: TargetStatus | null;
  statusLabel: string;
  reason: string;
  /** Observations of the indicator and scope up to the cut-off (targets stated included). */
  evidence: number;
  /** Values reported within the period. */
  newInPeriod: number;
}

/** One indicator's values (with two values at least: one is no line), with its targets' figures. */
export interface ReportChart {
  /** The indicator and scope. */
  id: string;
  title: string;
  unit: string;
  /** Reported values up to the cut-off, one per step of agreeing values. */
  points: { asOf: string; value: number }[];
  /** The figures of the targets set on it, drawn as lines. */
  targets: number[];
}

export interface ReportTaskRow {
  key: string;
  title: string;
  setBy: string;
  agency: string;
  deadline: string;
  status: string;
  timeliness: string;
  /** `Hoàn thành đúng hạn`, `Đang thực hiện quá hạn`… */
  label: string;
  completedAt: string | null;
  daysOverdue: number | null;
}

/** A value published for the period: every indicator's, not only those with targets. */
export interface ReportFigureRow {
  indicator: string;
  /** Whose figure, in words. */
  scope: string;
  unit: string;
  figure: ReportFigure;
}

export interface ReportConflictRow {
  indicator: string;
  /** Whose figures, in words: `toàn quốc`, `tỉnh Hải Phòng`, `Viettel`. */
  scope: string;
  unit: string;
  a: ReportFigure;
  b: ReportFigure;
  days: number;
}

export interface ReportLegalDocument {
  id: string;
  /** Its number (`71/2025/QH15`), or null when the pack names it by a description (number not found). */
  number: string | null;
  type: string;
  issuer: string;
  date: string;
  title: string;
  url: string | null;
}

export interface ReportData {
  programme: { id: string; name: string };
  period: ReportPeriod;
  /** The day values are counted up to (inclusive). */
  cutoff: string;
  /** The day the report was made. */
  made: string;
  scope: { id: string; label: string };
  title: string;
  summary: string[];
  counts: { targets: number; byStatus: Record<TargetStatus, number>; withNewValues: number; tasksDue: number; tasksDueDone: number; tasksOverdue: number; conflicts: number; legalDocuments: number };
  targets: ReportTargetRow[];
  charts: ReportChart[];
  /** Values dated within the period, per indicator and scope, one per step of agreeing values. */
  figures: ReportFigureRow[];
  tasks: { due: ReportTaskRow[]; overdue: ReportTaskRow[] };
  conflicts: ReportConflictRow[];
  legalDocuments: ReportLegalDocument[];
  sources: ReportSource[];
}

const NO_TARGET_LABEL = 'chưa có mục tiêu riêng';
/** Other sources cited beside the chosen one for a figure: a corpus repeats a figure many times. */
const MAX_CORROBORATING = 2;

/** Numbers citations in the order they are first used; the same figure source is listed once. */
class SourceList {
  readonly items: ReportSource[] = [];
  private readonly byKey = new Map<string, number>();
  constructor(
    private readonly documents: ReadonlyMap<number, CitedDocument>,
    private readonly indicatorName: (id: string) => string,
  ) {}

  /** The figure of `o`, citing it and up to MAX_CORROBORATING of `alike` (same value, same date). */
  cite(o: Observation, alike: readonly Observation[] = []): ReportFigure {
    const others = alike.filter((x) => x !== o && x.asOf === o.asOf && agree(x, o)).slice(0, MAX_CORROBORATING);
    const numbers = [...new Set([o, ...others].map((x) => this.number(x)))];
    return { value: o.value, valueMax: o.valueMax, qualifier: o.qualifier, asOf: o.asOf!, sources: numbers };
  }

  private number(o: Observation): number {
    const entry = this.entryOf(o);
    const key = [entry.origin, entry.title, entry.url ?? "", entry.sentence ?? "", entry.date ?? ""].join("\u0000");
    let n = this.byKey.get(key);
    if (n === undefined) {
      n = this.items.length + 1;
      this.byKey.set(key, n);
      this.items.push({ n, ...entry });
    }
    return n;
  }

  private entryOf(o: Observation): Omit<ReportSource, 'n'> {
    const doc = o.documentId !== null ? this.documents.get(o.documentId) : undefined;
    if (o.origin === 'extracted' && doc) {
      const sentence = o.sentence ?? (o.field !== null && o.index !== null && o.start !== null ? (doc.sentenceAt?.(o.field, o.index, o.start) ?? null) : null);
      return {
        title: doc.title ?? doc.file,
        site: doc.site,
        date: doc.published ? doc.published.slice(0, 10) : o.asOf,
        url: doc.url,
        sentence,
        origin: 'extracted',
        note: null,
      };
    }
    const url = o.sources.find((s) => /^https?:\/\//i.test(s)) ?? null;
    return {
      title: `${this.indicatorName(o.indicator)}: số liệu ghi trong gói chương trình`,
      site: url ? hostOf(url) : null,
      date: o.reported ?? o.asOf,
      url,
      sentence: null,
      origin: 'pack',
      note: o.note,
    };
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function unitOf(pack: Pack, target: Pick<Target, 'unit' | 'indicator'>): string {
  return target.unit ?? pack.indicators.find((i) => i.id === target.indicator)?.unit ?? '';
}

const COMPARATOR_SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

function targetText(t: Target, unit: string): string {
  if (t.value === undefined) return 'mục tiêu định tính';
  const v = t.comparator === 'between' ? `${formatNumber(t.value)}–${formatNumber(t.valueMax ?? t.value)}` : formatNumber(t.value);
  return `${t.comparator === 'between' ? '' : `${COMPARATOR_SIGN[t.comparator!] ?? t.comparator} `}${withUnit(v, unit)}`;
}

const inRange = (iso: string, start: string, end: string) => dayNumber(iso) >= dayNumber(start) && dayNumber(iso) <= dayNumber(end);

/** The latest reported value dated on or before `day`, by date then surer source (as status.ts orders). */
function latestBy(series: readonly Observation[], day: string): Observation | null {
  const upTo = series.filter((o) => dayNumber(o.asOf!) <= dayNumber(day));
  if (upTo.length === 0) return null;
  const weight = (o: Observation) => (o.review?.verdict === 'confirmed' ? 2 : 0) + (o.verified ? 1 : 0) + o.confidence;
  return upTo.reduce((best, o) => {
    const d = dayNumber(o.asOf!) - dayNumber(best.asOf!);
    return d > 0 || (d === 0 && weight(o) > weight(best)) ? o : best;
  });
}

/** Observations read from documents first: the sentence they give is the better citation. */
function preferDocuments(list: readonly Observation[]): Observation[] {
  return [...list].sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'extracted' ? -1 : 1));
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function scopeId(scope: ReportScope): string {
  return scope.kind === 'national' ? 'national' : `province:${scope.name}`;
}

export function buildReport(input: ReportInput): ReportData {
  const { pack, period, scope } = input;
  const cutoff = dayNumber(input.today) < dayNumber(period.end) ? input.today : period.end;
  const sid = scopeId(scope);
  const indicators = new Map(pack.indicators.map((i) => [i.id, i]));
  const indicatorName = (id: string) => indicators.get(id)?.name.vi ?? id;
  const sources = new SourceList(input.documents, indicatorName);
  const names = agencyNames(pack);
  // scopeName: `toàn quốc`, `tỉnh Điện Biên`, `Viettel`: a scope as a reader names it. */
  const scopeName = (s: string) => (s === 'national' ? 'toàn quốc' : s.startsWith('province:') ? `tỉnh ${s.slice(9)}` : s.startsWith('agency:') ? (names.get(s.slice(7)) ?? s.slice(7)) : s.replace(/^\w+:/, ''));
  // Known at the cut-off: dated on or before it, not rejected.
  const knownAnywhere = input.observations.filter((o) => o.review?.verdict !== 'rejected' && o.asOf !== null && dayNumber(o.asOf) <= dayNumber(cutoff));
  const known = knownAnywhere.filter((o) => o.scope === sid);

  const targets: ReportTargetRow[] = [];
  const charts: ReportChart[] = [];
  const addRow = (row: Omit<ReportTargetRow, 'latest' | 'before' | 'change' | 'newInPeriod'>, series: Observation[], chartId: string, chartTitle: string) => {
    const latest = latestBy(series, cutoff);
    const before = latestBy(series, dayBefore(period.start));
    const latestFigure = latest ? sources.cite(latest, series) : null;
    const beforeFigure = before ? (before === latest ? latestFigure : sources.cite(before, series)) : null;
    const change = latest && before && before !== latest ? latest.value - before.value : latest && before ? 0 : null;
    const newInPeriod = series.filter((o) => inRange(o.asOf!, period.start, cutoff)).length;
    targets.push({ ...row, latest: latestFigure, before: beforeFigure, change, newInPeriod });
    const steps = seriesSteps(series);
    if (steps.length < 2) return;
    const known = charts.find((c) => c.id === chartId);
    if (known) {
      if (row.targetValue !== null && !known.targets.includes(row.targetValue)) known.targets.push(row.targetValue);
      return;
    }
    const unit = series.find((o) => o.unit)?.unit ?? row.unit;
    charts.push({ id: chartId, title: chartTitle, unit, points: steps.map((o) => ({ asOf: o.asOf!, value: o.value })), targets: row.targetValue === null ? [] : [row.targetValue] });
  };

  for (const t of pack.targets.filter((t) => t.scope === sid)) {
    const unit = unitOf(pack, t);
    const a = assessTarget(t, t.indicator ? indicators.get(t.indicator) : undefined, known, cutoff);
    addRow(
      {
        id: t.id,
        name: t.name.vi,
        scope: t.scope,
        unit,
        targetText: targetText(t, unit),
        comparator: t.comparator ?? null,
        targetValue: t.value ?? null,
        targetValueMax: t.valueMax ?? null,
        deadline: t.deadline,
        setBy: t.setBy,
        status: a.status,
        statusLabel: STATUS_LABELS[a.status],
        reason: a.reason,
        evidence: a.evidence.length,
      },
      a.series,
      `${t.indicator ?? t.id}@${t.scope}`,
      t.indicator ? indicatorName(t.indicator) : t.name.vi,
    );
  }
  // A province's own figures: the indicators it has values for that no target of its scope covers.
  if (scope.kind === 'province') {
    const covered = new Set(pack.targets.filter((t) => t.scope === sid).map((t) => t.indicator));
    const ids = [...new Set(known.map((o) => o.indicator))].filter((id) => !covered.has(id)).sort();
    for (const id of ids) {
      const own = known.filter((o) => o.indicator === id);
      const stated = own.filter((o) => o.stance === 'target').sort((a, b) => byDate(a.asOf!, b.asOf!)).at(-1);
      const unit = indicators.get(id)?.unit ?? '';
      addRow(
        {
          id,
          name: indicatorName(id),
          scope: sid,
          unit,
          targetText: stated ? `${withUnit(formatNumber(stated.value), unit)} (do tỉnh nêu)` : '—',
          comparator: null,
          targetValue: stated?.value ?? null,
          targetValueMax: null,
          deadline: stated?.asOf ?? '',
          setBy: '',
          status: null,
          statusLabel: NO_TARGET_LABEL,
          reason: stated ? 'mục tiêu do tỉnh nêu trong tài liệu, không thuộc gói chương trình' : 'chỉ có số liệu, chưa có mục tiêu',
          evidence: own.length,
        },
        own.filter((o) => o.stance === 'reported'),
        `${id}@${sid}`,
        indicatorName(id),
      );
    }
  }

  const taskRow = (t: TaskRecord): ReportTaskRow => {
    const p = assessTask(t, cutoff);
    return {
      key: t.key,
      title: t.title,
      setBy: t.setBy,
      agency: names.get(t.agency) ?? t.agency,
      deadline: t.deadline,
      status: TASK_STATUS_LABELS[p.status],
      timeliness: TIMELINESS_LABELS[p.timeliness],
      label: p.label,
      completedAt: p.completedAt,
      daysOverdue: p.daysOverdue,
    };
  };
  const scopedTasks = input.tasks.filter((t) => scope.kind === 'national' || t.agency === scope.agencyId || t.coAgencies.includes(scope.agencyId));
  const due = scopedTasks.filter((t) => inRange(lastDayOf(t.deadline), period.start, period.end)).sort((a, b) => byDate(a.deadline, b.deadline) || a.key.localeCompare(b.key));
  const overdue = scopedTasks.filter((t) => isOverdue(assessTask(t, cutoff))).sort((a, b) => byDate(a.deadline, b.deadline) || a.key.localeCompare(b.key));

  // Every value dated in the period (any scope for a national report), grouped by indicator and
  // scope, each run of agreeing values once, with up to two other sources giving it.
  const inPeriod = (scope.kind === 'national' ? knownAnywhere : known).filter((o) => o.stance === 'reported' && inRange(o.asOf!, period.start, cutoff));
  const groups = new Map<string, Observation[]>();
  for (const o of inPeriod) {
    const k = `${o.indicator}\u0000${o.scope}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const figures: ReportFigureRow[] = [...groups.values()]
    .sort((a, b) => indicatorName(a[0]!.indicator).localeCompare(indicatorName(b[0]!.indicator), 'vi') || a[0]!.scope.localeCompare(b[0]!.scope))
    .flatMap((group) =>
      seriesSteps(group).map((o) => ({ indicator: indicatorName(o.indicator), scope: scopeName(o.scope), unit: o.unit ?? indicators.get(o.indicator)?.unit ?? '', figure: sources.cite(o, preferDocuments(group)) })),
    );

  // A national report lists every disagreement (an operator's or a province's figures are the
  // country's business too); a province's, its own.
  const conflicts: ReportConflictRow[] = findConflicts(scope.kind === 'national' ? knownAnywhere : known)
    .filter((c) => inRange(c.b.asOf!, period.start, cutoff) || inRange(c.a.asOf!, period.start, cutoff))
    .map((c) => ({ indicator: indicatorName(c.indicator), scope: scopeName(c.scope), unit: indicators.get(c.indicator)?.unit ?? '', a: sources.cite(c.a), b: sources.cite(c.b), days: c.days }));

  const legalDocuments: ReportLegalDocument[] = pack.documents
    .filter((d) => d.date !== null && inRange(d.date, period.start, cutoff))
    .sort((a, b) => byDate(a.date!, b.date!))
    .map((d) => ({ id: d.id, number: DESCRIPTIVE_ID.test(d.id) ? null : d.id, type: d.type, issuer: d.issuer, date: d.date!, title: withType(d.type, d.title.vi), url: d.sources[0] ?? null }));

  const byStatus: Record<TargetStatus, number> = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, not_assessable: 0, no_data: 0 };
  for (const r of targets) if (r.status) byStatus[r.status]++;
  const dueRows = due.map(taskRow);
  const counts = {
    targets: targets.filter((r) => r.status !== null).length,
    byStatus,
    withNewValues: targets.filter((r) => r.newInPeriod > 0).length,
    tasksDue: dueRows.length,
    tasksDueDone: dueRows.filter((r) => r.completedAt !== null).length,
    tasksOverdue: overdue.length,
    conflicts: conflicts.length,
    legalDocuments: legalDocuments.length,
  };
  const scopeLabel = scope.kind === 'national' ? 'toàn quốc' : `tỉnh ${scope.name}`;
  const programmeName = pack.programme.name.vi;
  return {
    programme: { id: pack.programme.id, name: programmeName },
    period,
    cutoff,
    made: input.today,
    scope: { id: sid, label: scopeLabel },
    title: `Tình hình thực hiện ${programmeName} ${period.label} (${scopeLabel})`,
    summary: summaryOf(counts, period, cutoff, scopeLabel),
    counts,
    targets,
    charts,
    figures,
    tasks: { due: dueRows, overdue: overdue.map(taskRow) },
    conflicts,
    legalDocuments,
    sources: sources.items,
  };
}

/** A pack id written as words (`law-high-technology-2025-amended`) rather than a document number. */
const DESCRIPTIVE_ID = /^[a-z]+(?:-[a-z0-9]+)+$/;

/** `Luật Khoa học…` as the title says it; `Nghị quyết Về đột phá…` when the title lacks its type. */
function withType(type: string, title: string): string {
  return title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi')) ? title : `${type} ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)}`;
}

function summaryOf(c: ReportData['counts'], period: ReportPeriod, cutoff: string, scopeLabel: string): string[] {
  const s = c.byStatus;
  const out = [
    `Báo cáo tổng hợp từ nguồn tin công khai do Radar 57 thu thập, phạm vi ${scopeLabel}, ${period.label} (từ ${formatDate(period.start)} đến ${formatDate(period.end)}); số liệu tính đến ${formatLongDate(cutoff)}.`,
  ];
  if (c.targets > 0) {
    out.push(
      `Trong ${c.targets} mục tiêu được theo dõi: ${s.achieved} đã đạt, ${s.on_track} đúng hướng, ${s.at_risk} có nguy cơ chậm, ${s.off_track} chậm, khó đạt, ${s.not_assessable} chưa thể đánh giá và ${s.no_data} chưa có dữ liệu; ${c.withNewValues} mục tiêu có số liệu mới trong kỳ.`,
    );
  } else {
    out.push(`Không có mục tiêu riêng của phạm vi này trong chương trình; ${c.withNewValues} chỉ số có số liệu mới trong kỳ.`);
  }
  out.push(
    `Nhiệm vụ: ${c.tasksDue} nhiệm vụ đến hạn trong kỳ, trong đó ${c.tasksDueDone} đã hoàn thành; ${c.tasksOverdue} nhiệm vụ quá hạn chưa hoàn thành tính đến ${formatDate(cutoff)}.`,
    `${c.conflicts === 0 ? 'Không phát hiện số liệu mâu thuẫn' : `${c.conflicts} cặp số liệu mâu thuẫn cần xác minh`}; ${c.legalDocuments} văn bản mới được ban hành trong kỳ.`,
  );
  return out;
}
