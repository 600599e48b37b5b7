// What the words around a document number add to it: the type noun before it (`Luật số 93/2025/QH15`),
// the date right after it (`57-NQ/TW ngày 22/12/2024`) and the body named after that
// (`… của Bộ Chính trị`): the text's own word on the issuer, which for a `…/TW` document says who in
// the Party centre issued it, and for a local one which province.
import { isValidDate, isoDate } from '../dates/calendar.ts';
import { CENTRAL_BODY_NAMES } from './codes.ts';

/** Type nouns as written before a number, longest first so `Nghị quyết liên tịch` wins over `Nghị quyết`. */
export const TYPE_NOUNS = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Quy định', 'Quy chế',
  'Thông tư', 'Thông báo', 'Chỉ thị', 'Kế hoạch', 'Kết luận', 'Hướng dẫn', 'Công văn', 'Công điện', 'Tờ trình',
  'Chương trình', 'Báo cáo', 'Đề án', 'Pháp lệnh', 'Bộ luật', 'Luật',
];

const NOUN_ALTERNATION = TYPE_NOUNS.map((n) => `${n[0]?.toUpperCase()}${n.slice(1)}|${n.toLowerCase()}`).join('|');
const NOUN_BEFORE_RE = new RegExp(`(?<![\\p{L}])(${NOUN_ALTERNATION})(?:[ \\u00A0]+số)?[ \\u00A0]*:?[ \\u00A0]*$`, 'u');

/** The type noun written right before `start` (`Nghị quyết số `), in its dictionary form; null if none. */
export function typeNounBefore(text: string, start: number): string | null {
  const match = NOUN_BEFORE_RE.exec(text.slice(Math.max(0, start - 40), start));
  if (!match?.[1]) return null;
  const lower = match[1].toLowerCase();
  return TYPE_NOUNS.find((n) => n.toLowerCase() === lower) ?? null;
}

const DATE_AFTER_RE = new RegExp(
  '^[ \\u00A0]*,?[ \\u00A0]*(?:ban hành[ \\u00A0]+|ký[ \\u00A0]+)?ngày[ \\u00A0]+(?<d>\\d{1,2})' +
    '(?:(?<sep>[/.\\-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})|[ \\u00A0]+tháng[ \\u00A0]+(?<m2>\\d{1,2})[ \\u00A0]+năm[ \\u00A0]+(?<y2>\\d{4}))' +
    '(?!\\p{N})',
  'u',
);

export interface DateAfter {
  iso: string;
  /** Offset just after the date, where an issuer phrase may follow. */
  end: number;
}

/** The issue date written right after a reference ending at `end`, or null. */
export function dateAfter(text: string, end: number): DateAfter | null {
  const match = DATE_AFTER_RE.exec(text.slice(end));
  const g = match?.groups;
  if (!match || !g) return null;
  const [day, month, year] = [Number(g.d), Number(g.m ?? g.m2), Number(g.y ?? g.y2)];
  if (!isValidDate(day, month, year)) return null;
  return { iso: isoDate(year, month, day), end: end + match[0].length };
}

/** Bodies whose full name a reader can delimit: fixed central names, or a head and capitalised words. */
const CENTRAL_BODIES = ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'Bộ Chính trị', 'Ban Bí thư',
  'Hội nghị Trung ương', 'Ủy ban Thường vụ Quốc hội', 'Thủ tướng Chính phủ', 'Chính phủ', 'Quốc hội', ...CENTRAL_BODY_NAMES]
  .map((n) => n.replace(/[–-]/gu, '[–-]'))
  .join('|');
const NAMED_HEADS = '(?:Thành|Tỉnh|Huyện|Đảng) ủy|Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND';
/** A proper name after the head: capitalised words, `và` between them, `tỉnh`/`thành phố` before a place. */
const PROPER_TAIL = '(?:[ \\u00A0]+(?:tỉnh|thành phố|và)(?=[ \\u00A0]+\\p{Lu})|[ \\u00A0]+\\p{Lu}\\p{L}*)*';
const ISSUER_AFTER_RE = new RegExp(
  `^[ \\u00A0]*,?[ \\u00A0]*(?:của|do)[ \\u00A0]+(?<body>(?:${CENTRAL_BODIES})(?![\\p{L}])|(?:${NAMED_HEADS})${PROPER_TAIL})`,
  'u',
);

/**
 * The issuer named by `của …` (or `do …`) right after a reference and its date: `của Bộ Chính trị`,
 * `của Thành ủy Hà Nội`, `của Ủy ban nhân dân tỉnh Điện Biên`. Null when another kind of phrase follows.
 */
export function issuerAfter(text: string, end: number): string | null {
  const body = ISSUER_AFTER_RE.exec(text.slice(end))?.groups?.body;
  if (!body) return null;
  if (body.startsWith('Ban Chấp hành Trung ương') || body === 'Hội nghị Trung ương') return 'Ban Chấp hành Trung ương';
  return body.replace(/^UBND/u, 'Ủy ban nhân dân').replace(/^HĐND/u, 'Hội đồng nhân dân');
}
