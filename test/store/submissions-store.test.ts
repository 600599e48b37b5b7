// The submissions store: the order of steps, reasons required, the audit entry of each step, and
// accepted figures as observations of their own origin.
import { openStore, test } from './backends.ts';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SubmissionError } from '../../src/store/tracking/submissions.ts';
import { tempDir } from '../helpers.ts';
import { findConflicts } from '../../src/track/conflicts.ts';
import { obs } from '../track/observation-fixture.ts';

const figure = { indicator: '5g_stations', scope: 'province:Điện Biên', agency: 'dien-bien', period: '2025-Q3', asOf: '2025-09-30', value: 120 };

test('steps follow their order; each is an event and an audit entry', async (t) => {
  const store = await openStore(join(tempDir(t), 's.db'));
  t.after(() => store.close());
  const draft = await store.submissions.create({ ...figure, submit: false }, 'dienbien');
  assert.equal(draft.status, 'chua_gui');
  await assert.rejects(() => store.submissions.decide(draft.id, { action: 'accept' }, 'bientap'), (e: unknown) => e instanceof SubmissionError && e.code === 'conflict');
  assert.equal((await store.submissions.submit(draft.id, 'dienbien')).status, 'cho_duyet');
  await assert.rejects(() => store.submissions.submit(draft.id, 'dienbien'), SubmissionError);
  await assert.rejects(() => store.submissions.decide(draft.id, { action: 'reject', reason: '  ' }, 'bientap'), /lý do/);
  await assert.rejects(() => store.submissions.answer(draft.id, 'chưa ai hỏi', 'dienbien'), SubmissionError);
  assert.equal((await store.submissions.decide(draft.id, { action: 'reject', reason: 'sai kỳ' }, 'bientap')).status, 'tu_choi');
  await assert.rejects(() => store.submissions.resubmit(draft.id, { value: 130, valueMax: 100 }, 'dienbien'), /khoảng/);
  assert.equal((await store.submissions.get(draft.id))?.status, 'tu_choi', 'a refused step changes nothing');
  const again = await store.submissions.resubmit(draft.id, { value: 130 }, 'dienbien');
  assert.deepEqual([again.status, again.value], ['cho_duyet', 130]);
  const accepted = await store.submissions.decide(draft.id, { action: 'accept' }, 'bientap');
  assert.equal(accepted.decidedBy, 'bientap');
  assert.deepEqual(accepted.events.map((e) => [e.action, e.actor]), [['draft', 'dienbien'], ['submit', 'dienbien'], ['reject', 'bientap'], ['resubmit', 'dienbien'], ['accept', 'bientap']]);
  const audit = await store.audit.list({ target: `submission:${draft.id}` });
  assert.equal(audit.length, 5);
  const reject = audit.find((a) => a.action === 'submission.reject')!;
  assert.equal((reject.before as { status: string }).status, 'cho_duyet');
  assert.equal((reject.after as { status: string; reason: string }).reason, 'sai kỳ');
  await assert.rejects(async () => await store.submissions.get(999) ?? await store.submissions.submit(999, 'x'), (e: unknown) => e instanceof SubmissionError && e.code === 'not_found');
});

test('accepted figures are observations of origin submitted; others are not', async (t) => {
  const store = await openStore(join(tempDir(t), 's.db'));
  t.after(() => store.close());
  const versionBefore = await store.dataVersion();
  const a = await store.submissions.create({ ...figure, evidence: 'https://example.org/bc' }, 'dienbien');
  assert.notEqual(await store.dataVersion(), versionBefore, 'a submission changes the data version (caches refresh)');
  await store.submissions.create({ ...figure, value: 1 }, 'dienbien');
  await store.submissions.decide(a.id, { action: 'accept' }, 'bientap');
  const [o, ...rest] = await store.submissions.acceptedObservations();
  assert.equal(rest.length, 0);
  assert.deepEqual([o?.origin, o?.key, o?.indicator, o?.scope, o?.value, o?.asOf, o?.stance], ['submitted', `s:${a.id}`, '5g_stations', 'province:Điện Biên', 120, '2025-09-30', 'reported']);
  assert.deepEqual(o?.sources, ['https://example.org/bc']);
  assert.deepEqual(await store.submissions.list({ agencies: ['ha-noi'] }), []);
  assert.equal((await store.submissions.list({ status: 'cho_duyet' })).length, 1);
});

test('an accepted figure that disagrees with a news figure of the same days is flagged as a conflict', async (t) => {
  const store = await openStore(join(tempDir(t), 's.db'));
  t.after(() => store.close());
  const s = await store.submissions.create(figure, 'dienbien');
  await store.submissions.decide(s.id, { action: 'accept' }, 'bientap');
  const news = obs(300, '2025-09-28', { key: 'x:1:body:0:0-3:5g_stations', origin: 'extracted', indicator: '5g_stations', scope: 'province:Điện Biên' });
  const conflicts = findConflicts([...await store.submissions.acceptedObservations(), news]);
  assert.equal(conflicts.length, 1);
  assert.deepEqual([conflicts[0]!.a.key, conflicts[0]!.b.key].sort(), [`s:${s.id}`, news.key].sort());
});

test('the programme observations include accepted figures when asked, filtered like the others', async (t) => {
  const store = await openStore(join(tempDir(t), 's.db'));
  t.after(() => store.close());
  const a = await store.submissions.create(figure, 'dienbien');
  await store.submissions.decide(a.id, { action: 'accept' }, 'bientap');
  const other = await store.submissions.create({ ...figure, indicator: 'rd_spending_share', scope: 'national', agency: 'bo-khcn' }, 'bokhcn');
  await store.submissions.decide(other.id, { action: 'accept' }, 'bientap');
  await store.submissions.create({ ...figure, value: 7 }, 'dienbien'); // waiting: never a figure
  const keys = async (filter: Parameters<typeof store.programme.observations>[0]) => (await store.programme.observations(filter)).filter((o) => o.origin === 'submitted').map((o) => o.key);
  assert.deepEqual(await keys({}), [], 'not without withSubmitted');
  assert.deepEqual((await keys({ withSubmitted: true })).sort(), [`s:${a.id}`, `s:${other.id}`].sort());
  assert.deepEqual(await keys({ withSubmitted: true, indicator: '5g_stations' }), [`s:${a.id}`]);
  assert.deepEqual(await keys({ withSubmitted: true, scope: 'national' }), [`s:${other.id}`]);
  assert.deepEqual(await keys({ withSubmitted: true, keys: [`s:${other.id}`] }), [`s:${other.id}`]);
  assert.deepEqual(await keys({ withSubmitted: true, documentId: 1 }), [], "a document's own figures are news figures");
});
