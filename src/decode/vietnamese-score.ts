// How Vietnamese a decoded text looks. Used to pick among legacy encodings that all decode any
// byte sequence "successfully": the right one yields well-formed syllables, the wrong ones yield
// symbols, impossible vowel clusters and stray combining marks.

/** Tone marks as combining characters (NFD): grave, hook above, tilde, acute, dot below. */
const TONE = /[\u0300\u0309\u0303\u0301\u0323]/g;

/**
 * One written syllable: optional initial consonant, a vowel nucleus from the closed list of
 * Vietnamese vowel sequences, optional final consonant. Tone marks are stripped before matching.
 * Deliberately permissive on rare spellings (loanwords still fail, which only lowers the score).
 */
const SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?' +
    '(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|[aăâeêioôơuưy])' +
    '(?:ch|ng|nh|[cmnpt])?$',
  'u',
);

/** Very frequent function words: their presence is strong evidence for the right decoding. */
const COMMON_WORDS = new Set([
  'của', 'và', 'các', 'những', 'được', 'là', 'có', 'trong', 'cho', 'với', 'người', 'này', 'đã',
  'không', 'một', 'để', 'từ', 'theo', 'về', 'năm', 'đến', 'tại', 'việc', 'phát', 'triển', 'số',
]);

/** Non-letter characters that genuine Vietnamese text often contains outside ASCII. */
const TYPOGRAPHIC = /[\u00a0\u00b0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ab\u20ac%]/u;

/**
 * True when `word` (NFC or NFD) is a well-formed Vietnamese syllable with at most one tone, written
 * in lower case, upper case or capitalised: a capital after a small letter ("cÁc") is what a wrong
 * code page produces, never real text.
 */
export function isVietnameseSyllable(word: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(word)) return false;
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONE)?.length ?? 0;
  if (tones > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE, '').normalize('NFC'));
}

export interface VietnameseScore {
  /** Share of evidence units that look right: valid non-ASCII syllables over all non-ASCII units. */
  score: number;
  /** Words with a non-ASCII letter. */
  nonAsciiWords: number;
  validWords: number;
  /** Non-ASCII characters that are neither letters nor common typography (mojibake symbols). */
  strays: number;
  commonWords: number;
}

/**
 * Scores `text` (NFC). Only words containing non-ASCII characters are judged, since ASCII decodes
 * the same in every candidate encoding; each stray symbol counts as one failed unit.
 */
export function scoreVietnamese(text: string): VietnameseScore {
  let nonAsciiWords = 0;
  let validWords = 0;
  let strays = 0;
  let commonWords = 0;
  // Words repeat a lot; judging each distinct spelling once keeps detection cheap.
  const verdicts = new Map<string, boolean>();
  for (const match of text.matchAll(/[\p{L}\p{M}]+|[^\p{L}\p{M}\s\x00-\x7f]/gu)) {
    const token = match[0];
    if (!/[\p{L}\p{M}]/u.test(token)) {
      if (!TYPOGRAPHIC.test(token)) strays++;
      continue;
    }
    const lower = token.toLowerCase();
    if (COMMON_WORDS.has(lower)) commonWords++;
    if (!/[^\x00-\x7f]/.test(token)) continue;
    nonAsciiWords++;
    let valid = verdicts.get(token);
    if (valid === undefined) {
      valid = isVietnameseSyllable(token);
      verdicts.set(token, valid);
    }
    if (valid) validWords++;
  }
  const units = nonAsciiWords + strays;
  return { score: units === 0 ? 0 : validWords / units, nonAsciiWords, validWords, strays, commonWords };
}
