// Periods: years, months, quarters, parts of a year, ranges of days, months and years.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateCandidates } from '../../src/extract/dates.ts';
import { selectNonOverlapping } from '../../src/extract/dates/select.ts';
import type { ExtractContext } from '../../src/extract/facts.ts';

const NO_CONTEXT: ExtractContext = { published: null, dateHint: null, collectionYear: null };
const PUBLISHED_2025: ExtractContext = { published: '2025-07-02', dateHint: null, collectionYear: null };

function read(text: string, ctx: ExtractContext = NO_CONTEXT): [string, unknown, string][] {
  return selectNonOverlapping(dateCandidates(text, ctx)).map((c) => [text.slice(c.start, c.end), c.value, c.yearFrom]);
}

const period = (start: string, end: string) => ({ start, end });

test('`năm 2025` is the whole year; a target `đến năm 2030` is the year 2030, its words in the span', () => {
  assert.deepEqual(read('Năm 2025, VNNIC'), [['Năm 2025', period('2025-01-01', '2025-12-31'), 'explicit']]);
  assert.deepEqual(read('đề ra mục tiêu đến năm 2030, quản lý'), [['đến năm 2030', period('2030-01-01', '2030-12-31'), 'explicit']]);
});

test('months with a year in any of the written forms', () => {
  for (const text of ['tháng 4-2016', 'tháng 4/2016', 'tháng 4 năm 2016']) {
    assert.deepEqual(read(text), [[text, period('2016-04-01', '2016-04-30'), 'explicit']], text);
  }
  assert.deepEqual(read('tháng 2/2024')[0]?.[1], period('2024-02-01', '2024-02-29'));
  assert.deepEqual(read('tháng 12 năm 2024'), [['tháng 12 năm 2024', period('2024-12-01', '2024-12-31'), 'explicit']]);
});

test('a month without a year takes the context year', () => {
  assert.deepEqual(read('trong tháng 8 tới', PUBLISHED_2025), [['tháng 8', period('2025-08-01', '2025-08-31'), 'published']]);
});

test('quarters in Roman or Arabic numerals', () => {
  assert.deepEqual(read('quý II/2025'), [['quý II/2025', period('2025-04-01', '2025-06-30'), 'explicit']]);
  assert.deepEqual(read('quý 2 năm 2025'), [['quý 2 năm 2025', period('2025-04-01', '2025-06-30'), 'explicit']]);
  assert.deepEqual(read('Quý IV', PUBLISHED_2025), [['Quý IV', period('2025-10-01', '2025-12-31'), 'published']]);
});

test('`Q2/2025` is a quarter when its year is written', () => {
  assert.deepEqual(read('doanh thu Q2/2025 tăng'), [['Q2/2025', period('2025-04-01', '2025-06-30'), 'explicit']]);
  assert.deepEqual(read('doanh thu Q2 tăng'), []);
});

test('the first and last N months of a year; halves', () => {
  assert.deepEqual(read('sơ kết 6 tháng đầu năm', PUBLISHED_2025), [['6 tháng đầu năm', period('2025-01-01', '2025-06-30'), 'published']]);
  assert.deepEqual(read('6 tháng cuối năm 2025'), [['6 tháng cuối năm 2025', period('2025-07-01', '2025-12-31'), 'explicit']]);
  assert.deepEqual(read('9 tháng đầu năm 2024')[0]?.[1], period('2024-01-01', '2024-09-30'));
  assert.deepEqual(read('nửa cuối năm 2025')[0]?.[1], period('2025-07-01', '2025-12-31'));
  assert.deepEqual(read('Trong 9 tháng năm 2025, doanh thu'), [['9 tháng năm 2025', period('2025-01-01', '2025-09-30'), 'explicit']]);
});

test('start and end of a year are its first and last quarter', () => {
  assert.deepEqual(read('Mục tiêu đến hết năm 2025'), [['đến hết năm 2025', period('2025-01-01', '2025-12-31'), 'explicit']]);
  assert.deepEqual(read('đến cuối năm 2025 sẽ có'), [['đến cuối năm 2025', period('2025-10-01', '2025-12-31'), 'explicit']]);
  assert.deepEqual(read('đầu năm 2026')[0]?.[1], period('2026-01-01', '2026-03-31'));
});

test('day ranges: a year written once at the end covers both ends', () => {
  assert.deepEqual(read('19/2–31/12/2025'), [['19/2–31/12/2025', period('2025-02-19', '2025-12-31'), 'explicit']]);
  assert.deepEqual(read('từ ngày 19/2 đến 31/12/2025'), [['từ ngày 19/2 đến 31/12/2025', period('2025-02-19', '2025-12-31'), 'explicit']]);
  assert.deepEqual(read('20/12–5/1/2026')[0]?.[1], period('2025-12-20', '2026-01-05'));
  assert.deepEqual(read('ngày 5-7/5/2025')[0]?.[1], period('2025-05-05', '2025-05-07'));
  assert.deepEqual(read('Trong tuần từ 7-11/7, thị trường', PUBLISHED_2025), [['từ 7-11/7', period('2025-07-07', '2025-07-11'), 'published']]);
});

test('a range without year or `từ`/`ngày` needs a date word before it', () => {
  assert.deepEqual(read('dịp nghỉ lễ 30/4-1/5', PUBLISHED_2025), [['30/4-1/5', period('2025-04-30', '2025-05-01'), 'published']]);
  assert.deepEqual(read('1/2-2/3', PUBLISHED_2025), []);
});

test('an open start `từ ngày 1/7/2025` is the day itself', () => {
  assert.deepEqual(read('từ ngày 1/7/2025'), [['ngày 1/7/2025', '2025-07-01', 'explicit']]);
});

test('month and year ranges', () => {
  assert.deepEqual(read('từ tháng 1 đến tháng 6/2025')[0]?.[1], period('2025-01-01', '2025-06-30'));
  assert.deepEqual(read('tháng 4-5/2025')[0]?.[1], period('2025-04-01', '2025-05-31'));
  assert.deepEqual(read('giai đoạn 2021-2025'), [['giai đoạn 2021-2025', period('2021-01-01', '2025-12-31'), 'explicit']]);
});
