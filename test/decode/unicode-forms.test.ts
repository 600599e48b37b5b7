import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  decodeUtf16,
  firstInvalidUtf8,
  sniffBom,
  sniffUtf16ByNuls,
  utf8WellFormedShare,
} from '../../src/decode/unicode-forms.ts';
import { binaryReason, binarySignature } from '../../src/decode/binary-sniff.ts';
import { encodingFromName, parseDeclaredCharset } from '../../src/decode/declared-charset.ts';

const fatal = new TextDecoder('utf-8', { fatal: true });

function validByWhatwg(bytes: Uint8Array): boolean {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

test('UTF-8 validation agrees with the WHATWG decoder on arbitrary bytes', () => {
  // High bytes are over-represented so that multi-byte edge cases come up often.
  const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0x80, 0xbf));
  fc.assert(
    fc.property(fc.array(byte, { maxLength: 40 }), (arr) => {
      const bytes = Uint8Array.from(arr);
      return (firstInvalidUtf8(bytes) === -1) === validByWhatwg(bytes);
    }),
    { numRuns: 5000, seed: 1 },
  );
});

test('UTF-8 validation accepts any encoded string and points at the first bad byte', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(Buffer.from(s, 'utf8')) === -1),
    { numRuns: 500, seed: 2 },
  );
  assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3, 0xa0, 0x80])), 3);
});

test('BOM sniffing', () => {
  assert.deepEqual(sniffBom(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41])), { encoding: 'utf-8', length: 3 });
  assert.deepEqual(sniffBom(Uint8Array.from([0xff, 0xfe])), { encoding: 'utf-16le', length: 2 });
  assert.deepEqual(sniffBom(Uint8Array.from([0xfe, 0xff])), { encoding: 'utf-16be', length: 2 });
  assert.equal(sniffBom(Uint8Array.from([0xef, 0xbb])), null);
});

test('UTF-16 detection by NUL columns, and refusal when the pattern is absent', () => {
  assert.equal(sniffUtf16ByNuls(Buffer.from('Việt Nam 2025', 'utf16le')), 'utf-16le');
  assert.equal(sniffUtf16ByNuls(Buffer.from('Việt Nam 2025', 'utf16le').swap16()), 'utf-16be');
  assert.equal(sniffUtf16ByNuls(Buffer.from('Việt Nam 2025', 'utf8')), null);
  assert.equal(sniffUtf16ByNuls(new Uint8Array(64)), null, 'all NULs is not text');
});

test('UTF-16 decoding keeps surrogate pairs and reports offsets with the BOM counted', () => {
  const pair = decodeUtf16(Buffer.from('a😀', 'utf16le'), 'utf-16le');
  assert.deepEqual(pair, { ok: true, text: 'a😀' });
  const lone = decodeUtf16(Uint8Array.from([0x41, 0x00, 0x00, 0xdc]), 'utf-16le', 2);
  assert.deepEqual(lone, { ok: false, problem: 'unpaired surrogate 0xdc00', byteOffset: 4 });
});

test('well-formed share separates corrupt UTF-8 from single-byte text', () => {
  assert.equal(utf8WellFormedShare(Buffer.from('abc')), null);
  assert.equal(utf8WellFormedShare(Buffer.from('chuyển đổi số', 'utf8')), 1);
  assert.equal(utf8WellFormedShare(Uint8Array.from([0x63, 0xb8, 0x63, 0x20, 0xae, 0xb8])), 0);
});

test('binary signatures and control-byte density', () => {
  assert.equal(binarySignature(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ', 'latin1')), 'RIFF WEBP media');
  assert.equal(binarySignature(Buffer.from('RIFF is a word', 'latin1')), null);
  assert.match(binaryReason(Uint8Array.from([0x61, 0x00, 0x62]))?.reason ?? '', /NUL byte at offset 1/);
  // VISCII stores Ẳ Ẵ Ẫ Ỷ Ỹ Ỵ on C0 codes: a text using them is not binary.
  assert.equal(binaryReason(Uint8Array.from([0x02, 0x4e, 0x05, 0x20, 0x06, 0x14, 0x19, 0x1e, 0x41])), null);
  const escapes = Buffer.alloc(200, 0x61);
  for (let i = 0; i < 10; i++) escapes[i * 20] = 0x1b;
  assert.match(binaryReason(escapes)?.reason ?? '', /10 control bytes in 200/);
});

test('declared charsets are read from Content-Type', () => {
  assert.equal(parseDeclaredCharset('text/html; charset=UTF-8'), 'utf-8');
  assert.equal(parseDeclaredCharset('text/plain;charset="windows-1258"'), 'windows-1258');
  assert.equal(parseDeclaredCharset('text/plain; charset=x-viet-tcvn5712'), 'tcvn3');
  assert.equal(parseDeclaredCharset('text/plain; charset=iso-8859-1'), null);
  assert.equal(parseDeclaredCharset('text/plain'), null);
  assert.equal(parseDeclaredCharset(null), null);
});

test('encoding names from users: canonical names and aliases, any case', () => {
  assert.equal(encodingFromName('TCVN3'), 'tcvn3');
  assert.equal(encodingFromName('cp1258'), 'windows-1258');
  assert.equal(encodingFromName(' UTF8 '), 'utf-8');
  assert.equal(encodingFromName('latin1'), null);
});
