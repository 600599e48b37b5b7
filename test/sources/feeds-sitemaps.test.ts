// Feed and sitemap formats: RSS 2.0, RDF/RSS 1.0, Atom, sitemap index, urlset, Google News sitemap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../src/sources/feeds.ts';
import { parseSitemap } from '../../src/sources/sitemaps.ts';
import { toIsoTime } from '../../src/sources/times.ts';

const BASE = 'https://tin.example.vn/rss/khoa-hoc.rss';

test('RSS 2.0: items with links, titles, dates in Vietnam time, entities decoded', () => {
  const feed = parseFeed(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Khoa học &amp; Công nghệ</title>
<item><title>Hà Nội triển khai Nghị quyết 57</title><link>https://tin.example.vn/a-1.html</link>
<pubDate>Wed, 02 Jul 2025 10:12:00 GMT</pubDate><description><![CDATA[<p>Tóm tắt</p>]]></description></item>
<item><title>Chỉ có guid</title><guid>/b-2.html</guid></item>
<item><title>Không có liên kết</title></item>
</channel></rss>`, BASE);
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Khoa học & Công nghệ');
  assert.equal(feed.entries.length, 2);
  assert.deepEqual(feed.entries[0], { url: 'https://tin.example.vn/a-1.html', title: 'Hà Nội triển khai Nghị quyết 57', published: '2025-07-02T17:12:00+07:00', summary: '<p>Tóm tắt</p>' });
  assert.equal(feed.entries[1]!.url, 'https://tin.example.vn/b-2.html');
});

test('RDF / RSS 1.0: items beside the channel, dc:date', () => {
  const feed = parseFeed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://tin.example.vn/"><title>Tin RDF</title></channel>
<item rdf:about="https://tin.example.vn/c-3.html"><title>Mục một</title><link>https://tin.example.vn/c-3.html</link><dc:date>2025-12-10T15:00:00+07:00</dc:date></item>
</rdf:RDF>`, BASE);
  assert.equal(feed.format, 'rdf');
  assert.equal(feed.entries.length, 1);
  assert.equal(feed.entries[0]!.published, '2025-12-10T15:00:00+07:00');
});

test('Atom: the alternate link, published or updated', () => {
  const feed = parseFeed(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
<entry><title>Một</title><link rel="self" href="https://tin.example.vn/self"/><link rel="alternate" href="/d-4.html"/><updated>2025-07-01T08:00:00Z</updated></entry>
<entry><title>Hai</title><link href="https://tin.example.vn/e-5.html"/><published>2025-07-02T09:30:00</published></entry>
</feed>`, BASE);
  assert.equal(feed.format, 'atom');
  assert.deepEqual(feed.entries.map((e) => e.url), ['https://tin.example.vn/d-4.html', 'https://tin.example.vn/e-5.html']);
  assert.equal(feed.entries[0]!.published, '2025-07-01T15:00:00+07:00');
  assert.equal(feed.entries[1]!.published, '2025-07-02T09:30:00+07:00', 'no offset means Vietnam time');
});

test('a non-feed or broken XML gets an error naming the source', () => {
  assert.throws(() => parseFeed('<html><body>x</body></html>', BASE), /tin\.example\.vn.*not an RSS, RDF or Atom feed/);
  assert.throws(() => parseFeed('<rss><channel><item></rss', BASE), /tin\.example\.vn/);
});

test('sitemap index lists sitemaps; urlset lists pages; Google News adds title and date', () => {
  const index = parseSitemap(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://tin.example.vn/sitemap-1.xml</loc><lastmod>2025-07-02</lastmod></sitemap>
<sitemap><loc>https://tin.example.vn/sitemap-2.xml</loc></sitemap></sitemapindex>`, BASE);
  assert.equal(index.kind, 'index');
  assert.deepEqual(index.kind === 'index' && index.sitemaps.map((s) => s.url), ['https://tin.example.vn/sitemap-1.xml', 'https://tin.example.vn/sitemap-2.xml']);

  const news = parseSitemap(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://tin.example.vn/f-6.html</loc><news:news><news:publication><news:name>Tin</news:name><news:language>vi</news:language></news:publication>
<news:publication_date>2025-07-02T17:12:00+07:00</news:publication_date><news:title>Hội nghị sơ kết</news:title></news:news></url>
<url><loc>https://tin.example.vn/g-7.html</loc><lastmod>2025-07-03T08:00:00+07:00</lastmod></url></urlset>`, BASE);
  assert.equal(news.kind, 'urlset');
  if (news.kind !== 'urlset') return;
  assert.deepEqual(news.pages[0], { url: 'https://tin.example.vn/f-6.html', lastModified: null, title: 'Hội nghị sơ kết', published: '2025-07-02T17:12:00+07:00' });
  assert.equal(news.pages[1]!.lastModified, '2025-07-03T08:00:00+07:00');
});

test('feed times: RFC 822 and ISO 8601 to ISO in Vietnam time; a bare date stays a date', () => {
  assert.equal(toIsoTime('Tue, 01 Jul 2025 23:30:00 +0000'), '2025-07-02T06:30:00+07:00');
  assert.equal(toIsoTime('2025-07-02'), '2025-07-02');
  assert.equal(toIsoTime('2025-07-02 17:12'), '2025-07-02T17:12:00+07:00');
  assert.equal(toIsoTime('hôm qua'), null);
});
