// Calendar arithmetic for the date extractor: validation, ISO formatting, month and quarter bounds,
// and filling in a year the text left out. Pure functions, no time zone: every value is a civil date.
import type { DatePeriod, ExtractContext } from '../facts.ts';

export type YearSource = 'explicit' | 'published' | 'hint' | 'text' | 'collection' | 'none';

/** A year as the text gave it, or as the context filled it in; `year` is null when nothing did. */
export interface ResolvedYear {
  year: number | null;
  from: YearSource;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February counts 29 when the year is unknown, so `29/2` without a year stays valid. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(day: number, month: number, year: number | null): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  if (year !== null && (year < 1900 || year > 2100)) return false;
  return day <= daysInMonth(month, year);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * ISO date; without a year, the ISO 8601:2000 / XML Schema month-day form `--MM-DD`, so that a consumer
 * that expects `YYYY-` never mistakes it for a full date.
 */
export function isoDate(year: number | null, month: number, day: number): string {
  const yearPart = year === null ? '-' : String(year);
  return `${yearPart}-${pad2(month)}-${pad2(day)}`;
}

/** The months `firstMonth..lastMonth` of one year, as a period of days. */
export function monthsPeriod(year: number | null, firstMonth: number, lastMonth: number): DatePeriod {
  return {
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, daysInMonth(lastMonth, year)),
  };
}

export function yearPeriod(year: number): DatePeriod {
  return monthsPeriod(year, 1, 12);
}

/** The year of an ISO date or datetime, or of a bare `YYYY`; null when the string has none. */
export function yearOfIso(iso: string | null): number | null {
  const match = iso === null ? null : /^(\d{4})/.exec(iso.trim());
  return match ? Number(match[1]) : null;
}

function dateOfIso(iso: string | null): Date | null {
  const match = iso === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** How close to publication a day must fall for a neighbouring year to win over the published year. */
const YEAR_BOUNDARY_DAYS = 62;
const DAY_MS = 86_400_000;

/**
 * The year for a day and month written without one. With a full published date: the published year,
 * unless the day lies within two months of publication in the year before or after, across New Year
 * (`28/12` in a story of 3 January is last December; `5/1` in a story of 20 December is next January).
 * A story's own year is the best guess otherwise: teasers and sidebars on a page carry the page's date
 * but report other months of the same year. Without a published date, a full date hint (the day the
 * page was captured) is read the same way; a year-only hint, then the collection's dominant year,
 * give the year as it is.
 */
export function resolveYear(ctx: ExtractContext, month: number, day: number): ResolvedYear {
  const published = yearNear(ctx.published, month, day);
  if (published) return { year: published.year, from: 'published' };
  const hint = yearNear(ctx.dateHint, month, day);
  if (hint) return { year: hint.year, from: 'hint' };
  return resolveYearOnly(ctx);
}

/** The year that puts day/month nearest to `anchor` (an ISO date) by the New Year rule above; null without a full anchor. */
export function yearNear(anchor: string | null, month: number, day: number): { year: number } | null {
  const date = dateOfIso(anchor);
  if (!date) return null;
  const base = date.getUTCFullYear();
  const nearNewYear = [base - 1, base + 1].find(
    (y) => isValidDate(day, month, y) && Math.abs(Date.UTC(y, month - 1, day) - date.getTime()) <= YEAR_BOUNDARY_DAYS * DAY_MS,
  );
  const year = nearNewYear ?? (isValidDate(day, month, base) ? base : undefined);
  return year === undefined ? null : { year };
}

/** The year for a month, quarter or half-year written without one: no closeness rule applies. */
export function resolveYearOnly(ctx: ExtractContext): ResolvedYear {
  const published = yearOfIso(ctx.published);
  if (published !== null) return { year: published, from: 'published' };
  const hint = yearOfIso(ctx.dateHint);
  if (hint !== null) return { year: hint, from: 'hint' };
  if (ctx.collectionYear !== null) return { year: ctx.collectionYear, from: 'collection' };
  return { year: null, from: 'none' };
}
