// Reporting periods as Vietnamese administration states them: tháng (month), quý (quarter),
// 6 tháng (half year), 9 tháng (the first nine months) and năm (year), each with the days it covers,
// its data cut-off window and the label an official writes ("Quý II/2025", "6 tháng đầu năm 2025").
// Submissions, reports and the league table take a period in this form.
//
// Ids (what the CLI, the API and reports use): `2025-07` (month), `2025-Q2` (quarter), `2025-H1`
// and `2025-H2` (six months), `2025-9M` (nine months), `2025` (year). parseReportingPeriod also
// reads the Vietnamese labels, with or without diacritics: `Quý II/2025`, `tháng 7/2025`,
// `6 tháng đầu năm 2025`, `9 tháng năm 2025`, `năm 2025`.
//
// Calendar: a period covers its days (`2025-9M` is 01/01–30/09/2025; the nine months and the
// first six months are cumulative from 1 January).
// Data cut-off (thời gian chốt số liệu), as Decree 09/2019/NĐ-CP art. 12 is commonly applied
// (../shared/facts/monitoring-systems.md, "Reporting rules"; to verify against the decree):
//   month      15th of the previous month to the 14th of the month;
//   quarter    15th of the month before the quarter to the 14th of its last month;
//   6 months   15/12 of the previous year to 14/6 (first half), 15/6 to 14/12 (second half);
//   year       15/12 of the previous year to 14/12.
// The nine months are not in that list: by the same rule, 15/12 of the previous year to 14/9.
import { foldForSearch } from '../text/fold.ts';

export type ReportingPeriodKind = 'month' | 'quarter' | 'half_year' | 'nine_months' | 'year';

export interface ReportingPeriod {
  /** Canonical id: `2025-07`, `2025-Q2`, `2025-H1`, `2025-9M`, `2025`. */
  id: string;
  kind: ReportingPeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4 or half 1–2; null for nine months and a year. */
  index: number | null;
  /** First and last day covered (YYYY-MM-DD). */
  start: string;
  end: string;
  /** The data cut-off window (YYYY-MM-DD, both days included). */
  cutoff: { from: string; to: string };
  /** As an official writes it, and in English. */
  label: { vi: string; en: string };
}

/** Where the cut-off rule comes from, for reports that state it. */
export const CUTOFF_SOURCE = 'https://luatvietnam.vn/tin-van-ban-moi/thoi-han-nop-bao-cao-dinh-ky-186-21960-article.html';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function day(year: number, month: number, d: number): string {
  return `${year}-${pad(month)}-${pad(d)}`;
}

function lastDay(year: number, month: number): string {
  return day(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** The 15th of the month before `month` (January's is 15/12 of the year before). */
function cutoffFrom(year: number, month: number): string {
  return month === 1 ? day(year - 1, 12, 15) : day(year, month - 1, 15);
}

/** The period of a kind, year and index (month 1–12, quarter 1–4, half 1–2; none for nine months and year). */
export function reportingPeriod(kind: ReportingPeriodKind, year: number, index: number | null = null): ReportingPeriod {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new RangeError(`năm không hợp lệ: ${year}`);
  const need = (max: number): number => {
    if (index === null || !Number.isInteger(index) || index < 1 || index > max) throw new RangeError(`${kind} ${year}: cần số thứ tự từ 1 đến ${max}`);
    return index;
  };
  switch (kind) {
    case 'month': {
      const m = need(12);
      return {
        id: `${year}-${pad(m)}`, kind, year, index: m,
        start: day(year, m, 1), end: lastDay(year, m),
        cutoff: { from: cutoffFrom(year, m), to: day(year, m, 14) },
        label: { vi: `Tháng ${m}/${year}`, en: `${MONTHS_EN[m - 1]} ${year}` },
      };
    }
    case 'quarter': {
      const q = need(4);
      const first = 3 * q - 2;
      return {
        id: `${year}-Q${q}`, kind, year, index: q,
        start: day(year, first, 1), end: lastDay(year, first + 2),
        cutoff: { from: cutoffFrom(year, first), to: day(year, first + 2, 14) },
        label: { vi: `Quý ${ROMAN[q - 1]}/${year}`, en: `Q${q} ${year}` },
      };
    }
    case 'half_year': {
      const h = need(2);
      return h === 1
        ? {
            id: `${year}-H1`, kind, year, index: 1,
            start: day(year, 1, 1), end: day(year, 6, 30),
            cutoff: { from: day(year - 1, 12, 15), to: day(year, 6, 14) },
            label: { vi: `6 tháng đầu năm ${year}`, en: `first half of ${year}` },
          }
        : {
            id: `${year}-H2`, kind, year, index: 2,
            start: day(year, 7, 1), end: day(year, 12, 31),
            cutoff: { from: day(year, 6, 15), to: day(year, 12, 14) },
            label: { vi: `6 tháng cuối năm ${year}`, en: `second half of ${year}` },
          };
    }
    case 'nine_months':
      if (index !== null) throw new RangeError('9 tháng: không có số thứ tự');
      return {
        id: `${year}-9M`, kind, year, index: null,
        start: day(year, 1, 1), end: day(year, 9, 30),
        cutoff: { from: day(year - 1, 12, 15), to: day(year, 9, 14) },
        label: { vi: `9 tháng đầu năm ${year}`, en: `first nine months of ${year}` },
      };
    case 'year':
      if (index !== null) throw new RangeError('năm: không có số thứ tự');
      return {
        id: String(year), kind, year, index: null,
        start: day(year, 1, 1), end: day(year, 12, 31),
        cutoff: { from: day(year - 1, 12, 15), to: day(year, 12, 14) },
        label: { vi: `Năm ${year}`, en: String(year) },
      };
  }
}

const ROMAN_INDEX: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The period a text names; throws a RangeError saying which forms are accepted. */
export function parseReportingPeriod(text: string): ReportingPeriod {
  const raw = text.trim();
  const id = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])|(9M)))?$/i.exec(raw);
  if (id) {
    const year = Number(id[1]);
    if (id[2]) return reportingPeriod('month', year, Number(id[2]));
    if (id[3]) return reportingPeriod('quarter', year, Number(id[3]));
    if (id[4]) return reportingPeriod('half_year', year, Number(id[4]));
    if (id[5]) return reportingPeriod('nine_months', year);
    return reportingPeriod('year', year);
  }
  const f = foldForSearch(raw).replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^quy (i{1,3}|iv|[1-4]) ?(?:\/|nam) ?(\d{4})$/.exec(f))) return reportingPeriod('quarter', Number(m[2]), ROMAN_INDEX[m[1]!]!);
  if ((m = /^thang (\d{1,2}) ?(?:\/|nam) ?(\d{4})$/.exec(f)) && Number(m[1]) >= 1 && Number(m[1]) <= 12) return reportingPeriod('month', Number(m[2]), Number(m[1]));
  if ((m = /^6 thang (dau|cuoi) nam (\d{4})$/.exec(f))) return reportingPeriod('half_year', Number(m[2]), m[1] === 'dau' ? 1 : 2);
  if ((m = /^9 thang (?:dau )?nam (\d{4})$/.exec(f))) return reportingPeriod('nine_months', Number(m[1]));
  if ((m = /^nam (\d{4})$/.exec(f))) return reportingPeriod('year', Number(m[1]));
  throw new RangeError(`kỳ báo cáo không hợp lệ "${raw}": dùng 2025-07 (tháng), 2025-Q2 (quý), 2025-H1 hoặc 2025-H2 (6 tháng), 2025-9M (9 tháng), 2025 (năm)`);
}

