// The period a report covers, as officials name it: a month (2025-07), a quarter (2025-Q2), a half
// (2025-H1, 2025-H2), the first nine months (2025-9M) or a year (2025). Kept behind one function,
// reportPeriod, so that the shared reporting-period module can replace it without touching callers.
import { periodEnd } from '../../text/periods.ts';

export type ReportPeriodKind = 'month' | 'quarter' | 'half' | 'nine-months' | 'year';

export interface ReportPeriod {
  /** As given, normalised: `2025-H1`, `2025-Q2`, `2025-9M`, `2025-07`, `2025`. */
  id: string;
  kind: ReportPeriodKind;
  /** First and last day, YYYY-MM-DD, both inclusive. */
  start: string;
  end: string;
  /** In words, as a report's title says it: `6 tháng đầu năm 2025`, `quý II năm 2025`. */
  label: string;
  labelEn: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** Months `first`..`last` of `year` as a period. */
function months(year: number, first: number, last: number): { start: string; end: string } {
  return { start: `${year}-${pad(first)}-01`, end: periodEnd(`${year}-${pad(last)}`) };
}

/**
 * Reads a period; throws a RangeError saying what is expected. Case and spaces are forgiven
 * (`2025-h1`, ` 2025 `); a month 13 or a quarter 5 is refused.
 */
export function reportPeriod(text: string): ReportPeriod {
  const t = text.trim().toUpperCase();
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])|(9M)))?$/.exec(t);
  if (!m) throw new RangeError(`${text}: expected a period such as 2025-07, 2025-Q2, 2025-H1, 2025-9M or 2025`);
  const year = Number(m[1]);
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw new RangeError(`${text}: there is no month ${month}`);
    return { id: `${year}-${pad(month)}`, kind: 'month', ...months(year, month, month), label: `tháng ${month} năm ${year}`, labelEn: `${MONTHS_EN[month - 1]} ${year}` };
  }
  if (m[3] !== undefined) {
    const q = Number(m[3]);
    return { id: `${year}-Q${q}`, kind: 'quarter', ...months(year, 3 * q - 2, 3 * q), label: `quý ${ROMAN[q - 1]} năm ${year}`, labelEn: `Q${q} ${year}` };
  }
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const label = h === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    return { id: `${year}-H${h}`, kind: 'half', ...months(year, h === 1 ? 1 : 7, h === 1 ? 6 : 12), label, labelEn: `${h === 1 ? 'first' : 'second'} half of ${year}` };
  }
  if (m[5] !== undefined) {
    return { id: `${year}-9M`, kind: 'nine-months', ...months(year, 1, 9), label: `9 tháng đầu năm ${year}`, labelEn: `first nine months of ${year}` };
  }
  return { id: String(year), kind: 'year', ...months(year, 1, 12), label: `năm ${year}`, labelEn: String(year) };
}
