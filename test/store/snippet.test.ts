import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnippet, SNIPPET_ELLIPSIS, snippetParts } from '../../src/store/snippet.ts';
import { parseQuery } from '../../src/store/search-text.ts';

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
