// Laws named without a number: `Luật Trí tuệ nhân tạo`, `Luật Năng lượng nguyên tử (sửa đổi)`,
// `Luật Khoa học, công nghệ và đổi mới sáng tạo`, `Luật sửa đổi, bổ sung một số điều của Luật Chuyển
// giao công nghệ`. A law's name is capital `Luật` (or `Bộ luật`) and a capitalised first word, then
// words up to a boundary: punctuation, a function word that does not occur inside law names (`nhằm`,
// `được`, `của`, …), or the next `Luật`. Lower case `luật` is the common noun, never a name.
// A comma continues the name only for the enumerations law names contain (`sản phẩm, hàng hóa`;
// `khoa học, công nghệ và đổi mới sáng tạo`), not for a following clause.

import { KNOWN_LAW_NAMES } from './known-laws.ts';
import { PhraseIndex } from '../names/phrase-index.ts';
import { tokenize, type Token } from '../names/tokens.ts';

/** Lower-case words that end a law's name: particles, prepositions, verbs of reporting, pronouns. */
const STOP_WORDS = new Set([
  'nhằm', 'với', 'đã', 'được', 'bị', 'có', 'là', 'vào', 'của', 'cho', 'tại', 'trong', 'khi', 'để', 'do', 'theo', 'từ',
  'đến', 'tới', 'này', 'đó', 'kia', 'sẽ', 'đang', 'vừa', 'cũng', 'không', 'chưa', 'phải', 'cần', 'nên', 'thì', 'mà',
  'như', 'hay', 'hoặc', 'bởi', 'về', 'trên', 'dưới', 'sau', 'trước', 'qua', 'năm', 'ngày', 'gồm', 'bao', 'những',
  'các', 'một', 'hiện', 'nay', 'rồi', 'lại', 'đều', 'vẫn', 'luôn', 'ra', 'nữa', 'hơn', 'nhất', 'rất', 'gì', 'nào',
  'họ', 'ông', 'bà', 'anh', 'chị', 'tôi', 'chúng', 'mình', 'nêu', 'yêu', 'giúp', 'đưa', 'điều', 'khoản',
  'chương', 'hướng', 'gửi', 'lấy', 'trình', 'xin', 'thay', 'khác',
]);
/** Two-word verbs that end a name although their first word may occur inside one (`quy phạm`, `thông tin`). */
const STOP_PAIRS = new Set(['quy định', 'thông qua', 'ban hành', 'tạo ra', 'đề ra', 'nêu rõ', 'hướng dẫn', 'góp phần', 'định nghĩa', 'có hiệu', 'chính thức']);
/** Words before `Luật` that make it part of an organisation's name or a degree (`Đại học Luật Hà Nội`, `Cử nhân Luật`). */
const ORGANISATION_HEADS = new Set(['học', 'Khoa', 'Trường', 'Viện', 'ty', 'Hãng', 'phòng', 'chí', 'Báo', 'Hội', 'Đoàn', 'bản',
  'nhân', 'sĩ', 'ngành', 'Ngành', 'môn', 'Môn']);
/** `Luật Việt Nam`, `Luật Mỹ`: a country's law in general, not a law's name. */
const COUNTRY_WORDS = new Set(['Việt', 'Mỹ', 'Hoa', 'Anh', 'Pháp', 'Đức', 'Nhật', 'Trung', 'Hàn', 'Nga', 'Singapore', 'EU', 'Liên']);
/** The only bracketed words that belong to a law's name. */
const AMENDED_RE = /^[ \u00A0]*\((?:sửa đổi(?:, bổ sung)?|sửa đổi bổ sung)\)/u;
const FIRST_WORD_RE = /(\p{L}+)/uy;
const NEXT_WORD_RE = /[ \u00A0]+(\p{L}+)/uy;
const MAX_WORDS = 16;

const HEAD_RE = /(?<![\p{L}])(?<head>Bộ luật|Luật)[ \u00A0]+(?=\p{Lu})/gu;
const AMENDING_RE =
  /(?<![\p{L}])Luật[ \u00A0]+sửa[ \u00A0]+đổi,?[ \u00A0]+bổ[ \u00A0]+sung(?:[ \u00A0]+một[ \u00A0]+số[ \u00A0]+điều)?(?:[ \u00A0]+của)?(?:[ \u00A0]+các)?[ \u00A0]+(?=Luật[ \u00A0]+\p{Lu})/gu;

export interface LawName {
  start: number;
  end: number;
  name: string;
  type: 'Luật' | 'Bộ luật';
}

/** May `word`, followed by `after`, continue a law's name? */
function continuesName(word: string, after: string): boolean {
  if (word === 'Luật' || STOP_WORDS.has(word)) return false;
  const nextWord = /^[ \u00A0]+(\p{L}+)/u.exec(after)?.[1];
  if (nextWord && STOP_PAIRS.has(`${word} ${nextWord}`)) return false;
  // `số` belongs to names (`công nghệ số`) except before a number (`Luật … số 93/2025/QH15`).
  if (word === 'số' && /^[ \u00A0]*\d/u.test(after)) return false;
  // `và` joins words of one name, not two laws or a law and a common noun phrase.
  return !(word === 'và' && /^[ \u00A0]+(?:Luật|luật|các|những|một)(?![\p{L}])/u.test(after));
}

