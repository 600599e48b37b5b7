// What the link stage knows about a whole document before it reads one figure: its fields and
// sentences with their match keys, which fields are photo captions, its clock (the day it was
// written), the year its undated dates belong to, the province and the company it is about, and
// every date, place and organisation mention resolved against the pack.
import { fieldsOf, type DateMention, type FieldText, type OrganizationMention, type PlaceMention, type QuantityMention } from '../extract/facts.ts';
import type { MentionRecord } from '../extract/facts.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { periodEnd } from '../text/periods.ts';
import { keyOf } from './keys.ts';
import type { LinkableDocument } from './observations.ts';
import type { CompiledPack } from './match.ts';

export interface LinkField extends FieldText {
  id: string;
  key: string;
  sentences: readonly Sentence[];
  /** A photo caption (also one the structure stage left in the body): figures in it are not linked. */
  caption: boolean;
  quantities: QuantityMention[];
  dates: DateMention[];
  places: PlaceMention[];
  organizations: OrganizationMention[];
}

export interface Clock {
  /** ISO day. */
  date: string;
  /** `published`: the page's own date; `dateline`: a stored `date` line or a byline timestamp in the text. */
  from: 'published' | 'dateline';
}

export interface DocumentContext {
  id: number;
  fields: LinkField[];
  /** Keys of every field that is not a caption, one per line. */
  key: string;
  clock: Clock | null;
  /** The year the text speaks from: its clock's, else the year its own dates name most. */
  year: number | null;
  /** The year its own dates name most (not deadlines): the period of figures it leaves undated. */
  textYear: number | null;
  /** The provincial unit the story is about (title, lede, first paragraphs), if one stands out. */
  home: string | null;
  /** A company of the pack named in the title. */
  homeCompany: string | null;
}

