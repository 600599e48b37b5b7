// Canonical Unicode form for all Vietnamese text entering the system.
// NFC first: the same word may arrive precomposed (Windows, most CMSs) or decomposed (macOS,
// Windows-1258 which stores tone marks as combining characters), and must compare equal.

/** NFC, with the Icelandic eth (Ð/ð, often typed by mistake for Đ/đ) mapped to Vietnamese đ. */
export function normalizeText(input: string): string {
  const nfc = input.normalize('NFC');
  // Most texts have no eth at all: a scan is cheaper than two global replacements.
  if (!nfc.includes('\u00D0') && !nfc.includes('\u00F0')) return nfc;
  return nfc.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
}
