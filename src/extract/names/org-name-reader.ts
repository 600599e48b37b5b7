// Reading an organisation's name off running text after a generic head (`Viện`, `Sở`, `UBND`).
// Vietnamese official names mix capitalised and lowercase syllables, so where a name ends is decided
// by punctuation, capitals, and the word lists in ./org-words.ts.
import { placeIndex } from '../gazetteer/places.ts';
import { PhraseIndex } from './phrase-index.ts';
import { isAcronym, isBreak, type Token } from './tokens.ts';
import { isSurname } from './surnames.ts';
import { introducerIndex } from './titles.ts';
import { localLevelAt, localNameEnd } from './local-names.ts';
import { ABBREVIATIONS, CALENDAR_WORDS, NAME_ENDERS, NAME_INNER_WORDS, NOT_TAIL_START, VERBS_AFTER_NAMES, breakerIndex, orgHeadIndex, type OrgHead } from './org-words.ts';

const MAX_NAME_TOKENS = 16;

export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.isWord && (t.capitalised || isAcronym(t));
}

/**
 * Where an organisation nested inside a name ends (`Văn phòng [Tỉnh ủy]`, `Hội đồng thành viên
 * [Tập đoàn VNPT]`), or null when none starts at that token. Supplied by the organisation extractor,
 * which knows the known bodies; the reader only knows heads.
 */
export type InnerOrgAt = (tokens: readonly Token[], at: number) => number | null;

/** A name read after a head: where it ends, and whether a body was nested inside it. */
export interface ReadName {
  end: number;
  /** The name holds a nested body (`Văn phòng Tỉnh ủy`). */
  holdsOrg: boolean;
  /** A local body named without its place (`UBND tỉnh`, `Tỉnh ủy`): the story's own. */
  bare: boolean;
}

/** After a head, read the rest of the name; returns the token index after it, or null. */
export function readName(tokens: readonly Token[], afterHead: number, head: OrgHead, innerOrgAt?: InnerOrgAt): number | null {
  return readNameDetail(tokens, afterHead, head, innerOrgAt)?.end ?? null;
}

export function readNameDetail(tokens: readonly Token[], afterHead: number, head: OrgHead, innerOrgAt?: InnerOrgAt): ReadName | null {
  if (head.needsPlace) {
    const q = readPlaceQualifier(tokens, afterHead);
    if (q === 'plural') return null;
    if (q) return { end: q.end, holdsOrg: false, bare: !q.placed };
    return head.bareIsDefinite && !pluralAfter(tokens, afterHead) ? { end: afterHead, holdsOrg: false, bare: true } : null;
  }
  if (head.needsCapitalAfter && !isNameWord(tokens[afterHead])) return null;
  const places = placeIndex();
  let end = afterHead;
  let sawCapital = false;
  let lastWasPlace = false;
  let holdsOrg = false;
  let j = afterHead;
  while (j < tokens.length && j - afterHead < MAX_NAME_TOKENS) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    if (!t.isWord) {
      const glue = t.text === '&' || (t.key === '-' && isNameWord(next)) || (t.text === '.' && /^tp$/u.test(tokens[j - 1]?.key ?? ''));
      if (!glue || !next?.isWord) break;
      j++;
      continue;
    }
    // A body nested in the name is read whole: `Văn phòng Tỉnh ủy Lào Cai`, `Cơ quan Thường trực Ban Chỉ đạo …`.
    const inner = t.capitalised && innerOrgAt ? innerOrgAt(tokens, j) : null;
    if (inner !== null && inner > j) {
      j = end = inner;
      sawCapital = holdsOrg = true;
      lastWasPlace = false;
      continue;
    }
    const place = places.matchAt(tokens, j);
    if (place && (t.capitalised || place.to - place.from > 1)) {
      j = end = place.to;
      sawCapital = lastWasPlace = true;
      continue;
    }
    // A title word right after the head is part of the name (`Hội Nhà báo Việt Nam`); later it starts a person's title.
    if (breakerIndex().matchAt(tokens, j) || (sawCapital && introducerIndex().matchAt(tokens, j)?.value.kind === 'title')) break;
    if (sawCapital && startsTime(tokens, j)) break;
    if (t.capitalised || isAcronym(t)) {
      const personFollows = isSurname(t.text) && next?.isWord && next.capitalised && next.spaceBefore;
      const previous = tokens[j - 1];
      const nameCanHoldPerson = head.namedAfterPeople && !lastWasPlace && !(previous && isAcronym(previous));
      if (sawCapital && personFollows && !nameCanHoldPerson) break;
      sawCapital = true;
      lastWasPlace = false;
      j = end = j + 1;
      continue;
    }
    // A place ends a name (`Sở Khoa học và Công nghệ tỉnh Ninh Bình` | `và TP Đà Nẵng`, `… Hà Nội` | `thực hành`).
    if (lastWasPlace) break;
    const lower = readLowercase(tokens, j, sawCapital, innerOrgAt);
    if (lower.kind === 'stop') break;
    j = lower.to;
    if (lower.kind === 'tail') {
      end = j;
      break;
    }
  }
  if (head.needsOrg && !holdsOrg) return null;
  return sawCapital ? { end, holdsOrg, bare: false } : null;
}

