// Hostile HTML: pages built here (never stored) that used to make extraction quadratic. Each must
// finish with the right result or be refused with an error that names the limit. Instead of timing,
// the extractor's WorkMeter counts every node or tree step its passes take: linear work means at
// most a fixed number of steps per node, whatever the nesting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtmlArticle, HtmlLimitError, MAX_DEPTH, MAX_NODES, WorkMeter } from '../../src/structure/html/index.ts';
import { readInput } from '../../src/pipeline/read-input.ts';

const SENTENCE = 'Hà Nội đặt mục tiêu đến năm 2030 có ít nhất 5.000 doanh nghiệp công nghệ số hoạt động hiệu quả.';

/** Steps per node allowed: every pass together visits each node a small, fixed number of times. */
const STEPS_PER_NODE = 16;

function extractCounted(html: string) {
  const meter = new WorkMeter();
  const article = extractHtmlArticle(html, { meter });
  assert.ok(meter.nodes > 0);
  assert.ok(meter.visits <= STEPS_PER_NODE * meter.nodes, `${meter.visits} steps for ${meter.nodes} nodes`);
  return { article, meter };
}

test('100,000 unclosed <b><i> pairs: read in linear work, the text kept', { timeout: 120_000 }, () => {
  const html = `<html><body><p>${SENTENCE}</p>${'<b>đậm <i>nghiêng '.repeat(100_000)}</body></html>`;
  const { article, meter } = extractCounted(html);
  assert.ok(meter.flattened, 'nesting past MAX_DEPTH is flattened');
  assert.ok(meter.nodes > 400_000);
  assert.ok(article.body.includes(SENTENCE));
});

test('200,000 nested <div>s around a paragraph: linear work, the paragraph found', { timeout: 120_000 }, () => {
  const html = `<html><body>${'<div>'.repeat(200_000)}<p>${SENTENCE}</p></body></html>`;
  const { article, meter } = extractCounted(html);
  assert.ok(meter.nodes >= 200_000);
  assert.deepEqual(article.body, [SENTENCE]);
});

test('work grows in proportion to the page: twice the nesting, at most twice the steps', { timeout: 120_000 }, () => {
  const build = (count: number) => `<html><body>${'<div class="author date sapo related ad">'.repeat(count)}<p>${SENTENCE}</p></body></html>`;
  const small = extractCounted(build(20_000)).meter;
  const large = extractCounted(build(40_000)).meter;
  assert.ok(large.visits <= 2.1 * small.visits, `${small.visits} → ${large.visits}`);
});

test('every nested box named like a byline, date, lede or related list is read in linear work', { timeout: 120_000 }, () => {
  for (const names of ['author', 'date', 'sapo', 'related', 'ad', 'breadcrumb']) {
    const html = `<html><body>${`<div class="${names}"><a href="/a">Tên Người Viết</a> 12/03/2026 `.repeat(30_000)}<article><p>${SENTENCE}</p></article></body></html>`;
    extractCounted(html);
  }
});

test('many paragraphs against a long JSON-LD articleBody: linear work, the body kept', { timeout: 120_000 }, () => {
  const texts = Array.from({ length: 20_000 }, (_, index) => `${SENTENCE} Đoạn ${index}.`);
  const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Tiêu đề', articleBody: texts.join(' ') });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${texts.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
  const { article } = extractCounted(html);
  assert.equal(article.body.length, texts.length);
});

test('stray end tags below deep nesting cost no more than the nesting', { timeout: 120_000 }, () => {
  const html = `<html><body>${'<div>'.repeat(100_000)}<p>${SENTENCE}</p>${'</span>'.repeat(100_000)}</body></html>`;
  const { article } = extractCounted(html);
  assert.deepEqual(article.body, [SENTENCE]);
});

test('past MAX_DEPTH the elements become siblings: every word kept, in order', () => {
  const words = Array.from({ length: MAX_DEPTH * 3 }, (_, index) => `từ${index}`);
  const html = `<html><body><article><p>${SENTENCE} ${words.map((word) => `<span>${word} `).join('')}</p></article></body></html>`;
  const meter = new WorkMeter();
  const article = extractHtmlArticle(html, { meter });
  assert.ok(meter.flattened);
  assert.deepEqual(article.body, [`${SENTENCE} ${words.join(' ')}`]);
});

test('a page over MAX_NODES is refused with an error naming the limit and the file', { timeout: 120_000 }, () => {
  const html = `<html><body><p>${SENTENCE}</p>${'<i>'.repeat(MAX_NODES + 10)}</body></html>`;
  assert.throws(() => extractHtmlArticle(html), (error: unknown) => error instanceof HtmlLimitError && error.limit === 'nodes' && /MAX_NODES/.test(error.message));
  assert.throws(
    () => readInput({ origin: 'uploads/huge.html', bytes: Buffer.from(html) }),
    (error: unknown) => error instanceof Error && /^uploads\/huge\.html: .*MAX_NODES/.test(error.message),
  );
});

test('an extraction past its time limit is refused with an error naming the limit', () => {
  const html = `<html><body>${`<p>${SENTENCE}</p>`.repeat(2_000)}</body></html>`;
  const meter = new WorkMeter({ timeLimitMs: -1 });
  assert.throws(() => extractHtmlArticle(html, { meter }), (error: unknown) => error instanceof HtmlLimitError && error.limit === 'time' && /MAX_EXTRACTION_MS/.test(error.message));
});

test('the limits do not touch an ordinary page', () => {
  const meter = new WorkMeter();
  const article = extractHtmlArticle(`<html><body><article><h1>Tiêu đề</h1><p>${SENTENCE}</p></article></body></html>`, { meter });
  assert.equal(meter.flattened, false);
  assert.deepEqual(article.body, [SENTENCE]);
});
