import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateLine, parseIsoDate, splitDateLine } from '../../src/text/datetime.ts';

test('date lines in the layouts Vietnamese sites use', () => {
  const cases: [string, string, string][] = [
    ['02/07/2025 17:12', '2025-07-02T17:12:00+07:00', 'datetime'],
    ['17/09/2026 08:30', '2026-09-17T08:30:00+07:00', 'datetime'],
    ['Thứ năm, 17/9/2026 08:30 (GMT+7)', '2026-09-17T08:30:00+07:00', 'datetime'],
    ['Thứ Năm, 17/9/2026, 08:30 (GMT+7)', '2026-09-17T08:30:00+07:00', 'datetime'],
    ['Cập nhật: 09:15 | 22/10/2025', '2025-10-22T09:15:00+07:00', 'datetime'],
    ['22-10-2025 - 09:15', '2025-10-22T09:15:00+07:00', 'datetime'],
    ['Ngày 22 tháng 10 năm 2025', '2025-10-22', 'date'],
    ['2025-10-22T09:15:00+07:00', '2025-10-22T09:15:00+07:00', 'datetime'],
    ['22/10/2025', '2025-10-22', 'date'],
    ['Chủ nhật, 01/03/2026 - 7h05', '2026-03-01T07:05:00+07:00', 'datetime'],
    ['Đăng lúc 21:40 ngày 31.12.2025', '2025-12-31T21:40:00+07:00', 'datetime'],
    ['29/02/2024 10:00', '2024-02-29T10:00:00+07:00', 'datetime'],
  ];
  for (const [line, iso, precision] of cases) {
    assert.deepEqual(parseDateLine(line), { iso, precision }, line);
  }
});

test('an explicit GMT offset is honoured instead of Vietnam time', () => {
  assert.equal(parseDateLine('Thứ sáu, 18/9/2026 08:30 (GMT+9)')?.iso, '2026-09-18T08:30:00+09:00');
  assert.equal(parseDateLine('18/09/2026 01:30 GMT')?.iso, '2026-09-18T01:30:00+00:00');
  assert.equal(parseDateLine('2026-09-18T01:30:00Z')?.iso, '2026-09-18T01:30:00+00:00');
  assert.equal(parseDateLine('2026-09-18T01:30:00-05:00')?.iso, '2026-09-18T01:30:00-05:00');
});

test('dates that do not exist and impossible times are rejected', () => {
  for (const line of ['31/2/2025', '29/02/2025 10:00', '31/04/2026', '0/1/2025', '12/13/2025', '17/09/2026 24:10', '17/09/2026 08:61', '2025-02-30', '2025-10-22T25:00']) {
    assert.equal(parseDateLine(line), null, line);
  }
});

test('sentences that mention a date are not date lines', () => {
  for (const line of [
    'Ngày 22/10/2025, Bộ Khoa học và Công nghệ tổ chức hội nghị sơ kết.',
    'Sáng 2/7/2025 tại Hà Nội',
    'Luật có hiệu lực từ ngày 01/3/2026',
    'Hội nghị diễn ra lúc 08:30 ngày 17/9/2026 tại Đà Nẵng',
    'Tổng Bí thư Tô Lâm chủ trì hội nghị sơ kết về thực hiện Nghị quyết 57-NQ/TW',
    'Nghị quyết 57-NQ/TW ngày 22/12/2024',
    '08:30',
    '',
  ]) {
    assert.equal(parseDateLine(line), null, line);
  }
});

test('a very long line is rejected without scanning it', () => {
  const line = `02/07/2025 17:12 ${'x'.repeat(1_000_000)}`;
  const started = performance.now();
  assert.equal(parseDateLine(line), null);
  assert.ok(performance.now() - started < 100);
});

test('ISO dates and datetimes, with the precision they carry', () => {
  assert.deepEqual(parseIsoDate('2025-10-22'), { iso: '2025-10-22', precision: 'date' });
  assert.deepEqual(parseIsoDate('2025-10-22T09:15'), { iso: '2025-10-22T09:15:00+07:00', precision: 'datetime' });
  assert.deepEqual(parseIsoDate('2025-10-22 09:15:30.250+0700'), {
    iso: '2025-10-22T09:15:30+07:00',
    precision: 'datetime',
  });
  assert.equal(parseIsoDate('22/10/2025'), null);
  assert.equal(parseIsoDate('2025-13-01'), null);
});

test('a date line that carries a byline, a view counter or a site name gives the date and what else it holds', () => {
  const cases: [string, string, string[]][] = [
    ['K.H - 20/11/2025 07:45', '2025-11-20T07:45:00+07:00', ['K.H']],
    ['PV - 07:45, 20/11/2025', '2025-11-20T07:45:00+07:00', ['PV']],
    ['Ngày đăng: 20/11/2025 - Lượt xem: 134', '2025-11-20', []],
    ['Trần Minh Khoa - Đồ họa: Lê Hà • 20/11/2025', '2025-11-20', ['Trần Minh Khoa', 'Đồ họa: Lê Hà']],
    ['Báo Đất Mũi OnlineBáo Đất Mũi Online20/11/2025', '2025-11-20', ['Báo Đất Mũi OnlineBáo Đất Mũi Online']],
    ['Thứ Bảy, ngày 3 tháng 2 năm 2018, 9:14:05 Sáng', '2018-02-03T09:14:05+07:00', []],
    ['Thứ 6, ngày 7 tháng 3, 2025, 8:30:00 Chiều', '2025-03-07T20:30:00+07:00', []],
  ];
  for (const [line, iso, others] of cases) {
    const dated = splitDateLine(line);
    assert.equal(dated?.date.iso, iso, line);
    assert.deepEqual(dated?.others, others, line);
  }
  // Those extra segments make it no plain date line.
  assert.equal(parseDateLine('K.H - 20/11/2025 07:45'), null);
  assert.equal(parseDateLine('Ngày đăng: 20/11/2025 - Lượt xem: 134')?.iso, '2025-11-20');
});

test('a line with two dates, or a name that only looks like a label, is not taken apart wrongly', () => {
  assert.equal(splitDateLine('Từ 20/11/2025 đến 25/11/2025'), null);
  assert.deepEqual(splitDateLine('Đăng Khoa - 20/11/2025')?.others, ['Đăng Khoa']);
});
