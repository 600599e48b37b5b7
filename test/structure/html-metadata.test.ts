// Title and date choice: the <h1>, the <title> tag, the declared metadata and the printed date line
// agree or disagree in the ways real sites do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseTitle } from '../../src/structure/html/title.ts';
import { extractHtmlArticle } from '../../src/structure/html/index.ts';

test('an <h1> that the <title> starts with wins over a declared headline with a site suffix', () => {
  assert.equal(chooseTitle({ headings: ['Giá vàng tăng mạnh'], titleTag: 'Giá vàng tăng mạnh | Báo Mẫu', declared: 'Giá vàng tăng mạnh - Báo Mẫu', site: 'Báo Mẫu', article: false }), 'Giá vàng tăng mạnh');
});

test('when the <h1> is a reworded display line, the <title> segment the declared headline agrees with wins', () => {
  assert.equal(chooseTitle({ headings: ['Make the most of your stay'], titleTag: 'Hotel Life Hacks | Ovo Hotels', declared: 'Hotel Life Hacks', site: null, article: false }), 'Hotel Life Hacks');
});

test('an <h1> the declared headline agrees with wins even when the <title> differs', () => {
  assert.equal(chooseTitle({ headings: ['Cloud stocks to buy'], titleTag: 'Investing news', declared: 'Cloud stocks to buy', site: null, article: false }), 'Cloud stocks to buy');
});

test('a leading site name in <title> is skipped; without an <h1> the leading segment is the title', () => {
  assert.equal(chooseTitle({ headings: [], titleTag: 'Báo Mẫu - Hà Nội mở rộng đường vành đai', declared: null, site: 'Báo Mẫu', article: false }), 'Hà Nội mở rộng đường vành đai');
});

test('entities escaped twice in metadata are decoded', () => {
  const html = '<html><head><title>Rock &amp;#8211; Roll | Site</title><meta property="og:title" content="Rock &amp;#8211; Roll"></head><body><p>Text.</p></body></html>';
  assert.equal(extractHtmlArticle(html).title, 'Rock – Roll');
});

// Dates: declared in a WebPage node only, or printed under the headline.
const prose = '<p>Hà Nội đặt mục tiêu đến năm 2030 có ít nhất 5.000 doanh nghiệp công nghệ số hoạt động hiệu quả trên địa bàn.</p>';

test('a WebPage node\'s datePublished dates a page that declares no article node', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'X', datePublished: '2024-03-17T19:47:39+00:00' }] });
  const html = `<html lang="en"><head><script type="application/ld+json">${ld}</script></head><body><article>${prose}</article></body></html>`;
  assert.equal(extractHtmlArticle(html).published, '2024-03-17T19:47:39+00:00');
});

test('a date line printed under the headline dates a page without date metadata', () => {
  const english = '<p>The city plans to have at least five thousand digital technology firms working in its districts by 2030.</p>';
  const page = (line: string, lang = 'en') => `<html lang="${lang}"><body><h1>Tiêu đề bài</h1><div><span>${line}</span></div><article>${lang === 'vi' ? prose + prose : english + english}</article></body></html>`;
  assert.equal(extractHtmlArticle(page('Published August 7, 2023')).published, '2023-08-07');
  assert.equal(extractHtmlArticle(page('Dec. 19, 2025 · Niko Matsakis')).published, '2025-12-19');
  assert.equal(extractHtmlArticle(page('Updated on 23 Oct 2025')).published, '2025-10-23');
  // The page-dump reader's Vietnamese date lines: weekday, day first, Vietnam time.
  assert.equal(extractHtmlArticle(page('Thứ Tư, 10/12/2025 - 08:30', 'vi')).published, '2025-12-10T08:30:00+07:00');
  // Day or month first is unknowable outside Vietnamese pages: no date rather than a wrong one,
  // unless the day cannot be a month (US pages write the month first).
  assert.equal(extractHtmlArticle(page('03/04/2025')).published, null);
  assert.equal(extractHtmlArticle(page('Updated: 10/31/2024')).published, '2024-10-31');
  // A sentence that mentions a date is not a date line.
  assert.equal(extractHtmlArticle(page('The committee met on August 7, 2023 to discuss the new plan for the whole region and its budget')).published, null);
});

