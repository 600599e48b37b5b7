// Issue 10, item 7: reads that cost the whole corpus. Observations come a page at a time (the
// pages together are every observation, once); provinces and an entity's detail are computed once
// per data version, not per request, and anew after any change. (Their speed is measured by
// `npm run bench:api -- --mixed`, docs/benchmarks.md.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';
import { CITED_BY_SHOWN } from '../../src/serve/http/routes/reading.ts';

const api = await startApi();
after(() => api.close());

const get = async (url: string) => {
  const res = await api.as(null, { method: 'GET', url });
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res.json();
};

test('observations come a page at a time; the pages together are every observation once', async () => {
  const all = (await api.store.programme.observations({})).map((o) => o.key);
  assert.ok(all.length > 30, `${all.length} observations`);
  const first = await get('/api/v1/programme/observations');
  assert.equal(first.items.length, 100 < all.length ? 100 : all.length, 'a default page, not everything');
  const seen: string[] = [];
  let url = '/api/v1/programme/observations?limit=7';
  for (let pages = 0; ; pages++) {
    assert.ok(pages < 100, 'the cursor ends');
    const page = await get(url);
    assert.ok(page.items.length <= 7);
    assert.equal(page.total, all.length);
    seen.push(...page.items.map((o: { key: string }) => o.key));
    if (!page.nextCursor) break;
    url = `/api/v1/programme/observations?limit=7&cursor=${page.nextCursor}`;
  }
  assert.deepEqual(seen, all, 'every observation once, in series order');
  const coverage = await get('/api/v1/programme/observations?indicator=5g_population_coverage&limit=500');
  assert.ok(coverage.items.length > 0 && coverage.items.every((o: { indicator: string }) => o.indicator === '5g_population_coverage'));
  assert.ok(coverage.items.some((o: { sentence: string | null }) => o.sentence), 'a page carries its sentences');
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/programme/observations?limit=501' })).statusCode, 400);
});

test('provinces and an entity are computed once per data version, and again after a change', async () => {
  const calls = { placeCounts: 0, entityDetail: 0 };
  const placeCounts = api.store.placeCounts;
  const entityDetail = api.store.entityDetail;
  Object.assign(api.store, {
    placeCounts: async () => (calls.placeCounts++, await placeCounts()),
    entityDetail: async (id: number) => (calls.entityDetail++, await entityDetail(id)),
  });
  const person = (await api.store.findEntities('Tô Lâm'))[0]!.id;
  const first = await get('/api/v1/provinces');
  const detail = await get(`/api/v1/entities/${person}`);
  for (let i = 0; i < 5; i++) {
    assert.deepEqual(await get('/api/v1/provinces'), first);
    assert.deepEqual(await get(`/api/v1/entities/${person}`), detail);
  }
  assert.deepEqual(calls, { placeCounts: 1, entityDetail: 1 });
  // Any change (here a task) is a new data version: the next answers are computed anew.
  await api.store.tasks.add({ key: 'phien-ban-moi', title: 'Nhiệm vụ mới', setBy: '03-TB/BCĐTW', agency: 'bo-khcn', deadline: '2026-12-31' }, 'test');
  await get('/api/v1/provinces');
  await get(`/api/v1/entities/${person}`);
  assert.deepEqual(calls, { placeCounts: 2, entityDetail: 2 });
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/entities/987654' })).statusCode, 404);
});

test('a legal document\'s page lists at most CITED_BY_SHOWN citing documents, with the count of all', async () => {
  const resolution = (await api.store.findEntities('57-NQ/TW', { kind: 'legalRef' }))[0]!;
  const all = await api.store.citedBy(resolution.key);
  const page = await get(`/api/v1/entities/${resolution.id}`);
  assert.equal(page.citedByCount, all.length);
  assert.deepEqual(page.citedBy.map((d: { id: number }) => d.id), all.slice(0, CITED_BY_SHOWN).map((d) => d.id));
  assert.ok(CITED_BY_SHOWN <= 200);
});
