// How a report writes numbers, dates and values: Vietnamese digit grouping and decimal comma,
// dates day first. Shared by the report's summary and every renderer, so the DOCX, the XLSX and
// the PDF say the same thing the same way.
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** `12.106`, `39,52`. */
export function formatNumber(n: number): string {
  return vi.format(n);
}

/** `+1,5`, `−2`, `0`: a change, signed. */
export function formatChange(n: number): string {
  if (n === 0) return '0';
  return `${n > 0 ? '+' : '−'}${formatNumber(Math.abs(n))}`;
}

const QUALIFIER_PREFIX: Record<string, string> = { exact: '', about: '~', more_than: '>', at_least: '≥', less_than: '<', up_to: '≤', range: '' };

/** A number and its unit: `26%`, `0,5% GDP` (a percent sign joins the number), `12.106 trạm`. */
export function withUnit(number: string, unit: string): string {
  if (!unit) return number;
  return unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
}

/** `>26%`, `12.106 trạm`, `16–18%`. */
export function formatValue(o: { value: number; valueMax: number | null; qualifier: string }, unit: string): string {
  const v = o.valueMax !== null && o.valueMax !== o.value ? `${formatNumber(o.value)}–${formatNumber(o.valueMax)}` : formatNumber(o.value);
  return `${QUALIFIER_PREFIX[o.qualifier] ?? ''}${withUnit(v, unit)}`;
}

/** `2025-07-02` → `02/07/2025`, `2025-10` → `10/2025`, `2025` unchanged; null → `—`. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? iso;
}

/**
 * `ngày 30 tháng 6 năm 2025`, `ngày 05 tháng 01 năm 2026`: how an administrative text dates itself
 * (Decree 30/2020/NĐ-CP: a day below 10 and the months 1 and 2 take a leading zero).
 */
export function formatLongDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const dd = d < 10 ? `0${d}` : String(d);
  const mm = m <= 2 ? `0${m}` : String(m);
  return `ngày ${dd} tháng ${mm} năm ${y}`;
}
