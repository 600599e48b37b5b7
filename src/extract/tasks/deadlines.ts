// A task's deadline: the date the text gives for finishing it, with its precision. In a sentence the
// date extractor's readings are filtered to those a deadline cue introduces (`trong quý II/2025`,
// `trước ngày 31/7/2025`); dates of cited documents, a programme's period (`giai đoạn 2026 - 2030`)
// and target horizons (`đến năm 2030`) are not deadlines. Table cells are read without cues, and
// also in their bare forms (`9/2025`, `2025 - 2026`).
import type { DatePeriod, ExtractContext } from '../facts.ts';
import { dateCandidates } from '../dates.ts';
import { selectNonOverlapping } from '../dates/select.ts';
import type { DateCandidate } from '../dates/lexicon.ts';
import { monthsPeriod } from '../dates/calendar.ts';
import type { DeadlinePrecision } from './types.ts';
import { DEADLINE_CUES, RECURRING_NOT_AFTER, RECURRING_WORDS } from './vocabulary.ts';
import { PhraseList, type MatchText } from './phrases.ts';

export interface FoundDeadline {
  value: string | null;
  precision: DeadlinePrecision;
  yearFrom: 'explicit' | 'published' | 'hint' | 'collection' | 'none';
  /** The date or recurring words. */
  start: number;
  end: number;
  /** Where the deadline phrase starts, cue included (`, hoàn thành trước ngày …`): the wording stops before it. */
  cueStart: number;
  /** Where its last cue word starts (`trước` in `hoàn thành trước ngày …`): the wording's end when the action is `hoàn thành` itself. */
  shortCueStart: number;
}

const CUES = new PhraseList(DEADLINE_CUES);
const RECURRING = new PhraseList(RECURRING_WORDS);
const NOT_RECURRING_AFTER = new PhraseList(RECURRING_NOT_AFTER);
/** A programme's span or a target horizon: `giai đoạn 2026 - 2030`, `đến năm 2030`, `tới năm 2045`. */
const PERIOD_WORDS = /^(?:giai đoạn|thời kỳ)/iu;
const PERIOD_BEFORE = /(?:giai đoạn|thời kỳ|năm học|niên độ|kế hoạch|ngân sách|dự toán)\s*$/iu;
const HORIZON = /^(?:đến|tới)\s/iu;
/** Finishing words before a horizon make it a deadline after all: `hoàn thành đến hết năm 2025`. */
const FINISH_BEFORE = /(?:hoàn thành|xong)\s*$/iu;

function monthsIn(p: DatePeriod): number {
  const [sy, sm] = p.start.split('-').map(Number) as [number, number];
  const [ey, em] = p.end.split('-').map(Number) as [number, number];
  return (ey - sy) * 12 + (em - sm) + 1;
}

function precisionOf(value: string | DatePeriod, text: string): DeadlinePrecision | null {
  if (typeof value === 'string') return 'day';
  const months = monthsIn(value);
  // `cuối năm 2025` is read as the last quarter; as a deadline it means by the year's end.
  if (months === 3 && /cuối\s+năm/iu.test(text)) return 'year';
  if (months === 1) return 'month';
  if (months === 3) return 'quarter';
  if (months === 6) return 'half';
  if (months === 12) return 'year';
  return null;
}

/** A year the text left out was filled with the document's year; a deadline is in the future, so a month already past means next year. */
function rollForward(c: DateCandidate, ctx: ExtractContext): DateCandidate {
  if (c.yearFrom === 'explicit' || !ctx.published) return c;
  const published = ctx.published.slice(0, 10);
  const end = typeof c.value === 'string' ? c.value : c.value.end;
  if (!/^\d{4}-/.test(end) || end >= published.slice(0, 7)) return c;
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
  const value = typeof c.value === 'string' ? shift(c.value) : { start: shift(c.value.start), end: lastDay(shift(c.value.end)) };
  return { ...c, value };
}

/** `2025-02-28` shifted to 2024 must read `2024-02-29`: recompute a month's last day. */
function lastDay(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return monthsPeriod(y, m, m).end;
}

function toDeadline(c: DateCandidate, text: string, cueStart: number, shortCueStart = cueStart): FoundDeadline | null {
  const precision = precisionOf(c.value, text.slice(c.start, c.end));
  if (!precision) return null;
  const value = typeof c.value === 'string' ? c.value : c.value.end;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  return { value, precision, yearFrom: c.yearFrom, start: c.start, end: c.end, cueStart, shortCueStart };
}

/** Where the cue before `pos` starts (with a comma before it), or -1 when no cue introduces the date. */
function cueBefore(text: MatchText, pos: number): number {
  const start = CUES.endingAt(text, pos, 40);
  if (start < 0) return -1;
  const comma = /,\s*$/u.exec(text.raw.slice(Math.max(0, start - 3), start));
  return comma ? start - comma[0].length : start;
}

/** The last cue word before `pos`: `trước` in `hoàn thành trước ngày`. */
function shortCueBefore(text: MatchText, pos: number, cueStart: number): number {
  const m = /(?:trước|trong|chậm nhất(?:\s+là)?|muộn nhất|hạn)\s*(?:ngày\s*)?$/iu.exec(text.raw.slice(cueStart, pos));
  return m ? cueStart + m.index : cueStart;
}

/** Recurring words in [from, to) that are not about money (`chi thường xuyên`). */
function recurringIn(text: MatchText, from: number, to: number): Array<{ start: number; end: number }> {
  return RECURRING.all(text, from, to).filter((r) => NOT_RECURRING_AFTER.endingAt(text, r.start, 20) < 0);
}

