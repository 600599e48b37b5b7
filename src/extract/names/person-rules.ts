// The two rules that find person names in a tokenised field: after a title or honorific, and a
// capitalised run led by a family name. See ../persons.ts for what counts as a person.
import { placeIndex } from '../gazetteer/places.ts';
import type { Token } from './tokens.ts';
import { nameKey } from './tone-key.ts';
import { isSurname } from './surnames.ts';
import { introducerIndex, SINGLE_NAME_HONORIFICS, WEAK_HONORIFICS } from './titles.ts';
import { breakerIndex, orgHeadIndex } from './org-words.ts';
import { localNameEnd, looksLikeFullPersonName } from './local-names.ts';

/**
 * Words before a capitalised run that make it a place, a street or a building named after a person,
 * not the person (`phố Lê Duẩn`, `ngõ Trương Định`, `xã Thạch Sơn`, `chùa Trần Quốc`). Not `tỉnh`:
 * every province is in the gazetteer, so a name after `tỉnh` that is no province is a person named
 * after a body (`Phó Chủ tịch UBND tỉnh Lò Văn Tiến`).
 */
const PLACE_WORDS = new Set(
  ('đường phố quận huyện xã phường trấn ngõ ngách hẻm kiệt lộ cầu sông hồ núi chợ làng khu thôn xóm ấp buôn ' +
    'trường tượng đền chùa lăng đình miếu tàng cảng ga bến viện').split(' ').map(nameKey),
);
/** Local levels: after them a full personal name is still a person when a body's name ends on them (`UBND xã | Nguyễn Văn Hùng`). */
const LEVEL_WORDS = new Set(['xã', 'phường', 'huyện', 'quận', 'trấn'].map(nameKey));
const BODY_BEFORE_LEVEL = new Set(['ubnd', 'hđnd', 'dân', 'ủy', 'an'].map(nameKey));

const MAX_NAME = 4;

/** `Lâm`, `Jensen`: starts upper case, the rest lower case, no digits, syllable-sized. */
function isNameSyllable(t: Token | undefined): boolean {
  return !!t && t.isWord && /^\p{Lu}[\p{Ll}\p{M}]{0,11}$/u.test(t.text);
}

/** Tokens [from, to) of a name starting at `from`: capitalised syllables separated by single spaces. */
function nameRun(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to < tokens.length && to - from < MAX_NAME && isNameSyllable(tokens[to]) && (to === from || tokens[to]?.spaceBefore)) {
    // Honorific words are also given names (`Hoàng Việt Anh`): only a title ends the run.
    if (to > from && (breakerIndex().matchAt(tokens, to) || introducerIndex().matchAt(tokens, to)?.value.kind === 'title')) break;
    to++;
  }
  return to;
}

/** A run that is really a place, an organisation head or a title is not a name. */
function looksLikeName(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  // Only a place at the start disqualifies: `Hà Nội` is a place, `Nguyễn Hòa Bình` a person.
  if (placeIndex().matchAt(tokens, from)) return false;
  if (orgHeadIndex().matchAt(tokens, from) || breakerIndex().matchAt(tokens, from)) return false;
  if (introducerIndex().matchAt(tokens, from)) return false;
  return true;
}

function afterPlaceWord(tokens: readonly Token[], from: number): boolean {
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (!prev) return false;
  if (prev.text === '.' && prev2?.key === 'tp') return true;
  if (!prev.isWord) return false;
  // An address: a house or alley number before the name (`414 Nguyễn Thị Minh Khai`, `ngõ 147 Trương Định`, `số 5 Lê Duẩn`).
  if (/^\d+[A-Za-z]?(?:\/\d+[A-Za-z]?)*$/u.test(prev.text)) return true;
  if (LEVEL_WORDS.has(prev.key) && looksLikeFullPersonName(tokens, from) && BODY_BEFORE_LEVEL.has(tokens[from - 2]?.key ?? '')) return false;
  return PLACE_WORDS.has(prev.key) || prev.key === 'tp';
}

/**
 * `Đán Khao, Cao Bành, Bó Đước (Thượng Sơn)`: two-syllable names listed before a commune in
 * parentheses are its villages, not people.
 */
function villagesOfCommune(tokens: readonly Token[], to: number): boolean {
  for (let j = to; j < tokens.length && j - to < 16; j++) {
    const t = tokens[j] as Token;
    if (t.text === '(') {
      // A province in the parentheses places people (`Nguyễn An, Trần Bình (Hà Nội)`); a commune places villages.
      const end = localNameEnd(tokens, j + 1);
      return end !== null && tokens[end]?.text === ')' && j > to && !placeIndex().matchAt(tokens, j + 1);
    }
    if (!(t.text === ',' || (t.isWord && t.capitalised))) return false;
  }
  return false;
}

