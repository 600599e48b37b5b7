// Queued work over HTTP: an upload is answered at once with 202, the job's URL (also in Location)
// and its state; polling that URL shows the job's progress and, when done, its result. A user sees
// the jobs they asked for, an administrator every job; someone else's job is a 404; signing in
// comes first.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApi } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

function multipart(name: string, content: string): { payload: string; headers: Record<string, string> } {
  const boundary = '----radar57jobs';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

test('an upload returns 202 with the job to poll; the job completes with the upload summary and is linked', async () => {
  const before = await api.store.countDocuments();
  const res = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', ...multipart('dak-lak.txt', 'Tỉnh Đắk Lắk có 210 trạm 5G, phủ sóng 35% dân số, theo báo cáo ngày 16/10/2025.\n') });
  assert.equal(res.statusCode, 202, res.body);
  const queued = res.json();
  assert.equal(queued.kind, 'ingest');
  assert.match(queued.url, /^\/api\/v1\/jobs\/\d+$/);
  assert.equal(res.headers.location, queued.url);
  assert.ok(['queued', 'running', 'done'].includes(queued.status));
  assert.equal(queued.createdBy, 'editor');
  assert.equal('payload' in queued, false, 'the payload is not shown');
  const job = await api.job('editor', res);
  assert.equal(job.status, 'done', job.error ?? '');
  assert.equal(job.attempts, 1);
  assert.equal(job.result.created, 1);
  assert.deepEqual(job.progress, { done: 1, total: 1 });
  assert.equal(await api.store.countDocuments(), before + 1);
  assert.equal((await api.store.programme.observations({ indicator: '5g_population_coverage', scope: 'province:Đắk Lắk' })).length, 1, 'linked to the programme by the job');
  assert.deepEqual(await api.store.jobs.files(job.id), [], 'the uploaded bytes go once the job is done');

  // Someone else's job is not theirs to see; an administrator sees every job.
  assert.equal((await api.as('viewer', { method: 'GET', url: queued.url })).statusCode, 404);
  assert.equal((await api.as('admin', { method: 'GET', url: queued.url })).statusCode, 200);
  assert.equal((await api.as(null, { method: 'GET', url: queued.url })).statusCode, 401);
  assert.equal((await api.as('editor', { method: 'GET', url: '/api/v1/jobs/999999' })).statusCode, 404);
  const mine = (await api.as('editor', { method: 'GET', url: '/api/v1/jobs?status=done' })).json();
  assert.ok(mine.jobs.some((j: { id: number }) => j.id === job.id));
  assert.deepEqual((await api.as('viewer', { method: 'GET', url: '/api/v1/jobs' })).json().jobs, []);
  assert.ok((await api.as('admin', { method: 'GET', url: '/api/v1/jobs' })).json().jobs.some((j: { id: number }) => j.id === job.id));
  assert.equal((await api.as('editor', { method: 'GET', url: '/api/v1/jobs?status=nope' })).statusCode, 400);
});

test('a server started without its worker queues the upload and leaves it for a worker process', async (t) => {
  const quiet = await startApi({ server: { worker: false } });
  t.after(() => quiet.close());
  const res = await quiet.as('editor', { method: 'POST', url: '/api/v1/ingest', ...multipart('kon-tum.txt', 'Tỉnh Kon Tum có 90 trạm 5G mới theo báo cáo ngày 6/11/2025.\n') });
  assert.equal(res.statusCode, 202, res.body);
  const id = res.json().id as number;
  const job = (await quiet.store.jobs.get(id))!;
  assert.equal(job.status, 'queued');
  assert.equal((await quiet.store.jobs.files(id)).length, 1, 'the bytes wait in the database');
});
