// The lines above a page's first paragraph: title, section, date line, byline, breadcrumbs, and site
// chrome (clocks, banners, navigation). The title is chosen by score among the lines that could be one;
// the publication date is the date line nearest below the title (a site's clock or date bar sits above
// it), else the nearest above it.
import type { Caption, TimePrecision } from '../records.ts';
import type { ParsedDate } from '../text/datetime.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { parseCaption } from './captions.ts';
import { authorOf, datedLineOf } from './dated-line.ts';
import type { PageLine } from './page-lines.ts';
import {
  breadcrumbSegments,
  endsSentence,
  endsWithCellBar,
  isCapitalsBanner,
  isDomainLine,
  isHomeSegment,
  isLinkRun,
  isNavLine,
  isSectionName,
  isSiteTagline,
  textKey,
  wordCount,
} from './line-kinds.ts';

export interface PageHeader {
  title: string | null;
  category: string | null;
  published: string | null;
  publishedPrecision: TimePrecision;
  author: string | null;
  authorNote: string | null;
  site: string | null;
  captions: Caption[];
}

// Headlines are one line of a few words; anything shorter is a section label or a widget.
const MIN_TITLE = 10;
const MAX_TITLE = 300;
// A headline ending with a full stop is short; longer lines ending so are sentences.
const MAX_DOTTED_TITLE = 160;

type HeaderKind = 'date' | 'breadcrumb' | 'caption' | 'source' | 'domain' | 'byline' | 'dateline' | 'chrome' | 'other';

interface Classified {
  line: PageLine;
  kind: HeaderKind;
  date: ParsedDate | null;
  /** For a date line: the byline printed beside the date, if any. */
  dateAuthor: string | null;
}

/**
 * Read the header lines. `pageKeys` counts every line of the page by its text key, so that a title
 * printed again (as a photo's alt text, or twice in the header) can be recognised.
 */
export function readHeader(lines: PageLine[], pageKeys: Map<string, number>): PageHeader {
  const header: PageHeader = {
    title: null,
    category: null,
    published: null,
    publishedPrecision: 'unknown',
    author: null,
    authorNote: null,
    site: null,
    captions: [],
  };
  const rows = lines.map(classify);
  const titleAt = chooseTitle(rows, pageKeys);
  if (titleAt >= 0) header.title = rows[titleAt]!.line.text;

  const dateAt = chooseDate(rows, titleAt);
  if (dateAt >= 0) {
    const row = rows[dateAt]!;
    header.published = row.date!.iso;
    header.publishedPrecision = row.date!.precision;
    if (row.dateAuthor !== null) header.author = row.dateAuthor;
  }

  rows.forEach((row, i) => {
    const { text } = row.line;
    if (i === titleAt || (header.title !== null && textKey(text) === textKey(header.title))) return;
    const belowTitle = titleAt >= 0 && i > titleAt;
    switch (row.kind) {
      case 'breadcrumb': {
        const sections = (breadcrumbSegments(text) ?? []).filter((s) => !isHomeSegment(s));
        header.category = sections.at(-1) ?? header.category;
        break;
      }
      case 'caption':
        if (row.line.role === 'caption') header.captions.push({ text: text.replace(/\s*\|$/, ''), credit: null });
        else {
          const caption = parseCaption(text);
          if (caption) header.captions.push(caption);
        }
        break;
      case 'source':
        header.authorNote ??= parseSourceLine(text);
        break;
      case 'domain':
        header.site ??= text;
        break;
      case 'byline':
      case 'other': {
        const byline = parseByline(text, belowTitle);
        if (byline && header.author === null && belowTitle) {
          header.author = authorOf(byline.author ?? '');
          header.authorNote = byline.note ?? header.authorNote;
        } else if (isSectionName(text) && header.category === null && !isHomeSegment(text)) {
          header.category = text;
        }
        break;
      }
      default:
        break;
    }
  });
  return header;
}

