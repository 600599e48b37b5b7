// A gzip bomb never inflates past the one shared limit, in every path that gunzips: files read by
// ingest and uploads, crawled pages, gzipped sitemaps (issue 10, item 4). The bomb is made here:
// 64 MB of zeros, about 64 KB compressed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_INFLATED_BYTES, DecodeError, gunzipLimited } from '../../src/decode/index.ts';
import { readInput } from '../../src/pipeline/read-input.ts';
import { ingestPaths } from '../../src/pipeline/ingest.ts';
import { crawl, type CrawlEvent } from '../../src/pipeline/crawl.ts';
import { PoliteClient } from '../../src/sources/polite-client.ts';
import { openStore } from '../../src/store/index.ts';
import { startFixtureServer, send } from '../sources/fixture-server.ts';
import { tempDir } from '../helpers.ts';

const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));
const LIMIT = /more than 32 MB/;

test('the limit is 32 MB and the bomb is small enough to pass every size check on the bytes received', () => {
  assert.equal(MAX_INFLATED_BYTES, 32 * 1024 * 1024);
  assert.ok(BOMB.length < 1024 * 1024, `${BOMB.length} bytes compressed`);
});

test('gunzipLimited stops at the limit with an error naming the input; bad gzip is named too', () => {
  assert.throws(() => gunzipLimited(BOMB, 'bomb.gz'), (e: unknown) => e instanceof DecodeError && e.reason === 'too-large' && /^bomb\.gz: /.test(e.message) && LIMIT.test(e.message));
  assert.throws(() => gunzipLimited(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'broken.gz'), (e: unknown) => e instanceof DecodeError && e.reason === 'invalid-gzip' && /^broken\.gz: /.test(e.message));
  assert.equal(gunzipLimited(gzipSync('xin chào'), 'ok.gz').toString('utf8'), 'xin chào');
});

test('reading a gzipped page that inflates past the limit fails with the file named', () => {
  assert.throws(() => readInput({ origin: 'trang.html.gz', bytes: BOMB }), (e: Error) => /^trang\.html\.gz: /.test(e.message) && LIMIT.test(e.message));
});

test('ingest rejects the bomb by name and stores the other files', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'bomb.html.gz'), BOMB);
  writeFileSync(join(dir, 'tin.html.gz'), gzipSync('<html><head><title>Tin thật</title></head><body><article><h1>Tin thật</h1><p>Tỉnh Lào Cai có 40 trạm 5G mới theo báo cáo ngày 1/11/2025 của Sở Khoa học và Công nghệ.</p></article></body></html>'));
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const summary = await ingestPaths([dir], store);
  assert.equal(summary.stored, 1);
  assert.equal(summary.rejected.length, 1);
  assert.equal(summary.rejected[0]!.origin, join(dir, 'bomb.html.gz'));
  assert.match(summary.rejected[0]!.reason, LIMIT);
});

test('the crawler fails a gzip-bomb page and a gzip-bomb sitemap by URL, within the limit', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/robots.txt', send(200, 'text/plain', 'User-agent: *\n'));
  const urlset = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${server.base}/bomb.html</loc></url></urlset>`;
  server.route('/sitemap.xml', send(200, 'application/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${server.base}/pages.xml</loc></sitemap><sitemap><loc>${server.base}/bomb.xml.gz</loc></sitemap></sitemapindex>`));
  server.route('/pages.xml', send(200, 'application/xml', urlset));
  server.route('/bomb.xml.gz', send(200, 'application/x-gzip', BOMB));
  // A gzip file served as HTML (no Content-Encoding): the transfer's 10 MB cap does not see inside it.
  server.route('/bomb.html', send(200, 'text/html', BOMB));
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await store.addSource({ url: `${server.base}/sitemap.xml`, name: null, kind: 'sitemap' });
  const events: CrawlEvent[] = [];
  const summary = await crawl(store, { maxPages: 5, client: new PoliteClient({ allowPrivate: true, delayMs: 0, backoffMs: 5, retries: 0 }), onEvent: (e) => events.push(e) });
  assert.equal(summary.failed, 1);
  const page = events.find((e) => e.type === 'page');
  assert.ok(page && page.type === 'page' && page.outcome.status === 'failed');
  assert.match(page.outcome.reason ?? '', new RegExp(`${server.base}/bomb\\.html: gzip data inflates to more than 32 MB`));
  assert.match((await store.listSources())[0]!.lastError ?? '', /bomb\.xml\.gz: gzip data inflates to more than 32 MB/);
});
