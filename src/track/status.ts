// Where a target stands, from its observations. The rule, in order:
//   no data    no dated, reported, non-rejected value of the target's indicator and scope (or the
//              target has no figure, such as "5G nationwide");
//   achieved   the latest value meets the target (comparator applied to the value as reported);
//   off track  the deadline has passed and the latest value does not meet it;
//   at risk    only one date has values: there is no trend to project, and the target is not met;
//   then a straight line is fitted (least squares over value against date) to every value and
//   projected to the deadline (a percentage is kept within 0–100):
//   on track   the projection meets the target;
//   at risk    the projection covers at least 75 % of the remaining distance (target − latest);
//   off track  otherwise.
// The same rule serves percentages, counts and ranks: direction comes from the comparator
// (`>=` wants more, `<=` wants less), and distances are in the indicator's own unit.
import type { Comparator, Indicator, Target } from '../programme/schema.ts';
import { periodEnd } from '../text/periods.ts';
import { dayNumber } from './dates.ts';
import type { Observation } from './observation.ts';

export type TargetStatus = 'achieved' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';

/** Share of the remaining distance the projection must cover to be "at risk" rather than "off track". */
export const AT_RISK_SHARE = 0.75;

export const STATUS_LABELS: Record<TargetStatus, string> = {
  achieved: 'đã đạt',
  on_track: 'đúng hướng',
  at_risk: 'có nguy cơ chậm',
  off_track: 'chậm, khó đạt',
  no_data: 'chưa có dữ liệu',
};

export interface Trend {
  /** Change per year, in the indicator's unit. */
  perYear: number;
  /** Value the line gives at the deadline. */
  projected: number;
}

export interface TargetAssessment {
  target: Target;
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

/** The bound a value must reach: for `between`, the end nearer to it. */
function goal(t: Target, value: number): number {
  const v = t.value as number;
  if (t.comparator === 'between' && value > (t.valueMax ?? v)) return t.valueMax as number;
  return v;
}

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

export function assessTarget(target: Target, indicator: Indicator | undefined, observations: readonly Observation[], today: string): TargetAssessment {
  const evidence = observations.filter(
    (o) => o.indicator === target.indicator && o.scope === target.scope && o.review?.verdict !== 'rejected',
  );
  const series = evidence.filter((o) => o.stance === 'reported' && o.asOf !== null).sort((a, b) => -byLatest(a, b));
  const base = { target, latest: null, distance: null, trend: null, series, evidence };
  if (target.value === undefined || !target.comparator) {
    return { ...base, status: 'no_data', reason: 'mục tiêu định tính, không có con số để so sánh' };
  }
  if (series.length === 0) return { ...base, status: 'no_data', reason: 'chưa có số liệu được báo cáo' };

  const latest = [...series].sort(byLatest)[0]!;
  const comparator = target.comparator;
  const met = (v: number) => meets(comparator, v, target.value as number, target.valueMax);
  const distanceOf = (v: number) => (met(v) ? 0 : Math.abs(goal(target, v) - v));
  const assessed = { ...base, latest, distance: distanceOf(latest.value) };
  if (met(latest.value)) return { ...assessed, status: 'achieved', reason: `số liệu mới nhất (${latest.asOf}) đã đạt mục tiêu` };

  const deadlineDay = dayNumber(target.deadline);
  if (deadlineDay < dayNumber(today)) {
    return { ...assessed, status: 'off_track', reason: `đã quá hạn ${periodEnd(target.deadline)} mà chưa đạt` };
  }
  const line = fitLine(series.map((o) => ({ day: dayNumber(o.asOf!), value: o.value })));
  if (!line) return { ...assessed, status: 'at_risk', reason: 'chỉ có số liệu tại một thời điểm, chưa đủ để tính xu hướng' };

  const percent = (indicator?.unit ?? target.unit ?? '').startsWith('%');
  const raw = line.at(deadlineDay);
  const projected = percent ? Math.min(100, Math.max(0, raw)) : raw;
  const trend: Trend = { perYear: line.slope * 365.25, projected };
  const withTrend = { ...assessed, trend };
  if (met(projected)) return { ...withTrend, status: 'on_track', reason: 'theo xu hướng hiện tại sẽ đạt mục tiêu đúng hạn' };
  const remaining = goal(target, latest.value) - latest.value;
  const share = remaining === 0 ? 0 : (projected - latest.value) / remaining;
  if (share >= AT_RISK_SHARE) {
    return { ...withTrend, status: 'at_risk', reason: `theo xu hướng chỉ đạt ${Math.round(share * 100)}% quãng còn thiếu đến hạn` };
  }
  return { ...withTrend, status: 'off_track', reason: `theo xu hướng chỉ đạt ${Math.max(0, Math.round(share * 100))}% quãng còn thiếu đến hạn` };
}
