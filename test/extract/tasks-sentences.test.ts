// The task extractor on sentences: who leads, who helps, what is to be done, by when, as what, and
// on whose order. Sentences written for these tests in the style of Government and Party texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTRACTOR } from '../../src/extract/tasks/index.ts';
import { one, seen, tasksOf } from './tasks-helpers.ts';

test('giao … chủ trì, phối hợp với …: lead, co-agencies, wording, product, quarter deadline and provenance', () => {
  const text = 'Giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tư pháp, Bộ Công an xây dựng Nghị định quy định chi tiết Luật Dữ liệu, trình Chính phủ trong quý III/2025.';
  const [task] = tasksOf([text]);
  assert.ok(task);
  assert.deepEqual(seen(task), {
    lead: 'bo-khcn', co: ['bo-tu-phap', 'bo-cong-an'], wording: 'xây dựng Nghị định quy định chi tiết Luật Dữ liệu',
    product: 'nghi_dinh', deadline: '2025-09-30/quarter', assignedBy: null, shape: 'sentence',
  });
  assert.equal(task.kind, 'task');
  assert.equal(task.field, 'body');
  assert.equal(task.index, 0);
  assert.equal(task.extractor, EXTRACTOR.name);
  assert.equal(task.extractorVersion, EXTRACTOR.version);
  assert.equal(task.lead.span.text, 'Bộ Khoa học và Công nghệ');
  assert.equal(task.deadline?.span.text, 'quý III/2025');
  assert.ok(task.confidence > 0.5 && task.confidence <= 1);
});

test('an agency as subject with chủ trì; a day deadline; abbreviations resolve to the pack', () => {
  assert.deepEqual(one('Bộ KH&CN chủ trì, phối hợp với NHNN xây dựng khung pháp lý cho tài sản số, hoàn thành trước ngày 15/11/2025.'), {
    lead: 'bo-khcn', co: ['ngan-hang-nha-nuoc'], wording: 'xây dựng khung pháp lý cho tài sản số', product: null,
    deadline: '2025-11-15/day', assignedBy: null, shape: 'sentence',
  });
});

test('yêu cầu and đề nghị address collectives and single bodies', () => {
  const a = one('Yêu cầu các bộ, ngành, địa phương rà soát toàn bộ thủ tục hành chính có thể thực hiện trực tuyến, hoàn thành trong tháng 9/2025.');
  assert.equal(a.lead, 'nhom:bo-nganh-dia-phuong');
  assert.equal(a.deadline, '2025-09-30/month');
  const b = one('Đề nghị Ngân hàng Nhà nước Việt Nam chỉ đạo các tổ chức tín dụng dành nguồn vốn ưu đãi cho doanh nghiệp công nghệ số trong năm 2026.');
  assert.equal(b.lead, 'ngan-hang-nha-nuoc');
  assert.equal(b.deadline, '2026-12-31/year');
  const c = one('Yêu cầu Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương và các bộ, ngành báo cáo kết quả trước ngày 10/12/2025.');
  assert.equal(c.lead, 'nhom:bo-nganh-dia-phuong', 'ministries and provinces listed together are one collective');
  assert.equal(c.product, 'bao_cao');
});

test('the Government Office follows up: a recurring task with a report', () => {
  const t = one('Văn phòng Chính phủ theo dõi, đôn đốc các cơ quan triển khai Quyết định này, định kỳ 6 tháng báo cáo Thủ tướng Chính phủ.');
  assert.equal(t.lead, 'van-phong-chinh-phu');
  assert.equal(t.wording, 'theo dõi, đôn đốc các cơ quan triển khai Quyết định này');
  assert.equal(t.deadline, 'recurring');
  assert.equal(t.product, 'bao_cao');
});

test('deadline forms: month, year, half, recurring, a year filled from the document and rolled forward', () => {
  const deadline = (s: string, published = '2025-06-01') => tasksOf([s], null, published).map((t) => seen(t).deadline);
  assert.deepEqual(deadline('Giao Bộ Y tế chủ trì xây dựng Đề án y tế số, trình Thủ tướng Chính phủ trong tháng 12 năm 2025.'), ['2025-12-31/month']);
  assert.deepEqual(deadline('Giao Bộ Y tế chủ trì xây dựng Đề án y tế số, hoàn thành trong năm 2026.'), ['2026-12-31/year']);
  assert.deepEqual(deadline('Giao Bộ Y tế chủ trì xây dựng Đề án y tế số, hoàn thành trong 6 tháng đầu năm 2026.'), ['2026-06-30/half']);
  assert.deepEqual(deadline('Giao Bộ Y tế chủ trì cập nhật dữ liệu y tế, thực hiện thường xuyên.'), ['recurring']);
  assert.deepEqual(deadline('Giao Bộ Y tế báo cáo kết quả trước ngày 15 tháng 12 hằng năm.'), ['recurring']);
  assert.deepEqual(deadline('Giao Bộ Y tế chủ trì xây dựng Đề án y tế số, hoàn thành trong tháng 8.', '2025-05-20'), ['2025-08-31/month']);
  // A month already past when the text was written means the next year's.
  assert.deepEqual(deadline('Giao Bộ Y tế chủ trì xây dựng Đề án y tế số, hoàn thành trong tháng 3.', '2025-11-20'), ['2026-03-31/month']);
});

