// The read endpoints: search, facets, documents, facts, entities, programme, provinces, exports,
// the OpenAPI document; validation errors, pagination and ETags.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

const get = async (url: string) => {
  const res = await api.as(null, { method: 'GET', url });
  assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
  return res.json();
};

test('search finds the same documents with and without diacritics, pages with a cursor', async () => {
  const folded = await get('/api/v1/search?q=dien%20bien&limit=50');
  const exact = await get(`/api/v1/search?q=${encodeURIComponent('Điện Biên')}&limit=50`);
  assert.equal(folded.items.length, 3);
  assert.deepEqual(folded.items.map((h: { id: number }) => h.id).sort(), exact.items.map((h: { id: number }) => h.id).sort());
  assert.match(folded.items[0].snippet, /\u0002Điện Biên\u0003/);
  assert.ok(folded.items[0].snippetParts.some((p: { text: string; marked: boolean }) => p.marked && p.text === 'Điện Biên'));

  const page1 = await get('/api/v1/search?q=chuyen%20doi%20so&limit=3');
  assert.equal(page1.items.length, 3);
  assert.ok(page1.nextCursor);
  const page2 = await get(`/api/v1/search?q=chuyen%20doi%20so&limit=3&cursor=${page1.nextCursor}`);
  const ids1 = page1.items.map((h: { id: number }) => h.id);
  for (const h of page2.items) assert.ok(!ids1.includes(h.id), 'pages do not overlap');
});

