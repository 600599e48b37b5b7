// Reporting periods: ids and Vietnamese labels read, days covered, data cut-off windows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReportingPeriod, parseReportingPeriod, periodByCutoff, periodContaining, periodIncludes, previousReportingPeriod, reportingPeriod } from '../../src/track/periods.ts';

test('each kind of id gives its days, cut-off window and the label an official writes', () => {
  const cases: [string, string, string, string, string, string, string][] = [
    // id, kind, start, end, cut-off from, cut-off to, label
    ['2025-07', 'month', '2025-07-01', '2025-07-31', '2025-06-15', '2025-07-14', 'Tháng 7/2025'],
    ['2025-01', 'month', '2025-01-01', '2025-01-31', '2024-12-15', '2025-01-14', 'Tháng 1/2025'],
    ['2025-Q2', 'quarter', '2025-04-01', '2025-06-30', '2025-03-15', '2025-06-14', 'Quý II/2025'],
    ['2025-Q1', 'quarter', '2025-01-01', '2025-03-31', '2024-12-15', '2025-03-14', 'Quý I/2025'],
    ['2025-H1', 'half_year', '2025-01-01', '2025-06-30', '2024-12-15', '2025-06-14', '6 tháng đầu năm 2025'],
    ['2025-H2', 'half_year', '2025-07-01', '2025-12-31', '2025-06-15', '2025-12-14', '6 tháng cuối năm 2025'],
    ['2025-9M', 'nine_months', '2025-01-01', '2025-09-30', '2024-12-15', '2025-09-14', '9 tháng đầu năm 2025'],
    ['2025', 'year', '2025-01-01', '2025-12-31', '2024-12-15', '2025-12-14', 'Năm 2025'],
  ];
  for (const [id, kind, start, end, from, to, label] of cases) {
    const p = parseReportingPeriod(id);
    assert.deepEqual([p.id, p.kind, p.start, p.end, p.cutoff.from, p.cutoff.to, p.label.vi], [id, kind, start, end, from, to, label], id);
  }
  assert.equal(parseReportingPeriod('2024-02').end, '2024-02-29', 'a leap February');
  assert.equal(parseReportingPeriod('2025-q3').id, '2025-Q3', 'ids are read in either case');
});

test('Vietnamese labels are read with or without diacritics, and give the same period as the id', () => {
  const same: [string, string][] = [
    ['Quý II/2025', '2025-Q2'],
    ['quy 4 nam 2025', '2025-Q4'],
    ['Tháng 7/2025', '2025-07'],
    ['6 tháng đầu năm 2025', '2025-H1'],
    ['6 thang cuoi nam 2025', '2025-H2'],
    ['9 tháng năm 2025', '2025-9M'],
    ['Năm 2025', '2025'],
  ];
  for (const [label, id] of same) assert.equal(parseReportingPeriod(label).id, id, label);
  // A label round-trips.
  for (const id of ['2025-03', '2025-Q3', '2025-H2', '2025-9M', '2026']) assert.equal(parseReportingPeriod(parseReportingPeriod(id).label.vi).id, id);
});

test('malformed periods are refused with the accepted forms', () => {
  for (const bad of ['2025-13', '2025-Q5', '2025-H3', '2025-6M', 'Q2/2025', 'tháng 13/2025', '', '25']) {
    assert.throws(() => parseReportingPeriod(bad), RangeError, bad);
    assert.equal(isReportingPeriod(bad), false, bad);
  }
  assert.throws(() => parseReportingPeriod('2025-00'), /2025-Q2/);
  assert.throws(() => reportingPeriod('quarter', 2025, 0), RangeError);
});

test('the calendar period and the cut-off period of a day differ after the 14th', () => {
  assert.equal(periodContaining('quarter', '2025-06-20').id, '2025-Q2');
  assert.equal(periodByCutoff('quarter', '2025-06-20')?.id, '2025-Q3');
  assert.equal(periodByCutoff('quarter', '2025-06-14')?.id, '2025-Q2');
  assert.equal(periodByCutoff('month', '2025-12-15')?.id, '2026-01');
  assert.equal(periodByCutoff('year', '2025-12-15')?.id, '2026');
  assert.equal(periodByCutoff('half_year', '2025-06-15')?.id, '2025-H2');
  assert.equal(periodByCutoff('half_year', '2025-12-15')?.id, '2026-H1');
  assert.equal(periodByCutoff('nine_months', '2025-09-14')?.id, '2025-9M');
  assert.equal(periodByCutoff('nine_months', '2025-09-15'), null, 'after 14/09 no nine-month window holds the day');
  // Every day of a year falls in exactly one quarter's cut-off window, and that window holds it.
  for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    const p = periodByCutoff('quarter', iso)!;
    assert.ok(p.cutoff.from <= iso && iso <= p.cutoff.to, `${iso} in ${p.id}`);
    assert.ok(periodIncludes(periodContaining('month', iso), iso));
  }
});

test('the previous period of each kind', () => {
  assert.equal(previousReportingPeriod(parseReportingPeriod('2025-01')).id, '2024-12');
  assert.equal(previousReportingPeriod(parseReportingPeriod('2025-Q1')).id, '2024-Q4');
  assert.equal(previousReportingPeriod(parseReportingPeriod('2025-H1')).id, '2024-H2');
  assert.equal(previousReportingPeriod(parseReportingPeriod('2025-H2')).id, '2025-H1');
  assert.equal(previousReportingPeriod(parseReportingPeriod('2025-9M')).id, '2024-9M');
  assert.equal(previousReportingPeriod(parseReportingPeriod('2025')).id, '2024');
});
