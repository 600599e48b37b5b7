// Page dumps in the layouts real Vietnamese sites produce (written for these tests, not copied from any
// site): run-together header lines, site clocks above the title, bylines on the date line, photo
// furniture, captions known only by where they sit, and texts cut off mid-sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureText } from '../../src/structure/index.ts';
import { factsForResult } from '../../src/pipeline/facts-for-result.ts';

const read = (lines: string[]) =>
  structureText({ origin: 'layout.txt', text: lines.join('\n'), encoding: 'utf-8', encodingEvidence: 'detected' });
const article = (lines: string[]) => {
  const result = read(lines);
  assert.equal(result.format, 'page', 'read as a page');
  return result.documents[0]!;
};

const TITLE = 'Cà Mau đưa 120 điểm truy cập Internet miễn phí về các xã ven biển';
const LEDE =
  'Sau ba tháng triển khai, tỉnh Cà Mau đã lắp đặt 120 điểm phát Wi-Fi miễn phí tại trụ sở xã, nhà văn hóa ấp và các chợ ven biển, giúp người dân tra cứu thủ tục và bán hàng trực tuyến.';
const P1 =
  'Theo Sở Khoa học và Công nghệ, mỗi điểm phát phục vụ khoảng 200 người dùng cùng lúc, tốc độ trung bình đạt 50 Mb/giây, chi phí duy trì do doanh nghiệp viễn thông hỗ trợ trong hai năm đầu.';
const P2 =
  'Bà Lê Thị Thu, tiểu thương ở chợ Rạch Gốc, cho biết từ khi có sóng ổn định, bà nhận đơn đặt cá khô qua mạng xã hội mỗi ngày và thanh toán bằng mã QR thay vì tiền mặt.';
const P3 =
  'Tỉnh đặt mục tiêu đến cuối năm sau có thêm 80 điểm phát tại các ấp vùng sâu, ưu tiên nơi có tỷ lệ hộ nghèo cao và học sinh phải học trực tuyến vào mùa mưa bão.';

test('a capture prefix is cut off the first line and only completes dates without a year', () => {
  const result = read([' date 2025-11-20 ' + TITLE, '', 'Sáng 18/11, ' + LEDE.charAt(0).toLowerCase() + LEDE.slice(1), '', P1]);
  const doc = result.documents[0]!;
  assert.equal(doc.title, TITLE);
  assert.equal(doc.published, null, 'the capture day is not a publication date');
  assert.equal(result.capturedOn, '2025-11-20');
  const [facts] = factsForResult(result, null);
  assert.ok(facts!.dates.some((d) => d.value === '2025-11-18'), 'the year of 18/11 comes from the capture day');
});

test('a section label, the headline and the lede printed as one line are told apart', () => {
  const glued = `Xã hội ${TITLE} Trong ba tháng qua, tỉnh Cà Mau đã lắp đặt 120 điểm phát Wi-Fi miễn phí tại trụ sở xã và các chợ ven biển.`;
  const doc = article([glued, '', P1, '', P2, '', 'Người dân tra cứu thủ tục tại điểm phát Wi-Fi của xã. Ảnh: Minh Khoa', '', P3]);
  assert.equal(doc.title, TITLE);
  assert.equal(doc.category, 'Xã hội');
  assert.match(doc.lede ?? '', /^Trong ba tháng qua/);
});

test('a headline glued to its lede without a space is split at the capital', () => {
  const doc = article(['20/11/2025', `${TITLE}Sáng 18/11, tỉnh Cà Mau tổng kết đợt lắp đặt điểm phát Wi-Fi miễn phí tại 120 xã và ấp ven biển.`, P1, P2]);
  assert.equal(doc.title, TITLE);
  assert.match(doc.lede ?? '', /^Sáng 18\/11, tỉnh Cà Mau/);
  assert.equal(doc.published, '2025-11-20');
});

test('brand names written in camel case are not split', () => {
  const doc = article(['Nhà mạng MobiFone và VinaPhone cùng mở rộng vùng phủ sóng ở ven biển', LEDE, P1]);
  assert.equal(doc.title, 'Nhà mạng MobiFone và VinaPhone cùng mở rộng vùng phủ sóng ở ven biển');
});

