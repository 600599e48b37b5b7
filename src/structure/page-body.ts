// The lines between a page's lede and its list of other stories: paragraphs, captions, photo alt
// texts, "see also" links, and the byline/site/source lines that close the article.
import type { Caption, RelatedLink } from '../records.ts';
import { parseDateLine, type ParsedDate } from '../text/datetime.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { parseCaption } from './captions.ts';
import { isDomainLine, isLinkRun, isProse, relatedHeader, stripBullet, textKey } from './line-kinds.ts';

// Alt texts and widget labels are headline-sized; longer lines are never treated as repeats.
const MAX_REPEATED = 300;

export interface PageBody {
  body: string[];
  captions: Caption[];
  related: RelatedLink[];
  author: string | null;
  authorNote: string | null;
  site: string | null;
  published: ParsedDate | null;
}

/**
 * Read the article's lines after the lede. `title` is used to drop the headline where the dump repeats
 * it (scrapers print a photo's alt text, which is often the headline, above its caption).
 */
export function readBody(lines: string[], title: string | null): PageBody {
  const result: PageBody = {
    body: [],
    captions: [],
    related: [],
    author: null,
    authorNote: null,
    site: null,
    published: null,
  };
  const captions = lines.map((line) => parseCaption(line));
  // Only headline-sized lines can be alt texts or widgets; longer ones are never compared.
  const keys = lines.map((line, i) => (line.length <= MAX_REPEATED ? textKey(line) : `#${i}`));
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  const titleKey = title === null ? null : textKey(title);
  const skip = lines.map((line, i) => {
    if (captions[i] || isProse(line)) return false;
    const key = keys[i] ?? '';
    // The headline printed again, or any short line printed twice, is a photo alt text or widget.
    if (key === titleKey || (seen.get(key) ?? 0) > 1) return true;
    // The short line just above a caption is that photo's alt text.
    return captions[i + 1] !== undefined && captions[i + 1] !== null && relatedHeader(line) === null;
  });
  // The article ends with its last paragraph; what follows is signature and chrome.
  let lastParagraph = -1;
  lines.forEach((line, i) => {
    if (isProse(line) && !captions[i] && !skip[i] && relatedHeader(line) === null) lastParagraph = i;
  });

  let inRelatedBlock = false;
  lines.forEach((line, i) => {
    const caption = captions[i];
    if (skip[i]) return;
    if (caption) {
      result.captions.push(caption);
      return;
    }
    const seeAlso = relatedHeader(line);
    if (seeAlso !== null) {
      if (seeAlso === '') inRelatedBlock = true;
      else result.related.push({ title: seeAlso, url: null });
      return;
    }
    const source = parseSourceLine(line);
    if (source !== null) {
      result.authorNote ??= source;
      return;
    }
    const date = parseDateLine(line);
    if (date) {
      result.published ??= date;
      return;
    }
    const prose = isProse(line);
    if (inRelatedBlock && !prose) {
      result.related.push({ title: stripBullet(line), url: null });
      return;
    }
    inRelatedBlock = false;
    if (i > lastParagraph) {
      readSignature(line, result);
      return;
    }
    if (isLinkRun(line)) result.related.push({ title: line, url: null });
    else result.body.push(line);
  });
  return result;
}

/** After the last paragraph: byline, site name; anything else there is page chrome and is dropped. */
function readSignature(line: string, result: PageBody): void {
  if (isDomainLine(line)) {
    result.site ??= line;
    return;
  }
  const byline = parseByline(line, true);
  if (byline && result.author === null) {
    result.author = byline.author;
    result.authorNote = byline.note ?? result.authorNote;
  }
}
