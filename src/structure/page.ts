// Reader for text dumps of article pages (what a scraper or "select all, copy" gives): the article
// with its header and signature, surrounded by site chrome, then a list of other stories.
//
// The page is cut at two landmarks found by shape, not by any site's wording: the lede (the first
// paragraph of running text) and the heading of the other-stories list. Above the lede is the header;
// between the two is the article; after the heading come the teasers.
import type { StructuredDocument } from '../records.ts';
import { emptyDocument } from './document.ts';
import { StructureError } from './errors.ts';
import { readBody } from './page-body.ts';
import { readHeader } from './page-header.ts';
import { readTeasers } from './page-teasers.ts';
import { parseCaption } from './captions.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import {
  copyrightHolder,
  isAdSlot,
  isBoilerplate,
  isDomainLine,
  isProse,
  isTeaserHeader,
  relatedHeader,
} from './line-kinds.ts';

export interface PageRead {
  documents: StructuredDocument[];
  warnings: string[];
}

/** Structure a page dump given as trimmed lines. The article is always document 0. */
export function readPage(lines: string[], origin: string, url: string | null): PageRead {
  const warnings: string[] = [];
  let copyright: string | null = null;
  const content = lines.filter((line) => {
    if (line === '' || isAdSlot(line)) return false;
    if (isBoilerplate(line)) {
      copyright ??= copyrightHolder(line);
      return false;
    }
    return true;
  });

  const ledeAt = content.findIndex(
    (line) => isProse(line) && !parseCaption(line) && !parseSourceLine(line) && relatedHeader(line) === null,
  );
  if (ledeAt < 0) throw new StructureError(origin, 'page has no paragraph of article text');
  const { articleEnd, teasersFrom } = findArticleEnd(content, ledeAt);

  const header = readHeader(content.slice(0, ledeAt));
  const main = readBody(content.slice(ledeAt + 1, articleEnd), header.title);
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
    lede: content[ledeAt] ?? null,
    body: main.body,
    captions: [...header.captions, ...main.captions],
    related: main.related,
    url,
  };
  const teasers = readTeasers(content.slice(teasersFrom), 0);
  return { documents: [article, ...teasers], warnings };
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
