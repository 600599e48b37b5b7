// Numbers written as words: `hai kế hoạch`, `ba mươi lăm tỉnh`, `hai triệu rưỡi đồng`.
//
// Grammar read (the spelled numbers of Vietnamese news):
// - digits một…chín, `mười` (10), `X mươi [Y]` (20–99; after `mươi`, 1 may be `mốt`, 4 `tư`, 5
//   `lăm`/`nhăm`), `mười Y` (11–19, 15 = `mười lăm`), `X chục` (X tens), `X trăm [linh|lẻ Y | tens]`;
// - groups scaled by `nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`, stacked (`nghìn tỷ`) and decreasing
//   (`hai triệu ba trăm nghìn`) or growing (`hai nghìn ba trăm tỷ` = 2.300 tỷ); `rưỡi` adds half the last scale (`hai triệu rưỡi` = 2.5e6); a bare
//   digit after a scale is the colloquial next place (`hai nghìn ba` = 2300, `một triệu hai` = 1.2e6).
// - `năm` after a number or a scale is the noun "year", not 5 (`mười năm`, `hai trăm năm`, `hai nghìn
//   năm`): 25 is `hai mươi lăm`, 105 is `một trăm linh năm`.
//
// What is NOT read as a number (the word has other lives):
// - `một` is "a/one", an article (`một số`, `một trong`, `một cách`): only a number with a scale
//   word in the phrase (`một trăm`, `một triệu`), as `mười một`/`hai mươi mốt`, or in a fraction/percent.
// - `năm` is "year": as 5 only before a scale word (`năm trăm`, `năm mươi`), `phần trăm`, or a
//   listed classifier / counted noun (`năm tỉnh`, `năm nhiệm vụ`, `năm lần`) and not after a word
//   that takes a year (`mỗi năm`, `hằng năm`, `cuối năm`).
// - after a word that makes the number a name or an ordinal (`thứ hai`, `lần thứ ba`, `tháng ba`,
//   `năm hai nghìn…`, `giai đoạn hai`, `cấp ba`, `giải ba`, `anh Hai`, `con dao hai lưỡi`).
// - capitalised inside a sentence (`ông Sáu`, `ngày thứ Ba`), or capitalised and followed by a
//   capitalised word (`Hai Bà Trưng`, `Ba Đình`, `Ba Vì`, `Ba Lan`): names.
// - two number words side by side without a compound (`hai ba ngày`, `vài ba`, `dăm ba`, `một hai`):
//   vague amounts.
// - set phrases where the word is not a number (`ba mẹ`, `ba lô`, `ba phải`, `tám chuyện`, `chín
//   muồi`, `nấu chín`, `hai lúa`, `bốn phương`, `tám hướng`).
// The caller (the quantities extractor) keeps a token only when a unit or counted noun follows it.
import { shareRangeScale, type NumberToken } from './numbers.ts';
import { namedByPrecedingWord } from './number-context.ts';
import { MAGNITUDES } from './units.ts';

/** A number written in words; `spelled` tells it apart from a numeral. */
export interface SpelledNumberToken extends NumberToken {
  spelled: true;
}

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
]);
// Units after `mươi` (`hai mươi mốt`, `hai mươi tư`, `ba mươi lăm`); `năm` there is "year".
const AFTER_MUOI: ReadonlyMap<string, number> = new Map([
  ['mốt', 1], ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['lăm', 5], ['nhăm', 5],
  ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
]);
// Units after `mười` (`mười một`, `mười lăm`).
const AFTER_MUOI_10: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['lăm', 5], ['nhăm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9],
]);
const NUMBER_WORDS = new Set([...DIGITS.keys(), 'mười', 'mươi', 'lăm', 'nhăm', 'mốt', 'chục', 'trăm']);

