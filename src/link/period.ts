// Time from the words: the date a reported figure describes, or a target's deadline.
// - A date written right after the number belongs to it (`45 MW năm 2024`, `50% GRDP vào năm 2045`),
//   and to no other figure.
// - Else the nearest date before the number in its own stretch, then earlier in the sentence, then
//   after it in the sentence.
// - A reported figure: `hiện nay`, `đến nay` give the day the text was written; a deadline still ahead
//   (`đến năm 2030`) never dates it.
// - Else a date stated earlier in the paragraph and not tied to another figure carries over (a
//   deadline for a list of goals, a year for a list of results).
// - A target never takes the publication date: without a deadline in the text it has none.
// Periods give their end (`6 tháng đầu năm 2025` → 2025-06-30, `quý III` → 30/09); a whole year or
// month stays a year or month. Years missing from a date are the text's year (document.ts).
import { containsAny, phraseKey } from './keys.ts';
import { dateValue, isComparisonBase, isDeadlineForm, type DocumentContext, type LinkField } from './document.ts';
import type { Figure } from './figures.ts';
import type { CompiledPack } from './match.ts';
import { NOW_WORDS, RELATIVE_YEARS } from './words.ts';

/** Where an as-of date came from; `document`: the same figure dated elsewhere, the title's period, or the text's year. */
export type AsOfSource = 'text' | 'paragraph' | 'document' | 'published' | 'pack' | 'none';

export interface FieldDate {
  start: number;
  end: number;
  /** ISO at the precision written. */
  value: string;
  /** The year, to tell a deadline still ahead. */
  year: number;
  /** Written as a deadline: `đến năm 2030`, `vào năm 2045`. */
  deadline: boolean;
  /** The figure it is written right after, which it dates. */
  attachedTo: Figure | null;
  /** Introduced as the date data are as of: `tính đến`, `số liệu đến`, `cập nhật đến`. */
  asOfMark: boolean;
  /** The edition of a ranking or report (`Chỉ số Chính phủ điện tử 2024`, `Báo cáo GII 2025`): the year a rank describes. */
  edition?: boolean;
}

const NOW = NOW_WORDS.map(phraseKey);
const RELATIVE = RELATIVE_YEARS.map(([p, d]) => [phraseKey(p), d] as const);
// Between a figure and the date that belongs to it: nothing, a bracket, or a preposition.
const ATTACHING_GAP = /^[\s(]*(?:(?:vào|trong|tính đến|đến|tới|của|năm)\s+)?$/u;
// `Theo số liệu đến tháng 10`, `tính đến năm 2023`, `Tính đến ngày 06/8/2025`: the day the data describe.
const AS_OF_MARK = /(?:tính|số liệu|cập nhật|thống kê)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày|tháng|năm)?/u;
// A ranking or report named with its edition's year: `Chỉ số Chính phủ điện tử 2024`, `Báo cáo GII 2025`,
// `Bảng xếp hạng … 2023`. The year is written bare after the name (with `năm` it is an ordinary date).
const EDITION_YEAR = /(?:chỉ số|báo cáo|bảng xếp hạng)(?:[^,.;:()\d](?!năm\s))*?\s((?:19|20)\d{2})(?![\d/.-])/gu;
// An index known by its acronym: `GII 2025`, `EGDI 2024`.
const ACRONYM_YEAR = /(?<![\p{L}\d])\p{Lu}{2,6}\s+((?:19|20)\d{2})(?![\d/.-])/gu;
// `(2016)` right after a rank or a count.
const BRACKET_YEAR = /^\s*\((\d{4})\)/u;

