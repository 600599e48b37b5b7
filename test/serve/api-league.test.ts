// GET /api/v1/indicators/:id/league and /api/v1/indicators/provincial over the ingested seeds.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

test('the league table of an indicator: 34 units, the stated target, the aggregation rule', async () => {
  const res = await api.as(null, { method: 'GET', url: '/api/v1/indicators/digital_economy_share/league' });
  assert.equal(res.statusCode, 200, res.body);
  const table = res.json();
  assert.equal(table.rows.length, 34);
  assert.equal(table.indicator.id, 'digital_economy_share');
  assert.equal(table.aggregation.rule, table.indicator.aggregation);
  assert.ok(table.aggregation.statement.vi.length > 20);
  const hp = table.rows.find((r: { unit: { name: string } }) => r.unit.name === 'Hải Phòng');
  assert.equal(hp.target.from, 'stated', 'Hải Phòng states its own goal in the seeds');
  assert.equal(hp.target.value, 35);
  assert.ok(hp.evidenceCount >= 1);
  assert.deepEqual(hp.former.map((f: { name: string }) => f.name).sort(), ['Hải Dương', 'Hải Phòng']);
  assert.ok(table.national, "the country's value is given for reference");
});

test('a period and a sort order; the ETag answers 304', async () => {
  const res = await api.as(null, { method: 'GET', url: `/api/v1/indicators/5g_stations/league?period=${encodeURIComponent('Quý II/2025')}&sort=name` });
  assert.equal(res.statusCode, 200, res.body);
  const table = res.json();
  assert.equal(table.period.id, '2025-Q2');
  assert.equal(table.period.cutoff.from, '2025-03-15');
  const names = table.rows.map((r: { unit: { name: string } }) => r.unit.name);
  assert.deepEqual(names, [...names].sort(new Intl.Collator('vi').compare));
  const again = await api.as(null, { method: 'GET', url: `/api/v1/indicators/5g_stations/league?period=${encodeURIComponent('Quý II/2025')}&sort=name`, headers: { 'if-none-match': res.headers.etag as string } });
  assert.equal(again.statusCode, 304);
});

test('bad input is a 400 naming the field; an unknown or national-only indicator a 404 problem', async () => {
  for (const [url, field] of [
    ['/api/v1/indicators/5g_stations/league?period=2025-Q5', 'querystring.period'],
    ['/api/v1/indicators/5g_stations/league?sort=colour', 'querystring.sort'],
    ['/api/v1/indicators/5g_stations/league?today=2025-02-30', 'querystring.today'],
  ] as const) {
    const res = await api.as(null, { method: 'GET', url });
    assert.equal(res.statusCode, 400, url);
    assert.ok(res.json().errors.some((e: { field: string }) => e.field === field), `${url}: ${res.body}`);
  }
  for (const id of ['no_such_indicator', 'egdi_rank']) {
    const res = await api.as(null, { method: 'GET', url: `/api/v1/indicators/${id}/league` });
    assert.equal(res.statusCode, 404, res.body);
    assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
  }
});

test('the indicators with provincial figures', async () => {
  const res = await api.as(null, { method: 'GET', url: '/api/v1/indicators/provincial' });
  assert.equal(res.statusCode, 200);
  const items = res.json().items;
  assert.ok(items.some((i: { id: string; units: number }) => i.id === 'digital_economy_share' && i.units >= 1), res.body);
});

test('without anonymous reading, the league asks for a login before looking at the input', async () => {
  const closed = await startApi({ anonymousRead: false });
  try {
    const res = await closed.as(null, { method: 'GET', url: '/api/v1/indicators/5g_stations/league?period=bad' });
    assert.equal(res.statusCode, 401);
    assert.equal((await closed.as('viewer', { method: 'GET', url: '/api/v1/indicators/5g_stations/league' })).statusCode, 200);
  } finally {
    await closed.close();
  }
});

test("the agency scorecard API carries the Government's two headline measures", async () => {
  const created = await api.as('editor', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'league-due-1', title: 'Nhiệm vụ đã đến hạn', setBy: '03/NQ-CP', agency: 'bo-tai-chinh', deadline: '2025-06-30' } });
  assert.equal(created.statusCode, 201, created.body);
  const cards = (await api.as(null, { method: 'GET', url: '/api/v1/agencies?today=2025-08-01' })).json();
  const card = cards.scorecards.find((c: { agency: string }) => c.agency === 'bo-tai-chinh');
  assert.deepEqual([card.due, card.dueDone, card.shareDueDone, card.shareDueOverdue], [1, 0, 0, 1]);
});

test('targets carry their milestones, the nearest ahead judged beside the final target', async () => {
  const res = await api.as(null, { method: 'GET', url: '/api/v1/programme/targets/5g_population_coverage_2030?today=2025-11-01' });
  assert.equal(res.statusCode, 200, res.body);
  const a = res.json();
  assert.equal(a.milestones.length, 1);
  assert.equal(a.nextMilestone.milestone.deadline, '2025-12-31');
  assert.equal(a.nextMilestone.milestone.value, 90);
  assert.ok(['achieved', 'on_track', 'at_risk', 'off_track', 'not_assessable', 'no_data'].includes(a.nextMilestone.status));
  const later = (await api.as(null, { method: 'GET', url: '/api/v1/programme/targets/5g_population_coverage_2030?today=2026-11-22' })).json();
  assert.equal(later.nextMilestone, null, 'the 2025 milestone is behind');
  assert.equal(later.milestones[0].milestone.value, 90);
});