test('the date line under the title wins over a site clock or date bar above it, even a wrong one', () => {
  const doc = article(['Thứ Bảy, ngày 3 tháng 2 năm 2018, 9:14:05 Sáng', 'Hotline: 0290.3838.123', 'Xã hội', TITLE, '20/11/2025 07:45', LEDE, P1]);
  assert.equal(doc.title, TITLE);
  assert.equal(doc.published, '2025-11-20T07:45:00+07:00');
  assert.equal(doc.category, 'Xã hội');
});

test('a date line above the title is used when none is below it, with its labels and view counter', () => {
  const doc = article(['CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ NHẤT', 'Tin tức - Sự kiện', 'Ngày đăng: 20/11/2025 - Lượt xem: 134', TITLE, '', LEDE, '', P1]);
  assert.equal(doc.title, TITLE, 'a banner in capitals and a section label are not the title');
  assert.equal(doc.published, '2025-11-20');
});

test('a byline printed on the date line is the author; a generic reporter tag is not', () => {
  assert.equal(article([TITLE, 'K.H - 20/11/2025 07:45', LEDE, P1]).author, 'K.H');
  const tagged = article([TITLE, 'PV - 07:45, 20/11/2025', LEDE, P1]);
  assert.equal(tagged.author, null);
  assert.equal(tagged.published, '2025-11-20T07:45:00+07:00');
  const roles = article([TITLE, LEDE, 'Trần Minh Khoa - Đồ họa: Lê Hà • 20/11/2025', P1]);
  assert.equal(roles.author, 'Trần Minh Khoa - Đồ họa: Lê Hà');
  assert.equal(roles.published, '2025-11-20');
  assert.deepEqual(roles.body, [P1]);
});

test('a site name with the date glued to it, under the lede, gives the date', () => {
  const doc = article([TITLE, LEDE, 'Báo Đất Mũi OnlineBáo Đất Mũi Online20/11/2025', P1, P2]);
  assert.equal(doc.published, '2025-11-20');
  assert.deepEqual(doc.body, [P1, P2]);
});

test('navigation, a site tagline, a filing dateline and an agency tag are not title, author or text', () => {
  const doc = article([
    'Theo dõi Báo Cà Mau trên Google News',
    'camau.vn - Cổng thông tin của người Cà Mau',
    TITLE,
    'Cà Mau (TTXVN 20/11)',
    'TTXVN -',
    LEDE,
    P1,
  ]);
  assert.equal(doc.title, TITLE);
  assert.equal(doc.author, null);
  assert.deepEqual(doc.body, [P1]);
});

test('a headline that ends with a full stop, over a longer first paragraph', () => {
  const title = 'Kết quả chuyển đổi số của tỉnh Cà Mau trong quý III năm 2025.';
  const result = read([title, LEDE, P1, P2]);
  assert.equal(result.format, 'page');
  assert.equal(result.documents[0]?.title, title);
  assert.equal(result.documents[0]?.lede, LEDE);
});

test('related headlines under the title are neither the title nor the text', () => {
  const doc = article([
    TITLE,
    'Bạc Liêu phủ sóng 5G các khu công nghiệp / Sóc Trăng số hóa hồ sơ đất đai cho 50 xã',
    'Hậu Giang khởi động phong trào học kỹ năng số Kiên Giang mở lớp thương mại điện tử cho nông dân Vĩnh Long lập tổ công nghệ số ở ấp |',
    LEDE,
    P1,
  ]);
  assert.equal(doc.title, TITLE);
  assert.deepEqual(doc.body, [P1]);
});

test('photo furniture goes; the caption under it goes to captions, with or without a credit', () => {
  const doc = article([
    TITLE,
    LEDE,
    '![]() |',
    'Cán bộ xã hướng dẫn người dân kết nối Wi-Fi miễn phí tại nhà văn hóa ấp |',
    P1,
    '![wifi-ca-mau-2025.jpg](https://cdn.example.vn/2025/11/wifi-ca-mau-2025.jpg)',
    P2,
    '.png)',
    `${TITLE} - Ảnh 1.`,
    'Điểm phát Wi-Fi được lắp trên mái chợ Rạch Gốc',
    'ẢNH: MINH KHOA',
    'Chú thích ảnh',
    'Ông Nguyễn Văn Hải, Phó Giám đốc Sở Khoa học và Công nghệ',
    P3,
    '------------o0o------------',
  ]);
  assert.deepEqual(doc.body, [P1, P2, P3]);
  assert.deepEqual(
    doc.captions.map((c) => c.text),
    [
      'Cán bộ xã hướng dẫn người dân kết nối Wi-Fi miễn phí tại nhà văn hóa ấp',
      'Điểm phát Wi-Fi được lắp trên mái chợ Rạch Gốc',
      '',
      'Ông Nguyễn Văn Hải, Phó Giám đốc Sở Khoa học và Công nghệ',
    ],
  );
});