function classify(line: PageLine): Classified {
  const { text } = line;
  const plain = (kind: HeaderKind): Classified => ({ line, kind, date: null, dateAuthor: null });
  if (line.role === 'caption') return plain('caption');
  if (line.role === 'furniture') return plain('chrome');
  const dated = datedLineOf(text);
  if (dated) return { line, kind: 'date', date: dated.date, dateAuthor: dated.author };
  if (isDateline(text)) return plain('dateline');
  if (breadcrumbSegments(text)) return plain('breadcrumb');
  if (parseCaption(text)) return plain('caption');
  if (parseSourceLine(text)) return plain('source');
  if (isDomainLine(text)) return plain('domain');
  if (isNavLine(text) || isSiteTagline(text) || isCapitalsBanner(text) || endsWithCellBar(text) || isHeadlineList(text)) {
    return plain('chrome');
  }
  if (parseByline(text, false)) return plain('byline');
  return plain('other');
}

/** `Hà Nội (TTXVN 20/7)`: where and from which agency a story was filed, not who wrote it. */
function isDateline(text: string): boolean {
  return text.length <= 80 && /^[\p{Lu}][^()]{1,40}\(\s*[\p{Lu}]{2,8}\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*\)$/u.test(text);
}

/** Several headlines on one line, joined by ` / ` or ` | `, or run together without punctuation. */
function isHeadlineList(text: string): boolean {
  const parts = text.split(/\s+[/|]\s+/);
  if (parts.length >= 2 && parts.every((p) => wordCount(p) >= 4 && !endsSentence(p))) return true;
  return isLinkRun(text) && !/[,;:]/.test(text.slice(0, 80));
}

/**
 * The title among the header lines that could be one. Points: a headline's length (five words or more),
 * being printed again on the page, a date or byline right under it (or a date right above it), being
 * the page's first line, and being nearest the lede. Ties go to the earlier line.
 */
function chooseTitle(rows: Classified[], pageKeys: Map<string, number>): number {
  let best = -1;
  let bestScore = -Infinity;
  const candidates = rows.map((row) => row.kind === 'other' && couldBeTitle(row.line.text));
  const lastCandidate = candidates.lastIndexOf(true);
  rows.forEach((row, i) => {
    if (!candidates[i]) return;
    const text = row.line.text;
    const words = wordCount(text);
    let score = words >= 5 ? 2 : words >= 3 ? 0 : -2;
    if ((pageKeys.get(textKey(text)) ?? 0) > 1) score += 3;
    const below = nextSignificant(rows, i, 1);
    const above = nextSignificant(rows, i, -1);
    if (below && (below.kind === 'date' || below.kind === 'byline')) score += 2;
    if (above && above.kind === 'date') score += 1;
    if (i === 0) score += 1;
    if (i === lastCandidate) score += 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function couldBeTitle(text: string): boolean {
  if (text.length < MIN_TITLE || text.length > MAX_TITLE) return false;
  if (parseByline(text, true) && wordCount(text) <= 4) return false;
  return !endsSentence(text) || (text.length <= MAX_DOTTED_TITLE && /[.!?]["”’)]*$/u.test(text) && !/[.!?…]\s+\p{Lu}/u.test(text));
}

/** The nearest row above (step -1) or below (step 1) that is not chrome. */
function nextSignificant(rows: Classified[], from: number, step: 1 | -1): Classified | null {
  for (let i = from + step; i >= 0 && i < rows.length; i += step) {
    if (rows[i]!.kind !== 'chrome' && rows[i]!.kind !== 'caption') return rows[i]!;
  }
  return null;
}

/** The date line nearest below the title, else nearest above it; with no title, the last one. */
function chooseDate(rows: Classified[], titleAt: number): number {
  const dates = rows.flatMap((row, i) => (row.kind === 'date' ? [i] : []));
  if (dates.length === 0) return -1;
  if (titleAt < 0) return dates.at(-1)!;
  return dates.find((i) => i > titleAt) ?? dates.filter((i) => i < titleAt).at(-1)!;
}

