import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalTones, matchKey } from '../../src/text/tones.ts';
import { foldForSearch } from '../../src/text/fold.ts';

test('old-style placement on oa, oe, uy moves to the first vowel', () => {
  const cases: [string, string][] = [
    ['hoà', 'hòa'],
    ['hoá', 'hóa'],
    ['thuỷ', 'thủy'],
    ['thuỳ', 'thùy'],
    ['khoẻ', 'khỏe'],
    ['uỷ ban', 'ủy ban'],
    ['Hoà Bình', 'Hòa Bình'],
    ['HOÀ', 'HÒA'],
    ['THUỶ', 'THỦY'],
  ];
  for (const [input, expected] of cases) assert.equal(canonicalTones(input), expected, input);
});

test('new-style text and words with one possible placement are left as they are', () => {
  for (const word of [
    'hòa', 'thủy', 'khỏe', 'quý', 'quả', 'quyết', 'quỳnh', 'gì', 'gìn', 'giữa', 'già', 'giếng',
    'người', 'rượu', 'thuở', 'ngoài', 'khuỷu', 'hoàng', 'toán', 'huýt', 'mùa', 'kìa', 'mái',
    'chuyển đổi số', 'Nghị quyết', 'Việt Nam', 'iPhone', 'TP.HCM', '57-NQ/TW',
  ]) {
    assert.equal(canonicalTones(word), word.normalize('NFC'), word);
  }
});

test('qu and gi clusters keep the tone on the following vowel', () => {
  assert.equal(canonicalTones('quý'), 'quý');
  assert.equal(canonicalTones('quỹ'), 'quỹ');
  assert.equal(canonicalTones('quà'), 'quà');
  assert.equal(canonicalTones('giữa'), 'giữa');
  assert.equal(canonicalTones('gìn giữ'), 'gìn giữ');
});

test('NFD input gives the same NFC key as NFC input', () => {
  for (const word of ['hoà', 'thuỷ', 'khoẻ', 'Nguyễn Hoà Bình', 'quý', 'giữa']) {
    assert.equal(canonicalTones(word.normalize('NFD')), canonicalTones(word.normalize('NFC')), word);
  }
});

test('matchKey lower-cases, normalises and unifies tone placement', () => {
  assert.equal(matchKey('Nguyễn Hoà Bình'), matchKey('nguyễn hòa bình'));
  assert.equal(matchKey('THUỶ'.normalize('NFD')), 'thủy');
  assert.equal(matchKey('\u00D0ổi mới'), 'đổi mới');
  assert.notEqual(matchKey('hòa'), matchKey('hóa'));
});

test('a word with two tone marks or non-Vietnamese marks is not touched', () => {
  assert.equal(canonicalTones('hoàá'), 'hoàá'.normalize('NFC'));
  assert.equal(canonicalTones('naïve'), 'naïve');
});

// Generated syllables: an onset (no qu/gi, which would swallow the u/i), one of the nuclei whose
// placement varies, a tone, and both placements written out.
const onsets = ['', 'b', 'ch', 'd', 'đ', 'h', 'kh', 'l', 'ng', 'nh', 'ph', 's', 't', 'th', 'tr', 'x'];
const variableNuclei = ['oa', 'oe', 'uy'];
const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const cased = (s: string, upper: boolean) => (upper ? s.toUpperCase() : s);
const syllable = fc.record({
  onset: fc.constantFrom(...onsets),
  nucleus: fc.constantFrom(...variableNuclei),
  tone: fc.constantFrom(...tones),
  upper: fc.boolean(),
  nfd: fc.boolean(),
});

test('property: old and new placement give the same canonical form', () => {
  fc.assert(
    fc.property(syllable, ({ onset, nucleus, tone, upper, nfd }) => {
      const form = (s: string) => (nfd ? s.normalize('NFD') : s.normalize('NFC'));
      const oldStyle = form(cased(onset + nucleus[0] + nucleus[1] + tone, upper));
      const newStyle = form(cased(onset + nucleus[0] + tone + nucleus[1], upper));
      assert.notEqual(oldStyle.normalize('NFC'), newStyle.normalize('NFC'));
      assert.equal(canonicalTones(oldStyle), canonicalTones(newStyle));
      assert.equal(canonicalTones(oldStyle), newStyle.normalize('NFC'));
    }),
  );
});

// Text made of Vietnamese letters, marks, spaces and punctuation, in NFC or NFD.
const vietChars = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯY àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ.,-/0123456789';
const vietText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...vietChars),
      fc.constantFrom(...tones),
      fc.constantFrom('\u0302', '\u0306', '\u031B'),
    ),
    { maxLength: 30 },
  )
  .map((chars) => chars.join(''));

test('property: canonicalTones is idempotent and does not change the folded form', () => {
  fc.assert(
    fc.property(fc.oneof(vietText, fc.string()), (s) => {
      const once = canonicalTones(s);
      assert.equal(canonicalTones(once), once);
      assert.equal(foldForSearch(once), foldForSearch(s));
    }),
    { numRuns: 500 },
  );
});

test('property: canonicalTones only moves marks, it never changes the letters', () => {
  fc.assert(
    fc.property(vietText, (s) => {
      const strip = (x: string) => x.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
      assert.equal(strip(canonicalTones(s)), strip(s));
    }),
    { numRuns: 500 },
  );
});
