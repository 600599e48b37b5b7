// Rules for periods inside a year: months (`tháng 4/2016`, `tháng 12 năm 2024`), quarters (`quý II/2025`),
// the first or last N months (`6 tháng đầu năm`, H1; `6 tháng cuối năm 2025`, H2), the start and end
// of a year, and whole years (`năm 2025`, also in `đến năm 2030`: a target horizon is read as that year).
//
// `đầu năm 2025` is read as the first quarter and `cuối năm 2025` as the last quarter: reporting uses
// these words for roughly three months, and a quarter keeps the value comparable with `quý I`/`quý IV`.
import type { ExtractContext } from '../facts.ts';
import { monthsPeriod, resolveYearOnly, yearPeriod } from './calendar.ts';
import type { ResolvedYear } from './calendar.ts';
import { MONTH, OPT_SP, QUARTER_NUMBERS, SP, YEAR } from './lexicon.ts';
import type { DateCandidate } from './lexicon.ts';

/** `/2025`, `-2025` or `năm 2025` after a month or quarter. */
const YEAR_TAIL = `(?:${OPT_SP}[/-]${OPT_SP}(?<y>${YEAR})|,?${SP}năm${SP}(?<y2>${YEAR}))?`;
const WORD_END = '(?![\\p{L}\\p{N}]|[/-]\\p{N})';

