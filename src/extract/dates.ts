// Dates and periods in Vietnamese news text → DateMention.
//
// Values: a day is an ISO date; a range, month, quarter, part of a year or year is a period of days.
// A missing year comes from ctx.published, else ctx.dateHint, else a year the text itself states (another
// date, `năm 2025`), else ctx.collectionYear (`yearFrom` says which). With none of them, the mention is still emitted, with `yearFrom: 'none'`, half the confidence,
// and a year-less value in the ISO 8601 month-day form (`--05-07`, periods `--04-01`..`--04-30`):
// consumers must check `yearFrom` before treating the value as a calendar date.
// Open-ended starts (`từ ngày 1/7/2025`) are the day itself: a period needs an end the text does not give.
// A range of days gives one mention per day (a long one, its two ends), each with a full date when its year is known.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf } from './facts.ts';
import type { DateMention, DatePeriod, ExtractContext, FieldText } from './facts.ts';
import { yearsFromText } from './dates/text-years.ts';
import { dayMonthDates, fullNumericDates, wordedDates } from './dates/day-rules.ts';
import { monthPeriods, partOfYearPeriods, quarterPeriods, yearPeriods } from './dates/period-rules.ts';
import { dayRanges, monthRanges, yearRanges } from './dates/range-rules.ts';
import { selectNonOverlapping } from './dates/select.ts';
import type { DateCandidate } from './dates/lexicon.ts';

export const EXTRACTOR = { name: 'dates', version: '2.1.0' } as const;

const HAS_DIGIT = /[0-9]/;

/** Every reading of every rule over one text, overlaps included. */
export function dateCandidates(text: string, ctx: ExtractContext): DateCandidate[] {
  // Every rule needs a digit except quarters (`quý II`) and halves (`nửa đầu năm nay`); most
  // paragraphs have none, and the patterns are costly to run, so those go straight to the two rules.
  if (!HAS_DIGIT.test(text)) return [...quarterPeriods(text, ctx), ...partOfYearPeriods(text, ctx)];
  return [
    ...dayRanges(text, ctx),
    ...monthRanges(text, ctx),
    ...yearRanges(text),
    ...fullNumericDates(text),
    ...wordedDates(text, ctx),
    ...dayMonthDates(text, ctx),
    ...monthPeriods(text, ctx),
    ...quarterPeriods(text, ctx),
    ...partOfYearPeriods(text, ctx),
    ...yearPeriods(text, ctx),
  ];
}

/** A day range longer than this names its two ends, not every day between (`26/3/1931 - 26/3/2025`). */
const MAX_RANGE_DAYS = 31;
const DAY_MS = 86_400_000;

/** The days a range names: every day when it is short, else its first and last. ISO or `--MM-DD` values. */
function daysOf(period: DatePeriod): string[] {
  const yearless = period.start.startsWith('--');
  // Without a year, count in a leap year so that 29/2 exists.
  const parse = (v: string): number => Date.UTC(yearless ? 2024 : Number(v.slice(0, 4)), Number(v.slice(-5, -3)) - 1, Number(v.slice(-2)));
  const [from, to] = [parse(period.start), parse(period.end)];
  if (!(to >= from)) return [period.start];
  if ((to - from) / DAY_MS + 1 > MAX_RANGE_DAYS) return [period.start, period.end];
  const out: string[] = [];
  for (let t = from; t <= to; t += DAY_MS) {
    const iso = new Date(t).toISOString().slice(0, 10);
    out.push(yearless ? `-${iso.slice(4)}` : iso);
  }
  return out;
}

function toMention(field: FieldText, c: DateCandidate, value: string | DatePeriod): DateMention {
  return {
    kind: 'date',
    field: field.field,
    index: field.index,
    start: c.start,
    end: c.end,
    text: field.text.slice(c.start, c.end),
    value,
    yearFrom: c.yearFrom,
    confidence: Math.round(c.confidence * 100) / 100,
    extractor: EXTRACTOR.name,
    extractorVersion: EXTRACTOR.version,
  };
}

/**
 * A range of days gives one mention per day (`từ ngày 12 đến 14-12`: the 12th, 13th and 14th), each
 * with the range's span: the days between its ends are named by the whole expression.
 */
function mentionsOf(field: FieldText, c: DateCandidate): DateMention[] {
  if (!c.dayRange || typeof c.value === 'string') return [toMention(field, c, c.value)];
  return daysOf(c.value).map((day) => toMention(field, c, day));
}

/**
 * Quantities leave out the numbers that dates read, so a document is asked for twice in a row with the
 * same context: the last answer is kept per document object (records are not mutated after the
 * structure stage). Callers get copies.
 */
const cache = new WeakMap<StructuredDocument, { key: string; mentions: DateMention[] }>();

export function extractDates(doc: StructuredDocument, ctx: ExtractContext): DateMention[] {
  return datesOf(doc, ctx).map((m) => ({ ...m }));
}

/** The document's dates as computed once for this context, not copied: for extractors that only read them. */
export function datesOf(doc: StructuredDocument, ctx: ExtractContext): readonly DateMention[] {
  const key = `${ctx.published}|${ctx.dateHint}|${ctx.collectionYear}`;
  const cached = cache.get(doc);
  if (cached && cached.key === key) return cached.mentions;
  const mentions = computeDates(doc, ctx);
  cache.set(doc, { key, mentions });
  return mentions;
}

function computeDates(doc: StructuredDocument, ctx: ExtractContext): DateMention[] {
  const fields = fieldsOf(doc).map((field) => ({ field, found: selectNonOverlapping(dateCandidates(field.text, ctx)) }));
  // A day without a year and without a document date takes its year from the text (see text-years.ts).
  if (ctx.published === null && ctx.dateHint === null) yearsFromText(fields);
  return fields.flatMap(({ field, found }) => found.flatMap((c) => mentionsOf(field, c)));
}
