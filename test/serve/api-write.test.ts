// Every write endpoint, with its authorisation: who may, who may not (401/403), and that a refused
// write changes nothing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi, PASSWORD } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

const auditCount = async () => (await api.store.audit.list({ limit: 10_000 })).length;

async function newTask(key: string, agency: string) {
  const res = await api.as('editor', {
    method: 'POST',
    url: '/api/v1/tasks',
    payload: { key, title: `Nhiệm vụ ${key}`, setBy: '03-TB/BCĐTW', agency, deadline: '2026-12-31' },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

test('login: wrong password 401; the session cookie is httpOnly and SameSite; me and logout', async () => {
  const bad = await api.as(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'editor', password: 'wrong-password' } });
  assert.equal(bad.statusCode, 401);
  assert.equal((await api.as(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode, 401);
  const ok = await api.as(null, { method: 'POST', url: '/api/v1/auth/login', payload: { username: 'editor', password: PASSWORD } });
  const cookie = ok.cookies.find((c) => c.name === 'r57_session')!;
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  const me = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `r57_session=${cookie.value}` } });
  assert.equal(me.json().user.role, 'editor');
  assert.equal(me.json().csrfToken, ok.json().csrfToken);
  const out = await api.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: `r57_session=${cookie.value}`, 'x-csrf-token': ok.json().csrfToken } });
  assert.equal(out.statusCode, 200);
  const after = await api.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `r57_session=${cookie.value}` } });
  assert.equal(after.json().user, null);
});

test('login attempts are rate-limited', async () => {
  let limited = 0;
  for (let i = 0; i < 14; i++) {
    const res = await api.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'viewer', password: 'nope-nope' }, remoteAddress: '10.9.9.9' });
    if (res.statusCode === 429) limited++;
  }
  assert.ok(limited >= 4, `${limited} refused`);
});

test('a cookie-authenticated write without the CSRF token is refused; an API token needs none', async () => {
  const session = await api.login('editor');
  const before = await auditCount();
  const res = await api.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    headers: { cookie: session.cookie },
    payload: { key: 'csrf-1', title: 'x', setBy: 'x', agency: 'bo-khcn', deadline: '2026' },
  });
  assert.equal(res.statusCode, 403);
  assert.match(res.json().detail, /CSRF/);
  assert.equal(await auditCount(), before);
  assert.equal(await api.store.tasks.get('csrf-1'), null);

  const tokenRes = await api.as('editor', { method: 'POST', url: '/api/v1/tokens', payload: { name: 'script' } });
  assert.equal(tokenRes.statusCode, 201);
  const { token } = tokenRes.json();
  const viaToken = await api.app.inject({
    method: 'POST',
    url: '/api/v1/tasks',
    headers: { authorization: `Bearer ${token}` },
    payload: { key: 'token-1', title: 'Qua token', setBy: '03-TB/BCĐTW', agency: 'bo-khcn', deadline: '2026' },
  });
  assert.equal(viaToken.statusCode, 201, viaToken.body);
  const badToken = await api.app.inject({ method: 'GET', url: '/api/v1/tasks', headers: { authorization: 'Bearer r57_forged' } });
  assert.equal(badToken.statusCode, 401);
});

test('a reporter for Điện Biên cannot change a Hà Nội task (403, nothing changes); for Điện Biên it can', async () => {
  await newTask('hn-1', 'Hà Nội');
  await newTask('db-1', 'dien-bien');
  const before = { task: await api.store.tasks.get('hn-1'), audit: await auditCount() };
  const denied = await api.as('dienbien', { method: 'POST', url: '/api/v1/tasks/hn-1/status', payload: { status: 'hoan_thanh', at: '2026-11-20' } });
  assert.equal(denied.statusCode, 403);
  assert.match(denied.headers['content-type'] as string, /problem\+json/);
  assert.deepEqual(await api.store.tasks.get('hn-1'), before.task);
  assert.equal(await auditCount(), before.audit);

  const allowed = await api.as('dienbien', { method: 'POST', url: '/api/v1/tasks/db-1/status', payload: { status: 'dang_thuc_hien', at: '2026-11-20', evidence: 'https://dienbien.gov.vn/x', note: 'đang triển khai' } });
  assert.equal(allowed.statusCode, 200, allowed.body);
  assert.equal(allowed.json().progress.status, 'dang_thuc_hien');
  const [entry] = await api.store.audit.list({ target: 'task:db-1' });
  assert.deepEqual([entry?.actor, entry?.action], ['dienbien', 'task.update']);

  // The Hà Nội reporter, an editor and an admin may update the Hà Nội task; a viewer and anonymous may not.
  assert.equal((await api.as('hanoi', { method: 'POST', url: '/api/v1/tasks/hn-1/status', payload: { status: 'dang_thuc_hien', at: '2026-11-01' } })).statusCode, 200);
  assert.equal((await api.as('viewer', { method: 'POST', url: '/api/v1/tasks/hn-1/status', payload: { status: 'hoan_thanh' } })).statusCode, 403);
  assert.equal((await api.as(null, { method: 'POST', url: '/api/v1/tasks/hn-1/status', payload: { status: 'hoan_thanh' } })).statusCode, 401);
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/tasks/hn-1/status', payload: { status: 'hoan_thanh', at: '2026-11-21' } })).statusCode, 200);
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/tasks/nope/status', payload: { status: 'hoan_thanh' } })).statusCode, 404);
  const bad = await api.as('editor', { method: 'POST', url: '/api/v1/tasks/hn-1/status', payload: { status: 'xong' } });
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.json().errors.some((e: { field: string }) => e.field === 'body.status'));
});