const MAX_INNER_LOWERCASE = 3;

const isInitialism = (t: Token): boolean => isAcronym(t) && t.text.length > 1;

/** `Năm 2026`, `Quý IV/2025`: a calendar word then a number or a Roman numeral. */
function startsTime(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const next = tokens[at + 1];
  return !!word && CALENDAR_WORDS.has(word.key) && !!next && /^(?:\d|[IVX]+(?![\p{L}]))/u.test(next.text);
}

/**
 * A word that starts another body: `Sở Tài chính và [Sở Nội vụ]` is two names, not one. A brand
 * alone (`FPT`) may end a name (`Công ty Cổ phần Viễn thông FPT`): only a head or a name of two
 * words or more starts a body here.
 */
function startsBody(tokens: readonly Token[], at: number, innerOrgAt?: InnerOrgAt): boolean {
  if (orgHeadIndex().matchAt(tokens, at)) return true;
  const end = innerOrgAt ? innerOrgAt(tokens, at) : null;
  return end !== null && end - at >= 2;
}

/** `(SEMI)` right after a lower-case tail: the acronym closes the name the tail belongs to. */
function acronymInParentheses(tokens: readonly Token[], at: number): boolean {
  const inner = tokens[at + 1];
  return tokens[at]?.text === '(' && !!inner && isAcronym(inner) && tokens[at + 2]?.text === ')';
}

/**
 * Lowercase words inside a name: `interior` when more of the name follows (`Viện Hàn lâm Khoa học
 * xã hội Việt Nam`), `tail` when the name ends on them (`Học viện Kỹ thuật mật mã`, `Tổng cục Thống
 * kê`), `stop` when they belong to the sentence.
 */
function readLowercase(
  tokens: readonly Token[], at: number, sawCapital: boolean, innerOrgAt?: InnerOrgAt,
): { kind: 'interior' | 'tail' | 'stop'; to: number } {
  let k = at;
  let unknown = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    // `nhỏ và vừa` (small and medium): `vừa` is no adverb there.
    const smallAndMedium = t.key === 'vừa' && tokens[k - 1]?.key === 'và' && tokens[k - 2]?.key === 'nhỏ';
    // Digits are no name word (`Trường … | ở ngõ 147`).
    if (!t.isWord || t.capitalised || /^\d/u.test(t.text) || (NAME_ENDERS.has(t.key) && !smallAndMedium)) break;
    // A lower-case head starts the next body (`… và | trường THCS Hoàng Diệu`).
    if (k > at && orgHeadIndex().matchAt(tokens, k)) break;
    if (!NAME_INNER_WORDS.has(t.key)) unknown++;
    k++;
  }
  if (k === at || k - at > MAX_INNER_LOWERCASE + (k - at - unknown)) return { kind: 'stop', to: at };
  const after = tokens[k];
  // Lower-case words never join two bodies into one name: `Sở Tài chính và | Sở Nội vụ`, `Phòng Cơ
  // yếu - CNTT | thành Phòng Chuyển đổi số`, `Viện … | thuộc Viện Hàn lâm`.
  const bodyFollows = startsBody(tokens, k, innerOrgAt);
  const coordinated = bodyFollows && tokens[k - 1]?.key === 'và';
  const continues =
    !bodyFollows && !startsTime(tokens, k) &&
    (placeIndex().matchAt(tokens, k) ||
      (isNameWord(after) && !breakerIndex().matchAt(tokens, k)) ||
      (after?.key === '-' && isNameWord(tokens[k + 1])) ||
      after?.text === '&');
  const intoPlace = !!placeIndex().matchAt(tokens, k);
  // The one syllable that completes a capitalised word (`Nhà báo`, `Thống kê`) belongs to the name.
  const previous = tokens[at - 1];
  // `Y` in `Sở Y tế` is a syllable, not an acronym: one capital letter is completed like any word.
  const completesWord = k - at === 1 && !!previous?.capitalised && !isInitialism(previous);
  if (continues && (unknown === 0 || completesWord || (!intoPlace && unknown <= MAX_INNER_LOWERCASE))) return { kind: 'interior', to: k };
  if (bodyFollows && !coordinated) {
    // `Phòng Hành chính - Quản trị | thành Phòng …`: only the syllable completing the capitalised word stays.
    const completes = !!previous?.capitalised && !isAcronym(previous) && !NOT_TAIL_START.has((tokens[at] as Token).key);
    return completes ? { kind: 'tail', to: at + 1 } : { kind: 'stop', to: at };
  }
  // A tail is kept only when the sentence clearly moves on after it, and only of words that end
  // names (`mật mã`, `quốc gia`, `cấp tỉnh`), not of verbs (`Sở Khoa học và Công nghệ | xây dựng, ban hành`).
  const tailLength = coordinated ? k - at - 1 : k - at;
  const tailEnds = !after || isBreak(after) || NAME_ENDERS.has(after.key) || coordinated || startsTime(tokens, k);
  const tailWords = tokens.slice(at, at + tailLength).every((t) => !NOT_TAIL_START.has(t.key));
  if (sawCapital && tailLength > 0 && tailEnds && ((unknown === 0 && tailLength <= 6 && tailWords) || completesWord)) {
    return { kind: 'tail', to: at + tailLength };
  }
  if (sawCapital && tailLength > 0 && tailLength <= 6 && acronymInParentheses(tokens, k)) return { kind: 'tail', to: k };
  // `Sở Nội vụ | thẩm định`, `Công nghệ | xây dựng`: the syllable that completes the capitalised word, then a verb.
  const second = tokens[at + 1];
  const first = tokens[at] as Token;
  const completesBeforeVerb =
    (NAME_INNER_WORDS.has(first.key) && !!second && (!NAME_INNER_WORDS.has(second.key) || NOT_TAIL_START.has(second.key)) &&
      !VERBS_AFTER_NAMES.has(`${first.key} ${second.key}`)) ||
    // `Cục Thống kê | thông báo`: any syllable, when a known verb follows it.
    (!!second && VERBS_AFTER_NAMES.has(`${second.key} ${tokens[at + 2]?.key ?? ''}`));
  if (sawCapital && previous?.capitalised && !isAcronym(previous) && k - at > 1 && completesBeforeVerb) return { kind: 'tail', to: at + 1 };
  return { kind: 'stop', to: at };
}

