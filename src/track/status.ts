// Where a target stands, from its observations. The rule, in order:
//   no data          no dated, reported, non-rejected value of the target's indicator and scope;
//   not assessable   values exist but cannot be judged (yet): the target has no figure (such as
//                    "5G nationwide"), or the indicator is a flow reported by period (a yearly
//                    spending share) and every value covers only part of a period (a figure for the
//                    first six months of a year);
//   achieved         the latest value meets the target (comparator applied to the value as reported);
//   off track        the deadline has passed and the latest value does not meet it;
//   at risk          only one date has values: there is no trend to project, and the target is not met;
//   then a straight line is fitted (least squares over value against date) to every value and
//   projected to the deadline (a percentage is kept within 0–100):
//   on track         the projection meets the target;
//   at risk          the projection covers at least 75 % of the remaining distance (target − latest);
//   off track        otherwise.
// The same rule serves percentages, counts and ranks: direction comes from the comparator
// (`>=` wants more, `<=` wants less), and distances are in the indicator's own unit.
//
// Milestones (a 2025 value on the way to 2030) are judged by the same rule against their own value
// and deadline, with one difference: a milestone whose deadline has passed is judged on the values
// dated up to its deadline (was it met in time?), not on later ones. `status` stays the final
// target's; `nextMilestone` is the nearest milestone whose deadline is today or later.
import { indicatorKindOf, type Comparator, type Indicator, type Milestone, type Target } from '../programme/schema.ts';
import { periodEnd } from '../text/periods.ts';
import { dayNumber } from './dates.ts';
import type { Observation } from './observation.ts';

export type TargetStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'not_assessable' | 'no_data';

/** Every status, worst first: the order a dashboard lists targets in (no data and not assessable last). */
export const TARGET_STATUSES: readonly TargetStatus[] = ['off_track', 'at_risk', 'on_track', 'achieved', 'not_assessable', 'no_data'];

/** Share of the remaining distance the projection must cover to be "at risk" rather than "off track". */
export const AT_RISK_SHARE = 0.75;

export const STATUS_LABELS: Record<TargetStatus, string> = {
  achieved: 'đã đạt',
  on_track: 'đúng hướng',
  at_risk: 'có nguy cơ chậm',
  off_track: 'chậm, khó đạt',
  not_assessable: 'chưa thể đánh giá',
  no_data: 'chưa có dữ liệu',
};

export const STATUS_LABELS_EN: Record<TargetStatus, string> = {
  achieved: 'achieved',
  on_track: 'on track',
  at_risk: 'at risk',
  off_track: 'off track',
  not_assessable: 'not yet assessable',
  no_data: 'no data',
};

export interface Trend {
  /** Change per year, in the indicator's unit. */
  perYear: number;
  /** Value the line gives at the deadline. */
  projected: number;
}

/** A milestone judged: the same fields as the target's own judgement. */
export interface MilestoneAssessment {
  /** The milestone with its comparator resolved (the target's when it gives none). */
  milestone: Milestone & { comparator: Comparator };
  status: TargetStatus;
  reason: string;
  /** The latest value it was judged on (for a passed milestone: the latest up to its deadline). */
  latest: Observation | null;
  distance: number | null;
  trend: Trend | null;
}

export interface TargetAssessment {
  target: Target;
  /** The final target's status. */
  status: TargetStatus;
  /** Why, in words: which rule decided. */
  reason: string;
  latest: Observation | null;
  /** How far the latest value is from the target, in the target's unit (0 once met). */
  distance: number | null;
  trend: Trend | null;
  /** Reported values in date order: what the status was decided from. */
  series: Observation[];
  /** Every observation of the indicator and scope, targets included, rejected ones not. */
  evidence: Observation[];
  /** Every milestone of the target, in deadline order, judged. */
  milestones: MilestoneAssessment[];
  /** The nearest milestone whose deadline is today or later; null when none is ahead. */
  nextMilestone: MilestoneAssessment | null;
}

