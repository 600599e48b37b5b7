// Years for days written without one, from the text itself, when the document has no date and the
// reader gave no hint: a news story dates its events by the dates and years it states.
//
// In order:
//  1. a year stated in the same sentence (`Hội nghị sơ kết 6 tháng năm 2025 … ngày 2/7`; `Ngày 31/12,
//     … tổng kết công tác năm 2025`): the nearest before the day, else the nearest after it;
//  2. the nearest full date of the document (`Sáng 13/1 …` near `Nghị quyết … ngày 22/12/2024`: the
//     day that follows a December date across New Year is in the next year);
//  3. the one year the document states, when it states only one.
// Dates that look forward (a law's effective date `có hiệu lực từ ngày 1/7/2026`, a deadline `trước
// ngày 31/7/2025`) and horizons (`đến năm 2030`) say nothing about when the story happens: they are
// not used. Days resolved this way get `yearFrom: 'text'`.
import type { DatePeriod, FieldText } from '../facts.ts';
import { splitSentences } from '../../text/sentences.ts';
import { isValidDate, isoDate, monthsPeriod, yearNear } from './calendar.ts';
import type { DateCandidate } from './lexicon.ts';

interface FieldDates {
  field: FieldText;
  found: DateCandidate[];
}

interface Anchor {
  fieldAt: number;
  start: number;
  year: number;
  /** A full day (`2024-12-22`), for the New Year rule; null for a stated year or month. */
  day: string | null;
}

const FORWARD_BEFORE =
  /(?:hiệu[ \u00A0]+lực(?:[ \u00A0]+thi[ \u00A0]+hành)?(?:[ \u00A0]+(?:kể[ \u00A0]+)?từ)?|trước|chậm[ \u00A0]+nhất|muộn[ \u00A0]+nhất|(?:đến|tới)(?:[ \u00A0]+hết)?|hạn(?:[ \u00A0]+chót)?)[ \u00A0]*(?:ngày[ \u00A0]*)?$/iu;
const HORIZON_TEXT = /^(?:đến|tới|hướng|trước)/iu;
const ISO_DAY = /^(\d{4})-\d{2}-\d{2}$/u;

function yearOfPeriod(p: DatePeriod): number | null {
  const a = /^(\d{4})-/u.exec(p.start)?.[1];
  const b = /^(\d{4})-/u.exec(p.end)?.[1];
  return a && a === b ? Number(a) : null;
}

function anchorsOf(fields: readonly FieldDates[]): Anchor[] {
  const out: Anchor[] = [];
  fields.forEach(({ field, found }, fieldAt) => {
    for (const c of found) {
      if (c.yearFrom !== 'explicit') continue;
      const text = field.text.slice(c.start, c.end);
      const before = field.text.slice(Math.max(0, c.start - 40), c.start);
      if (FORWARD_BEFORE.test(before) || HORIZON_TEXT.test(text)) continue;
      if (typeof c.value === 'string') {
        const y = ISO_DAY.exec(c.value)?.[1];
        if (y) out.push({ fieldAt, start: c.start, year: Number(y), day: c.value });
      } else if (!c.dayRange) {
        const year = yearOfPeriod(c.value);
        if (year !== null) out.push({ fieldAt, start: c.start, year, day: null });
      }
    }
  });
  return out;
}

/** Month and day of a value that lacks a trustworthy year (`--07-02`, or a collection's guess). */
function monthDay(value: string): [number, number] | null {
  const m = /(\d{2})-(\d{2})$/u.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function yearFor(anchor: Anchor, month: number, day: number): number | null {
  if (anchor.day !== null) return yearNear(anchor.day, month, day)?.year ?? null;
  return isValidDate(day, month, anchor.year) ? anchor.year : null;
}

/** Rewrites, in place, the candidates whose year is missing or only the collection's guess. */
export function yearsFromText(fields: FieldDates[]): void {
  const needs = fields.some(({ found }) => found.some((c) => c.yearFrom === 'none' || c.yearFrom === 'collection'));
  if (!needs) return;
  const anchors = anchorsOf(fields);
  if (anchors.length === 0) return;
  const days = anchors.filter((a) => a.day !== null);
  const years = new Set(anchors.map((a) => a.year));
  fields.forEach(({ field, found }, fieldAt) => {
    const sentences = found.some((c) => c.yearFrom === 'none' || c.yearFrom === 'collection') ? splitSentences(field.text) : [];
    found.forEach((c, k) => {
      if (c.yearFrom !== 'none' && c.yearFrom !== 'collection') return;
      const sentence = sentences.find((s) => c.start >= s.start && c.start < s.end);
      const inSentence = anchors.filter((a) => a.fieldAt === fieldAt && sentence && a.start >= sentence.start && a.start < sentence.end);
      const before = inSentence.filter((a) => a.start < c.start).sort((a, b) => b.start - a.start)[0];
      const after = inSentence.filter((a) => a.start > c.start).sort((a, b) => a.start - b.start)[0];
      const distance = (a: Anchor): number => Math.abs(a.fieldAt - fieldAt) * 100_000 + Math.abs(a.start - c.start);
      const nearestDay = [...days].sort((a, b) => distance(a) - distance(b))[0];
      const only = years.size === 1 ? anchors[0] : undefined;
      const anchor = before ?? after ?? nearestDay ?? only;
      if (!anchor) return;
      const resolved = resolveWith(c, anchor);
      if (resolved) found[k] = resolved;
    });
  });
}

function resolveWith(c: DateCandidate, anchor: Anchor): DateCandidate | null {
  // Halved for a missing year (day-rules.ts); a year from the text is good, though not the writer's own.
  const confidence = Math.min(0.85, (c.yearFrom === 'none' ? c.confidence * 2 : c.confidence) * 0.9);
  if (typeof c.value === 'string') {
    const md = monthDay(c.value);
    const year = md ? yearFor(anchor, md[0], md[1]) : null;
    if (!md || year === null) return null;
    return { ...c, value: isoDate(year, md[0], md[1]), yearFrom: 'text', confidence };
  }
  const start = monthDay(c.value.start);
  const end = monthDay(c.value.end);
  if (!start || !end) return null;
  const year = yearFor(anchor, end[0], end[1]);
  if (year === null) return null;
  const startYear = start[0] > end[0] || (start[0] === end[0] && start[1] > end[1]) ? year - 1 : year;
  const value = c.dayRange
    ? { start: isoDate(startYear, start[0], start[1]), end: isoDate(year, end[0], end[1]) }
    : start[1] === 1 ? monthsPeriod(year, start[0], end[0]) : { start: isoDate(startYear, start[0], start[1]), end: isoDate(year, end[0], end[1]) };
  return { ...c, value, yearFrom: 'text', confidence };
}
