// Single-byte legacy Vietnamese encodings, decoded to (not yet normalised) Unicode.
// VISCII and Windows-1258 come from iconv-lite, whose tables match RFC 1456 and Microsoft's
// code page. TCVN3 uses our own table (tcvn3-table.ts): iconv-lite's "tcvn" is the VN1 superset,
// and keeping the table here documents which bytes belong to TCVN3 proper.
import iconv from 'iconv-lite';
import { TCVN3_DECODE } from './tcvn3-table.ts';

export type LegacyEncoding = 'tcvn3' | 'viscii' | 'windows-1258';

export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'viscii', 'windows-1258'];

const ICONV_NAME = { viscii: 'viscii', 'windows-1258': 'windows1258' } as const;

/** Byte → UTF-16 code unit; every TCVN 5712 character is a single BMP code unit. */
function buildTcvn3Lookup(): Uint16Array {
  const lookup = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    const char = TCVN3_DECODE.get(byte);
    // Unassigned high bytes (none remain in VN1, but keep the rule explicit) become U+FFFD.
    lookup[byte] = char === undefined ? (byte < 0x80 ? byte : 0xfffd) : char.charCodeAt(0);
  }
  return lookup;
}

const TCVN3_LOOKUP = buildTcvn3Lookup();

const utf16le = new TextDecoder('utf-16le');

function decodeTcvn3(bytes: Uint8Array): string {
  // Map to UTF-16LE bytes and let the platform decoder build the string: far faster than
  // concatenating per character on multi-megabyte inputs.
  const out = new Uint8Array(bytes.length * 2);
  for (let i = 0; i < bytes.length; i++) {
    const unit = TCVN3_LOOKUP[bytes[i] as number] as number;
    out[2 * i] = unit & 0xff;
    out[2 * i + 1] = unit >> 8;
  }
  return utf16le.decode(out);
}

/** Decodes bytes in one legacy encoding; the result may hold combining marks (not NFC yet). */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') return decodeTcvn3(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAME[encoding]);
}
