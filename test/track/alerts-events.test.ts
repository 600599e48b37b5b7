// Alert events as a pure function of the previous state and the data: the first run only records;
// a target that worsens, a task that falls due, new figures, conflicts and documents give events
// with stable keys; nothing followed, nothing kept. And who gets what, when (plan.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeAlerts, type AlertInputs } from '../../src/track/alerts/events.ts';
import { EMPTY_ALERT_STATE, type AlertState } from '../../src/track/alerts/types.ts';
import { digestDue, planDeliveries, retryDelayMs, type Subscriber } from '../../src/track/alerts/plan.ts';
import { obs } from './observation-fixture.ts';

function inputs(extra: Partial<AlertInputs> = {}): AlertInputs {
  return {
    today: '2026-01-02',
    lastDocumentId: 10,
    targets: [{ id: 't1', name: 'Phủ sóng 5G', status: 'at_risk', latestKey: 'p:a' }],
    tasks: [{ key: 'nv-1', title: 'Ban hành nghị định', state: 'ok', deadlineDay: '2026-01-31' }],
    conflicts: [],
    observations: [],
    documents: [],
    searchNames: new Map([[3, 'Vệ tinh']]),
    indicatorNames: new Map([['coverage', 'Tỷ lệ phủ sóng']]),
    watched: new Set(['target:t1', 'task:nv-1', 'indicator:coverage', 'search:3', 'legal:57-NQ/TW', 'entity:9', 'province:Điện Biên']),
    ...extra,
  };
}

const after = (state: AlertState, extra: Partial<AlertInputs>) => computeAlerts(state, inputs(extra));

test('the first run records where things stand and raises nothing', () => {
  const { events, state } = computeAlerts(EMPTY_ALERT_STATE, inputs({ documents: [{ id: 10, title: 'x', published: null, searches: [3], cites: [], mentions: [] }] }));
  assert.deepEqual(events, []);
  assert.deepEqual(state, { documentWatermark: 10, targets: { t1: 'at_risk' }, tasks: { 'nv-1': 'ok' } });
});

test('a target that worsens gives one warning; one that improves or has no data gives none', () => {
  const { state } = computeAlerts(EMPTY_ALERT_STATE, inputs());
  const worse = after(state, { targets: [{ id: 't1', name: 'Phủ sóng 5G', status: 'off_track', latestKey: 'p:a' }] });
  assert.deepEqual(worse.events.map((e) => [e.key, e.kind, e.severity]), [['target:t1:at_risk>off_track:p:a', 'target_worse', 'warning']]);
  assert.match(worse.events[0]!.summary, /từ có nguy cơ chậm sang chậm, khó đạt \(đánh giá ngày 02\/01\/2026\)/);
  assert.deepEqual(after(state, { targets: [{ id: 't1', name: 'x', status: 'on_track', latestKey: 'p:b' }] }).events, []);
  assert.deepEqual(after(state, { targets: [{ id: 't1', name: 'x', status: 'no_data', latestKey: null }] }).events, []);
  assert.deepEqual(after(worse.state, { targets: [{ id: 't1', name: 'x', status: 'off_track', latestKey: 'p:a' }] }).events, [], 'still off track: nothing new');
  const unwatched = after(state, { targets: [{ id: 't1', name: 'x', status: 'off_track', latestKey: 'p:a' }], watched: new Set() });
  assert.deepEqual(unwatched.events, []);
  assert.equal(unwatched.state.targets.t1, 'off_track', 'the state moves on even when nobody follows the target');
});

test('a task falling due soon, then overdue, gives one event each', () => {
  const { state } = computeAlerts(EMPTY_ALERT_STATE, inputs());
  const soon = after(state, { tasks: [{ key: 'nv-1', title: 'Ban hành nghị định', state: 'due_soon', deadlineDay: '2026-01-31' }] });
  assert.deepEqual(soon.events.map((e) => [e.kind, e.severity]), [['task_due_soon', 'info']]);
  assert.match(soon.events[0]!.summary, /đến hạn ngày 31\/01\/2026/);
  const late = after(soon.state, { tasks: [{ key: 'nv-1', title: 'Ban hành nghị định', state: 'overdue', deadlineDay: '2026-01-31' }] });
  assert.deepEqual(late.events.map((e) => [e.kind, e.severity]), [['task_overdue', 'warning']]);
  const added = after(state, { tasks: [{ key: 'nv-2', title: 'Nhiệm vụ mới', state: 'overdue', deadlineDay: '2025-12-31' }], watched: new Set(['task:nv-2']) });
  assert.deepEqual(added.events.map((e) => e.key), ['task:nv-2:overdue:2025-12-31'], 'a task registered late is news too');
});

