// Reading an organisation's name off running text after a generic head (`Viện`, `Sở`, `UBND`).
// Vietnamese official names mix capitalised and lowercase syllables, so where a name ends is decided
// by punctuation, capitals, and the word lists in ./org-words.ts.
import { placeIndex } from '../gazetteer/places.ts';
import { PhraseIndex } from './phrase-index.ts';
import { isAcronym, isBreak, type Token } from './tokens.ts';
import { isSurname } from './surnames.ts';
import { introducerIndex } from './titles.ts';
import { ABBREVIATIONS, NAME_ENDERS, NAME_INNER_WORDS, breakerIndex, type OrgHead } from './org-words.ts';

const MAX_NAME_TOKENS = 16;

export function isNameWord(t: Token | undefined): boolean {
  return !!t && t.isWord && (t.capitalised || isAcronym(t));
}

/** After a head, read the rest of the name; returns the token index after it, or null. */
export function readName(tokens: readonly Token[], afterHead: number, head: OrgHead): number | null {
  if (head.needsPlace) return readPlaceQualifier(tokens, afterHead);
  if (head.needsCapitalAfter && !isNameWord(tokens[afterHead])) return null;
  const places = placeIndex();
  let end = afterHead;
  let sawCapital = false;
  let lastWasPlace = false;
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
    const place = places.matchAt(tokens, j);
    if (place && (t.capitalised || place.to - place.from > 1)) {
      j = end = place.to;
      sawCapital = lastWasPlace = true;
      continue;
    }
    // A title word right after the head is part of the name (`Hội Nhà báo Việt Nam`); later it starts a person's title.
    if (breakerIndex().matchAt(tokens, j) || (sawCapital && introducerIndex().matchAt(tokens, j)?.value.kind === 'title')) break;
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
    const lower = readLowercase(tokens, j, sawCapital);
    if (lower.kind === 'stop') break;
    j = lower.to;
    if (lower.kind === 'tail') {
      end = j;
      break;
    }
  }
  return sawCapital ? end : null;
}

const MAX_INNER_LOWERCASE = 3;

/**
 * Lowercase words inside a name: `interior` when more of the name follows (`Viện Hàn lâm Khoa học
 * xã hội Việt Nam`), `tail` when the name ends on them (`Học viện Kỹ thuật mật mã`, `Tổng cục Thống
 * kê`), `stop` when they belong to the sentence.
 */
function readLowercase(tokens: readonly Token[], at: number, sawCapital: boolean): { kind: 'interior' | 'tail' | 'stop'; to: number } {
  let k = at;
  let unknown = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (!t.isWord || t.capitalised || NAME_ENDERS.has(t.key)) break;
    if (!NAME_INNER_WORDS.has(t.key)) unknown++;
    k++;
  }
  if (k === at || k - at > MAX_INNER_LOWERCASE + (k - at - unknown)) return { kind: 'stop', to: at };
  const after = tokens[k];
  const continues =
    placeIndex().matchAt(tokens, k) ||
    (isNameWord(after) && !breakerIndex().matchAt(tokens, k)) ||
    (after?.key === '-' && isNameWord(tokens[k + 1])) ||
    after?.text === '&';
  const intoPlace = !!placeIndex().matchAt(tokens, k);
  // The one syllable that completes a capitalised word (`Nhà báo`, `Thống kê`) belongs to the name.
  const previous = tokens[at - 1];
  const completesWord = k - at === 1 && !!previous?.capitalised && !isAcronym(previous);
  if (continues && (unknown === 0 || completesWord || (!intoPlace && unknown <= MAX_INNER_LOWERCASE))) return { kind: 'interior', to: k };
  // A tail is kept only when the sentence clearly moves on after it.
  const tailEnds = !after || isBreak(after) || NAME_ENDERS.has(after.key);
  if (sawCapital && tailEnds && ((unknown === 0 && k - at <= 5) || completesWord)) return { kind: 'tail', to: k };
  return { kind: 'stop', to: at };
}

/** `tỉnh Điện Biên`, `TP. Hải Phòng`, `TP.HCM`, `Hà Nội`: optional prefix then a known province. */
function readPlaceQualifier(tokens: readonly Token[], at: number): number | null {
  const places = placeIndex();
  let j = at;
  const t = tokens[j];
  if (t?.key === 'tỉnh') j++;
  else if (t?.key === 'thành' && tokens[j + 1]?.key === 'phố' && !places.matchAt(tokens, j)) j += 2;
  else if (t?.key === 'tp' && !places.matchAt(tokens, j)) j += tokens[j + 1]?.text === '.' ? 2 : 1;
  const place = places.matchAt(tokens, j);
  if (!place || (place.value.unit === null)) return null;
  return place.to;
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
