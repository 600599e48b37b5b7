// The crawl job end to end against a loopback news site: sources → queue → pages → documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { openStore } from '../../src/store/index.ts';
import { encodeWindows1258 } from '../../src/decode/legacy-encoders.ts';
import { crawl, MAX_NEW_URLS_PER_SOURCE } from '../../src/pipeline/crawl.ts';
import { PoliteClient } from '../../src/sources/polite-client.ts';
import { startFixtureServer, send, type FixtureServer } from '../sources/fixture-server.ts';

const PARAGRAPHS = [
  'Sáng 2/7, tại Hà Nội, Ban Chỉ đạo Trung ương tổ chức hội nghị sơ kết 6 tháng đầu năm về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.',
  'Theo báo cáo, tính đến nay đã có 12.106 trạm 5G được triển khai, phủ sóng hơn 26% dân số. Mục tiêu đến cuối năm 2025 là 90% dân số được tiếp cận mạng 5G.',
  'Hệ sinh thái khoa học, công nghệ tiếp tục phát triển với 858 doanh nghiệp khoa học và công nghệ, 45 doanh nghiệp công nghệ cao và trên 73.000 doanh nghiệp công nghệ số.',
  'Tổng Bí thư Tô Lâm đề nghị các bộ, ngành, địa phương làm rõ điểm nghẽn, đề xuất giải pháp đột phá, khả thi để tạo chuyển biến rõ rệt trong 6 tháng cuối năm.',
];

function page(title: string, paragraphs: string[], charset = 'utf-8'): string {
  return `<!doctype html><html lang="vi"><head><meta charset="${charset}"><title>${title}</title>
<meta property="article:published_time" content="2025-07-02T17:12:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/khoa-hoc">Khoa học</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Bản quyền thuộc về Báo Thử nghiệm</footer></body></html>`;
}

const HTML = 'text/html; charset=utf-8';

function rss(base: string, paths: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>${paths
    .map((p, i) => `<item><title>Tin ${i}</title><link>${base}${p}</link></item>`)
    .join('')}</channel></rss>`;
}

async function site(t: { after: (fn: () => Promise<void>) => void }): Promise<FixtureServer> {
  const server = await startFixtureServer();
  t.after(() => server.close());
  server.route('/robots.txt', send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n'));
  return server;
}

const client = () => new PoliteClient({ allowPrivate: true, delayMs: 0, backoffMs: 5, timeoutMs: 3000 });

test('a feed source: entries fetched, structured and stored; robots-disallowed pages skipped', async (t) => {
  const server = await site(t);
  server.route('/rss', send(200, 'application/rss+xml', rss(server.base, ['/a.html', '/b.html', '/private/c.html'])));
  server.route('/a.html', send(200, HTML, page('Hội nghị sơ kết Nghị quyết 57', PARAGRAPHS)));
  // A page in Windows-1258, declared in its meta tag only.
  server.route('/b.html', send(200, 'text/html', encodeWindows1258(page('Hạ tầng số và trạm 5G', PARAGRAPHS.slice(1), 'windows-1258'))));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/rss`, name: 'Thử', kind: 'feed' });
  const summary = await crawl(store, { maxPages: 10, client: client() });
  assert.equal(summary.queued, 3);
  assert.equal(summary.stored, 2);
  assert.equal(summary.skipped, 1);
  assert.equal(server.hits('/private/c.html'), 0);
  const docs = await store.listDocuments();
  assert.deepEqual(docs.map((d) => d.title).sort(), ['Hạ tầng số và trạm 5G', 'Hội nghị sơ kết Nghị quyết 57']);
  const b = docs.find((d) => d.title === 'Hạ tầng số và trạm 5G')!;
  assert.equal(b.url, `${server.base}/b.html`);
  assert.ok(b.body.some((p) => p.includes('12.106 trạm 5G')), 'windows-1258 page decoded to Unicode');
  assert.equal(b.published, '2025-07-02T17:12:00+07:00');
  await store.close();
});

