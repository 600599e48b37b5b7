// Alerts over HTTP: authentication before anything, each user's own rows only, an Atom feed that the
// project's feed reader parses back and that stops working once revoked, and attention over time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApi, type Api } from './api-fixture.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { runAlerts } from '../../src/pipeline/alerts/run.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { parseFeed } from '../../src/sources/feeds.ts';
import { tempDir } from '../helpers.ts';

let api: Api;
before(async () => {
  api = await startApi();
});
after(() => api.close());

const json = (body: unknown) => ({ payload: body as Record<string, unknown> });

test('alert routes identify the caller before validating anything', async () => {
  for (const [method, url] of [
    ['POST', '/api/v1/alerts/searches'],
    ['POST', '/api/v1/alerts/watchlists'],
    ['PUT', '/api/v1/alerts/settings'],
    ['POST', '/api/v1/alerts/webhooks'],
    ['POST', '/api/v1/alerts/feeds'],
    ['DELETE', '/api/v1/alerts/feeds/1'],
    ['POST', '/api/v1/alerts/inbox/read'],
    ['GET', '/api/v1/alerts/inbox'],
  ] as const) {
    const res = await api.as(null, { method, url, payload: { nonsense: true } });
    assert.equal(res.statusCode, 401, `${method} ${url}`);
  }
});

test('a user sees and changes only their own saved searches and watchlists', async () => {
  const made = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/searches', ...json({ name: 'Chuyển đổi số', query: 'chuyển đổi số' }) });
  assert.equal(made.statusCode, 201, made.body);
  const search = made.json() as { id: number };
  const list = await api.as('editor', { method: 'GET', url: '/api/v1/alerts/searches' });
  assert.deepEqual((list.json() as { items: unknown[] }).items, []);
  const stolen = await api.as('editor', { method: 'DELETE', url: `/api/v1/alerts/searches/${search.id}` });
  assert.equal(stolen.statusCode, 404);
  const feed = await api.as('editor', { method: 'POST', url: '/api/v1/alerts/feeds', ...json({ subject: `search:${search.id}` }) });
  assert.equal(feed.statusCode, 404, 'no feed of somebody else’s search');

  const watch = await api.as('editor', { method: 'POST', url: '/api/v1/alerts/watchlists', ...json({ name: 'Điện Biên', items: [{ kind: 'province', ref: 'Điện Biên' }] }) });
  assert.equal(watch.statusCode, 201, watch.body);
  const w = watch.json() as { id: number };
  const other = await api.as('viewer', { method: 'PUT', url: `/api/v1/alerts/watchlists/${w.id}/items`, ...json({ items: [] }) });
  assert.equal(other.statusCode, 404);
  const bad = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/watchlists', ...json({ name: 'x', items: [{ kind: 'planet', ref: 'Mars' }] }) });
  assert.equal(bad.statusCode, 400);
  const named = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/watchlists', ...json({ name: 'Lãnh đạo', items: [{ kind: 'entity', ref: 'to lam' }] }) });
  assert.equal(named.statusCode, 201, named.body);
  const item = (named.json() as { items: { ref: string; label: string }[] }).items[0]!;
  assert.match(item.ref, /^\d+$/);
  assert.equal(item.label, 'Tô Lâm');
  const nobody = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/watchlists', ...json({ name: 'x', items: [{ kind: 'entity', ref: 'Không Ai Cả' }] }) });
  assert.equal(nobody.statusCode, 400);
  const empty = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/searches', ...json({ name: 'rỗng', query: '  ' }) });
  assert.equal(empty.statusCode, 400);
  const hook = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/webhooks', ...json({ url: 'file:///etc/passwd' }) });
  assert.equal(hook.statusCode, 400);
});

