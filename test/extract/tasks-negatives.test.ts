// Sentences that look like assignments but assign nothing must give no task: work done or under
// way, meetings, targets, intentions, exhortations, requests from people without authority.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTasks } from '../../src/extract/tasks/index.ts';
import { docOf, seen, tasksOf } from './tasks-helpers.ts';

const NO_TASK: ReadonlyArray<readonly [string, string]> = [
  ['work done', 'Bộ Khoa học và Công nghệ đã ban hành Thông tư số 02/2025/TT-BKHCN về quản lý chương trình khoa học quốc gia.'],
  ['work done, with chủ trì', 'Năm qua, Bộ Tài chính đã chủ trì hoàn thiện 6 nghị định về cơ chế tài chính cho khoa học.'],
  ['work done, told as a success', 'Bộ Công an chủ trì, phối hợp với các đơn vị triển khai thành công nền tảng định danh điện tử.'],
  ['work under way', 'Bộ Giáo dục và Đào tạo đang hoàn thiện dự thảo Thông tư về đào tạo trực tuyến, dự kiến ban hành trong quý IV/2025.'],
  ['a plan told as news', 'Theo lộ trình, Bộ Y tế sẽ trình Chính phủ Nghị định về dữ liệu y tế trong quý I/2026.'],
  ['a meeting held', 'Sáng 9/10, Bộ Nội vụ tổ chức hội nghị triển khai công tác chuyển đổi số ngành nội vụ.'],
  ['a meeting chaired', 'Bộ Khoa học và Công nghệ chủ trì Hội thảo khoa học về công nghệ lượng tử tại Hà Nội.'],
  ['a minister chairing', 'Tại hội nghị, Bộ trưởng Bộ Tài chính chủ trì và phát biểu khai mạc.'],
  ['a course organised with a partner', 'Sở Khoa học và Công nghệ tỉnh Hòa Bình phối hợp với Học viện Công nghệ Bưu chính Viễn thông tổ chức lớp tập huấn về an toàn thông tin.'],
  ['a target without an agency', 'Phấn đấu đến năm 2030, tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt trên 80%.'],
  ['a goal stated', 'Mục tiêu đến năm 2035, Việt Nam làm chủ một số công nghệ chiến lược.'],
  ['an intention without an assignee', '“Chúng tôi sẽ hoàn thành dự thảo trong tháng 10”, Cục trưởng cho biết.'],
  ['an exhortation', 'Các cấp, các ngành phải coi khoa học, công nghệ là động lực phát triển hàng đầu.'],
  ['an exhortation to a collective, without a deadline', 'Các bộ, ngành cần nâng cao hơn nữa tinh thần trách nhiệm trong thực thi công vụ.'],
  ['delegates ask', 'Nhiều đại biểu đề nghị Bộ Tài chính làm rõ nguồn lực thực hiện chính sách.'],
  ['localities ask the centre', 'Các địa phương đề nghị Chính phủ sớm ban hành hướng dẫn về khoán chi.'],
  ['a request upwards', 'Chính phủ đề nghị Quốc hội cho phép áp dụng thí điểm cơ chế đặc thù.'],
  ['a request for comments', 'Bộ Khoa học và Công nghệ đề nghị các bộ, ngành góp ý dự thảo Nghị định trước ngày 20/9/2025.'],
  ['a principle about assigning', 'Việc giao nhiệm vụ cho các bộ, ngành phải rõ người, rõ việc, rõ thời hạn.'],
  ['tasks described as given earlier', 'Các nhiệm vụ được giao tại Kế hoạch số 02-KH/BCĐTW cơ bản đã hoàn thành.'],
  ['praise', 'Thủ tướng đánh giá cao Bộ Công an trong triển khai Đề án 06.'],
  ['a handover', 'Nhà thầu đã bàn giao cho Ủy ban nhân dân tỉnh Lạng Sơn công trình trung tâm dữ liệu.'],
  ['a report about the past quarter', 'Trong quý II/2025, Bộ Công Thương chủ trì tham mưu ban hành 4 nghị định.'],
  ['a lead-in without tasks', 'Theo đó, các bộ, ngành, địa phương được giao nhiệm vụ cụ thể như sau:'],
  ['a delegation received', 'Bộ Công Thương chủ trì, phối hợp với Bộ Ngoại giao đón tiếp đoàn doanh nghiệp công nghệ Nhật Bản.'],
  ['a ceremony', 'Sáng nay, Bộ Xây dựng chủ trì, phối hợp với Ủy ban nhân dân tỉnh Quảng Ninh tổ chức lễ khởi công trung tâm dữ liệu.'],
  ['work counted', 'Bộ Khoa học và Công nghệ chủ trì xây dựng 10 luật, trong đó có Luật Công nghiệp công nghệ số.'],
  ['tasks counted', 'Năm 2025, Chính phủ giao cho các bộ, ngành 412 nhiệm vụ, đã hoàn thành 380 nhiệm vụ.'],
  ['an assignment reported without its action, only how it stands', 'Trong tháng 5/2025, Ủy ban nhân dân tỉnh Phú Thọ đã giao Sở Tài chính chủ trì, tuy nhiên đến nay chưa triển khai.'],
  ['a province asks a ministry', 'Ủy ban nhân dân tỉnh Lai Châu đề nghị Bộ Khoa học và Công nghệ hỗ trợ tỉnh xây dựng trung tâm dữ liệu trong năm 2026.'],
  ['a lead-in whose items follow', 'Giao các cơ quan, đơn vị triển khai các nhiệm vụ sau:'],
  ['a caption of a list of tasks', 'Phụ lục: Nhiệm vụ giao các bộ, ngành thực hiện Nghị quyết số 03/NQ-CP.'],
];

for (const [why, sentence] of NO_TASK) {
  test(`no task: ${why}`, () => {
    assert.deepEqual(tasksOf([sentence], null, '2025-10-01').map(seen), []);
  });
}

test('a photo caption never assigns', () => {
  const { doc, ctx } = docOf([]);
  doc.captions = [{ text: 'Giao Bộ Y tế chủ trì triển khai bệnh án điện tử trong năm 2025.', credit: null }];
  assert.deepEqual(extractTasks(doc, ctx), []);
});

test('an empty document and a long text without agencies give nothing', () => {
  assert.deepEqual(tasksOf([]), []);
  const long = 'Khoa học, công nghệ và đổi mới sáng tạo là động lực phát triển; '.repeat(400);
  assert.deepEqual(tasksOf([long]), []);
});
