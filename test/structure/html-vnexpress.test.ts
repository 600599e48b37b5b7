// The real VnExpress page in ../shared/eval/vnexpress against its ground truth. The ground truth
// keeps the photo caption as a body paragraph; the project keeps captions in their own field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtmlBytes, extractHtmlArticle } from '../../src/structure/html/index.ts';
import type { HtmlArticle } from '../../src/structure/html/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = path.join(path.resolve(repoRoot, '../shared'), 'eval', 'vnexpress');
const pagePath = path.join(dir, 'VnExpress_2025_10_22.html.gz');
const truthPath = path.join(dir, 'VnExpress.json');
const present = existsSync(pagePath) && existsSync(truthPath);
const skip = present ? false : `shared evaluation data absent: ${dir} (expected beside the repository in ../shared)`;

interface Truth {
  title: string;
  authors: string[];
  publishing_date: string;
  topics: string[];
  body: { summary: string[]; sections: { paragraphs: string[] }[] };
  images: { caption: string; authors: string[] }[];
}

function load(): { article: HtmlArticle; truth: Truth } {
  const truth = (JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, Truth>)['V1'] as Truth;
  const meta = JSON.parse(readFileSync(path.join(dir, 'meta.info'), 'utf8')) as Record<string, { url: string }>;
  const url = meta['VnExpress_2025_10_22.html.gz']?.url ?? null;
  const article = extractHtmlArticle(decodeHtmlBytes(readFileSync(pagePath)), { url });
  return { article, truth };
}

test('VnExpress: title, authors, published time with +07:00, tags', { skip }, () => {
  const { article, truth } = load();
  assert.equal(article.title, truth.title);
  assert.deepEqual(article.authors, truth.authors);
  assert.equal(article.author, truth.authors.join(', '));
  // Ground truth writes "2025-10-22 19:25:52+07:00"; we write ISO-8601 with the same instant and offset.
  assert.equal(article.published, truth.publishing_date.replace(' ', 'T'));
  assert.equal(article.publishedPrecision, 'datetime');
  assert.equal(article.language, 'vi');
  assert.deepEqual(article.tags.map((tag) => tag.toLowerCase()), truth.topics);
  assert.equal(article.canonicalUrl, 'https://vnexpress.net/dau-bung-keo-dai-phat-hien-ung-thu-lymphoma-ruot-non-4954454.html');
});

test('VnExpress: the summary is the lede, every ground-truth paragraph is in the body, the caption is not', { skip }, () => {
  const { article, truth } = load();
  assert.deepEqual([article.lede], truth.body.summary);
  const image = truth.images[0];
  assert.ok(image, 'ground truth lists the photo');
  const captionParagraph = `${image.caption} Ảnh: ${image.authors.join(', ')}`;
  const expectedBody = truth.body.sections.flatMap((section) => section.paragraphs).filter((paragraph) => paragraph !== captionParagraph);
  assert.equal(expectedBody.length, truth.body.sections[0]!.paragraphs.length - 1, 'the ground truth caption paragraph was recognised');
  assert.deepEqual(article.body, expectedBody);
  assert.deepEqual(article.captions, [{ text: image.caption, credit: image.authors.join(', ') }]);
  assert.ok(!article.body.some((paragraph) => paragraph.includes(image.caption)), 'caption text must not leak into the body');
});

test('VnExpress: no boilerplate paragraphs (signature, share, comments, navigation) in the body', { skip }, () => {
  const { article } = load();
  for (const paragraph of article.body) {
    assert.doesNotMatch(paragraph, /^(Lê Phương|Chia sẻ|Bình luận|Trở lại|Sức khỏe|Tin tức)$|Copy link|facebook|twitter/i);
    assert.ok(paragraph.length > 40, `short line leaked into the body: ${paragraph}`);
  }
});
