// Calendar periods written as YYYY, YYYY-MM or YYYY-MM-DD, turned into their first and last day.
import { InvalidInput } from '../errors.ts';

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of the period: `2025` → `2025-01-01`, `2025-07` → `2025-07-01`. */
export function periodStart(period: string): string {
  const [y, m = '01', d = '01'] = period.split('-');
  return `${y}-${m}-${d}`;
}

/** Last day of the period: `2025` → `2025-12-31`, `2024-02` → `2024-02-29`. */
export function periodEnd(period: string): string {
  const [y, m, d] = period.split('-');
  if (d) return period;
  if (m) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`;
  return `${y}-12-31`;
}

/**
 * A date as people type it, checked against the calendar: `2025`, `2025-07`, `2025-07-02`, or the
 * Vietnamese day-first `2/7/2025`. Returns the period as YYYY[-MM[-DD]]; throws InvalidInput
 * saying what is expected (a month 13 or a 30 February is refused, not passed on to fail later).
 * The CLI's date options and the HTTP API's date parameters both use it.
 */
export function parsePeriod(value: string): string {
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  const iso = vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new InvalidInput('expected a date: YYYY-MM-DD, YYYY-MM, YYYY or dd/mm/yyyy');
  const [, y, mo, d] = m;
  if (mo !== undefined && !(Number(mo) >= 1 && Number(mo) <= 12)) throw new InvalidInput(`${value}: there is no month ${Number(mo)}`);
  if (d !== undefined && !(Number(d) >= 1 && Number(d) <= daysInMonth(Number(y), Number(mo)))) {
    throw new InvalidInput(`${value}: month ${Number(mo)} of ${y} has no day ${Number(d)}`);
  }
  return iso;
}
