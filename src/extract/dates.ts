// Dates and periods in Vietnamese news text → DateMention.
//
// Values: a day is an ISO date; a range, month, quarter, part of a year or year is a period of days.
// A missing year comes from ctx.published, else ctx.dateHint, else ctx.collectionYear (`yearFrom` says
// which). With none of them, the mention is still emitted, with `yearFrom: 'none'`, half the confidence,
// and a year-less value in the ISO 8601 month-day form (`--05-07`, periods `--04-01`..`--04-30`):
// consumers must check `yearFrom` before treating the value as a calendar date.
// Open-ended starts (`từ ngày 1/7/2025`) are the day itself: a period needs an end the text does not give.
import type { StructuredDocument } from '../records.ts';
import { fieldsOf } from './facts.ts';
import type { DateMention, ExtractContext, FieldText } from './facts.ts';
import { dayMonthDates, fullNumericDates, wordedDates } from './dates/day-rules.ts';
import { monthPeriods, partOfYearPeriods, quarterPeriods, yearPeriods } from './dates/period-rules.ts';
import { dayRanges, monthRanges, yearRanges } from './dates/range-rules.ts';
import { selectNonOverlapping } from './dates/select.ts';
import type { DateCandidate } from './dates/lexicon.ts';

export const EXTRACTOR = { name: 'dates', version: '1.0.0' } as const;

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
    ...yearPeriods(text),
  ];
}

function mentionsInField(field: FieldText, ctx: ExtractContext): DateMention[] {
  return selectNonOverlapping(dateCandidates(field.text, ctx)).map((c) => ({
    kind: 'date',
    field: field.field,
    index: field.index,
    start: c.start,
    end: c.end,
    text: field.text.slice(c.start, c.end),
    value: c.value,
    yearFrom: c.yearFrom,
    confidence: Math.round(c.confidence * 100) / 100,
    extractor: EXTRACTOR.name,
    extractorVersion: EXTRACTOR.version,
  }));
}

export function extractDates(doc: StructuredDocument, ctx: ExtractContext): DateMention[] {
  return fieldsOf(doc).flatMap((field) => mentionsInField(field, ctx));
}
