// Names of communes, wards and districts after their level word (`xã Long Cốc`, `huyện Bát Xát`).
// The gazetteer knows the provinces, not the ten thousand local units, so a local name is read off
// the capitals that follow the level word, with two refusals that keep people out of places:
// - a run shaped like a full personal name (family name, a middle name such as `Văn` or `Thị`, and a
//   given name) is a person named after the level word (`Chủ tịch UBND xã Nguyễn Văn Hùng`);
// - a second family-name-led run ends the place (`xã Long Cốc Nguyễn Văn Hùng` is the commune, then him).
import { isSurname } from './surnames.ts';
import { nameKey } from './tone-key.ts';
import { isAcronym, type Token } from './tokens.ts';
import { PhraseIndex } from './phrase-index.ts';

/**
 * Middle names so common that, after a family name, they mark a person: a commune is rarely called
 * `Nguyễn Văn …`. Keys (lower case, canonical tones).
 */
const MIDDLE_NAMES = new Set(
  ['Văn', 'Thị', 'Hữu', 'Đình', 'Đức', 'Công', 'Quốc', 'Xuân', 'Ngọc', 'Minh', 'Thanh', 'Trọng', 'Thế', 'Bá', 'Duy',
    'Quang', 'Tiến', 'Mạnh', 'Hoàng', 'Anh', 'Kim', 'Thu', 'Hồng', 'Phương', 'Tuấn', 'Việt', 'Chí', 'Hải', 'Khắc', 'Như']
    .map(nameKey),
);

const MAX_LOCAL = 4;

/** `Long`, `Cốc`, `Ea`: a capitalised syllable, no digits, not an acronym. */
export function isLocalSyllable(t: Token | undefined): boolean {
  return !!t && t.isWord && t.capitalised && !isAcronym(t) && !/\d/u.test(t.text) && /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(t.text);
}

/** A family name, a middle name and at least one more syllable, from `at`. */
export function looksLikeFullPersonName(tokens: readonly Token[], at: number): boolean {
  const [a, b, c] = [tokens[at], tokens[at + 1], tokens[at + 2]];
  return isSurname(a?.text ?? '') && !!b && b.spaceBefore && MIDDLE_NAMES.has(b.key) && isLocalSyllable(b) && isLocalSyllable(c) && !!c?.spaceBefore;
}

/** Token index after a local place name starting at `at`, or null when none starts there. */
export function localNameEnd(tokens: readonly Token[], at: number): number | null {
  if (!isLocalSyllable(tokens[at]) || looksLikeFullPersonName(tokens, at)) return null;
  let k = at;
  while (k - at < MAX_LOCAL && isLocalSyllable(tokens[k]) && (k === at || tokens[k]?.spaceBefore)) {
    if (k - at >= 2 && isSurname(tokens[k]?.text ?? '') && isLocalSyllable(tokens[k + 1]) && tokens[k + 1]?.spaceBefore) break;
    k++;
  }
  return k > at ? k : null;
}

/** Level words of communes, wards and districts (and the cities below a province), as token keys. */
export const LOCAL_LEVELS: ReadonlyArray<readonly string[]> = [
  ['thị', 'xã'], ['thị', 'trấn'], ['xã'], ['phường'], ['huyện'], ['quận'], ['đặc', 'khu'],
];

/** Length in tokens of a local level word at `at`, or 0. */
export function localLevelAt(tokens: readonly Token[], at: number): number {
  const first = tokens[at]?.key;
  if (first !== 'thị' && first !== 'xã' && first !== 'phường' && first !== 'huyện' && first !== 'quận' && first !== 'đặc') return 0;
  for (const l of LOCAL_LEVELS) if (l.every((key, k) => tokens[at + k]?.key === key)) return l.length;
  return 0;
}

/**
 * The local places a document names with their level word (`huyện Bát Xát`, `xã Long Cốc`): said
 * once with it, the same name is that place everywhere in the document (`Viettel Bát Xát`, a bare
 * `Bát Xát`), and never a person.
 */
export function localPlacesIn(fieldTokens: ReadonlyArray<readonly Token[]>): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  const seen = new Set<string>();
  for (const tokens of fieldTokens) {
    for (let i = 0; i < tokens.length; i++) {
      const level = localLevelAt(tokens, i);
      if (level === 0) continue;
      const end = localNameEnd(tokens, i + level);
      if (end === null) continue;
      const name = tokens.slice(i + level, end).map((t) => t.text).join(' ');
      if (!seen.has(name)) {
        seen.add(name);
        index.add(name, true);
      }
      i = end - 1;
    }
  }
  return index;
}

/**
 * `Chỏm Xiêu (Niêm Sơn); Đán Dầu (Phú Linh)`: in a document that places a village in its commune
 * in parentheses (`Thôn Há Cá Thình (xã Mèo Vạc)`), the other parenthesised names after a name are
 * communes too, written without their level word. Token ranges [from, to) of those names; none when
 * the document has no parenthesised level word (`anchored`, see parenthesisedLevelIn).
 */
export function parenthesisedLocalNames(tokens: readonly Token[], anchored: boolean): Array<[number, number]> {
  if (!anchored) return [];
  const out: Array<[number, number]> = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const before = tokens[i - 1];
    if (tokens[i]?.text !== '(' || !before?.isWord || !before.capitalised) continue;
    const end = localNameEnd(tokens, i + 1);
    if (end !== null && tokens[end]?.text === ')') out.push([i + 1, end]);
  }
  return out;
}

/** Does a parenthesised level word (`(xã Mèo Vạc)`) occur in these tokens? */
export function parenthesisedLevelIn(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) if (tokens[i]?.text === '(' && localLevelAt(tokens, i + 1) > 0) return true;
  return false;
}

/** Words before a level word that make it plural: `các xã`, `hai huyện`, `3 phường`. */
const PLURAL_MARKERS = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhiều', 'mấy']);

/**
 * `các xã Thạch Sơn, Thạch Long và Thạch Kim`: the names listed after a plural level word are all
 * places of that level, though only the first carries it. Token ranges [from, to) of the further
 * names (the first is read with its level word).
 */
export function listedLocalNames(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i < tokens.length; i++) {
    const level = localLevelAt(tokens, i);
    if (level === 0) continue;
    const marker = tokens[i - 1];
    if (!marker || !(PLURAL_MARKERS.has(marker.key) || /^\d+$/u.test(marker.text))) continue;
    let end = localNameEnd(tokens, i + level);
    while (end !== null) {
      const join = tokens[end];
      if (!join || (join.text !== ',' && join.key !== 'và')) break;
      const next = localNameEnd(tokens, end + 1);
      if (next === null) break;
      out.push([end + 1, next]);
      end = next;
    }
    i = (end ?? i + level) - 1;
  }
  return out;
}
