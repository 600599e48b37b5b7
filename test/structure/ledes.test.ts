// The lede-list reader on seed 000 (one story per line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { structureText } from '../../src/structure/index.ts';

const text = readFileSync(new URL('../fixtures/pages/seed-000-lede-list.txt', import.meta.url), 'utf8');

test('seed 000: one brief per non-empty line, each line kept whole', () => {
  const result = structureText({ origin: 'seed-000', text, encoding: 'utf-8', encodingEvidence: 'detected' });
  assert.equal(result.format, 'ledes');
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  // The seed holds 30 distinct, non-blank lines (the shared README's "27" undercounts them).
  assert.equal(new Set(lines).size, lines.length);
  assert.equal(result.documents.length, lines.length);
  result.documents.forEach((doc, i) => {
    assert.equal(doc.kind, 'brief');
    assert.equal(doc.title, null);
    assert.equal(doc.lede, null);
    assert.equal(doc.parent, null);
    assert.deepEqual(doc.body, [lines[i]]);
  });
});

test('blank lines and surrounding spaces between ledes are not briefs', () => {
  const ledes = [
    'Sáng 6/5, Sở Khoa học và Công nghệ tỉnh Điện Biên phát động chiến dịch phổ cập kỹ năng số cho người dân vùng cao, với mục tiêu 80% hộ gia đình biết sử dụng dịch vụ công trực tuyến.',
    'Theo báo cáo của Bộ Khoa học và Công nghệ, cả nước hiện có hơn 4.000 doanh nghiệp khởi nghiệp sáng tạo, tập trung chủ yếu tại Hà Nội và Thành phố Hồ Chí Minh.',
  ];
  const input = `\n  ${ledes[0]}  \n\n\n${ledes[1]}\n\n`;
  const result = structureText({ origin: 'ledes', text: input, encoding: 'utf-8', encodingEvidence: 'forced' }, { format: 'ledes' });
  assert.deepEqual(result.documents.map((d) => d.body), ledes.map((l) => [l]));
});