export function meets(comparator: Comparator, value: number, target: number, targetMax?: number): boolean {
  switch (comparator) {
    case '>=':
      return value >= target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '<':
      return value < target;
    case '=':
      return Math.abs(value - target) <= Math.abs(target) * 1e-9;
    case 'between':
      return value >= target && value <= (targetMax ?? target);
  }
}

/** What a value is judged against: a target's or a milestone's figure and deadline. */
interface Goal {
  comparator: Comparator;
  value: number;
  valueMax?: number | undefined;
  deadline: string;
}

/** The bound a value must reach: for `between`, the end nearer to it. */
function goal(t: Goal, value: number): number {
  const v = t.value;
  if (t.comparator === 'between' && value > (t.valueMax ?? v)) return t.valueMax as number;
  return v;
}

const WHOLE_PERIOD_MONTHS = { month: 1, quarter: 3, half_year: 6, year: 12 } as const;

/**
 * Whether a value of a flow indicator covers a whole reporting period: it is dated as a year, or
 * ends on the last day of a month that closes a period of the indicator's frequency. `2025`,
 * `2025-12`, `2025-12-31` close a year; `2025-06-30` closes a half year but not a year.
 */
export function coversWholePeriod(asOf: string, indicator: Indicator | undefined): boolean {
  if (indicatorKindOf(indicator) !== 'flow' || !indicator?.frequency) return true;
  const end = periodEnd(asOf);
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === lastOfMonth && m % WHOLE_PERIOD_MONTHS[indicator.frequency] === 0;
}

const FREQUENCY_WORDS = { month: 'tháng', quarter: 'quý', half_year: '6 tháng', year: 'năm' } as const;

/** Least-squares line of value on day; null with fewer than two distinct days. */
export function fitLine(points: readonly { day: number; value: number }[]): { slope: number; at: (day: number) => number } | null {
  const days = new Set(points.map((p) => p.day));
  if (days.size < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.day, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.day - mx) * (p.value - my);
    sxx += (p.day - mx) ** 2;
  }
  const slope = sxy / sxx;
  return { slope, at: (day) => my + slope * (day - mx) };
}

/** Latest first by date; on the same date the surer source (confirmed, verified, higher confidence). */
function byLatest(a: Observation, b: Observation): number {
  const d = dayNumber(b.asOf!) - dayNumber(a.asOf!);
  if (d !== 0) return d;
  const weight = (o: Observation) => (o.review?.verdict === 'confirmed' ? 2 : 0) + (o.verified ? 1 : 0) + o.confidence;
  return weight(b) - weight(a);
}

interface Judgement {
  status: TargetStatus;
  reason: string;
  latest: Observation | null;
  distance: number | null;
  trend: Trend | null;
}

/** The rule of the header applied to one goal and the usable series (reported, dated, in date order). */
function judge(g: Goal, series: readonly Observation[], percent: boolean, today: string): Judgement {
  const none = { latest: null, distance: null, trend: null };
  if (series.length === 0) return { ...none, status: 'no_data', reason: 'chưa có số liệu được báo cáo' };
  const latest = [...series].sort(byLatest)[0]!;
  const met = (v: number) => meets(g.comparator, v, g.value, g.valueMax);
  const assessed = { latest, distance: met(latest.value) ? 0 : Math.abs(goal(g, latest.value) - latest.value), trend: null };
  if (met(latest.value)) return { ...assessed, status: 'achieved', reason: `số liệu mới nhất (${latest.asOf}) đã đạt mục tiêu` };

  const deadlineDay = dayNumber(g.deadline);
  if (deadlineDay < dayNumber(today)) {
    return { ...assessed, status: 'off_track', reason: `đã quá hạn ${periodEnd(g.deadline)} mà chưa đạt` };
  }
  const line = fitLine(series.map((o) => ({ day: dayNumber(o.asOf!), value: o.value })));
  if (!line) return { ...assessed, status: 'at_risk', reason: 'chỉ có số liệu tại một thời điểm, chưa đủ để tính xu hướng' };

  const raw = line.at(deadlineDay);
  const projected = percent ? Math.min(100, Math.max(0, raw)) : raw;
  const withTrend = { ...assessed, trend: { perYear: line.slope * 365.25, projected } };
  if (met(projected)) return { ...withTrend, status: 'on_track', reason: 'theo xu hướng hiện tại sẽ đạt mục tiêu đúng hạn' };
  const remaining = goal(g, latest.value) - latest.value;
  const share = remaining === 0 ? 0 : (projected - latest.value) / remaining;
  if (share >= AT_RISK_SHARE) {
    return { ...withTrend, status: 'at_risk', reason: `theo xu hướng chỉ đạt ${Math.round(share * 100)}% quãng còn thiếu đến hạn` };
  }
  return { ...withTrend, status: 'off_track', reason: `theo xu hướng chỉ đạt ${Math.max(0, Math.round(share * 100))}% quãng còn thiếu đến hạn` };
}

