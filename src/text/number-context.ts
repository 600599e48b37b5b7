// Context that turns a numeral into something other than a quantity: a day, month or year, a
// clause or document number, an ordinal, an address, a product name, a phone number.

/** Years written as years: four digits without a thousands dot (counts that size take one). */
export function isYearNumeral(numeral: string): boolean {
  if (!/^\d{4}$/.test(numeral)) return false;
  const n = Number(numeral);
  return n >= 1900 && n <= 2100;
}

// Words after which a numeral names something instead of counting it. Matched against the text
// just before the numeral, lower-cased; only whitespace may separate word and numeral.
const NAMING_WORDS = [
  // calendar and clock: ngày 22, tháng 12, năm 2024, quý 2, mùng 1, lúc 8, giờ 30
  // (`cùng lúc 3 sắc lệnh` is "at once", not a clock time)
  'ngày', 'tháng', 'năm', 'quý', 'tuần', 'mùng', 'mồng', '(?<!cùng\\s)lúc', 'giờ', 'phút',
  // ordinals and terms: thứ 10, khóa 15, lần 2, đợt 3, phiên 5, kỳ 2
  'thứ', 'khóa', 'khoá', 'đợt', 'phiên', 'kỳ', 'kì',
  // legal structure: Điều 5, khoản 2, chương 3, mục 4, điểm 1, phụ lục 2, trang 10
  'điều', 'khoản', 'chương', 'mục', 'phụ lục', 'trang',
  // document types: the numeral is the document's number (Nghị định 308, Nghị quyết 57)
  'nghị quyết', 'nghị định', 'quyết định', 'thông tư', 'chỉ thị', 'kết luận', 'công văn', 'văn bản',
  'luật', 'pháp lệnh', 'thông báo', 'tờ trình', 'công điện', 'quy định', 'hướng dẫn', 'hiến pháp',
  // addresses: quận 1, phường 5, tầng 3, quốc lộ 1, đường 5, tổ 3, ấp 2, lô 4
  'quận', 'phường', 'tầng', 'quốc lộ', 'tỉnh lộ', 'tổ', 'ấp', 'lô', 'phòng', 'đường', 'nhà', 'hẻm', 'ngõ', 'ngách',
  // counters a page shows beside an article: Lượt xem: 20, lượt đọc 1.250
  'lượt xem:?', 'lượt đọc:?', 'lượt thích:?', 'lượt chia sẻ:?', 'bình luận:?', 'views?:?',
  // rank and identifier: top 10, hạng 1, mã 123, phiên bản 2, model 5
  'top', 'hạng', 'mã', 'phiên bản', 'ký hiệu', 'hiệu', 'thế kỷ', 'tuyến',
];
const NAMING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${NAMING_WORDS.join('|')})\\s+$`, 'u');
// `số 01` is a number-as-name, but `tổng số 500`, `con số 500`, `một số` count.
const SO_BEFORE = /(?:^|[^\p{L}])(?<!(?:tổng|con|với|trong|một)\s)số\s+$/u;
// Plan and programme names take a number only when written as a title (`Kế hoạch 01`); in lower
// case they are usually counted (`kế hoạch 5 năm` is a five-year plan).
const TITLE_NAMING_BEFORE = /(?:^|[^\p{L}])(?:Kế hoạch|Chương trình|Đề án|Dự án|Đề tài|Nhiệm vụ|Hội nghị)\s+$/u;

/** True when the words just before `start` make the numeral there a name, not a quantity. */
export function namedByPrecedingWord(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!/\s$/.test(before)) return false;
  const lower = before.toLowerCase();
  return NAMING_BEFORE.test(lower) || SO_BEFORE.test(lower) || TITLE_NAMING_BEFORE.test(before);
}

/**
 * True when the numeral follows a Latin-script product or brand name (`Narzo 90`, `iPhone 16`,
 * `Windows 11`): a word with a capital letter and no Vietnamese letters, not starting a sentence.
 * The caller keeps numerals that carry their own unit or percent sign (`GDP 8%`).
 */
export function followsProductName(text: string, start: number): boolean {
  const m = /(?:^|(\S*)\s+)([A-Za-z][A-Za-z0-9]*)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  const word = m[2] ?? '';
  const previous = m[1] ?? '';
  if (!/[A-Z]/.test(word)) return false;
  // Sentence-initial capitals (`Khoang`, `Tren` typed without marks) are ordinary words.
  return previous !== '' && !/[.!?…:]["”’)]*$/.test(previous);
}

const PHONE_PATTERNS = [
  // international form: +84 912 345 678, (+84) 24 3822 1234, 0084 …
  /(?:\+84|\(\+84\)|0084)[\s.-]?\(?0?\)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}(?!\d)/g,
  // national form: 0912 345 678, 024.3822.1234, (024) 3822 1234, 0912345678
  /(?<![\d.,])\(?0\d{1,3}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)/g,
  // hotlines: 1900 1234, 1800.599.920
  /(?<![\d.,])1[89]00[\s.]?\d{2,4}(?:[\s.]?\d{2,4})?(?!\d)/g,
];

/** Character ranges [start, end) of phone numbers. National numbers need 9 to 12 digits. */
export function findPhoneSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  PHONE_PATTERNS.forEach((pattern, i) => {
    for (const m of text.matchAll(pattern)) {
      const digits = m[0].replace(/\D/g, '').length;
      if (i === 1 && (digits < 9 || digits > 12)) continue;
      spans.push([m.index, m.index + m[0].length]);
    }
  });
  return spans;
}
