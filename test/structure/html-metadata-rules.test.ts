// Metadata rules added for pages never tuned on (issue 11's title/date/author targets): each test is
// a small page of our own making with the one shape the rule handles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from '../../src/structure/html/dates.ts';
import { extractHtmlArticle } from '../../src/structure/html/index.ts';

test('an English date keeps the day it names: a late-evening time with a zone is not moved to the next day', () => {
  assert.equal(parseDate('December 19, 2025 11:30 PM EST', false)?.iso, '2025-12-19');
  assert.equal(parseDate('Nov 25, 2025 5:00 am PST', false)?.iso, '2025-11-25T13:00:00Z');
});

test('an English date among words (`on Friday December 19, 2025 @08:00PM`) is read', () => {
  assert.equal(parseDate('on Friday December 19, 2025 @08:00PM', false)?.iso, '2025-12-19');
});

test('a line naming two English dates is left to the visible-date reader, even run together with a word', () => {
  assert.equal(parseDate('HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026', false), null);
  assert.equal(parseDate('DECEMBER 22, 2022', false)?.iso, '2022-12-22');
});

// Authors: what stands beside a name in a byline.
const story = '<p>The council approved the new budget after a long debate about roads, schools and the water supply in the north.</p>'.repeat(3);
const authorOf = (head: string, byline: string) =>
  extractHtmlArticle(`<html lang="en"><head>${head}</head><body><h1>Budget approved</h1><div class="byline">${byline}</div><article>${story}</article></body></html>`).author;

test('a job title after a name is no second author, and what follows the title describes it', () => {
  assert.equal(authorOf('', 'By Jane Roe, Senior Business Reporter, Example Group'), 'Jane Roe');
  assert.equal(authorOf('', 'Jane Roe, Privacy and Security Expert'), 'Jane Roe');
  assert.equal(authorOf('', 'Jane Roe and John Doe, Contributing Writers'), 'Jane Roe, John Doe');
});

test('a job title run into the name (`Jane Roe Senior Reporter`) is cut where it starts', () => {
  assert.equal(authorOf('', 'By Jane Roe Senior Autos Reporter'), 'Jane Roe');
});

test('a credential after a name stays beside it; an outlet after the names is dropped', () => {
  assert.equal(authorOf('', 'Written by Jane Roe, MD*'), 'Jane Roe, MD');
  assert.equal(authorOf('', 'Jane Roe and John Doe, The Valley Courier'), 'Jane Roe, John Doe');
});

test('a byline crediting a team gives way to the person the page\'s metadata names', () => {
  assert.equal(authorOf('<meta name="author" content="Jane Roe">', 'Example Staff'), 'Jane Roe');
  assert.equal(authorOf('', 'Example Staff'), 'Example Staff');
});

test('a JSON-LD Person author is kept on a personal site named after them, an outlet typed Person is not', () => {
  const page = (site: string, author: string) => `<html lang="en"><head><meta property="og:site_name" content="${site}"><script type="application/ld+json">${JSON.stringify({ '@type': 'BlogPosting', headline: 'Budget approved', author: { '@type': 'Person', name: author } })}</script></head><body><h1>Budget approved</h1><article>${story}</article></body></html>`;
  assert.equal(extractHtmlArticle(page('Jane Roe', 'Jane Roe')).author, 'Jane Roe');
  assert.equal(extractHtmlArticle(page('Valley Heart Foundation', 'Valley Heart Foundation')).author, null);
});

test('a byline box and <meta name="author"> naming different people: the declared author wins', () => {
  assert.equal(authorOf('<meta name="author" content="Jane Roe">', 'John Doe'), 'Jane Roe');
  assert.equal(authorOf('<meta name="author" content="Jane Roe">', 'By Jane Roe'), 'Jane Roe');
});

test('a declared author holding a list or descriptors is read like a byline; a team beside a person is dropped', () => {
  const page = (authors: unknown) => `<html lang="en"><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Budget approved', author: authors })}</script></head><body><h1>Budget approved</h1><article>${story}</article></body></html>`;
  assert.equal(extractHtmlArticle(page({ '@type': 'Person', name: 'Jane Roe and John Doe, The Valley Courier' })).author, 'Jane Roe, John Doe');
  assert.equal(extractHtmlArticle(page({ '@type': 'Person', name: 'By Jane Roe' })).author, 'Jane Roe');
  assert.equal(extractHtmlArticle(page([{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'Courier Staff' }])).author, 'Jane Roe');
  assert.equal(extractHtmlArticle(page({ '@type': 'Person', name: 'jsmith42' })).author, 'jsmith42');
});

test('the clauses after a job title run into a name describe it (`Jane Roe Writer, Hardware`)', () => {
  assert.equal(authorOf('', 'Jane Roe Writer, Hardware'), 'Jane Roe');
  assert.equal(authorOf('', 'Jane Roe, CEPF®'), 'Jane Roe, CEPF®');
});