/** Whether a text is a reporting period id or label parseReportingPeriod accepts. */
export function isReportingPeriod(text: string): boolean {
  try {
    parseReportingPeriod(text);
    return true;
  } catch {
    return false;
  }
}

/** The period of a kind whose calendar days include `isoDay` (YYYY-MM-DD). */
export function periodContaining(kind: ReportingPeriodKind, isoDay: string): ReportingPeriod {
  const [y, m] = isoDay.split('-').map(Number) as [number, number];
  switch (kind) {
    case 'month':
      return reportingPeriod('month', y, m);
    case 'quarter':
      return reportingPeriod('quarter', y, Math.ceil(m / 3));
    case 'half_year':
      return reportingPeriod('half_year', y, m <= 6 ? 1 : 2);
    case 'nine_months':
      // Only the first nine months of a year are such a period; October to December belong to none
      // but the year, so the year's nine-month period is given (its end has passed).
      return reportingPeriod('nine_months', y);
    case 'year':
      return reportingPeriod('year', y);
  }
}

/**
 * The period of a kind whose data cut-off window holds `isoDay`: a figure dated 20/06/2025 falls in
 * the cut-off of Quý III/2025 (15/06–14/09), though its calendar quarter is the second. For nine
 * months, days after 14/09 fall in no window: null.
 */
export function periodByCutoff(kind: ReportingPeriodKind, isoDay: string): ReportingPeriod | null {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  // Move the day forward past the 14th: from the 15th a day belongs to the next month's window.
  const shifted = d >= 15 ? (m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 }) : { y, m };
  if (kind === 'half_year') {
    // First half: 15/12 → 14/06; second half: 15/06 → 14/12.
    return reportingPeriod('half_year', shifted.y, shifted.m <= 6 ? 1 : 2);
  }
  if (kind === 'nine_months') return shifted.m <= 9 ? reportingPeriod('nine_months', shifted.y) : null;
  return periodContaining(kind, day(shifted.y, shifted.m, 1));
}

/** The period before: `2025-Q1` → `2024-Q4`, `2025-H1` → `2024-H2`, `2025-9M` → `2024-9M`, `2025` → `2024`. */
export function previousReportingPeriod(p: ReportingPeriod): ReportingPeriod {
  switch (p.kind) {
    case 'month':
      return p.index === 1 ? reportingPeriod('month', p.year - 1, 12) : reportingPeriod('month', p.year, p.index! - 1);
    case 'quarter':
      return p.index === 1 ? reportingPeriod('quarter', p.year - 1, 4) : reportingPeriod('quarter', p.year, p.index! - 1);
    case 'half_year':
      return p.index === 1 ? reportingPeriod('half_year', p.year - 1, 2) : reportingPeriod('half_year', p.year, 1);
    case 'nine_months':
    case 'year':
      return reportingPeriod(p.kind, p.year - 1);
  }
}

/** Whether a day (YYYY-MM-DD) is within the period's calendar days. */
export function periodIncludes(p: ReportingPeriod, isoDay: string): boolean {
  return isoDay >= p.start && isoDay <= p.end;
}

/** The Vietnamese names of the kinds, as a report's heading uses them. */
export const PERIOD_KIND_LABELS: Record<ReportingPeriodKind, { vi: string; en: string }> = {
  month: { vi: 'tháng', en: 'month' },
  quarter: { vi: 'quý', en: 'quarter' },
  half_year: { vi: '6 tháng', en: 'six months' },
  nine_months: { vi: '9 tháng', en: 'nine months' },
  year: { vi: 'năm', en: 'year' },
};
