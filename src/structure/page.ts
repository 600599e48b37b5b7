// Reader for text dumps of article pages (what a scraper or "select all, copy" gives): the article
// with its header and signature, surrounded by site chrome, then a list of other stories.
//
// The page is cut at two landmarks found by shape, not by any site's wording: the lede (the first
// paragraph of running text) and the heading of the other-stories list. Above the lede is the header;
// between the two is the article; after the heading come the teasers. Before that, page-lines gives
// every line a role from the page's layout (photo furniture, captions) and splits lines run together.
import type { StructuredDocument } from '../records.ts';
import { emptyDocument } from './document.ts';
import { StructureError } from './errors.ts';
import { readBody } from './page-body.ts';
import { readHeader } from './page-header.ts';
import { preparePageLines, type PageLine } from './page-lines.ts';
import { readTeasers } from './page-teasers.ts';
import { parseCaption } from './captions.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { isTitleAbove } from './detect-format.ts';
import { isDomainLine, isProse, isTeaserHeader, relatedHeader, textKey } from './line-kinds.ts';
import { NUMBERED_ALT_SUFFIX } from './line-kinds.ts';

export interface PageRead {
  documents: StructuredDocument[];
  warnings: string[];
}

/** Structure a page dump given as trimmed lines. The article is always document 0. */
export function readPage(raw: string[], origin: string, url: string | null): PageRead {
  const warnings: string[] = [];
  const { lines: content, copyright } = preparePageLines(raw);
  const texts = content.map((line) => line.text);

  let ledeAt = content.findIndex(
    (line) => line.role === 'text' && isProse(line.text) && !parseCaption(line.text) && !parseSourceLine(line.text) && relatedHeader(line.text) === null,
  );
  if (ledeAt < 0) throw new StructureError(origin, 'page has no paragraph of article text');
  // A headline printed with a full stop reads as a sentence; the longer paragraph under it is the lede.
  if (!hasTitleCandidate(content, ledeAt) && isTitleAbove(texts[ledeAt] ?? '', nextText(content, ledeAt))) {
    ledeAt = content.findIndex((line, i) => i > ledeAt && line.role === 'text');
  }
  const { articleEnd, teasersFrom } = findArticleEnd(texts, ledeAt);

  const header = readHeader(content.slice(0, ledeAt), pageKeys(texts));
  const main = readBody(content.slice(ledeAt + 1, articleEnd), header.title, texts[ledeAt] ?? null);
  if (header.title === null) warnings.push('page has no headline line above its first paragraph');

  // The header's date line is the page's own; a date line lower down is the fallback.
  const headerDated = header.published !== null;
  const article: StructuredDocument = {
    ...emptyDocument('article'),
    title: header.title,
    published: headerDated ? header.published : (main.published?.iso ?? null),
    publishedPrecision: headerDated ? header.publishedPrecision : (main.published?.precision ?? 'unknown'),
    author: header.author ?? main.author,
    // A note from the byline wins; otherwise a source line ("Theo TTXVN") wherever it was found.
    authorNote: (header.author !== null ? header.authorNote : null) ?? main.authorNote ?? header.authorNote,
    site: header.site ?? main.site ?? copyright,
    category: header.category,
    lede: texts[ledeAt] ?? null,
    body: main.body,
    captions: [...header.captions, ...main.captions],
    related: main.related,
    url,
  };
  const teasers = readTeasers(texts.slice(teasersFrom), 0);
  return { documents: [article, ...teasers], warnings };
}

function hasTitleCandidate(content: PageLine[], before: number): boolean {
  return content.slice(0, before).some((line) => line.role === 'text' && line.text.length >= 10 && !isProse(line.text));
}

function nextText(content: PageLine[], from: number): string {
  return content.find((line, i) => i > from && line.role === 'text')?.text ?? '';
}

/** How many times each line's text occurs on the page; numbered alt texts (`<title> - Ảnh 1`) count too. */
function pageKeys(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const key = textKey(text.replace(NUMBERED_ALT_SUFFIX, ''));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Where the article stops and the list of other stories starts. Normally at a heading ("Tin bài
 * khác"); without one, after the article's signature (a byline with a label or note, or the site's
 * domain) when headline-and-summary pairs follow it.
 */
function findArticleEnd(content: string[], ledeAt: number): { articleEnd: number; teasersFrom: number } {
  const heading = content.findIndex((line, i) => i > ledeAt && isTeaserHeader(line));
  if (heading >= 0) return { articleEnd: heading, teasersFrom: heading + 1 };
  const prose = content.map((line) => isProse(line));
  // The last headline-then-summary pair; teasers can only start before it.
  let lastPair = -1;
  for (let j = content.length - 2; j > ledeAt && lastPair < 0; j--) {
    if (!prose[j] && prose[j + 1]) lastPair = j;
  }
  for (let i = ledeAt + 1; i < lastPair; i++) {
    const line = content[i] ?? '';
    if (!isDomainLine(line) && !parseByline(line, false)) continue;
    let end = i + 1;
    while (end < content.length && isSignature(content[end] ?? '')) end++;
    if (end <= lastPair) return { articleEnd: end, teasersFrom: end };
  }
  return { articleEnd: content.length, teasersFrom: content.length };
}

function isSignature(line: string): boolean {
  return isDomainLine(line) || parseByline(line, true) !== null || parseSourceLine(line) !== null;
}
