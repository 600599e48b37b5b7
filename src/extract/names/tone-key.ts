// Comparison keys for names: the same syllable is written with its tone mark on different vowels
// (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`), so name matching goes through the shared canonical tone placement.
import { canonicalTones, matchKey } from '../../text/tones.ts';

export { canonicalTones };

/**
 * Keys are asked for every token of every field (and again for surnames and honorifics), and words
 * repeat: computed keys are memoised. Bounded: the memo is emptied when it holds KEY_CACHE_LIMIT
 * entries, and texts longer than KEY_CACHE_MAX_TEXT (phrases, not words) are not kept.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;
const KEY_CACHE_MAX_TEXT = 64;

/** Case- and tone-placement-insensitive key for one token or phrase; keeps the tones themselves. */
export function nameKey(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = matchKey(text).replace(/\s+/gu, ' ').trim();
    if (text.length <= KEY_CACHE_MAX_TEXT) {
      if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
      keyCache.set(text, key);
    }
  }
  return key;
}
