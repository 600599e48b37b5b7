// Guessing what kind of text an input is, from its first lines only (cheap on any input size).
import type { InputFormat } from '../records.ts';
import { parseDateLine } from '../text/datetime.ts';
import { parseCaption } from './captions.ts';
import { lowerCaseWords, splitHeadlineAndLede } from './run-together.ts';
import { isAdSlot, isBoilerplate, isProse, isTeaserHeader } from './line-kinds.ts';

// Enough text to see a page's header, lede and first paragraphs.
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 60;
// A lede is a self-contained paragraph: longer than any headline.
const MIN_LEDE = 80;
// Headlines with a final full stop are at most this long; ledes are longer.
const MAX_DOTTED_TITLE = 120;

/**
 * - `html`: starts with `<!doctype html` or `<html` (to be routed to the HTML extractor);
 * - `jsonl`: the first lines are JSON objects;
 * - `ledes`: every line is a long paragraph of its own, with no headline, date line or chrome, one
 *   lede per line (a blank line between paragraphs is how an article's text is laid out: an article
 *   without its headline is `plain`, one document, so its paragraphs keep their common context);
 * - `page`: a headline above the first paragraph, with or without page furniture (a date line,
 *   ad-slot labels, share buttons, captions, a list of other stories): the page reader handles both;
 * - `plain`: anything else (text with no headline the page reader could find).
 */
export function detectFormat(text: string): InputFormat {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<!doctype\s+html|<html[\s>])/i.test(sample)) return 'html';
  const lines = sample
    .split(/\r\n|\r|\n/, SAMPLE_LINES * 4)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, SAMPLE_LINES);
  if (lines.length === 0) return 'plain';

  const head = lines.slice(0, 5);
  if (head.every((line) => line.startsWith('{') && (line.endsWith('}') || line.length >= SAMPLE_CHARS / 2))) {
    return 'jsonl';
  }

  const firstParagraph = lines.findIndex((line) => isProse(line));
  const headed =
    (firstParagraph !== 0 && lines.slice(0, Math.max(firstParagraph, 0)).some(isHeadline)) ||
    isTitleAbove(lines[0] ?? '', lines[1] ?? '');
  // A headline over paragraphs is an article, with or without page furniture around it.
  if (headed) return 'page';
  const furniture = [
    lines.some((line) => parseDateLine(line) !== null),
    lines.some(isAdSlot),
    lines.some(isBoilerplate),
    lines.some((line) => parseCaption(line) !== null),
    lines.some(isTeaserHeader),
  ].filter(Boolean).length;
  const ledeLike = lines.filter(isLedeLike).length;
  if (isLedeLike(lines[0] ?? '') && furniture === 0 && ledeLike >= lines.length * 0.9 && !blankLineParagraphs(sample)) return 'ledes';
  // Checked after the lede list: a lede may hold a capitalised opener that looks like a boundary.
  if (startsWithGluedHeadline(lines)) return 'page';
  return 'plain';
}

/** Paragraphs set apart by blank lines, as an article's text is (most of its breaks are blank lines). */
function blankLineParagraphs(sample: string): boolean {
  const breaks = sample.trim().match(/\n(?:[ \t]*\r?\n)*/g) ?? [];
  const blank = breaks.filter((b) => /\n[ \t]*\r?\n/.test(b)).length;
  return breaks.length > 0 && blank * 2 > breaks.length;
}

/** A self-contained paragraph: long, and ending like a sentence unless far too long for a headline. */
function isLedeLike(line: string): boolean {
  return line.length >= MIN_LEDE && (isProse(line) || line.length >= 200);
}

/** A first line holding a section label, the headline and the lede run together (see run-together.ts). */
function startsWithGluedHeadline(lines: string[]): boolean {
  const first = lines[0] ?? '';
  if (first.length < 150 || !isProse(first)) return false;
  return splitHeadlineAndLede(first, lowerCaseWords(lines), lines) !== null;
}

/**
 * A headline that ends with a full stop (some sites print one) sits over a paragraph much longer than
 * itself; a lede list's lines are all paragraphs of similar length.
 */
export function isTitleAbove(first: string, next: string): boolean {
  return (
    first.length >= 10 &&
    first.length <= MAX_DOTTED_TITLE &&
    isProse(first) &&
    !/[.!?…]\s+\p{Lu}/u.test(first) &&
    isProse(next) &&
    next.length >= first.length * 1.5
  );
}

function isHeadline(line: string): boolean {
  return line.length >= 10 && line.length <= 300 && !isProse(line) && !isAdSlot(line);
}
