// Single days: numeric, worded, with a part of the day, with a time; year filled from the context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateCandidates } from '../../src/extract/dates.ts';
import { selectNonOverlapping } from '../../src/extract/dates/select.ts';
import type { ExtractContext } from '../../src/extract/facts.ts';

const NO_CONTEXT: ExtractContext = { published: null, dateHint: null, collectionYear: null };
const PUBLISHED_JULY_2025: ExtractContext = { published: '2025-07-02T17:12:00+07:00', dateHint: null, collectionYear: null };

/** The dates read in a text: [span text, value, yearFrom]. */
function read(text: string, ctx: ExtractContext = NO_CONTEXT): [string, unknown, string][] {
  return selectNonOverlapping(dateCandidates(text, ctx)).map((c) => [text.slice(c.start, c.end), c.value, c.yearFrom]);
}

test('a full numeric date after `ngày` is read with its explicit year', () => {
  assert.deepEqual(read('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'), [
    ['ngày 22/12/2024', '2024-12-22', 'explicit'],
  ]);
});

test('dots and dashes separate numeric dates too, with leading zeros', () => {
  assert.deepEqual(read('ngày 01.7.2025'), [['ngày 01.7.2025', '2025-07-01', 'explicit']]);
  assert.deepEqual(read('ngày 22-12-2024'), [['ngày 22-12-2024', '2024-12-22', 'explicit']]);
  assert.deepEqual(read('có hiệu lực từ ngày 01/3/2026.'), [['ngày 01/3/2026', '2026-03-01', 'explicit']]);
});

test('a worded date is read whole, not as its month or year', () => {
  assert.deepEqual(read('ban hành ngày 22 tháng 12 năm 2024'), [['ngày 22 tháng 12 năm 2024', '2024-12-22', 'explicit']]);
});

test('a part of the day before the date belongs to the span; the value is the day', () => {
  assert.deepEqual(read('Sáng 6/5, “Ngày hội AI” đã khai mạc', PUBLISHED_JULY_2025), [['Sáng 6/5', '2025-05-06', 'published']]);
  assert.deepEqual(read('Chiều 5/5, tại Hà Nội', PUBLISHED_JULY_2025), [['Chiều 5/5', '2025-05-05', 'published']]);
  assert.deepEqual(read('Tối 3/4 và Trưa 1/6', PUBLISHED_JULY_2025).map((r) => r[1]), ['2025-04-03', '2025-06-01']);
  assert.deepEqual(read('Chiều ngày 10/12/2025, tiếp tục'), [['Chiều ngày 10/12/2025', '2025-12-10', 'explicit']]);
  assert.deepEqual(read('Thành đoàn phát động chiều 29/4', PUBLISHED_JULY_2025), [['chiều 29/4', '2025-04-29', 'published']]);
});

test('a date-time stamp is one mention whose value is the date', () => {
  assert.deepEqual(read('02/07/2025 17:12'), [['02/07/2025 17:12', '2025-07-02', 'explicit']]);
});

test('a date with a dangling slash is a date with a missing year', () => {
  assert.deepEqual(read('Ngày 7/5/ tại Hà Nội', PUBLISHED_JULY_2025), [['Ngày 7/5', '2025-05-07', 'published']]);
});

test('the missing year comes from published, then the hint, then the collection year', () => {
  assert.equal(read('ngày 6/5', { published: null, dateHint: '2024-03-01', collectionYear: 2023 })[0]?.[2], 'hint');
  assert.deepEqual(read('ngày 6/5', { published: null, dateHint: null, collectionYear: 2023 })[0]?.slice(1), ['2023-05-06', 'collection']);
});

test('the published year fills a missing year, the neighbouring one only near New Year', () => {
  const january = { published: '2026-01-03', dateHint: null, collectionYear: null };
  assert.equal(read('ngày 28/12', january)[0]?.[1], '2025-12-28');
  assert.equal(read('ngày 5/1', january)[0]?.[1], '2026-01-05');
  const december = { published: '2025-12-20', dateHint: null, collectionYear: null };
  assert.equal(read('ngày 5/1', december)[0]?.[1], '2026-01-05', 'near future: next year');
  assert.equal(read('sáng 4/3', { published: '2025-11-10', dateHint: null, collectionYear: null })[0]?.[1], '2025-03-04');
  assert.equal(read('ngày 16/12', PUBLISHED_JULY_2025)[0]?.[1], '2025-12-16');
  assert.equal(read('ngày 29/2', { published: '2024-11-10', dateHint: null, collectionYear: null })[0]?.[1], '2024-02-29');
  assert.deepEqual(read('ngày 29/2', { published: '2025-11-10', dateHint: null, collectionYear: null }), [], 'no 29 February in 2025');
});

test('without any year source the day is kept in month-day form with yearFrom none and half the confidence', () => {
  const [c] = dateCandidates('Ngày 7/5, tại SECC', NO_CONTEXT);
  assert.equal(c?.value, '--05-07');
  assert.equal(c?.yearFrom, 'none');
  assert.ok((c?.confidence ?? 1) < 0.5);
});

test('a bare d/m is a date with lower confidence than one after `ngày` or a part of the day', () => {
  const [bare] = dateCandidates('Thị trường suy yếu trong phiên 11/6 khi', PUBLISHED_JULY_2025);
  const [prefixed] = dateCandidates('ngày 11/6', PUBLISHED_JULY_2025);
  assert.equal(bare?.value, '2025-06-11');
  assert.ok(bare && prefixed && bare.confidence < prefixed.confidence);
});

test('a bare d/m after a date word is a date: `hôm nay`, weekdays, `phiên`', () => {
  assert.deepEqual(read('Giá vàng hôm nay 12/9 tăng mạnh', PUBLISHED_JULY_2025), [['12/9', '2025-09-12', 'published']]);
  assert.deepEqual(read('Thứ Hai, 6/5 tại Hà Nội', PUBLISHED_JULY_2025), [['6/5', '2025-05-06', 'published']]);
});

test('a bare d/m in a dateline or before punctuation is a date', () => {
  assert.deepEqual(read('Hà Nội, 6/5 - Bộ Khoa học và Công nghệ', PUBLISHED_JULY_2025), [['6/5', '2025-05-06', 'published']]);
  assert.deepEqual(read('hội nghị (6/5) tại Hà Nội', PUBLISHED_JULY_2025), [['6/5', '2025-05-06', 'published']]);
});

test('impossible calendar days are rejected, leap days accepted', () => {
  assert.deepEqual(read('ngày 31/2/2025'), []);
  assert.deepEqual(read('ngày 29/2/2025'), []);
  assert.deepEqual(read('ngày 29/2/2024'), [['ngày 29/2/2024', '2024-02-29', 'explicit']]);
  assert.deepEqual(read('ngày 31/4', PUBLISHED_JULY_2025), []);
});
