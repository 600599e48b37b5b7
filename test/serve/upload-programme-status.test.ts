// Issue 13, "done when": an upload leaves the programme status up to date at once. A running
// server (Fastify through inject, its store a file so that the upload runs in a worker thread as
// it does when served) receives a file with a national 5G coverage figure; the next GET of the
// programme status shows it as the target's latest value, with no other command in between.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startApi, TODAY } from './api-fixture.ts';

const FIGURE =
  'Bản tin ngày 01/10/2026\n\nTheo báo cáo của Bộ Khoa học và Công nghệ ngày 01/10/2026, mạng 5G đã phủ sóng 93,7% dân số cả nước.\n';

function multipart(name: string, content: string): { payload: string; headers: Record<string, string> } {
  const boundary = '----radar57status';
  return {
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

interface TargetView {
  target: { id: string };
  latest: { value: number; asOf: string | null } | null;
}

test('an uploaded figure is in the programme status at the next request', async (t) => {
  const api = await startApi();
  t.after(() => api.close());
  const coverage = async () => {
    const res = await api.as(null, { method: 'GET', url: `/api/v1/programme/targets?today=${TODAY}` });
    assert.equal(res.statusCode, 200, res.body);
    return (res.json() as { targets: TargetView[] }).targets.find((v) => v.target.id === '5g_population_coverage_2025');
  };
  const before = await coverage();
  assert.ok(before, 'the built-in pack has the 5G coverage target');
  assert.notEqual(before.latest?.value, 93.7);

  const upload = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', ...multipart('phu-song-5g.txt', FIGURE) });
  assert.equal(upload.statusCode, 202, upload.body);
  const job = await api.job('editor', upload);
  assert.equal(job.status, 'done', JSON.stringify(job));
  assert.equal((job.result as { created: number }).created, 1, JSON.stringify(job));

  const after = await coverage();
  assert.equal(after?.latest?.value, 93.7, JSON.stringify(after?.latest));
  assert.equal(after?.latest?.asOf, '2026-10-01');
});
