// Issue 10, item 18: figures stored by `crawl` and `reextract` reach the programme right away, as
// those stored by `ingest` do, without a programme command or a server restart in between. The
// store is read directly afterwards: a programme command would link on its own and hide the defect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from '../helpers.ts';
import { startFixtureServer, send } from '../sources/fixture-server.ts';
import { openStore } from '../../src/store/index.ts';

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

const FIGURE = 'Theo báo cáo của Bộ Khoa học và Công nghệ ngày 2/7/2025, cả nước đã có 12.106 trạm 5G được triển khai, phủ sóng hơn 26% dân số.';

/** Observations of the 5G station count, read from the database as it is, without linking. */
async function stationObservations(db: string): Promise<number[]> {
  const store = await openStore(db);
  try {
    return (await store.programme.observations()).filter((o) => o.origin === 'extracted' && o.indicator === '5g_stations').map((o) => o.value);
  } finally {
    await store.close();
  }
}

test('a crawled page with a programme figure has its observation right after the crawl', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/robots.txt', send(404, 'text/plain', ''));
  server.route('/rss', send(200, 'application/rss+xml', `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>${server.base}/5g.html</link></item></channel></rss>`));
  server.route('/5g.html', send(200, 'text/html; charset=utf-8', `<!doctype html><html lang="vi"><head><title>Hạ tầng 5G phát triển nhanh</title><meta property="article:published_time" content="2025-07-02T17:12:00+07:00"></head><body><article><h1>Hạ tầng 5G phát triển nhanh</h1><p>${FIGURE}</p><p>Mục tiêu đến cuối năm 2025 là 90% dân số được tiếp cận mạng 5G.</p></article></body></html>`));
  const db = join(tempDir(t), 'crawl.db');
  const added = await radar57(['--db', db, 'source', 'add', `${server.base}/rss`, '--json']);
  assert.equal(added.code, 0, added.stderr);
  const run = await radar57(['--db', db, 'crawl', '--once', '--allow-private', '--delay', '1', '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).stored, 1);
  assert.deepEqual(await stationObservations(db), [12106]);
});

test('figures found by reextract have their observations right after it', async (t) => {
  const dir = tempDir(t);
  const db = join(dir, 'r.db');
  const file = join(dir, 'tin.txt');
  writeFileSync(file, `Hạ tầng 5G phát triển nhanh\n\n${FIGURE}\n`);
  // Stored without facts (a bulk load): nothing to link until reextract finds the figures.
  const ingest = await radar57(['--db', db, 'ingest', '--no-facts', file, '--json']);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.deepEqual(await stationObservations(db), []);
  const run = await radar57(['--db', db, 'reextract', '--json']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).reextracted, 1);
  assert.deepEqual(await stationObservations(db), [12106]);
});
