// A series for display: values in date order, with each run of consecutive values that agree with
// each other (conflicts.ts: the same figure from several sources or several dates) shown once.
// `~26 % (05/2025), 26 % (30/06), >26 % (02/07)` reads as one step; 39,52 % is the next.
import { agree } from './conflicts.ts';
import { dayNumber } from './dates.ts';
import type { Observation } from './observation.ts';

const QUALIFIER_RANK: Record<string, number> = { exact: 0, range: 1, about: 2, at_least: 3, more_than: 3, up_to: 3, less_than: 3 };

/** One representative per run of agreeing values: the most precise (exact before `about`, `more than`). */
export function seriesSteps(series: readonly Observation[]): Observation[] {
  const sorted = [...series].filter((o) => o.asOf !== null).sort((a, b) => dayNumber(a.asOf!) - dayNumber(b.asOf!));
  const steps: Observation[][] = [];
  for (const o of sorted) {
    const run = steps.at(-1);
    if (run && run.every((r) => agree(r, o))) run.push(o);
    else steps.push([o]);
  }
  return steps.map((run) => [...run].sort((a, b) => (QUALIFIER_RANK[a.qualifier] ?? 9) - (QUALIFIER_RANK[b.qualifier] ?? 9))[0]!);
}