test('an Atom feed of a saved search parses back with the project’s feed reader, and a revoked token is refused', async (t) => {
  const pack = loadPack(BUILTIN_PACK_DIR);
  const made = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/searches', ...json({ name: 'Vệ tinh', query: 'vệ tinh quan sát' }) });
  const search = made.json() as { id: number };
  await runAlerts(api.store, pack, { now: new Date('2026-11-22T02:00:00Z') });

  const dir = tempDir(t);
  writeFileSync(join(dir, 've-tinh.txt'), 'Phóng thành công vệ tinh quan sát Trái Đất <thứ hai> & "mới"\nNgày 20/11/2026, vệ tinh quan sát Trái Đất do kỹ sư Việt Nam chế tạo đã được phóng thành công.\n');
  await ingestPaths([dir], api.store);
  const run = await runAlerts(api.store, pack, { now: new Date('2026-11-22T03:00:00Z') });
  assert.ok(run.events.some((e) => e.kind === 'document_search' && e.topics.includes(`search:${search.id}`)), JSON.stringify(run.events.map((e) => e.key)));

  const created = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/feeds', ...json({ subject: `search:${search.id}` }) });
  assert.equal(created.statusCode, 201, created.body);
  const { id, url } = created.json() as { id: number; url: string };
  const path = new URL(url).pathname;
  const res = await api.as(null, { method: 'GET', url: path });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /application\/atom\+xml/);
  const feed = parseFeed(res.body, url);
  assert.deepEqual(feed.problems, []);
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Radar 57 — tìm kiếm "Vệ tinh"');
  assert.equal(feed.entries.length, 1);
  assert.match(feed.entries[0]!.title ?? '', /Phóng thành công vệ tinh quan sát Trái Đất <thứ hai> & "mới"/);
  assert.match(feed.entries[0]!.url, /\/documents\/\d+$/);
  assert.ok(feed.entries[0]!.published, 'dated');

  const inbox = await api.as('viewer', { method: 'GET', url: '/api/v1/alerts/inbox' });
  const entries = (inbox.json() as { items: { deliveryId: number; event: { kind: string } }[]; unread: number });
  assert.equal(entries.unread, 1);
  const read = await api.as('viewer', { method: 'POST', url: '/api/v1/alerts/inbox/read', ...json({ ids: entries.items.map((i) => i.deliveryId) }) });
  assert.deepEqual(read.json(), { marked: 1 });
  const notYours = await api.as('editor', { method: 'DELETE', url: `/api/v1/alerts/feeds/${id}` });
  assert.equal(notYours.statusCode, 404);
  const revoked = await api.as('viewer', { method: 'DELETE', url: `/api/v1/alerts/feeds/${id}` });
  assert.deepEqual(revoked.json(), { revoked: true });
  const refused = await api.as(null, { method: 'GET', url: path });
  assert.equal(refused.statusCode, 404);
  const guessed = await api.as(null, { method: 'GET', url: '/api/v1/feeds/r57f_guess' });
  assert.equal(guessed.statusCode, 404);
});

test('attention: matching documents per month as a share of all, for two queries', async () => {
  const res = await api.as('viewer', { method: 'GET', url: `/api/v1/attention?q=${encodeURIComponent('chuyển đổi số')}&q=5G&interval=month` });
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json() as { periods: string[]; series: { query: string; group: string | null; points: { period: string; matches: number; total: number; share: number }[] }[] };
  assert.deepEqual(body.series.map((s) => s.query), ['chuyển đổi số', '5G']);
  for (const s of body.series) {
    assert.equal(s.points.length, body.periods.length);
    for (const p of s.points) {
      assert.ok(p.matches <= p.total);
      assert.equal(p.share, p.total === 0 ? 0 : p.matches / p.total);
    }
    assert.ok(s.points.some((p) => p.matches > 0), `${s.query} matches something`);
  }
  const tooMany = await api.as('viewer', { method: 'GET', url: '/api/v1/attention?q=a&q=b&q=c&q=d' });
  assert.equal(tooMany.statusCode, 400);
});
