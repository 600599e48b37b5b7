// Dates of observations are periods: ordered by the day they stand for, never by their text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDate, dayNumber } from '../../src/track/dates.ts';
import { seriesSteps } from '../../src/track/series.ts';
import { obs } from './observation-fixture.ts';

test('a year stands for its last day: `2025` comes after `2025-10-31`, though its text sorts first', () => {
  const dates = ['2025', '2025-10-31', '2024-12', '2025-06', '2025-12-31'];
  assert.deepEqual([...dates].sort(byDate), ['2024-12', '2025-06', '2025-10-31', '2025', '2025-12-31']);
  assert.equal(dayNumber('2025'), dayNumber('2025-12-31'));
});

test('a series is drawn in date order whatever order its values were found in', () => {
  const series = [obs(420, '2025-10-31'), obs(86, '2024'), obs(300, '2025-06')];
  assert.deepEqual(seriesSteps(series).map((o) => o.value), [86, 300, 420]);
});
