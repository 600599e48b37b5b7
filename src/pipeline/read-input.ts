// From raw bytes to structured documents: decode, then the reader the input's format calls for.
// Pure: no file system, no database. The ingest loop and `radar57 extract` both use it.
import type { EncodingName, InputFormat, SourceFile, StructureResult } from '../records.ts';
import { decode } from '../decode/index.ts';
import { structureText, detectFormat } from '../structure/index.ts';
import { StructureError } from '../structure/errors.ts';
import { decodeHtmlBytes, extractHtmlArticle, HtmlLimitError } from '../structure/html/index.ts';

export interface ReadOptions {
  /** Force a reader instead of detecting the format. */
  format?: InputFormat;
  /** Force an encoding instead of detecting it (text inputs). */
  encoding?: EncodingName;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** HTML is recognised before decoding: its charset comes from the page itself, not from text heuristics. */
function looksLikeHtml(file: SourceFile): boolean {
  if (/\.html?(\.gz)?$/i.test(file.origin)) return true;
  if (file.contentType && /html/i.test(file.contentType)) return true;
  const b = file.bytes;
  if (b[0] === GZIP_MAGIC[0] && b[1] === GZIP_MAGIC[1]) return true;
  const head = Buffer.from(b.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export function readInput(file: SourceFile, options: ReadOptions = {}): StructureResult {
  if (options.format === 'html' || (options.format === undefined && looksLikeHtml(file))) {
    const html = decodeHtmlBytes(file.bytes, file.contentType ?? null);
    let document;
    try {
      document = extractHtmlArticle(html, { url: file.url ?? null });
    } catch (error) {
      // A page over the HTML limits is a bad input like any other, named by its file.
      if (error instanceof HtmlLimitError) throw new StructureError(file.origin, error.message);
      throw error;
    }
    return { origin: file.origin, format: 'html', documents: [document], warnings: [] };
  }
  const decoded = decode(file, options.encoding ? { encoding: options.encoding } : undefined);
  const format = options.format ?? detectFormat(decoded.text);
  if (format === 'html') return readInput(file, { ...options, format: 'html' });
  return structureText(decoded, { format });
}
