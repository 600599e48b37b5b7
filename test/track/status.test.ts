// Target status from observations: each rule of src/track/status.ts, for percentages, counts and ranks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessTarget, fitLine, meets } from '../../src/track/status.ts';
import { seriesSteps } from '../../src/track/series.ts';
import { obs } from './observation-fixture.ts';
import type { Indicator, Target } from '../../src/programme/schema.ts';

const coverage: Indicator = { id: 'coverage', name: { vi: 'Phủ sóng' }, unit: '%', direction: 'higher', match: [] };
const stations: Indicator = { id: 'stations', name: { vi: 'Trạm' }, unit: 'trạm', direction: 'higher', match: [] };
const rank: Indicator = { id: 'rank', name: { vi: 'Hạng' }, unit: 'hạng', direction: 'lower', match: [] };

function target(extra: Partial<Target>): Target {
  return {
    id: 't',
    indicator: 'coverage',
    name: { vi: 'Mục tiêu' },
    comparator: '>=',
    value: 90,
    deadline: '2025-12-31',
    scope: 'national',
    setBy: '03/NQ-CP',
    sources: ['https://example.org'],
    verified: true,
    ...extra,
  };
}

test('no data: nothing reported, only targets, or a target without a figure and without values', () => {
  assert.equal(assessTarget(target({}), coverage, [], '2025-08-01').status, 'no_data');
  assert.equal(assessTarget(target({}), coverage, [obs(90, '2025-12-31', { stance: 'target' })], '2025-08-01').status, 'no_data');
  const qualitative = target({ value: undefined, comparator: undefined, description: '5G toàn quốc' });
  assert.equal(assessTarget(qualitative, coverage, [], '2025-11-01').status, 'no_data');
  // Values exist, but a target without a figure cannot be judged on them: not assessable, not no data.
  const withData = assessTarget(qualitative, coverage, [obs(50, '2025-10')], '2025-11-01');
  assert.equal(withData.status, 'not_assessable');
  assert.equal(withData.latest?.value, 50);
});

test('achieved when the latest value meets the target, whatever came before', () => {
  const a = assessTarget(target({}), coverage, [obs(26, '2025-06-30'), obs(39.52, '2025-10'), obs(90, '2025-12-31', { qualifier: 'about' })], '2026-11-22');
  assert.equal(a.status, 'achieved');
  assert.equal(a.latest?.value, 90);
  assert.equal(a.distance, 0);
  assert.deepEqual(a.series.map((o) => o.value), [26, 39.52, 90]);
});

test('off track once the deadline has passed without the target met', () => {
  const a = assessTarget(target({}), coverage, [obs(26, '2025-06-30'), obs(39.52, '2025-10')], '2026-01-15');
  assert.equal(a.status, 'off_track');
  assert.ok(Math.abs(a.distance! - 50.48) < 1e-9);
});

test('at risk with a single dated value: no trend can be fitted', () => {
  const a = assessTarget(target({ deadline: '2030' }), coverage, [obs(26, '2025-06-30')], '2025-08-01');
  assert.equal(a.status, 'at_risk');
  assert.equal(a.trend, null);
});

test('on track, at risk and off track from the fitted line, for a percentage', () => {
  const t = target({ deadline: '2026-12-31' });
  // +20 points a half-year from 40 passes 90 well before the end of 2026 (and 100: capped).
  const fast = assessTarget(t, coverage, [obs(40, '2025-01-01'), obs(60, '2025-07-01')], '2025-08-01');
  assert.equal(fast.status, 'on_track');
  assert.equal(fast.trend?.projected, 100, 'a percentage projection stays within 0–100');
  // +11 points a half-year: about 85 by the deadline, covering ≥ 75 % of the 38 points missing.
  const slow = assessTarget(t, coverage, [obs(41, '2025-01-01'), obs(52, '2025-07-01')], '2025-08-01');
  assert.equal(slow.status, 'at_risk', slow.reason);
  // +2 points a half-year: nowhere near.
  const stalled = assessTarget(t, coverage, [obs(50, '2025-01-01'), obs(52, '2025-07-01')], '2025-08-01');
  assert.equal(stalled.status, 'off_track', stalled.reason);
});

test('the same rule for counts, and for ranks where lower is better', () => {
  const count = target({ indicator: 'stations', value: 50_000, unit: 'trạm', deadline: '2027-12-31' });
  const growing = [obs(11_591, '2025-05', { indicator: 'stations' }), obs(16_737, '2025-10', { indicator: 'stations' }), obs(35_000, '2025-12-31', { indicator: 'stations', qualifier: 'more_than' })];
  assert.equal(assessTarget(count, stations, growing, '2026-01-15').status, 'on_track');
  const top50 = target({ indicator: 'rank', comparator: '<=', value: 50, unit: 'hạng', deadline: '2030' });
  const ranks = [obs(86, '2020', { indicator: 'rank' }), obs(71, '2024', { indicator: 'rank' })];
  const assessed = assessTarget(top50, rank, ranks, '2025-06-01');
  assert.equal(assessed.status, 'on_track', assessed.reason);
  assert.ok(assessed.trend!.perYear < 0, 'the rank improves by falling');
  assert.equal(assessTarget(top50, rank, [obs(44, '2025', { indicator: 'rank' })], '2025-06-01').status, 'achieved');
});

test('only the target\'s scope counts, and rejected values are left out', () => {
  const t = target({ scope: 'province:Hải Phòng', deadline: '2030' });
  const other = obs(95, '2025-10', { scope: 'province:Hà Nội' });
  assert.equal(assessTarget(t, coverage, [other], '2025-11-01').status, 'no_data');
  const rejected = obs(95, '2025-10', { scope: 'province:Hải Phòng', review: { verdict: 'rejected', reviewer: 'an', at: '2025-11-01', note: null, original: null } });
  assert.equal(assessTarget(t, coverage, [rejected], '2025-11-01').status, 'no_data');
});

test('between targets and the comparators', () => {
  assert.equal(meets('between', 45, 40, 50), true);
  assert.equal(meets('between', 55, 40, 50), false);
  assert.equal(meets('>', 55, 55), false);
  assert.equal(meets('<', 2, 3), true);
  assert.equal(meets('=', 3, 3), true);
  const t = target({ comparator: 'between', value: 40, valueMax: 50, deadline: '2025-12-31' });
  assert.equal(assessTarget(t, coverage, [obs(45, '2025-10')], '2025-11-01').status, 'achieved');
});

test('fitLine is least squares and needs two distinct days', () => {
  assert.equal(fitLine([{ day: 1, value: 5 }, { day: 1, value: 7 }]), null);
  const line = fitLine([{ day: 0, value: 1 }, { day: 1, value: 3 }, { day: 2, value: 5 }])!;
  assert.equal(line.slope, 2);
  assert.equal(line.at(10), 21);
});

test('series steps: agreeing neighbours shown once, the most precise one', () => {
  const steps = seriesSteps([
    obs(26, '2025-05', { qualifier: 'about' }),
    obs(26, '2025-06-30'),
    obs(26, '2025-07-02', { qualifier: 'more_than' }),
    obs(39.52, '2025-10'),
    obs(90, '2025-12-31', { qualifier: 'about' }),
  ]);
  assert.deepEqual(steps.map((o) => [o.value, o.qualifier]), [
    [26, 'exact'],
    [39.52, 'exact'],
    [90, 'about'],
  ]);
});
