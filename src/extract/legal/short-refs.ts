// Short references: a type noun and a bare number (`Nghị quyết 57`, `Kế hoạch số 01`, `Nghị quyết
// 57-NQ`, `NQ57`). They name a document only together with a list of full ids: the ids written
// elsewhere in the same document, then the documents the programme knows. A short reference resolves
// only when exactly one id of that list has the same number and type; otherwise it stays unresolved.
import { typeCode } from './codes.ts';
import { knownDocument } from './known-documents.ts';

/** Nouns that name a document whenever a number follows (`nghị quyết 57`), in either case. */
const STRONG_NOUNS = ['Nghị quyết', 'Nghị định', 'Thông tư'];
/** Nouns that are also verbs in lower case (`thanh tra kết luận 3 sai phạm`): without `số`, capitalised only. */
const CAPITALISED_NOUNS = ['Chỉ thị', 'Kết luận'];
/** Nouns that are also verbs or everyday words (`Kế hoạch 5 năm`): they need `số` before the number. */
const WEAK_NOUNS = ['Quyết định', 'Kế hoạch', 'Chương trình', 'Hướng dẫn', 'Thông báo', 'Quy định', 'Quy chế',
  'Tờ trình', 'Công văn', 'Công điện', 'Luật'];

export const NOUN_TYPE_CODES: Record<string, string | null> = {
  'Nghị quyết': 'NQ', 'Nghị định': 'NĐ', 'Chỉ thị': 'CT', 'Thông tư': 'TT', 'Kết luận': 'KL', 'Quyết định': 'QĐ',
  'Kế hoạch': 'KH', 'Chương trình': 'CTr', 'Hướng dẫn': 'HD', 'Thông báo': 'TB', 'Quy định': 'QĐi', 'Quy chế': 'QC',
  'Tờ trình': 'TTr', 'Công văn': 'CV', 'Công điện': 'CĐ', 'Luật': null,
};

const bothCases = (n: string): string => `${n}|${n.toLowerCase()}`;
const ALL_NOUNS = [...STRONG_NOUNS, ...CAPITALISED_NOUNS, ...WEAK_NOUNS];
const NOUNS = ALL_NOUNS.map(bothCases).join('|');
/** Nothing may continue the number: a letter, a digit, a further `/…` or `-…` of a full id, a decimal. */
const NUMBER_END = '(?![\\p{L}\\p{N}/]|[-–][\\p{L}\\p{N}]|[.,]\\p{N})';
const SHORT_RE = new RegExp(
  `(?<![\\p{L}])(?<noun>${NOUNS})(?<so>[ \\u00A0]+số)?[ \\u00A0]+(?<num>\\d{1,4})` +
    `(?:[-–](?<code>[A-ZĐ]{2,4}[ir]?)|/(?<year>(?:19|20)\\d{2}))?${NUMBER_END}`,
  'gu',
);
const ACRONYM_RE = new RegExp(`(?<![\\p{L}\\p{N}])NQ[ \\u00A0-]?(?<num>\\d{1,4})${NUMBER_END}`, 'gu');
/** Further numbers sharing the noun: `Nghị quyết 57, 59, 66 và 68`. */
const LIST_NEXT_RE = new RegExp(`^(?:,[ \\u00A0]*|[ \\u00A0]+và[ \\u00A0]+)(?<num>\\d{1,4})${NUMBER_END}`, 'u');
/** A list item must end its phrase, or the number may be a count (`Nghị quyết 57 và 3 nghị quyết khác`). */
const LIST_ITEM_END_RE = /^(?:[ \u00A0]*[,;.:)]|[ \u00A0]*$|[ \u00A0]+(?:và|của|về|đã|được|cùng|là|nhằm|trong|theo|do)(?![\p{L}]))/u;
/**
 * Words after the number that make it a count or a time span, not a document number (`Kế hoạch 5
 * năm`); a date after the number (`Quyết định 319 ngày 8/3/2022`) is the document's issue date.
 */
const COUNT_AFTER_RE =
  /^[ \u00A0]*(?:năm(?![ \u00A0]+\d)|tháng(?![ \u00A0]+\d)|ngày(?![ \u00A0]+\d)|tuần|giờ|lần|điểm|người|tỷ|triệu|nghìn|ngàn|%|nhiệm vụ|mục tiêu|giải pháp|chỉ tiêu|nội dung|điều|chương|nhóm|trụ cột|lĩnh vực|văn bản|dự án)(?![\p{L}])/u;

export interface ShortRef {
  start: number;
  end: number;
  /** Dictionary form of the type noun. */
  typeName: string;
  number: string;
  /** Year when written (`Nghị định 13/2023`): narrows the resolution. */
  year: string | null;
  /** The type code when written (`Nghị quyết 57-NQ`), else the noun's usual code; null for `Luật`. */
  typeCode: string | null;
  /** A weak noun without `số` (`Quyết định 759`): kept only when it resolves to a full id. */
  needsResolution: boolean;
}