test('a "Written by" label in an element of its own credits the names in the next element', () => {
  const html = `<html lang="en"><body><h1>Budget approved</h1><div class="meta"><p class="label">Written by</p><p class="who">Jane Roe</p></div><article>${story}</article></body></html>`;
  assert.equal(extractHtmlArticle(html).author, 'Jane Roe');
});

test('a byline box running on past its names still gives the names its "by" introduces', () => {
  assert.equal(authorOf('', 'Posted by JaneR on Friday December 19, 2025 @08:00PM from the long-winded-explanations dept.'), 'JaneR');
});

// Titles.
const pageWith = (head: string, body: string) => `<html lang="en"><head>${head}</head><body>${body}<article>${story}</article></body></html>`;

test('an <h1> only screen readers see (a search box\'s label) is not the headline', () => {
  const html = pageWith('<title>Budget approved for the northern roads | Valley Courier</title>', '<h1 class="sr-only">Search</h1><h1>Budget approved for the northern roads</h1>');
  assert.equal(extractHtmlArticle(html).title, 'Budget approved for the northern roads');
});

test('an <h1> holding the declared headline plus a date, a label or a posted-by line gives the headline', () => {
  const og = '<meta property="og:title" content="Budget approved for the northern roads">';
  assert.equal(extractHtmlArticle(pageWith(og, '<h1>Dec 18 2025 Budget approved for the northern roads</h1>')).title, 'Budget approved for the northern roads');
  assert.equal(extractHtmlArticle(pageWith(og, '<h1>News: Budget approved for the northern roads</h1>')).title, 'Budget approved for the northern roads');
  assert.equal(extractHtmlArticle(pageWith(og, '<h1>Budget approved for the northern roads Posted on July 1, 2024 by admin</h1>')).title, 'Budget approved for the northern roads');
  // A year is part of many headlines: it stays.
  assert.equal(extractHtmlArticle(pageWith('<meta property="og:title" content="Budget approved for the northern roads">', '<h1>Budget approved for the northern roads in 2026</h1>')).title, 'Budget approved for the northern roads in 2026');
});

test('a site name before the <title>\'s headline is skipped, with or without a separator, spelt as the host is', () => {
  assert.equal(extractHtmlArticle(pageWith('<title>The Valley Courier - Budget approved for the northern roads</title>', ''), { url: 'https://thevalleycourier.com/a' }).title, 'Budget approved for the northern roads');
  assert.equal(extractHtmlArticle(pageWith('<title>valleycourier.com Budget approved today</title>', ''), { url: 'https://valleycourier.com/a' }).title, 'Budget approved today');
  // A name that is a product's (`Example 13`) is not cut to a number.
  assert.equal(extractHtmlArticle(pageWith('<title>Pixelphone 13</title>', ''), { url: 'https://pixelphone.com/13' }).title, 'Pixelphone 13');
});

test('the site name after the chosen headline is dropped; a subtitle after it is not', () => {
  const head = '<meta property="og:site_name" content="Valley Courier"><title>Budget approved – Valley Courier - Valley Courier</title>';
  assert.equal(extractHtmlArticle(pageWith(head, '<h1>Budget approved – Valley Courier</h1>')).title, 'Budget approved');
  assert.equal(extractHtmlArticle(pageWith('<title>Budget approved – what it means for roads</title>', '<h1>Budget approved – what it means for roads</h1>')).title, 'Budget approved – what it means for roads');
});

test('an <h1> in display capitals run together across a line break gives way to the <title>\'s spelling; a permalink mark is dropped', () => {
  assert.equal(extractHtmlArticle(pageWith('<title>Weekend Roads Plan | Valley Courier</title>', '<h1>WEEKEND<br>ROADS PLAN</h1>')).title, 'Weekend Roads Plan');
  assert.equal(extractHtmlArticle(pageWith('<title>Quick start — Docs</title>', '<h1>Quick start<a class="headerlink" href="#x">¶</a></h1>')).title, 'Quick start');
});

test('an "Authors:" label before a list of names is no part of the first name', () => {
  assert.equal(authorOf('', 'Authors: Jane Roe and John Doe, Extension educators'), 'Jane Roe, John Doe');
});

test('a "Written by" line in an author box under the article names the author when the header names nobody', () => {
  const html = `<html lang="en"><body><h1>Budget approved</h1><article>${story}</article><aside><div class="box"><p>Written by Jane Roe</p><p>Jane covers the council.</p></div></aside></body></html>`;
  assert.equal(extractHtmlArticle(html).author, 'Jane Roe');
  // The header's own byline comes first.
  const both = `<html lang="en"><body><h1>Budget approved</h1><div class="byline">By John Doe</div><article>${story}</article><aside><p>Written by Jane Roe</p></aside></body></html>`;
  assert.equal(extractHtmlArticle(both).author, 'John Doe');
});
