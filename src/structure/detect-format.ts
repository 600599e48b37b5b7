// Guessing what kind of text an input is, from its first lines only (cheap on any input size).
import type { InputFormat } from '../records.ts';
import { parseDateLine } from '../text/datetime.ts';
import { parseCaption } from './captions.ts';
import { isAdSlot, isBoilerplate, isProse, isTeaserHeader } from './line-kinds.ts';

// Enough text to see a page's header, lede and first paragraphs.
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_LINES = 60;
// A lede is a self-contained paragraph: longer than any headline.
const MIN_LEDE = 80;

/**
 * - `html`: starts with `<!doctype html` or `<html` (to be routed to the HTML extractor);
 * - `jsonl`: the first lines are JSON objects;
 * - `ledes`: every line is a long paragraph of its own, with no headline, date line or chrome;
 * - `page`: a headline above the first paragraph plus page furniture (a date line, ad-slot labels,
 *   share buttons, captions, a list of other stories);
 * - `plain`: anything else (a title line followed by text).
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
  const hasHeadline = firstParagraph !== 0 && lines.slice(0, Math.max(firstParagraph, 0)).some(isHeadline);
  const furniture = [
    lines.some((line) => parseDateLine(line) !== null),
    lines.some(isAdSlot),
    lines.some(isBoilerplate),
    lines.some((line) => parseCaption(line) !== null),
    lines.some(isTeaserHeader),
  ].filter(Boolean).length;

  if (hasHeadline && furniture >= 1) return 'page';
  const ledeLike = lines.filter(isLedeLike).length;
  if (isLedeLike(lines[0] ?? '') && furniture === 0 && ledeLike >= lines.length * 0.9) return 'ledes';
  return 'plain';
}

/** A self-contained paragraph: long, and ending like a sentence unless far too long for a headline. */
function isLedeLike(line: string): boolean {
  return line.length >= MIN_LEDE && (isProse(line) || line.length >= 200);
}

function isHeadline(line: string): boolean {
  return line.length >= 10 && line.length <= 300 && !isProse(line) && !isAdSlot(line);
}
