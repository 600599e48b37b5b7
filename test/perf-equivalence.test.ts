// The fast paths added for speed must give exactly what the straightforward definitions give.
// Each reference below is the earlier, regular-expression-based implementation, kept here as the
// specification; the properties compare them on random and Vietnamese-heavy text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { foldForSearch } from '../src/text/fold.ts';
import { normalizeText } from '../src/text/normalize.ts';
import { canonicalTones, matchKey } from '../src/text/tones.ts';
import { isShouting, isTitleCase, tokenize } from '../src/extract/names/tokens.ts';
import { nameKey } from '../src/extract/names/tone-key.ts';
import { foldInPlace } from '../src/extract/topics.ts';

function referenceFold(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\u00D0/g, '\u0110')
    .replace(/\u00F0/g, '\u0111')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

function referenceTokens(text: string) {
  const out: Array<{ text: string; start: number; end: number; isWord: boolean; capitalised: boolean; spaceBefore: boolean }> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const prev = out[out.length - 1];
    out.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      isWord: /[\p{L}\p{N}]/u.test(m[0]),
      capitalised: /^\p{Lu}/u.test(m[0]),
      spaceBefore: prev ? m.index > prev.end : true,
    });
  }
  return out;
}

function referenceShouting(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = text.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 12 && upper.length / letters.length > 0.8;
}

const CHARS =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁÈÉÒÓÙÚÐð' +
  '\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u0307\u0308 .,;:!?-–—“”"()…/&%\u00A0\t\n0123456789₫' +
  'İıßΣσςΩΩKÅﬁ가\u1100\u1161😀\uD800';
const viet = fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }).map((cs) => cs.join(''));
const anyText = fc.oneof(viet, viet.map((s) => s.normalize('NFD')), fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const runs = { numRuns: 2000 };

test('property: foldForSearch equals the whole-text definition', () => {
  fc.assert(fc.property(anyText, (s) => assert.equal(foldForSearch(s), referenceFold(s))), runs);
});

test('property: foldForSearch of long text equals the definition (buffer and chunking)', () => {
  const long = fc.array(viet, { minLength: 50, maxLength: 200 }).map((parts) => parts.join(' '));
  fc.assert(fc.property(long, (s) => assert.equal(foldForSearch(s), referenceFold(s))), { numRuns: 100 });
});

test('property: foldInPlace keeps the length and folds like foldForSearch where that keeps it', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const folded = foldInPlace(s);
      assert.equal(folded.length, s.length);
      assert.equal(foldInPlace(s), folded);
    }),
    runs,
  );
  assert.equal(foldInPlace('Chuyển Đổi số 😀'), 'chuyen doi so 😀');
});

test('property: tokenize equals the regular-expression tokenizer, and repeated calls agree', () => {
  fc.assert(
    fc.property(anyText, (s) => {
      const tokens = tokenize(s);
      assert.deepEqual(
        tokens.map(({ text, start, end, isWord, capitalised, spaceBefore }) => ({ text, start, end, isWord, capitalised, spaceBefore })),
        referenceTokens(s),
      );
      assert.deepEqual(tokenize(s), tokens);
      for (const t of tokens) if (t.isWord) assert.equal(t.key, nameKey(t.text));
    }),
    runs,
  );
});

test('property: isShouting equals the letter-counting definition', () => {
  const shouty = viet.map((s) => s.toUpperCase());
  fc.assert(fc.property(fc.oneof(anyText, shouty), (s) => assert.equal(isShouting(s), referenceShouting(s))), runs);
});

test('isTitleCase counts words that start with a letter', () => {
  assert.equal(isTitleCase(tokenize('Đào Tạo Nhân Lực Cho Kỷ Nguyên Số')), true);
  assert.equal(isTitleCase(tokenize('Đào tạo nhân lực cho kỷ nguyên số')), false);
  assert.equal(isTitleCase(tokenize('5G 6G Đào Tạo Nhân')), false);
});

test('property: the ASCII shortcuts of canonicalTones and matchKey change nothing', () => {
  const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
  fc.assert(
    fc.property(ascii, (s) => {
      assert.equal(canonicalTones(s), s);
      assert.equal(matchKey(s), s.toLowerCase());
    }),
    runs,
  );
});

test('normalizeText maps the eth only when there is one', () => {
  assert.equal(normalizeText('\u00D0\u00F0'), '\u0110\u0111');
  const plain = 'Việt Nam';
  assert.equal(normalizeText(plain), plain);
});

test('the prepared-statement cache stays correct past its bound', async () => {
  const { CompiledQuery } = await import('kysely');
  const { openSqlite } = await import('../src/store/sqlite/open.ts');
  const exec = openSqlite(':memory:');
  try {
    // More distinct SQL texts than the cache keeps, then the first ones again (evicted, re-prepared).
    for (const round of [0, 1]) {
      for (let i = 0; i < 300; i++) {
        const row = await exec.first<{ v: number }>(CompiledQuery.raw(`select ? + ${i} as v`, [round]));
        assert.equal(row?.v, round + i);
      }
    }
  } finally {
    await exec.close();
  }
});