test('a paragraph after a photo is still a paragraph', () => {
  const doc = article([TITLE, LEDE, 'diem-phat-wifi.png', P1, P2]);
  assert.deepEqual(doc.body, [P1, P2]);
});

test('an alt text and its caption, or one caption printed twice, give one caption', () => {
  const doc = article([
    TITLE,
    LEDE,
    'Chủ tịch UBND tỉnh Phạm Văn Bình',
    'Chủ tịch Ủy ban nhân dân tỉnh Phạm Văn Bình phát biểu tại lễ ra mắt.',
    P1,
    'Người dân dùng điện thoại tra cứu hồ sơ tại trụ sở xã Tân Thuận.',
    'Người dân dùng điện thoại tra cứu hồ sơ tại trụ sở xã Tân Thuận.',
    P2,
  ]);
  assert.deepEqual(doc.body, [P1, P2]);
  assert.deepEqual(doc.captions.map((c) => c.text), [
    'Chủ tịch Ủy ban nhân dân tỉnh Phạm Văn Bình phát biểu tại lễ ra mắt.',
    'Người dân dùng điện thoại tra cứu hồ sơ tại trụ sở xã Tân Thuận.',
  ]);
});

test('where paragraphs follow each other line by line, a sentence after a blank line is a photo caption', () => {
  const doc = article([TITLE, LEDE, P1, '', 'Tiểu thương chợ Rạch Gốc thanh toán bằng mã QR trên điện thoại.', P2, P3]);
  assert.deepEqual(doc.body, [P1, P2, P3]);
  assert.deepEqual(doc.captions.map((c) => c.text), ['Tiểu thương chợ Rạch Gốc thanh toán bằng mã QR trên điện thoại.']);
});

test('on such pages a subheading after a blank line stays in the text', () => {
  const doc = article([TITLE, LEDE, P1, '', 'Mở rộng về vùng sâu', P2, P3]);
  assert.deepEqual(doc.body, [P1, 'Mở rộng về vùng sâu', P2, P3]);
});

test('the last paragraph, cut off mid-sentence by the capture, is kept', () => {
  const cut = 'Trong năm tới, tỉnh sẽ phối hợp với các doanh nghiệp viễn thông để nâng tốc độ đường truyền tại các điểm phát ở';
  const doc = article([TITLE, '20/11/2025', LEDE, P1, cut]);
  assert.deepEqual(doc.body, [P1, cut]);
});

test('a summary printed twice is kept once', () => {
  const doc = article([TITLE, LEDE, '------o0o------', LEDE, P1]);
  assert.equal(doc.lede, LEDE);
  assert.deepEqual(doc.body, [P1]);
});

test('a headline printed twice at the top is still the headline', () => {
  const doc = article(['Quay về trang chủ Theo dõi trên Google News', TITLE, '', TITLE, '', LEDE, P1]);
  assert.equal(doc.title, TITLE);
});

test('an official document\'s long title line is its title, not a run of link texts', () => {
  const title = 'Nghị định số 902/2025/NĐ-CP ngày 10/6/2025 của Chính phủ quy định về quỹ phát triển khoa học và công nghệ của doanh nghiệp';
  const text = `${title}\n\nCăn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo; theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ, Chính phủ ban hành Nghị định này.\n\nĐiều 1. Nghị định này quy định việc lập, quản lý và sử dụng quỹ phát triển khoa học và công nghệ của doanh nghiệp.\n`;
  const [doc] = structureText({ origin: 'nghi-dinh.txt', text, encoding: 'utf-8', encodingEvidence: 'detected' }).documents;
  assert.equal(doc?.title, title);
});
