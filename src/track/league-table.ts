// The provinces side by side on one indicator: a league table of the 34 provincial units (from
// 01/07/2025, Resolution 202/2025/QH15), each with its latest value and date, the previous distinct
// value and the change, its target, status and evidence count, and the values of the former
// provinces merged into it. Pure: the pack, the observations and "today" come from the caller.
//
// Rules:
// - Which unit a value is about: its scope `province:<name>` and its date. Before a former province's
//   merger date (`mergedInto.from`, 2025-07-01) the name is the former province's, after it the
//   unit's (Tuyên Quang before July 2025 is the old province, after it the merged one). A name that
//   only a former province has stays that province's whatever the date. A unit made of one former
//   province (Hà Nội) has one series: both are the same place.
// - A merged unit's own series is its values after the merger. When the indicator's `aggregation` is
//   `sum` or `mean`, each calendar year in which every former province has a reported value adds a
//   point: the sum, or the unweighted mean, of each former province's latest value in that year,
//   dated by the latest of them (qualifier `about` unless all were exact). With `none` (the
//   default) former values are shown under the unit, never combined. On the same date the unit's
//   own value wins over a combined one.
// - latest: the unit's latest value by date; previous: the step before it in seriesSteps (a run of
//   agreeing figures, such as one number repeated by many articles, counts once); change = latest −
//   previous.
// - With a period (`2025-H1`): a stock indicator's values dated up to the period's end, a flow
//   indicator's values dated within the period.
// - Target: the pack's target for the unit (scope province:<unit>), else the latest target stated for
//   it (a figure with stance target: a province's own goal), else, for a share (unit `%…` or
//   aggregation mean), the national target as a benchmark, said so in `target.from`. The deadline
//   nearest ahead is taken, else the latest. Counts have no national benchmark: a province's 5G
//   stations are not the country's. Status: assessTarget on the unit's series; without a target,
//   values are "not assessable" and no values "no data".
// - Rank: by latest value in the indicator's direction; equal values share a rank; units without a
//   value have none and come last, by name.
import type { Agency, Indicator, Pack, Target } from '../programme/schema.ts';
import { aggregationOf, indicatorKindOf, type Aggregation } from '../programme/schema.ts';
import { periodEnd } from '../text/periods.ts';
import { dayNumber } from './dates.ts';
import type { Observation } from './observation.ts';
import type { ReportingPeriod } from './periods.ts';
import { seriesSteps } from './series.ts';
import { assessTarget, STATUS_LABELS, type TargetStatus } from './status.ts';

export interface LeaguePoint {
  value: number;
  valueMax: number | null;
  qualifier: Observation['qualifier'];
  asOf: string;
  /** `unit`: a value given for the unit itself; `aggregated`: combined from its former provinces. */
  origin: 'unit' | 'aggregated';
  /** The observation's key; for a combined value, the keys of the values combined. */
  keys: string[];
  sources: string[];
}

export interface LeagueTarget {
  /** The pack target's id; null for a stated target or none. */
  id: string | null;
  /** unit: the pack's target for the unit; stated: a goal stated for it; national: the country's, as a benchmark. */
  from: 'unit' | 'stated' | 'national';
  comparator: NonNullable<Target['comparator']>;
  value: number;
  valueMax: number | null;
  deadline: string;
  sources: string[];
}

export interface LeagueFormer {
  id: string;
  name: string;
  /** The day from which it is part of the unit. */
  mergedFrom: string | null;
  latest: LeaguePoint | null;
  evidenceCount: number;
}

export interface LeagueRow {
  unit: { id: string; name: string };
  rank: number | null;
  latest: LeaguePoint | null;
  previous: LeaguePoint | null;
  /** latest − previous, in the indicator's unit; null without both. */
  change: number | null;
  target: LeagueTarget | null;
  status: TargetStatus;
  statusLabel: string;
  reason: string;
  /** Observations (reported and target, not rejected) of the unit and its former provinces. */
  evidenceCount: number;
  /** The former provinces merged into it (empty for a unit that is one former province). */
  former: LeagueFormer[];
}

export interface LeagueTable {
  indicator: { id: string; name: Indicator['name']; unit: string; direction: Indicator['direction']; kind: 'stock' | 'flow'; aggregation: Aggregation };
  period: ReportingPeriod | null;
  today: string;
  aggregation: { rule: Aggregation; statement: { vi: string; en: string } };
  /** The country's latest value, for reference. */
  national: LeaguePoint | null;
  /** Units with a value. */
  ranked: number;
  rows: LeagueRow[];
}