export function assessTarget(target: Target, indicator: Indicator | undefined, observations: readonly Observation[], today: string): TargetAssessment {
  const evidence = observations.filter(
    (o) => o.indicator === target.indicator && o.scope === target.scope && o.review?.verdict !== 'rejected',
  );
  const reported = evidence.filter((o) => o.stance === 'reported' && o.asOf !== null).sort((a, b) => -byLatest(a, b));
  // A flow indicator's partial-period figures (six months of a yearly measure) say nothing yet about the period.
  const series = reported.filter((o) => coversWholePeriod(o.asOf!, indicator));
  const latestReported = reported.length > 0 ? [...reported].sort(byLatest)[0]! : null;
  const percent = (indicator?.unit ?? target.unit ?? '').startsWith('%');
  const todayDay = dayNumber(today);
  // Without a judgement of the target (no data, not assessable), its milestones carry the same one.
  const milestonesBy = (verdict?: Pick<Judgement, 'status' | 'reason' | 'latest'>): MilestoneAssessment[] =>
    [...(target.milestones ?? [])]
      .sort((a, b) => dayNumber(a.deadline) - dayNumber(b.deadline))
      .map((m): MilestoneAssessment => {
        const resolved = { ...m, comparator: m.comparator ?? target.comparator ?? '>=' };
        if (verdict) return { milestone: resolved, distance: null, trend: null, ...verdict };
        const deadlineDay = dayNumber(m.deadline);
        const passed = deadlineDay < todayDay;
        const upTo = passed ? series.filter((o) => dayNumber(o.asOf!) <= deadlineDay) : series;
        const j = judge(resolved, upTo, percent, today);
        return { milestone: resolved, ...j, reason: passed && upTo.length === 0 ? `không có số liệu đến hạn ${periodEnd(m.deadline)}` : j.reason };
      });
  const finish = (judged: Judgement, milestones: MilestoneAssessment[]): TargetAssessment => ({
    target,
    series,
    evidence,
    ...judged,
    milestones,
    nextMilestone: milestones.find((m) => dayNumber(m.milestone.deadline) >= todayDay) ?? null,
  });
  const unjudged = (status: TargetStatus, reason: string, latest: Observation | null) =>
    finish({ status, reason, latest, distance: null, trend: null }, milestonesBy({ status, reason, latest }));

  if (target.value === undefined || !target.comparator) {
    if (latestReported) return unjudged('not_assessable', 'mục tiêu định tính, không có con số để so sánh', latestReported);
    return unjudged('no_data', 'chưa có số liệu được báo cáo', null);
  }
  if (!latestReported) return unjudged('no_data', 'chưa có số liệu được báo cáo', null);
  if (series.length === 0) {
    const every = indicator?.frequency ? FREQUENCY_WORDS[indicator.frequency] : 'kỳ';
    return unjudged('not_assessable', `chỉ tiêu tính theo ${every}: mới có số liệu một phần kỳ (đến ${latestReported.asOf}), chưa thể đánh giá`, latestReported);
  }
  const final = judge({ comparator: target.comparator, value: target.value, valueMax: target.valueMax, deadline: target.deadline }, series, percent, today);
  return finish(final, milestonesBy());
}
