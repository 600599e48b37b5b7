// Dates as pages write them (ISO-8601 in metadata, `Thứ năm, 17/9/2026, 08:30 (GMT+7)` in the
// visible byline) → ISO-8601 with its precision. A Vietnamese page that gives a time without an
// offset means Vietnam time, +07:00.
import type { TimePrecision } from '../../records.ts';

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

/** "Nov 19, 2019 10:30 AM", RFC 2822 and the like: only when they carry a time zone. */
function parseEnglishDate(raw: string): ParsedDate | null {
  if (!/[a-z]{3}/i.test(raw) || !/\d{4}/.test(raw)) return null;
  const time = Date.parse(raw);
  if (Number.isNaN(time)) return null;
  const hasZone = /(GMT|UTC|Z\b|[+-]\d{2}:?\d{2}\b|\b[ECMP][SD]T\b)/.test(raw);
  const hasTime = /\d{1,2}:\d{2}/.test(raw);
  const iso = new Date(time).toISOString();
  if (hasTime && hasZone) return { iso: iso.replace('.000Z', 'Z'), precision: 'datetime' };
  return { iso: iso.slice(0, 10), precision: 'date' };
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
