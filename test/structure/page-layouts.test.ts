// The page-dump reader on invented pages in other common Vietnamese layouts (test/fixtures/pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { detectFormat, structureText } from '../../src/structure/index.ts';
import type { StructuredDocument, StructureResult } from '../../src/records.ts';

function readPage(name: string): { result: StructureResult; article: StructuredDocument; lines: string[] } {
  const text = readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
  const result = structureText({ origin: name, text, encoding: 'utf-8', encodingEvidence: 'detected' });
  const article = result.documents[0];
  assert.ok(article);
  return { result, article, lines: text.split('\n').map((line) => line.trim()) };
}

/** Paragraph lines of the source (long, ending a sentence) between two markers, inclusive. */
function paragraphsBetween(lines: string[], first: string, last: string): string[] {
  const from = lines.findIndex((line) => line.startsWith(first));
  const to = lines.findIndex((line) => line.startsWith(last));
  assert.ok(from >= 0 && to >= from, `${first} … ${last}`);
  return lines.slice(from, to + 1).filter((line) => line.length > 150 && /\.$/.test(line));
}

function allText(doc: StructuredDocument): string {
  return [doc.title, doc.lede, ...doc.body, ...doc.captions.map((c) => c.text), ...doc.related.map((r) => r.title)].join('\n');
}

test('(a) byline under the title, breadcrumb category, alt text above a caption, tags and comments footer', () => {
  const { result, article, lines } = readPage('page-a-byline-under-title.txt');
  assert.equal(result.format, 'page');
  assert.equal(article.title, 'Hà Nội vận hành nền tảng dữ liệu dùng chung cho 126 xã, phường');
  assert.equal(article.author, 'Nguyễn Thu Hà');
  assert.equal(article.authorNote, null);
  assert.equal(article.category, 'Chuyển đổi số', 'the most specific breadcrumb');
  assert.equal(article.published, '2026-09-17T08:30:00+07:00');
  assert.ok(article.lede?.startsWith('Từ ngày 15/9, toàn bộ 126 xã'));
  const paragraphs = paragraphsBetween(lines, 'Theo Sở Khoa học', 'Thành phố đặt mục tiêu');
  assert.equal(paragraphs.length, 5);
  for (const paragraph of paragraphs) assert.ok(article.body.includes(paragraph));
  assert.ok(article.body.includes('Dữ liệu phải "sống"'), 'a crosshead is part of the text');
  assert.deepEqual(article.captions, [
    { text: 'Cán bộ Trung tâm Dữ liệu thành phố theo dõi lưu lượng truy cập trên màn hình điều hành.', credit: 'Thu Hà' },
  ]);
  const kept = allText(article);
  for (const dropped of ['Màn hình điều hành dữ liệu', 'Từ khóa', 'Bình luận', 'Trang chủ', 'Nguyễn Thu Hà', '17/09/2026']) {
    assert.ok(!kept.includes(dropped), dropped);
  }
  const teasers = result.documents.slice(1);
  assert.deepEqual(
    teasers.map((t) => [t.kind, t.parent, t.lede !== null]),
    [['teaser', 0, true], ['teaser', 0, true], ['teaser', 0, false]],
  );
  assert.equal(teasers[2]?.title, 'Doanh nghiệp công nghệ đề xuất cơ chế chia sẻ dữ liệu mở');
});

test('(b) weekday date line with GMT, section above the date, "Ảnh minh họa" captions, byline at the end', () => {
  const { result, article, lines } = readPage('page-b-weekday-date.txt');
  assert.equal(result.format, 'page');
  assert.equal(article.title, 'Nhóm kỹ sư Việt chế tạo thành công chip cảm biến cho nông nghiệp thông minh');
  assert.equal(article.category, 'Khoa học công nghệ');
  assert.equal(article.published, '2026-09-17T08:30:00+07:00');
  assert.equal(article.publishedPrecision, 'datetime');
  assert.ok(article.lede?.startsWith('Chip cảm biến độ ẩm đất'));
  assert.deepEqual(article.captions, [
    { text: 'Kỹ sư kiểm tra bo mạch tại phòng thí nghiệm vi mạch ở TP HCM.', credit: null },
    { text: 'Cảm biến độ ẩm được cắm tại vườn sầu riêng ở Vĩnh Long', credit: 'Quốc Bảo' },
  ]);
  const paragraphs = paragraphsBetween(lines, 'Dự án do Trung tâm', 'Giới chuyên gia đánh giá');
  assert.deepEqual(article.body, paragraphs);
  assert.equal(article.author, 'Lan Anh');
  assert.ok(!allText(article).includes('Ảnh minh họa'));
  assert.ok(!allText(article).includes('Chia sẻ'));
  assert.equal(result.documents.length, 1);
});

