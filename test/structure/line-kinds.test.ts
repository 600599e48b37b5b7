// The single-line classifiers behind the page reader, on lines other than the seed's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCaption } from '../../src/structure/captions.ts';
import { parseByline, parseSourceLine } from '../../src/structure/byline.ts';
import {
  breadcrumbSegments,
  isAdSlot,
  isBoilerplate,
  isDomainLine,
  isLinkRun,
  isProse,
  isTeaserHeader,
  relatedHeader,
} from '../../src/structure/line-kinds.ts';

test('ad-slot labels: one lowercase ASCII token, hyphens allowed', () => {
  for (const line of ['acecook', 'aa', 'mca', 'song-gia-tri', 'banner_top', 'ads-300x250']) assert.ok(isAdSlot(line), line);
  for (const line of ['Sự kiện', 'và', 'AI', 'tudonghoangaynay.vn', '2025', 'Chia sẻ', 'ok then']) assert.ok(!isAdSlot(line), line);
});

test('captions: credit split off in the usual forms', () => {
  const cases: [string, { text: string; credit: string | null } | null][] = [
    ['Toàn cảnh hội nghị. Ảnh: VGP', { text: 'Toàn cảnh hội nghị.', credit: 'VGP' }],
    ['Thủ tướng thăm gian hàng công nghệ. Ảnh: VGP/Nhật Bắc', { text: 'Thủ tướng thăm gian hàng công nghệ.', credit: 'VGP/Nhật Bắc' }],
    ['Trạm 5G tại Đà Nẵng (Ảnh: TTXVN)', { text: 'Trạm 5G tại Đà Nẵng', credit: 'TTXVN' }],
    ['Robot phẫu thuật tại bệnh viện. (Ảnh minh họa)', { text: 'Robot phẫu thuật tại bệnh viện.', credit: null }],
    ['Robot phẫu thuật tại bệnh viện - Ảnh minh hoạ', { text: 'Robot phẫu thuật tại bệnh viện', credit: null }],
    ['Biểu đồ tăng trưởng kinh tế số. Nguồn: Bộ Khoa học và Công nghệ', { text: 'Biểu đồ tăng trưởng kinh tế số.', credit: 'Bộ Khoa học và Công nghệ' }],
    ['Ảnh minh họa', { text: 'Ảnh minh họa', credit: null }],
    ['Ảnh: Hoàng Hà', { text: '', credit: 'Hoàng Hà' }],
    ['Nguồn: Báo Chính phủ', null],
    ['Hình ảnh vệ tinh cho thấy rừng phục hồi rõ rệt sau năm năm trồng mới.', null],
    ['Tổng Bí thư Tô Lâm chủ trì hội nghị sơ kết về thực hiện Nghị quyết 57-NQ/TW', null],
  ];
  for (const [line, expected] of cases) assert.deepEqual(parseCaption(line), expected, line);
});

test('captions: a long paragraph is never a caption, and long lines are checked quickly', () => {
  assert.equal(parseCaption(`${'Đoạn văn rất dài. '.repeat(40)}Ảnh: VGP`), null);
  const started = performance.now();
  parseCaption(`${'(Ảnh '.repeat(200_000)}`);
  assert.ok(performance.now() - started < 100);
});

test('bylines: name with a note, labelled names; bare names only where a byline is expected', () => {
  assert.deepEqual(parseByline('Bích Ngọc (tổng hợp)', false), { author: 'Bích Ngọc', note: 'tổng hợp' });
  assert.deepEqual(parseByline('Minh Anh (theo TTXVN)', false), { author: 'Minh Anh', note: 'theo TTXVN' });
  assert.deepEqual(parseByline('Tác giả: Trần Quang Huy', false), { author: 'Trần Quang Huy', note: null });
  assert.deepEqual(parseByline('Hoàng Nam - Hà Nội', false), { author: 'Hoàng Nam', note: 'Hà Nội' });
  assert.deepEqual(parseByline('Nguyễn Thu Hà', true), { author: 'Nguyễn Thu Hà', note: null });
  assert.equal(parseByline('Nguyễn Thu Hà', false), null);
  assert.equal(parseByline('Sự kiện', true), null);
  assert.equal(parseByline('Dữ liệu phải "sống"', true), null);
  assert.equal(parseByline('Hà', true), null, 'one word alone is too weak');
});

