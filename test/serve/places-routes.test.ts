// The routes behind the app's overview, map, province and agency pages, over the built-in pack with a
// few provincial figures added: values land on the map of their date, ranks, a province's page, the week.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { openStore, type Store } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { createContext } from '../../src/serve/http/context.ts';
import { buildServer } from '../../src/serve/http/server.ts';
import { ANONYMOUS_READ } from '../../src/store/accounts.ts';
import type { PackObservation } from '../../src/programme/schema.ts';

const TODAY = '2025-11-05';
let app: FastifyInstance;
let store: Store;

const row = (scope: string, asOf: string, value: number): PackObservation =>
  ({ indicator: 'online_dossiers_share', scope, value, qualifier: 'exact', stance: 'reported', asOf, sources: ['https://example.org/bao-cao'] }) as PackObservation;

before(async () => {
  const base = loadPack(BUILTIN_PACK_DIR);
  const pack = {
    ...base,
    hash: `${base.hash}-places-test`,
    observations: [...base.observations, row('province:Điện Biên', '2025-10-31', 55), row('province:Hà Nội', '2025-11-01', 80), row('province:Hải Dương', '2024-12-31', 50), row('province:Hải Phòng', '2024-12-31', 60)],
  };
  store = await openStore(':memory:');
  await syncProgramme(store, pack, { actor: 'test' });
  await store.accounts.setSetting(ANONYMOUS_READ, true, 'test');
  await store.tasks.add({ key: 'DB-01', title: 'Số hóa hồ sơ Điện Biên', setBy: '03-TB/BCĐTW', agency: 'dien-bien', deadline: '2025-10-01' }, 'test');
  await store.tasks.add({ key: 'DB-02', title: 'Bình dân học vụ số Điện Biên', setBy: '03-TB/BCĐTW', agency: 'dien-bien', deadline: '2025-11-10' }, 'test');
  app = await buildServer(createContext(store, pack, { today: () => TODAY }));
});

after(async () => {
  await app?.close();
  await store?.close();
});

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> & { items?: Record<string, unknown>[] } };
};

test('the map\'s figures: units after 1 July 2025, former provinces before, each ranked in its own view', async () => {
  const { status, body } = await get('/api/v1/provinces/figures?indicator=online_dossiers_share');
  assert.equal(status, 200);
  const by = new Map(body.items!.map((f) => [f.province, f]));
  assert.deepEqual([by.get('ha-noi')?.view, by.get('ha-noi')?.rank], ['units34', 1]);
  assert.deepEqual([by.get('dien-bien')?.view, by.get('dien-bien')?.rank], ['units34', 2]);
  assert.deepEqual([by.get('old-hai-phong')?.rank, by.get('old-hai-duong')?.rank], [1, 2]);
  assert.equal(by.get('old-hai-duong')?.unit, 'hai-phong');
  assert.ok((body.indicators as { id: string }[]).some((i) => i.id === 'online_dossiers_share'));
  assert.equal((await get('/api/v1/provinces/figures?indicator=no_such')).status, 404);
});

test('a province\'s page: its rank, its figures, its tasks with the headline measures', async () => {
  const { status, body } = await get('/api/v1/provinces/dien-bien');
  assert.equal(status, 200);
  const ranks = body.ranks as { indicator: { id: string }; rank: number; of: number }[];
  assert.deepEqual(ranks.map((r) => [r.indicator.id, r.rank, r.of]), [['online_dossiers_share', 2, 2]]);
  assert.equal((body.figures as { value: number }[])[0]!.value, 55);
  assert.deepEqual((body.tasks as { key: string }[]).map((t) => t.key), ['DB-01', 'DB-02']);
  const card = body.scorecard as { due: number; shareDueDone: number; shareOverdue: number };
  assert.deepEqual([card.due, card.shareDueDone, card.shareOverdue], [1, 0, 1]);
  // Hải Phòng ranks by its former provinces' figures, each in the 63-province view.
  const hp = (await get('/api/v1/provinces/hai-phong')).body.ranks as { figure: { province: string }; rank: number }[];
  assert.deepEqual(hp.map((r) => [r.figure.province, r.rank]).sort(), [['old-hai-duong', 2], ['old-hai-phong', 1]]);
  assert.equal((await get('/api/v1/provinces/old-hai-duong')).status, 404);
  assert.equal((await get('/api/v1/agencies/nowhere')).status, 404);
});

test('the week: figures dated in it, tasks overdue and due soon', async () => {
  const { body } = await get('/api/v1/overview?days=7');
  assert.equal(body.since, '2025-10-29');
  const fresh = (body.newFigures as { scope: string }[]).map((o) => o.scope);
  assert.ok(fresh.includes('province:Hà Nội') && fresh.includes('province:Điện Biên'), fresh.join());
  assert.ok(!fresh.includes('province:Hải Dương'));
  assert.deepEqual((body.tasksOverdue as { key: string }[]).map((t) => t.key), ['DB-01']);
  assert.deepEqual((body.tasksDueSoon as { key: string }[]).map((t) => t.key), ['DB-02']);
});
