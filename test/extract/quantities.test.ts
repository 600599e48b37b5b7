import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTRACTOR, extractQuantities, findQuantities } from '../../src/extract/quantities.ts';
import type { StructuredDocument } from '../../src/records.ts';
import type { QuantityMention } from '../../src/extract/facts.ts';

type Q = Omit<QuantityMention, 'field' | 'index'>;

/** The single quantity of a text, failing when there is not exactly one. */
function one(text: string): Q {
  const found = findQuantities(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((q) => q.text))}`);
  const q = found[0]!;
  assert.equal(text.slice(q.start, q.end), q.text);
  return q;
}

function doc(partial: Partial<StructuredDocument>): StructuredDocument {
  return {
    kind: 'article', title: null, published: null, publishedPrecision: 'unknown', author: null, authorNote: null,
    site: null, category: null, lede: null, body: [], captions: [], related: [], parent: null, url: null,
    ...partial,
  };
}

const ctx = { published: null, dateHint: null, collectionYear: null };

test('counted noun phrases end at verbs, function words and punctuation', () => {
  const cases: [string, number, string][] = [
    ['tính đến nay đã có 12.106 trạm 5G được triển khai', 12106, 'trạm 5G'],
    ['với 858 doanh nghiệp khoa học - công nghệ', 858, 'doanh nghiệp khoa học'],
    ['đã huy động 277 chuyên gia tham gia các chương trình', 277, 'chuyên gia'],
    ['cần khoảng 700.000 nhân sự mới. Tuy nhiên', 700000, 'nhân sự mới'],
    ['Đại diện 5 học viện, đại học và trường đại học', 5, 'học viện'],
    ['tới các điểm cầu 34 tỉnh, thành phố trong cả nước', 34, 'tỉnh, thành phố'],
    ['có 120 hợp tác xã của tỉnh', 120, 'hợp tác xã'],
    ['khoảng 3.500 sinh viên đang theo học', 3500, 'sinh viên'],
    ['gồm 15 bộ, ngành và địa phương', 15, 'bộ, ngành'],
  ];
  for (const [text, value, unit] of cases) {
    const q = one(text);
    assert.equal(q.value, value, text);
    assert.equal(q.unit, unit, text);
    assert.ok(q.text.endsWith(unit), text);
  }
});

test('the noun phrase is capped at five syllables', () => {
  const q = one('có 12 trung tâm đổi mới sáng tạo quốc gia hiện đại');
  assert.ok((q.unit ?? '').split(' ').length <= 5);
  assert.ok((q.unit ?? '').startsWith('trung tâm'));
});

test('unit symbols, glued or spaced, and currency phrases', () => {
  const cases: [string, number, string][] = [
    ['màn hình 4.000 nit, pin 7.000mAh', 4000, 'nit'],
    ['pin 7.000mAh và camera', 7000, 'mAh'],
    ['nhà máy công suất 1.200 MW vừa vận hành', 1200, 'MW'],
    ['sạc nhanh 60W', 60, 'W'],
    ['khoảng 2,3 triệu tỷ đồng', 2.3e15, 'triệu tỷ đồng'],
    ['thu hút 500 triệu USD vốn FDI', 500e6, 'triệu USD'],
    ['hỗ trợ 50 tỷ đồng cho doanh nghiệp', 50e9, 'tỷ đồng'],
    ['giá 300 USD.', 300, 'USD'],
    ['mức lương 5 triệu đồng/tháng', 5e6, 'triệu đồng/tháng'],
    ['giá vé 500.000đ', 500000, 'đ'],
    ['căn hộ 75m2', 75, 'm2'],
  ];
  for (const [text, value, unit] of cases) {
    const found = findQuantities(text);
    const q = found[0]!;
    assert.equal(q.value, value, text);
    assert.equal(q.unit, unit, text);
    assert.equal(q.confidence, 0.9, text);
  }
});

test('đồng in a compound is not the currency', () => {
  const q = one('có 5 đồng chí được bầu');
  assert.equal(q.unit, 'đồng chí');
});

test('percentages: unit % with the noun that follows, English or Vietnamese decimals', () => {
  assert.equal(one('phủ sóng hơn 26% dân số.').unit, '% dân số');
  assert.equal(one('tỷ trọng kinh tế số đạt 35% GRDP, thành phố').unit, '% GRDP');
  for (const text of ['biểu quyết tán thành (90,70%)', 'đại biểu tham dự (90.70%) biểu quyết']) {
    const q = one(text);
    assert.equal(q.value, 90.7, text);
    assert.equal(q.unit, '%', text);
    assert.equal(q.text, text.includes(',') ? '90,70%' : '90.70%');
  }
  assert.equal(one('lãi suất 6,5%/năm').unit, '%/năm');
});

test('ratios: numerator as value, denominator as of', () => {
  const q = one('với 429/434 đại biểu tham dự biểu quyết');
  assert.deepEqual([q.value, q.of, q.unit, q.text], [429, 434, 'đại biểu', '429/434 đại biểu']);
});

test('qualifiers before the number', () => {
  const cases: [string, Q['qualifier']][] = [
    ['trên 73.000 doanh nghiệp công nghệ số đang hoạt động', 'more_than'],
    ['phủ sóng hơn 26% dân số', 'more_than'],
    ['vượt 1.000 tỷ đồng', 'more_than'],
    ['có khoảng 90% doanh nghiệp', 'about'],
    ['gần 300 mã mất điểm', 'about'],
    ['xấp xỉ 5 triệu người', 'about'],
    ['chừng 20 người', 'about'],
    ['ước 40 nghìn tỷ đồng', 'about'],
    ['ít nhất 10 trường', 'at_least'],
    ['tối thiểu 2% ngân sách', 'at_least'],
    ['không dưới 30 giờ', 'at_least'],
    ['tăng trưởng GDP từ 8%', 'at_least'],
    ['tối đa 5 năm', 'up_to'],
    ['không quá 3 lần', 'up_to'],
    ['tăng đến 40 điểm', 'up_to'],
    ['dưới 100 lao động', 'less_than'],
    ['chưa đến 10% dân số', 'less_than'],
    ['~5% dân số', 'about'],
  ];
  for (const [text, qualifier] of cases) {
    const q = one(text);
    assert.equal(q.qualifier, qualifier, text);
    // The span starts at the qualifier and reaches through the unit.
    assert.ok(!/^\d/.test(q.text), `${text} → ${q.text}`);
    assert.ok(text.endsWith(q.text) || q.unit === null || text.includes(`${q.text} `), text);
  }
  assert.equal(one('hơn 80.000').text, 'hơn 80.000');
  assert.equal(one('hơn 80.000').unit, null);
  assert.equal(one('hơn 80.000').confidence, 0.5);
  assert.equal(one('với 80.000 người').qualifier, 'exact');
});

test('từ … trở lên is a floor and the span covers it', () => {
  const q = one('doanh nghiệp có từ 50 lao động trở lên được hỗ trợ');
  assert.equal(q.qualifier, 'at_least');
  assert.equal(q.text, 'từ 50 lao động trở lên');
  assert.equal(q.unit, 'lao động');
});

test('ranges with hyphen, en dash and từ … đến', () => {
  for (const text of ['tăng trưởng 16-18%', 'tăng trưởng 16–18%', 'tăng trưởng từ 16 đến 18%', 'tăng trưởng 16 - 18%']) {
    const q = one(text);
    assert.deepEqual([q.value, q.valueMax, q.qualifier, q.unit], [16, 18, 'range', '%'], text);
  }
  assert.equal(one('tăng trưởng từ 16 đến 18%').text, 'từ 16 đến 18%');
  const money = one('cần 2-3 triệu USD');
  assert.deepEqual([money.value, money.valueMax, money.unit], [2e6, 3e6, 'triệu USD']);
});

test('stance: goals are targets, achievements are reported', () => {
  assert.equal(one('Mục tiêu đặt ra là đến cuối năm 2025 sẽ có 90% dân số được tiếp cận mạng 5G.').stance, 'target');
  assert.equal(one('với mục tiêu tăng trưởng GDP từ 8%, đồng thời triển khai').stance, 'target');
  assert.equal(one('Để đạt mục tiêu đến hết năm 2025, tỷ trọng kinh tế số đạt 35% GRDP').stance, 'target');
  assert.equal(one('Phấn đấu đến năm 2030 có 100.000 doanh nghiệp công nghệ số.').stance, 'target');
  assert.equal(one('Dự kiến 500 chuyên gia sẽ tham gia.').stance, 'target');
  assert.equal(one('Khoảng 80% hồ sơ sẽ được xử lý trực tuyến.').stance, 'target');
  assert.equal(one('Tính đến nay đã có 12.106 trạm 5G được triển khai.').stance, 'reported');
  assert.equal(one('Năm 2024, cả nước có 45 doanh nghiệp công nghệ cao.').stance, 'reported');
  assert.equal(one('Mục tiêu là tăng trưởng nhanh. Hiện có 300 doanh nghiệp.').stance, 'reported');
  assert.equal(one('Tính đến năm 2024 có 500 doanh nghiệp.').stance, 'reported');
  assert.equal(one('Kế hoạch đề ra năm ngoái, đến nay đã có 70 dự án hoàn thành.').stance, 'reported');
  assert.equal(one('Cần thiết ban hành luật, 4 trụ cột được xác định.').stance, 'reported');
});

test('non-quantities: dates, document numbers, ordinals, times, phones, years, names', () => {
  for (const text of [
    'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
    'Quyết định số 759/QĐ-TTg ngày 14/4/2025',
    'theo Nghị định 13/2023/NĐ-CP và Nghị quyết 93/2025/QH15',
    'Điểm mới nổi bật của Nghị định 308 là đẩy mạnh số hóa',
    'Kế hoạch hành động chiến lược (Kế hoạch số 01) và Kế hoạch số 02-KH/BCĐTW',
    'tiếp tục Chương trình kỳ họp thứ 10, Quốc hội khóa XV',
    'Realme sẽ giới thiệu Narzo 90 series vào ngày 16/12',
    'Sự kiện 02/07/2025 17:12',
    'lúc 8h30 sáng 6/5',
    'liên hệ 0912 345 678 hoặc 024.3822.1234 hoặc 1900 1234',
    'Năm 2025, đến năm 2030 và giai đoạn 2021-2025',
    'có thể gọi là “kỹ sư 57”',
    'hội nghị sơ kết 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2025',
    'trong quý II/2025 và tháng 4-2016',
  ]) {
    assert.deepEqual(findQuantities(text).map((q) => q.text), [], text);
  }
});

test('a duration that is not a calendar period is a quantity', () => {
  const q = one('Thanh khoản thấp nhất trong 7 tháng cho thấy');
  assert.equal(q.unit, 'tháng');
});

test('extractQuantities walks every field with provenance and extractor version', () => {
  const d = doc({
    title: 'Phủ sóng 5G hơn 26% dân số',
    lede: 'Đã có 12.106 trạm 5G.',
    body: ['Không có số liệu.', 'Với 429/434 đại biểu tán thành.'],
    captions: [{ text: 'Toàn cảnh 34 tỉnh, thành phố.', credit: null }],
  });
  const found = extractQuantities(d, ctx);
  assert.deepEqual(
    found.map((q) => [q.field, q.index, q.text]),
    [
      ['title', 0, 'hơn 26% dân số'],
      ['lede', 0, '12.106 trạm 5G'],
      ['body', 1, '429/434 đại biểu'],
      ['caption', 0, '34 tỉnh, thành phố'],
    ],
  );
  const texts = [d.title, d.lede, d.body[1], d.captions[0]?.text];
  found.forEach((q, i) => {
    assert.equal(texts[i]?.slice(q.start, q.end), q.text);
    assert.equal(q.kind, 'quantity');
    assert.equal(q.extractor, EXTRACTOR.name);
    assert.equal(q.extractorVersion, EXTRACTOR.version);
    assert.ok(q.confidence > 0 && q.confidence <= 1);
  });
});

test('a unit raises confidence', () => {
  assert.ok(one('có 500 doanh nghiệp').confidence > one('con số lên tới 500.').confidence);
});

test('fractions followed by a share noun are ratios, not dates', () => {
  const q = one('với hơn 2/3 tổng số đại biểu tán thành');
  assert.deepEqual([q.value, q.of, q.qualifier], [2, 3, 'more_than']);
  assert.equal(one('khoảng 1/4 dân số').of, 4);
  assert.deepEqual(findQuantities('Ngày 2/3 số hồ sơ được nộp'), []);
});

test('a bare integer after a capitalised name is part of the name', () => {
  for (const text of ['tại Hội nghị Trung ương 10, Ban Chấp hành', 'đơn vị thuộc Quân khu 7.', 'theo chuẩn Wi-Fi 6.']) {
    assert.deepEqual(findQuantities(text).map((q) => q.text), [], text);
  }
  assert.equal(one('Hà Nội có hơn 80.000 doanh nghiệp').value, 80000);
  assert.equal(one('Khoảng 80 người').value, 80);
});

test('a goal cue after a later comma does not reach back', () => {
  const [a, b] = findQuantities('Năm 2024 tăng trưởng đạt 5%, năm 2025 sẽ đạt 7%.');
  assert.equal(a?.stance, 'reported');
  assert.equal(b?.stance, 'target');
});

test('a deadline already past at publication is not a goal', () => {
  const text = 'Đến năm 2024, cả nước có 500 doanh nghiệp công nghệ số.';
  assert.equal(findQuantities(text)[0]?.stance, 'target');
  assert.equal(findQuantities(text, 2025)[0]?.stance, 'reported');
  assert.equal(findQuantities('Đến năm 2030, cả nước có 500 doanh nghiệp.', 2025)[0]?.stance, 'target');
  const d = doc({ published: '2025-07-02T17:12:00+07:00', body: [text] });
  assert.equal(extractQuantities(d, ctx)[0]?.stance, 'reported');
});

test('numbers written as words count the noun phrase after them', () => {
  const cases: [string, string, number, string][] = [
    ['Ban Chỉ đạo đã ban hành đồng thời hai kế hoạch lớn có ý nghĩa', 'hai kế hoạch lớn', 2, 'kế hoạch lớn'],
    ['Hai kế hoạch này được triển khai', 'Hai kế hoạch', 2, 'kế hoạch'],
    ['cùng hai Sở Khoa học và Công nghệ Bà Rịa-Vũng Tàu', 'hai Sở Khoa học', 2, 'Sở Khoa học'],
    ['vận hành các hệ thống thông tin của ba địa phương sau khi sáp nhập', 'ba địa phương', 3, 'địa phương'],
    ['giúp doanh nghiệp hai nước.', 'hai nước', 2, 'nước'],
    ['có ba mươi lăm tỉnh, thành phố', 'ba mươi lăm tỉnh, thành phố', 35, 'tỉnh, thành phố'],
    ['trong bảy ngày', 'bảy ngày', 7, 'ngày'],
    ['triển khai năm nhiệm vụ trọng tâm', 'năm nhiệm vụ trọng tâm', 5, 'nhiệm vụ trọng tâm'],
    ['có một triệu người dùng', 'một triệu người dùng', 1e6, 'người dùng'],
    ['hai bên đã ký kết', 'hai bên', 2, 'bên'],
    ['tăng ba chỉ tiêu', 'ba chỉ tiêu', 3, 'chỉ tiêu'],
  ];
  for (const [text, span, value, unit] of cases) {
    const q = one(text);
    assert.deepEqual([q.text, q.value, q.unit, q.qualifier], [span, value, unit, 'exact'], text);
    assert.ok(q.confidence < 0.8, text);
  }
});

test('spelled numbers take scales, currencies, percents, fractions, ranges and qualifiers as numerals do', () => {
  let q = one('khoảng hai triệu rưỡi đồng');
  assert.deepEqual([q.value, q.unit, q.qualifier], [2.5e6, 'triệu đồng', 'about']);
  q = one('hơn ba trăm doanh nghiệp');
  assert.deepEqual([q.value, q.qualifier, q.text], [300, 'more_than', 'hơn ba trăm doanh nghiệp']);
  q = one('từ hai đến ba triệu đồng mỗi tháng');
  assert.deepEqual([q.value, q.valueMax, q.unit, q.qualifier], [2e6, 3e6, 'triệu đồng', 'range']);
  q = one('đạt năm phần trăm dân số');
  assert.deepEqual([q.value, q.unit], [5, '% dân số']);
  q = one('với hơn hai phần ba số đại biểu tán thành');
  assert.deepEqual([q.value, q.of, q.unit, q.qualifier], [2, 3, 'số đại biểu', 'more_than']);
  q = one('Mục tiêu đến năm 2030 có ba trung tâm dữ liệu');
  assert.equal(q.stance, 'target');
});

test('a number word alone, an ordinal, a name or an article is not a quantity', () => {
  for (const text of [
    'cả hai đều', 'Cả hai.', 'thứ hai tuần sau', 'vào thứ ba', 'ngày thứ Ba', 'lần thứ hai', 'kỳ họp thứ ba',
    'Hai Bà Trưng', 'quận Ba Đình', 'huyện Ba Vì', 'Ba Na Hills', 'ba mẹ tôi', 'năm 2025', 'năm nay', 'năm học mới',
    'một số doanh nghiệp', 'một trong những', 'một cách thực chất', 'là một Nghị quyết có ý nghĩa', 'hai triệu.',
    'con dao hai lưỡi', 'hai ba ngày', 'vài ba người', 'hàng trăm nghìn thiết bị', 'sáu tháng đầu năm',
  ]) {
    assert.deepEqual(findQuantities(text).map((q) => q.text), [], text);
  }
});

test('a number with `cấp`, `chiều` or a bare `con số` describes a structure, not a count', () => {
  for (const text of [
    'mô hình tổ chức chính quyền địa phương 2 cấp đã chính thức đi vào vận hành',
    'chính quyền địa phương hai cấp.', 'vận hành hai cấp chính quyền',
    'tăng trưởng kinh tế hai con số trong kỷ nguyên mới', 'tăng trưởng 2 con số', 'giao thông hai chiều',
    'không gian 3 chiều',
  ]) {
    assert.deepEqual(findQuantities(text).map((q) => q.text), [], text);
  }
  // Only the two-tier local government is a fixed term; other tiers are counted.
  assert.equal(one('tổ chức 3 cấp từ tỉnh đến xã').value, 3);
  assert.equal(one('có ba cấp ủy tham gia').unit, 'cấp ủy');
  assert.equal(one('ba cấp độ rủi ro').unit, 'cấp độ rủi ro');
  assert.equal(one('hai cấp phó').unit, 'cấp phó');
  assert.equal(one('ba con số ấn tượng').unit, 'con số ấn tượng');
});

test('signing or issuing a plan is not a goal cue; `theo kế hoạch` is', () => {
  assert.equal(one('vừa ký kế hoạch liên tịch vận hành hệ thống của ba địa phương').stance, 'reported');
  assert.equal(one('Theo kế hoạch, năm 2026 có 20 trung tâm').stance, 'target');
});

test('a time of day is not a quantity; an hour count is', () => {
  for (const text of ['lúc 8 giờ sáng nay', '8 giờ sáng nay', 'tám giờ ba mươi phút', 'năm giờ chiều', 'bảy giờ tối qua']) {
    assert.deepEqual(findQuantities(text).map((q) => q.text), [], text);
  }
  assert.equal(one('trong hai giờ đồng hồ').value, 2);
  assert.equal(one('làm việc 8 giờ mỗi ngày').unit, 'giờ');
});

test('numbers that are not quantities: view counters, list numbers, ranks, ages, anniversaries, a review period', () => {
  assert.deepEqual(findQuantities('Đăng ngày 12/05/2025 | Lượt xem: 1.250').map((q) => q.value), []);
  assert.deepEqual(findQuantities('2. Quyền của chủ thể dữ liệu'), []);
  assert.deepEqual(findQuantities('chỉ số của tỉnh xếp 21/34 tỉnh, thành').map((q) => [q.value, q.of, q.unit]), [[34, null, 'tỉnh, thành']]);
  assert.deepEqual(findQuantities('Bà Lò Thị Hoa (58 tuổi, ở bản Nà Sang) và ông Hùng năm nay 61 tuổi'), []);
  assert.deepEqual(findQuantities('người từ 60 tuổi trở lên').map((q) => q.value), [60], 'an age group is counted');
  assert.deepEqual(findQuantities('chào mừng kỷ niệm 80 năm Ngày truyền thống'), []);
  assert.deepEqual(findQuantities('tại Hội nghị sơ kết 6 tháng của Ban Chỉ đạo'), []);
  assert.deepEqual(findQuantities('từ con số 0 đến nay'), []);
  assert.deepEqual(findQuantities('ban hành cùng lúc 4 nghị định').map((q) => q.value), [4], '`cùng lúc` is no clock');
  assert.deepEqual(findQuantities('Chính phủ số (250 điểm), Kinh tế số (150 điểm)').map((q) => q.value), [250, 150]);
});

test('a day read by the dates extractor is no quantity; a bare number where a paragraph was cut off is dropped', () => {
  const doc: StructuredDocument = {
    kind: 'article', title: null, published: '2025-12-01', publishedPrecision: 'date', author: null, authorNote: null, site: null,
    category: null, lede: null, body: ['Chiều 10-12, Quốc hội biểu quyết; từ ngày 12 đến 14-12 có 300 đại biểu.', 'Phong trào đã thu hút trên 9'],
    captions: [], related: [], parent: null, url: null,
  };
  const found = extractQuantities(doc, { published: '2025-12-01', dateHint: null, collectionYear: null });
  assert.deepEqual(found.map((q) => q.value), [300]);
});

test('numbers written as words count from two; tiers count except the two-tier local government', () => {
  assert.deepEqual(findQuantities('Hai lát cắt ấy cho thấy ba cấp: bộ, tỉnh và quốc gia').map((q) => [q.value, q.unit]), [[2, 'lát cắt'], [3, 'cấp']]);
  assert.deepEqual(findQuantities('vận hành chính quyền địa phương hai cấp'), []);
  assert.deepEqual(findQuantities('chỉ một lần'), []);
});

test('a zero-padded count before a noun is a count; a padded number alone is an identifier', () => {
  assert.deepEqual(findQuantities('trong đó có 01 điểm cầu cấp tỉnh').map((q) => [q.value, q.unit]), [[1, 'điểm cầu cấp tỉnh']]);
  assert.deepEqual(findQuantities('mã hồ sơ 07'), []);
});

test('SI-prefixed units keep their prefix; ranges and fractions give both ends', () => {
  assert.deepEqual(findQuantities('trung tâm dữ liệu 200 MW, điện gió 1,5 GW, diện tích 6.700km²').map((q) => [q.value, q.unit]), [
    [200, 'MW'], [1.5, 'GW'], [6700, 'km²'],
  ]);
  assert.deepEqual(findQuantities('giá 2-3 triệu đồng, hai phần ba số đại biểu').map((q) => [q.value, q.valueMax, q.of]), [
    [2e6, 3e6, null], [2, null, 3],
  ]);
});

test('ranks are read as ranks, not counts: top N with what it ranks among, a position out of a total', async () => {
  const { extractQuantities } = await import('../../src/extract/quantities.ts');
  const { emptyDocument } = await import('../../src/structure/document.ts');
  const doc = {
    ...emptyDocument('article'),
    body: ['Tỉnh phấn đấu vào top 5 địa phương dẫn đầu cả nước, sau khi xếp hạng 12/34 tỉnh, thành năm ngoái và đứng thứ 3 khu vực.'],
  };
  const found = extractQuantities(doc, { published: '2025-03-01', dateHint: null, collectionYear: null });
  const ranks = found.filter((q) => q.rank).map((q) => [q.text, q.value, q.of, q.qualifier]);
  assert.deepEqual(ranks, [
    ['top 5 địa phương dẫn đầu', 5, null, 'up_to'],
    ['xếp hạng 12/34', 12, 34, 'exact'],
    ['đứng thứ 3', 3, null, 'exact'],
  ]);
  assert.ok(!found.some((q) => !q.rank && (q.value === 5 || q.value === 12 || q.value === 3)), 'no rank is also a count');
  for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.start <= found[i]!.start, 'text order');
});