function dictionaryNoun(written: string): string {
  return ALL_NOUNS.find((n) => n.toLowerCase() === written.toLowerCase()) ?? written;
}

/** The numbers listed after a first short reference, each a reference of the same type. */
function listedAfter(text: string, first: ShortRef): ShortRef[] {
  const out: ShortRef[] = [];
  let end = first.end;
  for (let next = LIST_NEXT_RE.exec(text.slice(end)); next; next = LIST_NEXT_RE.exec(text.slice(end))) {
    const num = next.groups?.num ?? '';
    const numEnd = end + next[0].length;
    if (!LIST_ITEM_END_RE.test(text.slice(numEnd))) break;
    out.push({ ...first, start: numEnd - num.length, end: numEnd, number: num, year: null });
    end = numEnd;
  }
  return out;
}

export function findShortRefs(text: string): ShortRef[] {
  const out: ShortRef[] = [];
  // Both patterns need a number; most paragraphs of news text have none, and this test is cheap.
  if (!/[0-9]/.test(text)) return out;
  for (const m of text.matchAll(SHORT_RE)) {
    const g = m.groups ?? {};
    const noun = dictionaryNoun(g.noun ?? '');
    const num = g.num ?? '';
    const end = m.index + m[0].length;
    const lowerCase = (g.noun ?? '') !== noun;
    // Lower case, these are verbs or common nouns (`quyết định 3 dự án`) unless `số` follows.
    if (!g.so && lowerCase && !STRONG_NOUNS.includes(noun)) continue;
    const weakWithoutSo = !g.so && WEAK_NOUNS.includes(noun);
    if (!g.so && /^(?:19|20)\d{2}$/.test(num)) continue; // `Nghị quyết 2025`: a year
    if (COUNT_AFTER_RE.test(text.slice(end))) continue;
    const written = g.code ? typeCode(g.code)?.code ?? null : null;
    const ref: ShortRef = {
      start: m.index, end, typeName: noun, number: num, year: g.year ?? null,
      typeCode: written ?? NOUN_TYPE_CODES[noun] ?? null, needsResolution: weakWithoutSo,
    };
    out.push(ref, ...listedAfter(text, ref));
  }
  for (const m of text.matchAll(ACRONYM_RE)) {
    const ref: ShortRef = {
      start: m.index, end: m.index + m[0].length, typeName: 'Nghị quyết', number: m.groups?.num ?? '', year: null,
      typeCode: 'NQ', needsResolution: false,
    };
    out.push(ref);
  }
  return out.sort((a, b) => a.start - b.start);
}

interface IdParts {
  number: number;
  year: string | null;
  /** Official type code, or null for `N/YYYY/QHnn`. */
  typeCode: string | null;
}

function idParts(id: string): IdParts | null {
  const party = /^(\d+)-([^/]+)\//u.exec(id);
  if (party) return { number: Number(party[1]), year: null, typeCode: party[2] ?? null };
  const state = /^(\d+)\/(?:(\d{4})\/)?([^-/]+)-/u.exec(id);
  if (state) return { number: Number(state[1]), year: state[2] ?? null, typeCode: state[3] ?? null };
  const legislature = /^(\d+)\/(\d{4})\/(?:UBTVQH|QH)\d+$/u.exec(id);
  return legislature ? { number: Number(legislature[1]), year: legislature[2] ?? null, typeCode: null } : null;
}

/** Could the id be a document of this type? `N/YYYY/QHnn` ids are laws or resolutions unless known. */
function idHasType(id: string, parts: IdParts, wantedCode: string | null, wantedName: string | null): boolean {
  if (parts.typeCode !== null) return wantedCode !== null && typeCode(parts.typeCode)?.code === wantedCode;
  const knownType = knownDocument(id)?.type;
  if (knownType) return knownType === wantedName;
  return wantedName === 'Luật' || wantedName === 'Nghị quyết';
}

/**
 * The one id in `known` with this number and type, or null when none or several match.
 * `type` is a type noun (`Nghị quyết`) or a type code (`NQ`); numbers compare by value (`01` = `1`).
 * A written year (`Nghị định 13/2023`) must match the id's year when the id has one.
 */
export function resolveShortRef(
  type: string, number: string | number, known: readonly string[], year: string | null = null,
): string | null {
  const asNoun = dictionaryNoun(type);
  const wantedCode = asNoun in NOUN_TYPE_CODES ? NOUN_TYPE_CODES[asNoun] ?? null : typeCode(type)?.code ?? null;
  const wantedName = asNoun in NOUN_TYPE_CODES ? asNoun : typeCode(type)?.name ?? null;
  const wantedNumber = Number(number);
  const matches = new Set<string>();
  for (const id of known) {
    const parts = idParts(id);
    if (!parts || parts.number !== wantedNumber || !idHasType(id, parts, wantedCode, wantedName)) continue;
    if (year === null || parts.year === null || parts.year === year) matches.add(id);
  }
  return matches.size === 1 ? [...matches][0] ?? null : null;
}
