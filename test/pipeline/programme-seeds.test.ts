// Issue 5 acceptance: the seeds ingested with the built-in pack give observations of the
// programme's indicators, each pointing at its sentence; the status table and conflicts follow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/index.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { reextract } from '../../src/pipeline/reextract.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { programmeStatus } from '../../src/track/programme-status.ts';
import { seriesSteps } from '../../src/track/series.ts';
import { fieldsOf } from '../../src/extract/facts.ts';
import type { Observation } from '../../src/track/observation.ts';
import { SEED_DIR } from '../helpers.ts';

const pack = loadPack(BUILTIN_PACK_DIR);

async function seeded(): Promise<Store> {
  const store = await openStore(':memory:');
  await ingestPaths([SEED_DIR], store);
  await syncProgramme(store, pack, { actor: 'test' });
  return store;
}

/** The text an extracted observation points at, read back from the stored document. */
async function pointedText(store: Store, o: Observation): Promise<{ span: string; paragraph: string }> {
  const doc = (await store.getDocument(o.documentId!))!;
  const field = fieldsOf(doc).find((f) => f.field === o.field && f.index === o.index)!;
  return { span: field.text.slice(o.start!, o.end!), paragraph: field.text };
}

async function extracted(store: Store, indicator: string): Promise<Observation[]> {
  return (await store.programme.observations({ indicator })).filter((o) => o.origin === 'extracted');
}

test('every figure the issue names is an observation pointing at its sentence', async () => {
  const store = await seeded();
  const expected: [string, number, string | null, Observation['stance'], string][] = [
    ['5g_stations', 12_106, '2025-07-02', 'reported', 'national'],
    ['5g_population_coverage', 26, '2025-07-02', 'reported', 'national'],
    ['5g_population_coverage', 90, '2025-12-31', 'target', 'national'],
    ['digital_tech_firms', 73_000, '2025-07-02', 'reported', 'national'],
    ['st_firms', 858, '2025-07-02', 'reported', 'national'],
    ['hightech_firms', 45, '2025-07-02', 'reported', 'national'],
    // A stated need is a reported measure of demand, not a goal (the pack's indicator says so).
    ['it_workforce_demand', 700_000, '2025', 'reported', 'national'],
    ['it_workforce_supply', 500_000, '2025', 'reported', 'national'],
    ['digital_economy_share', 35, '2025', 'target', 'province:Hải Phòng'],
  ];
  for (const [indicator, value, asOf, stance, scope] of expected) {
    const found = (await extracted(store, indicator)).filter((o) => o.value === value);
    assert.equal(found.length, 1, `${indicator} ${value}: ${JSON.stringify((await extracted(store, indicator)).map((o) => o.value))}`);
    const o = found[0]!;
    assert.deepEqual([o.asOf, o.stance, o.scope], [asOf, stance, scope], indicator);
    const { span, paragraph } = await pointedText(store, o);
    assert.equal(span, o.factText, `${indicator}: the offsets give the fact's text`);
    assert.ok(paragraph.includes(o.sentence!), `${indicator}: the sentence is in the paragraph`);
    assert.ok(o.sentence!.includes(o.factText!), `${indicator}: the fact is in its sentence`);
    assert.match(o.extractorVersion!, /^quantities@/);
  }
  await store.close();
});

test('status: 5G coverage 26 % → 39,52 % → about 90 %, achieved; Viettel\'s two counts conflict', async () => {
  const store = await seeded();
  const status = programmeStatus(pack, await store.programme.observations(), '2026-11-22');
  const coverage = status.targets.find((a) => a.target.id === '5g_population_coverage_2025')!;
  assert.deepEqual(seriesSteps(coverage.series).map((o) => o.value), [26, 39.52, 90]);
  assert.equal(coverage.status, 'achieved');
  assert.ok(coverage.evidence.some((o) => o.origin === 'extracted' && o.stance === 'target' && o.value === 90));
  // In August 2025 only the 26 % values (May to July) existed: a flat line, far from 90 % by the deadline.
  const before = programmeStatus(pack, (await store.programme.observations()).filter((o) => o.asOf !== null && o.asOf <= '2025-07-31'), '2025-08-01');
  const then = before.targets.find((a) => a.target.id === '5g_population_coverage_2025')!;
  assert.equal(then.status, 'off_track', then.reason);
  assert.ok(Math.abs(then.trend!.projected - 26) < 1);

  const viettel = status.conflicts.filter((c) => c.scope === 'agency:viettel');
  assert.equal(viettel.length, 1);
  assert.deepEqual([viettel[0]!.a.value, viettel[0]!.b.value], [20_758, 22_758]);
  assert.ok(status.statedTargets.some((o) => o.scope === 'province:Hải Phòng' && o.value === 35));
  await store.close();
});

test('linking is incremental and idempotent; re-extraction relinks without losing reviews', async () => {
  const store = await seeded();
  const again = await syncProgramme(store, pack, { actor: 'test' });
  assert.deepEqual(again, { packLoaded: false, linkedDocuments: 0, observations: 0 });
  const before = (await store.programme.observations()).map((o) => o.key).sort();

  const [stations] = await extracted(store, '5g_stations');
  await store.reviews.add({ kind: 'observation', key: stations!.key, verdict: 'confirmed' }, 'reviewer');
  await reextract(store, { all: true, version: 'test-next' });
  const relinked = await syncProgramme(store, pack, { actor: 'test' });
  assert.equal(relinked.linkedDocuments, await store.countDocuments(), 'new facts: every document is linked again');
  assert.deepEqual((await store.programme.observations()).map((o) => o.key).sort(), before, 'the same keys come back');
  assert.equal((await store.programme.observation(stations!.key))?.review?.verdict, 'confirmed');
  await store.close();
});

test('loading a different pack replaces its observations and relinks, audited once', async (t) => {
  const store = await seeded();
  const audits = await store.audit.list({ target: 'programme:' });
  assert.equal(audits.length, 1);
  assert.equal(audits[0]!.action, 'programme.load');
  const changed = { ...pack, hash: 'f'.repeat(64), observations: pack.observations.slice(0, 3) };
  const summary = await syncProgramme(store, changed, { actor: 'someone-else' });
  assert.equal(summary.packLoaded, true);
  assert.equal(summary.linkedDocuments, await store.countDocuments());
  assert.equal((await store.programme.observations()).filter((o) => o.origin === 'pack').length, 3);
  const [latest] = await store.audit.list({ target: 'programme:' });
  assert.deepEqual([latest?.actor, (latest?.before as { hash: string }).hash], ['someone-else', pack.hash]);
  t.after(() => store.close());
});
