// Smaller page dumps for layouts and traps the fixture pages do not cover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { structureText } from '../../src/structure/index.ts';

const read = (lines: string[]) =>
  structureText({ origin: 'edge.txt', text: lines.join('\n'), encoding: 'utf-8', encodingEvidence: 'detected' }, { format: 'page' });

const P1 =
  'Quay lại câu chuyện nhân lực, Bộ Giáo dục và Đào tạo cho biết năm nay các trường đại học tuyển thêm 12.000 chỉ tiêu ngành vi mạch bán dẫn, trí tuệ nhân tạo và khoa học dữ liệu.';
const P2 =
  'Bản quyền tác giả đối với dữ liệu huấn luyện trí tuệ nhân tạo là nội dung được nhiều đại biểu quan tâm khi thảo luận dự thảo luật, nhất là quyền của báo chí và nhà xuất bản.';
const P3 =
  'Đường dây nóng của Bộ đã tiếp nhận hơn 300 cuộc gọi phản ánh về lừa đảo trên không gian mạng chỉ trong tháng 9, tăng gần gấp đôi so với cùng kỳ năm trước.';
const LEDE =
  'Bộ Khoa học và Công nghệ vừa tổng kết chín tháng triển khai các nhiệm vụ về chuyển đổi số, với nhiều chỉ tiêu về hạ tầng và nhân lực vượt kế hoạch đề ra từ đầu năm.';

test('paragraphs that merely start like footer labels are kept', () => {
  const result = read(['Chín tháng chuyển đổi số: nhiều chỉ tiêu vượt kế hoạch', '10/10/2025 10:00', LEDE, P1, P2, P3]);
  assert.deepEqual(result.documents[0]?.body, [P1, P2, P3]);
});

test('a date and a byline joined by "|" in the header', () => {
  const result = read(['Chín tháng chuyển đổi số: nhiều chỉ tiêu vượt kế hoạch', 'Minh Anh | Thứ sáu, 10/10/2025 10:00 (GMT+7)', LEDE, P1]);
  const [article] = result.documents;
  assert.equal(article?.author, 'Minh Anh');
  assert.equal(article?.published, '2025-10-10T10:00:00+07:00');
  assert.equal(article?.title, 'Chín tháng chuyển đổi số: nhiều chỉ tiêu vượt kế hoạch');
});

test('other stories after the signature are teasers even without a heading', () => {
  const result = read([
    'Chín tháng chuyển đổi số: nhiều chỉ tiêu vượt kế hoạch',
    '10/10/2025',
    LEDE,
    P1,
    'Thanh Hương (tổng hợp)',
    'khoahocso.vn',
    'Hải Phòng mở trung tâm dữ liệu thứ hai',
    'Trung tâm có công suất 20 MW, phục vụ các khu công nghiệp ven biển và các cơ quan của thành phố từ năm sau.',
    'Startup nông nghiệp gọi vốn thành công',
    'Doanh nghiệp phát triển hệ thống tưới thông minh vừa nhận khoản đầu tư 2 triệu USD từ một quỹ trong nước.',
  ]);
  const [article, ...teasers] = result.documents;
  assert.deepEqual(article?.body, [P1]);
  assert.equal(article?.author, 'Thanh Hương');
  assert.equal(article?.authorNote, 'tổng hợp');
  assert.equal(article?.site, 'khoahocso.vn');
  assert.equal(article?.publishedPrecision, 'date');
  assert.deepEqual(teasers.map((t) => [t.kind, t.title, t.parent]), [
    ['teaser', 'Hải Phòng mở trung tâm dữ liệu thứ hai', 0],
    ['teaser', 'Startup nông nghiệp gọi vốn thành công', 0],
  ]);
});

test('a page without a headline still gives its text, with a warning', () => {
  const result = read(['10/10/2025 10:00', LEDE, P1]);
  assert.equal(result.documents[0]?.title, null);
  assert.equal(result.documents[0]?.lede, LEDE);
  assert.equal(result.warnings.length, 1);
});

test('a date line at the foot of the article is used when the header has none', () => {
  const result = read(['Chín tháng chuyển đổi số: nhiều chỉ tiêu vượt kế hoạch', LEDE, P1, 'Cập nhật: 09:15 | 22/10/2025']);
  assert.equal(result.documents[0]?.published, '2025-10-22T09:15:00+07:00');
  assert.deepEqual(result.documents[0]?.body, [P1]);
});

test('the input url goes on the article, not on its teasers', () => {
  const text = ['Chín tháng chuyển đổi số', '10/10/2025', LEDE, P1, 'Tin khác', 'Hải Phòng mở trung tâm dữ liệu', P3].join('\n');
  const result = structureText({ origin: 'u', text, encoding: 'utf-8', encodingEvidence: 'detected', url: 'https://khoahocso.vn/a' });
  assert.equal(result.documents[0]?.url, 'https://khoahocso.vn/a');
  assert.equal(result.documents[1]?.url, null);
});
