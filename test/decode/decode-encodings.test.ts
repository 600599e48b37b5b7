// Seed 000 in every supported encoding must decode to the NFC text of the UTF-8 original.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decode } from '../../src/decode/decode.ts';
import type { EncodingName } from '../../src/records.ts';
import { asciiPunctuation, encodeTcvn, encodeViscii, encodeWindows1258 } from '../../src/decode/legacy-encoders.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(REPO, 'test', 'fixtures', 'encodings');

/** A seed text: the copy in data/seeds, else ../shared/seeds beside the checkout. */
function readSeed(name: string): string {
  for (const dir of [join(REPO, 'data', 'seeds'), join(REPO, '..', 'shared', 'seeds')]) {
    if (existsSync(join(dir, name))) return readFileSync(join(dir, name), 'utf8');
  }
  throw new Error(`seed ${name} not found in data/seeds or ../shared/seeds`);
}

const seed = readSeed('000_8fee37822d2a2a5b.txt').normalize('NFC');
const file = (bytes: Uint8Array, extra: object = {}) => ({ origin: 'seed000.test', bytes, ...extra });
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  return Buffer.from(le).swap16();
}

test('UTF-8 without BOM is detected', () => {
  const out = decode(file(Buffer.from(seed, 'utf8')));
  assert.equal(out.text, seed);
  assert.equal(out.encoding, 'utf-8');
  assert.equal(out.encodingEvidence, 'detected');
  assert.equal(out.origin, 'seed000.test');
});

test('UTF-8 with BOM: the BOM is evidence and is not part of the text', () => {
  const out = decode(file(Buffer.concat([BOM8, Buffer.from(seed, 'utf8')])));
  assert.equal(out.text, seed);
  assert.deepEqual([out.encoding, out.encodingEvidence], ['utf-8', 'bom']);
});

test('UTF-16LE and UTF-16BE with BOM', () => {
  const le = decode(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])));
  assert.equal(le.text, seed);
  assert.deepEqual([le.encoding, le.encodingEvidence], ['utf-16le', 'bom']);
  const be = decode(file(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seed)])));
  assert.equal(be.text, seed);
  assert.deepEqual([be.encoding, be.encodingEvidence], ['utf-16be', 'bom']);
});

test('UTF-16 without BOM is detected from the NUL-byte pattern', () => {
  const le = decode(file(Buffer.from(seed, 'utf16le')));
  assert.deepEqual([le.text === seed, le.encoding, le.encodingEvidence], [true, 'utf-16le', 'detected']);
  const be = decode(file(utf16be(seed)));
  assert.deepEqual([be.text === seed, be.encoding, be.encodingEvidence], [true, 'utf-16be', 'detected']);
});

test('decomposed UTF-8 (macOS style) comes out NFC', () => {
  const nfd = seed.normalize('NFD');
  assert.notEqual(nfd, seed);
  assert.equal(decode(file(Buffer.from(nfd, 'utf8'))).text, seed);
});

test('Windows-1258 with combining tone marks is detected and composed to NFC', () => {
  const bytes = encodeWindows1258(seed);
  assert.ok(!bytes.includes(0x3f), 'every seed character is representable in Windows-1258');
  assert.ok(bytes.includes(0xec), 'the input really carries a combining acute (0xEC)');
  const out = decode(file(bytes));
  assert.equal(out.text, seed);
  assert.deepEqual([out.encoding, out.encodingEvidence], ['windows-1258', 'detected']);
});

test('VISCII is detected (curly quotes and the ellipsis, which VISCII lacks, spelled in ASCII)', () => {
  const expected = asciiPunctuation(seed);
  const out = decode(file(encodeViscii(expected)));
  assert.equal(out.text, expected);
  assert.deepEqual([out.encoding, out.encodingEvidence], ['viscii', 'detected']);
});

test('TCVN3 is detected (same punctuation substitution; Á and Ủ at their VN1 codes)', () => {
  const expected = asciiPunctuation(seed);
  const bytes = encodeTcvn(expected);
  assert.ok(bytes.includes(0xb8), 'á is 0xB8 in TCVN3');
  const out = decode(file(bytes));
  assert.equal(out.text, expected);
  assert.deepEqual([out.encoding, out.encodingEvidence], ['tcvn3', 'detected']);
});

