// Dates of observations and deadlines are ISO text to the day, month or year. For ordering and
// fitting, a period stands for its last day: a value "for 2025" or "in October 2025" is the state
// at the end of that period, and a deadline "2030" means by 31/12/2030.
const DAY_MS = 86_400_000;

/** `2025` → `2025-12-31`, `2025-02` → `2025-02-28`, a day unchanged. */
export function periodEnd(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${iso}-12-31`;
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const [y, m] = iso.split('-').map(Number) as [number, number];
    return `${iso}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return iso.slice(0, 10);
}

/** Days since 1970-01-01 of the period's last day. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${periodEnd(iso)}T00:00:00Z`) / DAY_MS);
}

/** Today in Vietnam (UTC+7), where the programme's deadlines fall. */
export function todayIso(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}
