import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isVietnameseSyllable, scoreVietnamese } from '../../src/decode/vietnamese-score.ts';
import { decode } from '../../src/decode/decode.ts';
import { encodeTcvn } from '../../src/decode/legacy-encoders.ts';

test('well-formed syllables in any case and either normal form', () => {
  for (const w of ['của', 'những', 'được', 'nghiêng', 'khuya', 'quyết', 'giữa', 'Đổi', 'CHUYỂN', 'người', 'hoà', 'hòa', 'thuở']) {
    assert.ok(isVietnameseSyllable(w), w);
    assert.ok(isVietnameseSyllable(w.normalize('NFD')), `${w} (NFD)`);
  }
});

test('what wrong code pages produce is rejected', () => {
  // Two tones, impossible vowel clusters, a capital inside a word, a consonant that cannot end one.
  for (const w of ['cáà', 'caờc', 'cÁc', 'ǹg', 'tiếz', 'Ná»™i', 'ăê']) assert.ok(!isVietnameseSyllable(w), w);
});

test('scores count only words with non-ASCII letters, and stray symbols count against', () => {
  const right = scoreVietnamese('Phát triển khoa học, công nghệ và chuyển đổi số');
  assert.equal(right.score, 1);
  assert.equal(right.nonAsciiWords, 9);
  assert.ok(right.commonWords >= 2);
  const mojibake = scoreVietnamese('Ph¸t triÓn khoa häc, c«ng nghÖ vµ chuyÓn ®æi sè');
  assert.ok(mojibake.score < 0.5, String(mojibake.score));
  assert.ok(mojibake.strays > 0);
  assert.equal(scoreVietnamese('plain ASCII only').score, 0);
});

const VIETNAMESE_WORDS = ['của', 'và', 'các', 'những', 'được', 'người', 'phát', 'triển', 'khoa', 'học', 'công', 'nghệ',
  'đổi', 'mới', 'sáng', 'tạo', 'chuyển', 'số', 'quốc', 'gia', 'Nghị', 'quyết', 'Bộ', 'Chính', 'trị', 'tỉnh', 'năm', 'ứng', 'dụng'];

test('TCVN3 round trip: any sentence of Vietnamese words encodes and decodes back (forced and detected)', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VIETNAMESE_WORDS), { minLength: 3, maxLength: 30 }), (words) => {
      const sentence = words.join(' ');
      const bytes = encodeTcvn(sentence);
      const forced = decode({ origin: 't', bytes }, { encoding: 'tcvn3' });
      const detected = decode({ origin: 't', bytes });
      return forced.text === sentence && detected.text === sentence && detected.encoding === 'tcvn3';
    }),
    { numRuns: 300, seed: 3 },
  );
});
