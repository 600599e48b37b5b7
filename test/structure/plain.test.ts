import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureText } from '../../src/structure/index.ts';

const read = (text: string) =>
  structureText({ origin: 'plain.txt', text, encoding: 'utf-8', encodingEvidence: 'detected', url: 'https://example.vn/a' }, { format: 'plain' });

test('first non-empty line is the title, each further line a paragraph', () => {
  const result = read('\n\nViện Hàn lâm công bố 12 nhiệm vụ khoa học trọng điểm\nĐoạn thứ nhất nói về mục tiêu.\nĐoạn thứ hai nói về kinh phí.\n');
  const [doc] = result.documents;
  assert.equal(doc?.kind, 'article');
  assert.equal(doc?.title, 'Viện Hàn lâm công bố 12 nhiệm vụ khoa học trọng điểm');
  assert.deepEqual(doc?.body, ['Đoạn thứ nhất nói về mục tiêu.', 'Đoạn thứ hai nói về kinh phí.']);
  assert.equal(doc?.url, 'https://example.vn/a');
  assert.equal(doc?.published, null);
  assert.equal(doc?.publishedPrecision, 'unknown');
});

test('blank-line separated paragraphs that are hard-wrapped are joined', () => {
  const text = [
    'Tiêu đề bài viết về chuyển đổi số',
    '',
    'Dòng đầu của đoạn một được ngắt cứng ở khoảng tám mươi ký tự như trong thư',
    'điện tử và tiếp tục ở dòng sau.',
    '',
    'Đoạn hai chỉ có một dòng.',
  ].join('\n');
  assert.deepEqual(read(text).documents[0]?.body, [
    'Dòng đầu của đoạn một được ngắt cứng ở khoảng tám mươi ký tự như trong thư điện tử và tiếp tục ở dòng sau.',
    'Đoạn hai chỉ có một dòng.',
  ]);
});

test('a title alone is a document with an empty body', () => {
  assert.deepEqual(read('Chỉ có tiêu đề').documents[0]?.body, []);
});
