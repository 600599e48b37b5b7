// Publication dates printed on the page rather than declared in its metadata: the short line under
// the headline (`Published August 7, 2023`, `Dec. 19, 2025 · Niko Matsakis`, `Thứ Tư, 10/12/2025
// 08:30`). Vietnamese and numeric lines are read by the page-dump reader's own date-line parser
// (structure/dated-line.ts), so both readers agree on them; English month names are read here.
import { datedLineOf } from '../dated-line.ts';
import type { ParsedDate } from './dates.ts';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// `August 7, 2023`, `Aug. 7 2023`, `7 August 2023`, `7th Aug, 2023`
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'iu');
const DAY_FIRST = new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iu');
// Labels a date line may carry besides the date and a byline.
const LABELS = /\b(published|posted|updated|last updated|last modified|modified|date|on|at|by|written|reviewed|fact checked)\b:?/giu;

/** A line this long is a sentence that mentions a date, not a date line. */
export const DATE_LINE_MAX_CHARS = 100;
/** What may stand beside the date on its line (a byline, a reading time) besides labels. */
const DATE_LINE_MAX_OTHER_CHARS = 60;

/** The date of a short line that is a date line; null for anything else. */
export function visibleDate(text: string, vietnamese: boolean): ParsedDate | null {
  if (text.length < 6 || text.length > DATE_LINE_MAX_CHARS || !/\d/.test(text)) return null;
  const english = englishDate(text);
  if (english) return english;
  const dated = datedLineOf(text);
  if (!dated) return vietnamese ? null : monthFirstDate(text);
  // dd/mm or mm/dd? Vietnamese pages write the day first; elsewhere only an unambiguous date counts.
  if (!vietnamese && /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(text)) {
    const [, first, second] = /(\d{1,2})\s*[/.-]\s*(\d{1,2})/.exec(text) ?? [];
    if (Number(first) <= 12 && Number(second) <= 12 && first !== second) return null;
  }
  return dated.date;
}

/**
 * The calendar day an English date names (`Friday December 19, 2025 @08:00PM`, `8 Oct 2022`), as
 * written: no time zone moves it to another day. Null when the text names none.
 */
export function writtenEnglishDay(text: string): { iso: string; index: number; length: number } | null {
  let match = MONTH_FIRST.exec(text);
  let month: number | undefined;
  let day: number;
  let year: number;
  if (match) {
    month = MONTHS[(match[1] as string).toLowerCase()];
    day = Number(match[2]);
    year = Number(match[3]);
  } else {
    match = DAY_FIRST.exec(text);
    if (!match) return null;
    day = Number(match[1]);
    month = MONTHS[(match[2] as string).toLowerCase()];
    year = Number(match[3]);
  }
  if (month === undefined || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, index: match.index, length: match[0].length };
}

function englishDate(text: string): ParsedDate | null {
  const written = writtenEnglishDay(text);
  if (!written) return null;
  const rest = (text.slice(0, written.index) + text.slice(written.index + written.length)).replace(LABELS, '').replace(/[\s|·•,:;()\-–—/]+/g, ' ').trim();
  if (rest.length > DATE_LINE_MAX_OTHER_CHARS) return null;
  return { iso: written.iso, precision: 'date' };
}

// `10/31/2024`: month first, as US pages write it; read only when the day cannot be a month.
const MONTH_FIRST_NUMERIC = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/.-])/;

function monthFirstDate(text: string): ParsedDate | null {
  const match = MONTH_FIRST_NUMERIC.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const year = Number(match[3]);
  if (month < 1 || month > 12 || day <= 12 || day > 31 || year < 1990 || year > 2100) return null;
  const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).replace(LABELS, '').replace(/[\s|·•,:;()\-–—/]+/g, ' ').trim();
  if (rest.length > DATE_LINE_MAX_OTHER_CHARS) return null;
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'date' };
}