test('bad input is a problem+json naming the field', async () => {
  for (const [url, field] of [
    ['/api/v1/search?q=x&limit=abc', 'querystring.limit'],
    ['/api/v1/search?q=x&from=2025-02-30', 'querystring.from'],
    ['/api/v1/search?q=x&kind=video', 'querystring.kind'],
    ['/api/v1/documents/zero', 'params.id'],
  ] as const) {
    const res = await api.as(null, { method: 'GET', url });
    assert.equal(res.statusCode, 400, url);
    assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
    const body = res.json();
    assert.equal(body.status, 400);
    assert.ok(body.errors.some((e: { field: string }) => e.field === field), `${url}: ${res.body}`);
  }
  const cursor = await api.as(null, { method: 'GET', url: '/api/v1/search?q=x&cursor=%%%' });
  assert.equal(cursor.statusCode, 400);
  const missing = await api.as(null, { method: 'GET', url: '/api/v1/documents/99999' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().status, 404);
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/nothing-here' })).statusCode, 404);
});

test('GET responses carry an ETag and answer 304 when unchanged', async () => {
  const first = await api.as(null, { method: 'GET', url: '/api/v1/programme/targets' });
  const tag = first.headers.etag as string;
  assert.ok(tag);
  const again = await api.as(null, { method: 'GET', url: '/api/v1/programme/targets', headers: { 'if-none-match': tag } });
  assert.equal(again.statusCode, 304);
});

test('facets count kinds, places, people and topics over the matches', async () => {
  const facets = await get('/api/v1/search/facets?q=chuyen%20doi%20so');
  assert.ok(facets.sampled > 0);
  const kinds = Object.fromEntries(facets.kind.map((k: { value: string; count: number }) => [k.value, k.count]));
  assert.equal(Object.values(kinds).reduce((a, b) => (a as number) + (b as number), 0), facets.sampled);
  for (const key of ['site', 'month', 'topic', 'place', 'person', 'organization', 'legalRef']) assert.ok(Array.isArray(facets[key]), key);
  assert.ok(facets.legalRef.some((l: { label: string }) => l.label === '57-NQ/TW'));
  const all = await get('/api/v1/search/facets');
  assert.equal(all.sampled, 41);
});

test('documents: the list newest first, one document with facts, teasers, observations and provenance', async () => {
  const list = await get('/api/v1/documents?limit=5');
  assert.equal(list.items.length, 5);
  assert.equal(list.total, 41);
  assert.ok(list.items[0].id > list.items[4].id);
  const articleHit = (await get(`/api/v1/search?q=${encodeURIComponent('"12.106 trạm 5G"')}`)).items[0];
  const detail = await get(`/api/v1/documents/${articleHit.id}`);
  assert.equal(detail.document.kind, 'article');
  assert.equal(detail.children.length, 10);
  assert.ok(detail.facts.some((f: { kind: string }) => f.kind === 'person'));
  for (const f of detail.facts.filter((m: { kind: string }) => m.kind !== 'topic')) {
    const field = detail.fields.find((x: { field: string; index: number }) => x.field === f.field && x.index === f.index);
    assert.equal(field.text.slice(f.start, f.end), f.text, 'offsets point into the fields as served');
  }
  assert.ok(detail.observations.some((o: { indicator: string; value: number }) => o.indicator === '5g_stations' && o.value === 12106));
  assert.ok(detail.cites.includes('57-NQ/TW'));
  const facts = await get(`/api/v1/facts?documentId=${articleHit.id}&kind=quantity&limit=2`);
  assert.equal(facts.items.length, 2);
  assert.ok(facts.nextCursor);
});

test('entities: search by name without diacritics, detail with co-occurring entities and citations', async () => {
  const found = await get('/api/v1/entities?q=to%20lam');
  assert.equal(found.items[0].name, 'Tô Lâm');
  const person = await get(`/api/v1/entities/${found.items[0].id}`);
  assert.ok(person.documents.length >= 1);
  assert.ok(person.cooccurring.length >= 1);
  const legal = await get(`/api/v1/entities?q=${encodeURIComponent('57-NQ/TW')}&kind=legalRef`);
  const resolution = await get(`/api/v1/entities/${legal.items[0].id}`);
  assert.ok(resolution.citedBy.length >= 5 && resolution.citedBy.length <= resolution.documentCount, JSON.stringify(resolution.citedBy.length));
});

test('programme: targets with status and series, indicators, observations, provinces, agencies', async () => {
  const programme = await get('/api/v1/programme');
  assert.equal(programme.programme.adoptedBy.document, '57-NQ/TW');
  const status = await get('/api/v1/programme/targets');
  const coverage = status.targets.find((a: { target: { id: string } }) => a.target.id === '5g_population_coverage_2025');
  assert.equal(coverage.status, 'achieved');
  assert.deepEqual(coverage.steps.map((p: { value: number }) => p.value), [26, 39.52, 90]);
  assert.ok(coverage.points.some((p: { stance: string; value: number }) => p.stance === 'target' && p.value === 90));
  assert.equal(coverage.evidenceCount, 7);
  assert.equal(coverage.evidence.length, 5, 'the dashboard carries the newest evidence only');
  const page = await get('/api/v1/programme/targets/5g_population_coverage_2025');
  assert.equal(page.evidence.length, 7);
  assert.ok(page.evidence.some((o: { origin: string; sentence: string }) => o.origin === 'extracted' && /26% dân số/.test(o.sentence)), 'evidence carries its sentence');
  assert.ok(status.conflicts.some((c: { scope: string }) => c.scope === 'agency:viettel'));
  const indicators = await get('/api/v1/programme/indicators');
  assert.ok(indicators.items.some((i: { id: string }) => i.id === '5g_stations'));
  const obs = await get('/api/v1/programme/observations?indicator=5g_population_coverage');
  assert.ok(obs.items.some((o: { origin: string; sentence: string }) => o.origin === 'extracted' && /26% dân số/.test(o.sentence)));
  const provinces = await get('/api/v1/provinces');
  assert.equal(provinces.items.length, 34);
  const hp = provinces.items.find((p: { name: string }) => p.name === 'Hải Phòng');
  assert.deepEqual(hp.mergedFrom.map((m: { name: string }) => m.name).sort(), ['Hải Dương', 'Hải Phòng']);
  assert.ok(hp.observations >= 1 && hp.mentions >= 1);
  const agencies = await get('/api/v1/agencies');
  assert.ok(Array.isArray(agencies.scorecards));
});

test('exports: documents as NDJSON and observations as CSV', async () => {
  const nd = await api.as(null, { method: 'GET', url: '/api/v1/export/documents.ndjson' });
  assert.equal(nd.statusCode, 200);
  const lines = nd.body.trim().split('\n');
  assert.equal(lines.length, 41);
  assert.ok(JSON.parse(lines[0]!).id);
  const csv = await api.as(null, { method: 'GET', url: '/api/v1/export/observations.csv' });
  assert.match(csv.headers['content-type'] as string, /^text\/csv/);
  assert.match(csv.body, /^\ufeffkey,origin,indicator/);
  assert.match(csv.body, /5g_stations,national,12106/);
});

test('the OpenAPI document describes every API route and the docs page is served', async () => {
  const doc = await get('/api/openapi.json');
  assert.equal(doc.openapi.slice(0, 2), '3.');
  for (const path of ['/api/v1/search', '/api/v1/documents/{id}', '/api/v1/programme/targets', '/api/v1/tasks/{key}/status', '/api/v1/reviews', '/api/v1/ingest', '/api/v1/audit', '/api/v1/auth/login']) {
    assert.ok(doc.paths[path], `${path} missing from OpenAPI`);
  }
  assert.ok(doc.paths['/api/v1/search'].get.parameters.some((p: { name: string }) => p.name === 'q'));
  const page = await api.as(null, { method: 'GET', url: '/api/docs' });
  assert.ok([200, 302].includes(page.statusCode));
});

test('one target by id, with its conflicts; an unknown id is 404', async () => {
  const one = await get('/api/v1/programme/targets/5g_population_coverage_2025');
  assert.equal(one.status, 'achieved');
  assert.ok(one.points.length >= 3);
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/programme/targets/none' })).statusCode, 404);
});

test('the app is served at / with client-side routes; a missing asset is a 404, not the page', async (t) => {
  const page = await api.as(null, { method: 'GET', url: '/programme' });
  if (page.statusCode === 503) {
    t.skip('web/dist is not built (npm run build; npm test builds it first)');
    return;
  }
  assert.equal(page.statusCode, 200);
  assert.match(page.headers['content-type'] as string, /text\/html/);
  assert.equal((await api.as(null, { method: 'GET', url: '/assets/nope-123.js' })).statusCode, 404);
});

test('entities without a name: the most mentioned; untitled documents get a label', async () => {
  const top = await get('/api/v1/entities?kind=person&limit=5');
  assert.ok(top.items.length >= 3);
  assert.ok(top.items.every((e: { kind: string }) => e.kind === 'person'));
  for (let i = 1; i < top.items.length; i++) assert.ok(top.items[i - 1].mentionCount >= top.items[i].mentionCount);
  const place = (await get(`/api/v1/entities?q=${encodeURIComponent('Điện Biên')}&kind=place`)).items[0];
  const detail = await get(`/api/v1/entities/${place.id}`);
  const brief = detail.documents.find((d: { title: string | null }) => d.title === null);
  assert.ok(brief, 'the Điện Biên briefs have no title');
  assert.match(brief.label, /Điện Biên/);
});
