import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { TCVN3_DECODE, TCVN3_VN3, TONE_MARKS } from '../../src/decode/tcvn3-table.ts';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** The 134 precomposed Vietnamese letters outside ASCII, built from Unicode composition alone. */
function vietnameseLetters(): string[] {
  const lower: string[] = ['đ'];
  for (const v of VOWELS) {
    if (!/^[a-z]$/.test(v)) lower.push(v);
    for (const tone of TONE_MARKS) lower.push((v + tone).normalize('NFC'));
  }
  return [...lower, ...lower.map((c) => c.toUpperCase())];
}

test('there are 134 non-ASCII Vietnamese letters, each one precomposed code point', () => {
  const letters = vietnameseLetters();
  assert.equal(letters.length, 134);
  assert.ok(letters.every((c) => c.length === 1));
});

test('the decoding table is a bijection onto the 134 letters (plus NBSP and 5 combining tones)', () => {
  const values = [...TCVN3_DECODE.values()];
  assert.equal(new Set(values).size, values.length, 'no character has two codes');
  const letters = new Set(vietnameseLetters());
  const decodedLetters = values.filter((c) => letters.has(c));
  assert.equal(decodedLetters.length, 134);
  const others = values.filter((c) => !letters.has(c)).sort();
  assert.deepEqual(others, ['\u00a0', ...TONE_MARKS].sort());
});

test('TCVN3 proper (VN3) has the 67 lower-case letters, 7 untoned capitals and NBSP, nothing more', () => {
  const values = [...TCVN3_VN3.values()];
  assert.equal(values.length, 75);
  const lower = values.filter((c) => c !== c.toUpperCase());
  const upper = values.filter((c) => c !== c.toLowerCase());
  assert.equal(lower.length, 67);
  assert.deepEqual(upper.sort(), ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'].sort());
  for (const byte of TCVN3_VN3.keys()) assert.ok(byte >= 0xa0, `VN3 leaves C0 and C1 alone (0x${byte.toString(16)})`);
});

test('every TCVN3 byte the table maps agrees with the TCVN 5712 VN1 table in iconv-lite', () => {
  for (const [byte, char] of TCVN3_DECODE) {
    assert.equal(iconv.decode(Buffer.from([byte]), 'tcvn'), char, `byte 0x${byte.toString(16)}`);
  }
});

test('known code points from the TCVN3 (ABC) chart', () => {
  // Written out by hand from the chart rather than derived from the table's tone-order layout.
  const known: Array<[number, string]> = [
    [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
    [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
    [0xb5, 'à'], [0xb6, 'ả'], [0xb7, 'ã'], [0xb8, 'á'], [0xb9, 'ạ'],
    [0xbe, 'ắ'], [0xc6, 'ặ'], [0xca, 'ấ'], [0xcb, 'ậ'], [0xcc, 'è'], [0xd0, 'é'],
    [0xd5, 'ế'], [0xd6, 'ệ'], [0xdd, 'í'], [0xde, 'ị'], [0xe3, 'ó'], [0xe8, 'ố'], [0xe9, 'ộ'],
    [0xed, 'ớ'], [0xee, 'ợ'], [0xf3, 'ú'], [0xf8, 'ứ'], [0xf9, 'ự'], [0xfd, 'ý'], [0xfe, 'ỵ'],
  ];
  assert.ok(known.length >= 30);
  for (const [byte, char] of known) assert.equal(TCVN3_DECODE.get(byte), char, `byte 0x${byte.toString(16)}`);
});

test('ASCII is not remapped except the VN1 capitals on unused C0 codes', () => {
  for (const byte of TCVN3_DECODE.keys()) {
    if (byte < 0x80) assert.ok(byte < 0x20 && ![0x09, 0x0a, 0x0d].includes(byte), `0x${byte.toString(16)}`);
  }
});
