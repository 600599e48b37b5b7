// Review without loss, and an audit log nothing can rewrite.
import { backendStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { programmeStatus } from '../../src/track/programme-status.ts';
import { SEED_DIR } from '../helpers.ts';

const pack = loadPack(BUILTIN_PACK_DIR);

async function seeded() {
  let tick = 0;
  const { exec, store } = await backendStore({ now: () => `2026-01-01T00:00:${String(tick++ % 60).padStart(2, '0')}.000Z` });
  await ingestPaths([SEED_DIR], store);
  await syncProgramme(store, pack, { actor: 'loader' });
  return { exec, store };
}

const stationsKey = async (store: Awaited<ReturnType<typeof seeded>>['store']) =>
  (await store.programme.observations({ indicator: '5g_stations' })).find((o) => o.origin === 'extracted')!.key;

test('a correction is applied on reading; the stored extraction stays as it was', async () => {
  const { exec, store } = await seeded();
  const key = await stationsKey(store);
  const rowBefore = await exec.first(exec.db.selectFrom('observations').selectAll().where('obs_key', '=', key));
  const review = await store.reviews.add({ kind: 'observation', key, verdict: 'corrected', correction: { value: 12_160 }, note: 'typo in the source' }, 'an');
  assert.equal(review.original.value, 12_106, 'the review keeps the original');
  assert.match(review.originalVersion!, /^quantities@/);
  const seen = (await store.programme.observation(key))!;
  assert.equal(seen.value, 12_160);
  assert.deepEqual(seen.review?.original, { value: 12_106 });
  assert.equal(seen.review?.reviewer, 'an');
  assert.deepEqual(await exec.first(exec.db.selectFrom('observations').selectAll().where('obs_key', '=', key)), rowBefore, 'row untouched');

  // A later review supersedes the earlier one; both stay in the history.
  await store.reviews.add({ kind: 'observation', key, verdict: 'confirmed', note: 'checked the source again' }, 'binh');
  assert.equal((await store.programme.observation(key))!.value, 12_106);
  assert.deepEqual((await store.reviews.history('observation', key)).map((r) => r.verdict), ['corrected', 'confirmed']);
  await store.close();
});

test('a rejected observation leaves the series and the status, but is still listed on request', async () => {
  const { store } = await seeded();
  const latest = (await store.programme.observations({ indicator: '5g_population_coverage' })).filter((o) => o.stance === 'reported').at(-1)!;
  assert.equal(latest.value, 90);
  await store.reviews.add({ kind: 'observation', key: latest.key, verdict: 'rejected', note: 'estimate, not a measurement' }, 'an');
  const status = programmeStatus(pack, await store.programme.observations(), '2026-11-22');
  const coverage = status.targets.find((a) => a.target.id === '5g_population_coverage_2025')!;
  assert.equal(coverage.latest?.value, 39.52);
  assert.equal(coverage.status, 'off_track');
  assert.ok((await store.programme.observations({ indicator: '5g_population_coverage', withRejected: true })).some((o) => o.key === latest.key));
  await store.close();
});

test('facts and entity links can be reviewed too; bad reviews are refused with a reason', async () => {
  const { store } = await seeded();
  const person = (await store.listMentions({ kind: 'person', limit: 1 }))[0]!;
  assert.equal(person.kind, 'person');
  const key = `${person.documentId}:${person.field}:${person.index}:${person.start}-${person.end}:person`;
  const fact = await store.reviews.add({ kind: 'fact', key, verdict: 'corrected', correction: { title: 'Tổng Bí thư' } }, 'an');
  assert.equal(fact.original.text, person.text);
  const link = await store.reviews.add({ kind: 'link', key, verdict: 'confirmed' }, 'an');
  assert.ok(typeof link.original.entity === 'string');
  const unchanged = (await store.listMentions({ kind: 'person', limit: 1 }))[0]!;
  assert.ok(unchanged.kind === 'person' && unchanged.text === person.text && unchanged.title === person.title, 'the mention is unchanged');

  await assert.rejects(() => store.reviews.add({ kind: 'fact', key: 'nonsense', verdict: 'confirmed' }, 'an'), /not a fact key/);
  await assert.rejects(() => store.reviews.add({ kind: 'fact', key, verdict: 'corrected', correction: { start: 0 } }, 'an'), /cannot move a fact/);
  const obsKey = await stationsKey(store);
  await assert.rejects(() => store.reviews.add({ kind: 'observation', key: obsKey, verdict: 'corrected', correction: { value: 'many' } }, 'an'), /correction\.value/);
  await assert.rejects(() => store.reviews.add({ kind: 'observation', key: obsKey, verdict: 'corrected', correction: {} }, 'an'), /at least one field/);
  await assert.rejects(() => store.reviews.add({ kind: 'observation', key: 'x:0:none', verdict: 'rejected' }, 'an'), /no observation/);
  await assert.rejects(() => store.reviews.add({ kind: 'observation', key: obsKey, verdict: 'confirmed' }, '  '), /reviewer/);
  await store.close();
});

test('every review is audited with before and after; the log cannot be edited or deleted', async () => {
  const { exec, store } = await seeded();
  const key = await stationsKey(store);
  await store.reviews.add({ kind: 'observation', key, verdict: 'confirmed' }, 'an');
  await store.reviews.add({ kind: 'observation', key, verdict: 'rejected', note: 'duplicate' }, 'binh');
  const entries = await store.audit.list({ target: `observation:${key}` });
  assert.deepEqual(entries.map((e) => [e.actor, e.action]), [
    ['binh', 'review.reject'],
    ['an', 'review.confirm'],
  ]);
  assert.deepEqual(entries[0]!.before, { verdict: 'confirmed', correction: null });
  assert.deepEqual(entries[0]!.after, { verdict: 'rejected', correction: null, note: 'duplicate' });
  assert.ok(entries[0]!.id > entries[1]!.id);

  const count = async () => (await exec.all(exec.db.selectFrom('audit_log').select('id'))).length;
  const n = await count();
  await assert.rejects(() => exec.run(sql`UPDATE audit_log SET actor = 'mallory'`.compile(exec.db)), /append-only/);
  await assert.rejects(() => exec.run(sql`DELETE FROM audit_log`.compile(exec.db)), /append-only/);
  assert.equal(await count(), n);
  assert.equal((await store.audit.list({ actor: 'mallory' })).length, 0);
  assert.ok(!('update' in store.audit) && !('delete' in store.audit), 'the API offers append and list only');
  await store.close();
});
