// Provinces side by side on one indicator: the latest reported value of each province, placed on the
// map of its time (the 34 units from 1 July 2025, the 63 former provinces before), and a rank among
// the units. A figure for `province:Hải Dương` dated 2024 belongs to the former province, not to the
// Hải Phòng it merged into: values of different territories are never mixed here (aggregating the
// former provinces under their unit is the league table's job, with its stated rule).
import type { Agency } from '../programme/schema.ts';
import type { Observation } from './observation.ts';
import { dayNumber } from './dates.ts';
import { foldForSearch } from '../text/fold.ts';

/** The provincial units' day (Resolution 202/2025/QH15): figures dated earlier are the 63 provinces'. */
export const UNITS_FROM = '2025-07-01';

export type MapView = 'units34' | 'provinces63';

export interface ProvinceFigure {
  /** The pack id of the unit (`hai-phong`) or former province (`old-hai-duong`) the figure is about. */
  province: string;
  name: string;
  view: MapView;
  /** The unit the province is part of today (itself for a unit). */
  unit: string;
  indicator: string;
  value: number;
  valueMax: number | null;
  qualifier: Observation['qualifier'];
  unitOfMeasure: string | null;
  asOf: string;
  /** The observation shown; its document, if extracted. */
  key: string;
  documentId: number | null;
  /** Reported values of this indicator for this province (all dates). */
  count: number;
}

const nameKey = (name: string) => foldForSearch(name).replace(/[^a-z0-9]/g, '');

/** Resolves `province:NAME` scopes to pack provinces, by folded name (and former names). */
export function provinceResolver(provinces: readonly Agency[]) {
  const units = new Map<string, Agency>();
  const formers = new Map<string, Agency>();
  for (const p of provinces) {
    const into = p.kind === 'province' ? units : p.kind === 'former_province' ? formers : null;
    if (!into) continue;
    for (const n of [p.name, ...p.formerNames.map((f) => f.name)]) into.set(nameKey(n), p);
  }
  const unitOf = (p: Agency) => (p.kind === 'province' ? p.id : (p.mergedInto?.agency ?? p.id));
  return {
    /** The province a scope names at a date: a former province before UNITS_FROM, else a unit. */
    resolve(scope: string, asOf: string): { province: Agency; view: MapView; unit: string } | null {
      if (!scope.startsWith('province:')) return null;
      const k = nameKey(scope.slice('province:'.length));
      const before = dayNumber(asOf) < dayNumber(UNITS_FROM);
      const former = formers.get(k);
      const unit = units.get(k);
      if (before && former) return { province: former, view: 'provinces63', unit: unitOf(former) };
      if (unit) return { province: unit, view: 'units34', unit: unit.id };
      // After the merger a figure naming a merged-away province still describes that territory.
      if (former) return { province: former, view: 'provinces63', unit: unitOf(former) };
      return null;
    },
    /** The scope names that mean this province (a unit's own name and former names). */
    namesOf(id: string): string[] {
      const p = provinces.find((q) => q.id === id);
      return p ? [p.name, ...p.formerNames.map((f) => f.name)] : [];
    },
  };
}

function weight(o: Observation): number {
  return (o.review?.verdict === 'confirmed' ? 2 : 0) + (o.verified ? 1 : 0) + o.confidence;
}

/** The latest reported, not rejected value of `indicator` for every province that has one. */
export function latestByProvince(provinces: readonly Agency[], observations: readonly Observation[], indicator: string): ProvinceFigure[] {
  const resolver = provinceResolver(provinces);
  const best = new Map<string, { o: Observation; r: NonNullable<ReturnType<typeof resolver.resolve>>; count: number }>();
  for (const o of observations) {
    if (o.indicator !== indicator || o.stance !== 'reported' || o.asOf === null || o.review?.verdict === 'rejected') continue;
    const r = resolver.resolve(o.scope, o.asOf);
    if (!r) continue;
    const seen = best.get(r.province.id);
    if (!seen) {
      best.set(r.province.id, { o, r, count: 1 });
      continue;
    }
    seen.count++;
    const d = dayNumber(o.asOf) - dayNumber(seen.o.asOf!);
    if (d > 0 || (d === 0 && weight(o) > weight(seen.o))) Object.assign(seen, { o, r });
  }
  return [...best.values()].map(({ o, r, count }) => ({
    province: r.province.id,
    name: r.province.name,
    view: r.view,
    unit: r.unit,
    indicator,
    value: o.value,
    valueMax: o.valueMax,
    qualifier: o.qualifier,
    unitOfMeasure: o.unit,
    asOf: o.asOf!,
    key: o.key,
    documentId: o.documentId,
    count,
  }));
}

/**
 * Ranks of the figures of one view, 1 the best by the indicator's direction; equal values share a
 * rank (1, 2, 2, 4).
 */
export function rankFigures(figures: readonly ProvinceFigure[], direction: 'higher' | 'lower'): Map<string, number> {
  const sorted = [...figures].sort((a, b) => (direction === 'higher' ? b.value - a.value : a.value - b.value));
  const ranks = new Map<string, number>();
  sorted.forEach((f, i) => {
    const prev = sorted[i - 1];
    ranks.set(f.province, prev && prev.value === f.value ? ranks.get(prev.province)! : i + 1);
  });
  return ranks;
}
