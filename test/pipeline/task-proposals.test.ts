// Issue 16's round trip: an assigning text and a later fulfilling text are ingested; the task is
// proposed, accepted into the register with its provenance, a completion is proposed from the
// decree and confirmed; each step is in the audit log with its actor. The clock is injected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStore } from '../../src/store/store.ts';
import { openSqlite } from '../../src/store/sqlite/open.ts';
import { sqliteDialect } from '../../src/store/sqlite/search-dialect.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { acceptProposal, confirmCompletion, levelOf, sentenceAround, syncTasks } from '../../src/pipeline/task-proposals.ts';
import { loadPack, BUILTIN_PACK_DIR } from '../../src/programme/load.ts';
import { TaskError } from '../../src/store/tracking/task-types.ts';
import { REPO, tempDir } from '../helpers.ts';

const TODAY = '2026-09-15';
const clock = () => `${TODAY}T03:00:00.000Z`;

const FIXTURES = join(REPO, 'test', 'fixtures', 'tasks');
const ASSIGNING_TEXT = readFileSync(join(FIXTURES, 'assigning-nq-12.txt'), 'utf8');

const FULFILLING_TEXT = readFileSync(join(FIXTURES, 'fulfilling-nd-88.txt'), 'utf8');

async function setup(t: { after: (fn: () => unknown) => void }) {
  const dir = tempDir(t);
  const store = await createStore(openSqlite(':memory:'), sqliteDialect, clock);
  t.after(() => store.close());
  const pack = loadPack(BUILTIN_PACK_DIR);
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { store, pack, file };
}

test('an assigning text, then a fulfilling one: proposal, acceptance, proposed completion, confirmation, each audited', async (t) => {
  const { store, pack, file } = await setup(t);
  const assigning = file('nq-12.txt', ASSIGNING_TEXT);
  await ingestPaths([assigning], store);
  const first = await syncTasks(store, pack, 'system');
  assert.equal(first.proposed, 1);
  // Nothing enters the register unreviewed.
  assert.equal((await store.tasks.list()).length, 0);
  const [proposal] = await store.taskProposals.list({ status: 'proposed' });
  assert.ok(proposal);
  assert.equal(proposal.task.lead.agencyId, 'bo-khcn');
  assert.equal(proposal.task.product, 'nghi_dinh');
  assert.match(proposal.sentence, /^Giao Bộ Khoa học và Công nghệ chủ trì.*quý II\/2026\.$/u);

  // Idempotent: syncing or ingesting the same text again proposes nothing new.
  assert.deepEqual(await syncTasks(store, pack, 'system'), { proposed: 0, withdrawn: 0, completions: 0 });
  await ingestPaths([assigning], store);
  await syncTasks(store, pack, 'system');
  assert.equal((await store.taskProposals.list()).length, 1);

  const task = await acceptProposal(store, pack, proposal.key, { group: 'Thể chế' }, 'bien-tap-vien');
  assert.equal(task.agency, 'bo-khcn');
  assert.deepEqual(task.coAgencies, ['bo-tai-chinh']);
  assert.equal(task.setBy, '12/NQ-CP');
  assert.equal(task.deadline, '2026-06-30');
  assert.equal(task.product, 'nghi_dinh');
  assert.equal(task.level, 'central');
  assert.equal(task.group, 'Thể chế');
  assert.equal(task.provenance?.sentence, proposal.sentence);
  assert.equal(task.provenance?.documentId, proposal.documentId);
  assert.match(task.provenance?.extractor ?? '', /^tasks@/u);
  assert.equal((await store.taskProposals.get(proposal.key))?.status, 'accepted');
  await assert.rejects(() => acceptProposal(store, pack, proposal.key, {}, 'bien-tap-vien'), TaskError);

  await ingestPaths([file('nd-88.txt', FULFILLING_TEXT)], store);
  const second = await syncTasks(store, pack, 'system');
  assert.equal(second.completions, 1);
  const [completion] = await store.taskProposals.completions.list({ taskKey: task.key });
  assert.ok(completion);
  assert.equal(completion.status, 'proposed');
  assert.equal(completion.legalId, '88/2026/NĐ-CP');
  assert.match(completion.sentence, /^Nghị định số 88\/2026\/NĐ-CP/u);
  assert.ok(completion.reasons.some((r) => r.includes('12/NQ-CP')), completion.reasons.join('; '));
  // Proposed only: the task is not done until an editor confirms.
  assert.equal((await store.tasks.get(task.key))?.history.length, 0);
  assert.equal((await syncTasks(store, pack, 'system')).completions, 0);

  const done = await confirmCompletion(store, completion.key, 'bien-tap-vien', TODAY);
  const last = done.history.at(-1)!;
  assert.deepEqual([last.status, last.at, last.evidence], ['hoan_thanh', '2026-06-20', '88/2026/NĐ-CP']);

  const audit = (await store.audit.list({ limit: 100 })).reverse();
  const steps = audit.filter((e) => e.target.startsWith('task')).map((e) => `${e.action} ${e.actor}`);
  assert.deepEqual(steps, [
    'task.propose system',
    'task.add bien-tap-vien',
    'task.proposal.accept bien-tap-vien',
    'task.completion.propose system',
    'task.update bien-tap-vien',
    'task.completion.confirm bien-tap-vien',
  ]);
});