// Lower case or capitalised (an all-caps `HAI` is a heading or a name, not read). The word start is
// checked by hand: a lookbehind here makes the scan of every text several times slower.
const START = /(?:[mM]ột|[hH]ai|[bB](?:a|ốn|ảy)|[nN]ăm|[sS]áu|[tT]ám|[cC]hín|[mM]ười)(?![\p{L}\p{N}_-])/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_-]/u;
// Cheap filters for the two ambiguous words, tried right after them (sticky).
const MOT_NEXT = /[ \u00A0]+(?:trăm|chục|nghìn|ngàn|triệu|tỷ|tỉ|phần)(?![\p{L}\p{N}])/iuy;
const NAM_NEXT = /[ \u00A0]+(?:mươi|trăm|chục|nghìn|ngàn|triệu|tỷ|tỉ|phần|linh|lẻ)(?![\p{L}\p{N}])/iuy;
// The next word of the same phrase: only spaces between, no punctuation.
const NEXT_WORD = /[ \u00A0]+(\p{L}+)(?![\p{L}\p{N}_-])/uy;
const PREVIOUS_WORD = /(\p{L}+)[ \u00A0]+$/u;
const SENTENCE_START = /(?:^|[.!?…:;"“‘'([•*–—-])\s*$/u;

// Words after which the number names or ranks something (beyond number-context's NAMING_WORDS,
// which cover thứ, tháng, năm, ngày, số, lần-less ordinals, addresses and documents).
const NAMING_BEFORE = new Set([
  'lần', 'giai đoạn', 'lớp', 'giải', 'bậc', 'cấp', 'vòng', 'tập', 'phần', 'mùa', 'hiệp', 'đời', 'khối',
  // kinship and birth-order nicknames (anh Hai, chị Ba, chú Tám)
  'anh', 'chị', 'ông', 'bà', 'chú', 'cô', 'cậu', 'dì', 'bác', 'út', 'thím', 'mợ', 'dượng',
  // con dao hai lưỡi / hai mặt
  'dao',
]);
// Vague amounts: `vài ba`, `dăm ba`, `đôi ba`, `mấy chục`; a number word before means `hai ba`.
const VAGUE_BEFORE = new Set(['vài', 'dăm', 'đôi', 'mấy', 'hàng', ...NUMBER_WORDS, ...MAGNITUDES.keys()]);
// `năm` is "year" after these.
const YEAR_BEFORE = new Set([
  'mỗi', 'hằng', 'hàng', 'nhiều', 'các', 'những', 'mấy', 'vài', 'từng', 'đầu', 'cuối', 'giữa', 'suốt', 'trọn',
]);
// Set phrases where the word is not a number: the next word, per number word.
const NOT_NUMBER_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ba', new Set([
    'mẹ', 'má', 'mạ', 'tôi', 'mình', 'nó', 'ơi', 'ruột', 'nuôi', 'vợ', 'chồng', 'dượng', 'lô', 'gác', 'sa', 'rọi',
    'hoa', 'phải', 'láp', 'xạo', 'trợn', 'que', 'toong', 'kích', 'bị', 'đậu', 'gai', 'lê', 'ga', 'via', 'lăng',
  ])],
  ['hai', new Set(['lúa', 'mang', 'lòng'])],
  ['bốn', new Set(['phương', 'bề', 'biển'])],
  ['tám', new Set(['chuyện', 'hướng'])],
  ['chín', new Set(['muồi', 'chắn', 'rục', 'mọng', 'nẫu', 'tới', 'đỏ', 'vàng', 'ửng', 'kỹ', 'kĩ', 'nhừ', 'tái', 'suối'])],
  ['năm', new Set(['châu'])],
]);
// `chín` is "ripe/cooked" after these.
const RIPE_BEFORE = new Set(['chưa', 'đã', 'nấu', 'luộc', 'hấp', 'chiên', 'rang', 'nướng', 'quả', 'trái', 'lúa', 'cơm', 'rất', 'hơi', 'quá', 'đủ', 'thật']);
// Nouns `năm` counts as five (a classifier or an unmistakable counted noun): `năm tỉnh`, `năm lần`.
const NAM_COUNTED = new RegExp(
  `[ \\u00A0]+(?:${[
    'người', 'cái', 'chiếc', 'tỉnh', 'thành phố', 'địa phương', 'nước', 'quốc gia', 'bộ', 'ngành', 'sở', 'cơ quan',
    'đơn vị', 'doanh nghiệp', 'công ty', 'tập đoàn', 'trường', 'viện', 'trung tâm', 'nhóm', 'lĩnh vực', 'nhiệm vụ',
    'giải pháp', 'mục tiêu', 'trụ cột', 'nội dung', 'vấn đề', 'dự án', 'đề án', 'chương trình', 'sản phẩm',
    'ứng dụng', 'văn bản', 'luật', 'nghị định', 'xã', 'phường', 'huyện', 'thành viên', 'đại biểu', 'chuyên gia',
    'nhà khoa học', 'sinh viên', 'học sinh', 'tiêu chí', 'chỉ tiêu', 'yêu cầu', 'nguyên tắc', 'định hướng',
    'quan điểm', 'trường hợp', 'lần', 'ngày', 'tuần', 'giờ', 'phút', 'bước', 'khâu', 'điểm', 'biện pháp', 'cuộc',
    'vụ', 'bài', 'đề tài', 'công trình', 'hợp đồng', 'km', 'ha', 'tấn',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'iuy',
);
const PERCENT_AFTER = /^[ \u00A0]+phần[ \u00A0]+trăm(?![\p{L}\p{N}])/iu;

interface Word {
  /** Lower-cased. */
  w: string;
  raw: string;
  start: number;
  end: number;
}

// Words that may continue a spelled number; reading stops at the first word after one that is not.
const NUMBER_VOCABULARY = new Set([...NUMBER_WORDS, 'tư', 'linh', 'lẻ', 'rưỡi', ...MAGNITUDES.keys()]);

/**
 * Up to `max` words following `pos` in the same phrase (separated by spaces only). With `numeric`,
 * stops after the first word that cannot continue a spelled number.
 */
function wordsAfter(text: string, pos: number, max: number, numeric = false): Word[] {
  const out: Word[] = [];
  let at = pos;
  while (out.length < max) {
    const last = out[out.length - 1];
    if (numeric && last && !NUMBER_VOCABULARY.has(last.w)) break;
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m) break;
    const raw = m[1] ?? '';
    out.push({ w: raw.toLowerCase(), raw, start: m.index + m[0].length - raw.length, end: m.index + m[0].length });
    at = m.index + m[0].length;
  }
  return out;
}

interface Small {
  value: number;
  next: number;
  /** A single digit word, no tens or hundreds. */
  bare: boolean;
}

/** Tens and units: `mười [Y]`, `X mươi [Y]`, `X chục`; null when `w[i]` does not start them. */
function tens(w: string[], i: number): Small | null {
  if (w[i] === 'mười') {
    const u = AFTER_MUOI_10.get(w[i + 1] ?? '');
    return u === undefined ? { value: 10, next: i + 1, bare: false } : { value: 10 + u, next: i + 2, bare: false };
  }
  const d = DIGITS.get(w[i] ?? '');
  if (d === undefined) return null;
  if (w[i + 1] === 'mươi' && d >= 2) {
    const u = AFTER_MUOI.get(w[i + 2] ?? '');
    return u === undefined ? { value: d * 10, next: i + 2, bare: false } : { value: d * 10 + u, next: i + 3, bare: false };
  }
  if (w[i + 1] === 'chục') return { value: d * 10, next: i + 2, bare: false };
  return { value: d, next: i + 1, bare: true };
}

/** A number below a thousand starting at `w[i]`. */
function small(w: string[], i: number): Small | null {
  const t = tens(w, i);
  if (!t || !t.bare || w[t.next] !== 'trăm') return t;
  let value = t.value * 100;
  let next = t.next + 1;
  const after = w[next] ?? '';
  if ((after === 'linh' || after === 'lẻ') && DIGITS.has(w[next + 1] ?? '')) {
    value += DIGITS.get(w[next + 1] ?? '') ?? 0;
    next += 2;
  } else if (after === 'rưỡi') {
    value += 50;
    next += 1;
  } else {
    const rest = tens(w, next);
    if (rest && !(rest.bare && (after === 'năm' || MAGNITUDES.has(w[rest.next] ?? '') || w[rest.next] === 'trăm'))) {
      value += rest.bare ? rest.value * 10 : rest.value; // hai trăm ba = 230, hai trăm ba mươi = 230
      next = rest.next;
    }
  }
  return { value, next, bare: false };
}

export interface SpelledNumber {
  value: number;
  /** Words read. */
  count: number;
  /** The scale words of the first group as written (`triệu`, `nghìn tỷ`), or null. */
  magnitude: string | null;
}

/** Reads a spelled number from the start of `w` (lower-cased words); null when `w[0]` starts none. */
export function readSpelledNumber(w: string[], raw: string[] = w): SpelledNumber | null {
  let total = 0;
  let i = 0;
  let lastScale = Infinity;
  let magnitude: string | null = null;
  for (;;) {
    const s = small(w, i);
    if (!s) break;
    let j = s.next;
    let scale = 1;
    const words: string[] = [];
    while (MAGNITUDES.has(w[j] ?? '')) {
      scale *= 10 ** (MAGNITUDES.get(w[j] ?? '') ?? 0);
      words.push(raw[j] ?? '');
      j++;
    }
    if (scale === 1) {
      if (i === 0) {
        total = s.value;
        i = j;
      } else if (!s.bare) {
        total += s.value; // hai nghìn ba trăm
        i = j;
      } else if (w[i] !== 'năm' && w[i] !== 'một') {
        total += (s.value * lastScale) / 10; // hai nghìn ba = 2300, một triệu hai = 1,2 triệu
        i = j;
      }
      break;
    }
    if (scale >= lastScale) {
      // hai nghìn ba trăm tỷ = 2.300 tỷ: a larger scale multiplies everything read so far
      total = (total + s.value) * scale;
      magnitude = words.join(' ');
    } else {
      total += s.value * scale;
      magnitude ??= words.join(' ');
    }
    lastScale = scale;
    i = j;
    if (w[i] === 'rưỡi') {
      total += scale / 2;
      i++;
      break;
    }
  }
  return i === 0 ? null : { value: total, count: i, magnitude };
}

/** The word just before `start` and the two words before it, lower-cased ('' when punctuation intervenes). */
function previousWords(text: string, start: number): { one: string; two: string } {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = PREVIOUS_WORD.exec(before);
  if (!m) return { one: '', two: '' };
  const one = (m[1] ?? '').toLowerCase();
  const m2 = PREVIOUS_WORD.exec(before.slice(0, m.index));
  return { one, two: m2 ? `${(m2[1] ?? '').toLowerCase()} ${one}` : one };
}

function isCapitalised(word: string): boolean {
  const c = word[0] ?? '';
  return c !== c.toLowerCase();
}

interface Read {
  start: number;
  end: number;
  value: number;
  magnitude: string | null;
  /** Words read. */
  words: Word[];
}

function readAt(text: string, first: Word): Read | null {
  const words = [first, ...wordsAfter(text, first.end, 12, true)];
  const n = readSpelledNumber(words.map((x) => x.w), words.map((x) => x.raw));
  if (!n) return null;
  const read = words.slice(0, n.count);
  const end = read[read.length - 1]?.end ?? first.end;
  return { start: first.start, end, value: n.value, magnitude: n.magnitude, words: read };
}

/** Why a number word at `first` cannot start a quantity, or null when it can. */
function rejected(text: string, first: Word, read: Read, after: string, fraction: boolean): string | null {
  const next = wordsAfter(text, read.end, 1)[0];
  const w = first.w;
  const { one, two } = previousWords(text, first.start);
  if (namedByPrecedingWord(text, first.start) || NAMING_BEFORE.has(one) || NAMING_BEFORE.has(two)) return 'name';
  if (VAGUE_BEFORE.has(one)) return 'vague';
  if (next && NUMBER_WORDS.has(next.w) && next.w !== 'năm' && next.w !== 'trăm') return 'vague'; // hai ba ngày
  if (isCapitalised(first.raw)) {
    if (!SENTENCE_START.test(text.slice(Math.max(0, first.start - 3), first.start))) return 'name';
    const second = read.words[1] ?? next;
    if (second && isCapitalised(second.raw)) return 'name';
  }
  if (read.words.length === 1) {
    if (next && NOT_NUMBER_AFTER.get(w)?.has(next.w)) return 'set phrase';
    if (w === 'chín' && RIPE_BEFORE.has(one)) return 'ripe';
  }
  const percent = PERCENT_AFTER.test(after);
  if (w === 'một' && read.words.length === 1 && !percent && !fraction) return 'article';
  if (w === 'năm' && read.words.length === 1 && !percent && !fraction) {
    NAM_COUNTED.lastIndex = read.end;
    if (YEAR_BEFORE.has(one) || !NAM_COUNTED.test(text)) return 'year';
  }
  return null;
}

/**
 * Numbers written in words, in order, as tokens like findNumbers' (`spelled: true`). A fraction
 * `hai phần ba` gives two tokens with ` phần ` between them; `phần trăm` makes a percent. The
 * caller must require a unit or counted noun after each token: a number word alone is not a quantity.
 */
export function findSpelledNumbers(text: string): SpelledNumberToken[] {
  const out: SpelledNumberToken[] = [];
  let covered = 0;
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    if (m.index < covered || (m.index > 0 && WORD_CHAR.test(text[m.index - 1] ?? ''))) continue;
    const first: Word = { w: m[0].toLowerCase(), raw: m[0], start: m.index, end: m.index + m[0].length };
    if (first.w === 'một' || first.w === 'năm') {
      const cheap = first.w === 'một' ? MOT_NEXT : NAM_NEXT;
      cheap.lastIndex = first.end;
      if (!cheap.test(text)) {
        if (first.w === 'một') continue;
        NAM_COUNTED.lastIndex = first.end;
        if (!NAM_COUNTED.test(text)) continue;
      }
    }
    const read = readAt(text, first);
    if (!read) continue;
    covered = read.end;
    let after = text.slice(read.end, read.end + 40);
    // hai phần ba số đại biểu: numerator and denominator
    const phan = /^[ \u00A0]+phần(?=[ \u00A0])/iu.exec(after);
    let denominator: Read | null = null;
    if (phan && !PERCENT_AFTER.test(after)) {
      const d = wordsAfter(text, read.end + phan[0].length, 1)[0];
      denominator = d && (DIGITS.has(d.w) || d.w === 'mười') ? readAt(text, d) : null;
      if (denominator) {
        covered = denominator.end;
        after = text.slice(denominator.end, denominator.end + 40);
      }
    }
    if (rejected(text, first, read, after, denominator !== null)) continue;
    const token = (r: Read, percentEnd: number | null): SpelledNumberToken => ({
      start: r.start,
      end: percentEnd ?? r.end,
      text: text.slice(r.start, percentEnd ?? r.end),
      value: r.value,
      percent: percentEnd !== null,
      magnitude: r.magnitude,
      spelled: true,
    });
    if (denominator) {
      out.push(token(read, null), token(denominator, null));
      continue;
    }
    const percent = PERCENT_AFTER.exec(after);
    out.push(token(read, percent ? read.end + percent[0].length : null));
    if (percent) covered = read.end + percent[0].length;
  }
  shareRangeScale(text, out, (t, exponent) => t.value * 10 ** exponent);
  return out;
}