export interface DeadlineScope {
  /** Where dates may be; references' spans, so that their dates are skipped. */
  from: number;
  to: number;
  refs: ReadonlyArray<{ start: number; end: number }>;
  /** Agencies' spans: a month or a day right after a submission's addressee is a deadline (`trình Chính phủ tháng 6/2025`). */
  agencies: ReadonlyArray<{ start: number; end: number }>;
}

const SUBMITTED_TO = /(?:trình|báo cáo|gửi)\s*$/iu;

/** `trình Chính phủ tháng 6/2025`: the addressee of a submission, then a month, quarter or day. */
function afterAddressee(raw: string, scope: DeadlineScope, c: DateCandidate): boolean {
  if (typeof c.value !== 'string' && monthsIn(c.value) > 6) return false;
  const addressee = scope.agencies.find((a) => a.end <= c.start && /^\s*$/u.test(raw.slice(a.end, c.start)));
  return !!addressee && SUBMITTED_TO.test(raw.slice(Math.max(0, addressee.start - 12), addressee.start));
}

/** The deadline of a task written in [from, to) of a field: the last date a cue introduces, or recurring words. */
export function sentenceDeadline(text: MatchText, scope: DeadlineScope, ctx: ExtractContext, candidates: readonly DateCandidate[]): FoundDeadline | null {
  const raw = text.raw;
  let best: FoundDeadline | null = null;
  for (const c0 of candidates) {
    if (c0.start < scope.from || c0.end > scope.to) continue;
    const dateText = raw.slice(c0.start, c0.end);
    if (PERIOD_WORDS.test(dateText) || PERIOD_BEFORE.test(raw.slice(Math.max(0, c0.start - 20), c0.start))) continue;
    if (HORIZON.test(dateText) && !FINISH_BEFORE.test(raw.slice(Math.max(0, c0.start - 20), c0.start))) continue;
    // The date of a cited document: `Quyết định số 245/QĐ-UBND ngày 10/4/2025`.
    if (scope.refs.some((r) => r.end <= c0.start && /^[\s,]*$/u.test(raw.slice(r.end, c0.start)))) continue;
    const cue = cueBefore(text, c0.start);
    if (cue < 0 && !HORIZON.test(dateText) && !afterAddressee(raw, scope, c0)) continue;
    const cueStart = cue < 0 ? c0.start : cue;
    const found = toDeadline(rollForward(c0, ctx), raw, cueStart, shortCueBefore(text, c0.start, cueStart));
    if (found) best = found;
  }
  const recurring = recurringIn(text, scope.from, scope.to);
  if (recurring.length > 0) {
    const r = recurring[0] as { start: number; end: number };
    // `trước ngày 15 tháng 12 hằng năm`: the date repeats every year.
    const datedThenRecurring = best && /^\s*$/u.test(raw.slice(best.end, r.start));
    if (!best || datedThenRecurring) {
      const start = datedThenRecurring && best ? best.start : r.start;
      const cueStart = datedThenRecurring && best ? best.cueStart : recurringCueStart(text, r.start);
      return { value: null, precision: 'recurring', yearFrom: 'explicit', start, end: r.end, cueStart, shortCueStart: cueStart };
    }
  }
  return best;
}

/** `; thời hạn: thường xuyên`, `, thực hiện hằng năm`, `định kỳ hằng quý`: the wording stops before these words. */
function recurringCueStart(text: MatchText, pos: number): number {
  const m = /(?:[,;]\s*)?(?:(?:thời hạn|thời gian thực hiện|thời gian|tiến độ)\s*:?\s*|thực hiện\s+|định kỳ\s+|(?:trước|trong|vào|chậm nhất)\s+(?:ngày\s+)?\d{1,2}\s+)?$/iu.exec(text.raw.slice(Math.max(0, pos - 30), pos));
  return m ? pos - m[0].length : pos;
}

const BARE_MONTH = /^(?:tháng\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu;
const BARE_YEAR = /^(?:năm\s*)?(\d{4})$/iu;
const YEAR_RANGE = /^(?:năm\s*|giai đoạn\s*)?(\d{4})\s*[-–—]\s*(\d{4})$/iu;

/** A table cell's deadline: `Quý IV/2025`, `Tháng 9/2025`, `9/2025`, `Năm 2026`, `2025 - 2026`, `Trước 30/6/2025`, `Thường xuyên`. */
export function cellDeadline(cell: string, offset: number, ctx: ExtractContext): FoundDeadline | null {
  const text = cell.trim();
  const lead = cell.indexOf(text);
  const start = offset + lead;
  const end = start + text.length;
  const at = (value: string, precision: DeadlinePrecision): FoundDeadline => ({ value, precision, yearFrom: 'explicit', start, end, cueStart: start, shortCueStart: start });
  let m = BARE_MONTH.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return at(monthsPeriod(Number(m[2]), Number(m[1]), Number(m[1])).end, 'month');
  m = BARE_YEAR.exec(text);
  if (m) return at(`${m[1]}-12-31`, 'year');
  m = YEAR_RANGE.exec(text);
  if (m) return at(`${m[2]}-12-31`, 'year');
  const key: MatchText = { raw: text, key: text };
  if (RECURRING.all(key).length > 0) return { ...at('', 'recurring'), value: null };
  const candidates = selectNonOverlapping(dateCandidates(text, ctx));
  const last = candidates[candidates.length - 1];
  if (!last) return null;
  const found = toDeadline(rollForward(last, ctx), text, last.start);
  return found ? { ...found, start: offset + lead + found.start, end: offset + lead + found.end, cueStart: start, shortCueStart: start } : null;
}
