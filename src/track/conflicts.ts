// Two sources disagree when they give values for the same indicator and scope, dated within a few
// days of each other, that cannot both be true. Each value stands for an interval given its
// qualifier (exact: itself; about: ±5 %; more than: above it; a range: its range), and two
// observations conflict when their intervals do not meet. `hơn 26%` and `khoảng 26%` agree;
// Viettel's 20.758 and 22.758 new stations, a few days apart, do not.
import { dayNumber } from './dates.ts';
import type { Observation } from './observation.ts';

/** Days apart within which two values describe the same moment. */
export const CONFLICT_WINDOW_DAYS = 7;
/** How far `about` (khoảng, gần, ước) reaches either side, relative. */
const ABOUT = 0.05;
/** Rounding in print: exact values this close are the same. */
const EXACT = 0.001;

export interface Conflict {
  indicator: string;
  scope: string;
  a: Observation;
  b: Observation;
  /** Days between their dates. */
  days: number;
}

function interval(o: Observation): [number, number] {
  const v = o.value;
  switch (o.qualifier) {
    case 'about':
      return [v * (1 - ABOUT), v * (1 + ABOUT)];
    case 'more_than':
    case 'at_least':
      return [v, Infinity];
    case 'less_than':
    case 'up_to':
      return [-Infinity, v];
    case 'range':
      return [v, o.valueMax ?? v];
    default:
      return [v * (1 - EXACT), v * (1 + EXACT)];
  }
}

export function agree(a: Observation, b: Observation): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  // Negative values flip the relative bounds; order them before comparing.
  return Math.max(Math.min(a0, a1), Math.min(b0, b1)) <= Math.min(Math.max(a0, a1), Math.max(b0, b1));
}

/** Observations giving the same value the same way agree with each other: compared once. */
function signature(o: Observation): string {
  return `${o.qualifier}:${o.value}:${o.valueMax ?? ''}`;
}

/**
 * Disagreeing pairs among reported, dated, not rejected observations of one indicator and scope:
 * one pair per two disagreeing values, the closest in time. A corpus repeats the same figure in
 * many articles, so values are compared per distinct value within the window, not per article.
 */
export function findConflicts(observations: readonly Observation[], windowDays = CONFLICT_WINDOW_DAYS): Conflict[] {
  const usable = observations.filter((o) => o.stance === 'reported' && o.asOf !== null && o.review?.verdict !== 'rejected');
  const groups = new Map<string, Observation[]>();
  for (const o of usable) {
    const k = `${o.indicator}\u0000${o.scope}`;
    const group = groups.get(k);
    if (group) group.push(o);
    else groups.set(k, [o]);
  }
  const out: Conflict[] = [];
  for (const group of groups.values()) {
    const sorted = group.map((o) => ({ o, day: dayNumber(o.asOf!) })).sort((x, y) => x.day - y.day);
    // The latest observation of each distinct value seen within the window so far.
    const recent = new Map<string, { o: Observation; day: number }>();
    const reported = new Map<string, Conflict>();
    for (const current of sorted) {
      const sig = signature(current.o);
      for (const [otherSig, other] of recent) {
        if (current.day - other.day > windowDays) {
          recent.delete(otherSig);
          continue;
        }
        if (otherSig === sig || agree(other.o, current.o)) continue;
        const pair = otherSig < sig ? `${otherSig}|${sig}` : `${sig}|${otherSig}`;
        const days = current.day - other.day;
        const known = reported.get(pair);
        if (!known || days < known.days) reported.set(pair, { indicator: current.o.indicator, scope: current.o.scope, a: other.o, b: current.o, days });
      }
      recent.set(sig, current);
    }
    out.push(...reported.values());
  }
  return out;
}
