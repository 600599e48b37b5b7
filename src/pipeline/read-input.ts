// From raw bytes to structured documents: decode, then the reader the input's format calls for.
// Pure: no file system, no database. The ingest loop, uploads, the crawler and `radar57 extract`
// all use it, so what it refuses (no readable text, gzip under a text name) is refused everywhere.
import type { EncodingName, InputFormat, SourceFile, StructuredDocument, StructureResult } from '../records.ts';
import { decode, DecodeError, gunzipLimited, isGzip } from '../decode/index.ts';
import { structureText, detectFormat } from '../structure/index.ts';
import { StructureError } from '../structure/errors.ts';
import { decodeHtmlBytes, extractHtmlArticle, HtmlLimitError } from '../structure/html/index.ts';
import { keepReadable } from '../structure/readable.ts';
import { withoutControls } from '../text/controls.ts';

export interface ReadOptions {
  /** Force a reader instead of detecting the format. */
  format?: InputFormat;
  /** Force an encoding instead of detecting it (text inputs). */
  encoding?: EncodingName;
}

const HTML_NAME = /\.html?(\.gz)?$/i;
/** A file named .jsonl is read as JSON Lines even when no line is valid, so that it fails as one. */
const JSONL_NAME = /\.(jsonl|ndjson)(\.gz)?$/i;

/** HTML is recognised before decoding: its charset comes from the page itself, not from text heuristics. */
function looksLikeHtml(file: SourceFile): boolean {
  if (HTML_NAME.test(file.origin)) return true;
  if (file.contentType && /html/i.test(file.contentType)) return true;
  // A gzip body fetched over HTTP (its type said nothing more) is a compressed page.
  if (file.contentType && isGzip(file.bytes)) return true;
  const head = Buffer.from(file.bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * A file of gzip data: inflated (within the one limit) when its name ends in .gz; HTML pages
 * inflate in the HTML decoder. Under any other name (`.txt`) it would be read as text or as a
 * page it is not, so it is refused.
 */
function inflateNamedGzip(file: SourceFile, options: ReadOptions): SourceFile {
  if (!isGzip(file.bytes) || file.contentType || options.format !== undefined) return file;
  if (/\.gz$/i.test(file.origin)) return { ...file, bytes: gunzipLimited(file.bytes, file.origin) };
  if (HTML_NAME.test(file.origin)) return file;
  throw new DecodeError(file.origin, 'binary', 'gzip-compressed data under a name that does not end in .gz: decompress it first, or name it ….gz');
}

/**
 * Every path that stores documents reads through here: control sequences are dropped once, for all,
 * then documents left without readable text are dropped (an input left with none is refused).
 */
export function readInput(file: SourceFile, options: ReadOptions = {}): StructureResult {
  const result = readStructured(inflateNamedGzip(file, options), options);
  return keepReadable({ ...result, documents: result.documents.map(cleanControls) });
}

function cleanControls(doc: StructuredDocument): StructuredDocument {
  const line = (t: string | null) => (t === null ? null : withoutControls(t) || null);
  return {
    ...doc,
    title: line(doc.title),
    author: line(doc.author),
    authorNote: line(doc.authorNote),
    site: line(doc.site),
    category: line(doc.category),
    lede: line(doc.lede),
    body: doc.body.map(withoutControls).filter((p) => p.length > 0),
    captions: doc.captions.map((c) => ({ ...c, text: withoutControls(c.text), credit: line(c.credit) })),
    related: doc.related.map((r) => ({ ...r, title: withoutControls(r.title) })),
  };
}


function readStructured(file: SourceFile, options: ReadOptions): StructureResult {
  if (options.format === 'html' || (options.format === undefined && looksLikeHtml(file))) {
    const warnings: string[] = [];
    const html = decodeHtmlBytes(file.bytes, file.contentType ?? null, file.origin, (w) => warnings.push(w));
    let document;
    try {
      document = extractHtmlArticle(html, { url: file.url ?? null });
    } catch (error) {
      // A page over the HTML limits is a bad input like any other, named by its file.
      if (error instanceof HtmlLimitError) throw new StructureError(file.origin, error.message);
      throw error;
    }
    return { origin: file.origin, format: 'html', documents: [document], warnings };
  }
  const decoded = decode(file, options.encoding ? { encoding: options.encoding } : undefined);
  const format = options.format ?? (JSONL_NAME.test(file.origin) ? 'jsonl' : detectFormat(decoded.text));
  if (format === 'html') return readStructured(file, { ...options, format: 'html' });
  return structureText(decoded, { format });
}