test('a second pass fetches nothing again: conditional GET on the feed, stored pages not re-fetched', async (t) => {
  const server = await site(t);
  server.route('/rss', (req, res) => {
    if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(rss(server.base, ['/a.html']));
  });
  server.route('/a.html', send(200, HTML, page('Một', PARAGRAPHS)));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/rss`, name: null, kind: 'feed' });
  await crawl(store, { maxPages: 10, client: client() });
  const again = await crawl(store, { maxPages: 10, client: client() });
  assert.equal(again.queued, 0);
  assert.equal(again.fetched, 0);
  assert.equal(server.hits('/a.html'), 1);
  assert.equal(server.log.filter((l) => l.path === '/rss')[1]?.headers['if-none-match'], '"f1"');
  await store.close();
});

test('an interrupted crawl resumes with what was pending and never re-fetches what it stored', async (t) => {
  const server = await site(t);
  const paths = ['/p1.html', '/p2.html', '/p3.html', '/p4.html'];
  server.route('/rss', send(200, 'application/rss+xml', rss(server.base, paths)));
  paths.forEach((p, i) => server.route(p, send(200, HTML, page(`Bài số ${i + 1} về chuyển đổi số`, [PARAGRAPHS[i]!, ...PARAGRAPHS]))));
  const dir = (await import('node:fs')).mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'crawl-'));
  const db = `${dir}/crawl.db`;
  // The first run is cut short after two pages, as a killed process would be.
  let store = await openStore(db);
  await store.addSource({ url: `${server.base}/rss`, name: null, kind: 'feed' });
  const first = await crawl(store, { maxPages: 2, client: client() });
  assert.equal(first.stored, 2);
  await store.close();
  store = await openStore(db);
  const second = await crawl(store, { maxPages: 10, client: client() });
  assert.equal(second.stored, 2);
  for (const p of paths) assert.equal(server.hits(p), 1, `${p} fetched once`);
  assert.equal(await store.countDocuments(), 4);
  await store.close();
});

test('a sitemap index and a Google News sitemap feed the queue', async (t) => {
  const server = await site(t);
  server.route('/sitemap.xml', send(200, 'application/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${server.base}/news-sitemap.xml</loc></sitemap></sitemapindex>`));
  server.route('/news-sitemap.xml', send(200, 'application/xml', `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${server.base}/n1.html</loc><news:news><news:title>Tin</news:title><news:publication_date>2025-07-02T17:12:00+07:00</news:publication_date></news:news></url></urlset>`));
  server.route('/n1.html', send(200, HTML, page('Tin từ sitemap', PARAGRAPHS)));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/sitemap.xml`, name: null, kind: 'sitemap' });
  const summary = await crawl(store, { maxPages: 10, client: client() });
  assert.equal(summary.stored, 1);
  assert.equal((await store.listDocuments())[0]!.title, 'Tin từ sitemap');
  await store.close();
});

test('the same content under two URLs is stored once, with both URLs', async (t) => {
  const server = await site(t);
  const html = page('Bài đăng lại', PARAGRAPHS);
  server.route('/rss', send(200, 'application/rss+xml', rss(server.base, ['/x.html', '/amp/x.html'])));
  server.route('/x.html', send(200, HTML, html));
  server.route('/amp/x.html', send(200, HTML, html));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/rss`, name: null, kind: 'feed' });
  const summary = await crawl(store, { maxPages: 10, client: client() });
  assert.equal(summary.stored, 2);
  assert.equal(await store.countDocuments(), 1);
  const [doc] = await store.listDocuments();
  assert.deepEqual((await store.documentUrls(doc!.id)).sort(), [`${server.base}/amp/x.html`, `${server.base}/x.html`]);
  await store.close();
});

