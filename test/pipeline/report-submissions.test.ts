// An accepted submission is a figure of the report as it is of the dashboard: both read the
// programme's observations with the accepted submissions, from one place in the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { readReport } from '../../src/pipeline/report.ts';
import { reportPeriod } from '../../src/track/report/period.ts';
import { reportScope } from '../../src/track/report/scope.ts';

test('the report counts an accepted submission as the latest value of its target', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const pack = loadPack(BUILTIN_PACK_DIR);
  const target = pack.targets.find((x) => x.scope === 'national' && x.value !== null && x.indicator !== undefined)!;
  assert.ok(target, 'the built-in pack has a national target with a value');
  const request = { period: reportPeriod('2025-H1'), scope: reportScope(pack, 'national'), today: '2026-11-22' };
  const without = (await readReport(store, pack, request)).targets.find((r) => r.id === target.id);
  assert.equal(without?.latest, null);
  const s = await store.submissions.create({ indicator: target.indicator!, scope: 'national', agency: 'bo-khcn', period: '2025-H1', asOf: '2025-06-30', value: 12.5, evidence: 'https://example.org/bao-cao' }, 'bokhcn');
  await store.submissions.decide(s.id, { action: 'accept' }, 'bientap');
  const row = (await readReport(store, pack, request)).targets.find((r) => r.id === target.id);
  assert.deepEqual([row?.latest?.value, row?.latest?.asOf], [12.5, '2025-06-30']);
});
