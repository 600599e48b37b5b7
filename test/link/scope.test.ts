// Scope: whose figure a number is, read from its sentence, its paragraph and the whole story.
// Sentences are written for these tests in the shapes Vietnamese news uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkDocument, rows } from './link-helper.ts';

const PUBLISHED = '2025-11-20T08:00:00+07:00';

test('a provincial story: `toàn tỉnh`, `tỉnh này` and unlabelled figures are the province\'s, never national', () => {
  const found = linkDocument({
    title: 'Lai Châu tăng tốc phủ sóng 5G',
    lede: 'Đến nay, toàn tỉnh có 132 trạm 5G, phủ sóng khoảng 28% dân số.',
    body: ['Trong tháng 10, các nhà mạng lắp thêm 40 trạm 5G. Tỉnh này phấn đấu đến năm 2026 phủ sóng 5G cho 60% dân số.'],
    published: PUBLISHED,
  });
  assert.ok(found.every((o) => o.scope === 'province:Lai Châu'), JSON.stringify(found.map((o) => [o.value, o.scope])));
  assert.deepEqual(rows(found, '5g_stations'), [[132, 'province:Lai Châu', 'reported', '2025-11-20']], 'the 40 stations added are not the stock');
  assert.deepEqual(rows(found, '5g_population_coverage'), [
    [28, 'province:Lai Châu', 'reported', '2025-11-20'],
    [60, 'province:Lai Châu', 'target', '2026'],
  ]);
});

