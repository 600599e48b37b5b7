// Stance and time from the words: goals with the deadline the text gives, estimates of the current
// period, forecasts for later years, periods by their end, and the day a text was written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodEnd } from '../../src/text/periods.ts';
import { linkDocument, rows } from './link-helper.ts';

test('`mục tiêu`, `phấn đấu`, `chỉ tiêu`: a target whose deadline is the text\'s, never the publication date', () => {
  const found = linkDocument({
    title: 'Hưng Yên đặt mục tiêu kinh tế số chiếm 30% GRDP',
    body: [
      'Tỉnh Hưng Yên phấn đấu đến năm 2026 kinh tế số chiếm 25% GRDP và đến năm 2030 đạt 30% GRDP.',
      'Chỉ tiêu tỷ lệ hồ sơ nộp trực tuyến của tỉnh là 80%.',
    ],
    published: '2025-09-01T09:00:00+07:00',
  });
  const targets = found.filter((o) => o.stance === 'target');
  assert.deepEqual(
    targets.map((o) => [o.indicator, o.value, o.scope, o.asOf]),
    [
      ['digital_economy_share', 30, 'province:Hưng Yên', null],
      ['digital_economy_share', 25, 'province:Hưng Yên', '2026'],
      ['digital_economy_share', 30, 'province:Hưng Yên', '2030'],
      ['online_dossiers_share', 80, 'province:Hưng Yên', null],
    ],
  );
  assert.equal(periodEnd(targets[1]!.asOf!), '2026-12-31', '`đến năm 2026` is 31/12/2026');
  assert.ok(targets.every((o) => o.asOf !== '2025-09-01'), 'the publication date is never a deadline');
});

test('`ước đạt` and `dự kiến đạt` for the current year report an estimate, qualifier about', () => {
  const found = linkDocument({
    title: 'Cần Thơ: kinh tế số tăng nhanh',
    body: ['Năm 2025, tỷ trọng kinh tế số trong GRDP của thành phố ước đạt 15,2%. Tỷ lệ hồ sơ nộp trực tuyến năm nay dự kiến đạt 62%.'],
    published: '2025-12-10T09:00:00+07:00',
  });
  assert.deepEqual(
    found.map((o) => [o.indicator, o.value, o.scope, o.stance, o.qualifier, o.asOf]),
    [
      ['digital_economy_share', 15.2, 'province:Cần Thơ', 'reported', 'about', '2025'],
      ['online_dossiers_share', 62, 'province:Cần Thơ', 'reported', 'about', '2025'],
    ],
  );
});

test('a forecast for a later year is neither a result nor a goal; a plan makes it a goal', () => {
  const forecast = linkDocument({
    body: ['Theo báo cáo thị trường, tổng công suất trung tâm dữ liệu của Việt Nam dự kiến đạt 900 MW vào năm 2030.'],
    published: '2025-06-01T09:00:00+07:00',
  });
  assert.deepEqual(rows(forecast, 'data_centre_capacity_mw'), []);
  const planned = linkDocument({
    body: ['Theo kế hoạch, tổng công suất trung tâm dữ liệu dự kiến đạt 900 MW vào năm 2030.'],
    published: '2025-06-01T09:00:00+07:00',
  });
  assert.deepEqual(rows(planned, 'data_centre_capacity_mw'), [[900, 'national', 'target', '2030']]);
});

test('`đến cuối năm 2024 … chỉ đạt` looks back: a result as of 2024, with the goal beside it', () => {
  const found = linkDocument({
    body: ['Đến cuối năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình của cả nước chỉ đạt 44,6%, trong khi mục tiêu đề ra là 50%.'],
    published: '2025-03-01T09:00:00+07:00',
  });
  assert.deepEqual(
    rows(found, 'online_dossiers_share').map(([v, s, st, d]) => [v, s, st, d && periodEnd(d)]),
    [
      [44.6, 'national', 'reported', '2024-12-31'],
      [50, 'national', 'target', '2024-12-31'],
    ],
  );
});

test('periods give their end: the first half, the end of a month, a quarter', () => {
  const found = linkDocument({
    body: [
      'Trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Sơn La đạt 51,3%.',
      'Tính đến hết tháng 10/2025, Sơn La có 212 trạm 5G.',
      'Trong quý III/2025, tỷ lệ hồ sơ nộp trực tuyến của tỉnh Sơn La đạt 56,8%.',
    ],
    published: '2025-11-15T09:00:00+07:00',
  });
  const ends = found.map((o) => [o.value, o.asOf && periodEnd(o.asOf)]);
  assert.deepEqual(ends, [
    [51.3, '2025-06-30'],
    [212, '2025-10-31'],
    [56.8, '2025-09-30'],
  ]);
});

