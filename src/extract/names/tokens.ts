// Word and punctuation tokens with their offsets: every name matcher works on these, so offsets
// into the field text come for free and spacing differences (`TP.HCM` / `TP. HCM`) do not matter.
import { nameKey } from './tone-key.ts';

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

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Keys are costly (tone canonicalisation) and words repeat: memoised, bounded. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = nameKey(word);
    keyCache.set(word, key);
  }
  return key;
}
const DASHES = /^[-‐‑‒–—―]$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    const prev = tokens[tokens.length - 1];
    tokens.push({
      text: raw,
      start,
      end: start + raw.length,
      key: isWord ? wordKey(raw) : DASHES.test(raw) ? '-' : raw,
      isWord,
      capitalised: /^\p{Lu}/u.test(raw),
      spaceBefore: prev ? start > prev.end : true,
    });
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
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 12 && upper.length / letters.length > 0.8;
}

/**
 * A headline in English-style title case (`Đào Tạo Nhân Lực Cho Kỷ Nguyên Số`): every word is
 * capitalised, so a capitalised run there is not evidence of a name.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.isWord && /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  return words.filter((t) => t.capitalised).length / words.length >= 0.75;
}
