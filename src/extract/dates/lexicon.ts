// Regular-expression pieces shared by the date rules. Vietnamese news writes dates day first
// (`22/12/2024`, `ngày 22 tháng 12 năm 2024`), so every numeric pattern here reads day, month, year.
import type { DatePeriod } from '../facts.ts';
import type { YearSource } from './calendar.ts';

/** Horizontal white space: the structure stage keeps paragraphs apart, but no-break spaces survive. */
export const SP = '[ \\u00A0]+';
export const OPT_SP = '[ \\u00A0]*';

/** A day or month number must not continue a longer number, a fraction, a decimal or a document id. */
export const NUM_START = '(?<![\\p{L}\\p{N}/.,:\\-–])';
/** …nor be followed by more digits, a letter (`3/4G`) or another separator and digit (`1/7/2025/…`). */
export const NUM_END = '(?![\\p{L}\\p{N}]|[/.\\-][\\p{N}\\p{L}])';

/** Digits only, no capture: each rule names its own groups. */
export const DAY = '\\d{1,2}';
export const MONTH = '\\d{1,2}';
export const YEAR = '(?:19|20)\\d{2}';

/**
 * Parts of the day written before a date (`Sáng 6/5`, `chiều ngày 10/12/2025`). Longer phrases first so
 * that `Rạng sáng` is not read as `sáng`.
 */
export const TIME_OF_DAY =
  '(?:[Rr]ạng sáng|[Ss]áng sớm|[Ss]áng nay|[Cc]hiều tối|[Cc]hiều nay|[Tt]ối nay|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Kk]huya)';

/** `ngày`, or a part of the day optionally followed by `ngày`: the words that make a bare `d/m` a date. */
export const DATE_PREFIX = `(?<![\\p{L}])(?:${TIME_OF_DAY}(?:${SP}[Nn]gày)?|[Nn]gày)${SP}`;

/** Words before a bare `d/m` that make a date reading likely (`phiên 11/12`, `đến 30/6`). */
export const DATE_TRIGGER_BEFORE =
  /(?:^|[\s(])(?:hôm|hôm nay|hôm qua|ngày mai|phiên|từ|đến|tới|trước|sau|vào|lúc|tuần|hạn|dịp|lễ|kể từ|tính đến|hết|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)[ \u00A0]*,?[ \u00A0]*\(?$/iu;
/** Punctuation (or nothing) before a bare `d/m`: a dateline `Hà Nội, 6/5` or an aside `(6/5)`. */
export const CLAUSE_START_BEFORE = /(?:^|[(,;:–-])[ \u00A0]*$/u;

/** Words before `a/b` that make it a ratio or a score, not a date (`chiếm 1/3`, `tỷ số 2/1`). */
export const RATIO_CUE_BEFORE =
  /(?:^|\s)(?:chiếm|khoảng|gần|hơn|trên|dưới|đạt|bằng|tỷ lệ|tỉ lệ|tỷ số|tỉ số|số|Điều|điều|khoản|top|Top|hạng|thứ|lớp|hẻm|ngõ|ngách|kiệt|phòng|tổ|vòng)[ \u00A0]*$/u;

/** Words after `a/b` that make it a ratio (`1/3 dân số`, `2/3 đại biểu`, `10/10 điểm`). */
export const RATIO_CUE_AFTER =
  /^[ \u00A0]*(?:%|(?:số|tổng|dân|diện tích|phần|điểm|phiếu|đại biểu|người|trường hợp|thành viên|lần|câu|ca|mẫu|học sinh|sinh viên|doanh nghiệp|tỉnh|xã|đơn vị|chỉ tiêu|nhiệm vụ|km|kg|tấn|ha|USD|đồng)(?![\p{L}]))/u;

/** Quarters as written: Roman or Arabic. */
export const QUARTER_NUMBERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** A date value found by one rule, with offsets relative to the field text. */
export interface DateCandidate {
  start: number;
  end: number;
  value: string | DatePeriod;
  yearFrom: YearSource;
  confidence: number;
  /** A range of days (`từ ngày 12 đến 14-12`), read as the days it names. */
  dayRange?: true;
}
