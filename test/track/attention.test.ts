// Attention over time: shares of each period's documents, gaps filled, raw counts kept, ISO weeks,
// source groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attention, periodOf } from '../../src/track/attention.ts';

const docs = [
  { id: 1, published: '2025-01-05', group: 'Báo Đảng' },
  { id: 2, published: '2025-01-20T08:00:00+07:00', group: 'Báo địa phương' },
  { id: 3, published: '2025-01-28', group: 'Báo Đảng' },
  { id: 4, published: '2025-03-02', group: null },
  { id: 5, published: '2025', group: 'Báo Đảng' },
  { id: 6, published: null, group: null },
];

test('per month: matches as a share of all documents of the month, months without documents kept', () => {
  const result = attention(docs, [{ query: 'a', ids: [1, 2, 4, 5] }, { query: 'b', ids: [3, 3] }], { interval: 'month' });
  assert.deepEqual(result.periods, ['2025-01', '2025-02', '2025-03']);
  assert.equal(result.undated, 2, 'a year alone and no date are not placed');
  assert.deepEqual(result.series.map((s) => [s.query, s.points.map((p) => [p.matches, p.total, p.share])]), [
    ['a', [[2, 3, 2 / 3], [0, 0, 0], [1, 1, 1]]],
    ['b', [[1, 3, 1 / 3], [0, 0, 0], [0, 1, 0]]],
  ]);
});

test('per source group: each group its own share', () => {
  const result = attention(docs, [{ query: 'a', ids: [1, 2] }], { interval: 'month', byGroup: true });
  assert.deepEqual(result.series.map((s) => [s.group, s.points[0]]), [
    ['Báo Đảng', { period: '2025-01', matches: 1, total: 2, share: 0.5 }],
    ['Báo địa phương', { period: '2025-01', matches: 1, total: 1, share: 1 }],
    [null, { period: '2025-01', matches: 0, total: 0, share: 0 }],
  ]);
});

test('ISO weeks, across year ends', () => {
  assert.equal(periodOf('2024-12-30', 'week'), '2025-W01');
  assert.equal(periodOf('2021-01-03', 'week'), '2020-W53');
  assert.equal(periodOf('2025-07-02T17:12:00+07:00', 'week'), '2025-W27');
  assert.equal(periodOf('2025-07', 'week'), null);
  const result = attention([{ id: 1, published: '2020-12-28', group: null }, { id: 2, published: '2021-01-11', group: null }], [{ query: 'a', ids: [2] }], { interval: 'week' });
  assert.deepEqual(result.periods, ['2020-W53', '2021-W01', '2021-W02']);
});