test('the same story from two sources with small edits yields one cluster of two', async (t) => {
  const server = await site(t);
  const edited = PARAGRAPHS.map((p) => p.replace('hội nghị sơ kết', 'hội nghị sơ kết trực tuyến').replace('đột phá, khả thi', 'đột phá và khả thi'));
  server.route('/rss1', send(200, 'application/rss+xml', rss(server.base, ['/site1/story.html'])));
  server.route('/rss2', send(200, 'application/rss+xml', rss(server.base, ['/site2/story.html'])));
  server.route('/site1/story.html', send(200, HTML, page('Sơ kết 6 tháng thực hiện Nghị quyết 57', PARAGRAPHS)));
  server.route('/site2/story.html', send(200, HTML, page('Sơ kết sáu tháng thực hiện Nghị quyết 57-NQ/TW', edited)));
  server.route('/rss3', send(200, 'application/rss+xml', rss(server.base, ['/site3/other.html'])));
  server.route('/site3/other.html', send(200, HTML, page('Tin khác hẳn', ['Thành phố khai trương trung tâm đổi mới sáng tạo dành cho các doanh nghiệp khởi nghiệp công nghệ, với không gian làm việc chung và phòng thí nghiệm.'])));
  const store = await openStore(':memory:');
  for (const s of ['/rss1', '/rss2', '/rss3']) await store.addSource({ url: `${server.base}${s}`, name: null, kind: 'feed' });
  await crawl(store, { maxPages: 10, client: client() });
  assert.equal(await store.countDocuments(), 3);
  const clusters = await store.nearDuplicateClusters();
  assert.equal(clusters.length, 1);
  assert.equal(clusters[0]!.documentIds.length, 2);
  await store.close();
});