export const AGGREGATION_STATEMENTS: Record<Aggregation, { vi: string; en: string }> = {
  sum: {
    vi: 'Giá trị của tỉnh, thành phố sau hợp nhất khi chưa có số liệu riêng: tổng số liệu của các tỉnh cũ trong cùng năm (mỗi tỉnh lấy số mới nhất trong năm), chỉ khi có đủ số liệu của mọi tỉnh cũ.',
    en: "A merged unit without a figure of its own: the sum of its former provinces' values in the same year (each province's latest in that year), only when every former province has one.",
  },
  mean: {
    vi: 'Giá trị của tỉnh, thành phố sau hợp nhất khi chưa có số liệu riêng: trung bình cộng (không gia quyền) số liệu của các tỉnh cũ trong cùng năm (mỗi tỉnh lấy số mới nhất trong năm), chỉ khi có đủ số liệu của mọi tỉnh cũ.',
    en: "A merged unit without a figure of its own: the unweighted mean of its former provinces' values in the same year (each province's latest in that year), only when every former province has one.",
  },
  none: {
    vi: 'Không cộng gộp: số liệu của các tỉnh cũ được hiển thị riêng dưới tỉnh, thành phố mới.',
    en: "Not combined: the former provinces' values are shown under their new unit.",
  },
};

export class LeagueTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LeagueTableError';
  }
}

const collator = new Intl.Collator('vi');
const MERGER_DAY_DEFAULT = '2025-07-01';

/** Where each province name points: the 34 units and the former provinces, by name. */
function provinceIndex(pack: Pack) {
  const units = pack.provinces.filter((p) => p.kind === 'province');
  const byId = new Map(pack.provinces.map((p) => [p.id, p]));
  const formersOf = new Map<string, Agency[]>(units.map((u) => [u.id, (u.mergedFrom ?? []).map((id) => byId.get(id)).filter((p): p is Agency => p !== undefined)]));
  const unitByName = new Map(units.map((u) => [u.name, u]));
  const formerByName = new Map(pack.provinces.filter((p) => p.kind === 'former_province').map((p) => [p.name, p]));
  /** The unit and (for a merged unit's former province) the former province a dated value is about. */
  const locate = (name: string, asOf: string): { unit: Agency; former: Agency | null } | null => {
    const former = formerByName.get(name);
    const unit = unitByName.get(name);
    const formerUnit = former?.mergedInto ? byId.get(former.mergedInto.agency) : undefined;
    const single = (u: Agency) => (formersOf.get(u.id)?.length ?? 0) <= 1;
    if (former && formerUnit && (!unit || dayNumber(asOf) < dayNumber(former.mergedInto?.from ?? MERGER_DAY_DEFAULT))) {
      return { unit: formerUnit, former: single(formerUnit) ? null : former };
    }
    if (unit) return { unit, former: null };
    return null;
  };
  return { units, formersOf, locate };
}

function point(o: Observation): LeaguePoint {
  return { value: o.value, valueMax: o.valueMax, qualifier: o.qualifier, asOf: o.asOf!, origin: 'unit', keys: [o.key], sources: o.sources };
}

/** Latest first by date; on one date a value of the unit before a combined one, then the surer. */
function byLatest(a: Observation, b: Observation): number {
  return dayNumber(b.asOf!) - dayNumber(a.asOf!) || Number(a.key.startsWith('agg:')) - Number(b.key.startsWith('agg:')) || b.confidence - a.confidence;
}

/** The keys of the values each combined observation was made from. */
const combinedFrom = new WeakMap<Observation, string[]>();

/** One combined value per year in which every former province has a reported value. */
function combined(rule: Aggregation, unit: Agency, formers: readonly { series: readonly Observation[] }[]): Observation[] {
  if (rule === 'none' || formers.length < 2) return [];
  const years = new Set(formers[0]!.series.map((o) => o.asOf!.slice(0, 4)));
  const out: Observation[] = [];
  for (const year of [...years].sort()) {
    const latestIn = formers.map((f) => latestOf(f.series.filter((o) => o.asOf!.startsWith(year))));
    if (latestIn.some((o) => o === undefined)) continue;
    const used = latestIn as Observation[];
    const sum = used.reduce((s, o) => s + o.value, 0);
    const last = latestOf(used)!;
    const merged: Observation = {
      ...last,
      key: `agg:${unit.id}:${used.map((o) => o.key).join('+')}`,
      scope: `province:${unit.name}`,
      value: rule === 'sum' ? sum : sum / used.length,
      valueMax: null,
      qualifier: used.every((o) => o.qualifier === 'exact') ? 'exact' : 'about',
      sources: [...new Set(used.flatMap((o) => o.sources))],
      note: null,
    };
    combinedFrom.set(merged, used.map((o) => o.key));
    out.push(merged);
  }
  return out;
}

