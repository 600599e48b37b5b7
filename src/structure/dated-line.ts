// A page's date line, which often carries more than the date: the byline (`T.L - 29/05/2025 19:23`,
// `Hoàng Việt Anh - Kỹ thuật: Hồng Toại • 23/10/2025`), a view counter, the site's name. The date is
// taken when everything else on the line is such a label; a sentence that mentions a date is not a
// date line.
import { splitDateLine, type ParsedDate } from '../text/datetime.ts';
import { parseByline } from './byline.ts';

export interface DatedLine {
  date: ParsedDate;
  /** The byline printed beside the date, as written; null when there is none or it names no one. */
  author: string | null;
}

// Labels that credit a role beside the writer (`Kỹ thuật: Hồng Toại`, `Ảnh: Minh Anh`).
const ROLE_LABEL = /^(?:kỹ thuật|thiết kế|đồ họa|đồ hoạ|ảnh|video|thực hiện|trình bày|biên tập|dựng|quay phim)\s*:\s*\S/iu;
// Credits that name no person: the generic "reporter" and an outlet's or agency's capital-letter tag
// (`PV`, `TTXVN`, `HQVN`, `SVO`). Initials with full stops (`T.L`) are a person's.
const GENERIC_BYLINE = /^(?:pv|phóng viên|nhóm pv|nhóm phóng viên|btv|ban biên tập|\p{Lu}{2,6})$/u;

/** A date line, with the byline beside its date; null for any other line. */
export function datedLineOf(text: string): DatedLine | null {
  const dated = splitDateLine(text);
  if (!dated) return null;
  const writers: string[] = [];
  for (const other of dated.others) {
    if (ROLE_LABEL.test(other)) {
      if (writers.length > 0) writers.push(other);
      continue;
    }
    if (parseByline(other, true) !== null || GENERIC_BYLINE.test(other) || /^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u.test(other)) {
      writers.push(other);
      continue;
    }
    if (isSiteName(other)) continue;
    return null;
  }
  if (writers.length === 0) return { date: dated.date, author: null };
  // The byline as written: from its first segment to its last, separators included.
  const start = text.indexOf(writers[0]!);
  const last = writers.at(-1)!;
  const end = text.indexOf(last, start) + last.length;
  const written = start >= 0 && end > start ? text.slice(start, end) : writers.join(' - ');
  return { date: dated.date, author: authorOf(written) };
}

/** The author of a byline, or null when it names no one (`PV`, an agency tag). */
export function authorOf(byline: string): string | null {
  const trimmed = byline.trim();
  return trimmed === '' || GENERIC_BYLINE.test(trimmed) ? null : trimmed;
}

/** An outlet's name: `Báo Sài Gòn Giải phóng`, capitalised words, possibly printed twice. */
function isSiteName(text: string): boolean {
  return text.length <= 90 && /^(?:báo|tạp chí|cổng|đài|trang|kênh|truyền hình|thông tấn)\s/iu.test(text);
}
