// Matching the word lists of vocabulary.ts in a field's text: whole words, any case, any spacing,
// old or new tone placement. Offsets are those of the field text.
import { canonicalTones } from '../../text/tones.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: spaces match any run of spaces; after a comma the space may be missing. */
function phrasePattern(phrase: string): string {
  const words = canonicalTones(phrase).trim().split(/\s+/u);
  let pattern = '';
  words.forEach((word, i) => {
    const comma = word.length > 1 && word.endsWith(',');
    if (i > 0) pattern += (words[i - 1] as string).endsWith(',') ? '\\s*' : '\\s+';
    pattern += escape(comma ? word.slice(0, -1) : word) + (comma ? '\\s*,' : '');
  });
  return pattern;
}

export class PhraseList {
  private readonly sticky: RegExp;
  private readonly global: RegExp;
  private readonly endsBefore: RegExp;

  constructor(phrases: readonly string[]) {
    const body = [...new Set(phrases)]
      .sort((a, b) => b.length - a.length)
      .map(phrasePattern)
      .join('|');
    this.sticky = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iuy');
    this.global = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iug');
    this.endsBefore = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})[\\s,:]*$`, 'iu');
  }

  /** End of the phrase that starts exactly at `pos`, or -1. */
  at(text: MatchText, pos: number): number {
    this.sticky.lastIndex = pos;
    const m = this.sticky.exec(text.key);
    return m ? pos + m[0].length : -1;
  }

  /** The phrase at `pos`, as written, or null. */
  wordAt(text: MatchText, pos: number): string | null {
    const end = this.at(text, pos);
    return end < 0 ? null : text.raw.slice(pos, end);
  }

  /** Whether any phrase occurs in the text. */
  test(text: MatchText): boolean {
    this.global.lastIndex = 0;
    return this.global.test(text.key);
  }

  /** Every occurrence in [from, to), left to right. */
  all(text: MatchText, from = 0, to = text.key.length): Array<{ start: number; end: number }> {
    const out: Array<{ start: number; end: number }> = [];
    this.global.lastIndex = from;
    for (let m = this.global.exec(text.key); m && m.index < to; m = this.global.exec(text.key)) {
      if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /** Start of a phrase that ends right before `pos` (spaces, commas and colons between allowed), or -1. */
  endingAt(text: MatchText, pos: number, lookBack = 60): number {
    const from = Math.max(0, pos - lookBack);
    const m = this.endsBefore.exec(text.key.slice(from, pos));
    return m ? from + m.index : -1;
  }
}

/** A field's text and its matching key (tone marks on their canonical vowels, same offsets). */
export interface MatchText {
  raw: string;
  key: string;
}

const wordKeys = new Map<string, string>();
const MAX_CACHED_WORDS = 100_000;

/**
 * canonicalTones of one word, remembered: tone placement was most of the task extractor's time, and
 * news uses a few thousand distinct syllables (the search index keys words the same way).
 */
function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = canonicalTones(word);
    if (wordKeys.size >= MAX_CACHED_WORDS) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

/** The fields of the document being read: the pre-check and the rules key the same texts. */
const recent = new Map<string, MatchText>();
const MAX_RECENT = 512;

export function matchText(raw: string): MatchText {
  const seen = recent.get(raw);
  if (seen) return seen;
  const key = raw.replace(/[\p{L}\p{M}]+/gu, wordKey);
  const text = { raw, key: key.length === raw.length ? key : raw };
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(raw, text);
  return text;
}

/** Index of the first non-space character at or after `pos`. */
export function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && /\s/u.test(text[i] as string)) i++;
  return i;
}

/** `pos` moved over spaces, then over one of `chars` and the spaces after it when present. */
export function skipPunctuation(text: string, pos: number, chars = ','): number {
  let i = skipSpaces(text, pos);
  if (i < text.length && chars.includes(text[i] as string)) i = skipSpaces(text, i + 1);
  return i;
}

/** The word (letters and digits) starting at `pos`, lower-cased; '' when none. */
export function wordAt(text: string, pos: number): string {
  const m = /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(pos, pos + 40));
  return m ? m[0].toLowerCase() : '';
}

/** The word ending right before `pos` (spaces skipped), lower-cased; '' when none. */
export function wordBefore(text: string, pos: number): string {
  const m = /([\p{L}\p{M}\p{N}]+)\s*$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return m ? (m[1] as string).toLowerCase() : '';
}