/** The latest of a list by byLatest, in one pass (no sort). */
function latestOf(list: readonly Observation[]): Observation | undefined {
  let best: Observation | undefined;
  for (const o of list) if (!best || byLatest(o, best) < 0) best = o;
  return best;
}

function asLeaguePoint(o: Observation): LeaguePoint {
  const keys = combinedFrom.get(o);
  return keys ? { ...point(o), origin: 'aggregated', keys } : point(o);
}

/** The target a unit is judged against (see the header), as a pack target for assessTarget. */
function unitTarget(pack: Pack, indicator: Indicator, unitName: string, stated: readonly Observation[], today: string): { target: Target; from: LeagueTarget['from'] } | null {
  const scope = `province:${unitName}`;
  const todayDay = dayNumber(today);
  const nearest = <T>(items: readonly T[], deadline: (x: T) => string): T | undefined => {
    const ahead = items.filter((x) => dayNumber(deadline(x)) >= todayDay).sort((a, b) => dayNumber(deadline(a)) - dayNumber(deadline(b)));
    return ahead[0] ?? [...items].sort((a, b) => dayNumber(deadline(b)) - dayNumber(deadline(a)))[0];
  };
  const withFigure = pack.targets.filter((t) => t.indicator === indicator.id && t.value !== undefined && t.comparator);
  const own = nearest(withFigure.filter((t) => t.scope === scope), (t) => t.deadline);
  if (own) return { target: own, from: 'unit' };
  const goal = nearest(stated.filter((o) => o.asOf !== null), (o) => o.asOf!);
  if (goal) {
    const range = goal.valueMax !== null && goal.valueMax !== goal.value;
    return {
      from: 'stated',
      target: {
        id: `stated:${goal.key}`,
        indicator: indicator.id,
        name: { vi: `Mục tiêu của ${unitName}` },
        comparator: range ? 'between' : indicator.direction === 'lower' ? '<=' : '>=',
        value: goal.value,
        valueMax: range ? (goal.valueMax ?? undefined) : undefined,
        deadline: goal.asOf!,
        scope,
        setBy: goal.origin === 'extracted' ? `tài liệu #${goal.documentId}` : 'gói chương trình',
        sources: goal.sources,
        verified: goal.verified,
      },
    };
  }
  const share = indicator.unit.startsWith('%') || aggregationOf(indicator) === 'mean';
  const national = share ? nearest(withFigure.filter((t) => t.scope === 'national'), (t) => t.deadline) : undefined;
  if (national) return { target: { ...national, scope, milestones: undefined }, from: 'national' };
  return null;
}

/**
 * The league table of one indicator over the 34 units. `observations` are the stored ones (rejected
 * ones are left out here). Throws LeagueTableError for an unknown indicator or one without
 * provincial figures (its `scopes` leave out `province`).
 */
