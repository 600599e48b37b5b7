// Reader for lede lists: a feed of news summaries, one story per line, with no titles or dates.
import type { StructuredDocument } from '../records.ts';
import { emptyDocument } from './document.ts';

/** One brief per non-empty line, the line kept whole as the brief's only paragraph. */
export function readLedes(lines: string[]): StructuredDocument[] {
  return lines.filter((line) => line !== '').map((line) => ({ ...emptyDocument('brief'), body: [line] }));
}
