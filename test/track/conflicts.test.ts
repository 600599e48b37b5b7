// Conflicts: two sources, same indicator, scope and time, values that cannot both hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agree, findConflicts } from '../../src/track/conflicts.ts';
import { obs } from './observation-fixture.ts';

test('Viettel\'s 20.758 and 22.758 new stations, three days apart, conflict; both are shown', () => {
  const a = obs(20_758, '2025-12-22', { indicator: 'new', scope: 'agency:viettel', sources: ['https://vnexpress.net/a'] });
  const b = obs(22_758, '2025-12-25', { indicator: 'new', scope: 'agency:viettel', sources: ['https://baophutho.vn/b'] });
  const [conflict, ...rest] = findConflicts([a, b]);
  assert.equal(rest.length, 0);
  assert.deepEqual([conflict?.a.value, conflict?.b.value, conflict?.days], [20_758, 22_758, 3]);
});

test('qualifiers widen a value: about ±5 %, more than, ranges', () => {
  assert.ok(agree(obs(26, '2025'), obs(26, '2025', { qualifier: 'more_than' })));
  assert.ok(agree(obs(26, '2025', { qualifier: 'about' }), obs(27, '2025')));
  assert.ok(!agree(obs(26, '2025', { qualifier: 'about' }), obs(28, '2025')));
  assert.ok(!agree(obs(30, '2025', { qualifier: 'more_than' }), obs(26, '2025')));
  assert.ok(agree(obs(16, '2025', { qualifier: 'range', valueMax: 18 }), obs(17, '2025')));
  assert.ok(agree(obs(12_106, '2025'), obs(12_106, '2025')));
});

test('no conflict across indicators, scopes, distant dates, targets, undated or rejected values', () => {
  const base = obs(100, '2025-07-01');
  const rejected = { verdict: 'rejected' as const, reviewer: 'an', at: '2025-08-01', note: null, original: null };
  for (const other of [
    obs(200, '2025-07-02', { indicator: 'other' }),
    obs(200, '2025-07-02', { scope: 'province:Huế' }),
    obs(200, '2025-08-15'),
    obs(200, '2025-07-02', { stance: 'target' }),
    obs(200, null),
    obs(200, '2025-07-02', { review: rejected }),
  ]) {
    assert.equal(findConflicts([base, other]).length, 0, JSON.stringify(other));
  }
  assert.equal(findConflicts([base, obs(200, '2025-07-02')]).length, 1);
});

test('a figure repeated by many articles gives one conflict per pair of values, the closest in time', () => {
  const many = [
    ...Array.from({ length: 200 }, (_, i) => obs(100, `2025-07-0${1 + (i % 5)}`)),
    ...Array.from({ length: 200 }, () => obs(150, '2025-07-04')),
    obs(100, '2025-07-04', { qualifier: 'about' }),
  ];
  const conflicts = findConflicts(many);
  assert.equal(conflicts.length, 2, JSON.stringify(conflicts.map((c) => [c.a.value, c.a.qualifier, c.b.value, c.days])));
  for (const c of conflicts) assert.equal(c.days, 0, 'the closest pair is shown');
  assert.deepEqual(conflicts.map((c) => [c.a.value, c.b.value].sort((x, y) => x - y)), [[100, 150], [100, 150]]);
});