test('dates that are not deadlines: a cited document\'s date, a programme\'s period, a target horizon, a budget year', () => {
  const t = one('Giao Bộ Công Thương chủ trì xây dựng Chiến lược phát triển công nghiệp bán dẫn giai đoạn 2026 - 2030, tầm nhìn đến năm 2045 theo Nghị quyết số 57-NQ/TW ngày 22/12/2024.');
  assert.equal(t.deadline, null);
  assert.equal(t.product, 'chien_luoc');
  const u = one('Giao Sở Tài chính tham mưu bố trí kinh phí trong dự toán ngân sách năm 2026.');
  assert.equal(u.deadline, null);
  const v = one('Giao Bộ Tài chính bảo đảm kinh phí chi thường xuyên cho hoạt động của Quỹ.');
  assert.equal(v.deadline, null, '`chi thường xuyên` is a kind of spending, not a recurring task');
});

test('products: the object of the action, the submitted document, a report; a cited document is none', () => {
  const product = (s: string) => one(s).product;
  assert.equal(product('Giao Bộ Tư pháp hoàn thành việc xây dựng dự án Luật sửa đổi Luật Thi hành án, trình Quốc hội trong năm 2026.'), 'luat');
  assert.equal(product('Giao Bộ Xây dựng chủ trì xây dựng, trình Thủ tướng Chính phủ ban hành Quyết định về tiêu chí công trình xanh trong quý I/2026.'), 'quyet_dinh_ttg');
  assert.equal(product('Giao Bộ Công Thương nghiên cứu mô hình sàn giao dịch công nghệ, báo cáo Thủ tướng Chính phủ trong quý II/2026.'), 'bao_cao');
  assert.equal(product('Giao Bộ Công Thương triển khai Nghị quyết số 71/NQ-CP trong lĩnh vực thương mại điện tử, hoàn thành trong năm 2026.'), null);
  assert.equal(product('Giao Bộ Giáo dục và Đào tạo xây dựng chương trình đào tạo kỹ sư dữ liệu, hoàn thành trong năm 2026.'), null);
  assert.equal(product('Giao Bộ Giáo dục và Đào tạo xây dựng Chương trình phát triển nhân lực số, hoàn thành trong năm 2026.'), 'chuong_trinh');
});

test('the assigning document: a sentence\'s opener, a document as subject, a list\'s lead-in', () => {
  assert.equal(one('Tại Nghị quyết số 03/NQ-CP, Chính phủ giao Bộ Nội vụ chủ trì xây dựng Đề án thu hút nhân tài, hoàn thành trong năm 2025.').assignedBy, '03/NQ-CP');
  assert.equal(one('Quyết định số 127/QĐ-TTg giao Bộ Khoa học và Công nghệ triển khai Chiến lược quốc gia về trí tuệ nhân tạo.').assignedBy, '127/QĐ-TTg');
  assert.equal(one('Giao Bộ Khoa học và Công nghệ chủ trì xây dựng Nghị định về quỹ đổi mới công nghệ, trình Chính phủ trong quý IV/2025.').assignedBy, null);
  const listed = tasksOf(['Tại Quyết định số 1131/QĐ-TTg, Thủ tướng Chính phủ giao:', '- Bộ Công an: xây dựng hạ tầng dữ liệu quốc gia trong năm 2025;']);
  assert.deepEqual(listed.map((t) => [seen(t).lead, seen(t).assignedBy, seen(t).shape]), [['bo-cong-an', '1131/QĐ-TTg', 'list']]);
});

