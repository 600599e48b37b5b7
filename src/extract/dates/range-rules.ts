// Rules for explicit ranges: `19/2–31/12/2025`, `từ ngày 19/2 đến 31/12/2025`, `ngày 5-7/5/2025`,
// `từ ngày 12 đến 14-12`, `từ tháng 1 đến tháng 6/2025`, `giai đoạn 2021-2025`. The value is a period
// from the first day to the last; a year written only once, at the end, applies to both ends. Ranges of
// days are marked `dayRange`: the extractor turns them into one mention per day (../dates.ts).
import type { ExtractContext } from '../facts.ts';
import { daysInMonth, isValidDate, isoDate, monthsPeriod, resolveYear, resolveYearOnly } from './calendar.ts';
import type { ResolvedYear } from './calendar.ts';
import { DATE_TRIGGER_BEFORE, DAY, MONTH, NUM_END, NUM_START, OPT_SP, SP, YEAR } from './lexicon.ts';
import type { DateCandidate } from './lexicon.ts';

const JOIN = `${OPT_SP}(?:[-–—]|đến|tới)${OPT_SP}`;

const DAY_RANGE = new RegExp(
  `(?<from>[Tt]ừ${SP})?(?<ngay>[Nn]gày${SP})?${NUM_START}(?<d1>${DAY})/(?<m1>${MONTH})(?:/(?<y1>${YEAR}))?` +
    `${JOIN}(?:ngày${SP})?(?<d2>${DAY})/(?<m2>${MONTH})(?:/(?<y2>${YEAR}))?${NUM_END}`,
  'gu',
);

/** Days of one month: `ngày 5-7/5/2025`, `từ 7-11/7`. Needs `ngày` or `từ`: `5-7/5` alone is unclear. */
const DAYS_OF_MONTH = new RegExp(
  `(?<![\\p{L}])(?:(?:[Tt]ừ${SP})?[Nn]gày|[Tt]ừ)${SP}(?<d1>${DAY})${JOIN}(?:ngày${SP})?(?<d2>${DAY})(?<sep>[/.\\-])(?<m>${MONTH})(?:\\k<sep>(?<y>${YEAR}))?${NUM_END}`,
  'gu',
);

const MONTH_RANGE = new RegExp(
  `(?:[Tt]ừ${SP})?[Tt]háng${SP}(?<m1>${MONTH})${JOIN}(?:tháng${SP})?(?<m2>${MONTH})` +
    `(?:${OPT_SP}[/-]${OPT_SP}(?<y>${YEAR})|,?${SP}năm${SP}(?<y2>${YEAR}))?(?![\\p{L}\\p{N}]|[/-]\\p{N})`,
  'gu',
);

/** Multi-year spans need a head word: a bare `2021-2025` may be a score or an id. */
const YEAR_RANGE = new RegExp(
  `(?<![\\p{L}])(?:(?:[Gg]iai đoạn|[Tt]hời kỳ|[Nn]hiệm kỳ|[Tt]ừ|[Nn]ăm)${SP})(?:năm${SP})?(?<y1>${YEAR})${JOIN}(?:năm${SP})?` +
    `(?<y2>${YEAR})(?![\\p{L}\\p{N}])`,
  'gu',
);

function span(match: RegExpExecArray): Pick<DateCandidate, 'start' | 'end'> {
  return { start: match.index, end: match.index + match[0].length };
}

export function dayRanges(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(DAY_RANGE)) {
    const g = m.groups ?? {};
    const [d1, m1, d2, m2] = [g.d1, g.m1, g.d2, g.m2].map(Number) as [number, number, number, number];
    const triggered = DATE_TRIGGER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index));
    if (!g.y2 && !g.from && !g.ngay && !triggered) continue; // `1/2-2/3` alone may be ratios
    const endYear: ResolvedYear = g.y2 ? { year: Number(g.y2), from: 'explicit' } : resolveYear(ctx, m2, d2);
    const startsEarlierInYear = m1 < m2 || (m1 === m2 && d1 <= d2);
    let startYear = g.y1 ? Number(g.y1) : endYear.year;
    if (!g.y1 && startYear !== null && !startsEarlierInYear) startYear -= 1; // `20/12–5/1/2026`
    if (!isValidDate(d1, m1, startYear) || !isValidDate(d2, m2, endYear.year)) continue;
    const start = isoDate(startYear, m1, d1);
    const end = isoDate(endYear.year, m2, d2);
    if (endYear.year !== null && start > end) continue;
    out.push({ ...span(m), value: { start, end }, yearFrom: endYear.from, confidence: endYear.from === 'explicit' ? 0.9 : 0.75, dayRange: true });
  }
  for (const m of text.matchAll(DAYS_OF_MONTH)) {
    const g = m.groups ?? {};
    const [d1, d2, month] = [g.d1, g.d2, g.m].map(Number) as [number, number, number];
    const year: ResolvedYear = g.y ? { year: Number(g.y), from: 'explicit' } : resolveYear(ctx, month, d2);
    if (d1 >= d2 || !isValidDate(d2, month, year.year)) continue;
    const value = { start: isoDate(year.year, month, d1), end: isoDate(year.year, month, d2) };
    out.push({ ...span(m), value, yearFrom: year.from, confidence: year.from === 'explicit' ? 0.9 : 0.75, dayRange: true });
  }
  return out;
}

export function monthRanges(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(MONTH_RANGE)) {
    const g = m.groups ?? {};
    const [m1, m2] = [Number(g.m1), Number(g.m2)];
    if (m1 < 1 || m2 > 12 || m1 >= m2) continue;
    const written = g.y ?? g.y2;
    const year: ResolvedYear = written ? { year: Number(written), from: 'explicit' } : resolveYearOnly(ctx);
    const value = monthsPeriod(year.year, m1, m2);
    out.push({ ...span(m), value, yearFrom: year.from, confidence: written ? 0.9 : 0.65 });
  }
  return out;
}

export function yearRanges(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(YEAR_RANGE)) {
    const g = m.groups ?? {};
    const [y1, y2] = [Number(g.y1), Number(g.y2)];
    if (y1 >= y2) continue;
    const value = { start: isoDate(y1, 1, 1), end: isoDate(y2, 12, daysInMonth(12, y2)) };
    out.push({ ...span(m), value, yearFrom: 'explicit', confidence: 0.85 });
  }
  return out;
}