/** `(?<!\d )`: in `6 tháng 12` the month is part of a duration or of a longer date another rule reads. */
const MONTH_RE = new RegExp(`(?<!\\p{N}${SP})(?<![\\p{L}])[Tt]háng${SP}(?<m>${MONTH})${YEAR_TAIL}${WORD_END}`, 'gu');
const QUARTER_RE = new RegExp(`(?<![\\p{L}])[Qq]uý${SP}(?<q>IV|I{1,3}|[1-4])${YEAR_TAIL}${WORD_END}`, 'gu');
/** `Q2/2025`: the abbreviation needs its year, `Q2` alone is too often a name. */
const SHORT_QUARTER_RE = new RegExp(`(?<![\\p{L}\\p{N}])Q(?<q>[1-4])${OPT_SP}[/-]${OPT_SP}(?<y>${YEAR})${WORD_END}`, 'gu');
/** `6 tháng đầu năm`, `6 tháng cuối năm 2025`; also `9 tháng năm 2025`, which reports the year so far. */
const FIRST_LAST_MONTHS_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<n>\\d{1,2})${SP}tháng${SP}(?:(?<side>đầu|cuối)${SP}năm(?:${SP}(?<y>${YEAR})|${SP}nay)?|năm${SP}(?<y2>${YEAR}|nay))${WORD_END}`,
  'gu',
);
const HALF_RE = new RegExp(
  `(?<![\\p{L}])(?:[Nn]ửa|[Bb]án niên)${SP}(?<side>đầu|cuối)${SP}năm(?:${SP}(?<y>${YEAR})|${SP}(?<nay>nay))?${WORD_END}`,
  'gu',
);
/** `đến năm 2030`, `đến hết năm 2025`: a target horizon; the words belong to the span, the value is the year. */
const HORIZON = `(?:(?:[Đđ]ến|[Tt]ới)(?:${SP}hết)?${SP})?`;
/** Needs a written year (`cuối năm 2025`, also `cuối 2025`): `cuối năm` alone is too vague to date. */
const YEAR_EDGE_RE = new RegExp(`(?<![\\p{L}])${HORIZON}(?<side>[Đđ]ầu|[Cc]uối)${SP}(?:năm${SP})?(?<y>${YEAR})${WORD_END}`, 'gu');
/** `năm nay`: the year the text was written in, known from its date (or the user's hint). */
const THIS_YEAR_RE = new RegExp(`(?<![\\p{L}])${HORIZON}[Nn]ăm${SP}nay${WORD_END}`, 'gu');
const YEAR_RE = new RegExp(`(?<![\\p{L}])${HORIZON}[Nn]ăm${SP}(?<y>${YEAR})(?![\\p{L}\\p{N}])`, 'gu');

/** `mỗi tháng 3 triệu đồng`: `tháng` is a unit of rate there, and the number a quantity. */
const PER_MONTH_BEFORE = /(?:^|[\s(])(?:mỗi|hằng|hàng|một)[ \u00A0]*$/iu;
const QUANTITY_AFTER = /^[ \u00A0]*(?:%|(?:lần|triệu|tỷ|nghìn|ngàn|trăm|người|đồng|USD|ngày|tuần|giờ)(?![\p{L}]))/u;

function writtenOrContextYear(written: string | undefined, ctx: ExtractContext): ResolvedYear {
  return written ? { year: Number(written), from: 'explicit' } : resolveYearOnly(ctx);
}

function candidate(m: RegExpExecArray, year: ResolvedYear, months: [number, number], confidence: number): DateCandidate {
  return {
    start: m.index,
    end: m.index + m[0].length,
    value: monthsPeriod(year.year, months[0], months[1]),
    yearFrom: year.from,
    confidence: year.from === 'none' ? confidence * 0.5 : confidence,
  };
}

export function monthPeriods(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(MONTH_RE)) {
    const g = m.groups ?? {};
    const month = Number(g.m);
    if (month < 1 || month > 12) continue;
    const written = g.y ?? g.y2;
    if (!written && (PER_MONTH_BEFORE.test(text.slice(0, m.index)) || QUANTITY_AFTER.test(text.slice(m.index + m[0].length)))) continue;
    out.push(candidate(m, writtenOrContextYear(written, ctx), [month, month], written ? 0.9 : 0.6));
  }
  return out;
}

export function quarterPeriods(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of [...text.matchAll(QUARTER_RE), ...text.matchAll(SHORT_QUARTER_RE)]) {
    const g = m.groups ?? {};
    const quarter = QUARTER_NUMBERS[g.q ?? ''];
    if (quarter === undefined) continue;
    const written = g.y ?? g.y2;
    out.push(candidate(m, writtenOrContextYear(written, ctx), [quarter * 3 - 2, quarter * 3], written ? 0.9 : 0.7));
  }
  return out;
}

export function partOfYearPeriods(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(FIRST_LAST_MONTHS_RE)) {
    const g = m.groups ?? {};
    const n = Number(g.n);
    if (n < 1 || n > 11) continue;
    const months: [number, number] = g.side === 'cuối' ? [13 - n, 12] : [1, n];
    const written = g.y ?? (g.y2 === 'nay' ? undefined : g.y2);
    out.push(candidate(m, writtenOrContextYear(written, ctx), months, written ? 0.9 : 0.75));
  }
  for (const m of text.matchAll(HALF_RE)) {
    const g = m.groups ?? {};
    const months: [number, number] = g.side === 'đầu' ? [1, 6] : [7, 12];
    out.push(candidate(m, writtenOrContextYear(g.y, ctx), months, g.y ? 0.85 : 0.7));
  }
  for (const m of text.matchAll(YEAR_EDGE_RE)) {
    const g = m.groups ?? {};
    const months: [number, number] = g.side?.toLowerCase() === 'đầu' ? [1, 3] : [10, 12];
    out.push(candidate(m, writtenOrContextYear(g.y, ctx), months, 0.75));
  }
  return out;
}

export function yearPeriods(text: string, ctx: ExtractContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    const year = Number(m.groups?.y);
    out.push({ start: m.index, end: m.index + m[0].length, value: yearPeriod(year), yearFrom: 'explicit', confidence: 0.85 });
  }
  const thisYear = resolveYearOnly(ctx);
  if (thisYear.year !== null && thisYear.from !== 'collection') {
    for (const m of text.matchAll(THIS_YEAR_RE)) {
      out.push({ start: m.index, end: m.index + m[0].length, value: yearPeriod(thisYear.year), yearFrom: thisYear.from, confidence: 0.7 });
    }
  }
  return out;
}