/** Level words before a place: `tỉnh`, `thành phố`, `TP.`, and the local levels. */
const PROVINCE_LEVELS: ReadonlyArray<readonly string[]> = [['tỉnh'], ['thành', 'phố'], ['tp', '.'], ['tp']];
function levelAt(tokens: readonly Token[], at: number, levels: ReadonlyArray<readonly string[]>): number {
  for (const l of levels) if (l.every((key, k) => tokens[at + k]?.key === key)) return l.length;
  return 0;
}

/** `các tỉnh`, `tỉnh, thành phố`: many bodies, not one. */
function pluralAfter(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return !!t && (t.key === 'các' || t.key === 'những' || t.key === 'cấp');
}

/**
 * `tỉnh Điện Biên`, `TP. Hải Phòng`, `TP.HCM`, `Hà Nội`, `xã Long Cốc`, `huyện Bát Xát`: an optional
 * level word then a place (a known province; for a local level, a capitalised name). A level word
 * alone (`UBND tỉnh`, `Công an xã`) is the story's own unit: `placed` is false. Null when nothing fits.
 */
function readPlaceQualifier(tokens: readonly Token[], at: number): { end: number; placed: boolean } | 'plural' | null {
  const places = placeIndex();
  const whole = places.matchAt(tokens, at);
  if (whole && whole.value.unit !== null) return { end: whole.to, placed: true };
  const province = levelAt(tokens, at, PROVINCE_LEVELS);
  const localLevel = province === 0 ? localLevelAt(tokens, at) : 0;
  const skip = province || localLevel;
  if (skip === 0) return null;
  const j = at + skip;
  // `UBND tỉnh, thành phố`, `UBND các xã`: many bodies.
  if (pluralAfter(tokens, j) || (tokens[j]?.text === ',' && (levelAt(tokens, j + 1, PROVINCE_LEVELS) || localLevelAt(tokens, j + 1)))) return 'plural';
  const place = places.matchAt(tokens, j);
  if (place && place.value.unit !== null && province > 0) return { end: place.to, placed: true };
  const local = localLevel > 0 ? localNameEnd(tokens, j) : null;
  return local === null ? { end: j, placed: false } : { end: local, placed: true };
}

let abbreviations: PhraseIndex<string> | null = null;

function abbreviationIndex(): PhraseIndex<string> {
  if (abbreviations) return abbreviations;
  abbreviations = new PhraseIndex<string>();
  for (const [short, full] of Object.entries(ABBREVIATIONS)) abbreviations.add(short, full);
  return abbreviations;
}

/**
 * Canonical text of tokens [from, to): original spacing, abbreviations expanded (`KH&CN`, `UBND`,
 * `TP.HCM`); place names written out in full are kept as written (`Triển lãm Sài Gòn` is a venue's name).
 */
export function canonicalText(tokens: readonly Token[], from: number, to: number): string {
  const places = placeIndex();
  let out = '';
  for (let j = from; j < to; ) {
    const t = tokens[j] as Token;
    const sep = j > from && t.spaceBefore ? ' ' : '';
    const place = places.matchAt(tokens, j);
    const abbreviated = tokens.slice(j, place?.to ?? j).some((p) => p.key === 'tp' || isAcronym(p));
    if (place && place.to <= to && place.value.unit && abbreviated) {
      out += sep + place.value.name;
      j = place.to;
      continue;
    }
    const abbreviation = abbreviationIndex().matchAt(tokens, j);
    if (abbreviation && abbreviation.to <= to) {
      out += sep + abbreviation.value;
      j = abbreviation.to;
      continue;
    }
    const isCityPrefix = t.key === 'tp';
    out += sep + (isCityPrefix ? 'thành phố' : t.text);
    j += isCityPrefix && tokens[j + 1]?.text === '.' ? 2 : 1;
  }
  return out.replace(/\s+/gu, ' ').trim();
}
