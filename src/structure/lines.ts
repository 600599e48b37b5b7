// Splitting input text into lines, with a guard against pathological single-line inputs.
import { normalizeText } from '../text/normalize.ts';
import { StructureError } from './errors.ts';

/** No real news line is this long; a longer one is a broken or hostile file, rejected up front. */
export const MAX_LINE_LENGTH = 1_000_000;

/**
 * Throw when any line is longer than MAX_LINE_LENGTH. A single pass over char codes, with no
 * regular expression, so a 50 MB one-line file fails in milliseconds instead of stalling later stages.
 */
export function assertLineLengths(text: string, origin: string): void {
  let lineStart = 0;
  let lineNumber = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = i + 1;
      lineNumber++;
    } else if (i - lineStart >= MAX_LINE_LENGTH) {
      throw new StructureError(
        origin,
        `line ${lineNumber} is longer than ${MAX_LINE_LENGTH.toLocaleString('en-US')} characters; not a text document this stage can read`,
      );
    }
  }
}

/** NFC text split on any line ending (LF, CRLF, lone CR), each line trimmed; blank lines kept as ''. */
export function splitLines(text: string): string[] {
  return normalizeText(text)
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
}
