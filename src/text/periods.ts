// Calendar periods written as YYYY, YYYY-MM or YYYY-MM-DD, turned into their first and last day.

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
