// Comparison keys for names: the same syllable is written with its tone mark on different vowels
// (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`), so name matching goes through the shared canonical tone placement.
import { canonicalTones, matchKey } from '../../text/tones.ts';

export { canonicalTones };

/** Case- and tone-placement-insensitive key for one token or phrase; keeps the tones themselves. */
export function nameKey(text: string): string {
  return matchKey(text).replace(/\s+/gu, ' ').trim();
}