/** `Lý Nhân (Hà Nam)`, `Thạch Sơn, Nghệ An`: a name placed in a province is a district or commune. */
function placedInProvince(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || (next.text !== ',' && next.text !== '(')) return false;
  const place = placeIndex().matchAt(tokens, to + 1);
  if (!place || place.value.unit === null) return false;
  return next.text === ',' || tokens[place.to]?.text === ')';
}

export interface Found {
  from: number;
  to: number;
  title: string | null;
  /** Token where the title starts when it is written directly before the name. */
  titleFrom: number | null;
  confidence: number;
}

/** Skips what qualifies a title (`Bộ Khoa học và Công nghệ`, `UBND tỉnh X`, `tỉnh X`); returns where the name may start. */
function skipQualifiers(tokens: readonly Token[], at: number, orgTokens: Map<number, number>): number {
  const places = placeIndex();
  let j = at;
  // `Trưởng Ban Tổ chức Trung ương`: the title's last word opens an organisation's name.
  for (const [start, end] of orgTokens) if (start < at && end > at) j = Math.max(j, end);
  for (let guard = 0; guard < 6; guard++) {
    const orgEnd = orgTokens.get(j);
    if (orgEnd !== undefined) {
      j = orgEnd;
      continue;
    }
    const t = tokens[j];
    // `Đại sứ Hoa Kỳ tại Việt Nam Marc Knapper`: `tại` + a place still qualifies the title.
    const prefixed = t && (t.key === 'tỉnh' || t.key === 'tp' || t.key === 'tại') ? j + 1 : j;
    const place = places.matchAt(tokens, prefixed);
    if (place) {
      j = place.to;
      continue;
    }
    const stacked = introducerIndex().matchAt(tokens, j);
    if (stacked?.value.kind === 'title') {
      j = stacked.to;
      continue;
    }
    break;
  }
  return j;
}

export function byIntroducers(tokens: readonly Token[], text: string, orgTokens: Map<number, number>, orgCovered: Set<number>): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; ) {
    const intro = introducerIndex().matchAt(tokens, i);
    // `Bà Rịa`, `Bà Đen`: the honorific is part of a place or organisation name.
    if (!intro || orgCovered.has(i) || placeIndex().matchAt(tokens, i)) {
      i++;
      continue;
    }
    const from = skipQualifiers(tokens, intro.to, orgTokens);
    const isHonorific = intro.value.kind === 'honorific';
    const honorific = nameKey(intro.value.text);
    let to = nameRun(tokens, from);
    // One syllable is enough after a title or `ông`/`bà` (`Bộ trưởng Hùng`): resolved against full names later.
    const minimum = !isHonorific || SINGLE_NAME_HONORIFICS.has(honorific) ? 1 : 2;
    const weak = isHonorific && WEAK_HONORIFICS.has(honorific);
    const startsWithSurname = isSurname(tokens[from]?.text ?? '');
    if (to - from >= minimum && (!weak || startsWithSurname) && looksLikeName(tokens, from, to) && !orgCovered.has(from)) {
      const single = to - from === 1;
      const titleText = isHonorific ? null : text.slice((tokens[i] as Token).start, (tokens[from - 1] as Token).end).replace(/[\s,]+$/u, '');
      found.push({ from, to, title: titleText, titleFrom: isHonorific ? null : i, confidence: single ? 0.6 : startsWithSurname ? 0.95 : 0.8 });
    } else to = Math.max(intro.to, i + 1);
    i = Math.max(to, i + 1);
  }
  return found;
}

export function bySurnames(tokens: readonly Token[], taken: Set<number>, orgCovered: Set<number>): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || orgCovered.has(i) || !isSurname(tokens[i]?.text ?? '') || !isNameSyllable(tokens[i])) continue;
    const to = nameRun(tokens, i);
    if (to - i < 2 || !looksLikeName(tokens, i, to) || afterPlaceWord(tokens, i)) continue;
    if (to - i === 2 && placedInProvince(tokens, to)) continue;
    if (to - i === 2 && villagesOfCommune(tokens, to)) continue;
    if (Array.from({ length: to - i }, (_, k) => i + k).some((k) => taken.has(k) || orgCovered.has(k))) continue;
    // Inside a longer capitalised run (`Hội chợ Lê Lợi`) the surname is not where a name starts.
    const prev = tokens[i - 1];
    if (prev && isNameSyllable(prev) && (tokens[i] as Token).spaceBefore && !sentenceStart(tokens, i - 1)) continue;
    found.push({ from: i, to, title: null, titleFrom: null, confidence: 0.8 });
    i = to - 1;
  }
  return found;
}

function sentenceStart(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !prev || (!prev.isWord && /^[.!?:;"“”(\-–—…]$/u.test(prev.text));
}
