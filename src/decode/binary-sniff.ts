// Recognises inputs that are not text at all, before any decoding is attempted, so that a PNG or
// a zip dropped into an ingest directory fails with a reason instead of becoming mojibake.

const MAGIC: ReadonlyArray<readonly [name: string, bytes: readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip archive (or DOCX/XLSX/EPUB)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip-compressed data', [0x1f, 0x8b]],
  ['bzip2-compressed data', [0x42, 0x5a, 0x68]],
  ['xz-compressed data', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd-compressed data', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7-zip archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74, 0x20, 0x33, 0x00]],
  ['OLE2 document (old Word/Excel)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
];

/** RIFF containers ("RIFF", a 4-byte size, then the form type), checked on the form type too. */
const RIFF_FORMS = ['WEBP', 'WAVE', 'AVI '];

/** The kind of binary file the bytes start with, or null when no known signature matches. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b)) return name;
  }
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && RIFF_FORMS.includes(ascii(8, 12))) {
    return `RIFF ${ascii(8, 12).trim()} media`;
  }
  return null;
}

/**
 * C0 codes that count as "binary" evidence. Excluded: tab, line feed, form feed, carriage return,
 * and the codes VISCII (02 05 06 14 19 1E) and TCVN VN1 (01 02 04–06 11–17) use for letters.
 */
const SUSPICIOUS_CONTROL = new Uint8Array(256);
for (const b of [0x00, 0x03, 0x07, 0x08, 0x0b, 0x0e, 0x0f, 0x10, 0x18, 0x1a, 0x1b, 0x1c, 0x1d, 0x1f, 0x7f]) SUSPICIOUS_CONTROL[b] = 1;

export interface ControlStats {
  nulOffset: number;
  suspicious: number;
}

/** Offset of the first NUL byte (-1 if none) and the number of suspicious control bytes. */
export function controlStats(bytes: Uint8Array): ControlStats {
  let nulOffset = -1;
  let suspicious = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0 && nulOffset < 0) nulOffset = i;
    suspicious += SUSPICIOUS_CONTROL[b] as number;
  }
  // A single trailing Ctrl-Z is the DOS end-of-file marker some old editors append.
  if (bytes.length > 0 && bytes[bytes.length - 1] === 0x1a) suspicious--;
  return { nulOffset, suspicious };
}

/** Share of suspicious control bytes above which a file is treated as binary. */
export const MAX_CONTROL_SHARE = 0.01;

/** Why `bytes` (not UTF-16) look binary, or null when they could be text. */
export function binaryReason(bytes: Uint8Array): { reason: string; byteOffset: number | null } | null {
  const signature = binarySignature(bytes);
  if (signature) return { reason: `binary file (${signature}), not text`, byteOffset: 0 };
  const stats = controlStats(bytes);
  if (stats.nulOffset >= 0) {
    return { reason: `binary data: NUL byte at offset ${stats.nulOffset} in a file that is not UTF-16`, byteOffset: stats.nulOffset };
  }
  if (stats.suspicious > Math.max(2, bytes.length * MAX_CONTROL_SHARE)) {
    return { reason: `binary data: ${stats.suspicious} control bytes in ${bytes.length}`, byteOffset: null };
  }
  return null;
}
