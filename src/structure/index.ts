// The structure stage for text inputs: DecodedText in, StructureResult out.
// HTML is recognised (so the caller can route it) but read by ./html/, not here.
import type { DecodedText, InputFormat, StructureResult, StructuredDocument } from '../records.ts';
import { detectFormat } from './detect-format.ts';
import { StructureError } from './errors.ts';
import { readJsonl } from './jsonl.ts';
import { readLedes } from './ledes.ts';
import { assertLineLengths, splitLines } from './lines.ts';
import { readPage } from './page.ts';
import { readPlain } from './plain.ts';
import { stripCapturePrefix } from './capture-prefix.ts';

export { detectFormat } from './detect-format.ts';
export { StructureError } from './errors.ts';
export { MAX_LINE_LENGTH } from './lines.ts';

export interface StructureOptions {
  /** Skip detection and read the input as this format. */
  format?: InputFormat;
}

/**
 * Turn decoded text into documents. Throws StructureError (naming `input.origin`) when the input has
 * a line over MAX_LINE_LENGTH, is HTML, or yields no document.
 */
export function structureText(input: DecodedText, options: StructureOptions = {}): StructureResult {
  const { origin } = input;
  assertLineLengths(input.text, origin);
  const url = input.url ?? null;
  const { lines, capturedOn } = stripCapturePrefix(splitLines(input.text));
  const format = options.format ?? detectFormat(capturedOn === null ? input.text : lines.join('\n'));
  let documents: StructuredDocument[];
  const warnings: string[] = [];
  switch (format) {
    case 'html':
      throw new StructureError(origin, 'input is HTML; it must go to the HTML extractor, not the text reader');
    case 'jsonl': {
      const read = readJsonl(lines);
      documents = read.documents;
      warnings.push(...read.warnings);
      break;
    }
    case 'ledes':
      documents = readLedes(lines);
      break;
    case 'page': {
      const read = readPage(lines, origin, url);
      documents = read.documents;
      warnings.push(...read.warnings);
      break;
    }
    case 'plain':
      documents = readPlain(lines, url);
      break;
  }
  if (documents.length === 0) {
    const reason = warnings.length > 0 ? ` (${warnings.length} warnings, first: ${warnings[0]})` : '';
    throw new StructureError(origin, `no usable ${format} document found${reason}`);
  }
  return { origin, format, documents, warnings, capturedOn };
}
