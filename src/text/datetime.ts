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
// A date line that also carries a byline, a site name or a view counter is a little longer.
const MAX_DATED_LINE = 160;

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

// The letter guard lets a date glued to a site name (`Báo X01/07/2025`) be found; digits and date
// punctuation around it mean a document number or a longer figure instead.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])/;
// `ngày 16 tháng 8 năm 2019`, `16 tháng 8, 2019`
const WORDED_DATE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s*(?:năm\s+)?(\d{4})(?!\d)/;
// `08:30`, `7h05`, `8:36:21 Chiều` (chiều, tối: afternoon and evening; sáng: morning)
const TIME = /(?<!\d)(\d{1,2})\s*(?::|h|g)\s*(\d{2})(?::(\d{2}))?(?!\d)(?:\s*(am|pm|sa|ch|sáng|chiều|tối)(?![\p{L}]))?/u;
const ZONE = /\(?\s*(?:gmt|utc)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?/;

const WORD_START = '(?<![\\p{L}\\p{M}])';
const WORD_END = '(?![\\p{L}\\p{M}])';
const word = (body: string): RegExp => new RegExp(`${WORD_START}(?:${body})${WORD_END}`, 'gu');

// Words that may surround a date on a date line, matched on lower-cased NFC text. Weekdays and labels
// go wherever they stand; the bare `ngày`, `lúc`, `đăng` only right before a number, because they also
// occur in names (`Đăng Khoa`).
const FILLER_WORDS = [
  word('thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])'),
  word('chủ\\s+nhật'),
  word('t[2-7]|cn'),
  word('ngày\\s+(?:đăng|cập\\s+nhật|xuất\\s+bản)'),
  word('cập\\s+nhật(?:\\s+lúc)?'),
  word('đăng\\s+(?:lúc|ngày|tải)'),
  word('xuất\\s+bản|thời\\s+gian|published|updated|posted'),
  word('(?:lượt\\s+xem|lượt\\s+đọc|views?)\\s*:?\\s*[\\d.,]+|[\\d.,]+\\s+(?:lượt\\s+xem|lượt\\s+đọc|views?)'),
];
const BARE_FILLER = /(?<![\p{L}\p{M}])(?:ngày|lúc|đăng)(?=\s*:?\s*\d)/gu;

// Separators allowed between the parts of a date line.
const SEPARATORS_ONLY = /^[\s|,;:/()[\]·•\-–—]*$/;
// Where the labels left beside a date split into segments.
const SEGMENT_BREAK = /\s*(?:[|•·;,]|\s[-–—]+\s|^[-–—]+\s|\s[-–—]+$)\s*|\s{2,}/u;

export interface DatedLine {
  date: ParsedDate;
  /** What the line holds besides the date, time and their labels (a byline, a site name), as written. */
  others: string[];
}

/**
 * Find the one date of a short line and return it with the line's other segments, e.g.
 * `T.L - 29/05/2025 19:23` → 2025-05-29T19:23 and [`T.L`]; `Đăng ngày: 14/04/2025 - Lượt xem: 20` →
 * 2025-04-14 and []. Deciding whether those segments may stand beside a publication date (a byline
 * may; the rest of a sentence may not) is the caller's business. Null for lines over 160 characters,
 * lines with no valid date, and lines with two dates.
 */
export function splitDateLine(line: string): DatedLine | null {
  const text = normalizeText(line).trim();
  if (text.length === 0 || text.length > MAX_DATED_LINE) return null;
  const iso = parseIsoDate(text);
  if (iso) return { date: iso, others: [] };
  const lower = text.toLowerCase();
  // Positions in the lower-cased text are positions in the original only when lengths agree.
  const original = lower.length === text.length ? text : lower;
  const parts = new Masked(lower, original);
  // Labels first, while the numbers the bare ones stand before are still there.
  for (const filler of FILLER_WORDS) parts.removeAll(filler);
  parts.removeAll(BARE_FILLER);

  let year: number;
  let month: number;
  let day: number;
  const numeric = parts.find(NUMERIC_DATE);
  const worded = numeric ? null : parts.find(WORDED_DATE);
  if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  else if (worded) [day, month, year] = [Number(worded[1]), Number(worded[2]), Number(worded[3])];
  else return null;
  if (!isValidDate(year, month, day)) return null;
  if (parts.find(NUMERIC_DATE, false) || parts.find(WORDED_DATE, false)) return null;

  let time: { hour: number; minute: number; second: number } | null = null;
  const timeMatch = parts.find(TIME);
  if (timeMatch) {
    let hour = Number(timeMatch[1]);
    const minute = Number(timeMatch[2]);
    const second = timeMatch[3] === undefined ? 0 : Number(timeMatch[3]);
    const meridiem = timeMatch[4];
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return null;
      const afternoon = meridiem === 'pm' || meridiem === 'ch' || meridiem === 'chiều' || meridiem === 'tối';
      hour = (hour % 12) + (afternoon ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return null;
    time = { hour, minute, second };
  }

  let offset = VIETNAM_OFFSET;
  const zoneMatch = parts.find(ZONE);
  if (zoneMatch) {
    const zone = zoneOffset(zoneMatch[1], zoneMatch[2], zoneMatch[3]);
    if (zone === null) return null;
    offset = zone;
  }

  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  const parsed: ParsedDate = time
    ? { iso: `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}${offset}`, precision: 'datetime' }
    : { iso: date, precision: 'date' };
  const others = parts
    .remaining()
    .split(SEGMENT_BREAK)
    .map((s) => s.replace(/^[\s:,.\-–—]+|[\s:,\-–—]+$/gu, ''))
    .filter((s) => s !== '' && !SEPARATORS_ONLY.test(s));
  return { date: parsed, others };
}

/**
 * Parse a line that is a published date, e.g. `02/07/2025 17:12`, `Thứ năm, 17/9/2026 08:30 (GMT+7)`,
 * `Cập nhật: 09:15 | 22/10/2025`, `Ngày 22 tháng 10 năm 2025`, `2025-10-22T09:15:00+07:00`.
 * Returns null when the line is anything else, including a sentence that mentions a date, and for
 * dates that do not exist (31/2/2025).
 */
export function parseDateLine(line: string): ParsedDate | null {
  if (line.length > MAX_DATE_LINE * 2) return null;
  const dated = splitDateLine(line);
  if (!dated || dated.others.length > 0 || normalizeText(line).trim().length > MAX_DATE_LINE) return null;
  return dated.date;
}

/** A lower-cased line and its original, from which recognised parts are blanked out in both. */
class Masked {
  constructor(
    private lower: string,
    private original: string,
  ) {}

  /** The first match in what is left; blanked out unless `remove` is false. */
  find(pattern: RegExp, remove = true): RegExpExecArray | null {
    const m = pattern.exec(this.lower);
    if (m && remove) this.blank(m.index, m.index + m[0].length);
    return m;
  }

  removeAll(pattern: RegExp): void {
    for (const m of this.lower.matchAll(pattern)) this.blank(m.index, m.index + m[0].length);
  }

  remaining(): string {
    return this.original;
  }

  private blank(from: number, to: number): void {
    const spaces = ' '.repeat(to - from);
    this.lower = this.lower.slice(0, from) + spaces + this.lower.slice(to);
    this.original = this.original.slice(0, from) + spaces + this.original.slice(to);
  }
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


function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