test('a provincial story quoting the country says so in the sentence: `cả nước`, `toàn quốc`, `Việt Nam`', () => {
  const found = linkDocument({
    title: 'Đà Nẵng: kinh tế số đạt 21,5% GRDP',
    body: ['Năm 2024, kinh tế số của thành phố đóng góp 21,5% GRDP, cao hơn mức bình quân cả nước là 18,3%.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, 'digital_economy_share').slice(-2), [
    [21.5, 'province:Đà Nẵng', 'reported', '2024'],
    [18.3, 'national', 'reported', '2024'],
  ]);
});

test('`đứng đầu cả nước` ranks a province among the others: it does not make its figure national', () => {
  const found = linkDocument({
    body: ['Tỉnh Bắc Ninh đứng đầu cả nước về tỷ trọng kinh tế số trong GRDP với 52,4%.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, 'digital_economy_share').map((r) => r[1]), ['province:Bắc Ninh']);
});

test('a former province goes to the 2025 unit it was merged into, so the series stays one', () => {
  const found = linkDocument({
    body: ['Năm 2024, Hà Giang có tỷ lệ hồ sơ trực tuyến đạt 55,2%, còn Bình Dương đạt 61,7%.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, 'online_dossiers_share').map((r) => [r[0], r[1]]), [
    [55.2, 'province:Tuyên Quang'],
    [61.7, 'province:Thành phố Hồ Chí Minh'],
  ]);
});

test('the place of a meeting (`tại Hà Nội`) does not make a national story provincial', () => {
  const found = linkDocument({
    lede: 'Sáng 3/10, tại Hà Nội, Ban Chỉ đạo Trung ương tổ chức hội nghị sơ kết.',
    body: ['Hiện cả hệ thống có 15.210 trạm 5G. Mạng 5G đã phủ sóng 41% dân số.'],
    published: PUBLISHED,
  });
  assert.deepEqual([...new Set(found.map((o) => o.scope))], ['national']);
});

test('`ngân sách địa phương`, `trên địa bàn`: back to the province the story names', () => {
  const found = linkDocument({
    title: 'Quảng Trị dành ngân sách cho khoa học',
    lede: 'Tỉnh Quảng Trị vừa ban hành nghị quyết về khoa học, công nghệ.',
    body: ['Đến năm 2030, bố trí ít nhất 3% tổng chi ngân sách địa phương cho khoa học, công nghệ và chuyển đổi số.'],
  });
  assert.deepEqual(rows(found, 'st_budget_share'), [[3, 'province:Quảng Trị', 'target', '2030']]);
});

test('an operator\'s count is its own: new stations for it, nothing national, nothing for its branch', () => {
  const found = linkDocument({
    body: [
      'Trong năm 2025, VNPT đã phát sóng 900 trạm 5G tại tỉnh Nghệ An.',
      'Viettel hoàn thành cam kết triển khai tối thiểu 20.000 trạm 5G trên toàn quốc, với tổng số 21.340 trạm đã được đưa vào sử dụng.',
      'Tổng số trạm 5G trên toàn mạng của Viettel đạt khoảng 31.000 trạm.',
    ],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, '5g_stations'), [], 'no operator figure is the country\'s station count');
  assert.deepEqual(
    rows(found, '5g_new_stations_operator').map((r) => [r[0], r[1], r[2]]),
    [
      [20000, 'agency:viettel', 'target'],
      [21340, 'agency:viettel', 'reported'],
    ],
  );
});

test('a ministry\'s own rate is its scope; a ministry announcing the country\'s rate is only the source', () => {
  const found = linkDocument({
    body: [
      'Trong khối bộ, ngành, Bộ Tư pháp dẫn đầu về tỷ lệ hồ sơ trực tuyến toàn trình với 81,2%.',
      'Theo Bộ Khoa học và Công nghệ, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 47,3%.',
      'Bộ Khoa học và Công nghệ cho biết tỷ lệ hồ sơ nộp trực tuyến đạt 49,1%.',
    ],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, 'online_dossiers_share').map((r) => [r[0], r[1]]), [
    [81.2, 'agency:bo-tu-phap'],
    [47.3, 'national'],
    [49.1, 'national'],
  ]);
});

test('the two national blocks have their own indicators; a list continues its block', () => {
  const found = linkDocument({
    body: ['Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024: khối bộ, ngành đạt 61,2% (mục tiêu 70%), còn khối tỉnh, thành đạt 20,4% (mục tiêu 30%).'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, 'online_dossiers_share_ministries'), [
    [61.2, 'national', 'reported', '2024'],
    [70, 'national', 'target', '2024'],
  ]);
  assert.deepEqual(rows(found, 'online_dossiers_share_provinces'), [
    [20.4, 'national', 'reported', '2024'],
    [30, 'national', 'target', '2024'],
  ]);
});

test('unnamed groups and the world give no observation, nor does a headline restating them', () => {
  const found = linkDocument({
    title: 'Gia Lai: tỷ lệ tiếp nhận hồ sơ trực tuyến đạt trên 85%',
    body: [
      'Trong tháng 9, có 5/17 sở, ngành đạt tỷ lệ tiếp nhận hồ sơ trực tuyến trên 85%.',
      'Một số tỉnh có tỷ trọng kinh tế số trong GRDP vượt 25%.',
      'Mức chi cho R&D của thế giới là 2,7% GDP.',
    ],
    published: PUBLISHED,
  });
  assert.deepEqual(found.map((o) => [o.indicator, o.value, o.scope]), []);
});

test('provinces named together with a rate each have it', () => {
  const found = linkDocument({
    body: ['Năm 2024, các tỉnh còn lại đều dưới 40%, trong đó Cà Mau và An Giang chỉ đạt dưới 12% hồ sơ nộp trực tuyến.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, 'online_dossiers_share').map((r) => r[1]).sort(), ['province:An Giang', 'province:Cà Mau']);
  const keys = found.map((o) => o.key);
  assert.equal(new Set(keys).size, keys.length, 'each province\'s observation has its own key');
});

test('one operator\'s coverage is its own, beside the country\'s', () => {
  const found = linkDocument({
    body: ['Đến nay, mạng 5G của Viettel đã phủ sóng 85% dân số, trong khi cả nước đạt 41% dân số.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(found, '5g_population_coverage').map((r) => [r[0], r[1]]), [
    [85, 'agency:viettel'],
    [41, 'national'],
  ]);
});

test('one data centre\'s capacity is not a scope\'s; a group does not reach across a semicolon', () => {
  const dc = linkDocument({ body: ['Trung tâm dữ liệu mới của Viettel tại Bình Dương có công suất 30 MW.'], published: PUBLISHED });
  assert.deepEqual(rows(dc, 'data_centre_capacity_mw'), []);
  const coverage = linkDocument({
    title: 'Đồng Nai phủ sóng 5G',
    body: ['Đến nay, 5G đã phủ sóng 100% xã, phường; tỷ lệ dân số được phủ sóng 5G đạt 72%.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(coverage, '5g_population_coverage'), [[72, 'province:Đồng Nai', 'reported', '2025-11-20']]);
});

test('a count of two provinces together has no scope; the share of services offered online is not of dossiers', () => {
  const together = linkDocument({ body: ['Hà Nội và TP.HCM có tổng cộng 6.500 trạm 5G.'], published: PUBLISHED });
  assert.deepEqual(rows(together, '5g_stations'), []);
  const services = linkDocument({
    title: 'Hà Tĩnh đẩy mạnh dịch vụ công trực tuyến',
    body: ['Tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh đạt 55%. Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 41,3%.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(services, 'online_dossiers_share').map((r) => [r[0], r[1]]), [[41.3, 'province:Hà Tĩnh']]);
  const adults = linkDocument({
    title: 'Quảng Ninh',
    body: ['Toàn tỉnh có 95% dân số trưởng thành có tài khoản định danh điện tử; 5G phủ sóng 40% dân số.'],
    published: PUBLISHED,
  });
  assert.deepEqual(rows(adults, '5g_population_coverage').map((r) => [r[0], r[1]]), [[40, 'province:Quảng Ninh']]);
});
