// `radar57 source …` and `radar57 crawl --once` as a user runs them, against a loopback site.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { startFixtureServer, send } from '../sources/fixture-server.ts';

const BIN = join(REPO, 'bin', 'radar57.js');

/** Async on purpose: the fixture server lives in this process and must keep answering. */
function radar57(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('source add, list, crawl --once and source remove', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/robots.txt', send(404, 'text/plain', ''));
  server.route('/tin/rss', send(200, 'application/rss+xml', `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>${server.base}/a.html</link></item></channel></rss>`));
  server.route('/a.html', send(200, 'text/html; charset=utf-8', '<!doctype html><html lang="vi"><head><title>Hà Nội đẩy mạnh chuyển đổi số</title></head><body><article><h1>Hà Nội đẩy mạnh chuyển đổi số</h1><p>Thành phố Hà Nội triển khai nhiều giải pháp chuyển đổi số trong cải cách thủ tục hành chính, lấy người dân và doanh nghiệp làm trung tâm.</p><p>Đến cuối năm 2025, thành phố phấn đấu 80% hồ sơ được xử lý trực tuyến toàn trình.</p></article></body></html>'));
  const db = join(tempDir(t), 'crawl.db');

  const added = await radar57(['--db', db, 'source', 'add', `${server.base}/tin/rss`, '--name', 'Tin thử', '--json']);
  assert.equal(added.code, 0, added.stderr);
  assert.equal(JSON.parse(added.stdout).source.kind, 'feed', 'kind guessed from the URL');

  const refused = await radar57(['--db', db, 'crawl', '--once', '--json']);
  assert.equal(refused.code, 0, refused.stderr);
  assert.equal(JSON.parse(refused.stdout).sourceErrors, 1, 'loopback refused without --allow-private');
  assert.match(refused.stderr, /refusing to connect to 127\.0\.0\.1/);

  const run = await radar57(['--db', db, 'crawl', '--once', '--allow-private', '--delay', '1', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const summary = JSON.parse(run.stdout);
  assert.equal(summary.stored, 1);
  assert.equal(summary.documentsCreated, 1);

  const list = JSON.parse((await radar57(['--db', db, 'source', 'list', '--json'])).stdout);
  assert.equal(list.sources.length, 1);
  assert.equal(list.sources[0].stored, 1);

  const search = JSON.parse((await radar57(['--db', db, 'search', 'chuyen doi so', '--json'])).stdout);
  assert.equal(search.hits.length, 1);

  const removed = await radar57(['--db', db, 'source', 'remove', String(list.sources[0].id), '--json']);
  assert.equal(removed.code, 0, removed.stderr);
  assert.equal(JSON.parse((await radar57(['--db', db, 'source', 'list', '--json'])).stdout).sources.length, 0);
  assert.equal(JSON.parse((await radar57(['--db', db, 'stats', '--json'])).stdout).documents, 1, 'documents kept');
});

test('crawl names a malformed feed and its error in its output, and source list keeps it', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/robots.txt', send(404, 'text/plain', ''));
  // Cut off mid-item: it parses to nothing without a complaint unless its XML is checked.
  server.route('/hong/rss', send(200, 'application/rss+xml', `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><link>${server.base}/a`));
  const db = join(tempDir(t), 'crawl.db');
  assert.equal((await radar57(['--db', db, 'source', 'add', `${server.base}/hong/rss`])).code, 0);
  const run = await radar57(['--db', db, 'crawl', '--once', '--allow-private', '--delay', '1']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /Nguồn: 1 \(1 lỗi\)/);
  assert.match(run.stdout, /lỗi nguồn #1 http:\/\/127\.0\.0\.1:\d+\/hong\/rss: .*not well-formed XML/);
  const asJson = JSON.parse((await radar57(['--db', db, 'crawl', '--once', '--allow-private', '--delay', '1', '--json'])).stdout);
  assert.match(asJson.errors[0].error, /hong\/rss: not well-formed XML/);
  const list = await radar57(['--db', db, 'source', 'list']);
  assert.match(list.stdout, /lỗi: .*hong\/rss: not well-formed XML/);
});
