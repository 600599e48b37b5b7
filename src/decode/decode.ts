// The decode stage: SourceFile (bytes) → DecodedText (NFC Unicode), choosing the encoding by,
// in order: the user's forced choice, a byte-order mark, a charset declared by the transport,
// and detection (UTF-16 by NUL pattern, valid UTF-8, then the legacy encoding whose decoding
// looks most like Vietnamese).
//
// Invalid UTF-8 policy: bytes that are not valid UTF-8 are accepted only when a legacy encoding
// scores clearly as Vietnamese (MIN_LEGACY_SCORE). Otherwise the file is rejected with the byte
// offset of the first invalid sequence: a UTF-8 file with a corrupt byte is better reported than
// silently decoded with replacement characters.
import type { DecodedText, EncodingName, SourceFile } from '../records.ts';
import { normalizeText } from '../text/normalize.ts';
import { binaryReason, binarySignature } from './binary-sniff.ts';
import { DecodeError } from './decode-error.ts';
import { detectLegacyEncoding, MIN_LEGACY_SCORE, SAMPLE_BYTES } from './detect-legacy.ts';
import { decodeLegacy } from './legacy-codecs.ts';
import { checkInputSize } from './limits.ts';
import { ENCODING_NAMES, parseDeclaredCharset } from './declared-charset.ts';
import {
  decodeUtf16,
  firstInvalidUtf8,
  hasNonAscii,
  hasUtf32Bom,
  sniffBom,
  sniffUtf16ByNuls,
  type UnicodeEncoding,
  utf8WellFormedShare,
} from './unicode-forms.ts';

export interface DecodeOptions {
  /** Skip detection and decode as this encoding (a matching BOM is still removed). */
  encoding?: EncodingName;
  /** Largest accepted input in bytes; defaults to MAX_INPUT_BYTES. */
  maxBytes?: number;
}

type Decoded = { text: string; encoding: EncodingName; encodingEvidence: DecodedText['encodingEvidence'] };

const utf8 = new TextDecoder('utf-8');

/**
 * Share of well-formed UTF-8 sequences above which invalid bytes are read as corruption of a
 * UTF-8 file rather than as a legacy encoding (legacy Vietnamese text measures below 0.05).
 */
const MOSTLY_UTF8 = 0.5;

function hex(bytes: Uint8Array, at: number): string {
  return Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

function bomLength(bytes: Uint8Array, encoding: EncodingName): number {
  const bom = sniffBom(bytes);
  return bom && bom.encoding === encoding ? bom.length : 0;
}

function rejectBinary(origin: string, bytes: Uint8Array): void {
  const binary = binaryReason(bytes);
  if (binary) throw new DecodeError(origin, 'binary', binary.reason, binary.byteOffset);
}

function decodeUtf8Strict(origin: string, bytes: Uint8Array, skip: number): string {
  const bad = firstInvalidUtf8(bytes, skip);
  if (bad >= 0) {
    throw new DecodeError(
      origin,
      'invalid-utf8',
      `invalid UTF-8: byte sequence at offset ${bad} (${hex(bytes, bad)}) is not well-formed`,
      bad,
    );
  }
  return utf8.decode(bytes.subarray(skip));
}

function decodeUtf16Strict(origin: string, bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  const result = decodeUtf16(bytes.subarray(skip), encoding, skip);
  if (!result.ok) {
    throw new DecodeError(origin, 'invalid-utf16', `invalid ${encoding.toUpperCase()}: ${result.problem} at offset ${result.byteOffset}`, result.byteOffset);
  }
  return result.text;
}

/** Decodes as one named encoding, strictly: errors for malformed Unicode, binary checks for legacy. */
function decodeAs(origin: string, bytes: Uint8Array, encoding: EncodingName): string {
  const skip = bomLength(bytes, encoding);
  switch (encoding) {
    case 'utf-8':
      rejectBinary(origin, bytes);
      return decodeUtf8Strict(origin, bytes, skip);
    case 'utf-16le':
    case 'utf-16be':
      return decodeUtf16Strict(origin, bytes, encoding, skip);
    default:
      rejectBinary(origin, bytes);
      return decodeLegacy(bytes, encoding);
  }
}

function decodeByBom(origin: string, bytes: Uint8Array, encoding: UnicodeEncoding): Decoded {
  return { text: decodeAs(origin, bytes, encoding), encoding, encodingEvidence: 'bom' };
}

function controlShare(text: string): number {
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g)?.length ?? 0;
  return text.length === 0 ? 0 : controls / text.length;
}

