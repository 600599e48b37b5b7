// The demo's tasks: proposed from the sample texts, accepted during set-up, completions confirmed
// when the fulfilling text cites the assigning resolution; the Điện Biên reporter has tasks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStore } from '../../src/store/store.ts';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import { sqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { prepareDemo } from '../../src/pipeline/demo-data.ts';
import { prepareDemoTasks } from '../../src/pipeline/demo-tasks.ts';
import { syncTasks } from '../../src/pipeline/task-proposals.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { assessTask } from '../../src/track/tasks/timeliness.ts';
import { agencyScorecards, agencyNames } from '../../src/track/tasks/scorecards.ts';

const TODAY = '2026-01-15';

test('the demo set-up accepts the tasks its documents assign and confirms the cited completions', async () => {
  const store = await createStore(openSqlite(':memory:'), sqliteDialect, () => `${TODAY}T02:00:00.000Z`);
  try {
    const pack = loadPack(BUILTIN_PACK_DIR);
    await prepareDemo(store, pack, { password: 'mat-khau-demo-1' });
    const summary = await prepareDemoTasks(store, pack, TODAY);
    assert.equal(summary.documents, 4);
    assert.equal(summary.accepted.length, 7);
    assert.equal(summary.confirmed.length, 2, 'the decree and the Điện Biên plan cite the resolution');
    assert.equal(summary.proposedCompletions, 1, 'the circular does not: it waits for an editor');
    assert.ok(summary.waiting >= 1, 'a proposal without a deadline waits');

    const tasks = await store.tasks.list();
    assert.ok(tasks.every((t) => t.provenance !== null && t.setBy === '901/NQ-CP' && t.level === 'central'));
    const dienBien = tasks.filter((t) => t.agency === 'dien-bien');
    assert.equal(dienBien.length, 2);
    const plan = dienBien.find((t) => t.product === 'ke_hoach')!;
    assert.equal(assessTask(plan, TODAY).timeliness, 'dung_han');
    const cards = agencyScorecards(tasks, agencyNames(pack), TODAY);
    assert.ok(cards.some((c) => c.agency === 'dien-bien' && c.tasks === 2));

    // Running the set-up's sync again changes nothing.
    const before = (await store.audit.list({ limit: 1 }))[0]!.id;
    assert.deepEqual(await syncTasks(store, pack, 'demo'), { proposed: 0, withdrawn: 0, completions: 0 });
    assert.equal((await store.audit.list({ limit: 1 }))[0]!.id, before);
  } finally {
    await store.close();
  }
});
