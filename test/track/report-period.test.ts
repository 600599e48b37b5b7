import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportPeriod } from '../../src/track/report/period.ts';
import { reportScope } from '../../src/track/report/scope.ts';
import { formatLongDate } from '../../src/track/report/format.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';

test('report periods: months, quarters, halves, nine months and years with their days and Vietnamese names', () => {
  const cases: [string, string, string, string][] = [
    ['2025-H1', '2025-01-01', '2025-06-30', '6 tháng đầu năm 2025'],
    ['2025-h2', '2025-07-01', '2025-12-31', '6 tháng cuối năm 2025'],
    ['2025-Q2', '2025-04-01', '2025-06-30', 'quý II năm 2025'],
    ['2024-Q1', '2024-01-01', '2024-03-31', 'quý I năm 2024'],
    ['2025-9M', '2025-01-01', '2025-09-30', '9 tháng đầu năm 2025'],
    ['2024-02', '2024-02-01', '2024-02-29', 'tháng 2 năm 2024'],
    [' 2025 ', '2025-01-01', '2025-12-31', 'năm 2025'],
  ];
  for (const [text, start, end, label] of cases) {
    const p = reportPeriod(text);
    assert.deepEqual([p.start, p.end, p.label], [start, end, label], text);
  }
  assert.equal(reportPeriod('2025-h1').id, '2025-H1');
  for (const bad of ['2025-13', '2025-Q5', '2025-H3', '25-H1', '2025-10M', 'H1-2025', '']) assert.throws(() => reportPeriod(bad), RangeError, bad);
});

test('report scope: national, a province by name with or without diacritics or by id; former provinces and unknown names refused', () => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  assert.deepEqual(reportScope(pack, undefined), { kind: 'national' });
  assert.deepEqual(reportScope(pack, 'province:Điện Biên'), { kind: 'province', name: 'Điện Biên', agencyId: 'dien-bien' });
  assert.deepEqual(reportScope(pack, 'province:dien bien'), { kind: 'province', name: 'Điện Biên', agencyId: 'dien-bien' });
  assert.deepEqual(reportScope(pack, 'province:dien-bien'), { kind: 'province', name: 'Điện Biên', agencyId: 'dien-bien' });
  assert.throws(() => reportScope(pack, 'province:Atlantis'), /no such province/);
  assert.throws(() => reportScope(pack, 'Điện Biên'), /expected national or province/);
});

test('administrative dates: a day below 10 and the months 1 and 2 take a leading zero', () => {
  assert.equal(formatLongDate('2026-01-05'), 'ngày 05 tháng 01 năm 2026');
  assert.equal(formatLongDate('2025-06-30'), 'ngày 30 tháng 6 năm 2025');
  assert.equal(formatLongDate('2025-11-22'), 'ngày 22 tháng 11 năm 2025');
});
