import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForSearch } from '../../src/text/fold.ts';
import { normalizeText } from '../../src/text/normalize.ts';

test('folding removes tone and vowel marks and maps đ to d', () => {
  assert.equal(foldForSearch('Điện Biên'), 'dien bien');
  assert.equal(foldForSearch('chuyển đổi số'), 'chuyen doi so');
});

test('old and new tone placement fold to the same key', () => {
  for (const [a, b] of [['hoà', 'hòa'], ['thuỷ', 'thủy'], ['khoẻ', 'khỏe'], ['Hoá', 'Hóa'], ['uỷ ban', 'ủy ban']] as const) {
    assert.equal(foldForSearch(a), foldForSearch(b));
  }
});

test('NFD input and the Icelandic eth fold like NFC đ', () => {
  assert.equal(foldForSearch('Nghị quyết'.normalize('NFD')), 'nghi quyet');
  assert.equal(foldForSearch('\u00D0ổi mới'), 'doi moi');
  assert.equal(foldForSearch('\u00F0ường'), 'duong');
});

test('normalizeText composes and maps the eth to đ, nothing else', () => {
  assert.equal(normalizeText('Vie\u0302\u0323t'), 'Việt');
  assert.equal(normalizeText('\u00D0à Nẵng'), 'Đà Nẵng');
  assert.equal(normalizeText('Hello, world'), 'Hello, world');
});

const viet = fc
  .array(fc.constantFrom(...'aăâđĐÐðeêioôơuưyAÂƠ àáảãạềếểễệ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031Bbcghnt 0.,'), {
    maxLength: 40,
  })
  .map((cs) => cs.join(''));
const anyText = fc.oneof(viet, fc.string(), fc.string({ unit: 'grapheme' }));

test('property: folding is idempotent', () => {
  fc.assert(fc.property(anyText, (s) => assert.equal(foldForSearch(foldForSearch(s)), foldForSearch(s))), { numRuns: 500 });
});

test('property: folded text has no combining marks and no đ/Đ/Ð', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const folded = foldForSearch(s);
      assert.ok(!/\p{M}/u.test(folded.normalize('NFD')), folded);
      assert.ok(!/[đĐÐð]/.test(folded), folded);
    }),
    { numRuns: 500 },
  );
});

test('property: folded text is no longer than the NFC input', () => {
  fc.assert(fc.property(anyText, (s) => assert.ok(foldForSearch(s).length <= s.normalize('NFC').length)), {
    numRuns: 500,
  });
});

test('property: ASCII text only changes case', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => assert.equal(foldForSearch(s), s.toLowerCase())));
});
