// Search keys: what a reader types without diacritics must find text written with them.
import { normalizeText } from './normalize.ts';

/**
 * Lower case, every diacritic removed (tone marks and the ă â ê ô ơ ư vowel marks), đ → d.
 * đ needs its own rule: it is a distinct letter, not d plus a combining mark, so NFD does not split it.
 * Because every mark goes, old and new tone placement (hoà, hòa) and NFD input fold alike, and
 * normalizeText first maps a mistyped Ð (U+00D0) to Đ.
 */
export function foldForSearch(input: string): string {
  return foldLatin(input) ?? foldAny(input);
}

/** The definition: every step on the whole text. */
function foldAny(input: string): string {
  return normalizeText(input)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

// Fast path. Folding runs over every line at the structure stage and over whole documents for
// search and near-duplicate keys, and the normalisations and the mark-removing pattern above were a
// large share of that time. For text made only of the characters below, folding character by
// character gives exactly what foldAny gives for the whole text: in these ranges lower-casing does
// not depend on the neighbours, every canonical composition pairs a letter with a combining mark
// (which folding removes anyway), and no mark-free sequence composes. Any other character (Greek,
// Hangul, letter-like symbols, …) sends the whole text to foldAny.
function inFastRange(c: number): boolean {
  return (
    c < 0x0250 || // ASCII, Latin-1, Latin Extended-A and -B
    (c >= 0x0300 && c < 0x0370) || // combining diacritical marks
    (c >= 0x1e00 && c < 0x1f00) || // Latin Extended Additional: the precomposed Vietnamese letters
    (c >= 0x2000 && c < 0x2070) || // general punctuation: spaces, dashes, quotes, ellipsis
    (c >= 0x20a0 && c < 0x20d0) // currency signs (₫)
  );
}

const UNKNOWN = 0;
const SLOW = -1;
const EMPTY = -2;
/**
 * Per code unit: its fold as one code unit + 1, EMPTY when it folds to nothing (a mark), SLOW when it
 * is outside the fast ranges or folds to more than one code unit, UNKNOWN until first seen.
 * 256 KiB, filled lazily from foldAny of the single character.
 */
const folded1 = new Int32Array(0x10000);

function foldUnit(c: number): number {
  let f = folded1[c] as number;
  if (f === UNKNOWN) {
    if (!inFastRange(c)) f = SLOW;
    else {
      const one = foldAny(String.fromCharCode(c));
      f = one.length === 0 ? EMPTY : one.length === 1 ? one.charCodeAt(0) + 1 : SLOW;
    }
    folded1[c] = f;
  }
  return f;
}

/**
 * Output buffer, reused between calls; grown up to BUFFER_KEEP code units (256 KiB). A longer text
 * gets a buffer of its own, so that one huge document does not pin its size in memory.
 */
let buffer = new Uint16Array(1024);
const BUFFER_KEEP = 1 << 17;

function foldLatin(input: string): string | null {
  const n = input.length;
  if (buffer.length < n && n <= BUFFER_KEEP) buffer = new Uint16Array(Math.min(BUFFER_KEEP, Math.max(n, buffer.length * 2)));
  const out = buffer.length >= n ? buffer : new Uint16Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      out[length++] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
      continue;
    }
    const f = foldUnit(c);
    if (f === SLOW) return null;
    if (f !== EMPTY) out[length++] = f - 1;
  }
  // The output holds no surrogates (none is in the fast ranges), so decoding it as UTF-16 is exact.
  if (length > 64 && LITTLE_ENDIAN) return UTF16.decode(out.subarray(0, length));
  return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Typed arrays use the platform's byte order; the decoder reads little-endian. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