test('seed 002 (a whole page with boilerplate) is detected in each legacy encoding too', () => {
  const page = asciiPunctuation(readSeed('002_00bf98e39be64d58.txt').normalize('NFC'));
  const cases: Array<[EncodingName, Buffer]> = [
    ['tcvn3', encodeTcvn(page)],
    ['viscii', encodeViscii(page)],
    ['windows-1258', encodeWindows1258(page)],
  ];
  for (const [encoding, bytes] of cases) {
    const out = decode(file(bytes));
    assert.equal(out.encoding, encoding);
    assert.equal(out.text, page);
  }
});

test('a single short sentence is enough to tell the legacy encodings apart', () => {
  const sentence = 'Nghị quyết về phát triển khoa học, công nghệ của Bộ Chính trị';
  const cases: Array<[EncodingName, Buffer]> = [
    ['tcvn3', encodeTcvn(sentence)],
    ['viscii', encodeViscii(sentence)],
    ['windows-1258', encodeWindows1258(sentence)],
  ];
  for (const [encoding, bytes] of cases) {
    const out = decode(file(bytes));
    assert.deepEqual([out.encoding, out.text], [encoding, sentence]);
  }
});

test('a forced encoding skips detection and is reported as forced', () => {
  const bytes = encodeTcvn('các');
  const out = decode(file(bytes), { encoding: 'tcvn3' });
  assert.deepEqual([out.text, out.encoding, out.encodingEvidence], ['các', 'tcvn3', 'forced']);
  // Forced VISCII on the same bytes gives different letters: the option really is obeyed.
  assert.notEqual(decode(file(bytes), { encoding: 'viscii' }).text, 'các');
  // A BOM matching the forced encoding is still removed.
  assert.equal(decode(file(Buffer.concat([BOM8, Buffer.from('và', 'utf8')])), { encoding: 'utf-8' }).text, 'và');
});

test('a charset declared by the transport is used and reported as declared', () => {
  const bytes = encodeWindows1258('của các');
  const out = decode(file(bytes, { contentType: 'text/plain; charset=windows-1258', url: 'https://example.vn/a' }));
  assert.deepEqual([out.text, out.encoding, out.encodingEvidence], ['của các', 'windows-1258', 'declared']);
  assert.equal(out.url, 'https://example.vn/a');
  assert.equal(out.contentType, 'text/plain; charset=windows-1258');
});

test('valid UTF-8 wins over a declared legacy charset; a true UTF-8 declaration is reported', () => {
  const bytes = Buffer.from('của các', 'utf8');
  const mislabelled = decode(file(bytes, { contentType: 'text/html; charset=windows-1258' }));
  assert.deepEqual([mislabelled.text, mislabelled.encoding, mislabelled.encodingEvidence], ['của các', 'utf-8', 'detected']);
  const labelled = decode(file(bytes, { contentType: 'text/html; charset=utf-8' }));
  assert.deepEqual([labelled.encoding, labelled.encodingEvidence], ['utf-8', 'declared']);
});

test('a false UTF-8 declaration on legacy bytes falls back to detection', () => {
  const out = decode(file(encodeTcvn('những người được'), { contentType: 'text/html; charset=UTF-8' }));
  assert.deepEqual([out.text, out.encoding, out.encodingEvidence], ['những người được', 'tcvn3', 'detected']);
});

test('plain ASCII is UTF-8', () => {
  const out = decode(file(Buffer.from('Nghi quyet 57-NQ/TW\n')));
  assert.deepEqual([out.encoding, out.text], ['utf-8', 'Nghi quyet 57-NQ/TW\n']);
});

test('committed fixtures decode to the seed', () => {
  const utf16 = decode({ origin: 'seed000.utf16le.txt', bytes: readFileSync(join(FIXTURES, 'seed000.utf16le.txt')) });
  assert.deepEqual([utf16.text === seed, utf16.encoding, utf16.encodingEvidence], [true, 'utf-16le', 'bom']);
  const tcvn = decode({ origin: 'seed000.tcvn3.txt', bytes: readFileSync(join(FIXTURES, 'seed000.tcvn3.txt')) });
  const expected = readFileSync(join(FIXTURES, 'seed000.tcvn3.expected.txt'), 'utf8');
  assert.equal(expected, asciiPunctuation(seed));
  assert.deepEqual([tcvn.text === expected, tcvn.encoding, tcvn.encodingEvidence], [true, 'tcvn3', 'detected']);
});