test('merge and reject decide a proposal without adding a task; a decided proposal cannot be decided again', async (t) => {
  const { store, pack, file } = await setup(t);
  await store.tasks.add({ key: 'NV-9', title: 'Nghị định về quỹ đầu tư mạo hiểm', setBy: '12/NQ-CP', agency: 'bo-khcn', deadline: '2026-06' }, 'bien-tap-vien');
  await ingestPaths([file('nq-12.txt', ASSIGNING_TEXT)], store);
  await syncTasks(store, pack, 'system');
  const [p] = await store.taskProposals.list({ status: 'proposed' });
  assert.ok(p);
  await assert.rejects(() => store.taskProposals.merge(p.key, 'NV-404', 'bien-tap-vien'), /không có nhiệm vụ/u);
  const merged = await store.taskProposals.merge(p.key, 'NV-9', 'bien-tap-vien', 'trùng NV-9');
  assert.deepEqual([merged.status, merged.taskKey, merged.note], ['merged', 'NV-9', 'trùng NV-9']);
  assert.equal((await store.tasks.list()).length, 1);
  await assert.rejects(() => store.taskProposals.reject(p.key, 'bien-tap-vien'), /đã được xử lý/u);
  const entry = (await store.audit.list({ target: `task-proposal:${p.key}` }))[0]!;
  assert.deepEqual([entry.action, entry.actor], ['task.proposal.merge', 'bien-tap-vien']);
});

test('the same sentence in another file is one task: the second proposal is merged into the first', async (t) => {
  const { store, pack, file } = await setup(t);
  await ingestPaths([join(FIXTURES, 'assigning-nq-12.txt'), file('reprint.txt', `Bản tin chính phủ\n\n${ASSIGNING_TEXT.split('\n\n').at(-1)!}`)], store);
  await syncTasks(store, pack, 'system');
  const all = await store.taskProposals.list();
  assert.equal(all.length, 2);
  assert.deepEqual(all.map((p) => p.status), ['proposed', 'merged']);
  assert.equal(all[1]!.note, `= ${all[0]!.key}`);
  assert.equal((await store.audit.list({ target: `task-proposal:${all[1]!.key}` }))[0]!.action, 'task.propose.duplicate');
  assert.equal((await store.taskProposals.list({ status: 'proposed' })).length, 1);
});

test('a proposal whose mention is gone is withdrawn while waiting, kept once decided', async (t) => {
  const { store, pack, file } = await setup(t);
  await ingestPaths([file('nq-12.txt', ASSIGNING_TEXT)], store);
  await syncTasks(store, pack, 'system');
  const [p] = await store.taskProposals.list();
  assert.ok(p);
  // The document's facts extracted again without the task (another extractor version, say).
  const others = (await store.listMentions({ documentId: p.documentId! })).filter((m) => m.kind !== 'task');
  await store.saveMentions(p.documentId!, others as never, 'test');
  assert.equal((await syncTasks(store, pack, 'system')).withdrawn, 1);
  assert.equal((await store.taskProposals.list()).length, 0);
});

test('news that the work is late proposes a status (still under way) with its sentence; confirmed, it joins the history', async (t) => {
  const { store, pack } = await setup(t);
  await ingestPaths([join(FIXTURES, 'assigning-nq-12.txt')], store);
  await syncTasks(store, pack, 'system');
  const [p] = await store.taskProposals.list();
  const task = await acceptProposal(store, pack, p!.key, {}, 'bien-tap-vien');
  await ingestPaths([join(FIXTURES, 'news-delay.txt')], store);
  assert.equal((await syncTasks(store, pack, 'system')).completions, 1);
  const [news] = await store.taskProposals.completions.list({ taskKey: task.key });
  assert.ok(news);
  assert.equal(news.proposedStatus, 'dang_thuc_hien');
  assert.equal(news.legalId, null);
  assert.match(news.sentence, /chưa hoàn thành việc xây dựng Nghị định/u);
  const after = await confirmCompletion(store, news.key, 'bien-tap-vien', TODAY);
  assert.deepEqual([after.history.at(-1)!.status, after.history.at(-1)!.at], ['dang_thuc_hien', TODAY]);
  assert.equal((await store.audit.list({ target: `task-completion:${news.key}` }))[0]!.action, 'task.completion.confirm');
});

test('levels from the assigning number, sentences around a span', () => {
  assert.equal(levelOf('12/NQ-CP'), 'central');
  assert.equal(levelOf('03-TB/BCĐTW'), 'central');
  assert.equal(levelOf('759/QĐ-TTg'), 'central');
  assert.equal(levelOf('12/2025/TT-BKHCN'), 'ministry-province');
  assert.equal(levelOf('45/QĐ-UBND'), 'ministry-province');
  assert.equal(levelOf('tài liệu #3'), null);
  const text = 'Câu một. Giao Bộ Y tế làm A, trình trong tháng 5/2026. Câu ba.';
  const start = text.indexOf('Giao');
  assert.equal(sentenceAround(text, start, start + 10), 'Giao Bộ Y tế làm A, trình trong tháng 5/2026.');
});
