import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildSnippet, mayHoldWord, SNIPPET_ELLIPSIS, snippetParts } from '../../src/store/snippet.ts';
import { foldedKey, parseQuery } from '../../src/store/search-text.ts';

const source = (over: Partial<Parameters<typeof buildSnippet>[0]>) => ({
  title: null,
  lede: null,
  body: [],
  captions: [],
  ...over,
});
const marked = (s: string) => snippetParts(s).filter((p) => p.marked).map((p) => p.text);

test('the snippet comes from the paragraph with the most query words, exact ones preferred', () => {
  const snippet = buildSnippet(
    source({
      lede: 'Hội nghị bàn về nhân lực.',
      body: ['Chuyen doi so la xu the.', 'Chuyển đổi số là động lực tăng trưởng.', 'Số liệu chuyển về sau.'],
    }),
    parseQuery('chuyển đổi số'),
  );
  assert.deepEqual(marked(snippet), ['Chuyển đổi số']);
});

test('a long paragraph is cut around the first match, with ellipses', () => {
  const filler = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');
  const snippet = buildSnippet(source({ body: [`${filler} bán dẫn ${filler}`] }), parseQuery('ban dan'), 20);
  assert.ok(snippet.startsWith(SNIPPET_ELLIPSIS) && snippet.endsWith(SNIPPET_ELLIPSIS));
  assert.deepEqual(marked(snippet), ['bán dẫn']);
  assert.ok(snippet.split(' ').length <= 22);
});

test('marker characters in the source cannot fake a highlight; a title-only match still shows', () => {
  const snippet = buildSnippet(source({ title: 'Luật «Trí tuệ nhân tạo»', lede: null }), parseQuery('trí tuệ'));
  assert.deepEqual(marked(snippet), ['Trí tuệ']);
  assert.equal(buildSnippet(source({}), parseQuery('x')), '');
});

test('when the words appear together, only that run is marked; folded look-alikes are not', () => {
  const text = 'Sở Khoa học đổi mới quy trình; chuyển đổi số là trọng tâm của số liệu năm nay.';
  const snippet = buildSnippet(source({ lede: text }), parseQuery('chuyển đổi số'));
  assert.deepEqual(marked(snippet), ['chuyển đổi số']);
  const scattered = buildSnippet(source({ lede: 'Số liệu về chuyển giao và đổi mới ở Sở.' }), parseQuery('chuyển đổi số'));
  assert.deepEqual(marked(scattered), ['Số', 'chuyển', 'đổi']);
});

test('a paragraph is skipped only when the query words cannot be whole words in it', () => {
  // Lede first, then a paragraph where «ha» and «tang» occur only inside other words, then the match.
  const snippet = buildSnippet(
    source({ lede: 'Mở đầu.', body: ['Nhà thành phố tăng hai hạng.', 'Xây dựng hạ tầng số.'] }),
    parseQuery('hạ tầng'),
  );
  assert.deepEqual(marked(snippet), ['hạ tầng']);
  assert.equal(mayHoldWord(foldedKey('nha thanh pho tang hai hang'), 'ha'), false);
  assert.equal(mayHoldWord(foldedKey('xay dung ha tang so'), 'ha'), true);
});

test('every word of a folded paragraph is found by the skip test (fast-check)', () => {
  // The same word pattern as the snippet's tokenizer: letters or digits, each with its marks.
  const WORD = /(?:[\p{L}\p{N}]\p{M}*)+/gu;
  const piece = fc.constantFrom('hạ', 'tầng', 'Đổi', 'số', '2025', 'nhà', 'a', 'ha', '-', ' ', ', ', '\u0301', 'x\u0323', '«', '𝔘', '.', '5G', 'ĐBSCL');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const folded = foldedKey(parts.join(''));
      for (const m of folded.matchAll(WORD)) assert.ok(mayHoldWord(folded, m[0]), `${JSON.stringify(m[0])} in ${JSON.stringify(folded)}`);
    }),
    { seed: 14, numRuns: 500 },
  );
});