// `Ảnh: Hà Anh`, `ẢNH: NAM LONG`, `- Ảnh 1.`, `- Ảnh minh hoạ`, `Ảnh minh họa.`, a `|`-framed line or an image
// placeholder: photo furniture, even when it stands in the body.
const CAPTION_LINE = /(?:^|[\s.|(-])ảnh\s*:[^.:]{0,40}\.?\s*\)?$|[-–]\s*ảnh\s+\d+\.?\s*$|ảnh\s+minh\s+h(?:ọa|oạ)\.?\s*$|^\s*!\[|^\s*\|.*\|\s*$/u;

// ` date 2025-10-15` prefixed when the page was stored; `17:20 - 07/09/2023`, `TT 07:20 09/09/2024`,
// `Thanh Chung - 30/11/2022 14:46`, `30/09/2025, 14:30`: a byline's timestamp on a short line.
const STORED_DATE = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/u;
const TIMESTAMP_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/u;
const TIME_OF_DAY = /(?<!\d)\d{1,2}:\d{2}(?!\d)/u;

function isoDay(y: string, m: string, d: string): string | null {
  const mm = Number(m);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

function clockOf(doc: LinkableDocument, fields: readonly LinkField[]): Clock | null {
  const published = /^(\d{4}-\d{2}-\d{2})/.exec(doc.published ?? '')?.[1];
  if (published) return { date: published, from: 'published' };
  const first = fields[0];
  const stored = first ? STORED_DATE.exec(first.text) : null;
  if (stored) {
    const day = isoDay(stored[1]!, stored[2]!, stored[3]!);
    if (day) return { date: day, from: 'dateline' };
  }
  for (const f of fields.slice(0, 6)) {
    if (f.text.length > 80 || !TIME_OF_DAY.test(f.text)) continue;
    const m = TIMESTAMP_DATE.exec(f.text);
    const day = m ? isoDay(m[3]!, m[2]!, m[1]!) : null;
    if (day) return { date: day, from: 'dateline' };
  }
  return null;
}

// `đến năm 2030`, `tới cuối năm 2025`, `vào năm 2045`: a deadline or a horizon, not the date a value describes.
const DEADLINE_FORM = /(?:^|\s)(?:đến|tới|vào)\s+(?:cuối\s+|hết\s+|giữa\s+|đầu\s+)?(?:năm\s+)?\d{4}\s*$/u;

// `tăng 1,64 lần so với năm 2020`, `kể từ năm 2021`: a base of comparison or a start, never what a figure is as of.
const COMPARED_WITH = /(?:so với|so|kể từ)\s+(?:cùng kỳ\s+)?$/u;

/** Whether the date mention is a base of comparison (`so với năm 2020`). */
export function isComparisonBase(field: LinkField, d: { start: number }): boolean {
  return COMPARED_WITH.test(field.key.slice(Math.max(0, d.start - 16), d.start));
}

/** Whether the date mention is written as a deadline (`đến năm 2030`), judged on the text up to its end. */
export function isDeadlineForm(field: LinkField, d: { start: number; end: number }): boolean {
  const before = field.key.slice(Math.max(0, d.start - 14), d.end);
  return DEADLINE_FORM.test(before) && !/tính\s+(?:đến|tới)/u.test(before);
}

/** The explicit year of a date mention, when it has one. */
export function explicitYear(d: DateMention): number | null {
  if (d.yearFrom !== 'explicit') return null;
  const v = typeof d.value === 'string' ? d.value : d.value.end;
  const m = /^(\d{4})/.exec(v);
  if (!m) return null;
  if (typeof d.value !== 'string' && d.value.start.slice(0, 4) !== d.value.end.slice(0, 4)) return null; // 2021-2025: a span
  return Number(m[1]);
}

/** The year the text names most among its own dates, leaving out deadlines and spans; ties go to the later year. */
function textYearOf(fields: readonly LinkField[]): number | null {
  const counts = new Map<number, number>();
  for (const f of fields) {
    if (f.caption) continue;
    for (const d of f.dates) {
      const y = explicitYear(d);
      if (y === null || isDeadlineForm(f, d) || isComparisonBase(f, d)) continue;
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of counts) {
    const bn = best === null ? 0 : counts.get(best)!;
    if (n > bn || (n === bn && best !== null && y > best)) best = y;
  }
  return best;
}

/** Title, lede and the body up to its first full paragraph (short lines before it are headlines or furniture). */
function headFields(fields: readonly LinkField[]): LinkField[] {
  const head: LinkField[] = [];
  let body = 0;
  for (const f of fields) {
    if (f.caption) continue;
    if (f.field === 'title' || f.field === 'lede') head.push(f);
    else if (f.field === 'body' && body < 4) {
      head.push(f);
      body++;
      if (f.text.length >= 100) break;
    }
  }
  return head;
}

/** Provinces named in a field, with where: place mentions, and provinces inside organisation names (`UBND tỉnh Tây Ninh`). */
export function provincesIn(field: LinkField, pack: CompiledPack): { start: number; end: number; unit: string }[] {
  const out = field.places.filter((p) => p.unit !== null).map((p) => ({ start: p.start, end: p.end, unit: p.unit! }));
  for (const o of field.organizations) {
    const unit = pack.provinceInName(o.text);
    if (unit) out.push({ start: o.start, end: o.end, unit });
  }
  return out.sort((a, b) => a.start - b.start);
}

// `Sáng 2/7, tại Hà Nội, Ban Chỉ đạo Trung ương …`: where an event took place, not what the story is about.
const VENUE = /(?:^|[^\p{L}])(?:tại|ở)\s*$/u;

function homeOf(fields: readonly LinkField[], pack: CompiledPack): string | null {
  const score = new Map<string, number>();
  for (const f of headFields(fields)) {
    const weight = f.field === 'title' ? 3 : 2;
    for (const p of provincesIn(f, pack)) {
      if (VENUE.test(f.key.slice(Math.max(0, p.start - 8), p.start))) continue;
      score.set(p.unit, (score.get(p.unit) ?? 0) + weight);
    }
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < 2) return null;
  if (second && top[1] < 1.5 * second[1]) return null; // several provinces, none the story's own
  return top[0];
}

function homeCompanyOf(fields: readonly LinkField[], pack: CompiledPack): string | null {
  const title = fields.find((f) => f.field === 'title' && !f.caption) ?? fields.find((f) => !f.caption);
  for (const o of title?.organizations ?? []) {
    const agency = pack.agencyOf(o);
    if (agency?.kind === 'company') return agency.id;
  }
  return null;
}

function byField<T extends { field: string; index: number }>(mentions: readonly MentionRecord[], kind: MentionRecord['kind']): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const m of mentions) {
    if (m.kind !== kind) continue;
    const id = `${m.field}:${m.index}`;
    const list = out.get(id) ?? [];
    list.push(m as unknown as T);
    out.set(id, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a as unknown as { start: number }).start - (b as unknown as { start: number }).start);
  return out;
}

export function documentContext(doc: LinkableDocument, mentions: readonly MentionRecord[], pack: CompiledPack): DocumentContext {
  const quantities = byField<QuantityMention>(mentions, 'quantity');
  const dates = byField<DateMention>(mentions, 'date');
  const places = byField<PlaceMention>(mentions, 'place');
  const organizations = byField<OrganizationMention>(mentions, 'organization');
  const fields: LinkField[] = fieldsOf(doc).map((f) => {
    const id = `${f.field}:${f.index}`;
    const key = keyOf(f.text);
    return {
      ...f,
      id,
      key,
      sentences: splitSentences(f.text),
      caption: f.field === 'caption' || CAPTION_LINE.test(key),
      quantities: quantities.get(id) ?? [],
      dates: dates.get(id) ?? [],
      places: places.get(id) ?? [],
      organizations: organizations.get(id) ?? [],
    };
  });
  const clock = clockOf(doc, fields);
  const textYear = textYearOf(fields);
  return {
    id: doc.id,
    fields,
    key: fields.filter((f) => !f.caption).map((f) => f.key).join('\n'),
    clock,
    year: clock ? Number(clock.date.slice(0, 4)) : textYear,
    textYear,
    home: homeOf(fields, pack),
    homeCompany: homeCompanyOf(fields, pack),
  };
}

/** A date mention's value at the precision written: `2025`, `2025-10`, or a day (a period's last day). Missing years take `year`. */
export function dateValue(d: DateMention, year: number | null): string | null {
  const fill = (iso: string): string | null => (iso.startsWith('--') ? (year === null ? null : `${year}${iso.slice(1)}`) : iso);
  if (typeof d.value === 'string') return fill(d.value);
  const start = fill(d.value.start);
  const end = fill(d.value.end);
  if (!start || !end) return null;
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) return start.slice(0, 4);
  if (start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7) && periodEnd(start.slice(0, 7)) === end) return start.slice(0, 7);
  return end;
}
