// Search keys: what a reader types without diacritics must find text written with them.
import { normalizeText } from './normalize.ts';

/**
 * Lower case, every diacritic removed (tone marks and the ă â ê ô ơ ư vowel marks), đ → d.
 * đ needs its own rule: it is a distinct letter, not d plus a combining mark, so NFD does not split it.
 * Because every mark goes, old and new tone placement (hoà, hòa) and NFD input fold alike, and
 * normalizeText first maps a mistyped Ð (U+00D0) to Đ.
 */
export function foldForSearch(input: string): string {
  return normalizeText(input)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
