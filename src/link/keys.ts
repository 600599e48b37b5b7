// Match keys for the link stage: lower case, one tone placement (hoà = hòa), diacritics KEPT (so
// that `cần`, need, is not `cán`), and the same length as the text, so that a phrase found in a
// key is found at the same offsets in the text.
import { matchKey } from '../text/tones.ts';

const WORD = /[\p{L}\p{M}]+/gu;

// Words repeat endlessly across a corpus, and tone canonicalisation is the costly part of a key.
const WORD_KEYS = new Map<string, string>();
const WORD_KEY_LIMIT = 100_000;

function wordKey(word: string): string {
  let k = WORD_KEYS.get(word);
  if (k === undefined) {
    const key = matchKey(word);
    k = key.length === word.length ? key : word.toLowerCase();
    if (WORD_KEYS.size >= WORD_KEY_LIMIT) WORD_KEYS.clear();
    WORD_KEYS.set(word, k);
  }
  return k;
}

/** The match key of `text`, offset for offset. A word whose key would change length is only lower-cased. */
export function keyOf(text: string): string {
  return text.replace(WORD, wordKey);
}

/** A phrase's key as rules and word lists give it: white space collapsed. */
export function phraseKey(phrase: string): string {
  return keyOf(phrase.normalize('NFC')).replace(/\s+/gu, ' ').trim();
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Offsets of whole-word occurrences of `phrase` in `haystack` (both keys): `ai` is not found in `mai`. */
export function phraseOffsets(haystack: string, phrase: string, from = 0, to = haystack.length): number[] {
  const out: number[] = [];
  if (phrase.length === 0) return out;
  let at = haystack.indexOf(phrase, from);
  while (at >= 0 && at + phrase.length <= to) {
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[at + phrase.length])) out.push(at);
    at = haystack.indexOf(phrase, at + 1);
  }
  return out;
}

export function containsPhrase(haystack: string, phrase: string, from = 0, to = haystack.length): boolean {
  return phraseOffsets(haystack, phrase, from, to).length > 0;
}

export function containsAny(haystack: string, phrases: readonly string[], from = 0, to = haystack.length): boolean {
  return phrases.some((p) => containsPhrase(haystack, p, from, to));
}

/** `unit` starts with `prefix` at a word boundary: `trạm 5g mới` starts with `trạm 5g`. */
export function startsWithPhrase(unit: string, prefix: string): boolean {
  return unit.startsWith(prefix) && !isWordChar(unit[prefix.length]);
}
