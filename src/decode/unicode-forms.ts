// Byte-order marks, strict UTF-8 validation and UTF-16 decoding, with byte offsets for errors.

export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Bom {
  encoding: UnicodeEncoding;
  length: number;
}

/** The byte-order mark at the start of `bytes`, or null. UTF-32 marks are reported separately. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True when the bytes start with a UTF-32 byte-order mark (which the pipeline does not read). */
export function hasUtf32Bom(bytes: Uint8Array): boolean {
  const [b0, b1, b2, b3] = bytes;
  return (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff);
}

/**
 * Length of the well-formed UTF-8 sequence starting at `i` (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or 0 when the bytes there are not one.
 */
function sequenceLengthAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  let need: number;
  let min = 0x80;
  let max = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) {
    need = 1;
  } else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    // E0 needs A0.. (else overlong); ED needs ..9F (else a surrogate).
    if (b === 0xe0) min = 0xa0;
    if (b === 0xed) max = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) min = 0x90;
    if (b === 0xf4) max = 0x8f;
  } else {
    return 0;
  }
  if (i + need >= bytes.length) return 0; // truncated at the end of the input
  const second = bytes[i + 1] as number;
  if (second < min || second > max) return 0;
  for (let k = 2; k <= need; k++) {
    const c = bytes[i + k] as number;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return need + 1;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLengthAt(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

/**
 * Of all places where a non-ASCII sequence starts, the share that are well-formed UTF-8. Near 1
 * for UTF-8 with a few corrupt bytes; near 0 for legacy single-byte text, where a high byte is
 * rarely followed by the continuation bytes UTF-8 requires. Null when there is no high byte.
 */
export function utf8WellFormedShare(bytes: Uint8Array): number | null {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] as number) < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLengthAt(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      valid++;
      i += length;
    }
  }
  return valid + invalid === 0 ? null : valid / (valid + invalid);
}

/** True when any byte is 0x80 or above. */
export function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

export type Utf16Result = { ok: true; text: string } | { ok: false; problem: string; byteOffset: number };

/** Decodes UTF-16 (no BOM in `bytes`), rejecting an odd length and unpaired surrogates. */
export function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', baseOffset = 0): Utf16Result {
  if (bytes.length % 2 !== 0) {
    return { ok: false, problem: `odd number of bytes (${bytes.length}) for ${encoding}`, byteOffset: baseOffset + bytes.length - 1 };
  }
  const units = new Array<number>(bytes.length / 2);
  for (let i = 0, u = 0; i < bytes.length; i += 2, u++) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] as number;
    units[u] = encoding === 'utf-16le' ? a | (b << 8) : (a << 8) | b;
  }
  for (let u = 0; u < units.length; u++) {
    const c = units[u] as number;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = units[u + 1];
      if (next !== undefined && next >= 0xdc00 && next <= 0xdfff) {
        u++;
        continue;
      }
      return { ok: false, problem: `unpaired surrogate 0x${c.toString(16)}`, byteOffset: baseOffset + u * 2 };
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      return { ok: false, problem: `unpaired surrogate 0x${c.toString(16)}`, byteOffset: baseOffset + u * 2 };
    }
  }
  let text = '';
  const CHUNK = 8192;
  for (let u = 0; u < units.length; u += CHUNK) text += String.fromCharCode(...units.slice(u, u + CHUNK));
  return { ok: true, text };
}

/**
 * Guesses UTF-16 without a BOM from where NUL bytes fall: text that is mostly ASCII or Latin has a
 * zero high byte in most code units, so one byte column is full of NULs and the other has almost none.
 */
export function sniffUtf16ByNuls(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = bytes.length / 2;
  if (oddNul >= units * 0.2 && evenNul <= units * 0.02) return 'utf-16le';
  if (evenNul >= units * 0.2 && oddNul <= units * 0.02) return 'utf-16be';
  return null;
}
