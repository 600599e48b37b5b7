// Numbers in Vietnamese notation: '.' groups thousands, ',' marks decimals (12.106 is twelve
// thousand, 2,3 is two point three). Some writers use an English decimal point (90.70%); a dot
// followed by anything other than exactly three digits can only be that.
import { MAGNITUDES, UNIT_SYMBOLS } from './units.ts';
import { findPhoneSpans, followsProductName, isYearNumeral, namedByPrecedingWord } from './number-context.ts';

/** A numeric quantity found in running text. */
export interface NumberToken {
  /** Offsets of `text` in the input (UTF-16 code units). */
  start: number;
  end: number;
  /** The numeral, with the magnitude words and percent sign written right after it (`2,3 triệu tỷ`, `26%`). */
  text: string;
  /** Magnitude words applied: `2,3 triệu tỷ` → 2.3e15. */
  value: number;
  percent: boolean;
  /** The magnitude words as written (`triệu tỷ`), or null. */
  magnitude: string | null;
}

/** The numeral as a plain decimal string (`1.234,5` → `1234.5`), or null when malformed. */
function toDecimalString(numeral: string): string | null {
  const s = numeral.trim();
  if (/^\d+$/.test(s)) return s;
  let m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s);
  if (m) return (m[1] ?? '').replace(/\./g, '') + (m[2] ? `.${m[2]}` : '');
  m = /^(\d+),(\d+)$/.exec(s);
  if (m) return `${m[1]}.${m[2]}`;
  m = /^(\d+)\.(\d+)$/.exec(s);
  if (m && m[2]?.length !== 3) return s;
  return null;
}

/**
 * Parses one numeral in Vietnamese notation: `12.106` → 12106, `2,3` → 2.3, `1.234.567,89`,
 * `90.70` → 90.7 (English decimal point). Null for anything else (`1.23.4`, `1,234,567`, ``).
 */
export function parseVietnameseNumber(s: string): number | null {
  const d = toDecimalString(s);
  return d === null ? null : Number(d);
}