test('source lines', () => {
  assert.equal(parseSourceLine('Theo TTXVN'), 'Theo TTXVN');
  assert.equal(parseSourceLine('(Theo VnExpress)'), 'Theo VnExpress');
  assert.equal(parseSourceLine('Nguồn: Báo Chính phủ'), 'Nguồn: Báo Chính phủ');
  assert.equal(parseSourceLine('Theo báo cáo của Bộ, năm 2025 có thêm 4.000 doanh nghiệp số.'), null);
});

test('boilerplate: share buttons, hotline, copyright, licence, tags', () => {
  for (const line of [
    'Chia sẻ',
    'Facebook Twitter',
    'Zalo | Facebook | Copy link',
    'Đường dây nóng: 0912 345 678',
    'Hotline: 1900 1234',
    '© Bản quyền thuộc về Báo điện tử Nhịp Sống Số',
    'Copyright 2025 Tudonghoangaynay.vn',
    'Giấy phép số 123/GP-BTTTT cấp ngày 1/1/2024',
    'Từ khóa: AI, dữ liệu',
  ]) {
    assert.ok(isBoilerplate(line), line);
  }
  for (const line of ['Chia sẻ dữ liệu giữa các bộ, ngành là điều kiện tiên quyết để xây dựng chính phủ số.', 'Sự kiện', 'In ấn 3D']) {
    assert.ok(!isBoilerplate(line), line);
  }
});

test('see-also markers, inline and as headings', () => {
  assert.equal(relatedHeader('Xem thêm: Bộ Y tế công bố lộ trình liên thông dữ liệu'), 'Bộ Y tế công bố lộ trình liên thông dữ liệu');
  assert.equal(relatedHeader('>> Đọc thêm: Chip Việt cho nông nghiệp'), 'Chip Việt cho nông nghiệp');
  assert.equal(relatedHeader('Tin liên quan'), '');
  assert.equal(relatedHeader('Đọc thêm'), '');
  assert.equal(relatedHeader('Đọc thêm tài liệu hướng dẫn giúp cán bộ xã sử dụng phần mềm nhanh hơn nhiều.'), null);
  assert.equal(relatedHeader('Tin bài khác'), null);
});

test('headings of the other-stories list', () => {
  for (const line of ['Tin bài khác', 'Tin cùng chuyên mục', 'Đọc nhiều nhất', 'Có thể bạn quan tâm']) assert.ok(isTeaserHeader(line), line);
  assert.ok(!isTeaserHeader('Tin bài khác nhau về cùng một sự kiện'));
});

test('prose, link runs, domains, breadcrumbs', () => {
  assert.ok(isProse('Hội nghị được tổ chức trực tuyến tới 34 tỉnh, thành phố.'));
  assert.ok(!isProse('Vì sao Việt Nam cần luật trí tuệ nhân tạo riêng?'));
  assert.ok(!isProse('Số hóa di sản'));
  assert.ok(isLinkRun(`${'Tiêu đề bài viết liên quan thứ nhất '.repeat(5)}`));
  assert.ok(!isLinkRun('Tiêu đề ngắn không có dấu chấm'));
  assert.ok(isDomainLine('Tudonghoangaynay.vn'));
  assert.ok(isDomainLine('https://www.khoahoc.gov.vn/'));
  assert.ok(!isDomainLine('Theo TTXVN'));
  assert.deepEqual(breadcrumbSegments('Trang chủ > Khoa học > Chuyển đổi số'), ['Trang chủ', 'Khoa học', 'Chuyển đổi số']);
  assert.equal(breadcrumbSegments('Hội nghị 57-NQ/TW'), null);
});
