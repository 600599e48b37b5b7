import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectFormat, structureText } from '../../src/structure/index.ts';

const seed = (name: string): string => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

test('the seeds: lede list and page dump', () => {
  assert.equal(detectFormat(seed('seed-000-lede-list.txt')), 'ledes');
  assert.equal(detectFormat(seed('seed-002-page-dump.txt')), 'page');
});

test('HTML is recognised by its opening tag, after a BOM or whitespace', () => {
  assert.equal(detectFormat('<!DOCTYPE html>\n<html><body><p>Xin chào</p></body></html>'), 'html');
  assert.equal(detectFormat('\uFEFF  <html lang="vi"><head></head></html>'), 'html');
  assert.equal(detectFormat('<htmlfoo> không phải HTML'), 'plain');
});

test('JSON Lines', () => {
  assert.equal(detectFormat('{"title":"A","body":["x"]}\n{"title":"B"}\n'), 'jsonl');
});

test('a title line followed by paragraphs, with no page furniture, is read as a page (an article without chrome)', () => {
  const text = [
    'Đà Nẵng khai trương trung tâm đổi mới sáng tạo',
    '',
    'Trung tâm có diện tích 2.000 m2, cung cấp không gian làm việc chung và phòng thí nghiệm cho các nhóm khởi nghiệp.',
    'Thành phố dự kiến hỗ trợ 50 dự án trong năm đầu tiên hoạt động, ưu tiên lĩnh vực vi mạch và trí tuệ nhân tạo.',
  ].join('\n');
  assert.equal(detectFormat(text), 'page');
  const [article] = structureText({ origin: 'clean.txt', text, encoding: 'utf-8', encodingEvidence: 'detected' }).documents;
  assert.equal(article?.title, 'Đà Nẵng khai trương trung tâm đổi mới sáng tạo');
  assert.match(article?.lede ?? '', /^Trung tâm có diện tích/);
  assert.equal(article?.body.length, 1);
});

test('text with no headline and no lede-list shape is plain', () => {
  const text = ['Ghi chú họp nhóm', 'mục 1', 'mục 2'].join('\n');
  assert.equal(detectFormat(text), 'plain');
});

test('a lede list with one headline-like line on top is not a lede list: it is one article under that headline', () => {
  const ledes = seed('seed-000-lede-list.txt');
  assert.equal(detectFormat(`Bản tin khoa học công nghệ\n${ledes}`), 'page');
});

test('options.format overrides detection', () => {
  const text = seed('seed-000-lede-list.txt');
  const result = structureText({ origin: 'forced', text, encoding: 'utf-8', encodingEvidence: 'detected' }, { format: 'plain' });
  assert.equal(result.format, 'plain');
  assert.equal(result.documents.length, 1);
  assert.ok(result.documents[0]?.title?.startsWith('Thực hiện Nghị quyết số 57-NQ/TW'));
});

test('detection reads only the start of a large input', () => {
  const big = seed('seed-000-lede-list.txt').repeat(2000);
  assert.equal(detectFormat(big), 'ledes');
});

test('an article without its headline, paragraphs set apart by blank lines, is one document, not a lede list', () => {
  const article = [
    'Năm 2025, kinh tế số của tỉnh tiếp tục là một động lực tăng trưởng quan trọng, gắn với chuyển đổi số trong mọi ngành.',
    'Tỷ trọng kinh tế số trong GRDP ước đạt 16,5%, tăng gần hai điểm phần trăm so với năm trước, cao hơn mức bình quân.',
    'Những kết quả này phản ánh nỗ lực chung của các cấp, các ngành, doanh nghiệp và người dân trong phát triển kinh tế số.',
  ];
  assert.equal(detectFormat(article.join('\n\n')), 'plain');
  assert.equal(structureText({ origin: 'article.txt', text: article.join('\n\n'), encoding: 'utf-8', encodingEvidence: 'detected' }).documents.length, 1);
  assert.equal(detectFormat(article.join('\n')), 'ledes', 'one lede per line is still a lede list');
});