test('tasks: only editors create and import; listing shows progress; reporters cannot create', async () => {
  assert.equal((await api.as('dienbien', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'r-1', title: 'x', setBy: 'x', agency: 'dien-bien', deadline: '2026' } })).statusCode, 403);
  assert.equal((await api.as('viewer', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'v-1', title: 'x', setBy: 'x', agency: 'bo-khcn', deadline: '2026' } })).statusCode, 403);
  const dup = await api.as('editor', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'hn-1', title: 'x', setBy: 'x', agency: 'bo-khcn', deadline: '2026' } });
  assert.equal(dup.statusCode, 409);
  const unknown = await api.as('editor', { method: 'POST', url: '/api/v1/tasks', payload: { key: 'u-1', title: 'x', setBy: 'x', agency: 'Bộ Không Tồn Tại', deadline: '2026' } });
  assert.equal(unknown.statusCode, 400);
  assert.equal(unknown.json().errors[0].field, 'body.agency');

  const csv = 'ma,nhiem_vu,van_ban,co_quan_chu_tri,co_quan_phoi_hop,han,trang_thai\nimp-1,Nhiệm vụ nhập,03-TB/BCĐTW,bo-khcn,,2025-06-30,hoàn thành\nimp-2,Thiếu hạn,03-TB/BCĐTW,bo-khcn,,,đang thực hiện\n';
  const viewerImport = await api.as('viewer', { method: 'POST', url: '/api/v1/tasks/import', headers: { 'content-type': 'text/csv' }, payload: csv });
  assert.equal(viewerImport.statusCode, 403);
  assert.equal(await api.store.tasks.get('imp-1'), null);
  const imported = await api.as('editor', { method: 'POST', url: '/api/v1/tasks/import', headers: { 'content-type': 'text/csv' }, payload: csv });
  assert.equal(imported.statusCode, 200, imported.body);
  assert.equal(imported.json().added, 1);
  assert.equal(imported.json().rejected[0].line, 3);

  const list = (await api.as(null, { method: 'GET', url: '/api/v1/tasks?agency=bo-khcn' })).json();
  assert.ok(list.items.every((t: { agency: string; progress: { label: string } }) => t.agency === 'bo-khcn' && t.progress.label));
  const one = (await api.as(null, { method: 'GET', url: '/api/v1/tasks/imp-1' })).json();
  assert.equal(one.progress.status, 'hoan_thanh');
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/tasks/none' })).statusCode, 404);
  const cards = (await api.as(null, { method: 'GET', url: '/api/v1/agencies' })).json();
  assert.ok(cards.scorecards.some((c: { agency: string; tasks: number }) => c.agency === 'bo-khcn' && c.tasks >= 2));
});

