// HTML article extraction on small pages written for each behaviour: metadata sources, Vietnamese
// date lines, captions kept apart from the body, boilerplate dropped, charsets and gzip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeHtmlBytes, extractHtmlArticle } from '../../src/structure/html/index.ts';
import { splitCredit } from '../../src/structure/html/captions.ts';

const PROSE = [
  'Hà Nội đặt mục tiêu đến năm 2030 có ít nhất 5.000 doanh nghiệp công nghệ số hoạt động hiệu quả trên địa bàn thành phố.',
  'Theo kế hoạch, thành phố sẽ dành tối thiểu 3% tổng chi ngân sách hằng năm cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.',
  'Các sở, ngành được giao rà soát thủ tục hành chính, cắt giảm ít nhất 30% thời gian xử lý hồ sơ trực tuyến trong năm nay.',
];

function paragraphs(texts: readonly string[] = PROSE): string {
  return texts.map((text) => `<p>${text}</p>`).join('\n');
}

function page(head: string, body: string, lang = 'vi'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

test('JSON-LD NewsArticle inside @graph gives headline, dates, person authors, section and keywords', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Báo Mẫu' },
      {
        '@type': ['NewsArticle'],
        headline: 'Hà Nội tăng chi cho khoa học',
        datePublished: '2026-03-05T09:15:00',
        dateModified: '2026-03-05T10:00:00+07:00',
        author: [{ '@type': 'Person', name: 'Nguyễn Văn An' }, { '@type': 'Person', name: 'Trần Thị Bình' }],
        publisher: { '@type': 'Organization', name: 'Báo Mẫu' },
        articleSection: 'Thời sự',
        keywords: 'Nghị quyết 57, chuyển đổi số',
      },
    ],
  };
  const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article>${paragraphs()}</article>`);
  const article = extractHtmlArticle(html, { url: 'https://baomau.vn/ha-noi-123.html' });
  assert.equal(article.title, 'Hà Nội tăng chi cho khoa học');
  // No offset in the source and a Vietnamese page: Vietnam time.
  assert.equal(article.published, '2026-03-05T09:15:00+07:00');
  assert.equal(article.publishedPrecision, 'datetime');
  assert.equal(article.modified, '2026-03-05T10:00:00+07:00');
  assert.deepEqual(article.authors, ['Nguyễn Văn An', 'Trần Thị Bình']);
  assert.equal(article.author, 'Nguyễn Văn An, Trần Thị Bình');
  assert.equal(article.category, 'Thời sự');
  assert.deepEqual(article.tags, ['Nghị quyết 57', 'chuyển đổi số']);
  assert.deepEqual(article.body, PROSE);
});

test('OpenGraph and article:* meta tags fill title, site, dates, tags, canonical URL and language', () => {
  const head = [
    '<meta property="og:title" content="Startup Việt gọi vốn thành công">',
    '<meta property="og:site_name" content="Tạp chí Mẫu">',
    '<meta property="article:published_time" content="2026-01-10T08:00:00+07:00">',
    '<meta property="article:modified_time" content="2026-01-11T08:00:00Z">',
    '<meta property="article:section" content="Kinh doanh">',
    '<meta property="article:tag" content="startup"><meta property="article:tag" content="Đổi mới sáng tạo">',
    '<link rel="canonical" href="/kinh-doanh/startup-viet.html">',
  ].join('');
  const article = extractHtmlArticle(page(head, `<main>${paragraphs()}</main>`, 'vi-VN'), { url: 'https://tapchimau.vn/kinh-doanh/startup-viet.html?utm=x' });
  assert.equal(article.title, 'Startup Việt gọi vốn thành công');
  assert.equal(article.site, 'Tạp chí Mẫu');
  assert.equal(article.published, '2026-01-10T08:00:00+07:00');
  assert.equal(article.modified, '2026-01-11T08:00:00Z');
  assert.equal(article.category, 'Kinh doanh');
  assert.deepEqual(article.tags, ['startup', 'Đổi mới sáng tạo']);
  assert.equal(article.canonicalUrl, 'https://tapchimau.vn/kinh-doanh/startup-viet.html');
  assert.equal(article.url, 'https://tapchimau.vn/kinh-doanh/startup-viet.html');
  assert.equal(article.language, 'vi');
});

test('a visible Vietnamese date line without an offset is read as +07:00', () => {
  const body = `<h1>Tiêu đề</h1><span class="date">Thứ năm, 17/9/2026, 08:30</span><article>${paragraphs()}</article>`;
  const article = extractHtmlArticle(page('', body));
  assert.equal(article.published, '2026-09-17T08:30:00+07:00');
  assert.equal(article.publishedPrecision, 'datetime');

  const dateOnly = extractHtmlArticle(page('', `<div class="post-time">17/09/2026</div><article>${paragraphs()}</article>`));
  assert.equal(dateOnly.published, '2026-09-17');
  assert.equal(dateOnly.publishedPrecision, 'date');
});

test('an explicit GMT offset in the date line is kept, and <time datetime> is used when meta is silent', () => {
  const withGmt = extractHtmlArticle(page('', `<span class="time">17/09/2026 08:30 (GMT+8)</span><article>${paragraphs()}</article>`));
  assert.equal(withGmt.published, '2026-09-17T08:30:00+08:00');
  const english = paragraphs(['The province plans to triple its spending on science and technology by 2030, officials said on Tuesday.']);
  const timed = extractHtmlArticle(page('', `<article><time datetime="2026-02-01T07:45:00">1/2</time>${english}</article>`, 'en'));
  // Not a Vietnamese page: a time without offset stays without one rather than being guessed.
  assert.equal(timed.published, '2026-02-01T07:45:00');
});

test('figure captions go to captions with their credit, never into the body', () => {
  const body = `<article>
    <p>${PROSE[0]}</p>
    <figure><img src="a.jpg" alt="ảnh"><figcaption><p>Lãnh đạo thành phố thăm khu công nghệ cao. Ảnh: <em>Hoàng Hà</em></p></figcaption></figure>
    <p>${PROSE[1]}</p>
    <div class="image-caption">Toàn cảnh hội nghị (Ảnh: TTXVN)</div>
    <p>${PROSE[2]}</p>
  </article>`;
  const article = extractHtmlArticle(page('', body));
  assert.deepEqual(article.body, PROSE);
  assert.deepEqual(article.captions, [
    { text: 'Lãnh đạo thành phố thăm khu công nghệ cao.', credit: 'Hoàng Hà' },
    { text: 'Toàn cảnh hội nghị', credit: 'TTXVN' },
  ]);
});

test('splitCredit handles Vietnamese and English credit labels, and captions without one', () => {
  assert.deepEqual(splitCredit('Ông Nguyễn Văn A phát biểu. Ảnh: VGP'), { text: 'Ông Nguyễn Văn A phát biểu.', credit: 'VGP' });
  assert.deepEqual(splitCredit('Quang cảnh buổi lễ - Ảnh minh họa: Internet'), { text: 'Quang cảnh buổi lễ', credit: 'Internet' });
  assert.deepEqual(splitCredit('The new plant. Photo by Jane Doe'), { text: 'The new plant.', credit: 'Jane Doe' });
  assert.deepEqual(splitCredit('Ảnh chụp màn hình ứng dụng'), { text: 'Ảnh chụp màn hình ứng dụng', credit: null });
});

test('navigation, share bars, ads, related boxes and comments are dropped; related links are kept apart', () => {
  const body = `
    <nav><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a></nav>
    <div class="share-buttons">Chia sẻ Facebook Zalo</div>
    <div class="main">
      <h1>Tiêu đề bài</h1>
      <div class="article-content">
        <p>${PROSE[0]}</p>
        <div class="ads-slot">Quảng cáo</div>
        <p>${PROSE[1]}</p>
        <div class="box-tin-lien-quan"><a href="/bai-khac-1.html">Doanh nghiệp công nghệ số tăng mạnh trong quý I</a>
          <a href="https://baomau.vn/bai-khac-2.html">Ngân sách cho khoa học công nghệ năm 2026</a></div>
        <p>${PROSE[2]}</p>
      </div>
      <div id="comments"><p>Bình luận của bạn đọc: bài viết rất hay, cảm ơn tác giả đã chia sẻ thông tin hữu ích này với mọi người.</p></div>
    </div>
    <aside><p>Đọc nhiều: những tin tức mới nhất trong ngày hôm nay mà bạn không nên bỏ lỡ trong mọi trường hợp.</p></aside>
    <footer>Bản quyền thuộc về Báo Mẫu. Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.</footer>`;
  const article = extractHtmlArticle(page('', body), { url: 'https://baomau.vn/thoi-su/bai-chinh.html' });
  assert.deepEqual(article.body, PROSE);
  assert.deepEqual(article.related, [
    { title: 'Doanh nghiệp công nghệ số tăng mạnh trong quý I', url: 'https://baomau.vn/bai-khac-1.html' },
    { title: 'Ngân sách cho khoa học công nghệ năm 2026', url: 'https://baomau.vn/bai-khac-2.html' },
  ]);
});

test('the sapo becomes the lede and the closing signature becomes the author, both out of the body', () => {
  const ld = { '@type': 'NewsArticle', headline: 'Tiêu đề', author: { '@type': 'Organization', name: 'Báo Mẫu' } };
  const body = `<h1>Tiêu đề</h1>
    <p class="sapo">Thành phố công bố kế hoạch thực hiện Nghị quyết 57 với nhiều chỉ tiêu cụ thể cho giai đoạn tới.</p>
    <div class="detail">${paragraphs()}<p style="text-align:right;"><strong>Minh Anh (tổng hợp)</strong></p></div>`;
  const article = extractHtmlArticle(page(`<meta property="og:site_name" content="Báo Mẫu"><script type="application/ld+json">${JSON.stringify(ld)}</script>`, body));
  assert.equal(article.lede, 'Thành phố công bố kế hoạch thực hiện Nghị quyết 57 với nhiều chỉ tiêu cụ thể cho giai đoạn tới.');
  assert.deepEqual(article.body, PROSE);
  assert.deepEqual(article.authors, ['Minh Anh']);
  assert.equal(article.authorNote, 'tổng hợp');
});

test('the outlet named as author is only a last resort after a visible byline', () => {
  const body = `<div class="author-name">Bởi Lê Hoa và Phạm Minh</div><article>${paragraphs()}</article>`;
  const article = extractHtmlArticle(page('<meta name="author" content="Báo Mẫu"><meta property="og:site_name" content="Báo Mẫu">', body));
  assert.deepEqual(article.authors, ['Lê Hoa', 'Phạm Minh']);
});

test('JSON-LD articleBody steers the choice towards the real body over a longer teaser list', () => {
  const teasers = Array.from({ length: 6 }, (_, i) => `<div class="card"><p>Tin ngắn số ${i}: một đoạn tóm tắt khá dài để trông giống văn bản của bài viết, có dấu chấm câu đầy đủ.</p></div>`).join('');
  const ld = { '@type': 'Article', articleBody: PROSE.join(' ') };
  const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<div class="a">${paragraphs()}</div><div class="b">${teasers}</div>`);
  assert.deepEqual(extractHtmlArticle(html).body, PROSE);
});

