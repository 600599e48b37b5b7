// Milestones on the way to a target, and the difference between "no data" and "not assessable":
// src/track/status.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessTarget, coversWholePeriod, STATUS_LABELS, TARGET_STATUSES } from '../../src/track/status.ts';
import { obs } from './observation-fixture.ts';
import type { Indicator, Target } from '../../src/programme/schema.ts';

const coverage: Indicator = { id: 'coverage', name: { vi: 'Phủ sóng' }, unit: '%', direction: 'higher', match: [] };
/** A yearly flow: the share of the year's budget, reported once a year. */
const budget: Indicator = { id: 'budget', name: { vi: 'Chi ngân sách' }, unit: '%', direction: 'higher', match: [], kind: 'flow', frequency: 'year' };

function target(extra: Partial<Target>): Target {
  return { id: 't', indicator: 'coverage', name: { vi: 'Mục tiêu' }, comparator: '>=', value: 99, deadline: '2030-12-31', scope: 'national', setBy: '03/NQ-CP', sources: ['https://example.org'], verified: true, ...extra };
}

const to2030 = target({ milestones: [{ deadline: '2025-12-31', value: 90, source: 'https://example.org/2025', verified: true }] });

test('the nearest milestone ahead is judged beside the final target', () => {
  // 26 % mid-2025 and 39.52 % in October: on course for 99 % by 2030, far from 90 % by the end of 2025.
  const series = [obs(26, '2025-06-30'), obs(39.52, '2025-10')];
  const a = assessTarget(to2030, coverage, series, '2025-11-01');
  assert.equal(a.status, 'on_track', a.reason);
  assert.equal(a.nextMilestone?.milestone.deadline, '2025-12-31');
  assert.equal(a.nextMilestone?.milestone.comparator, '>=', "the target's comparator when the milestone gives none");
  assert.equal(a.nextMilestone?.status, 'off_track', a.nextMilestone?.reason);
  assert.ok(Math.abs(a.nextMilestone!.distance! - 50.48) < 1e-9);
  assert.equal(a.milestones.length, 1);
});

test('a passed milestone is judged on the values up to its deadline, and is no longer ahead', () => {
  const late = [obs(26, '2025-06-30'), obs(60, '2025-10'), obs(92, '2026-03')];
  const a = assessTarget(to2030, coverage, late, '2026-04-01');
  assert.equal(a.nextMilestone, null);
  assert.equal(a.milestones[0]?.status, 'off_track', 'reached only in 2026: missed at the end of 2025');
  assert.equal(a.milestones[0]?.latest?.value, 60);
  const inTime = assessTarget(to2030, coverage, [...late, obs(90.5, '2025-12-31')], '2026-04-01');
  assert.equal(inTime.milestones[0]?.status, 'achieved');
  const none = assessTarget(to2030, coverage, [obs(95, '2026-03')], '2026-04-01');
  assert.equal(none.milestones[0]?.status, 'no_data');
  assert.match(none.milestones[0]!.reason, /2025-12-31/);
});

test('without data, milestones say so too', () => {
  const a = assessTarget(to2030, coverage, [], '2025-11-01');
  assert.equal(a.status, 'no_data');
  assert.equal(a.nextMilestone?.status, 'no_data');
});

test('a yearly flow with only a part-year figure is not assessable; a whole year is judged', () => {
  const t = target({ indicator: 'budget', value: 3, deadline: '2030-12-31' });
  const half = assessTarget(t, budget, [obs(1.2, '2025-06-30', { indicator: 'budget' })], '2025-08-01');
  assert.equal(half.status, 'not_assessable', half.reason);
  assert.equal(half.latest?.value, 1.2, 'the partial figure is still shown');
  assert.deepEqual(half.series, [], 'but not judged on');
  assert.match(half.reason, /năm/);
  const year = assessTarget(t, budget, [obs(1.2, '2025-06-30', { indicator: 'budget' }), obs(3.1, '2025', { indicator: 'budget' })], '2026-02-01');
  assert.equal(year.status, 'achieved');
  assert.deepEqual(year.series.map((o) => o.value), [3.1]);
  // The same figures for a stock indicator (a level at a date) are judged at once.
  assert.equal(assessTarget(target({ value: 3 }), coverage, [obs(1.2, '2025-06-30')], '2025-08-01').status, 'at_risk');
});

test('whole periods by frequency', () => {
  const quarterly: Indicator = { ...budget, frequency: 'quarter' };
  assert.equal(coversWholePeriod('2025', budget), true);
  assert.equal(coversWholePeriod('2025-12', budget), true);
  assert.equal(coversWholePeriod('2025-12-31', budget), true);
  assert.equal(coversWholePeriod('2025-12-30', budget), false);
  assert.equal(coversWholePeriod('2025-09-30', budget), false);
  assert.equal(coversWholePeriod('2025-09-30', quarterly), true);
  assert.equal(coversWholePeriod('2025-08', quarterly), false);
  assert.equal(coversWholePeriod('2025-08-15', coverage), true, 'a stock is a value at any date');
  assert.equal(coversWholePeriod('2025-08-15', { ...budget, frequency: undefined }), true, 'a flow without a frequency is not second-guessed');
});

test('every status has its Vietnamese label, listed worst first', () => {
  assert.equal(STATUS_LABELS.not_assessable, 'chưa thể đánh giá');
  assert.equal(STATUS_LABELS.no_data, 'chưa có dữ liệu');
  assert.deepEqual([...TARGET_STATUSES].sort(), Object.keys(STATUS_LABELS).sort());
  assert.equal(TARGET_STATUSES[0], 'off_track');
});