test('a list shares its measure and its verb: `25% GRDP và năm 2030 là 40%`', () => {
  const found = linkDocument({
    body: ['Thành phố Huế đặt mục tiêu đến năm 2025 kinh tế số chiếm 20% GRDP và năm 2030 là 35%, cao hơn mục tiêu quốc gia từ 3-5%.'],
  });
  assert.deepEqual(rows(found, 'digital_economy_share'), [
    [20, 'province:Huế', 'target', '2025'],
    [35, 'province:Huế', 'target', '2030'],
  ]);
});

test('`hiện nay` is the day of writing: the published date, else the stored date line; else the text\'s data date', () => {
  const published = linkDocument({ body: ['Hiện nay cả nước có 17.900 trạm 5G.'], published: '2025-11-03T10:00:00+07:00' });
  assert.deepEqual(rows(published, '5g_stations'), [[17900, 'national', 'reported', '2025-11-03']]);
  const stored = linkDocument({ title: 'date 2025-10-15 Hạ tầng số', body: ['Hiện nay cả nước có 17.900 trạm 5G.'] });
  assert.deepEqual(rows(stored, '5g_stations'), [[17900, 'national', 'reported', '2025-10-15']]);
  const dataDate = linkDocument({
    body: ['Theo số liệu đến tháng 9/2025, mạng 5G phủ sóng 38% dân số.', 'Với 15.000 trạm 5G như hiện nay, việc phủ sóng còn chậm.'],
  });
  assert.deepEqual(rows(dataDate, '5g_stations'), [[15000, 'national', 'reported', '2025-09']]);
});

test('a date written after a figure is that figure\'s; `so với năm 2020` dates nothing', () => {
  const found = linkDocument({
    body: ['Năng lực trung tâm dữ liệu tăng từ 60 MW năm 2023 lên 410 MW năm 2024, gấp gần 7 lần so với năm 2020.'],
    published: '2025-05-01T09:00:00+07:00',
  });
  assert.deepEqual(rows(found, 'data_centre_capacity_mw').map((r) => [r[0], r[3]]), [
    [60, '2023'],
    [410, '2024'],
  ]);
});

test('a stated need is reported as of when it is stated, not a goal', () => {
  const found = linkDocument({ title: 'Huế cần thêm 3.000 kỹ sư công nghệ thông tin mỗi năm', body: [], published: '2024-06-12T09:00:00+07:00' });
  assert.deepEqual(rows(found, 'it_workforce_demand'), [[3000, 'province:Huế', 'reported', '2024-06-12']]);
});

test('captions are not linked: they restate the article or describe a photograph', () => {
  const found = linkDocument({
    body: ['Toàn tỉnh Điện Biên hiện có 96 trạm 5G. Ảnh: Minh Anh', 'Nhân viên kỹ thuật lắp 20 trạm 5G - Ảnh minh họa'],
    captions: ['Lắp đặt 120 trạm 5G tại Điện Biên.'],
    published: '2025-08-01T09:00:00+07:00',
  });
  assert.deepEqual(found, []);
});

test('a change is not a level: `tăng 14,6%` is growth, `lắp thêm` an addition; `tăng lên 50%` is the level reached', () => {
  const growth = linkDocument({ body: ['Năm 2024, GDP tăng 7,09%, trong đó giá trị kinh tế số tăng hơn 14,6%.'], published: '2025-02-01T09:00:00+07:00' });
  assert.deepEqual(growth, []);
  const level = linkDocument({ body: ['Theo kế hoạch, kinh tế số chiếm 20% GDP năm 2025 và tăng lên 50% GDP vào năm 2045.'], published: '2025-02-01T09:00:00+07:00' });
  assert.deepEqual(rows(level, 'digital_economy_share'), [
    [20, 'national', 'target', '2025'],
    [50, 'national', 'target', '2045'],
  ]);
});

test('a rank is dated by the edition its sentence names, not by another year it recalls', () => {
  const found = linkDocument({
    title: 'Chỉ số đổi mới sáng tạo',
    body: [
      'Theo Báo cáo GII 2025 công bố tuần qua, Việt Nam xếp hạng 44/139 quốc gia, giữ thứ hạng của năm 2024.',
      'Việt Nam tăng 15 bậc, lên hạng 71/193 trong Chỉ số Phát triển Chính phủ điện tử 2024 của Liên Hợp Quốc.',
    ],
    published: '2025-10-02T09:00:00+07:00',
  });
  assert.deepEqual(rows(found, 'gii_rank'), [[44, 'national', 'reported', '2025']]);
  assert.deepEqual(rows(found, 'egdi_rank'), [[71, 'national', 'reported', '2024']]);
});
