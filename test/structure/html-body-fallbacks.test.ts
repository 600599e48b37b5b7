// Pages whose markup misleads the strict reading: the article in a box hidden until a script shows
// it, a theme that wraps the whole page in an <aside>, a page builder that calls every block a widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtmlArticle } from '../../src/structure/html/index.ts';

const PARAGRAPHS = [
  'The city plans to have at least five thousand digital technology firms working in its districts by 2030.',
  'Under the plan, the city will spend at least three percent of its yearly budget on science and innovation.',
  'Departments must review their procedures and cut the time taken to handle online applications by a third.',
];
const prose = PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');

test('an article streamed into a hidden box (revealed by script) is read when nothing visible is', () => {
  const html = `<html><body><div hidden id="S:0"><article>${prose}</article></div><script>reveal()</script></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).body, PARAGRAPHS);
});

test('an article inside an <aside> that wraps the whole page is read', () => {
  const html = `<html><body><aside class="columns banner"><main><h1>Title</h1>${prose}</main></aside></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).body, PARAGRAPHS);
});

test('a page whose every block is named a widget keeps its prose and drops the link-list widgets', () => {
  const block = (text: string) => `<div class="elementor-widget-container"><p>${text}</p></div>`;
  const links = '<div class="widget"><ul>' + ['Home', 'About us', 'Contact', 'Blog', 'Shop'].map((label) => `<li><a href="/${label}">${label}</a></li>`).join('') + '</ul></div>';
  const html = `<html><body>${links}<div class="page">${PARAGRAPHS.map(block).join('')}</div>${links}</body></html>`;
  assert.deepEqual(extractHtmlArticle(html).body, PARAGRAPHS);
});

test('a visible article is still read strictly: hidden boxes and asides stay out', () => {
  const html = `<html><body><article>${prose}</article><div hidden><p>${'Hidden promotional text that should never be read as part of the article body.'}</p></div><aside><p>${'An aside about something else entirely that is long enough to count as prose.'}</p></aside></body></html>`;
  assert.deepEqual(extractHtmlArticle(html).body, PARAGRAPHS);
});

test('paragraphs each wrapped in their own box (AsciiDoc, page builders) form one article with their lists', () => {
  const wrapped = (text: string) => `<div class="paragraph"><p>${text}</p></div>`;
  const items = Array.from({ length: 10 }, (_, index) => `libgccjit: add support for target feature number ${index}`);
  const list = `<div class="ulist"><ul>${items.map((item) => `<li><p>${item}</p></li>`).join('')}</ul></div>`;
  const long = 'With those patches it is possible to build a native compiler for the old architecture with very few workarounds. '.repeat(4);
  const html = `<html><body><nav><a href="/">Home</a></nav><article><div class="sectionbody">${wrapped(PARAGRAPHS[0] as string)}${list}${wrapped(PARAGRAPHS[1] as string)}${list}${wrapped(long.trim())}${list}${wrapped(PARAGRAPHS[2] as string)}</div></article></body></html>`;
  const body = extractHtmlArticle(html).body;
  assert.equal(body[0], PARAGRAPHS[0]);
  assert.equal(body.at(-1), PARAGRAPHS[2]);
  assert.ok(body.includes(items[0] as string));
});

test('code blocks stay whole: highlighter spans named like comments are not page furniture', () => {
  const code = '<pre><code><span class="hljs-comment"># stage every modified file before the commit</span>\ngit add -A\n<span class="hljs-comment"># show the commit log</span>\ngit log</code></pre>';
  const html = `<html><body><article>${prose}${code}</article></body></html>`;
  const body = extractHtmlArticle(html).body;
  assert.ok(body.some((text) => text.includes('# stage every modified file before the commit') && text.includes('git log')), body.join('\n'));
});

test('an article whose sections sit many wrappers apart (page builders) is read whole', () => {
  const wrappers = 9;
  const deep = `${'<div class="wrap">'.repeat(wrappers)}${prose}${prose.replace(/city/g, 'capital')}${'</div>'.repeat(wrappers)}`;
  const html = `<html><body><div class="page">${deep}<div class="wrap"><p>${'A second section of the same article, long enough to be read as prose, follows here. '.repeat(2).trim()}</p></div></div></body></html>`;
  const body = extractHtmlArticle(html).body;
  assert.equal(body[0], PARAGRAPHS[0]);
  assert.ok(body.at(-1)?.startsWith('A second section'), body.join('\n'));
});
