// Bytes → HTML string. Order of evidence follows browsers: byte-order mark, then the HTTP
// Content-Type charset, then a <meta> declaration in the first bytes, then a guess from the bytes.
// Vietnamese legacy encodings (TCVN3, VISCII) are the decode stage's: it decodes and detects them.
import iconv from 'iconv-lite';
import { decode, encodingFromName, gunzipLimited, isGzip } from '../../decode/index.ts';
import { normalizeText } from '../../text/normalize.ts';

/** How far into the page a <meta charset> is looked for (the head of most CMS pages fits). */
const META_SCAN_BYTES = 16_384;

/**
 * `origin` names the page in errors (a gzip page that inflates past the limit); `onWarning` hears
 * of a declared charset that was not followed.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string | null, origin = 'html page', onWarning?: (message: string) => void): string {
  const raw: Uint8Array = isGzip(bytes) ? gunzipLimited(bytes, origin) : bytes;
  const { charset, bomLength } = chooseCharset(raw, contentType ?? null);
  const ignored = [charsetFromContentType(contentType ?? null), charsetFromMeta(raw)].find((label) => label !== null && supportedCharset(label) === null);
  if (ignored && onWarning) onWarning(`declared charset "${ignored}" is not one browsers read; read as ${charset === GUESS ? 'a guessed encoding' : charset}`);
  const body = raw.subarray(bomLength);
  if (charset === GUESS) return normalizeText(guessAndDecode(body));
  return normalizeText(decodeAs(body, charset));
}

/** Marks bytes with no declared charset that are not valid UTF-8. */
const GUESS = 'guess';

function decodeAs(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (charset === 'tcvn3' || charset === 'viscii') return decode({ origin: 'html page', bytes }, { encoding: charset }).text;
  return iconv.decode(Buffer.from(bytes), charset);
}

interface CharsetChoice {
  charset: string;
  bomLength: number;
}

/** The charset to decode with (or GUESS when undeclared and not UTF-8) and the BOM length to skip. */
export function chooseCharset(bytes: Uint8Array, contentType: string | null): CharsetChoice {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', bomLength: 2 };
  const declared = supportedCharset(charsetFromContentType(contentType)) ?? supportedCharset(charsetFromMeta(bytes));
  if (declared) return { charset: declared, bomLength: 0 };
  return { charset: isValidUtf8(bytes) ? 'utf-8' : GUESS, bomLength: 0 };
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match ? (match[1] as string) : null;
}

/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  // latin1 maps bytes 1:1, so ASCII markup is readable whatever the real encoding is.
  const head = Buffer.from(bytes.subarray(0, META_SCAN_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const match = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (match) return match[1] as string;
  }
  return null;
}

function supportedCharset(label: string | null): string | null {
  if (!label) return null;
  const name = label.toLowerCase();
  if (name === 'utf8' || name === 'utf-8') return 'utf-8';
  // Browsers read Latin-1 and ASCII declarations as windows-1252 (a superset); so do we.
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii' || name === 'ascii') return 'windows-1252';
  // A page encoded in UTF-16 cannot declare it in ASCII-readable <meta>; such a claim is wrong.
  if (name.startsWith('utf-16')) return 'utf-8';
  const legacy = encodingFromName(name);
  if (legacy === 'tcvn3' || legacy === 'viscii') return legacy;
  // Otherwise only the labels browsers read (the WHATWG Encoding Standard's, which TextDecoder
  // knows): iconv also knows UTF-7, and a page of UTF-8 Vietnamese declared UTF-7 became mojibake.
  return isBrowserLabel(name) && iconv.encodingExists(name) ? name : null;
}

function isBrowserLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

// Bytes that windows-1258 uses for combining tone marks (grave, hook, tilde, acute, dot below):
// frequent in Vietnamese text stored in that code page, rare in Western windows-1252 text.
const CP1258_TONE_MARKS = new Set([0xcc, 0xd2, 0xde, 0xec, 0xf2]);

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Undeclared, not UTF-8: the decode stage's detector knows the Vietnamese legacy encodings; when
 * it finds none (too little text), tone-mark bytes still tell windows-1258 from Western windows-1252.
 */
function guessAndDecode(bytes: Uint8Array): string {
  try {
    const decoded = decode({ origin: 'html page', bytes });
    if (decoded.encoding !== 'utf-8') return decoded.text;
  } catch {
    // Not recognisably Vietnamese: fall through to the byte statistics below.
  }
  let toneMarks = 0;
  let highBytes = 0;
  for (const byte of bytes) {
    if (byte >= 0x80) highBytes++;
    if (CP1258_TONE_MARKS.has(byte)) toneMarks++;
  }
  const charset = highBytes > 0 && toneMarks / highBytes > 0.2 ? 'windows-1258' : 'windows-1252';
  return iconv.decode(Buffer.from(bytes), charset);
}
