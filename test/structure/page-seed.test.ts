// The page-dump reader on seed 002, a real scraped article page with its boilerplate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { structureText } from '../../src/structure/index.ts';
import type { StructuredDocument } from '../../src/records.ts';

const origin = 'test/fixtures/pages/seed-002-page-dump.txt';
const text = readFileSync(new URL('../fixtures/pages/seed-002-page-dump.txt', import.meta.url), 'utf8');
const sourceLines = text.split('\n').map((line) => line.trim());
const result = structureText({ origin, text, encoding: 'utf-8', encodingEvidence: 'detected' });
const article = result.documents[0] as StructuredDocument;
const TITLE = 'Tổng Bí thư Tô Lâm chủ trì hội nghị sơ kết về thực hiện Nghị quyết 57-NQ/TW';

test('seed 002 is detected as a page dump and its article comes first', () => {
  assert.equal(result.format, 'page');
  assert.equal(article.kind, 'article');
  assert.equal(article.parent, null);
  assert.deepEqual(result.warnings, []);
});

test('seed 002 header: title, category, published date', () => {
  assert.equal(article.title, TITLE);
  assert.equal(article.category, 'Sự kiện');
  assert.equal(article.published, '2025-07-02T17:12:00+07:00');
  assert.equal(article.publishedPrecision, 'datetime');
});

test('seed 002 lede is the first paragraph, not repeated in the body', () => {
  assert.ok(article.lede?.startsWith('Sáng 2/7, tại Hà Nội'));
  assert.ok(!article.body.includes(article.lede ?? ''));
});

test('seed 002 body is exactly the article paragraphs, in order', () => {
  const first = sourceLines.findIndex((line) => line.startsWith('Tham dự hội nghị có'));
  const last = sourceLines.findIndex((line) => line.endsWith('kết nối các hệ thống từ Trung ương đến địa phương.'));
  assert.ok(first > 0 && last > first);
  // Every long line of running text in that range, and nothing else.
  const expected = sourceLines.slice(first, last + 1).filter((line) => line.length > 150 && !line.endsWith('Ảnh: VGP'));
  assert.deepEqual(article.body, expected);
  assert.ok(article.body[0]?.startsWith('Tham dự hội nghị có'));
  assert.ok(article.body.at(-1)?.endsWith('kết nối các hệ thống từ Trung ương đến địa phương.'));
  for (const paragraph of article.body) {
    assert.notEqual(paragraph, TITLE, 'photo alt text repeating the title is not body');
    assert.ok(!paragraph.includes('Ảnh: VGP'), 'captions are not body');
    assert.ok(!paragraph.includes('Bích Ngọc'), 'the byline is not body');
    assert.ok(!paragraph.startsWith('Cần thiết ban hành Luật'), 'the related-links line is not body');
  }
});

test('seed 002 captions have their credit split off', () => {
  const captionLines = sourceLines.filter((line) => line.endsWith('Ảnh: VGP'));
  assert.equal(captionLines.length, 2);
  assert.deepEqual(
    article.captions,
    captionLines.map((line) => ({ text: line.slice(0, -'Ảnh: VGP'.length).trim(), credit: 'VGP' })),
  );
  for (const caption of article.captions) assert.ok(caption.text.endsWith('.'));
});

test('seed 002 byline and site', () => {
  assert.equal(article.author, 'Bích Ngọc');
  assert.equal(article.authorNote, 'tổng hợp');
  assert.equal(article.site, 'Tudonghoangaynay.vn');
});

test('seed 002 inline related-links line is kept as related', () => {
  assert.equal(article.related.length, 1);
  const related = article.related[0];
  assert.ok(related?.title.startsWith('Cần thiết ban hành Luật Công nghiệp công nghệ số'));
  assert.ok(related?.title.endsWith('mang tính động, mở và đột phá'));
  assert.equal(related?.url, null);
});

test('seed 002 drops ad-slot labels and repeated titles everywhere', () => {
  const everything = JSON.stringify(result.documents);
  for (const slot of ['acecook', 'mca', 'song-gia-tri']) assert.ok(!everything.includes(`"${slot}"`), slot);
  assert.ok(!result.documents.some((d) => d.body.includes('aa') || d.title === 'aa'));
  const titleMentions = result.documents.filter((d) => d.title === TITLE);
  assert.equal(titleMentions.length, 1);
});

test('seed 002 "Tin bài khác" gives 10 teasers, each once, with its summary', () => {
  const teasers = result.documents.slice(1);
  assert.equal(teasers.length, 10);
  const titles = teasers.map((t) => t.title);
  assert.equal(new Set(titles).size, 10, 'each teaser title once');
  for (const teaser of teasers) {
    assert.equal(teaser.kind, 'teaser');
    assert.equal(teaser.parent, 0);
    assert.deepEqual(teaser.body, []);
    assert.ok(teaser.title !== null);
    // The dump prints each headline twice, followed by its summary.
    assert.equal(sourceLines.filter((line) => line === teaser.title).length, 2, teaser.title ?? '');
    assert.ok(teaser.lede !== null && teaser.lede.length > teaser.title.length);
    const summaryAt = sourceLines.indexOf(teaser.lede);
    const titleAt = sourceLines.lastIndexOf(teaser.title, summaryAt);
    assert.ok(titleAt >= 0 && summaryAt - titleAt <= 2, 'summary follows its headline');
  }
  assert.ok(titles.includes('Số hóa di sản'), 'short headlines are teasers too');
  assert.ok(!titles.includes('Tin bài khác'));
});