test('reviews: editors review anything; a reporter only observations in their scope; the queue', async () => {
  const queue = await api.as('editor', { method: 'GET', url: '/api/v1/reviews/queue' });
  assert.equal(queue.statusCode, 200);
  const items = queue.json().items as { key: string; scope: string; confidence: number }[];
  assert.ok(items.length >= 9);
  for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.confidence <= items[i]!.confidence);
  assert.equal((await api.as('viewer', { method: 'GET', url: '/api/v1/reviews/queue' })).statusCode, 403);

  const national = items.find((o) => o.scope === 'national')!;
  const before = await auditCount();
  const denied = await api.as('dienbien', { method: 'POST', url: '/api/v1/reviews', payload: { kind: 'observation', key: national.key, verdict: 'rejected' } });
  assert.equal(denied.statusCode, 403);
  assert.equal((await api.store.programme.observation(national.key))?.review, null);
  assert.equal(await auditCount(), before);
  assert.equal((await api.as('viewer', { method: 'POST', url: '/api/v1/reviews', payload: { kind: 'observation', key: national.key, verdict: 'confirmed' } })).statusCode, 403);

  const corrected = await api.as('editor', { method: 'POST', url: '/api/v1/reviews', payload: { kind: 'observation', key: national.key, verdict: 'corrected', correction: { asOf: '2025-07-01' }, note: 'ngày họp' } });
  assert.equal(corrected.statusCode, 201, corrected.body);
  assert.equal((await api.store.programme.observation(national.key))?.asOf, '2025-07-01');
  const invalid = await api.as('editor', { method: 'POST', url: '/api/v1/reviews', payload: { kind: 'observation', key: national.key, verdict: 'corrected', correction: { value: 'nhiều' } } });
  assert.equal(invalid.statusCode, 400);
  const dienBienQueue = (await api.as('dienbien', { method: 'GET', url: '/api/v1/reviews/queue' })).json();
  assert.equal(dienBienQueue.items.length, 0, 'nothing in the seeds is scoped to Điện Biên');
  assert.equal((await api.as('dienbien', { method: 'POST', url: '/api/v1/reviews', payload: { kind: 'fact', key: '1:body:0:0-1:person', verdict: 'confirmed' } })).statusCode, 403);
});

test('audit log: editors and admins read it, viewers and anonymous do not', async () => {
  const log = await api.as('editor', { method: 'GET', url: '/api/v1/audit?target=task:' });
  assert.equal(log.statusCode, 200);
  assert.ok(log.json().items.length >= 3);
  assert.equal((await api.as('viewer', { method: 'GET', url: '/api/v1/audit' })).statusCode, 403);
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/audit' })).statusCode, 401);
});

test('users and settings are for admins; anonymous reading can be switched off', async () => {
  const created = await api.as('admin', { method: 'POST', url: '/api/v1/users', payload: { username: 'moi', password: 'mat-khau-dai', role: 'reporter', agencies: ['ha-noi'] } });
  assert.equal(created.statusCode, 201, created.body);
  assert.equal((await api.as('admin', { method: 'POST', url: '/api/v1/users', payload: { username: 'moi', password: 'mat-khau-dai', role: 'viewer' } })).statusCode, 409);
  assert.equal((await api.as('admin', { method: 'POST', url: '/api/v1/users', payload: { username: 'x2', password: 'mat-khau-dai', role: 'reporter', agencies: ['atlantis'] } })).statusCode, 400);
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/users', payload: { username: 'e2', password: 'mat-khau-dai', role: 'admin' } })).statusCode, 403);
  assert.equal((await api.as('admin', { method: 'GET', url: '/api/v1/users' })).json().items.length, 6);
  assert.equal((await api.as('viewer', { method: 'GET', url: '/api/v1/users' })).statusCode, 403);

  assert.equal((await api.as('editor', { method: 'PUT', url: '/api/v1/settings', payload: { anonymousRead: false } })).statusCode, 403);
  assert.equal((await api.as('admin', { method: 'PUT', url: '/api/v1/settings', payload: { anonymousRead: false } })).statusCode, 200);
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/search?q=5G' })).statusCode, 401);
  assert.equal((await api.as('viewer', { method: 'GET', url: '/api/v1/search?q=5G' })).statusCode, 200);
  assert.equal((await api.as('admin', { method: 'GET', url: '/api/v1/settings' })).json().anonymousRead, false);
  assert.equal((await api.as('admin', { method: 'PUT', url: '/api/v1/settings', payload: { anonymousRead: true } })).statusCode, 200);
  assert.equal((await api.as(null, { method: 'GET', url: '/api/v1/search?q=5G' })).statusCode, 200);
});

test('sources: admins add and remove; editors cannot', async () => {
  const add = await api.as('admin', { method: 'POST', url: '/api/v1/sources', payload: { url: 'https://vnexpress.net/rss/khoa-hoc.rss', kind: 'feed' } });
  assert.equal(add.statusCode, 201, add.body);
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/sources', payload: { url: 'https://example.org/feed' } })).statusCode, 403);
  assert.equal((await api.as('admin', { method: 'POST', url: '/api/v1/sources', payload: { url: 'ftp://example.org/feed' } })).statusCode, 400);
  const list = (await api.as(null, { method: 'GET', url: '/api/v1/sources' })).json();
  assert.equal(list.items.length, 1);
  const id = list.items[0].id;
  assert.equal((await api.as('editor', { method: 'DELETE', url: `/api/v1/sources/${id}` })).statusCode, 403);
  assert.equal((await api.as('admin', { method: 'DELETE', url: `/api/v1/sources/${id}` })).statusCode, 200);
  assert.equal((await api.as('admin', { method: 'DELETE', url: `/api/v1/sources/${id}` })).statusCode, 404);
});

