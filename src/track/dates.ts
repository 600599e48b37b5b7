// Dates of observations and deadlines are ISO text to the day, month or year. For ordering and
// fitting, a period stands for its last day (text/periods.ts): a value "for 2025" or "in October
// 2025" is the state at the end of that period, and a deadline "2030" means by 31/12/2030.
import { periodEnd } from '../text/periods.ts';
import { vietnamDay } from './tasks/timeliness.ts';

const DAY_MS = 86_400_000;

/**
 * Dates repeat (a corpus has thousands of observations on a few hundred days) and sorting calls
 * dayNumber twice per comparison: each distinct text is parsed once. Bounded so that a long-running
 * server does not grow it without end.
 */
const DAY_CACHE = new Map<string, number>();
const DAY_CACHE_MAX = 50_000;

/** Days since 1970-01-01 of the period's last day. */
export function dayNumber(iso: string): number {
  const known = DAY_CACHE.get(iso);
  if (known !== undefined) return known;
  const day = Math.round(Date.parse(`${periodEnd(iso)}T00:00:00Z`) / DAY_MS);
  if (DAY_CACHE.size >= DAY_CACHE_MAX) DAY_CACHE.clear();
  DAY_CACHE.set(iso, day);
  return day;
}

/**
 * Orders ISO periods by the day they stand for, never by their text: `2025` (31/12/2025) comes
 * after `2025-10-31`, though it sorts before it as a string.
 */
export function byDate(a: string, b: string): number {
  return dayNumber(a) - dayNumber(b) || a.length - b.length;
}

/** Today in Vietnam (UTC+7), where the programme's deadlines fall. */
export function todayIso(): string {
  return vietnamDay(new Date());
}