/** The words of a name from `start` (a letter): where the last accepted word ends, and how many there were. */
function readWords(text: string, start: number, alreadyRead: number): { end: number; count: number } {
  let end = start;
  let count = 0;
  for (;;) {
    const re = count === 0 ? FIRST_WORD_RE : NEXT_WORD_RE;
    re.lastIndex = end;
    const m = re.exec(text);
    const word = m?.[1];
    if (!m || !word || alreadyRead + count >= MAX_WORDS) break;
    if (!continuesName(word, text.slice(re.lastIndex))) break;
    end = re.lastIndex;
    count += 1;
  }
  return { end, count };
}

/** Where the name that starts at `start` (just after `Luật `) ends. */
function nameEnd(text: string, start: number): number {
  const head = readWords(text, start, 0);
  let end = head.end;
  // A comma continues the name only into an enumeration: a tail with `và`, or a short lower-case tail
  // that ends at punctuation (`Chất lượng sản phẩm, hàng hóa,`).
  const comma = /^,[ \u00A0]*/u.exec(text.slice(end));
  if (head.count > 0 && comma) {
    const tailStart = end + comma[0].length;
    const tail = readWords(text, tailStart, head.count);
    const tailText = text.slice(tailStart, tail.end);
    const endsAtPunctuation = /^(?:[ \u00A0]*[,.;:)!?"”]|[ \u00A0]*$)/u.test(text.slice(tail.end));
    const enumerates = / và /u.test(` ${tailText} `);
    const shortList = /^\p{Ll}/u.test(tailText) && tail.count <= 4 && endsAtPunctuation;
    // `phòng, chống` is the fixed legal collocation of prevention laws (`Luật Phòng, chống tham nhũng`).
    const preventionLaw = /[Pp]hòng$/u.test(text.slice(start, head.end)) && /^chống(?![\p{L}])/u.test(tailText);
    if (tail.count > 0 && (enumerates || shortList || preventionLaw)) end = tail.end;
  }
  const amended = AMENDED_RE.exec(text.slice(end));
  return amended ? end + amended[0].length : end;
}

let knownLaws: PhraseIndex<true> | null = null;

function knownLawIndex(): PhraseIndex<true> {
  if (knownLaws) return knownLaws;
  knownLaws = new PhraseIndex<true>();
  // Inner words are written in either case (`Luật Công nghiệp Công nghệ số`): only `Luật` must be capital.
  for (const name of KNOWN_LAW_NAMES) knownLaws.add(name, true, true);
  return knownLaws;
}

/** Where a known law's name starting at `start` (its `Luật` or `Bộ luật`) ends, `(sửa đổi)` included; null when none. */
function knownLawEnd(text: string, start: number): number | null {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.start === start);
  const match = at < 0 ? null : knownLawIndex().matchAt(tokens, at);
  if (!match) return null;
  const end = (tokens[match.to - 1] as Token).end;
  // A known name that the text continues in capitals is the start of a longer name the list lacks: read it generically.
  const next = tokens[match.to];
  if (next?.isWord && next.capitalised && next.spaceBefore) return null;
  const amended = AMENDED_RE.exec(text.slice(end)) ?? AMENDED_BARE_RE.exec(text.slice(end));
  return amended ? end + amended[0].length : end;
}

/** `Luật Chuyển giao công nghệ sửa đổi`: the amending law, written without brackets. */
const AMENDED_BARE_RE = /^[ \u00A0]+sửa[ \u00A0]+đổi(?:,?[ \u00A0]+bổ[ \u00A0]+sung)?(?![\p{L}])/u;

export function findLawNames(text: string): LawName[] {
  const out: LawName[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(AMENDING_RE)) {
    const innerHead = m.index + m[0].length;
    const innerStart = innerHead + (/^Luật[ \u00A0]+/u.exec(text.slice(innerHead))?.[0].length ?? 0);
    const end = nameEnd(text, innerStart);
    out.push({ start: m.index, end, name: text.slice(m.index, end), type: 'Luật' });
    covered.push([m.index, end]);
  }
  for (const m of text.matchAll(HEAD_RE)) {
    if (covered.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const before = /(\p{L}+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (before && ORGANISATION_HEADS.has(before)) continue;
    const firstWord = /^\p{L}+/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (COUNTRY_WORDS.has(firstWord)) continue;
    const end = knownLawEnd(text, m.index) ?? nameEnd(text, m.index + m[0].length);
    if (end <= m.index + m[0].length) continue;
    out.push({ start: m.index, end, name: text.slice(m.index, end), type: m.groups?.head === 'Bộ luật' ? 'Bộ luật' : 'Luật' });
  }
  return out.sort((a, b) => a.start - b.start);
}