test('(c) "Xem thêm", "Đọc thêm" and "Tin liên quan" blocks mid-article; share, hotline, copyright; "Theo TTXVN"', () => {
  const { result, article, lines } = readPage('page-c-related-blocks.txt');
  assert.equal(result.format, 'page');
  assert.equal(article.title, 'Bệnh viện tuyến tỉnh đồng loạt dùng bệnh án điện tử, bỏ hồ sơ giấy');
  assert.equal(article.category, 'Chuyển đổi số');
  assert.equal(article.published, '2025-10-22T09:15:00+07:00');
  assert.ok(article.lede?.startsWith('Đến cuối tháng 10, 18 bệnh viện'));
  assert.deepEqual(article.body, paragraphsBetween(lines, 'Theo Sở Y tế', 'Theo kế hoạch của ngành y tế'));
  assert.equal(article.body.length, 5, 'the text continues after each related block');
  assert.deepEqual(
    article.related.map((r) => r.title),
    [
      'Bộ Y tế công bố lộ trình liên thông dữ liệu khám chữa bệnh toàn quốc',
      'Tây Nguyên đẩy nhanh kết nối hồ sơ sức khỏe điện tử',
      'Người dân khám bệnh bằng căn cước gắn chip tăng mạnh',
      'Bệnh viện Bạch Mai hoàn tất chuyển đổi bệnh án điện tử',
      'Chữ ký số cho bác sĩ: bài toán an toàn và pháp lý',
    ],
  );
  assert.equal(article.author, null);
  assert.equal(article.authorNote, 'Theo TTXVN');
  assert.equal(article.site, 'Báo điện tử Nhịp Sống Số', 'publisher named in the copyright footer');
  const kept = JSON.stringify(result.documents);
  for (const dropped of ['banner-top', 'Chia sẻ', 'Facebook', 'Đường dây nóng', '0912', '©', 'Xem thêm', 'Đọc thêm', 'Tin liên quan']) {
    assert.ok(!kept.includes(dropped), dropped);
  }
  assert.equal(result.documents.length, 1);
});

test('(d) no category, "Cập nhật: 09:15 | 22/10/2025", byline then "(Theo VnExpress)"', () => {
  const { result, article, lines } = readPage('page-d-updated-date.txt');
  assert.equal(result.format, 'page');
  assert.equal(article.title, 'Sinh viên Việt Nam giành giải nhất cuộc thi trí tuệ nhân tạo châu Á');
  assert.equal(article.category, null, '"Trang chủ" is not a section');
  assert.equal(article.published, '2025-10-22T09:15:00+07:00');
  assert.equal(article.publishedPrecision, 'datetime');
  assert.ok(article.lede?.startsWith('Đội tuyển gồm 4 sinh viên'));
  assert.deepEqual(article.body, paragraphsBetween(lines, 'Mô hình của nhóm', 'Hiện nhóm đang hoàn thiện'));
  assert.deepEqual(article.captions, [{ text: 'Các thành viên nhóm nhận giải tại lễ trao giải ở Singapore.', credit: 'Ban tổ chức' }]);
  assert.equal(article.author, 'Hoàng Yến');
  assert.equal(article.authorNote, 'Theo VnExpress');
  const kept = allText(article);
  for (const dropped of ['Hoàng Yến', 'VnExpress', 'Đường dây nóng', 'Cập nhật']) assert.ok(!kept.includes(dropped), dropped);
});

test('every fixture page is detected as a page dump', () => {
  for (const name of [
    'page-a-byline-under-title.txt',
    'page-b-weekday-date.txt',
    'page-c-related-blocks.txt',
    'page-d-updated-date.txt',
    'seed-002-page-dump.txt',
  ]) {
    const text = readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');
    assert.equal(detectFormat(text), 'page', name);
  }
});

test('the same page with CRLF line endings reads the same', () => {
  const text = readFileSync(new URL('../fixtures/pages/page-c-related-blocks.txt', import.meta.url), 'utf8');
  const lf = structureText({ origin: 'lf', text, encoding: 'utf-8', encodingEvidence: 'detected' });
  const crlf = structureText({ origin: 'crlf', text: text.replace(/\n/g, '\r\n'), encoding: 'utf-8', encodingEvidence: 'detected' });
  assert.deepEqual(crlf.documents, lf.documents);
});

test('decomposed (NFD) input gives NFC documents', () => {
  const text = readFileSync(new URL('../fixtures/pages/page-d-updated-date.txt', import.meta.url), 'utf8');
  const nfc = structureText({ origin: 'nfc', text, encoding: 'utf-8', encodingEvidence: 'detected' });
  const nfd = structureText({ origin: 'nfd', text: text.normalize('NFD'), encoding: 'utf-8', encodingEvidence: 'detected' });
  assert.deepEqual(nfd.documents, nfc.documents);
});