test('a list under "giao:" with one agency per item, plain verbs included', () => {
  const tasks = tasksOf([
    'Thủ tướng Chính phủ giao:',
    'a) Bộ Tài chính hướng dẫn cơ chế tài chính cho các quỹ đầu tư khởi nghiệp trong quý III/2025;',
    'b) Bộ Nội vụ: ban hành Thông tư hướng dẫn vị trí việc làm về chuyển đổi số trong tháng 10/2025;',
    'c) Các địa phương bố trí nguồn lực thực hiện; thời hạn: hằng năm.',
  ]);
  assert.deepEqual(tasks.map((t) => [seen(t).lead, seen(t).product, seen(t).deadline]), [
    ['bo-tai-chinh', null, '2025-09-30/quarter'],
    ['bo-noi-vu', 'thong_tu', '2025-10-31/month'],
    ['nhom:dia-phuong', null, 'recurring'],
  ]);
  assert.ok(tasks.every((t) => t.shape === 'list'));
});

test('items under an agency header take its lead and the partners it names', () => {
  const tasks = tasksOf([
    'Điều 4. Tổ chức thực hiện',
    '1. Bộ Giáo dục và Đào tạo chủ trì, phối hợp với Bộ Nội vụ:',
    'a) Xây dựng chuẩn năng lực số cho giáo viên, hoàn thành trong quý II/2026;',
    'b) Tổ chức bồi dưỡng kỹ năng số cho cán bộ quản lý giáo dục; thực hiện hằng năm.',
    '2. Các địa phương: bố trí kinh phí bồi dưỡng giáo viên.',
  ]);
  assert.deepEqual(tasks.map((t) => [seen(t).lead, seen(t).co, seen(t).deadline]), [
    ['bo-gd-dt', ['bo-noi-vu'], '2026-06-30/quarter'],
    ['bo-gd-dt', ['bo-noi-vu'], 'recurring'],
    ['nhom:dia-phuong', [], null],
  ]);
  assert.equal(tasks[0]?.lead.span.index, 1, 'the lead\'s span points at the header');
});

test('several tasks in one sentence: after "và giao" and after a semicolon', () => {
  const tasks = tasksOf(['Giao Bộ Công an chủ trì kết nối dữ liệu dân cư với dữ liệu bảo hiểm trong quý I/2026 và giao Bộ Y tế hoàn thiện sổ sức khỏe điện tử trong quý II/2026; Bộ Tài chính bố trí kinh phí thực hiện trong năm 2026.']);
  assert.deepEqual(tasks.map((t) => [seen(t).lead, seen(t).deadline]), [
    ['bo-cong-an', '2026-03-31/quarter'],
    ['bo-y-te', '2026-06-30/quarter'],
    ['bo-tai-chinh', '2026-12-31/year'],
  ]);
  assert.ok(tasks[0]!.end <= tasks[1]!.start, 'each task has its own clause');
});

test('a task given as a noun phrase: "… được giao cho …"', () => {
  const t = one('Nhiệm vụ xây dựng Đề án phát triển thị trường dữ liệu được giao cho Bộ Công an chủ trì, hoàn thành trong quý IV/2025.');
  assert.equal(t.lead, 'bo-cong-an');
  assert.equal(t.wording, 'xây dựng Đề án phát triển thị trường dữ liệu');
  assert.equal(t.product, 'de_an');
});

test('ministries or provinces named after one shared head become agencies of their own', () => {
  const t = one('Các Bộ: Công Thương, Xây dựng, Y tế theo chức năng, nhiệm vụ được giao hướng dẫn doanh nghiệp áp dụng tiêu chuẩn dữ liệu mở trong năm 2026.');
  assert.equal(t.lead, 'bo-cong-thuong');
  assert.deepEqual(t.co, ['bo-xay-dung', 'bo-y-te']);
  const p = one('Giao Ủy ban nhân dân các tỉnh, thành phố: Cần Thơ, Huế xây dựng Đề án đô thị thông minh trong năm 2026.');
  assert.equal(p.lead, 'can-tho');
  assert.deepEqual(p.co, ['hue']);
});

test('provinces as agencies; a department and "UBND tỉnh" without a province take the one the text is about', () => {
  assert.equal(one('Giao Ủy ban nhân dân tỉnh Gia Lai chủ trì xây dựng trung tâm dữ liệu vùng, hoàn thành trong năm 2026.').lead, 'gia-lai');
  assert.equal(one('Thành phố Đà Nẵng có trách nhiệm hoàn thành khu công nghệ thông tin tập trung trước ngày 30/9/2026.').lead, 'da-nang');
  assert.equal(
    one('UBND tỉnh Sơn La giao Sở Nông nghiệp và Môi trường chủ trì số hóa bản đồ đất đai, hoàn thành trong tháng 11/2025.').lead,
    'Sở Nông nghiệp và Môi trường tỉnh Sơn La',
  );
  const inDocument = tasksOf(['UBND tỉnh có trách nhiệm bố trí nguồn lực để thực hiện Kế hoạch, hoàn thành trong quý I/2026.'], 'Kế hoạch chuyển đổi số của tỉnh Cao Bằng năm 2026');
  assert.deepEqual(inDocument.map((t) => seen(t).lead), ['cao-bang']);
});

