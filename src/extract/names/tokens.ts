// Word and punctuation tokens with their offsets: every name matcher works on these, so offsets
// into the field text come for free and spacing differences (`TP.HCM` / `TP. HCM`) do not matter.
import { nameKey } from './tone-key.ts';
import { isSurname } from './surnames.ts';
import { classAt, LETTER, LETTER_OR_DIGIT, PAIR, SPACE, UPPER, WORD } from './char-class.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case, canonical tone placement; dashes unified to `-`. */
  key: string;
  isWord: boolean;
  /** First letter is upper case (`Hà`, `TP`, `iPhone` is not). */
  capitalised: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

/**
 * Keys are costly (tone canonicalisation) and words repeat: memoised. nameKey itself keeps a
 * bounded memo (./tone-key.ts), so this is a thin name for what a token's key is.
 */
function wordKey(word: string): string {
  return nameKey(word);
}

/** The dashes whose key is `-`: hyphen-minus, hyphen, non-breaking hyphen, figure, en, em dash, bar. */
function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015);
}

/**
 * The extractors tokenize the same field several times (organisation aliases, organisations,
 * persons, places) and ask each time whether it is shouting: what was worked out for the last
 * fields is kept, keyed by the field text. Bounded by the text covered: the map is emptied when it
 * would exceed FIELD_CACHE_CHARS characters (a few MB of tokens, while one document's fields are a
 * few thousand characters), and a longer text is not kept.
 */
interface FieldAnalysis {
  tokens: readonly Token[] | null;
  shouting: boolean | null;
}
const fieldCache = new Map<string, FieldAnalysis>();
const FIELD_CACHE_CHARS = 250_000;
let fieldCacheChars = 0;

function analysis(text: string): FieldAnalysis {
  let found = fieldCache.get(text);
  if (!found) {
    found = { tokens: null, shouting: null };
    if (text.length <= FIELD_CACHE_CHARS) {
      if (fieldCacheChars + text.length > FIELD_CACHE_CHARS) {
        fieldCache.clear();
        fieldCacheChars = 0;
      }
      fieldCache.set(text, found);
      fieldCacheChars += text.length;
    }
  }
  return found;
}

/**
 * Word tokens are maximal runs of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`); every other
 * character except whitespace is a token of its own. The returned array is shared between callers
 * (see fieldCache): it must not be modified.
 */
export function tokenize(text: string): readonly Token[] {
  const found = analysis(text);
  found.tokens ??= scan(text);
  return found.tokens;
}

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prevEnd = -1;
  let i = 0;
  while (i < n) {
    const first = classAt(text, i);
    const width = first & PAIR ? 2 : 1;
    if (first & SPACE) {
      i += width;
      continue;
    }
    const start = i;
    let isWord = false;
    i += width;
    if (first & WORD) {
      isWord = (first & LETTER_OR_DIGIT) !== 0;
      while (i < n) {
        const c = classAt(text, i);
        if (!(c & WORD)) break;
        if (c & LETTER_OR_DIGIT) isWord = true;
        i += c & PAIR ? 2 : 1;
      }
    }
    const raw = text.slice(start, i);
    tokens.push({
      text: raw,
      start,
      end: i,
      key: isWord ? wordKey(raw) : i - start === 1 && isDash(text.charCodeAt(start)) ? '-' : raw,
      isWord,
      capitalised: (first & UPPER) !== 0,
      spaceBefore: prevEnd < 0 ? true : start > prevEnd,
    });
    prevEnd = i;
  }
  return tokens;
}

/** A word in all capitals or with inner capitals/digits: `VNNIC`, `FPT`, `KH&CN` parts, `5G`. */
export function isAcronym(token: Token): boolean {
  return token.isWord && token.text.length >= 2 && /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(token.text);
}

/** Ends a sentence or a list item: nothing before it can qualify what follows. */
export function isBreak(token: Token): boolean {
  return !token.isWord && /^[.!?;:,()"“”«»[\]…]$/u.test(token.text);
}

/**
 * A field written in capitals (`TỔNG BÍ THƯ TÔ LÂM CHỦ TRÌ HỘI NGHỊ`): capitals no longer mark
 * names there, so name extractors skip it rather than guess.
 */
export function isShouting(text: string): boolean {
  const found = analysis(text);
  found.shouting ??= countsAsShouting(text);
  return found.shouting;
}

function countsAsShouting(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; ) {
    const c = classAt(text, i);
    if (c & LETTER) letters++;
    if (c & UPPER) upper++;
    i += c & PAIR ? 2 : 1;
  }
  return letters >= 12 && upper / letters > 0.8;
}

/**
 * A headline in English-style title case (`Đào Tạo Nhân Lực Cho Kỷ Nguyên Số`): every word is
 * capitalised, so a capitalised run there is not evidence of a name. Runs led by a family name are
 * left out of the count: a sentence dense with names (`có Nguyễn Minh An, Trần Thị Bình`) is prose.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  // Words that start with a letter, and how many of them are capitalised.
  let words = 0;
  let capitalised = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.isWord || !(classAt(t.text, 0) & LETTER)) continue;
    if (t.capitalised && isSurname(t.text)) {
      let end = i + 1;
      while (tokens[end]?.isWord && tokens[end]?.capitalised && tokens[end]?.spaceBefore) end++;
      // A name is two to four syllables; a longer capitalised run is the headline itself.
      if (end - i >= 2 && end - i <= 4) {
        i = end - 1;
        continue;
      }
    }
    words++;
    if (t.capitalised) capitalised++;
  }
  if (words < 4) return false;
  return capitalised / words >= 0.75;
}
