// Issue 10, item 9: javascript: and data: URLs from an uploaded JSONL file or an HTML page's
// canonical link never come back from the API as links, and the web app renders external links
// only through its http(s) guard (a second line of defence for rows stored before the fix).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from './api-fixture.ts';
import { externalHref } from '../../web/src/links.ts';

const api = await startApi();
after(() => api.close());

function multipart(files: { name: string; content: string; type: string }[]) {
  const boundary = '----radar57script';
  const parts = files.map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n${f.content}\r\n`);
  return { payload: `${parts.join('')}--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

test('uploaded JSONL and HTML with script URLs are stored without them', async () => {
  const jsonl = [
    { title: 'Bài có liên kết độc', url: 'javascript:fetch("/api/v1/users")', body: ['Sở Thông tin và Truyền thông tỉnh Sơn La triển khai nền tảng số mới.'], related: [{ title: 'Xem thêm', url: 'data:text/html,<script>alert(1)</script>' }, { title: 'Nguồn', url: 'https://sonla.gov.vn/tin-1' }] },
  ].map((r) => JSON.stringify(r)).join('\n');
  const html = `<!doctype html><html lang="vi"><head><title>Trang độc</title><link rel="canonical" href="javascript:alert(document.domain)"></head>
<body><article><h1>Tỉnh Yên Bái số hóa hồ sơ</h1><p>Tỉnh Yên Bái đã số hóa hơn 90% hồ sơ thủ tục hành chính trong năm 2025, theo Sở Nội vụ tỉnh.</p>
<p>Việc số hóa giúp người dân tra cứu trực tuyến và giảm thời gian chờ đợi tại bộ phận một cửa của tỉnh.</p></article></body></html>`;
  const res = await api.as('editor', { method: 'POST', url: '/api/v1/ingest', ...multipart([{ name: 'doc.jsonl', content: jsonl, type: 'application/x-ndjson' }, { name: 'trang.html', content: html, type: 'text/html' }]) });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().created, 2, res.body);
  const ids = (await api.store.listDocuments({ newestFirst: true, limit: 2 })).map((d) => d.id);
  for (const id of ids) {
    const detail = (await api.as(null, { method: 'GET', url: `/api/v1/documents/${id}` })).json();
    const text = JSON.stringify(detail);
    assert.doesNotMatch(text, /javascript:|data:text/i, `document ${id}`);
  }
  const jsonlDoc = (await api.as(null, { method: 'GET', url: `/api/v1/documents/${Math.min(...ids)}` })).json();
  assert.deepEqual(jsonlDoc.document.related.map((r: { url: string | null }) => r.url), [null, 'https://sonla.gov.vn/tin-1']);
});

test('the web app links outside only through externalHref, which passes http(s) alone', () => {
  assert.equal(externalHref('javascript:alert(1)'), undefined);
  assert.equal(externalHref(' JAVASCRIPT:alert(1)'), undefined);
  assert.equal(externalHref('data:text/html,x'), undefined);
  assert.equal(externalHref(null), undefined);
  assert.equal(externalHref('https://vnexpress.net/a.html'), 'https://vnexpress.net/a.html');

  // Every href in the app is an internal path (a literal or template starting with /, ? or #) or
  // goes through externalHref.
  const root = fileURLToPath(new URL('../../web/src/', import.meta.url));
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : /\.tsx$/.test(f) ? [join(dir, f)] : []));
  })(root);
  const unsafe: string[] = [];
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/href=\{([^}]*(?:\{[^}]*\}[^}]*)*)\}/g)) {
      const expr = m[1]!.trim();
      if (/^[`'"][/?#]/.test(expr) || /^(externalHref|internalHref|apiUrl)\(/.test(expr) || /^(item\.href|searchHref\()/.test(expr)) continue;
      unsafe.push(`${file.slice(root.length)}: href={${expr}}`);
    }
  }
  assert.deepEqual(unsafe, []);
});
