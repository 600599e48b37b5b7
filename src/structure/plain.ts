// Reader for plain articles: a title line, then the text, with no page chrome to remove.
import type { StructuredDocument } from '../records.ts';
import { emptyDocument } from './document.ts';
import { endsSentence } from './line-kinds.ts';

// Hard-wrapped text (e-mail, terminals) breaks lines at about 80 columns; real paragraphs run longer.
const WRAP_WIDTH = 100;

/** First non-empty line is the title; the rest are body paragraphs. */
export function readPlain(lines: string[], url: string | null): StructuredDocument[] {
  const first = lines.findIndex((line) => line !== '');
  if (first < 0) return [];
  const body = paragraphs(lines.slice(first + 1));
  return [{ ...emptyDocument('article'), title: lines[first] ?? null, body, url }];
}

/**
 * Paragraphs are separated by blank lines or by line breaks. Within a blank-line-separated block, lines
 * are joined when the block looks hard-wrapped (every line but the last near a fixed width).
 */
function paragraphs(lines: string[]): string[] {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  const filled = blocks.filter((block) => block.length > 0);
  // Without blank lines between paragraphs, every line is its own paragraph.
  const blankSeparated = filled.length > 1;
  const result: string[] = [];
  for (const block of filled) {
    const inner = block.slice(0, -1);
    const wrapped =
      blankSeparated &&
      inner.length > 0 &&
      inner.every((line) => line.length >= 40 && line.length <= WRAP_WIDTH) &&
      inner.some((line) => !endsSentence(line));
    if (wrapped) result.push(block.join(' '));
    else result.push(...block);
  }
  return result;
}
