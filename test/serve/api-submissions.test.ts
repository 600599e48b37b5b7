// Submissions with approval over HTTP: every write with its role and scope check; the reporter
// submits, the editor rejects with a reason, the reporter resubmits, the editor asks for an
// explanation, the reporter answers, the editor accepts; the figure joins the series and every step
// is in the audit log.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

const post = (who: Parameters<typeof api.as>[0], url: string, payload: object) => api.as(who, { method: 'POST', url, payload });
const figure = { indicator: 'digital_economy_share', scope: 'province:Điện Biên', period: '2025', value: 8.4, note: 'Số liệu của Sở Tài chính', evidence: 'https://dienbien.gov.vn/bao-cao-2025' };

test('a reporter submits only for their scope; other roles and scopes change nothing', async () => {
  const before = (await api.store.submissions.list()).length;
  assert.equal((await post(null, '/api/v1/submissions', figure)).statusCode, 401);
  assert.equal((await post('viewer', '/api/v1/submissions', figure)).statusCode, 403);
  const other = await post('dienbien', '/api/v1/submissions', { ...figure, scope: 'province:Hà Nội' });
  assert.equal(other.statusCode, 403, other.body);
  assert.equal((await api.store.submissions.list()).length, before, 'nothing stored');
  // A role check comes before the input is looked at: a viewer's malformed body is still a 403.
  assert.equal((await post('viewer', '/api/v1/submissions', { nonsense: true })).statusCode, 403);
  const bad = await post('dienbien', '/api/v1/submissions', { ...figure, period: '2025-Q5' });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.json().errors.some((e: { field: string }) => e.field === 'body.period'));
  assert.equal((await post('dienbien', '/api/v1/submissions', { ...figure, indicator: 'egdi_rank' })).statusCode, 400, 'a national-only indicator takes no provincial figure');
  assert.equal((await post('dienbien', '/api/v1/submissions', { ...figure, scope: 'province:Không Có' })).statusCode, 400);
  assert.equal((await api.store.submissions.list()).length, before);
});

test('submit, reject with a reason, resubmit, explain, accept: the figure joins the series and the audit log', async () => {
  const created = await post('dienbien', '/api/v1/submissions', figure);
  assert.equal(created.statusCode, 201, created.body);
  const s = created.json();
  assert.equal(s.status, 'cho_duyet');
  assert.equal(s.asOf, '2025-12-31');
  const url = (step: string) => `/api/v1/submissions/${s.id}/${step}`;

  assert.equal((await post('dienbien', url('decision'), { action: 'accept' })).statusCode, 403, 'a reporter cannot approve');
  assert.equal((await post('editor', url('decision'), { action: 'reject' })).statusCode, 400, 'a rejection needs a reason');
  const rejected = await post('editor', url('decision'), { action: 'reject', reason: 'Số liệu chưa khớp với báo cáo của UBND tỉnh' });
  assert.equal(rejected.statusCode, 200, rejected.body);
  assert.equal(rejected.json().status, 'tu_choi');
  assert.equal(rejected.json().reason, 'Số liệu chưa khớp với báo cáo của UBND tỉnh');

  assert.equal((await post('hanoi', url('resubmit'), { value: 9 })).statusCode, 403, "another province's reporter");
  assert.equal((await api.store.submissions.get(s.id))?.value, 8.4, 'nothing changed');
  const again = await post('dienbien', url('resubmit'), { value: 9.1, note: 'Đã đối chiếu với báo cáo của UBND tỉnh' });
  assert.equal(again.statusCode, 200, again.body);
  assert.equal(again.json().status, 'cho_duyet');
  assert.equal(again.json().value, 9.1);

  const asked = await post('editor', url('decision'), { action: 'explain_request', reason: 'Đề nghị nêu nguồn số liệu GRDP' });
  assert.equal(asked.json().explanationRequested, true);
  assert.equal((await post('hanoi', url('answer'), { note: 'x' })).statusCode, 403);
  const answered = await post('dienbien', url('answer'), { note: 'GRDP theo số liệu của Cục Thống kê' });
  assert.equal(answered.statusCode, 200, answered.body);
  assert.equal(answered.json().explanationRequested, false);
  assert.equal((await post('dienbien', url('answer'), { note: 'lần nữa' })).statusCode, 409, 'nothing to answer any more');

  const accepted = await post('editor', url('decision'), { action: 'accept' });
  assert.equal(accepted.json().status, 'da_duyet');
  assert.equal((await post('editor', url('decision'), { action: 'reject', reason: 'muộn' })).statusCode, 409, 'decided once');
  assert.deepEqual(accepted.json().events.map((e: { action: string }) => e.action), ['submit', 'reject', 'resubmit', 'explain_request', 'explain_answer', 'accept']);

  // The figure joins the indicator's series as its own origin.
  const series = (await api.as(null, { method: 'GET', url: `/api/v1/programme/observations?indicator=digital_economy_share&scope=${encodeURIComponent('province:Điện Biên')}` })).json();
  const joined = series.items.find((o: { origin: string }) => o.origin === 'submitted');
  assert.equal(joined?.value, 9.1);
  assert.deepEqual(joined?.sources, ['https://dienbien.gov.vn/bao-cao-2025']);
  const league = (await api.as(null, { method: 'GET', url: '/api/v1/indicators/digital_economy_share/league?today=2026-02-01' })).json();
  assert.equal(league.rows.find((r: { unit: { id: string } }) => r.unit.id === 'dien-bien').latest.value, 9.1);

  const csv = (await api.as(null, { method: 'GET', url: '/api/v1/export/observations.csv' })).body;
  assert.match(csv, new RegExp(`\\ns:${s.id},submitted,digital_economy_share,`));

  // Every step is in the audit log.
  const audit = (await api.as('editor', { method: 'GET', url: `/api/v1/audit?target=submission:${s.id}` })).json();
  const actions = (audit.items ?? audit).map((e: { action: string }) => e.action).sort();
  assert.deepEqual(actions, ['submission.accept', 'submission.explain_answer', 'submission.explain_request', 'submission.reject', 'submission.resubmit', 'submission.submit']);
});

test('drafts, and who sees what', async () => {
  const draft = (await post('hanoi', '/api/v1/submissions', { ...figure, scope: 'province:Hà Nội', submit: false })).json();
  assert.equal(draft.status, 'chua_gui');
  assert.equal((await post('editor', `/api/v1/submissions/${draft.id}/decision`, { action: 'accept' })).statusCode, 409, 'a draft is not yet for approval');
  assert.equal((await post('dienbien', `/api/v1/submissions/${draft.id}/submit`, {})).statusCode, 403);
  assert.equal((await post('hanoi', `/api/v1/submissions/${draft.id}/submit`, {})).json().status, 'cho_duyet');
  const mine = (await api.as('dienbien', { method: 'GET', url: '/api/v1/submissions' })).json().items;
  assert.ok(mine.length > 0 && mine.every((s: { agency: string }) => s.agency === 'dien-bien'));
  assert.equal((await api.as('dienbien', { method: 'GET', url: `/api/v1/submissions/${draft.id}` })).statusCode, 403);
  const all = (await api.as('editor', { method: 'GET', url: '/api/v1/submissions?status=cho_duyet' })).json().items;
  assert.ok(all.some((s: { id: number }) => s.id === draft.id));
  assert.equal((await api.as('viewer', { method: 'GET', url: '/api/v1/submissions' })).statusCode, 403);
  assert.equal((await api.as('editor', { method: 'GET', url: '/api/v1/submissions/99999' })).statusCode, 404);
});
