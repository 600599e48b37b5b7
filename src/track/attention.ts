// Attention over time: how many documents matched a search per week or month, as a share of all
// documents of that period (a corpus that grows would otherwise make every topic rise), with the
// raw counts kept; optionally per source group. Pure: dated documents and matching ids in.
export type AttentionInterval = 'week' | 'month';

export interface AttentionPoint {
  period: string;
  matches: number;
  total: number;
  /** matches / total, 0 when the period has no documents. */
  share: number;
}

export interface AttentionSeries {
  query: string;
  /** The source group, or null for all sources together. */
  group: string | null;
  points: AttentionPoint[];
}

export interface AttentionResult {
  interval: AttentionInterval;
  /** Every period from the first to the last dated document, without gaps. */
  periods: string[];
  series: AttentionSeries[];
  /** Documents whose date is not precise enough for the interval (none, a year, a month for weeks). */
  undated: number;
}

/** The ISO week (`2025-W07`) of a day, or the month (`2025-07`); null when the date is too coarse. */
export function periodOf(published: string | null, interval: AttentionInterval): string | null {
  if (!published) return null;
  if (interval === 'month') return /^\d{4}-\d{2}/.exec(published)?.[0] ?? null;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!day) return null;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  // ISO 8601: the week belongs to the year of its Thursday.
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const week = 1 + Math.floor((date.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function nextPeriod(period: string, interval: AttentionInterval): string {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  const [y, w] = period.split('-W').map(Number) as [number, number];
  // Monday of the week, plus seven days.
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
  return periodOf(new Date(monday.getTime() + 7 * 86_400_000).toISOString().slice(0, 10), 'week')!;
}

/** Every period from `first` to `last`, inclusive (a safety cap keeps a stray date from making thousands). */
function periodRange(first: string, last: string, interval: AttentionInterval): string[] {
  const out = [first];
  while (out.at(-1)! < last && out.length < 5000) out.push(nextPeriod(out.at(-1)!, interval));
  return out;
}

export function attention(
  documents: readonly { id: number; published: string | null; group: string | null }[],
  queries: readonly { query: string; ids: readonly number[] }[],
  options: { interval: AttentionInterval; byGroup?: boolean },
): AttentionResult {
  const periodById = new Map<number, { period: string; group: string | null }>();
  let undated = 0;
  for (const d of documents) {
    const period = periodOf(d.published, options.interval);
    if (period === null) undated++;
    else periodById.set(d.id, { period, group: d.group });
  }
  const sorted = [...new Set([...periodById.values()].map((p) => p.period))].sort();
  const periods = sorted.length === 0 ? [] : periodRange(sorted[0]!, sorted.at(-1)!, options.interval);
  const groups: (string | null)[] = options.byGroup ? [...new Set([...periodById.values()].map((p) => p.group))].sort((a, b) => (a ?? '\uffff').localeCompare(b ?? '\uffff')) : [null];
  const keyOf = (period: string, group: string | null) => `${period}\u0000${group ?? ''}`;
  const totals = new Map<string, number>();
  for (const { period, group } of periodById.values()) {
    const key = keyOf(period, options.byGroup ? group : null);
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  const series = queries.flatMap(({ query, ids }) => {
    const counts = new Map<string, number>();
    for (const id of new Set(ids)) {
      const p = periodById.get(id);
      if (!p) continue;
      const key = keyOf(p.period, options.byGroup ? p.group : null);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return groups.map((group) => ({
      query,
      group,
      points: periods.map((period) => {
        const total = totals.get(keyOf(period, group)) ?? 0;
        const matches = counts.get(keyOf(period, group)) ?? 0;
        return { period, matches, total, share: total === 0 ? 0 : matches / total };
      }),
    }));
  });
  return { interval: options.interval, periods, series, undated };
}