/** No BOM, nothing forced: the transport's declaration if it holds, else detection. */
function decodeUndeclared(file: SourceFile): Decoded {
  const { origin, bytes } = file;
  const signature = binarySignature(bytes);
  if (signature) throw new DecodeError(origin, 'binary', `binary file (${signature}), not text`, 0);

  const utf16 = sniffUtf16ByNuls(bytes);
  if (utf16) {
    const result = decodeUtf16(bytes, utf16);
    // Arrays of 16-bit numbers share the NUL pattern; real text has almost no control characters.
    if (result.ok && controlShare(result.text) < 0.01) return { text: result.text, encoding: utf16, encodingEvidence: 'detected' };
  }
  rejectBinary(origin, bytes);

  const bad = firstInvalidUtf8(bytes);
  let declared = parseDeclaredCharset(file.contentType);
  if (declared === 'utf-16le' || declared === 'utf-16be') declared = null; // no NUL pattern: not UTF-16
  if (bad < 0) {
    // Valid UTF-8 with non-ASCII bytes is UTF-8 whatever the server says: legacy Vietnamese text
    // is practically never well-formed UTF-8, while mislabelled UTF-8 pages are common.
    if (hasNonAscii(bytes) || !declared || declared === 'utf-8') {
      return { text: utf8.decode(bytes), encoding: 'utf-8', encodingEvidence: declared === 'utf-8' ? 'declared' : 'detected' };
    }
    return { text: decodeAs(origin, bytes, declared), encoding: declared, encodingEvidence: 'declared' };
  }
  if (declared && declared !== 'utf-8') {
    return { text: decodeAs(origin, bytes, declared), encoding: declared, encodingEvidence: 'declared' };
  }

  const wellFormed = utf8WellFormedShare(bytes.subarray(0, SAMPLE_BYTES)) ?? 0;
  if (wellFormed >= MOSTLY_UTF8) {
    throw new DecodeError(
      origin,
      'invalid-utf8',
      `invalid UTF-8: byte sequence at offset ${bad} (${hex(bytes, bad)}) is not well-formed, although ` +
        `${Math.round(wellFormed * 100)}% of the file's non-ASCII sequences are UTF-8: the file looks corrupt`,
      bad,
    );
  }
  const { best, ranking } = detectLegacyEncoding(bytes);
  if (best) return { text: decodeLegacy(bytes, best.encoding), encoding: best.encoding, encodingEvidence: 'detected' };
  const tried = ranking.map((c) => `${c.encoding} ${c.score.toFixed(2)}`).join(', ');
  throw new DecodeError(
    origin,
    'invalid-utf8',
    `invalid UTF-8: byte sequence at offset ${bad} (${hex(bytes, bad)}) is not well-formed, and the text ` +
      `does not read as Vietnamese in a legacy encoding either (share of valid syllables: ${tried}; ` +
      `need ${MIN_LEGACY_SCORE}). If you know the encoding, force it.`,
    bad,
  );
}

/**
 * Decodes one input to NFC text. Throws DecodeError (message starts with `file.origin`) for
 * inputs that are too large, empty, binary, or not decodable in any supported encoding.
 */
export function decode(file: SourceFile, options: DecodeOptions = {}): DecodedText {
  const { origin, bytes } = file;
  checkInputSize(file, options.maxBytes);
  if (bytes.length === 0) throw new DecodeError(origin, 'empty', 'empty file (0 bytes)');

  let decoded: Decoded;
  if (options.encoding !== undefined && !ENCODING_NAMES.includes(options.encoding)) {
    // The option often comes straight from a command line, past the type system.
    throw new DecodeError(
      origin,
      'unknown-encoding',
      `unknown encoding "${String(options.encoding)}"; supported: ${ENCODING_NAMES.join(', ')}`,
    );
  }
  if (options.encoding) {
    decoded = { text: decodeAs(origin, bytes, options.encoding), encoding: options.encoding, encodingEvidence: 'forced' };
  } else if (hasUtf32Bom(bytes)) {
    throw new DecodeError(origin, 'unsupported-encoding', 'UTF-32 (byte-order mark found) is not supported; convert to UTF-8', 0);
  } else {
    const bom = sniffBom(bytes);
    decoded = bom ? decodeByBom(origin, bytes, bom.encoding) : decodeUndeclared(file);
  }

  // Stray BOMs (forced decoding, concatenated files) are not content.
  const text = normalizeText(decoded.text.replace(/^\uFEFF/, ''));
  if (!/[^\s\uFEFF]/u.test(text)) {
    throw new DecodeError(origin, 'empty', `empty file: ${bytes.length} bytes but no text besides whitespace or a byte-order mark`);
  }
  const result: DecodedText = { origin, text, encoding: decoded.encoding, encodingEvidence: decoded.encodingEvidence };
  if (file.url !== undefined) result.url = file.url;
  if (file.contentType !== undefined) result.contentType = file.contentType;
  return result;
}
