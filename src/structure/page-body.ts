// The lines between a page's lede and its list of other stories: paragraphs, captions, photo alt
// texts, "see also" links, and the byline/site/source lines that close the article.
import type { Caption, RelatedLink } from '../records.ts';
import type { ParsedDate } from '../text/datetime.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { parseCaption } from './captions.ts';
import { authorOf, datedLineOf } from './dated-line.ts';
import type { PageLine } from './page-lines.ts';
import {
  NUMBERED_ALT_SUFFIX,
  endsWithCellBar,
  isDomainLine,
  isLinkRun,
  isProse,
  relatedHeader,
  stripBullet,
  textKey,
  wordCount,
} from './line-kinds.ts';

// Alt texts and widget labels are headline-sized; longer lines are never treated as repeats.
const MAX_REPEATED = 300;
// A caption under an alt text is at most a couple of sentences.
const MAX_CAPTION = 300;
// The text of a captured page is often cut off mid-sentence: its last line still counts as a paragraph
// when it has at least this many words.
const MIN_CUT_PARAGRAPH_WORDS = 8;
// A line this long that runs on over several sentences is a paragraph even without a final full stop.
const MIN_RUNNING_WORDS = 20;

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
 * it (scrapers print a photo's alt text, which is often the headline, above its caption); `lede` to
 * drop a summary printed a second time.
 */
export function readBody(lines: PageLine[], title: string | null, lede: string | null): PageBody {
  const result: PageBody = {
    body: [],
    captions: [],
    related: [],
    author: null,
    authorNote: null,
    site: null,
    published: null,
  };
  const texts = lines.map((line) => line.text);
  const captions = texts.map((text, i) => (lines[i]!.role === 'caption' ? layoutCaption(text) : parseCaption(text)));
  // Only headline-sized lines can be alt texts or widgets; longer ones are never compared.
  const keys = texts.map((text, i) => (text.length <= MAX_REPEATED ? textKey(text.replace(NUMBERED_ALT_SUFFIX, '')) : `#${i}`));
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  const titleKey = title === null ? null : textKey(title);
  const ledeKey = lede === null ? null : textKey(lede);
  const skip = texts.map((text, i) => {
    if (lines[i]!.role === 'furniture') return true;
    if (captions[i]) return false;
    const key = keys[i] ?? '';
    // The lede printed again (a summary shown twice) adds nothing.
    if (ledeKey !== null && textKey(text) === ledeKey) return true;
    if (isProse(text) || datedLineOf(text) !== null) return false;
    // The headline printed again, or any short line printed twice, is a photo alt text or widget.
    if (key === titleKey || (seen.get(key) ?? 0) > 1) return true;
    // The short line just above a caption is that photo's alt text.
    return captions[i + 1] !== undefined && captions[i + 1] !== null && relatedHeader(text) === null;
  });
  // A caption with no credit under an alt text that repeats the headline.
  texts.forEach((text, i) => {
    if (!skip[i] || captions[i] || keys[i] !== titleKey || i + 1 >= texts.length) return;
    const next = texts[i + 1]!;
    if (!captions[i + 1] && next.length <= MAX_CAPTION && !isProse(next) && wordCount(next) >= 3) {
      captions[i + 1] = layoutCaption(next);
    }
  });
  const paragraph = texts.map((text, i) => isParagraph(text, i === texts.length - 1));
  // The article ends with its last paragraph; what follows is signature and chrome.
  let lastParagraph = -1;
  texts.forEach((text, i) => {
    if (paragraph[i] && !captions[i] && !skip[i] && relatedHeader(text) === null) lastParagraph = i;
  });

  let inRelatedBlock = false;
  texts.forEach((line, i) => {
    const caption = captions[i];
    if (skip[i]) return;
    if (caption) {
      if (!result.captions.some((c) => c.text === caption.text)) result.captions.push(caption);
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
    const dated = datedLineOf(line);
    if (dated) {
      result.published ??= dated.date;
      result.author ??= dated.author;
      return;
    }
    const prose = paragraph[i];
    if (inRelatedBlock && !prose) {
      result.related.push({ title: stripBullet(line), url: null });
      return;
    }
    inRelatedBlock = false;
    if (i > lastParagraph) {
      readSignature(line, result);
      return;
    }
    if (!prose && isLinkRun(line)) result.related.push({ title: line, url: null });
    else if (!isAgencyTag(line)) result.body.push(line);
  });
  return result;
}

/** A paragraph: running text that ends a sentence, runs over several, or is the cut-off end of the page. */
function isParagraph(text: string, lastLine: boolean): boolean {
  if (isProse(text)) return true;
  if (endsWithCellBar(text)) return false;
  const words = wordCount(text);
  if (lastLine && words >= MIN_CUT_PARAGRAPH_WORDS) return true;
  return words >= MIN_RUNNING_WORDS && /[.!?…;]["”’)]*\s+\p{Lu}/u.test(text);
}

/** A caption known by its place on the page; a credit at its end is split off when there is one. */
function layoutCaption(text: string): Caption {
  const clean = text.replace(/\s*\|$/, '').trim();
  return parseCaption(clean) ?? { text: clean, credit: null };
}

/** `HQVN -`: an outlet's tag printed on its own line before the text; it names no author. */
function isAgencyTag(line: string): boolean {
  return /^\p{Lu}{2,8}\s*[-–—:]?$/u.test(line);
}

/** After the last paragraph: byline, site name; anything else there is page chrome and is dropped. */
function readSignature(line: string, result: PageBody): void {
  if (isDomainLine(line)) {
    result.site ??= line;
    return;
  }
  const byline = parseByline(line, true);
  if (byline && result.author === null) {
    result.author = authorOf(byline.author ?? '');
    result.authorNote = byline.note ?? result.authorNote;
  }
}
