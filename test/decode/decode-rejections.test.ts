// Inputs the decoder must refuse, each with a DecodeError that names the file and the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { decode } from '../../src/decode/decode.ts';
import { DecodeError, type DecodeFailure } from '../../src/decode/decode-error.ts';
import { checkInputSize, longestLineLength, MAX_INPUT_BYTES } from '../../src/decode/limits.ts';

const ORIGIN = 'inbox/article-17.txt';

function rejects(bytes: Uint8Array, reason: DecodeFailure, messagePart: RegExp, options = {}): DecodeError {
  let caught: unknown;
  try {
    decode({ origin: ORIGIN, bytes }, options);
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof DecodeError, `expected a DecodeError, got ${String(caught)}`);
  assert.equal(caught.reason, reason);
  assert.equal(caught.origin, ORIGIN);
  assert.ok(caught.message.startsWith(`${ORIGIN}: `), caught.message);
  assert.match(caught.message, messagePart);
  return caught;
}

/** Deterministic pseudo-random bytes (xorshift32), so failures reproduce. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
]);

test('an empty file', () => {
  rejects(new Uint8Array(0), 'empty', /empty file \(0 bytes\)/);
});

test('a file of whitespace only, or only a byte-order mark', () => {
  rejects(Buffer.from(' \n\t\r\n  '), 'empty', /no text besides whitespace/);
  rejects(Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty', /no text besides whitespace/);
  rejects(Uint8Array.from([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), 'empty', /no text besides whitespace/);
});

test('a PNG image, even when an encoding is forced', () => {
  rejects(PNG, 'binary', /PNG image/);
  rejects(PNG, 'binary', /PNG image/, { encoding: 'tcvn3' });
});

test('other binary signatures are named', () => {
  rejects(Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42]), 'binary', /gzip/);
  rejects(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'binary', /PDF document/);
  rejects(Buffer.from('PK\u0003\u0004word/document.xml'), 'binary', /zip archive/);
});

test('random binary data', () => {
  for (const seed of [1, 2, 3, 42, 2025]) rejects(randomBytes(4096, seed), 'binary', /binary data/);
});

test('random high bytes without NULs or controls are invalid UTF-8 and not Vietnamese either', () => {
  const bytes = randomBytes(2048, 7).map((b) => (b < 0x80 ? 0x61 + (b % 26) : b));
  const error = rejects(bytes, 'invalid-utf8', /invalid UTF-8: byte sequence at offset \d+/);
  assert.match(error.message, /does not read as Vietnamese/);
});

test('one corrupt byte inside UTF-8 text is reported with its offset', () => {
  const bytes = Buffer.from(readFileSync(new URL('../fixtures/encodings/seed000.tcvn3.expected.txt', import.meta.url), 'utf8'), 'utf8');
  const at = bytes.indexOf(Buffer.from('Bộ Chính trị', 'utf8')) + 1; // first byte of "ộ"
  bytes[at] = 0xff;
  const error = rejects(bytes, 'invalid-utf8', new RegExp(`offset ${at} \\(ff bb 99 `));
  assert.match(error.message, /looks corrupt/);
  assert.equal(error.byteOffset, at);
});

test('malformed UTF-8 forms: truncated, overlong, surrogate, above U+10FFFF', () => {
  rejects(Buffer.concat([Buffer.from('Hà Nội '), Uint8Array.from([0xe1, 0xbb])]), 'invalid-utf8', /offset 10 \(e1 bb\)/);
  rejects(Buffer.concat([Buffer.from('ab'), Uint8Array.from([0xc0, 0xaf])]), 'invalid-utf8', /offset 2/);
  rejects(Buffer.concat([Buffer.from('ab'), Uint8Array.from([0xed, 0xa0, 0x80])]), 'invalid-utf8', /offset 2/);
  rejects(Buffer.concat([Buffer.from('ab'), Uint8Array.from([0xf4, 0x90, 0x80, 0x80])]), 'invalid-utf8', /offset 2/);
});

test('forcing UTF-8 on bytes that are not UTF-8 reports the offset instead of guessing', () => {
  rejects(Buffer.from([0x63, 0xb8, 0x63]), 'invalid-utf8', /offset 1 \(b8 63\)/, { encoding: 'utf-8' });
});

test('broken UTF-16: odd length, unpaired surrogate', () => {
  rejects(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'invalid-utf16', /odd number of bytes/);
  rejects(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), 'invalid-utf16', /unpaired surrogate 0xd800 at offset 4/);
});

test('an unknown forced encoding (e.g. from the command line) is refused with the supported list', () => {
  const options = { encoding: 'latin1' } as unknown as { encoding: 'utf-8' };
  rejects(Buffer.from('abc'), 'unknown-encoding', /unknown encoding "latin1"; supported: utf-8, utf-16le, utf-16be, tcvn3, viscii, windows-1258/, options);
});

test('UTF-32 is refused by name', () => {
  rejects(Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]), 'unsupported-encoding', /UTF-32/);
});

test('files above the size limit are refused before any decoding', () => {
  rejects(Buffer.from('xin chào'), 'too-large', /too large: 9 bytes, the limit is 8 bytes/, { maxBytes: 8 });
  assert.equal(MAX_INPUT_BYTES, 64 * 1024 * 1024);
  assert.throws(() => checkInputSize({ origin: 'big.txt', bytes: new Uint8Array(11) }, 10), /^DecodeError: big.txt: file is too large/);
  assert.doesNotThrow(() => checkInputSize({ origin: 'ok.txt', bytes: new Uint8Array(10) }, 10));
});

test('any byte sequence either decodes to NFC text or fails with a DecodeError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        const out = decode({ origin: 'fuzz', bytes });
        return out.text === out.text.normalize('NFC') && out.text.trim().length > 0;
      } catch (error) {
        return error instanceof DecodeError && error.message.startsWith('fuzz: ');
      }
    }),
    { numRuns: 2000, seed: 57 },
  );
});

test('longestLineLength counts the longest line in code units, for any line break style', () => {
  assert.equal(longestLineLength(''), 0);
  assert.equal(longestLineLength('ab\r\nabcd\rx\nabc'), 4);
  assert.equal(longestLineLength('một dòng'), 8);
});
