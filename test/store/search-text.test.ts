import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchKey } from '../../src/text/tones.ts';
import { exactKey, parseQuery } from '../../src/store/search-text.ts';
import { ARTICLE_PARAGRAPHS, LEDE_LINES } from './seed-texts.ts';

test('the exact index key is matchKey, word by word', () => {
  for (const text of [...LEDE_LINES, ...ARTICLE_PARAGRAPHS, 'Hoà Bình, THUỶ lợi, khoẻ mạnh', 'Ðà Nẵng']) {
    assert.equal(exactKey(text), matchKey(text));
  }
  const letters = fc.constantFrom('a', 'o', 'u', 'y', 'h', 'q', 'g', 'i', 'đ', 'A', '\u0300', '\u0301', '\u0309', '\u0302', ' ', '-');
  fc.assert(
    fc.property(fc.oneof(fc.array(letters, { maxLength: 12 }).map((a) => a.join('')), fc.string()), (s) => {
      assert.equal(exactKey(s), matchKey(s));
    }),
    { numRuns: 2000 },
  );
});

test('queries split into quoted phrases and words; punctuation joins words into one term', () => {
  assert.deepEqual(parseQuery('  "Bình dân học vụ số" Điện Biên  '), [
    { words: ['Bình', 'dân', 'học', 'vụ', 'số'], quoted: true },
    { words: ['Điện'], quoted: false },
    { words: ['Biên'], quoted: false },
  ]);
  assert.deepEqual(parseQuery('COVID-19 AND ( * )'), [
    { words: ['COVID', '19'], quoted: false },
    { words: ['AND'], quoted: false },
  ]);
  assert.deepEqual(parseQuery('"unclosed phrase'), [{ words: ['unclosed', 'phrase'], quoted: true }]);
  assert.deepEqual(parseQuery('"" : ^'), []);
});