test('reported assignments count; the head of a ministry stands for it', () => {
  assert.equal(one('Thủ tướng Chính phủ đã giao Bộ Xây dựng làm đầu mối điều phối phát triển đô thị thông minh.').lead, 'bo-xay-dung');
  assert.equal(one('Bộ Nội vụ đã được giao chủ trì xây dựng Đề án vị trí việc làm số, hoàn thành trong năm 2025.').lead, 'bo-noi-vu');
  const t = one('Bộ trưởng Bộ Tư pháp chịu trách nhiệm trước Thủ tướng Chính phủ về việc thẩm định kịp thời các dự thảo nghị định trong năm 2025.');
  assert.equal(t.lead, 'bo-tu-phap');
  assert.equal(t.wording, 'thẩm định kịp thời các dự thảo nghị định');
});

test('titles and ledes are read; captions are not', () => {
  const tasks = tasksOf(['Nội dung chi tiết được đăng tải trên Cổng thông tin điện tử.'], 'Thủ tướng giao Bộ Khoa học và Công nghệ hoàn thiện Luật Chuyển đổi số trong quý III/2025');
  assert.deepEqual(tasks.map((t) => [t.field, seen(t).lead]), [['title', 'bo-khcn']]);
});

test('an agency and its items in one paragraph: "Bộ …: a) …; b) …"', () => {
  const tasks = tasksOf(['Bộ Tư pháp: a) Chủ trì rà soát văn bản về thủ tục hành chính trong quý I/2026; b) Hướng dẫn các địa phương chuẩn hóa dữ liệu hộ tịch; thực hiện thường xuyên.']);
  assert.deepEqual(tasks.map((t) => [seen(t).lead, seen(t).wording, seen(t).deadline]), [
    ['bo-tu-phap', 'rà soát văn bản về thủ tục hành chính', '2026-03-31/quarter'],
    ['bo-tu-phap', 'Hướng dẫn các địa phương chuẩn hóa dữ liệu hộ tịch', 'recurring'],
  ]);
});

test('a month or a day right after a submission\'s addressee is a deadline', () => {
  assert.equal(one('Giao Bộ Nội vụ chủ trì xây dựng Nghị định về công chức số, trình Chính phủ tháng 10/2025.').deadline, '2025-10-31/month');
});

test('directive formulas: function clauses, asides before the action, a quotation, the document itself', () => {
  const a = one('Các bộ, ngành, địa phương căn cứ chức năng, nhiệm vụ được giao, chủ động xây dựng kế hoạch thực hiện trong quý IV/2025.');
  assert.deepEqual([a.lead, a.wording, a.product], ['nhom:bo-nganh-dia-phuong', 'xây dựng kế hoạch thực hiện', 'ke_hoach']);
  const b = one('Giao Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương căn cứ điều kiện thực tế, bố trí cán bộ chuyên trách chuyển đổi số trước ngày 30/10/2025.');
  assert.equal(b.wording, 'bố trí cán bộ chuyên trách chuyển đổi số');
  const c = one('Thủ tướng yêu cầu “các bộ, ngành phải hoàn thành việc kết nối dữ liệu trong tháng 11/2025”.');
  assert.equal(c.lead, 'nhom:bo-nganh');
  const d = one('Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, cơ quan liên quan hướng dẫn, kiểm tra việc thực hiện Quyết định này.');
  assert.deepEqual([d.lead, d.co, d.deadline], ['bo-khcn', ['nhom:bo-nganh'], null]);
});

test('two bodies joined by "và" that the organisation reader ran together are two agencies', () => {
  const t = one('Giao Bộ Giáo dục và Đào tạo phối hợp với Đại học Quốc gia Hà Nội và Đại học Quốc gia Thành phố Hồ Chí Minh xây dựng chuẩn đầu ra ngành vi mạch trong năm 2026.');
  assert.deepEqual(t.co, ['Đại học Quốc gia Hà Nội', 'Đại học Quốc gia Thành phố Hồ Chí Minh']);
  assert.equal(t.wording, 'xây dựng chuẩn đầu ra ngành vi mạch');
});
