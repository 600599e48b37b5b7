// The task review queues over HTTP: who may (editors, admins), who may not (401 anonymous, 403
// viewers and reporters, before validation), accept → proposed completion → confirm, and the
// evidence a task's page reads.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startApi, TODAY } from './api-fixture.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { syncProgramme } from '../../src/pipeline/track.ts';
import { BUILTIN_PACK_DIR, loadPack } from '../../src/programme/load.ts';
import { REPO } from '../helpers.ts';

const FIXTURES = join(REPO, 'test', 'fixtures', 'tasks');
const api = await startApi();
after(() => api.close());
const pack = loadPack(BUILTIN_PACK_DIR);

async function ingest(name: string) {
  await ingestPaths([join(FIXTURES, name)], api.store);
  await syncProgramme(api.store, pack, { actor: 'nhap-lieu' });
}

test('only editors and admins see and decide proposals; the caller is checked before the body', async () => {
  for (const [who, code] of [[null, 401], ['viewer', 403], ['reporter', 403]] as const) {
    assert.equal((await api.as(who, { method: 'GET', url: '/api/v1/tasks/proposals' })).statusCode, code, String(who));
    const res = await api.as(who, { method: 'POST', url: '/api/v1/tasks/proposals/khong-co/accept', payload: { level: 'nope' } });
    assert.equal(res.statusCode, code, String(who));
    assert.ok(!('errors' in res.json()));
    assert.equal((await api.as(who, { method: 'POST', url: '/api/v1/tasks/completions/khong-co/confirm', payload: {} })).statusCode, code);
  }
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/tasks/proposals/khong-co/reject', payload: {} })).statusCode, 404);
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/tasks/proposals/x/accept', payload: { level: 'nope' } })).statusCode, 400);
});

test('accept a proposal, then confirm the completion a decree proposes; the task page reads the evidence', async () => {
  await ingest('assigning-nq-12.txt');
  const queue = await api.as('editor', { method: 'GET', url: '/api/v1/tasks/proposals?limit=200' });
  assert.equal(queue.statusCode, 200, queue.body);
  const proposal = (queue.json().items as { key: string; task: { wording: string } }[]).find((p) => p.task.wording.includes('quỹ đầu tư mạo hiểm'));
  assert.ok(proposal, queue.body.slice(0, 300));
  const accepted = await api.as('editor', { method: 'POST', url: `/api/v1/tasks/proposals/${encodeURIComponent(proposal.key)}/accept`, payload: { key: 'NV-QDMH', group: 'Thể chế' } });
  assert.equal(accepted.statusCode, 201, accepted.body);
  assert.equal(accepted.json().agency, 'bo-khcn');
  const twice = await api.as('admin', { method: 'POST', url: `/api/v1/tasks/proposals/${encodeURIComponent(proposal.key)}/reject`, payload: {} });
  assert.equal(twice.statusCode, 400);

  await ingest('fulfilling-nd-88.txt');
  const completions = (await api.as('editor', { method: 'GET', url: '/api/v1/tasks/completions' })).json().items as { key: string; taskKey: string }[];
  const completion = completions.find((c) => c.taskKey === 'NV-QDMH');
  assert.ok(completion);
  const confirmed = await api.as('editor', { method: 'POST', url: `/api/v1/tasks/completions/${encodeURIComponent(completion.key)}/confirm`, payload: {} });
  assert.equal(confirmed.statusCode, 200, confirmed.body);
  assert.deepEqual(confirmed.json().history.at(-1).status, 'hoan_thanh');
  assert.ok(confirmed.json().history.at(-1).at <= TODAY);

  const evidence = (await api.as('viewer', { method: 'GET', url: '/api/v1/tasks/NV-QDMH/evidence' })).json();
  assert.match(evidence.provenance.sentence, /^Giao Bộ Khoa học và Công nghệ/u);
  assert.equal(evidence.completions[0].status, 'confirmed');
  const actions = (await api.store.audit.list({ actor: 'editor' })).map((e) => e.action);
  assert.ok(actions.includes('task.proposal.accept') && actions.includes('task.completion.confirm'), actions.join(','));
});
