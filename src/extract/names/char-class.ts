// Unicode classes of single characters, for the hand-written scanners of ./tokens.ts. Testing
// `\p{L}` and friends with a regular expression per token was the largest single cost of name
// extraction; a lookup table gives the same answers for a fraction of the price.
//
// The table covers the Basic Multilingual Plane (64 KiB, filled lazily: each code unit is classified
// by the same regular expressions the first time it is seen). Characters outside it (surrogate pairs)
// are rare in news text and are classified by those regular expressions every time.

/** `\p{L}`, `\p{M}` or `\p{N}`: part of a word token. */
export const WORD = 1;
/** `\p{L}` or `\p{N}`: a word token holding one is a real word (not marks alone). */
export const LETTER_OR_DIGIT = 2;
/** `\p{L}`. */
export const LETTER = 4;
/** `\p{Lu}`. */
export const UPPER = 8;
/** `\s`: separates tokens. */
export const SPACE = 16;
/** Set in classAt's answer when the code point is a surrogate pair (two code units long). */
export const PAIR = 64;
/** Marks a table entry as filled (a character in no class is still known). */
const KNOWN = 32;

const table = new Uint8Array(0x10000);

function classify(ch: string): number {
  let c = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) c |= WORD;
  if (/[\p{L}\p{N}]/u.test(ch)) c |= LETTER_OR_DIGIT;
  if (/\p{L}/u.test(ch)) c |= LETTER;
  if (/\p{Lu}/u.test(ch)) c |= UPPER;
  if (/\s/u.test(ch)) c |= SPACE;
  return c;
}

/**
 * Class bits of the code point starting at `text[i]`, and its length in code units (2 for a
 * surrogate pair, else 1). A lone surrogate is a code point of its own, in no class, as it is for a
 * `u`-flag regular expression.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | PAIR;
  }
  let k = table[c] as number;
  if (k === 0) {
    k = classify(String.fromCharCode(c));
    table[c] = k;
  }
  return k;
}
