// Issue 10, item 15: where a document came from is a file name for readers (anonymous, viewers,
// reporters) and the full server path only for editors and admins, in every read: the document,
// the observations' sources, the dashboard, the exports. A server's folders are nobody else's
// business (they name users, mounts, deleted upload folders).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';
import { SEED_DIR } from '../helpers.ts';

const api = await startApi();
after(() => api.close());

const article = (await api.store.search('"12.106 trạm 5G"', { limit: 1 }))[0]!.id;
const person = (await api.store.findEntities('Tô Lâm'))[0]!.id;
const READS = [
  `/api/v1/documents/${article}`,
  '/api/v1/documents?limit=200',
  '/api/v1/search?q=chuyen%20doi%20so&limit=50',
  '/api/v1/programme/targets',
  '/api/v1/programme/targets/5g_population_coverage_2025',
  '/api/v1/programme/observations?limit=500',
  '/api/v1/programme/observations?limit=500&all=true',
  '/api/v1/export/documents.ndjson',
  '/api/v1/export/observations.csv',
  `/api/v1/entities/${person}`,
  '/api/v1/facts?limit=200',
  '/api/v1/reviews/queue?limit=200',
];

test('readers see file names, never the server\'s folders', async () => {
  for (const who of [null, 'viewer', 'dienbien'] as const) {
    for (const url of READS) {
      if (url.includes('reviews/queue') && who !== 'dienbien') continue;
      const res = await api.as(who, { method: 'GET', url });
      assert.equal(res.statusCode, 200, `${who} ${url}: ${res.body.slice(0, 200)}`);
      assert.match(String(res.headers['content-type']), /^(application\/json|application\/x-ndjson|text\/csv)/, `${who} ${url}`);
      assert.ok(!res.body.includes(SEED_DIR), `${who ?? 'anonymous'} ${url} shows ${SEED_DIR}`);
    }
  }
  const doc = (await api.as(null, { method: 'GET', url: `/api/v1/documents/${article}` })).json();
  assert.equal(doc.document.source, '002_00bf98e39be64d58.txt');
  assert.ok(doc.observations.every((o: { sources: string[] }) => o.sources.every((s) => !s.includes('/') || /^https?:\/\//.test(s))));
});

test('editors and admins see the full path', async () => {
  for (const who of ['editor', 'admin'] as const) {
    const doc = (await api.as(who, { method: 'GET', url: `/api/v1/documents/${article}` })).json();
    assert.equal(doc.document.source, `${SEED_DIR}/002_00bf98e39be64d58.txt`);
    const target = (await api.as(who, { method: 'GET', url: '/api/v1/programme/targets/5g_population_coverage_2025' })).json();
    assert.ok(target.evidence.some((o: { sources: string[] }) => o.sources.some((s) => s.startsWith(SEED_DIR))), who);
    const nd = await api.as(who, { method: 'GET', url: '/api/v1/export/documents.ndjson' });
    assert.ok(nd.body.includes(SEED_DIR), who);
  }
  // A cached answer for an editor is not served to a reader afterwards, nor the other way round.
  const forReader = await api.as(null, { method: 'GET', url: '/api/v1/programme/targets' });
  assert.ok(!forReader.body.includes(SEED_DIR));
  const forEditor = await api.as('editor', { method: 'GET', url: '/api/v1/programme/targets' });
  assert.notEqual(forEditor.headers.etag, forReader.headers.etag, 'different bodies, different ETags');
});