// Authors: graphs that point at their Person node, printed "by" lines, byline boxes with a job title.
test('a JSON-LD author given by @id is resolved to its Person node', () => {
  const ld = JSON.stringify({ '@graph': [
    { '@type': 'Article', headline: 'X', author: { '@id': 'https://s.example/#/person/1' } },
    { '@type': 'Person', '@id': 'https://s.example/#/person/1', name: 'Jane Roe' },
  ] });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><article>${prose}</article></body></html>`;
  assert.equal(extractHtmlArticle(html).author, 'Jane Roe');
});

test('a printed "by" line under the headline names the authors, without the date beside them', () => {
  const page = (line: string) => `<html lang="en"><body><h1>Title here</h1><p>${line}</p><article>${prose}${prose}</article></body></html>`;
  assert.equal(extractHtmlArticle(page('by: Ziyi Xu, Dec 17, 2025')).author, 'Ziyi Xu');
  assert.equal(extractHtmlArticle(page('Published August 7, 2023 by Nicole Burke')).author, 'Nicole Burke');
  assert.equal(extractHtmlArticle(page('By Jane Roe and John Doe · 5 min read')).author, 'Jane Roe, John Doe');
  assert.equal(extractHtmlArticle(page('Stand by me, the song says, for the whole evening')).author, null);
});

test('a byline box with a job title or a label in its own element gives the name alone', () => {
  const page = (box: string) => `<html lang="en"><body><h1>Title here</h1><div class="author-box">${box}</div><article>${prose}${prose}</article></body></html>`;
  assert.equal(extractHtmlArticle(page('<span>Liz Kenny</span><span>Former McKinsey Consultant</span>')).author, 'Liz Kenny');
  assert.equal(extractHtmlArticle(page('<span>By</span><a>Amy Roeder</a>')).author, 'Amy Roeder');
  assert.equal(extractHtmlArticle(page('<a>Ann Lee</a>, <a>Bob Chan</a> and <a>Cy Dorn</a>')).author, 'Ann Lee, Bob Chan, Cy Dorn');
});

test('a date line printed just above the headline counts too', () => {
  const english = '<p>The city plans to have at least five thousand digital technology firms working in its districts by 2030.</p>';
  const html = `<html lang="en"><body><div><span>Posted on April 13, 2023</span></div><h1>Title here</h1><article>${english}${english}</article></body></html>`;
  assert.equal(extractHtmlArticle(html).published, '2023-04-13');
});

test('an <h1> that is the site name or a link home is not the title', () => {
  assert.equal(chooseTitle({ headings: ["Antoyo's Blog"], titleTag: 'Progress Report #39 | Antoyo\'s Blog', declared: null, site: null, article: false }), 'Progress Report #39');
  const html = '<html><head><title>Progress Report #39</title></head><body><h1><a href="/">Antoyo\'s Blog</a></h1><article><p>Text of the report, long enough to be read as the body of the article page.</p></article></body></html>';
  assert.equal(extractHtmlArticle(html, { url: 'https://blog.example/report-39' }).title, 'Progress Report #39');
});

test('a Twitter card "Written by" field names the author, even when it is the outlet', () => {
  const head = '<meta property="og:site_name" content="CottageCare"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="CottageCare">';
  const html = `<html lang="en"><head>${head}</head><body><article>${prose}</article></body></html>`;
  assert.equal(extractHtmlArticle(html).author, 'CottageCare');
});

test('a name printed right after the date on the date line is the byline', () => {
  const english = '<p>The city plans to have at least five thousand digital technology firms working in its districts by 2030.</p>';
  const html = `<html lang="en"><body><h1>What do people love?</h1><div>Dec. 19, 2025 · Niko Matsakis on behalf of the team</div><article>${english}${english}</article></body></html>`;
  assert.equal(extractHtmlArticle(html).author, 'Niko Matsakis');
});

test('on a page declared an article, the <h1> is the headline even when the <title> and og:title agree on other words', () => {
  const candidates = { headings: ['Make the most of your stay'], titleTag: 'Hotel Life Hacks | Ovo Hotels', declared: 'Hotel Life Hacks', site: null };
  assert.equal(chooseTitle({ ...candidates, article: true }), 'Make the most of your stay');
  assert.equal(chooseTitle({ ...candidates, article: false }), 'Hotel Life Hacks');
});