// Scaling through the exponent of the decimal string avoids binary rounding (2.3 × 1e15).
function scaled(numeral: string, exponent: number): number | null {
  const d = toDecimalString(numeral);
  return d === null ? null : Number(`${d}e${exponent}`);
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const PLAIN = new RegExp(String.raw`^(${NUM})(%?)(?:\/\p{Ll}+)?$`, 'u'); // 26%, 6,5%/năm
const GLUED_UNIT = new RegExp(String.raw`^(${NUM})([\p{L}°][\p{L}\d²³]*)(?:\/[\p{L}\d²³]+)?$`, 'u'); // 7.000mAh
const SLASHED = new RegExp(String.raw`^(${NUM})\/(${NUM})(%?)$`); // 429/434, 2/7
const DASHED = new RegExp(String.raw`^(${NUM})[-–—](${NUM})(%?)$`); // 16-18%, 2021-2025
const MAGNITUDE_AFTER = new RegExp(
  String.raw`^\s+((?:${[...MAGNITUDES.keys()].join('|')})(?:\s+(?:${[...MAGNITUDES.keys()].join('|')}))*)(?![\p{L}\d])`,
  'iu',
);
// `tỷ lệ` (rate), `tỷ trọng` (share), `tỷ giá` (exchange rate) are not magnitudes.
const NOT_MAGNITUDE = /^\s+(?:tỷ|tỉ)\s+(?:lệ|trọng|giá|suất)(?![\p{L}])/iu;
const PERCENT_AFTER = /^(?:\s?%|\s+phần\s+trăm(?![\p{L}]))/iu;
// `22 tháng 12`, `8 giờ 30`: a day before its month, an hour before its minutes.
const DATE_OR_TIME_AFTER = /^\s+(?:tháng|giờ)\s+\d/iu;

interface Numeral {
  start: number;
  end: number;
  numeral: string;
  /** Percent sign written inside the word (`18%`); `end` is then past the sign. */
  percent: boolean;
  /** The numeral's word carries a glued unit, so no magnitude words can follow it. */
  glued: boolean;
}

// `2/3 số đại biểu`, `1/4 dân số`: a fraction, not the 2nd of March, when a share noun follows
// and no word that introduces a date (ngày, sáng, từ, …) precedes.
const SHARE_AFTER = /^\s+(?:số|tổng|trong số|dân số|diện tích|lượng|thời gian)(?![\p{L}])/iu;
const DATE_INTRO_BEFORE = /(?:^|[^\p{L}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|mùng|mồng|từ|đến|tới|hạn|trước|sau|dịp|lễ)\s+$/iu;

function isFractionContext(text: string, start: number, end: number): boolean {
  return SHARE_AFTER.test(text.slice(end)) && !DATE_INTRO_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Numerals of one whitespace-delimited word that can be quantities; [] for dates, codes, times. */
function numeralsOfWord(text: string, word: string, offset: number): Numeral[] {
  const lead = /^[([{"“‘'«~≈]*/.exec(word)?.[0].length ?? 0;
  const trail = /[)\]}"”’'»,.;:!?…]*$/.exec(word.slice(lead))?.[0].length ?? 0;
  const core = word.slice(lead, word.length - trail);
  const at = offset + lead;
  if (!/^\d/.test(core)) return []; // A80, COVID-19, H5N1, +84: letters or signs first
  // The end of a numeral covers its own percent sign (`26%`).
  const one = (numeral: string, start: number, percent: boolean, glued: boolean, sign = ''): Numeral => ({
    start,
    end: start + numeral.length + sign.length,
    numeral,
    percent,
    glued,
  });

  let m = PLAIN.exec(core);
  if (m) {
    const numeral = m[1] ?? '';
    if (isYearNumeral(numeral)) return [];
    return [one(numeral, at, m[2] === '%', false, m[2])];
  }
  m = GLUED_UNIT.exec(core);
  if (m) {
    const unit = m[2] ?? '';
    return UNIT_SYMBOLS.has(unit) ? [one(m[1] ?? '', at, false, true)] : []; // 5G, 8h30, 4K: names
  }
  m = SLASHED.exec(core);
  if (m) {
    const [a, b] = [m[1] ?? '', m[2] ?? ''];
    const [x, y] = [parseVietnameseNumber(a), parseVietnameseNumber(b)];
    if (x === null || y === null) return [];
    // d/m and m/yyyy are dates; anything else is a ratio (429/434 đại biểu)
    const dateLike = Number.isInteger(x) && Number.isInteger(y) && x >= 1 && x <= 31 && y >= 1 && y <= 12;
    if (isYearNumeral(b) || (dateLike && !(x < y && isFractionContext(text, offset, offset + word.length)))) return [];
    return [one(a, at, false, false), one(b, at + a.length + 1, m[3] === '%', false, m[3])];
  }
  m = DASHED.exec(core);
  if (m) {
    const [a, b] = [m[1] ?? '', m[2] ?? ''];
    if (isYearNumeral(a) || isYearNumeral(b)) return []; // 2021-2025, tháng 4-2016
    const sep = core[a.length] ?? '-';
    // A range shares its unit: 16-18% is 16% to 18%.
    const percent = m[3] === '%';
    return [one(a, at, percent, false), one(b, at + a.length + sep.length, percent, false, m[3])];
  }
  return []; // 02/07/2025, 7/5/, 17:12, 57-NQ/TW, 759/QĐ-TTg, 93/2025/QH15, 5G, 8h30
}

function overlaps(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/** Magnitude words and percent written after a numeral; null when the numeral is not a quantity. */
function completeToken(text: string, n: Numeral): NumberToken | null {
  const after = text.slice(n.end);
  if (DATE_OR_TIME_AFTER.test(after)) return null;
  let end = n.end;
  let magnitude: string | null = null;
  let exponent = 0;
  let percent = n.percent;
  const mag = n.glued || percent || NOT_MAGNITUDE.test(after) ? null : MAGNITUDE_AFTER.exec(after);
  if (mag) {
    magnitude = (mag[1] ?? '').replace(/\s+/g, ' ');
    for (const w of magnitude.toLowerCase().split(' ')) exponent += MAGNITUDES.get(w) ?? 0;
    end += mag[0].length;
  }
  if (!percent && !n.glued && !mag) {
    const pct = PERCENT_AFTER.exec(after);
    if (pct) {
      percent = true;
      end += pct[0].length;
    }
  }
  const value = scaled(n.numeral, exponent);
  if (value === null) return null;
  const bare = !magnitude && !percent && !n.glued;
  if (bare) {
    // Leading zeros mark identifiers (Kế hoạch số 01), unless a noun follows: administrative texts pad
    // counts (`01 điểm cầu`, `02 đồng chí`). `4.0` is a version label (công nghiệp 4.0).
    if ((/^0\d/.test(n.numeral) && !/^[ \u00A0]+\p{Ll}/u.test(after)) || /^\d+\.0$/.test(n.numeral)) return null;
    if (/^\d+$/.test(n.numeral) && followsProductName(text, n.start) && !unitSymbolFollows(after)) return null;
  }
  return { start: n.start, end, text: text.slice(n.start, end), value, percent, magnitude };
}

function unitSymbolFollows(after: string): boolean {
  const w = /^\s+([^\s,.;:!?()]+)/.exec(after)?.[1];
  return w !== undefined && UNIT_SYMBOLS.has(w);
}

// `từ 16 đến 18%`, `2-3 triệu`, `hai đến ba triệu đồng`: the first end of a range takes the scale
// words and the percent written after the second.
const RANGE_GAP = /^\s*[-–—]\s*$|^\s+(?:đến|tới)\s+$/u;

interface RangeEnd {
  start: number;
  end: number;
  value: number;
  percent: boolean;
  magnitude: string | null;
}

/** Gives each range's first end the second end's scale (applied by `scale`) and percent. */
export function shareRangeScale<T extends RangeEnd>(text: string, tokens: T[], scale: (token: T, exponent: number) => number): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (!a || !b || a.percent || a.magnitude || !RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    if (b.magnitude) {
      let exponent = 0;
      for (const w of b.magnitude.toLowerCase().split(' ')) exponent += MAGNITUDES.get(w) ?? 0;
      a.value = scale(a, exponent);
      a.magnitude = b.magnitude;
    }
    a.percent = b.percent;
  }
}

/**
 * The numeric quantities of a text, in order. Not returned: dates (2/7, 02/07/2025, quý II/2025,
 * ngày 22 tháng 12, tháng 4-2016), times (17:12, 8h30), document numbers (57-NQ/TW, 759/QĐ-TTg,
 * Nghị định 308, Kế hoạch số 01), ordinals (kỳ họp thứ 10), phone numbers, years (năm 2025, and
 * any bare four-digit 1900–2100), numerals glued to letters that are not units (5G), product
 * numbers (Narzo 90). A ratio `429/434` (or a fraction `2/3 số`, which would otherwise read as
 * a date) gives two tokens, numerator then denominator, with only the `/` between them; a range `16-18%` gives two tokens that both carry the range's unit.
 */
export function findNumbers(text: string): NumberToken[] {
  const phones = findPhoneSpans(text);
  const tokens: NumberToken[] = [];
  for (const w of text.matchAll(/\S+/g)) {
    const numerals = numeralsOfWord(text, w[0], w.index);
    // The naming word before a range or ratio names both numerals (Điều 5-7).
    // Named only when the word follows directly: `Chính phủ số (400 điểm)` counts points, `số 01` names.
    const first = numerals[0];
    if (!first || namedByPrecedingWord(text, first.start) || overlaps(phones, w.index, w.index + w[0].length)) {
      continue;
    }
    const complete = numerals.map((n) => completeToken(text, n));
    if (complete.some((t) => t === null)) continue;
    for (const t of complete) if (t) tokens.push(t);
  }
  // Digits are rescaled from their text, so that `2,3` × 10⁹ stays exact.
  shareRangeScale(text, tokens, (t, exponent) => scaled(t.text, exponent) ?? t.value);
  return tokens;
}
