// The lines above a page's first paragraph: title, section, date line, byline, breadcrumbs.
import type { Caption, TimePrecision } from '../records.ts';
import { parseDateLine, type ParsedDate } from '../text/datetime.ts';
import { parseByline, parseSourceLine } from './byline.ts';
import { parseCaption } from './captions.ts';
import {
  breadcrumbSegments,
  endsSentence,
  isDomainLine,
  isHomeSegment,
  isSectionName,
  sameText,
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

/**
 * Read the header lines. The title is the longest line that is nothing else (date, byline,
 * breadcrumb, caption, a bare name); the rest are classified by shape, and by position relative to
 * the title: a bare name under the title is its byline, a short label elsewhere is its section.
 */
export function readHeader(lines: string[]): PageHeader {
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
  const kinds = lines.map((line) => classify(line));
  let titleAt = -1;
  kinds.forEach((kind, i) => {
    const line = lines[i] ?? '';
    if (kind !== 'other' || line.length < MIN_TITLE || line.length > MAX_TITLE || endsSentence(line)) return;
    if (parseByline(line, true)) return;
    if (titleAt < 0 || line.length > (lines[titleAt] ?? '').length) titleAt = i;
  });
  if (titleAt >= 0) header.title = lines[titleAt] ?? null;

  const readLabel = (line: string, belowTitle: boolean): void => {
    const byline = parseByline(line, belowTitle);
    if (byline && header.author === null) {
      header.author = byline.author;
      header.authorNote = byline.note ?? header.authorNote;
    } else if (isSectionName(line) && header.category === null && !isHomeSegment(line)) {
      header.category = line;
    }
  };

  lines.forEach((line, i) => {
    if (i === titleAt || (header.title !== null && sameText(line, header.title))) return;
    const belowTitle = titleAt >= 0 && i > titleAt;
    switch (kinds[i]) {
      case 'date': {
        const { date, others } = dateAndOthers(line);
        if (date && header.published === null) {
          header.published = date.iso;
          header.publishedPrecision = date.precision;
        }
        for (const other of others) readLabel(other, true);
        break;
      }
      case 'breadcrumb': {
        const sections = (breadcrumbSegments(line) ?? []).filter((s) => !isHomeSegment(s));
        header.category = sections.at(-1) ?? header.category;
        break;
      }
      case 'caption': {
        const caption = parseCaption(line);
        if (caption) header.captions.push(caption);
        break;
      }
      case 'source':
        header.authorNote ??= parseSourceLine(line);
        break;
      case 'domain':
        header.site ??= line;
        break;
      default:
        readLabel(line, belowTitle);
    }
  });
  return header;
}

type HeaderKind = 'date' | 'breadcrumb' | 'caption' | 'source' | 'domain' | 'byline' | 'other';

function classify(line: string): HeaderKind {
  if (dateAndOthers(line).date) return 'date';
  if (breadcrumbSegments(line)) return 'breadcrumb';
  if (parseCaption(line)) return 'caption';
  if (parseSourceLine(line)) return 'source';
  if (isDomainLine(line)) return 'domain';
  if (parseByline(line, false)) return 'byline';
  return 'other';
}

/**
 * A date line, or a header line that joins a date with other labels by `|`
 * (`Minh Anh | Thứ năm, 17/9/2026 08:30 (GMT+7)`): the date and the remaining segments.
 */
function dateAndOthers(line: string): { date: ParsedDate | null; others: string[] } {
  const whole = parseDateLine(line);
  if (whole) return { date: whole, others: [] };
  if (line.length > 200 || !line.includes('|')) return { date: null, others: [] };
  const segments = line.split('|').map((s) => s.trim()).filter((s) => s !== '');
  const at = segments.findIndex((s) => parseDateLine(s) !== null);
  if (at < 0) return { date: null, others: [] };
  return { date: parseDateLine(segments[at] ?? ''), others: segments.filter((_, i) => i !== at) };
}