const MONTHS_IN = (words: string): number | null => {
  const m = /^(nửa năm|một năm|hai năm|ba năm|(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+tháng)$/u.exec(words);
  if (!m) return null;
  const numbers: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
  if (m[1] === 'nửa năm') return 6;
  if (m[1] === 'một năm') return 12;
  if (m[1] === 'hai năm') return 24;
  if (m[1] === 'ba năm') return 36;
  const n = m[2]!;
  return /^\d+$/.test(n) ? Number(n) : (numbers[n] ?? null);
};

function addMonths(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * Dates the field gives, resolved: the date facts (years filled in), `năm nay` and its kin, and
 * `sau nửa năm thực hiện Nghị quyết 57` counted from the programme's adoption.
 */
export function fieldDates(field: LinkField, figures: readonly Figure[], ctx: DocumentContext, pack: CompiledPack): FieldDate[] {
  const out: FieldDate[] = [];
  const push = (start: number, end: number, value: string, deadline: boolean) =>
    out.push({ start, end, value, year: Number(value.slice(0, 4)), deadline, attachedTo: null, asOfMark: AS_OF_MARK.test(field.key.slice(Math.max(0, start - 20), Math.min(end, start + 12))) });
  for (const d of field.dates) {
    const value = dateValue(d, ctx.year);
    if (value && !isComparisonBase(field, d)) push(d.start, d.end, value, isDeadlineForm(field, d));
  }
  if (ctx.year !== null) {
    for (const [phrase, delta] of RELATIVE) {
      let at = field.key.indexOf(phrase);
      while (at >= 0) {
        if (!out.some((d) => at < d.end && d.start < at + phrase.length)) push(at, at + phrase.length, String(ctx.year + delta), false);
        at = field.key.indexOf(phrase, at + 1);
      }
    }
  }
  if (pack.adoption) {
    const re = new RegExp(`sau\\s+(.{3,12}?)\\s+(?:triển khai\\s+)?(?:thực hiện|triển khai)\\s+nghị quyết(?:\\s+số)?\\s+${pack.adoption.number}(?![\\d])`, 'gu');
    for (const m of field.key.matchAll(re)) {
      const months = MONTHS_IN(m[1]!.trim());
      if (months !== null) push(m.index, m.index + m[0].length, addMonths(pack.adoption.date, months), false);
    }
  }
  for (const source of [field.key.matchAll(EDITION_YEAR), field.text.matchAll(ACRONYM_YEAR)]) {
    for (const m of source) {
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + 4;
      if (out.some((d) => start < d.end && d.start < end)) continue;
      out.push({ start, end, value: m[1]!, year: Number(m[1]), deadline: false, attachedTo: null, asOfMark: false, edition: true });
    }
  }
  for (const f of figures) {
    const y = BRACKET_YEAR.exec(field.key.slice(f.end));
    if (y) out.push({ start: f.end, end: f.end + y[0].length, value: y[1]!, year: Number(y[1]), deadline: false, attachedTo: f, asOfMark: false });
  }
  for (const d of out) {
    if (d.attachedTo) continue;
    const owner = [...figures].reverse().find((f) => f.end <= d.start && ATTACHING_GAP.test(field.key.slice(f.end, d.start)));
    if (owner) d.attachedTo = owner;
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface Dated {
  asOf: string | null;
  from: AsOfSource;
}

/** The date of one figure from its field's dates, or null to let the document decide. */
export function figureDate(fig: Figure, stance: 'reported' | 'target', dates: readonly FieldDate[], ctx: DocumentContext): Dated | null {
  const usable = dates.filter(
    (d) =>
      (d.attachedTo === null || d.attachedTo === fig) &&
      (stance === 'target'
        ? d.value.length < 10 || d.deadline || /(?:đến|trước|hạn)\s+(?:ngày\s+)?$/u.test(fig.field.key.slice(Math.max(0, d.start - 12), d.start))
        : !(d.deadline && (ctx.year === null || d.year > ctx.year))),
  );
  const { start: s0, end: s1 } = fig.sentence;
  // A rank is the rank of the edition its sentence names, whatever other years the sentence recalls.
  const edition = fig.q.rank && stance === 'reported' ? usable.find((d) => d.edition && d.start >= s0 && d.end <= s1 && d.attachedTo === null) : undefined;
  if (edition) return { asOf: edition.value, from: 'text' };
  const own = usable.find((d) => d.attachedTo === fig);
  if (own) {
    // `đến ngày 9.12.2025 … đạt mốc 20.000 trạm mới trong năm 2025`: the year is the count's window,
    // the day inside it the moment it describes.
    const finer = stance === 'reported' ? usable.find((d) => d !== own && d.start >= s0 && d.end <= s1 && d.value.length > own.value.length && d.value.startsWith(own.value)) : undefined;
    return { asOf: (finer ?? own).value, from: 'text' };
  }
  const before = (from: number, to: number) => usable.filter((d) => d.start >= from && d.end <= to).at(-1);
  const inSentence = before(fig.leadStart, fig.numberAt) ?? before(s0, fig.leadStart) ?? usable.find((d) => d.start >= fig.end && d.end <= s1);
  if (inSentence) return { asOf: inSentence.value, from: 'text' };
  // `như hiện nay`: the day of writing; without one, the document's own data date (observations.ts), not a year from the paragraph.
  if (stance === 'reported' && containsAny(fig.field.key, NOW, s0, s1)) return ctx.clock ? { asOf: ctx.clock.date, from: 'published' } : null;
  const carried = usable.filter((d) => d.end <= s0 && d.attachedTo === null).at(-1);
  if (carried) return { asOf: carried.value, from: 'paragraph' };
  return null;
}

// `Ngoài ra, thành phố hướng tới…`: a sentence that goes on with the plan of the paragraph before.
const GOES_ON = /^\W*(?:ngoài ra|bên cạnh đó|đồng thời|cùng với đó|song song với đó|cùng đó)(?![\p{L}])/u;

/** A target left without a deadline: the plan's deadline from the paragraph before, when its sentence goes on with that plan. */
export function carriedDeadline(fig: Figure, earlier: readonly { field: LinkField; dates: readonly FieldDate[] }[]): Dated | null {
  if (!GOES_ON.test(fig.field.key.slice(fig.sentence.start, fig.sentence.end))) return null;
  for (const state of [...earlier].reverse().slice(0, 2)) {
    const d = state.dates.filter((x) => x.attachedTo === null && (x.deadline || x.value.length === 4)).at(-1);
    if (d) return { asOf: d.value, from: 'paragraph' };
  }
  return null;
}

/** The date a title gives the whole story (`sau nửa năm thực hiện Nghị quyết 57`), when it gives one. */
export function titleDate(field: LinkField | undefined, dates: readonly FieldDate[], ctx: DocumentContext): string | null {
  if (!field || field.field !== 'title' || field.text.length > 200) return null;
  const values = [...new Set(dates.filter((d) => !(d.deadline && (ctx.year === null || d.year > ctx.year))).map((d) => d.value))];
  return values.length === 1 ? values[0]! : null;
}

