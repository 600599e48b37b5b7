// Published-date lines as Vietnamese news pages print them, turned into ISO-8601.
//
// A date line is made only of date parts: a weekday, a label such as "Cập nhật", a date, a time, a
// time zone, and separators. The parser removes each recognised part and accepts the line only when
// nothing else is left, so a sentence that merely mentions a date ("Ngày 22/10/2025, Bộ … tổ chức")
// is rejected instead of being mistaken for the page's own date.
import type { TimePrecision } from '../records.ts';
import { normalizeText } from './normalize.ts';

export interface ParsedDate {
  iso: string;
  precision: TimePrecision;
}

/** Vietnamese sites that print no zone mean Vietnam time, which has no daylight saving. */
export const VIETNAM_OFFSET = '+07:00';

// Longer than any real date line; checking it first keeps the parser cheap on body paragraphs.
const MAX_DATE_LINE = 120;

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])/;
const WORDED_DATE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*năm\s+(\d{4})/;
const TIME = /(?<!\d)(\d{1,2})\s*(?::|h|g)\s*(\d{2})(?::(\d{2}))?(?!\d)(?:\s*(am|pm|sa|ch)\b)?/;
const ZONE = /\(?\s*(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?/;

// Words that may surround a date on a date line; matched on lower-cased NFC text.
const FILLER_WORDS = [
  /thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])/g,
  /chủ\s+nhật/g,
  /\b(?:t[2-7]|cn)\b/g,
  /ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản)/g,
  /cập\s+nhật(?:\s+lúc)?/g,
  /đăng\s+(?:lúc|ngày|tải)/g,
  /đăng/g,
  /xuất\s+bản/g,
  /thời\s+gian/g,
  /\b(?:published|updated|posted)\b/g,
  /lúc/g,
  /ngày/g,
];

// Separators allowed between the parts of a date line.
const SEPARATORS_ONLY = /^[\s|,;:/()[\]·•\-–—]*$/;

/**
 * Parse a line that is a published date, e.g. `02/07/2025 17:12`, `Thứ năm, 17/9/2026 08:30 (GMT+7)`,
 * `Cập nhật: 09:15 | 22/10/2025`, `Ngày 22 tháng 10 năm 2025`, `2025-10-22T09:15:00+07:00`.
 * Returns null when the line is anything else, including a sentence that mentions a date, and for
 * dates that do not exist (31/2/2025).
 */
export function parseDateLine(line: string): ParsedDate | null {
  const text = normalizeText(line).trim();
  if (text.length === 0 || text.length > MAX_DATE_LINE) return null;
  const iso = parseIsoDate(text);
  if (iso) return iso;

  let rest = text.toLowerCase();
  let year: number;
  let month: number;
  let day: number;
  const numeric = NUMERIC_DATE.exec(rest);
  const worded = numeric ? null : WORDED_DATE.exec(rest);
  if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[3]);
    year = Number(numeric[4]);
    rest = cut(rest, numeric);
  } else if (worded) {
    day = Number(worded[1]);
    month = Number(worded[2]);
    year = Number(worded[3]);
    rest = cut(rest, worded);
  } else {
    return null;
  }
  if (!isValidDate(year, month, day)) return null;

  let time: { hour: number; minute: number; second: number } | null = null;
  const timeMatch = TIME.exec(rest);
  if (timeMatch) {
    let hour = Number(timeMatch[1]);
    const minute = Number(timeMatch[2]);
    const second = timeMatch[3] === undefined ? 0 : Number(timeMatch[3]);
    const meridiem = timeMatch[4];
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return null;
      const afternoon = meridiem === 'pm' || meridiem === 'ch';
      hour = (hour % 12) + (afternoon ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return null;
    time = { hour, minute, second };
    rest = cut(rest, timeMatch);
  }

  let offset = VIETNAM_OFFSET;
  const zoneMatch = ZONE.exec(rest);
  if (zoneMatch) {
    const zone = zoneOffset(zoneMatch[1], zoneMatch[2], zoneMatch[3]);
    if (zone === null) return null;
    offset = zone;
    rest = cut(rest, zoneMatch);
  }

  for (const filler of FILLER_WORDS) rest = rest.replace(filler, ' ');
  if (!SEPARATORS_ONLY.test(rest)) return null;

  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) return { iso: date, precision: 'date' };
  return {
    iso: `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${offset}`,
    precision: 'datetime',
  };
}

/**
 * Parse an ISO-8601 date (`2025-10-22`) or date-time (`2025-10-22T09:15`, with optional seconds and
 * offset). A date-time without an offset is taken as Vietnam time; `Z` becomes `+00:00` so that every
 * datetime in the system has the same shape.
 */
export function parseIsoDate(value: string): ParsedDate | null {
  const m = ISO_PATTERN.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return { iso: date, precision: 'date' };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = VIETNAM_OFFSET;
  const zone = m[7];
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') {
      offset = '+00:00';
    } else {
      const digits = zone.slice(1).replace(':', '');
      const parsed = zoneOffset(zone[0], digits.slice(0, 2), digits.slice(2));
      if (parsed === null) return null;
      offset = parsed;
    }
  }
  return { iso: `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`, precision: 'datetime' };
}

function zoneOffset(sign: string | undefined, hours: string | undefined, minutes: string | undefined): string | null {
  // A bare "GMT" means UTC.
  if (sign === undefined || hours === undefined) return '+00:00';
  const h = Number(hours);
  const m = minutes === undefined || minutes === '' ? 0 : Number(minutes);
  if (h > 14 || m > 59) return null;
  return `${sign}${pad(h)}:${pad(m)}`;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids the host's zone rules.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function cut(text: string, match: RegExpExecArray): string {
  return `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
