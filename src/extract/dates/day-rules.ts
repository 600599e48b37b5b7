// Rules for single days: `22/12/2024`, `ngày 22 tháng 12 năm 2024`, `Sáng 6/5`, `02/07/2025 17:12`.
// A missing year is filled from the context (see calendar.ts); the rule's confidence says how much the
// reading depends on that and on the words around the numbers.
import type { ExtractContext } from '../facts.ts';
import { isValidDate, isoDate, resolveYear } from './calendar.ts';
import type { ResolvedYear } from './calendar.ts';
import {
  CLAUSE_START_BEFORE, DATE_PREFIX, DATE_TRIGGER_BEFORE, DAY, MONTH, NUM_END, NUM_START, RATIO_CUE_AFTER, RATIO_CUE_BEFORE, SP, YEAR,
} from './lexicon.ts';
import type { DateCandidate } from './lexicon.ts';

const FULL_NUMERIC = new RegExp(
  `(?<prefix>${DATE_PREFIX})?${NUM_START}(?<d>${DAY})(?<sep>[/.\\-])(?<m>${MONTH})\\k<sep>(?<y>${YEAR})` +
    `${NUM_END}(?:,?${SP}\\d{1,2}:\\d{2}(?!\\p{N}))?`,
  'gu',
);

const WORDED = new RegExp(
  `(?<prefix>${DATE_PREFIX})?${NUM_START}(?<d>${DAY})${SP}tháng${SP}(?<m>${MONTH})` +
    `(?:,?${SP}(?:năm${SP})?(?<y>${YEAR}))?(?![\\p{L}\\p{N}])`,
  'gu',
);

/** `d/m` without a year; `d-m` and `d.m` only after a prefix, since alone they read as ranges or decimals. */
const DAY_MONTH = new RegExp(
  `(?<prefix>${DATE_PREFIX})?${NUM_START}(?<d>${DAY})(?<sep>[/.\\-])(?<m>${MONTH})${NUM_END}`,
  'gu',
);

// The patterns above open with an optional prefix and lookbehinds, which makes them slow to run over
// a paragraph that holds no date at all. Each has a core that every one of its matches contains;
// testing for the core first is a quick and exact refusal (no core, no match).
const FULL_NUMERIC_CORE = /\d[/.-]\d{1,2}[/.-](?:19|20)\d{2}/;
const WORDED_CORE = /\d[ \u00A0]+tháng[ \u00A0]+\d/;
const DAY_MONTH_CORE = /\d[/.-]\d/;

function dayCandidate(
  match: RegExpExecArray, day: number, month: number, year: ResolvedYear, confidence: number,
): DateCandidate | null {
  if (!isValidDate(day, month, year.year)) return null;
  return {
    start: match.index,
    end: match.index + match[0].length,
    value: isoDate(year.year, month, day),
    yearFrom: year.from,
    // A day we cannot place in a year is still worth keeping, but much less certain to be useful.
    confidence: year.from === 'none' ? confidence * 0.5 : confidence,
  };
}

export function fullNumericDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!FULL_NUMERIC_CORE.test(text)) return out;
  for (const m of text.matchAll(FULL_NUMERIC)) {
    const g = m.groups ?? {};
    const found = dayCandidate(m, Number(g.d), Number(g.m), { year: Number(g.y), from: 'explicit' }, 0.95);
    if (found) out.push(found);
  }
  return out;
}

export function wordedDates(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!WORDED_CORE.test(text)) return out;
  for (const m of text.matchAll(WORDED)) {
    const g = m.groups ?? {};
    const day = Number(g.d);
    const month = Number(g.m);
    // `3 tháng 5` alone may be a duration; without `ngày` or a year it is not taken as a date.
    if (!g.prefix && !g.y) continue;
    const year: ResolvedYear = g.y ? { year: Number(g.y), from: 'explicit' } : resolveYear(ctx, month, day);
    const found = dayCandidate(m, day, month, year, g.y ? 0.95 : 0.85);
    if (found) out.push(found);
  }
  return out;
}

/**
 * Without a date word before it, a bare `d/m` is a date only where a dateline or an aside puts it:
 * after punctuation, and before punctuation or a word that follows dates (`Hà Nội, 6/5 - …`,
 * `(18/11)`). After a word (`Windows 10/11`) or before a noun (`10/10 tiêu chí`) it is not.
 */
const DATE_LIKE_AFTER =
  /^(?:[ \u00A0]*[,.;:)\]–]|[ \u00A0]*$|[ \u00A0]+(?:-|tại|vừa|tới|này|qua|là|và|đến|cho|sẽ|đã|hằng|hàng|hoặc|hay|trước|sau|nhằm|với)(?![\p{L}]))/u;

/** How sure a bare `d/m` (no `ngày`, no part of the day) is a date, or null when it reads as a ratio. */
function bareDayMonthConfidence(text: string, match: RegExpExecArray, day: number, month: number): number | null {
  const before = text.slice(Math.max(0, match.index - 20), match.index);
  const after = text.slice(match.index + match[0].length);
  if (RATIO_CUE_BEFORE.test(before) || RATIO_CUE_AFTER.test(after)) return null;
  if (day === 24 && month === 7) return null; // "24/7": around the clock
  if (DATE_TRIGGER_BEFORE.test(before)) return 0.7;
  return CLAUSE_START_BEFORE.test(before) && DATE_LIKE_AFTER.test(after) ? 0.6 : null;
}

/** Units and magnitudes after `a.b` or `a-b` that make it a number or a range of numbers. */
const NUMBER_AFTER = /^[ \u00A0]*(?:triệu|tỷ|tỉ|nghìn|ngàn|lần|điểm|km|kg|tấn|ha|MW|GW|USD|đồng)(?![\p{L}])/u;

/** `từ 16.9`, `đến 14-12`: a day and month with a dot or dash only after a word that introduces dates. */
function dottedDayMonthConfidence(text: string, match: RegExpExecArray): number | null {
  const before = text.slice(Math.max(0, match.index - 20), match.index);
  const after = text.slice(match.index + match[0].length);
  if (!DATE_TRIGGER_BEFORE.test(before) || RATIO_CUE_AFTER.test(after) || NUMBER_AFTER.test(after)) return null;
  return 0.65;
}

export function dayMonthDates(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!DAY_MONTH_CORE.test(text)) return out;
  for (const m of text.matchAll(DAY_MONTH)) {
    const g = m.groups ?? {};
    const day = Number(g.d);
    const month = Number(g.m);
    let confidence: number | null = 0.85;
    if (!g.prefix) {
      // `16.9`, `14-12` read as decimals and ranges unless a date word comes right before (`từ 16.9`, `đến 14-12`).
      confidence = g.sep === '/' ? bareDayMonthConfidence(text, m, day, month) : dottedDayMonthConfidence(text, m);
    }
    if (confidence === null) continue;
    const found = dayCandidate(m, day, month, resolveYear(ctx, month, day), confidence);
    if (found) out.push(found);
  }
  return out;
}
