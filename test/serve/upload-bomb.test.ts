// An uploaded gzip bomb is refused by name within the inflation limit; the upload's other files
// are stored (issue 10, item 4).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { startApi } from './api-fixture.ts';

const api = await startApi();
after(() => api.close());

test('an uploaded gzip bomb is rejected by name, the other file stored', async () => {
  const boundary = '----radar57bomb';
  const part = (name: string, content: Buffer) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from('\r\n'),
  ];
  const payload = Buffer.concat([
    ...part('bom.html.gz', gzipSync(Buffer.alloc(64 * 1024 * 1024))),
    ...part('tin.txt', Buffer.from('Tỉnh Hà Giang có 35 trạm 5G mới theo báo cáo ngày 5/11/2025.\n')),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const res = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
  const summary = (await api.job('editor', res)).result;
  assert.deepEqual(summary.results.map((f: { name: string; status: string }) => [f.name, f.status]), [['bom.html.gz', 'rejected'], ['tin.txt', 'stored']]);
  assert.match(summary.rejected[0].reason, /gzip data inflates to more than 32 MB/);
});