test('robots.txt redirects are followed; a failing robots.txt fails pages for a later retry, never skips them', async (t) => {
  const server = await startFixtureServer();
  t.after(() => server.close());
  let robotsDown = true;
  server.route('/robots.txt', (_req, res) => {
    if (robotsDown) return void res.writeHead(503).end();
    res.writeHead(301, { location: '/robots-real.txt' }).end();
  });
  server.route('/robots-real.txt', send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n'));
  server.route('/rss', send(200, 'application/rss+xml', rss(server.base, ['/ok.html', '/private/no.html'])));
  server.route('/ok.html', send(200, HTML, page('Trang được phép', PARAGRAPHS)));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/rss`, name: null, kind: 'feed' });
  const c = new PoliteClient({ allowPrivate: true, delayMs: 0, backoffMs: 5, timeoutMs: 3000, retries: 0 });
  const down = await crawl(store, { maxPages: 10, client: c });
  assert.equal(down.sourceErrors, 1, 'the feed itself cannot be read while robots.txt fails');
  robotsDown = false;
  const up = await crawl(store, { maxPages: 10, client: c });
  assert.equal(up.stored, 1);
  assert.equal(up.skipped, 1, 'the redirected robots.txt is obeyed');
  assert.equal(server.hits('/private/no.html'), 0);
  await store.close();
});

test('a gzipped child sitemap is read, and a broken one costs only its own pages', async (t) => {
  const server = await site(t);
  const urlset = (paths: string[]) => `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${server.base}${p}</loc></url>`).join('')}</urlset>`;
  server.route('/sitemap.xml', send(200, 'application/xml', `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${['/a.xml', '/b.xml.gz', '/broken.xml'].map((p) => `<sitemap><loc>${server.base}${p}</loc></sitemap>`).join('')}</sitemapindex>`));
  server.route('/a.xml', send(200, 'application/xml', urlset(['/pa.html'])));
  server.route('/b.xml.gz', send(200, 'application/x-gzip', gzipSync(Buffer.from(urlset(['/pb.html'])))));
  server.route('/broken.xml', send(500, 'text/plain', 'error'));
  server.route('/pa.html', send(200, HTML, page('Trang A', PARAGRAPHS)));
  server.route('/pb.html', send(200, HTML, page('Trang B', PARAGRAPHS.slice(1))));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/sitemap.xml`, name: null, kind: 'sitemap' });
  const summary = await crawl(store, { maxPages: 10, client: new PoliteClient({ allowPrivate: true, delayMs: 0, backoffMs: 5, retries: 0 }) });
  assert.equal(summary.queued, 2);
  assert.equal(summary.stored, 2);
  assert.equal(summary.sourceErrors, 1);
  assert.match((await store.listSources())[0]!.lastError ?? '', /broken\.xml.*500/);
  await store.close();
});

// Issue 10, item 17: one large sitemap must not fill the queue and starve the other sources, and a
// malformed feed or sitemap is an error recorded against its source, not a quiet empty read.

const urlset = (base: string, paths: string[]) =>
  `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${base}${p}</loc></url>`).join('')}</urlset>`;

test('a large sitemap gives at most MAX_NEW_URLS_PER_SOURCE new URLs per run; the rest come on the next run', async (t) => {
  const server = await site(t);
  const paths = Array.from({ length: MAX_NEW_URLS_PER_SOURCE + 50 }, (_, i) => `/lon/${String(i).padStart(4, '0')}.html`);
  server.route('/sitemap.xml', send(200, 'application/xml', urlset(server.base, paths), { etag: '"s1"' }));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/sitemap.xml`, name: null, kind: 'sitemap' });
  // Queue only (no page fetched): what the sources give is what is counted.
  const first = await crawl(store, { maxPages: 0, client: client() });
  assert.equal(first.queued, MAX_NEW_URLS_PER_SOURCE);
  const second = await crawl(store, { maxPages: 0, client: client() });
  assert.equal(second.queued, 50, 'the sitemap is read again (not 304) and the URLs left over are queued');
  assert.equal((await store.listSourcesWithCounts())[0]!.pending, paths.length);
  await store.close();
});

test('sources take turns: a large sitemap does not hold back a small feed', async (t) => {
  const server = await site(t);
  // The sitemap's pages sort before the feed's and are queued first: only taking turns lets the feed through.
  server.route('/sitemap.xml', send(200, 'application/xml', urlset(server.base, Array.from({ length: 100 }, (_, i) => `/a/${i}.html`))));
  server.route('/rss', send(200, 'application/rss+xml', rss(server.base, ['/z/1.html', '/z/2.html'])));
  server.route('/z/1.html', send(200, HTML, page('Tin nhỏ một', PARAGRAPHS)));
  server.route('/z/2.html', send(200, HTML, page('Tin nhỏ hai', PARAGRAPHS.slice(1))));
  const store = await openStore(':memory:');
  await store.addSource({ url: `${server.base}/sitemap.xml`, name: null, kind: 'sitemap' });
  await store.addSource({ url: `${server.base}/rss`, name: null, kind: 'feed' });
  const summary = await crawl(store, { maxPages: 4, client: client() });
  assert.equal(summary.queued, 102);
  assert.deepEqual([server.hits('/z/1.html'), server.hits('/z/2.html')], [1, 1], 'the feed had its turns within the first four pages');
  assert.equal(server.log.filter((l) => l.path.startsWith('/a/')).length, 2);
  await store.close();
});

test('a malformed feed or sitemap is an error recorded against its source and in the summary', async (t) => {
  const server = await site(t);
  // Cut off in the middle of an item, as a feed whose generator crashed.
  server.route('/cut.rss', send(200, 'application/rss+xml', `${rss(server.base, ['/c1.html']).slice(0, -40)}<item><title>Dở dang</title><link>${server.base}/c2`));
  server.route('/cut-sitemap.xml', send(200, 'application/xml', urlset(server.base, ['/s1.html']).replace('</urlset>', `<url><loc>${server.base}/s2`)));
  server.route('/nolinks.rss', send(200, 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Không có liên kết</title></item></channel></rss>'));
  const store = await openStore(':memory:');
  for (const [path, kind] of [['/cut.rss', 'feed'], ['/cut-sitemap.xml', 'sitemap'], ['/nolinks.rss', 'feed']] as const) {
    await store.addSource({ url: `${server.base}${path}`, name: null, kind });
  }
  const summary = await crawl(store, { maxPages: 0, client: client() });
  assert.equal(summary.sourceErrors, 3);
  const [cut, cutSitemap, noLinks] = await store.listSources();
  assert.match(cut!.lastError ?? '', /cut\.rss: not well-formed XML \(line \d+, column \d+/);
  assert.match(cutSitemap!.lastError ?? '', /cut-sitemap\.xml: not well-formed XML/);
  assert.match(noLinks!.lastError ?? '', /1 of 1 items have no usable link/);
  assert.deepEqual(summary.errors.map((e) => [e.sourceId, e.error]), (await store.listSources()).map((s) => [s.id, s.lastError]));
  await store.close();
});