test('figures and conflicts count as new only from documents past the watermark', () => {
  const state: AlertState = { documentWatermark: 10, targets: {}, tasks: {} };
  const old = obs(40, '2025-12-01', { key: 'x:9:a', origin: 'extracted', documentId: 9 });
  const fresh = obs(55, '2025-12-03', { key: 'x:11:a', origin: 'extracted', documentId: 11 });
  const province = obs(30, '2025-12-03', { key: 'x:12:a', origin: 'extracted', documentId: 12, scope: 'province:Điện Biên', indicator: 'other' });
  const { events } = computeAlerts(state, inputs({
    lastDocumentId: 12,
    observations: [old, fresh, province],
    conflicts: [{ indicator: 'coverage', scope: 'national', a: fresh, b: old, days: 2 }],
  }));
  assert.deepEqual(events.map((e) => e.key), ['conflict:x:11:a|x:9:a', 'figure:x:11:a', 'figure:x:12:a']);
  assert.deepEqual(events[2]!.topics, ['indicator:other', 'province:Điện Biên'], 'a province watch (ref: the unit name) follows figures of that scope');
  assert.match(events[1]!.summary, /Tỷ lệ phủ sóng \(national\): 55 %, tính đến 03\/12\/2025/);
  const repeated = computeAlerts(state, inputs({ lastDocumentId: 12, observations: [old, fresh, province] }));
  assert.deepEqual(repeated.events.map((e) => e.key), ['figure:x:11:a', 'figure:x:12:a'], 'the same data, the same keys');
});

test('new documents: matching a saved search, citing a legal document, mentioning an entity', () => {
  const state: AlertState = { documentWatermark: 10, targets: {}, tasks: {} };
  const { events, state: next } = computeAlerts(state, inputs({
    lastDocumentId: 12,
    documents: [
      { id: 10, title: 'Cũ', published: '2025-12-01', searches: [3], cites: [], mentions: [] },
      { id: 11, title: 'Vệ tinh mới', published: '2026-01-01', searches: [3], cites: ['57-NQ/TW'], mentions: [{ id: 9, name: 'Tô Lâm' }, { id: 8, name: 'Không ai theo dõi' }] },
    ],
  }));
  assert.deepEqual(events.map((e) => e.key), ['document:11:search:3', 'document:11:legal:57-NQ/TW', 'document:11:entity:9']);
  assert.equal(events[0]!.title, 'Tin mới khớp tìm kiếm "Vệ tinh": Vệ tinh mới');
  assert.equal(events[0]!.link, '/documents/11');
  assert.equal(next.documentWatermark, 12);
});

const subscriber = (extra: Partial<Subscriber> = {}): Subscriber => ({ userId: 1, topics: new Set(['target:t1', 'search:3']), email: 'a@example.gov.vn', frequency: 'daily', webhooks: [4], ...extra });

test('deliveries: inbox and webhooks at once, warnings by e-mail at once, the rest in the digest', () => {
  const now = new Date('2026-01-02T03:00:00Z');
  const { events } = after(computeAlerts(EMPTY_ALERT_STATE, inputs()).state, {
    targets: [{ id: 't1', name: 'x', status: 'off_track', latestKey: 'p:a' }],
    documents: [{ id: 11, title: 'Vệ tinh', published: null, searches: [3], cites: [], mentions: [] }],
    lastDocumentId: 11,
  });
  const planned = planDeliveries(events, [subscriber(), subscriber({ userId: 2, topics: new Set(['task:other']) })], now);
  assert.deepEqual(planned.map((p) => [p.eventKey.split(':')[0], p.userId, p.channel, p.dueAt]), [
    ['target', 1, 'inbox', '2026-01-02T03:00:00.000Z'],
    ['target', 1, 'email', '2026-01-02T03:00:00.000Z'],
    ['target', 1, 'webhook:4', '2026-01-02T03:00:00.000Z'],
    ['document', 1, 'inbox', '2026-01-02T03:00:00.000Z'],
    ['document', 1, 'email', '2026-01-03T00:00:00.000Z'],
    ['document', 1, 'webhook:4', '2026-01-02T03:00:00.000Z'],
  ]);
  const off = planDeliveries(events, [subscriber({ frequency: 'off', webhooks: [] })], now);
  assert.deepEqual(off.map((p) => p.channel), ['inbox', 'inbox']);
});

test('digests go out at 07:00 in Vietnam: the next day, or the next Monday', () => {
  assert.equal(digestDue(new Date('2026-01-02T03:00:00Z'), 'daily').toISOString(), '2026-01-03T00:00:00.000Z');
  assert.equal(digestDue(new Date('2026-01-02T00:00:00Z'), 'daily').toISOString(), '2026-01-03T00:00:00.000Z');
  // 2 January 2026 is a Friday.
  assert.equal(digestDue(new Date('2026-01-02T03:00:00Z'), 'weekly').toISOString(), '2026-01-05T00:00:00.000Z');
  assert.equal(digestDue(new Date('2026-01-02T03:00:00Z'), 'immediate').toISOString(), '2026-01-02T03:00:00.000Z');
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map(retryDelayMs), [60_000, 300_000, 1_500_000, 7_500_000, 37_500_000, 86_400_000, 86_400_000]);
});
