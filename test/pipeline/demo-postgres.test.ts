// The demo on PostgreSQL answers as on SQLite: the demo's data load (seed documents, the programme
// pack, accounts) into a throw-away PostgreSQL database and into SQLite gives the same search hits,
// the same programme status (every target's status and figures) and the same task list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore as openRealStore, type Store } from '../../src/store/index.ts';
import { prepareDemo } from '../../src/pipeline/demo-data.ts';
import { prepareDemoTasks } from '../../src/pipeline/demo-tasks.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { programmeStatus } from '../../src/track/programme-status.ts';
import { postgresBackend } from '../store/backends.ts';

/** A fixed day, so that statuses do not depend on when the test runs. */
const TODAY = '2026-11-22';
const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;
const QUERIES = ['chuyển đổi số', 'khoa hoc cong nghe', '"đổi mới sáng tạo" Hà Nội'];

async function answers(store: Store) {
  const pack = loadPack(BUILTIN_PACK_DIR);
  await prepareDemo(store, pack, { password: 'mật-khẩu-thử-nghiệm' });
  // The demo's tasks too: proposed from its documents, accepted, completions confirmed.
  const demoTasks = await prepareDemoTasks(store, pack, TODAY);
  const searches = [];
  for (const q of QUERIES) {
    // Every hit (bm25 and ts_rank order by relevance differently, so the set is compared, each hit
    // with its title and whether it matched with its diacritics).
    const hits = await store.search(q, { limit: 500 });
    searches.push({ q, total: hits.length, hits: hits.map((h) => [h.id, h.title, h.exact]).sort((a, b) => Number(a[0]) - Number(b[0])) });
  }
  const status = programmeStatus(pack, await store.programme.observations(), TODAY);
  // Without the moments rows were written (the system clock, different in each run).
  const tasks = (await store.tasks.list()).map((t) => JSON.stringify(t, (_k, v: unknown) => (typeof v === 'string' && STAMP.test(v) ? '(moment)' : v))).sort();
  return { searches, targets: status.targets, tasks, demoTasks, documents: await store.countDocuments() };
}

test('the demo data on PostgreSQL: same searches, programme status and tasks as on SQLite', { skip: postgresBackend.skip }, async () => {
  const sqlite = await openRealStore(':memory:');
  const pg = await openRealStore(await postgresBackend.fresh());
  try {
    const [expected, actual] = [await answers(sqlite), await answers(pg)];
    assert.ok(expected.documents > 0 && expected.searches.every((s) => s.total > 0), 'the demo has hits for every query');
    assert.ok(expected.targets.length > 0, 'the demo has targets');
    assert.equal(actual.documents, expected.documents);
    assert.deepEqual(actual.searches, expected.searches);
    assert.deepEqual(
      actual.targets.map((t) => [t.target.id, t.status]),
      expected.targets.map((t) => [t.target.id, t.status]),
    );
    assert.deepEqual(actual.targets, expected.targets);
    assert.deepEqual(actual.tasks, expected.tasks);
    assert.deepEqual(actual.demoTasks, expected.demoTasks);
    assert.ok(expected.demoTasks.accepted.length > 0, 'the demo accepts tasks proposed from its documents');
  } finally {
    await sqlite.close();
    await pg.close();
  }
});
