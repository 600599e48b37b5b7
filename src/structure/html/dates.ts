// Dates as pages write them (ISO-8601 in metadata, `Thứ năm, 17/9/2026, 08:30 (GMT+7)` in the
// visible byline) → ISO-8601 with its precision. A Vietnamese page that gives a time without an
// offset means Vietnam time, +07:00.
import type { TimePrecision } from '../../records.ts';
import { writtenEnglishDay } from './visible-dates.ts';

export interface ParsedDate {
  iso: string;
  precision: TimePrecision;
}

export const VIETNAM_OFFSET = '+07:00';

const ISO_DATE = /^\s*(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?/i;

// Day/month/year (slash, dash or dot) with an optional hh:mm before or after, optional GMT offset.
const DMY_DATE = /(?:(\d{1,2})[:h](\d{2})(?::\d{2})?\s*(?:[,-]\s*)?)?(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*(?:[,-]|lúc)?\s*(\d{1,2})[:h](\d{2})(?::\d{2})?)?(?:\s*\(?\s*(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?\s*\)?)?/i;

/** Reads a metadata or visible date; `vietnamese` decides the offset of times given without one. */
export function parseDate(raw: string | null | undefined, vietnamese: boolean): ParsedDate | null {
  if (!raw) return null;
  return parseIsoDate(raw, vietnamese) ?? parseDayMonthYear(raw, vietnamese) ?? parseEnglishDate(raw);
}

function parseIsoDate(raw: string, vietnamese: boolean): ParsedDate | null {
  const match = ISO_DATE.exec(raw);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, offset] = match;
  if (!validDate(Number(year), Number(month), day ? Number(day) : 1)) return null;
  if (!day) return { iso: `${year}-${month}`, precision: 'month' };
  if (hour === undefined) return { iso: `${year}-${month}-${day}`, precision: 'date' };
  const time = `${pad(hour)}:${minute}:${second ?? '00'}`;
  return { iso: `${year}-${month}-${day}T${time}${offsetText(offset, vietnamese)}`, precision: 'datetime' };
}

function parseDayMonthYear(raw: string, vietnamese: boolean): ParsedDate | null {
  const match = DMY_DATE.exec(raw);
  if (!match) return null;
  const [, hourBefore, minuteBefore, day, month, year, hourAfter, minuteAfter, gmtHours, gmtMinutes] = match;
  if (!validDate(Number(year), Number(month), Number(day))) return null;
  const date = `${year}-${pad(month as string)}-${pad(day as string)}`;
  const hour = hourAfter ?? hourBefore;
  const minute = minuteAfter ?? minuteBefore;
  if (hour === undefined || Number(hour) > 23 || Number(minute) > 59) return { iso: date, precision: 'date' };
  const offset = gmtHours !== undefined ? `${gmtHours[0]}${pad(gmtHours.slice(1))}:${gmtMinutes ?? '00'}` : undefined;
  return { iso: `${date}T${pad(hour)}:${minute}:00${offsetText(offset, vietnamese)}`, precision: 'datetime' };
}

/**
 * "Nov 19, 2019 10:30 AM EST", RFC 2822, `on Friday December 19, 2025 @08:00PM` and the like. The
 * day is the one written: converting a late-evening time to UTC would move it to the next day, and
 * the page (and any reader) means the day it prints. The time is kept only when it carries a zone and
 * stays on that day in UTC.
 */
function parseEnglishDate(text: string): ParsedDate | null {
  // Inline elements printed without a space between them run words together (`HealthDECEMBER 22`).
  const raw = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  if (!/[a-z]{3}/i.test(raw) || !/\d{4}/.test(raw)) return null;
  const written = writtenEnglishDay(raw);
  // Two dates on one line (`Mental Health December 22, 2022 Updated: January 02, 2026`): which one is
  // the publication's is for the visible-date reader to tell, not this one.
  if (written && writtenEnglishDay(raw.slice(written.index + written.length))) return null;
  const time = Date.parse(raw);
  const hasZone = /(GMT|UTC|Z\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b)/.test(raw);
  const hasTime = /\d{1,2}:\d{2}/.test(raw);
  const iso = Number.isNaN(time) ? null : new Date(time).toISOString();
  if (iso && hasTime && hasZone && (!written || iso.startsWith(written.iso))) return { iso: iso.replace('.000Z', 'Z'), precision: 'datetime' };
  if (written) return { iso: written.iso, precision: 'date' };
  return iso ? { iso: iso.slice(0, 10), precision: 'date' } : null;
}

function offsetText(offset: string | undefined, vietnamese: boolean): string {
  if (!offset) return vietnamese ? VIETNAM_OFFSET : '';
  if (offset.toUpperCase() === 'Z') return 'Z';
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

function validDate(year: number, month: number, day: number): boolean {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function pad(value: string): string {
  return value.padStart(2, '0');
}
