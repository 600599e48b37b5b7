// Tasks in tables, in the forms page dumps and HTML pages give them: cells separated by ` | `, by
// tabs, one cell per paragraph, or joined by spaces (an HTML table's text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtmlArticle } from '../../src/structure/html/index.ts';
import { extractTasks } from '../../src/extract/tasks/index.ts';
import { seen, tasksOf } from './tasks-helpers.ts';

const rows = (tasks: ReturnType<typeof tasksOf>) => tasks.map((t) => { const s = seen(t); return [s.wording, s.lead, s.co, s.product, s.deadline, s.assignedBy]; });

test('a table with ` | ` between cells: header columns, section rows skipped, product column, caption\'s document', () => {
  const tasks = tasksOf([
    'Danh mục nhiệm vụ (Ban hành kèm theo Quyết định số 88/QĐ-TTg ngày 15/01/2025 của Thủ tướng Chính phủ)',
    'STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời hạn',
    'A | THỂ CHẾ | | | |',
    '1 | Sửa đổi Luật Chuyển giao công nghệ | Bộ Khoa học và Công nghệ | Bộ Tư pháp; Bộ Tài chính | Luật | Năm 2026',
    '2 | Xây dựng cơ chế đặt hàng sản phẩm khoa học | Bộ Tài chính | Các bộ, ngành | Nghị định của Chính phủ | Quý I/2026',
    '3 | Đánh giá kết quả thực hiện | Bộ Khoa học và Công nghệ | | Báo cáo | Hằng năm',
  ]);
  assert.deepEqual(rows(tasks), [
    ['Sửa đổi Luật Chuyển giao công nghệ', 'bo-khcn', ['bo-tu-phap', 'bo-tai-chinh'], 'luat', '2026-12-31/year', '88/QĐ-TTg'],
    ['Xây dựng cơ chế đặt hàng sản phẩm khoa học', 'bo-tai-chinh', ['nhom:bo-nganh'], 'nghi_dinh', '2026-03-31/quarter', '88/QĐ-TTg'],
    ['Đánh giá kết quả thực hiện', 'bo-khcn', [], 'bao_cao', 'recurring', '88/QĐ-TTg'],
  ]);
  assert.ok(tasks.every((t) => t.shape === 'table' && t.start === 0));
});

test('a table with tabs, departments named without their province, bare deadlines', () => {
  const tasks = tasksOf([
    'Phụ lục kèm theo Kế hoạch số 45/KH-UBND của Ủy ban nhân dân tỉnh Thái Nguyên',
    'TT\tCông việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tTiến độ',
    '1\tSố hóa hồ sơ đất đai\tSở Nông nghiệp và Môi trường\tCác sở, ngành\t10/2025',
    '2\tTriển khai chữ ký số cho cán bộ cấp xã\tSở Khoa học và Công nghệ\tUBND các xã, phường\t2025 - 2026',
  ]);
  assert.deepEqual(rows(tasks), [
    ['Số hóa hồ sơ đất đai', 'Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên', ['nhom:so-nganh'], null, '2025-10-31/month', '45/KH-UBND'],
    ['Triển khai chữ ký số cho cán bộ cấp xã', 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên', ['nhom:cap-xa'], null, '2026-12-31/year', '45/KH-UBND'],
  ]);
});

test('rows without a header: columns read from what the cells hold', () => {
  const tasks = tasksOf([
    'Các nhiệm vụ cụ thể:',
    '1 | Xây dựng Chiến lược dữ liệu ngành tài chính | Bộ Tài chính | Bộ Công an | Chiến lược | Quý IV/2025',
    '2 | Triển khai hóa đơn điện tử cho hộ kinh doanh | Bộ Tài chính | Thường xuyên',
  ]);
  assert.deepEqual(rows(tasks), [
    ['Xây dựng Chiến lược dữ liệu ngành tài chính', 'bo-tai-chinh', ['bo-cong-an'], 'chien_luoc', '2025-12-31/quarter', null],
    ['Triển khai hóa đơn điện tử cho hộ kinh doanh', 'bo-tai-chinh', [], null, 'recurring', null],
  ]);
});

test('one cell per paragraph: rows start at their number; the span is the task\'s cell', () => {
  const body = [
    'STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành',
    '1', 'Xây dựng Đề án trung tâm dữ liệu vùng', 'Bộ Công an', 'Bộ Xây dựng', 'Tháng 11/2025',
    '2', 'Kết nối dữ liệu hộ tịch', 'Bộ Tư pháp', 'Các địa phương', 'Quý II/2026',
  ];
  const tasks = tasksOf(body);
  assert.deepEqual(rows(tasks), [
    ['Xây dựng Đề án trung tâm dữ liệu vùng', 'bo-cong-an', ['bo-xay-dung'], 'de_an', '2025-11-30/month', null],
    ['Kết nối dữ liệu hộ tịch', 'bo-tu-phap', ['nhom:dia-phuong'], null, '2026-06-30/quarter', null],
  ]);
  assert.deepEqual(tasks.map((t) => t.index), [6, 11]);
});

test('an HTML table, whose cells the page\'s text joins with spaces', () => {
  const html = `<html><body><article><h1>Kế hoạch ứng dụng trí tuệ nhân tạo của tỉnh Ninh Bình</h1>
    <p>Ủy ban nhân dân tỉnh Ninh Bình vừa ban hành kế hoạch ứng dụng trí tuệ nhân tạo trong quản lý nhà nước giai đoạn 2025 - 2027 với nhiều nhiệm vụ.</p>
    <table><tr><th>STT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Cơ quan phối hợp</th><th>Thời gian hoàn thành</th></tr>
    <tr><td>1</td><td>Xây dựng trợ lý ảo phục vụ người dân</td><td>Sở Khoa học và Công nghệ</td><td>Các sở, ban, ngành</td><td>Quý IV/2025</td></tr>
    <tr><td>2</td><td>Đào tạo kỹ năng sử dụng trí tuệ nhân tạo cho công chức</td><td>Sở Nội vụ</td><td>Sở Y tế</td><td>Năm 2026</td></tr></table>
    <p>Kế hoạch đặt mục tiêu đến năm 2027 toàn bộ cơ quan nhà nước của tỉnh ứng dụng trí tuệ nhân tạo trong xử lý hồ sơ.</p></article></body></html>`;
  const doc = extractHtmlArticle(html);
  const tasks = extractTasks(doc, { published: '2025-08-01', dateHint: null, collectionYear: null });
  assert.deepEqual(rows(tasks), [
    ['Xây dựng trợ lý ảo phục vụ người dân', 'Sở Khoa học và Công nghệ tỉnh Ninh Bình', ['nhom:so-nganh'], null, '2025-12-31/quarter', null],
    ['Đào tạo kỹ năng sử dụng trí tuệ nhân tạo cho công chức', 'Sở Nội vụ tỉnh Ninh Bình', ['Sở Y tế tỉnh Ninh Bình'], null, '2026-12-31/year', null],
  ]);
});

test('a run of bars that is no table (a site\'s menu) gives nothing', () => {
  assert.deepEqual(tasksOf(['Trang chủ | Tin tức | Văn bản | Liên hệ']), []);
});