function multipart(files: { name: string; content: string }[]): { payload: string; headers: Record<string, string> } {
  const boundary = '----radar57test';
  const parts = files.map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: text/plain\r\n\r\n${f.content}\r\n`);
  return { payload: `${parts.join('')}--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

test('upload: editors ingest files, idempotently; viewers cannot; a bad file is reported', async () => {
  const text = 'Tỉnh Lai Châu có 120 trạm 5G, phủ sóng 40% dân số, theo báo cáo ngày 15/10/2025.\n';
  const body = multipart([{ name: 'lai-chau.txt', content: text }, { name: 'empty.txt', content: '' }]);
  const count = await api.store.countDocuments();
  const query = `/api/v1/search?q=${encodeURIComponent('"120 trạm 5G"')}`;
  assert.equal((await api.as(null, { method: 'GET', url: query })).json().items.length, 0);
  assert.equal((await api.as('viewer', { method: 'POST', url: '/api/v1/ingest', ...body })).statusCode, 403);
  assert.equal(await api.store.countDocuments(), count);
  const res = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', ...body });
  assert.equal(res.statusCode, 200, res.body);
  const summary = res.json();
  assert.equal(summary.created, 1);
  assert.equal(summary.rejected.length, 1);
  assert.match(summary.rejected[0].origin, /empty\.txt/);
  assert.ok((await api.store.programme.observations({ indicator: '5g_population_coverage', scope: 'province:Lai Châu' })).length === 1, 'linked to the programme at once');
  assert.equal((await api.as(null, { method: 'GET', url: query })).json().items.length, 1, 'a cached search answers anew after an ingest');
  const again = (await api.as('editor', { method: 'POST', url: '/api/v1/ingest', ...body })).json();
  assert.equal(again.created, 0);
  assert.equal(await api.store.countDocuments(), count + 1);
  assert.equal((await api.as('editor', { method: 'POST', url: '/api/v1/ingest', payload: { x: 1 } })).statusCode, 415);
});

test('API tokens: listed without secrets, revoked by their owner or an admin; a revoked token stops working', async () => {
  const made = (await api.as('viewer', { method: 'POST', url: '/api/v1/tokens', payload: { name: 'báo cáo' } })).json();
  const bearer = { authorization: `Bearer ${made.token}` };
  assert.equal((await api.app.inject({ method: 'GET', url: '/api/v1/tasks', headers: bearer })).statusCode, 200);
  const mine = (await api.as('viewer', { method: 'GET', url: '/api/v1/tokens' })).json().items;
  assert.equal(mine.length, 1);
  assert.ok(!JSON.stringify(mine).includes(made.token), 'no secret in the listing');
  assert.equal((await api.as('editor', { method: 'DELETE', url: `/api/v1/tokens/${mine[0].id}` })).statusCode, 404, 'not theirs');
  assert.equal((await api.as(null, { method: 'POST', url: '/api/v1/tokens', payload: { name: 'x' } })).statusCode, 401);
  assert.equal((await api.as('viewer', { method: 'DELETE', url: `/api/v1/tokens/${mine[0].id}` })).statusCode, 200);
  assert.equal((await api.app.inject({ method: 'GET', url: '/api/v1/tasks', headers: bearer })).statusCode, 401);
});

test('a fact reviewed by an editor shows its review on the document, the extraction unchanged', async () => {
  const id = (await api.as(null, { method: 'GET', url: `/api/v1/search?q=${encodeURIComponent('"12.106 trạm 5G"')}` })).json().items[0].id;
  const before = (await api.as(null, { method: 'GET', url: `/api/v1/documents/${id}` })).json();
  const person = before.facts.find((f: { kind: string }) => f.kind === 'person');
  assert.equal(person.review, null);
  const res = await api.as('editor', { method: 'POST', url: '/api/v1/reviews', payload: { kind: 'fact', key: person.reviewKey, verdict: 'corrected', correction: { title: 'Tổng Bí thư' }, note: 'chức danh' } });
  assert.equal(res.statusCode, 201, res.body);
  const after = (await api.as(null, { method: 'GET', url: `/api/v1/documents/${id}` })).json();
  const same = after.facts.find((f: { reviewKey: string }) => f.reviewKey === person.reviewKey);
  assert.deepEqual([same.review.verdict, same.review.reviewer, same.review.correction], ['corrected', 'editor', { title: 'Tổng Bí thư' }]);
  assert.equal(same.text, person.text);
  assert.equal(same.title, person.title, 'the stored extraction keeps its own value');
});