export function leagueTable(pack: Pack, indicatorId: string, observations: readonly Observation[], today: string, period: ReportingPeriod | null = null): LeagueTable {
  const indicator = pack.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new LeagueTableError(`không có chỉ số "${indicatorId}"`);
  if (indicator.scopes && !indicator.scopes.includes('province')) throw new LeagueTableError(`chỉ số "${indicatorId}" không có số liệu theo tỉnh, thành phố`);
  const kind = indicatorKindOf(indicator);
  const rule = aggregationOf(indicator);
  const inPeriod = (o: Observation): boolean => {
    if (!period) return true;
    const end = periodEnd(o.asOf!);
    return kind === 'flow' ? end >= period.start && end <= period.end : end <= period.end;
  };
  const usable = observations.filter((o) => o.indicator === indicator.id && o.review?.verdict !== 'rejected' && o.asOf !== null && inPeriod(o));
  const { units, formersOf, locate } = provinceIndex(pack);

  // Every provincial value, placed under its unit and (when merged away) its former province.
  const byUnit = new Map<string, { own: Observation[]; byFormer: Map<string, Observation[]> }>(units.map((u) => [u.id, { own: [], byFormer: new Map() }]));
  for (const o of usable) {
    if (!o.scope.startsWith('province:')) continue;
    const place = locate(o.scope.slice('province:'.length), o.asOf!);
    if (!place) continue;
    const slot = byUnit.get(place.unit.id)!;
    if (!place.former) slot.own.push(o);
    else {
      const list = slot.byFormer.get(place.former.id);
      if (list) list.push(o);
      else slot.byFormer.set(place.former.id, [o]);
    }
  }

  const reported = (list: readonly Observation[]) => list.filter((o) => o.stance === 'reported');
  const rows: LeagueRow[] = units.map((unit) => {
    const slot = byUnit.get(unit.id)!;
    const formers = (formersOf.get(unit.id) ?? []).length > 1 ? formersOf.get(unit.id)! : [];
    const formerSeries = formers.map((f) => ({ former: f, all: slot.byFormer.get(f.id) ?? [], series: reported(slot.byFormer.get(f.id) ?? []) }));
    const own = reported(slot.own);
    const ownDays = new Set(own.map((o) => dayNumber(o.asOf!)));
    const series = [...own, ...combined(rule, unit, formerSeries).filter((o) => !ownDays.has(dayNumber(o.asOf!)))];
    // Re-scoped to the unit, so that assessTarget reads one series whatever name each value used.
    const scope = `province:${unit.name}`;
    const rescoped = series.map((o) => ({ ...o, scope }));
    const stated = slot.own.filter((o) => o.stance === 'target');
    const chosen = unitTarget(pack, indicator, unit.name, stated, today);
    const assessed = chosen ? assessTarget(chosen.target, indicator, rescoped, today) : null;
    const latestObs = latestOf(series) ?? null;
    const steps = seriesSteps(series);
    const previousObs = latestObs && steps.length >= 2 ? steps[steps.length - 2]! : null;
    const status: TargetStatus = assessed ? assessed.status : series.length > 0 ? 'not_assessable' : 'no_data';
    const reason = assessed ? assessed.reason : series.length > 0 ? 'chưa có mục tiêu cho tỉnh, thành phố này' : 'chưa có số liệu được báo cáo';
    const t = chosen?.target;
    return {
      unit: { id: unit.id, name: unit.name },
      rank: null,
      latest: latestObs ? asLeaguePoint(latestObs) : null,
      previous: previousObs ? asLeaguePoint(previousObs) : null,
      change: latestObs && previousObs ? latestObs.value - previousObs.value : null,
      target: t && chosen
        ? { id: chosen.from === 'stated' ? null : t.id, from: chosen.from, comparator: t.comparator!, value: t.value!, valueMax: t.valueMax ?? null, deadline: t.deadline, sources: t.sources }
        : null,
      status,
      statusLabel: STATUS_LABELS[status],
      reason: chosen?.from === 'national' ? `${reason} (so với mục tiêu cả nước)` : reason,
      evidenceCount: slot.own.length + formerSeries.reduce((s, f) => s + f.all.length, 0),
      former: formerSeries.map((f) => {
        const latest = latestOf(f.series);
        return { id: f.former.id, name: f.former.name, mergedFrom: f.former.mergedInto?.from ?? null, latest: latest ? point(latest) : null, evidenceCount: f.all.length };
      }),
    };
  });

  // Rank by value in the indicator's direction; ties share a rank; the rest by name.
  const better = (a: LeagueRow, b: LeagueRow) => (indicator.direction === 'lower' ? a.latest!.value - b.latest!.value : b.latest!.value - a.latest!.value);
  const withValue = rows.filter((r) => r.latest).sort((a, b) => better(a, b) || collator.compare(a.unit.name, b.unit.name));
  withValue.forEach((r, i) => {
    const prev = withValue[i - 1];
    r.rank = prev && better(prev, r) === 0 ? prev.rank : i + 1;
  });
  const without = rows.filter((r) => !r.latest).sort((a, b) => collator.compare(a.unit.name, b.unit.name));

  const nationalObs = latestOf(usable.filter((o) => o.scope === 'national' && o.stance === 'reported'));
  return {
    indicator: { id: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction, kind, aggregation: rule },
    period,
    today,
    aggregation: { rule, statement: AGGREGATION_STATEMENTS[rule] },
    national: nationalObs ? point(nationalObs) : null,
    ranked: withValue.length,
    rows: [...withValue, ...without],
  };
}

/** Indicators with at least one provincial value, with how many units and observations have them. */
export function provincialIndicators(pack: Pack, observations: readonly Observation[]): { id: string; name: Indicator['name']; unit: string; units: number; observations: number }[] {
  const { locate } = provinceIndex(pack);
  const found = new Map<string, { units: Set<string>; observations: number }>();
  for (const o of observations) {
    if (!o.scope.startsWith('province:') || o.asOf === null || o.review?.verdict === 'rejected') continue;
    const place = locate(o.scope.slice('province:'.length), o.asOf);
    if (!place) continue;
    const entry = found.get(o.indicator) ?? { units: new Set<string>(), observations: 0 };
    entry.units.add(place.unit.id);
    entry.observations++;
    found.set(o.indicator, entry);
  }
  return pack.indicators
    .filter((i) => found.has(i.id) && (!i.scopes || i.scopes.includes('province')))
    .map((i) => ({ id: i.id, name: i.name, unit: i.unit, units: found.get(i.id)!.units.size, observations: found.get(i.id)!.observations }));
}
