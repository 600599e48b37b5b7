// Tone-mark placement for matching keys.
//
// Vietnamese text places the tone mark of the open syllables oa, oe, uy in two ways: on the first
// vowel (hòa, khỏe, thủy) or on the second (hoà, khoẻ, thuỷ). Both are in everyday use, often in
// the same article, so an exact-diacritic lookup must not depend on the choice. We pick the
// first-vowel placement (the one this project calls canonical) and move marks there. Only keys are
// built this way: display text is never rewritten.
import { normalizeText } from './normalize.ts';

// The five tone marks as combining characters (NFD): grave, acute, tilde, hook above, dot below.
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
// Breve (ă), circumflex (â ê ô), horn (ơ ư): they make a vowel a distinct letter, not a tone.
const VOWEL_MARKS = new Set(['\u0306', '\u0302', '\u031B']);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

// Onsets are tried longest first; `qu` and `gi` are clusters whose u/i is not part of the nucleus.
const ONSETS = [
  'ngh', 'ch', 'gh', 'gi', 'kh', 'ng', 'nh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];
const CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);

/** One base letter with the marks that sit on it, after NFD. */
interface Letter {
  base: string;
  vowelMarks: string;
  tone: string;
}

function splitLetters(wordNfd: string): Letter[] | null {
  const letters: Letter[] = [];
  for (const ch of wordNfd) {
    const last = letters[letters.length - 1];
    if (TONE_MARKS.has(ch) || VOWEL_MARKS.has(ch)) {
      if (!last) return null;
      if (TONE_MARKS.has(ch)) last.tone += ch;
      else last.vowelMarks += ch;
    } else if (/\p{M}/u.test(ch)) {
      return null; // a mark Vietnamese does not use: not a Vietnamese syllable, leave it alone
    } else {
      letters.push({ base: ch, vowelMarks: '', tone: '' });
    }
  }
  return letters;
}

/**
 * Index (into `letters`) of the vowel that carries the tone in the canonical placement, or null
 * when the word does not parse as one Vietnamese syllable (foreign words, abbreviations).
 */
function toneIndex(letters: Letter[]): number | null {
  const lower = letters.map((l) => l.base.toLowerCase()).join('');
  for (const onset of ONSETS) {
    if (!lower.startsWith(onset)) continue;
    // `gi` is a cluster only when a vowel follows it (giữa, già); in gì, gìn the i is the nucleus.
    if (onset === 'gi' && !VOWELS.has(lower[2] ?? '')) continue;
    let end = onset.length;
    while (end < lower.length && VOWELS.has(lower[end] ?? '')) end++;
    const nucleus = letters.slice(onset.length, end);
    const coda = lower.slice(end);
    if (nucleus.length === 0 || nucleus.length > 3 || !CODAS.has(coda)) return null;
    const first = onset.length;
    // A vowel with its own mark (ă â ê ô ơ ư) takes the tone; in ươ the second one (người, rượu).
    let marked = -1;
    nucleus.forEach((l, i) => {
      if (l.vowelMarks) marked = i;
    });
    if (marked >= 0) return first + marked;
    if (coda !== '') return first + nucleus.length - 1; // hoàng, toán, huýt, quỳnh
    if (nucleus.length === 3) return first + 1; // ngoài, khuỷu, ngoẹo
    // Open two-vowel nuclei: the first vowel (mái, mùa, kìa, and the canonical hòa, khỏe, thủy).
    return first;
  }
  return null;
}

function canonicalWord(wordNfd: string): string {
  const letters = splitLetters(wordNfd);
  if (!letters) return wordNfd;
  const toned = letters.filter((l) => l.tone !== '');
  if (toned.length !== 1 || toned[0]?.tone.length !== 1) return wordNfd; // untoned or malformed
  const target = toneIndex(letters);
  if (target === null) return wordNfd;
  const tone = toned[0].tone;
  return letters
    .map((l, i) => l.base + l.vowelMarks + (i === target ? tone : ''))
    .join('');
}

/**
 * Moves every tone mark to its canonical vowel (hoà → hòa, thuỷ → thủy, khoẻ → khỏe), keeping
 * case and every other character. Input may be NFC or NFD; output is NFC. Words that are not one
 * well-formed Vietnamese syllable are returned unchanged.
 */
export function canonicalTones(input: string): string {
  // ASCII has no marks to move and is its own NFD and NFC: most tokens of news text (numbers,
  // acronyms, foreign names, punctuation) need no work.
  if (isAscii(input)) return input;
  const nfd = input.normalize('NFD');
  return nfd.replace(/[\p{L}\p{M}]+/gu, canonicalWord).normalize('NFC');
}

/** The key for exact-diacritic matching: NFC (đ for a mistyped Ð), lower case, canonical tones. */
export function matchKey(input: string): string {
  if (isAscii(input)) return input.toLowerCase();
  return canonicalTones(normalizeText(input).toLowerCase());
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