test('decodeHtmlBytes reads the charset from <meta> (windows-1258 with combining tone marks) and returns NFC', () => {
  // windows-1258 stores "ộ" as "ô" + combining dot below; the decoder must compose it back.
  const source = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>Ha\u0300 N\u00f4\u0323i</p></body></html>`;
  const bytes = iconv.encode(source, 'windows-1258');
  assert.ok(bytes.includes(0xf2), 'the fixture really uses the windows-1258 combining dot below');
  const html = decodeHtmlBytes(bytes);
  assert.ok(html.includes('Hà Nội'));
  assert.equal(html, html.normalize('NFC'));
});

test('decodeHtmlBytes: ISO-8859-1 declared in <meta>, HTTP header over <meta>, BOM over both', () => {
  const latin = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>caf'), Buffer.from([0xe9]), Buffer.from('</p>')]);
  assert.ok(decodeHtmlBytes(latin).includes('café'));
  const utf8 = Buffer.from('<meta charset="iso-8859-1"><p>Việt Nam</p>', 'utf8');
  assert.ok(decodeHtmlBytes(utf8, 'text/html; charset=UTF-8').includes('Việt Nam'));
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
  const decoded = decodeHtmlBytes(withBom, 'text/html; charset=iso-8859-1');
  assert.ok(decoded.startsWith('<meta') && decoded.includes('Việt Nam'));
});

test('decodeHtmlBytes without any declaration: UTF-8 when valid, windows-1258 for Vietnamese legacy bytes', () => {
  assert.equal(decodeHtmlBytes(Buffer.from('<p>Đổi mới sáng tạo</p>', 'utf8')), '<p>Đổi mới sáng tạo</p>');
  const legacy = iconv.encode('<p>Ngh\u0131\u0300 quyê\u0301t khoa ho\u0323c công nghê\u0323</p>'.replace('\u0131', 'i'), 'windows-1258');
  assert.equal(decodeHtmlBytes(legacy), '<p>Nghì quyết khoa học công nghệ</p>');
});

test('decodeHtmlBytes gunzips .html.gz bytes', () => {
  const html = page('', `<article>${paragraphs()}</article>`);
  const gz = gzipSync(Buffer.from(html, 'utf8'));
  assert.equal(gz[0], 0x1f);
  assert.equal(decodeHtmlBytes(gz), html);
  assert.deepEqual(extractHtmlArticle(decodeHtmlBytes(gz)).body, PROSE);
});

test('text is NFC even when the page is decomposed', () => {
  const decomposed = page('', `<article>${paragraphs(PROSE.map((text) => text.normalize('NFD')))}</article>`);
  assert.deepEqual(extractHtmlArticle(decomposed).body, PROSE);
});

test('an empty or body-less page yields an empty article instead of throwing', () => {
  const article = extractHtmlArticle('');
  assert.deepEqual(article.body, []);
  assert.equal(article.title, null);
  assert.equal(article.published, null);
  assert.equal(article.publishedPrecision, 'unknown');
  assert.deepEqual(extractHtmlArticle(`<p>${PROSE[0]}</p>`).body, [PROSE[0]]);
});

test('without og:title or h1 the <title> loses its site suffix; without canonical the page URL is the url', () => {
  const html = `<html><head><title>Hà Nội tăng chi cho khoa học - Báo Mẫu</title><meta property="og:site_name" content="Báo Mẫu"></head><body><div>${paragraphs()}</div></body></html>`;
  const article = extractHtmlArticle(html, { url: 'https://baomau.vn/a.html' });
  assert.equal(article.title, 'Hà Nội tăng chi cho khoa học');
  assert.equal(article.canonicalUrl, null);
  assert.equal(article.url, 'https://baomau.vn/a.html');
});

test('a .vn site is on Vietnam time even when its page declares English', () => {
  const html = page('<meta property="article:published_time" content="2026-04-30 10:00">', `<article>${paragraphs(['The province plans to triple its spending on science and technology by 2030, officials said on Tuesday.'])}</article>`, 'en');
  assert.equal(extractHtmlArticle(html, { url: 'https://e.baomau.vn/news/1.html' }).published, '2026-04-30T10:00:00+07:00');
  assert.equal(extractHtmlArticle(html, { url: 'https://example.com/news/1.html' }).published, '2026-04-30T10:00:00');
});

test('thousands of unclosed wrappers do not exhaust the call stack', () => {
  const depth = 8000;
  const html = `${'<div>'.repeat(depth)}<p>${PROSE[0]}</p>${'</div>'.repeat(depth)}`;
  assert.deepEqual(extractHtmlArticle(html).body, [PROSE[0]]);
});

test('a Tuổi Trẻ-style layout: category from the breadcrumb, GMT+7 date line, byline, sapo, PhotoCMS caption', () => {
  const body = `
    <div class="detail-top"><div class="detail-cate"><a href="/">Trang chủ</a><a href="/thoi-su.htm">Thời sự</a></div>
      <div class="detail-time"><div data-role="publishdate">17/09/2026 08:30 GMT+7</div></div></div>
    <h1 class="detail-title">Hà Nội tăng chi cho khoa học</h1>
    <div class="detail-author"><div class="author-info"><a class="name" href="/tac-gia/1.htm">THANH HÀ</a></div></div>
    <h2 class="detail-sapo">TTO - Sáng 17-9, thành phố công bố kế hoạch thực hiện Nghị quyết 57 với nhiều chỉ tiêu mới.</h2>
    <div class="detail-cmain"><div class="detail-content afcbc-body">
      <p>${PROSE[0]}</p>
      <figure class="VCSortableInPreviewMode" type="Photo"><div><img src="x.jpg"></div>
        <figcaption class="PhotoCMS_Caption"><p>Quang cảnh hội nghị - Ảnh: NAM TRẦN</p></figcaption></figure>
      <p>${PROSE[1]}</p><p>${PROSE[2]}</p>
    </div></div>`;
  const article = extractHtmlArticle(page('', body), { url: 'https://tuoitre.vn/ha-noi-123.htm' });
  assert.equal(article.title, 'Hà Nội tăng chi cho khoa học');
  assert.equal(article.category, 'Thời sự');
  assert.equal(article.published, '2026-09-17T08:30:00+07:00');
  assert.deepEqual(article.authors, ['THANH HÀ']);
  assert.equal(article.lede, 'TTO - Sáng 17-9, thành phố công bố kế hoạch thực hiện Nghị quyết 57 với nhiều chỉ tiêu mới.');
  assert.deepEqual(article.body, PROSE);
  assert.deepEqual(article.captions, [{ text: 'Quang cảnh hội nghị', credit: 'NAM TRẦN' }]);
});

test('a byline just under the text counts; author boxes of comments far below do not', () => {
  const comments = Array.from({ length: 40 }, (_, i) => `<div class="comment-item"><span class="author">Bạn Đọc ${i}</span><p>Ý kiến số ${i}.</p></div>`).join('');
  const under = extractHtmlArticle(page('', `<article><div class="content">${paragraphs()}</div><p class="author">Phạm Thu</p></article>`));
  assert.deepEqual(under.authors, ['Phạm Thu']);
  assert.deepEqual(under.body, PROSE);
  const onlyComments = extractHtmlArticle(page('', `<article><div class="content">${paragraphs()}</div></article><section class="list">${comments}</section>`));
  assert.deepEqual(onlyComments.authors, []);
});

test('decodeHtmlBytes: TCVN3 declared in <meta>, and undeclared TCVN3 found by the decode stage detector', () => {
  const encodeTcvn = (text: string) => iconv.encode(text, 'tcvn');
  const text = 'Nghị quyết 57 về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.';
  const declared = Buffer.concat([Buffer.from('<html><head><meta charset="tcvn3"></head><body><p>'), encodeTcvn(text), Buffer.from('</p></body></html>')]);
  assert.ok(decodeHtmlBytes(declared).includes(text));
  const undeclared = Buffer.concat([Buffer.from('<html><body><p>'), encodeTcvn(`${text} ${PROSE.join(' ')}`), Buffer.from('</p></body></html>')]);
  assert.ok(decodeHtmlBytes(undeclared).includes(text));
});
