// Encoders that write text in the legacy Vietnamese encodings: used to build test inputs and the
// committed fixtures. They come from iconv-lite (TCVN 5712 VN1, VISCII, Windows-1258), not from
// our TCVN3 table, so a wrong entry in that table cannot be mirrored here and cancel out in tests.
import iconv from 'iconv-lite';

/** Characters the legacy code pages lack, spelled in ASCII the way legacy-era text did. */
const ASCII_FALLBACK: Readonly<Record<string, string>> = {
  '\u201c': '"',
  '\u201d': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u2026': '...',
  '\u2013': '-',
  '\u2014': '-',
};

/** Replaces typographic punctuation that VISCII and TCVN3 cannot store. */
export function asciiPunctuation(text: string): string {
  return text.replace(/[\u201c\u201d\u2018\u2019\u2026\u2013\u2014]/g, (c) => ASCII_FALLBACK[c] ?? c);
}

/** TCVN3 bytes via iconv-lite's "tcvn" (VN1): toned capitals land on VN1 codes 0x01–0x9F. */
export function encodeTcvn(text: string): Buffer {
  return iconv.encode(text.normalize('NFC'), 'tcvn');
}

export function encodeViscii(text: string): Buffer {
  return iconv.encode(text.normalize('NFC'), 'viscii');
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Windows-1258 the way Microsoft's converters write it: vowel shapes (ă â ê ô ơ ư) precomposed,
 * tone marks as separate combining characters (so "ấ" is â + U+0301).
 */
export function encodeWindows1258(text: string): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const parts = [...ch.normalize('NFD')];
    const tone = parts.find((p) => TONES.test(p)) ?? '';
    const base = parts.filter((p) => !TONES.test(p)).join('').normalize('NFC');
    out += base + tone;
  }
  return iconv.encode(out, 'windows1258');
}
